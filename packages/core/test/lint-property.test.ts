/**
 * Property tests: on random texts built from officialese, markup and awkward Unicode, the linter
 * never throws, every finding points at exactly what it says, and fixes converge in one round.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, lint } from '../src/lint/index.js';
import { contextOf } from './lint-helpers.js';

const EN = [
  'In order to',
  'we will utilize',
  'the funds',
  'prior to',
  'the meeting',
  'was signed by the ministers',
  'a frank and constructive exchange of views',
  'The Ministry informs that',
  'the OSCE',
  'PLEASE NOTE',
  'on 03/04/2025',
  'Zelensky',
  'Zelenskyy',
  'it would appear that',
  'made a decision',
];
const RU = [
  'В настоящее время',
  'в связи с тем, что',
  'было принято решение',
  'оказание помощи',
  'Министерство сообщает',
  'состоялся обмен мнениями',
  'подписано Президентом России',
  'данный вопрос',
  'Соединённых Штатов',
  'Соединенных Штатов',
  'ВНИМАНИЕ',
  'по всей видимости',
];
const NOISE = [
  '.',
  '. ',
  '!!! ',
  '?! ',
  ', ',
  '\n',
  '\n\n',
  ' ',
  '\u00a0',
  '“',
  '”',
  '«',
  '»',
  '**',
  '`',
  '> ',
  '<!-- attache-disable -->',
  'e\u0301',
  '👍',
  '(',
  ')',
];

const textOf = (parts: string[]): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...parts), fc.constantFrom(...NOISE)), { minLength: 1, maxLength: 40 })
    .map((xs) => xs.join(' '));

function check(input: string, language: 'en' | 'ru'): string[] {
  const problems: string[] = [];
  const found = lint(contextOf(input, language));
  for (const f of found) {
    if (!(0 <= f.start && f.start < f.end && f.end <= input.length)) problems.push(`bad span ${f.start}-${f.end}`);
    if (input.slice(f.start, f.end) !== f.actual) problems.push(`actual mismatch for ${f.ruleId}`);
    if (f.fix && (f.fix.range[0] !== f.start || f.fix.range[1] !== f.end))
      problems.push(`fix range differs for ${f.ruleId}`);
  }
  const once = applyFixes(input, found).text;
  const again = applyFixes(once, lint(contextOf(once, language)));
  if (again.applied.length) problems.push(`second round fixed ${again.applied.map((f) => f.ruleId).join(', ')}`);
  return problems;
}

describe('lint properties', () => {
  it('English: spans exact, fixes converge', () => {
    fc.assert(
      fc.property(textOf(EN), (input) => {
        expect(check(input, 'en')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('Russian: spans exact, fixes converge', () => {
    fc.assert(
      fc.property(textOf(RU), (input) => {
        expect(check(input, 'ru')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
