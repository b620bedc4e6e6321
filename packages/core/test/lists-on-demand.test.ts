/**
 * A bundle that leaves the Russian word lists out (the playground's worker replaces
 * lint/data/ru-lists.ts by a stub exporting null) and hands them over later with
 * provideBuiltinLists: until then a Russian analysis says what is missing; after, it is the
 * analysis of a build that had them all along.
 */
import { describe, expect, it, vi } from 'vitest';
import { analyze, AttacheInputError, builtinListsPending, provideBuiltinLists } from '@attache/core';

vi.mock('../src/lint/data/ru-lists.js', () => ({ RU_LISTS: null }));

const RU =
  'В целях обеспечения реализации мероприятий Правительством была осуществлена работа по оптимизации. ' +
  'Данное решение было принято Министерством финансов.';

describe('Russian lists provided on demand', () => {
  it('an English analysis needs no Russian lists', () => {
    expect(builtinListsPending('ru')).toBe(true);
    const r = analyze('The decision was taken by the Ministry of Finance.', { language: 'en' });
    expect(r.language.code).toBe('en');
  });

  it('a Russian analysis before the lists are provided throws, naming them', () => {
    expect(() => analyze(RU, { language: 'ru' })).toThrow(AttacheInputError);
    expect(() => analyze(RU, { language: 'ru' })).toThrow(/word lists for "ru" are not loaded/);
  });

  it('after provideBuiltinLists the list-based rules report on Russian text', async () => {
    const real = await vi.importActual<{ RU_LISTS: readonly unknown[] | null }>('../src/lint/data/ru-lists.js');
    expect(real.RU_LISTS).toHaveLength(9);
    provideBuiltinLists('ru', real.RU_LISTS!);
    expect(builtinListsPending('ru')).toBe(false);
    const ids = analyze(RU, { language: 'ru' }).findings.map((f) => f.ruleId);
    // «осуществлена работа по оптимизации», «В целях»: entries of ru/hidden-verbs.json and ru/plain-words.json.
    expect(ids).toEqual(expect.arrayContaining(['hidden-verbs', 'plain-words', 'passive-voice']));
  });
});
