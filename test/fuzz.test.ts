/**
 * Fuzz suite, small count (the large one is `pnpm fuzz`, scripts/fuzz.ts): random Unicode,
 * mutated releases and nested Markdown/HTML in every format never crash and never give a span
 * outside the input or splitting a surrogate pair or a combining mark; the reproducers of
 * issue 15 parse (read as plain text past the depth and markup limits, and reported as such).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, AttacheInputError, AttacheTimeBudgetError, extractProse } from '../packages/core/src/index.js';
import {
  checkInput,
  FORMATS,
  LANGUAGES,
  mutatedInput,
  nestedInput,
  releaseTexts,
  REPRODUCERS,
  reportViolations,
  unicodeInput,
} from './fuzz-harness.js';

const texts = releaseTexts();

describe('fuzz (small count; pnpm fuzz runs the large one)', () => {
  for (const format of FORMATS) {
    it(`random Unicode as ${format}`, () => {
      fc.assert(
        fc.property(unicodeInput, fc.constantFrom(...LANGUAGES), (input, language) => {
          const o = checkInput({ input, format, language });
          expect(o.crash).toBeNull();
          expect(o.violations).toEqual([]);
        }),
        { numRuns: 60 },
      );
    });
    it(`mutated releases as ${format}, with proposals`, () => {
      fc.assert(
        fc.property(mutatedInput(texts), fc.constantFrom(...LANGUAGES), fc.nat(2), (input, language, audience) => {
          const o = checkInput({ input, format, language }, audience);
          expect(o.crash).toBeNull();
          expect(o.violations).toEqual([]);
        }),
        { numRuns: 8 },
      );
    });
  }
  it('nested Markdown and HTML', () => {
    fc.assert(
      fc.property(nestedInput, (c) => {
        const o = checkInput(c);
        expect(o.crash).toBeNull();
        expect(o.violations).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });
});

describe('issue 15 reproducers', () => {
  for (const [name, { input, format }] of Object.entries(REPRODUCERS)) {
    it(`${name} (${format}) is read, past the limit as plain text, and the report says so`, () => {
      const report = analyze(input, { format });
      expect(report.fallbacks?.length).toBeGreaterThan(0);
      expect(reportViolations(input, report)).toEqual([]);
    });
  }

  it('a list nested past the depth limit keeps its text, from the limit down, as plain text', () => {
    const input = 'Intro paragraph.\n\n' + '- '.repeat(1060) + 'deep item\n\nOutro paragraph.';
    const prose = extractProse(input, 'markdown');
    expect(prose.text).toBe('Intro paragraph.\n\n' + '- '.repeat(1060) + 'deep item\n\nOutro paragraph.');
    expect(prose.fallbacks).toEqual([{ kind: 'depth', start: 18, end: 18 + 2120 + 9 }]);
  });

  it('a list within the depth limit is still a list', () => {
    const input = '- '.repeat(5) + 'five deep';
    const prose = extractProse(input, 'markdown');
    expect(prose.text).toBe('five deep');
    expect(prose.fallbacks).toBeUndefined();
  });

  it('HTML nested past the limit keeps its text in the element at the limit', () => {
    const input = '<p>Before.</p>' + '<div>'.repeat(300) + 'Deep text.' + '</div>'.repeat(300) + '<p>After.</p>';
    const prose = extractProse(input, 'html');
    expect(prose.text).toBe('Before.\n\nDeep text.\n\nAfter.');
    expect(prose.fallbacks?.[0]?.kind).toBe('depth');
  });

  it('a paragraph with ordinary links is not a fallback', () => {
    const input = Array.from({ length: 30 }, (_, i) => `See [item ${i}](https://e.x/${i}) and *this*.`).join(' ');
    const prose = extractProse(input, 'markdown');
    expect(prose.fallbacks).toBeUndefined();
    expect(prose.text.startsWith('See item 0 and this.')).toBe(true);
  });
});

describe('timeBudgetMs', () => {
  it('stops a long analysis with a typed error naming the limit', () => {
    const input = 'The Ministry informs that the meeting was held. '.repeat(20_000);
    let err: unknown;
    try {
      analyze(input, { timeBudgetMs: 1 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AttacheTimeBudgetError);
    expect(err).toBeInstanceOf(AttacheInputError);
    expect((err as AttacheTimeBudgetError).code).toBe('time-budget');
    expect((err as AttacheTimeBudgetError).limitMs).toBe(1);
    expect((err as Error).message).toContain('time budget of 1 ms');
  });
  it('is a checked option', () => {
    expect(() => analyze('Text.', { timeBudgetMs: -5 })).toThrow(AttacheInputError);
  });
});
