// oxlint-disable-next-line typescript/triple-slash-reference -- az has no types of its own
/// <reference path="./az.d.ts" />
/**
 * Core's own reader of the OpenCorpora dictionary (src/morph/opencorpora.ts) against Az.js's
 * "Dictionary" parser on the same files: every word of the Russian word lists, the audience form
 * tables and the Russian fixture releases must get the same readings (form, tag, lexeme size,
 * dictionary form), in the same order, with the same scores.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Az from 'az';
import { beforeAll, describe, expect, it } from 'vitest';
import { RU_DICTIONARY_FILES } from '../src/index.js';
import { OcDictionary } from '../src/morph/opencorpora.js';

const require = createRequire(import.meta.url);
const dicts = join(dirname(require.resolve('az/package.json')), 'dicts');
const bytes = (f: string) => new Uint8Array(readFileSync(join(dicts, f)));
const json = (f: string) => JSON.parse(readFileSync(join(dicts, f), 'utf8')) as never;

let oc: OcDictionary;
beforeAll(async () => {
  oc = new OcDictionary({
    words: bytes('words.dawg'),
    probabilities: bytes('p_t_given_w.intdawg'),
    predictions: [0, 1, 2].map((i) => bytes(`prediction-suffixes-${i}.dawg`)),
    paradigms: bytes('paradigms.array'),
    suffixes: json('suffixes.json'),
    gramtab: json('gramtab-opencorpora-int.json'),
    grammemes: json('grammemes.json'),
  });
  await new Promise<void>((resolve, reject) => Az.Morph.init(dicts, (err) => (err ? reject(err) : resolve())));
});

function words(): string[] {
  const out = new Set<string>();
  const add = (s: string) => {
    for (const m of s.matchAll(/[а-яёА-ЯЁ]+/g)) out.add(m[0]);
  };
  const roots = [
    new URL('../src/lint/data/ru/', import.meta.url),
    new URL('../../audiences/src/data/ru/', import.meta.url),
    new URL('../../../test/fixtures/releases/ru/', import.meta.url),
  ];
  for (const root of roots)
    for (const f of readdirSync(root, { recursive: true }) as string[])
      if (/\.(?:json|txt|md|html)$/.test(f)) add(readFileSync(new URL(f, root), 'utf8'));
  return [...out];
}

interface Reading {
  tag: unknown;
  formCnt?: number;
  score: number;
  parser?: string;
  normalize(): unknown;
  inflect(i: number): unknown;
}
const view = (ps: readonly Reading[]) =>
  ps.map((p) => {
    const forms = Array.from({ length: p.formCnt ?? 0 }, (_, i) => String(p.inflect(i)));
    return `${p.parser} ${String(p)} ${String(p.tag)} ${String(p.normalize())} ${p.score.toFixed(6)} [${forms.join(',')}]`;
  });

/** Words the dictionary lacks, of each kind the guessers handle. */
function unknownWords(known: readonly string[]): string[] {
  const out: string[] = [];
  for (const [i, w] of known.entries()) {
    if (i % 20 !== 0 || w.length < 4) continue;
    const l = w.toLowerCase();
    out.push(`анти${l}`, `экс-${l}`, `зу${l}`, `${l.slice(0, -1)}ировать`, `${l}-то`, `по-${l}ски`);
    out.push(`${l}-${known[i + 1]?.toLowerCase() ?? 'дом'}`, `сине-${l}`, `а-б-${l}`, l.slice(0, 3).toUpperCase());
    out.push(`кр${l.slice(2)}`, `${l.slice(0, 3)}ости`, `Ёж${l}`, `${l}q`, l.toUpperCase());
  }
  return out.concat([
    'В',
    'я',
    'XIV',
    '12',
    '3,5',
    '—',
    'ГК',
    'МЧС',
    'мчс',
    'Пушкин',
    'пушкин',
    'по-русски',
    'по-министерскому',
    'по-ведомственному',
    'по-губернаторски',
    'ёлка',
    'елка',
  ]);
}

describe('OpenCorpora reader', () => {
  it('reads the same readings as Az.js, in the same order, with the same scores and lexemes', () => {
    const known = words();
    expect(known.length).toBeGreaterThan(2000);
    const ws = [...known, ...unknownWords(known)];
    const differ: string[] = [];
    const parsers = new Set<string>();
    for (const w of ws)
      for (const ignoreCase of [false, true]) {
        const mine = view(oc.parse(w, { ignoreCase }));
        const az = Az.Morph(w, { stutter: 0, typos: 0, ignoreCase });
        for (const p of az) parsers.add(p.parser ?? '');
        const theirs = view(az);
        if (mine.join('|') !== theirs.join('|')) differ.push(`${w}: ${mine.join('; ')} ≠ ${theirs.join('; ')}`);
      }
    console.log(`${ws.length} words, ${differ.length} differ; analysers seen: ${[...parsers].sort().join(', ')}`);
    expect(differ.slice(0, 3)).toEqual([]);
    // Every analyser was exercised.
    for (const name of [
      'Dictionary',
      'AbbrName',
      'IntNumber',
      'RealNumber',
      'Punctuation',
      'RomanNumber',
      'Latin',
      'HyphenParticle',
      'HyphenAdverb',
      'HyphenWords',
      'PrefixKnown',
      'PrefixUnknown',
      'SuffixKnown',
      'Abbr',
    ])
      expect(parsers).toContain(name);
  });

  it('the build wrote, gzipped, exactly the files core lists as the dictionary', () => {
    const built = readdirSync(new URL('../dicts/ru/', import.meta.url)).filter((f) => f.endsWith('.gz'));
    expect(built.sort()).toEqual(RU_DICTIONARY_FILES.map((f) => `${f}.gz`).sort());
  });

  it('gives a lexeme its forms and tags with grammeme categories', () => {
    const [p] = oc.parse('мероприятиях');
    expect(p?.tag['POS']).toBe('NOUN');
    expect(p?.tag['CAse']).toBe('loct');
    expect(p?.tag['NMbr']).toBe('plur');
    expect(String(p?.normalize())).toBe('мероприятие');
    const forms = Array.from({ length: p!.formCnt ?? 0 }, (_, i) => String(p!.inflect(i)));
    expect(forms).toContain('мероприятиями');
    expect(oc.parse('елка').map(String)).toContain('ёлка');
    expect(oc.parse('hello').map((r) => r.tag['POS'])).toEqual(['LATN']);
  });
});
