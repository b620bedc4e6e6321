/**
 * Property test (fast-check): random inputs in every format go through `analyze`; every span in
 * the report lies within the input, sentences are sorted and disjoint, findings quote the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, AttacheInputError } from '../src/index.js';

const pieces = [
  'The Ministry informs',
  ' that ',
  'U.S.',
  ' Mr. Smith',
  ' No. 5',
  ' 3.5%',
  '. ',
  '! ',
  '? ',
  '…',
  '"',
  '“',
  '”',
  '«',
  '»',
  '\n\n',
  '\n',
  '<p>',
  '</p>',
  '<b>',
  '</b>',
  '<script>x<y</script>',
  '<!-- attache-disable -->',
  '&amp;',
  '&rsquo;',
  '&#x1F600;',
  '# ',
  '* ',
  '> ',
  '`code`',
  '```\ncode\n```\n',
  '[link](http://x.y)',
  'https://example.org/a?b=c',
  'a@b.org',
  'было принято решение',
  'т. е. ',
  'г. Москва',
  'В.В. Путин',
  '\u00a0',
  '\u0301',
  '\uD83D',
  '\uDE00',
  '🇺🇦',
  'שלום',
  '\t',
  'é',
];
const textish = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join('')),
);

describe('analyze (property)', () => {
  it('keeps every span inside the input, in every format', () => {
    fc.assert(
      fc.property(
        textish,
        fc.constantFrom('text', 'markdown', 'html'),
        fc.constantFrom('auto', 'en', 'ru'),
        (input, format, language) => {
          let report;
          try {
            report = analyze(input, { format, language });
          } catch (e) {
            if (e instanceof AttacheInputError) return; // a typed refusal is allowed
            throw e;
          }
          let prevEnd = 0;
          for (const s of report.sentences) {
            expect(s.start).toBeGreaterThanOrEqual(prevEnd);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.end).toBeLessThanOrEqual(input.length);
            prevEnd = s.end;
          }
          for (const x of [...report.findings, ...report.regions]) {
            expect(0 <= x.start && x.start <= x.end && x.end <= input.length).toBe(true);
          }
          for (const f of report.findings) expect(f.actual).toBe(input.slice(f.start, f.end));
        },
      ),
      { numRuns: 400 },
    );
  });
});
