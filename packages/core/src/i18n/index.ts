/**
 * User-facing labels and messages come from i18next catalogues (English and Russian).
 * One private instance, initialised synchronously, so `t()` works in Node and the browser
 * without a promise. Interpolated values are NOT HTML-escaped: output is plain text; a page
 * must render it as text nodes (never as HTML).
 */
import { createInstance, type i18n as I18n } from 'i18next';
import en from './locales/en.json' with { type: 'json' };
import ru from './locales/ru.json' with { type: 'json' };

export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

type Catalogue = Record<string, unknown>;

let instance: I18n | undefined;

function i18n(): I18n {
  if (instance) return instance;
  const inst = createInstance();
  void inst.init({
    initAsync: false,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    ns: ['core'],
    defaultNS: 'core',
    resources: { en: { core: en }, ru: { core: ru } },
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<I18n['init']>[0]);
  instance = inst;
  return inst;
}

/** Adds (deep-merges) a namespace's catalogue for a locale, e.g. the lint rules' messages. */
export function addCatalogue(locale: Locale, namespace: string, catalogue: Catalogue): void {
  i18n().addResourceBundle(locale, namespace, catalogue, true, true);
}

/** Translates `key` (`ns:key` or a key of the `core` namespace) into `locale`. */
export function t(key: string, data: Record<string, unknown> = {}, locale: Locale = 'en'): string {
  return i18n().getFixedT(locale)(key, data) as string;
}

/** True when `key` exists in the locale's (or the fallback's) catalogue. */
export function hasMessage(key: string, locale: Locale = 'en'): boolean {
  return i18n().exists(key, { lng: locale });
}

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}
