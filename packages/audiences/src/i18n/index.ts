/**
 * The package's labels, rationales and checklist texts, as i18next catalogues (English and
 * Russian) registered in core's instance under the `audiences` namespace on first use.
 */
import { addCatalogue, t, type Locale } from '@attache/core';
import en from './en.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };

let registered = false;

function ensure(): void {
  if (registered) return;
  addCatalogue('en', 'audiences', en);
  addCatalogue('ru', 'audiences', ru);
  registered = true;
}

/** Translates a key of the `audiences` namespace. */
export function tr(key: string, data: Record<string, unknown> = {}, locale: Locale = 'en'): string {
  ensure();
  return t(`audiences:${key}`, data, locale);
}

export const CATALOGUES = { en, ru };
