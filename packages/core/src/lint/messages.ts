/**
 * Message catalogues of the lint rules, keyed `ruleId.messageId` (nested, i18next's JSON format), with
 * `{{placeholder}}` templates, registered as the `rules` namespace of core's shared
 * instance. Values are inserted as plain text (no escaping): a page must render messages as
 * text nodes.
 */
import { addCatalogue, hasMessage, t } from '../i18n/index.js';
import en from './locales/en.json' with { type: 'json' };
import ru from './locales/ru.json' with { type: 'json' };
import type { LintLocale } from './types.js';

addCatalogue('en', 'rules', en);
addCatalogue('ru', 'rules', ru);

export type Catalogue = Record<string, Record<string, string>>;

export const catalogues: Record<LintLocale, Catalogue> = { en, ru };

/** Fills `{{name}}` placeholders from `data`; unknown placeholders are left as they are. */
export function format(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, key: string) => {
    const v = data[key];
    return v === undefined ? whole : String(v);
  });
}

/** The template for `ruleId.messageId` in `locale` (English when the locale lacks it). */
export function templateOf(ruleId: string, messageId: string, locale: LintLocale): string | undefined {
  return catalogues[locale][ruleId]?.[messageId] ?? catalogues.en[ruleId]?.[messageId];
}

export function message(
  ruleId: string,
  messageId: string,
  data: Record<string, string | number>,
  locale: LintLocale,
): string {
  const key = `rules:${ruleId}.${messageId}`;
  return hasMessage(key, locale) ? t(key, data, locale) : `${ruleId}.${messageId}`;
}
