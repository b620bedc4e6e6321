/**
 * User-facing labels and messages come from catalogues (English and Russian), one namespace per
 * package (`core`, `rules`, `audiences`), keys nested as in i18next's JSON format, `{{name}}`
 * placeholders. `t()` is synchronous in Node and the browser. Interpolated values are NOT
 * HTML-escaped: output is plain text; a page must render it as text nodes (never as HTML).
 *
 * A small lookup of our own rather than i18next (issue 14: i18next was 20 kB gzip of the
 * playground's analysis worker for what is used here, a nested lookup with English fallback and
 * placeholders). It keeps i18next's answers for these cases: a missing key gives the key (without
 * its namespace), an unknown placeholder stays as written, a null value is empty.
 */
import en from './locales/en.json' with { type: 'json' };
import ru from './locales/ru.json' with { type: 'json' };

export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

type Catalogue = Record<string, unknown>;

const DEFAULT_NS = 'core';
const resources: Record<Locale, Record<string, Catalogue>> = {
  en: { core: structuredClone(en) },
  ru: { core: structuredClone(ru) },
};

const isObject = (x: unknown): x is Catalogue => typeof x === 'object' && x !== null && !Array.isArray(x);

function merge(into: Catalogue, from: Catalogue): void {
  for (const [k, v] of Object.entries(from)) {
    const old = into[k];
    if (isObject(old) && isObject(v)) merge(old, v);
    else into[k] = isObject(v) ? structuredClone(v) : v;
  }
}

/** Adds (deep-merges) a namespace's catalogue for a locale, e.g. the lint rules' messages. */
export function addCatalogue(locale: Locale, namespace: string, catalogue: Catalogue): void {
  merge((resources[locale][namespace] ??= {}), catalogue);
}

function split(key: string): [string, string] {
  const at = key.indexOf(':');
  return at < 0 ? [DEFAULT_NS, key] : [key.slice(0, at), key.slice(at + 1)];
}

function walk(root: unknown, path: string): unknown {
  let node = root;
  for (const part of path.split('.')) {
    if (!isObject(node) || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

/** The template of `key` in `locale`, else in English; undefined when neither has a string. */
function lookup(key: string, locale: Locale): string | undefined {
  const [ns, path] = split(key);
  for (const lng of locale === 'en' ? (['en'] as const) : ([locale, 'en'] as const)) {
    const catalogue = resources[lng][ns];
    if (!catalogue) continue;
    const found = walk(catalogue, path) ?? (Object.hasOwn(catalogue, path) ? catalogue[path] : undefined);
    if (typeof found === 'string') return found;
  }
  return undefined;
}

/** Translates `key` (`ns:key` or a key of the `core` namespace) into `locale`. */
export function t(key: string, data: Record<string, unknown> = {}, locale: Locale = 'en'): string {
  const template = lookup(key, locale);
  if (template === undefined) return split(key)[1];
  return template.replace(/\{\{(.+?)\}\}/g, (whole, inner: string) => {
    const value = walk(data, inner.trim());
    if (value === undefined) return whole;
    return value === null ? '' : String(value);
  });
}

/** True when `key` exists in the locale's (or the fallback's) catalogue. */
export function hasMessage(key: string, locale: Locale = 'en'): boolean {
  return lookup(key, locale) !== undefined;
}

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}
