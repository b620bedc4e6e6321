import { describe, expect, it } from 'vitest';
import { builtinLists, ListFileSchema, SOURCES } from '@attache/core';
import { EN, extendCoreList, RU } from '../src/data/index.js';
import enEveryday from '../src/data/en/everyday.json' with { type: 'json' };
import ruEveryday from '../src/data/ru/everyday.json' with { type: 'json' };
import ruHidden from '../src/data/ru/hidden-verbs.json' with { type: 'json' };
import enHidden from '../src/data/en/hidden-verbs.json' with { type: 'json' };
import { CATALOGUES } from '../src/i18n/index.js';

describe('word lists', () => {
  const all: { name: string; keys: string[]; sources: string[] }[] = [
    {
      name: 'en/hidden-verbs',
      keys: EN.hiddenVerbs.map((e) => e.pattern),
      sources: EN.hiddenVerbs.map((e) => e.source),
    },
    {
      name: 'en/phrasal-verbs',
      keys: EN.phrasalVerbs.map((e) => `${e.verb} ${e.rest ?? ''}`),
      sources: EN.phrasalVerbs.map((e) => e.source),
    },
    { name: 'en/idioms', keys: EN.idioms.map((e) => e.phrase), sources: EN.idioms.map((e) => e.source) },
    {
      name: 'en/everyday',
      keys: EN.everyday.map((e) => ('phrase' in e ? e.phrase : `${e.verb} ${e.rest ?? ''}`)),
      sources: EN.everyday.map((e) => e.source),
    },
    ...(['hiddenVerbs', 'idioms', 'everyday', 'boilerplate'] as const).map((k) => ({
      name: `ru/${k}`,
      keys: RU[k].flatMap((e) => e.forms.map(([f]) => f.toLowerCase())),
      sources: RU[k].map((e) => e.source),
    })),
    { name: 'en/long-forms', keys: EN.longForms.map((e) => e.acronym), sources: EN.longForms.map((e) => e.source) },
    {
      name: 'en/boilerplate',
      keys: EN.boilerplate.flatMap((e) => e.forms.map(([f]) => f.toLowerCase())),
      sources: EN.boilerplate.map((e) => e.source),
    },
  ];
  for (const l of all) {
    it(`${l.name}: no duplicates, no empty entries, every source known`, () => {
      expect(l.keys.length).toBeGreaterThan(0);
      expect(new Set(l.keys).size).toBe(l.keys.length);
      for (const k of l.keys) expect(k.trim()).not.toBe('');
      for (const s of l.sources) expect(SOURCES[s], `unknown source "${s}" in ${l.name}`).toBeDefined();
    });
  }
  it('ru/passive: no duplicates, every source known, forms that fit their slot', () => {
    const P = RU.passive;
    const keys = [
      ...P.participles.map((e) => e.short),
      ...P.reflexives.map((e) => e.verb),
      ...P.agents.map((e) => e.instr),
      ...P.names.map((e) => e.instr),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of [...P.participles, ...P.reflexives, ...P.agents, ...P.names, P.inanimate])
      expect(SOURCES[e.source], `unknown source "${e.source}"`).toBeDefined();
    for (const e of P.participles) {
      expect(e.short).toMatch(/(?:ен|ён|ан|ян|т)$/);
      expect(e.past[1]).toMatch(/ла$/);
      expect(e.past[2]).toMatch(/ло$/);
      expect(e.past[3]).toMatch(/ли$/);
    }
    for (const e of P.reflexives) {
      expect(e.present[0]).toMatch(/[еёи]т$/);
      expect(e.present[1]).toMatch(/[уюая]т$/);
      expect(e.past[1]).toMatch(/ла$/);
    }
    for (const e of P.agents) {
      expect(e.instr.split(' ').length).toBe(e.nom.split(' ').length);
      expect(e.instr.split(' ').at(-1)).toMatch(e.gender === 'pl' ? /(?:ами|ями)$/ : /(?:ом|ем|ём|ой|ей)$/);
    }
    for (const k of ['m', 'pl', 'f'] as const) expect(new Set(P.inanimate[k]).size).toBe(P.inanimate[k].length);
  });
  it('Russian forms map to non-empty replacements (except boilerplate, which deletes)', () => {
    for (const k of ['hiddenVerbs', 'idioms', 'everyday'] as const)
      for (const e of RU[k]) for (const [, to] of e.forms) expect(to.trim()).not.toBe('');
  });
});

describe('audience lists extend core lists', () => {
  const FILES = [
    ['en/everyday.json', enEveryday],
    ['ru/everyday.json', ruEveryday],
    ['ru/hidden-verbs.json', ruHidden],
    ['en/hidden-verbs.json', enHidden],
  ] as const;
  it.each(FILES)('%s is a list file of core schema for a list core has', (_name, raw) => {
    const file = ListFileSchema.parse(raw);
    expect(builtinLists(file.language).some((l) => l.rule === file.rule)).toBe(true);
  });
  it.each(FILES)("%s copies no entry of core: a row with core's pattern says only what differs", (_name, raw) => {
    const file = ListFileSchema.parse(raw);
    const core = new Map(
      builtinLists(file.language)
        .find((l) => l.rule === file.rule)!
        .entries.map((e) => [e.pattern, e]),
    );
    const copies = file.entries.filter((e) => {
      const c = core.get(e.pattern);
      return (
        c &&
        e.replace.length > 0 &&
        e.replace[0] === c.replace[0] &&
        JSON.stringify(e.forms) === JSON.stringify(c.forms)
      );
    });
    expect(copies.map((e) => e.pattern)).toEqual([]);
  });
  it("a row that names core's pattern takes core's replacement, forms and source", () => {
    const prior = EN.everyday.find((e) => 'phrase' in e && e.phrase === 'prior to')!;
    expect(prior).toMatchObject({ to: 'before', source: 'plainlanguage-words' });
    const money = RU.everyday.find((e) => e.id === 'денежные средства')!;
    expect(money.forms).toContainEqual(['денежных средствах', 'деньгах']);
    const ensure = EN.everyday.find((e) => 'verb' in e && e.verb === 'ensure')!;
    expect(ensure).toMatchObject({ to: 'make sure', onlyBefore: ['that'] });
  });
  it("refuses a row that is neither core's nor gives a replacement, and a condition it cannot honour", () => {
    const file = (entries: unknown[]) => ({ rule: 'plain-words', language: 'en', kind: 'substitution', entries });
    expect(() => extendCoreList(file([{ pattern: 'no such phrase', fix: true, source: 'govuk' }]), 'x.json')).toThrow(
      /"no such phrase" gives no replacement/,
    );
    expect(() => extendCoreList(file([{ pattern: 'prior to', fix: true }]), 'x.json')).toThrow(/source/);
  });
});

describe('catalogues', () => {
  it('English and Russian have the same keys', () => {
    const flat = (o: Record<string, unknown>, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null ? flat(v as Record<string, unknown>, `${p}${k}.`) : [`${p}${k}`],
      );
    expect(flat(CATALOGUES.ru).sort()).toEqual(flat(CATALOGUES.en).sort());
  });
});
