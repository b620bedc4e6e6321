/** `@attache/core/testing`: the marks give exact offsets, and a wrong case fails. */
import { describe, expect, it } from 'vitest';
import { SpanTester, unmark } from '../src/testing.js';

describe('unmark', () => {
  it('strips [[…]] and returns UTF-16 offsets into the stripped text', () => {
    expect(unmark('a [[😀b]] c [[d]]')).toEqual({
      code: 'a 😀b c d',
      spans: [
        [2, 5],
        [8, 9],
      ],
    });
  });
  it('refuses an unclosed mark', () => {
    expect(() => unmark('a [[b')).toThrow(/unclosed/);
  });
});

/** Runs SpanTester with a recording describe/it and returns each case's error (or null). */
function outcomes(
  cases: Parameters<
    typeof SpanTester.run<undefined, { start: number; end: number; word: string }, { word: string }>
  >[2],
) {
  const tests: [string, () => void][] = [];
  const [d, i] = [SpanTester.describe, SpanTester.it];
  SpanTester.describe = (_n, fn) => fn();
  SpanTester.it = (n, fn) => tests.push([n, fn]);
  try {
    SpanTester.run(
      'capitals',
      {
        run: (code) =>
          [...code.matchAll(/\p{Lu}\p{L}*/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] })),
        pick: (f) => ({ word: f.word }),
        apply: (code, found) =>
          found.reduceRight((t, f) => t.slice(0, f.start) + f.word.toLowerCase() + t.slice(f.end), code),
      },
      cases,
    );
  } finally {
    [SpanTester.describe, SpanTester.it] = [d, i];
  }
  return tests.map(([n, fn]) => {
    try {
      fn();
      return [n, null];
    } catch (e) {
      return [n, (e as Error).message.split('\n')[0]];
    }
  });
}

describe('SpanTester', () => {
  it('passes right cases', () => {
    expect(
      outcomes({
        valid: ['all small'],
        invalid: [{ code: 'a [[Big]] one', errors: [{ word: 'Big' }], output: 'a big one' }],
      }),
    ).toEqual([
      ['valid: all small', null],
      ['invalid: a [[Big]] one', null],
    ]);
  });
  it('fails a valid case that reports, a wrong span, a wrong field, a missing error and a wrong output', () => {
    const r = outcomes({
      valid: ['One'],
      invalid: [
        { code: '[[On]]e', errors: [{ word: 'One' }] },
        { code: '[[One]]', errors: [{ word: 'Two' }] },
        { code: '[[One]] [[Two]]', errors: [{ word: 'One' }] },
        { code: '[[One]]', errors: [{ word: 'One' }], output: 'One' },
      ],
    }).map(([, e]) => e);
    expect(r).toEqual([
      'a valid case reports nothing',
      'the reported spans are the marked ones',
      'each report says what its case expects',
      'every marked span names its error',
      'the output after applying',
    ]);
  });
});
