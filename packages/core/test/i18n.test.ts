/**
 * core's message lookup (`t`, `hasMessage`, `addCatalogue`), which replaced i18next: the answers
 * it gave for what the packages use (nested keys, namespaces, English fallback, placeholders).
 */
import { describe, expect, it } from 'vitest';
import { addCatalogue, hasMessage, t } from '../src/i18n/index.js';

addCatalogue('en', 'i18ntest', {
  a: { b: 'x {{v}} y {{ w }} {{o.p}} {{missing}}', only: 'English only' },
  'flat.key': 'flat',
});
addCatalogue('ru', 'i18ntest', { a: { b: 'р {{v}}' } });

describe('t', () => {
  it('fills placeholders by path, leaves unknown ones as written, and prints null as empty', () => {
    expect(t('i18ntest:a.b', { v: 1, w: [1, 2], o: { p: 'P' } })).toBe('x 1 y 1,2 P {{missing}}');
    expect(t('i18ntest:a.b', { v: null })).toBe('x  y {{ w }} {{o.p}} {{missing}}');
  });

  it('answers in the locale, else in English, else with the key without its namespace', () => {
    expect(t('i18ntest:a.b', { v: 2 }, 'ru')).toBe('р 2');
    expect(t('i18ntest:a.only', {}, 'ru')).toBe('English only');
    expect(t('i18ntest:nope.x', {}, 'ru')).toBe('nope.x');
    expect(t('i18ntest:a', {}, 'en')).toBe('a');
    expect(t('i18ntest:flat.key')).toBe('flat');
  });

  it('merges a later catalogue into the earlier one', () => {
    addCatalogue('en', 'i18ntest', { a: { c: 'C' } });
    expect(t('i18ntest:a.c')).toBe('C');
    expect(t('i18ntest:a.only')).toBe('English only');
  });

  it('hasMessage sees the locale and the English fallback, never a branch', () => {
    expect(hasMessage('i18ntest:a.b', 'ru')).toBe(true);
    expect(hasMessage('i18ntest:a.only', 'ru')).toBe(true);
    expect(hasMessage('i18ntest:a', 'ru')).toBe(false);
    expect(hasMessage('i18ntest:zz', 'en')).toBe(false);
  });
});
