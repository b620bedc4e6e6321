/**
 * A leading byte order mark (U+FEFF) never shifts a span: `analyze('\uFEFF' + x)` reports the
 * same sentences, regions, findings and fixes as `analyze(x)`, each moved right by one code unit
 * (and by one column on line 1), in text, Markdown and HTML. Property test over random inputs,
 * plus the releases in the repo and, when the evaluation material is there, every release.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, AttacheInputError, type Report } from '../src/index.js';
import { hasEval, releases } from '../../../scripts/eval/corpus.js';

const FORMATS = ['text', 'markdown', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** The report of `'\uFEFF' + input`, moved back by the mark: every offset −1, line-1 columns −1. */
function unshift(report: Report): unknown {
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk);
    if (x === null || typeof x !== 'object') return x;
    const o = x as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = walk(v);
    if (typeof o['start'] === 'number' && typeof o['end'] === 'number') {
      out['start'] = (o['start'] as number) - 1;
      out['end'] = (o['end'] as number) - 1;
      // a speech turn's label end is an offset too
      if (typeof o['labelEnd'] === 'number') out['labelEnd'] = (o['labelEnd'] as number) - 1;
    }
    if (typeof o['line'] === 'number' && typeof o['column'] === 'number' && o['line'] === 1) {
      out['column'] = (o['column'] as number) - 1;
    }
    if (Array.isArray(o['range']) && o['range'].length === 2 && typeof o['text'] === 'string') {
      const [a, b] = o['range'] as [number, number];
      out['range'] = [a - 1, b - 1];
    }
    return out;
  };
  const { length, ...rest } = report;
  return { length: length - 1, ...(walk(rest) as object) };
}

function checkSame(input: string, format: Format, language: 'auto' | 'en' | 'ru' = 'auto'): void {
  let plain: Report;
  try {
    plain = analyze(input, { format, language });
  } catch (e) {
    if (e instanceof AttacheInputError) {
      expect(() => analyze(`\uFEFF${input}`, { format, language })).toThrow(AttacheInputError);
      return;
    }
    throw e;
  }
  const withBom = analyze(`\uFEFF${input}`, { format, language });
  // No span may start at 0 (the mark) or end inside it.
  for (const s of [...withBom.sentences, ...withBom.regions, ...withBom.findings]) expect(s.start).toBeGreaterThan(0);
  expect(unshift(withBom)).toEqual(plain);
}

const pieces = [
  'The Ministry informs',
  ' that ',
  'Title',
  '. ',
  '! ',
  '"',
  '“',
  '”',
  '\n\n',
  '\n',
  '<p>',
  '</p>',
  '<h1>',
  '</h1>',
  '<b>',
  '&amp;',
  '<!-- attache-disable -->',
  '# ',
  '* ',
  '- ',
  '> ',
  '---\n',
  '`code`',
  '[link](http://x.y)',
  'https://example.org/a',
  'utilize',
  ' in order to ',
  'было принято решение',
  '\u{10000}',
  '😀',
  '\uFEFF',
  'é',
];
const input = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join('')),
);

describe('a leading BOM never shifts a span', () => {
  it('the reproducers: a Markdown title, and an astral character after the mark', () => {
    const src = '\uFEFF# Ministry opens three schools\n\nThe Ministry will utilize the funds.\n';
    const md = analyze(src, { format: 'markdown' });
    // The heading is the release's title (a region of its anatomy, out of the sentences).
    expect(md.sentences.map((s) => src.slice(s.start, s.end))).toEqual(['The Ministry will utilize the funds.']);
    expect(md.regions.filter((r) => r.kind === 'title').map((r) => src.slice(r.start, r.end))).toEqual([
      'Ministry opens three schools',
    ]);
    const astral = analyze('\uFEFF\u{10000}', { format: 'markdown' });
    for (const s of astral.sentences) {
      expect(s.start).toBe(1);
      expect(s.end).toBe(3);
    }
    for (const format of FORMATS) checkSame('\u{10000}', format);
  });

  it('random inputs, in text, Markdown and HTML (fast-check)', () => {
    fc.assert(
      fc.property(input, fc.constantFrom(...FORMATS), fc.constantFrom('auto', 'en', 'ru'), (x, format, language) => {
        // One mark is a byte order mark; a second U+FEFF after it is text (a zero-width space).
        fc.pre(!x.startsWith('\uFEFF'));
        checkSame(x, format, language as 'auto' | 'en' | 'ru');
      }),
      { numRuns: 600 },
    );
  });

  it('the sample releases in the repository, in every format', () => {
    const dir = join(import.meta.dirname, '../../../examples/samples');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const format of FORMATS) checkSame(text, format);
    }
  });

  it.skipIf(!hasEval())('every release of the evaluation set, in every format', () => {
    const all = [...releases('en'), ...releases('ru')];
    expect(all.length).toBeGreaterThan(40);
    for (const r of all) for (const format of FORMATS) checkSame(r.text, format);
  });
});
