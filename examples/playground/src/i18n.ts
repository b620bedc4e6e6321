/**
 * The page's own i18next instance (namespace `ui`). English ships in the main chunk; the Russian
 * catalogue is a separate chunk loaded on first switch. Interpolated values are not escaped:
 * every string is rendered as a text node by Preact, never as HTML.
 */
import { createInstance, type TOptions } from 'i18next';
import en from './locales/en.json';

export type UiLocale = 'en' | 'ru';

export const i18n = createInstance();
void i18n.init({
  initAsync: false,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'ru'],
  ns: ['ui'],
  defaultNS: 'ui',
  resources: { en: { ui: en } },
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
} as Parameters<typeof i18n.init>[0]);

export async function setUiLocale(locale: UiLocale): Promise<void> {
  if (locale === 'ru' && !i18n.hasResourceBundle('ru', 'ui')) {
    const ru = (await import('./locales/ru.json')).default;
    i18n.addResourceBundle('ru', 'ui', ru, true, true);
  }
  await i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
}

export function t(key: string, options?: TOptions & Record<string, unknown>): string {
  return i18n.t(key, options ?? {}) as string;
}

/** True when the current catalogue has `key` (used for labels with a fallback to the raw id). */
export function has(key: string): boolean {
  return i18n.exists(key);
}

export function fmt(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return new Intl.NumberFormat(i18n.language, { maximumFractionDigits: digits }).format(n);
}
