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

const view = (ps: readonly { word: string; tag: unknown; formCnt?: number; score: number; normalize(): unknown }[]) =>
  ps.map((p) => `${p.word} ${String(p.tag)} ${p.formCnt} ${String(p.normalize())} ${p.score.toFixed(6)}`);

describe('OpenCorpora reader', () => {
  it('reads the same dictionary readings as Az.js, in the same order', () => {
    const ws = words();
    expect(ws.length).toBeGreaterThan(2000);
    const differ: string[] = [];
    let found = 0;
    for (const w of ws)
      for (const ignoreCase of [false, true]) {
        const mine = view(oc.parse(w, { ignoreCase }));
        const az = view(Az.Morph(w, { parsers: ['Dictionary'], stutter: 0, typos: 0, ignoreCase }));
        if (az.length) found++;
        if (mine.join('|') !== az.join('|')) differ.push(`${w}: ${mine.join('; ')} ≠ ${az.join('; ')}`);
      }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(found).toBeGreaterThan(ws.length / 2);
  });

  it('gives a lexeme its forms and tags with grammeme categories', () => {
    const [p] = oc.parse('мероприятиях');
    expect(p?.tag['POS']).toBe('NOUN');
    expect(p?.tag['CAse']).toBe('loct');
    expect(p?.tag['NMbr']).toBe('plur');
    expect(String(p?.normalize())).toBe('мероприятие');
    const forms = Array.from({ length: p!.formCnt }, (_, i) => String(p!.inflect(i)));
    expect(forms).toContain('мероприятиями');
    expect(oc.parse('елка').map(String)).toContain('ёлка');
    expect(oc.parse('hello')).toEqual([]);
  });
});
