/**
 * The meaning lock is reflexive: any text checked against itself passes. 10,000 fast-check runs
 * over random Unicode, fact-shaped fragments glued together (names, numbers, dates, times, URLs,
 * quotes) and excerpts of real releases with fragments spliced in; plus the reproducers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMeaning } from '../src/meaning-lock.js';
import { hasEval, releases } from '../../../scripts/eval/corpus.js';

const SAMPLES = join(import.meta.dirname, '../../../examples/samples');
const REAL: string[] = [
  ...readdirSync(SAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(SAMPLES, f), 'utf8')),
  ...(hasEval() ? [...releases('en'), ...releases('ru')].map((r) => r.text) : []),
];

const FRAGMENTS = [
  'J.',
  'https://x',
  'https://www.gov.uk/a?b=c',
  'www.example.org',
  'press@fco.gov.uk',
  'U',
  '9:30',
  '9.30am',
  '12 p.m.',
  'ДНР',
  'March 12, 2026',
  '12 March',
  '12 марта 2026 года',
  '2026-03-12',
  '12/03/2026',
  'Monday',
  'в среду',
  '1,500,000',
  '1.5 million',
  '$2 million',
  '3.5%',
  '1 500 000',
  'five',
  'пять',
  'первый',
  'G20',
  'OX11 0QX',
  'Department of State',
  'Secretary Blinken',
  'Минобороны России',
  'U.S.',
  '“',
  '”',
  '"',
  '«',
  '»',
  '„',
  ' ',
  '\n',
  '\n\n',
  '. ',
  ', ',
  ':',
  '-',
  '’s',
  'the ',
  'The ',
  'we ',
  '5km',
  'R103',
  '\u00a0',
  '\u0301',
  '😀',
  '\uD83D',
];

const glued = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 25 }).map((a) => a.join(''));
const excerpt = fc.tuple(fc.nat(REAL.length - 1), fc.nat(), fc.integer({ min: 0, max: 1500 })).map(([i, a, len]) => {
  const t = REAL[i]!;
  const start = a % Math.max(1, t.length);
  return t.slice(start, start + len);
});
const spliced = fc
  .tuple(excerpt, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FRAGMENTS)), { maxLength: 6 }))
  .map(([t, inserts]) => {
    let out = t;
    for (const [at, frag] of inserts) {
      const k = out.length === 0 ? 0 : at % (out.length + 1);
      out = out.slice(0, k) + frag + out.slice(k);
    }
    return out;
  });

const input = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  glued,
  excerpt,
  spliced,
);

describe('checkMeaning(x, x) passes for every x', () => {
  it('the reproducers: names glued to a URL, a time, a date', () => {
    for (const x of ['J.https://x', 'e U9:30', 'ДНРMarch 12, 2026', 'Contact: J.https://www.gov.uk/contact']) {
      const r = checkMeaning(x, x);
      expect(r, x).toMatchObject({ ok: true, lost: [], altered: [], added: [] });
    }
  });

  it('every real release, whole, in both languages', () => {
    expect(REAL.length).toBeGreaterThan(1);
    for (const t of REAL) expect(checkMeaning(t, t).ok).toBe(true);
  });

  it('10,000 random and real inputs, with and without a language (fast-check)', () => {
    fc.assert(
      fc.property(input, fc.constantFrom(undefined, 'en', 'ru'), (x, language) => {
        const r = checkMeaning(x, x, language ? { language } : {});
        if (!r.ok)
          throw new Error(`not reflexive: ${JSON.stringify({ lost: r.lost, altered: r.altered, added: r.added })}`);
      }),
      { numRuns: 10_000 },
    );
  });
});
