/**
 * Very hard sentences, after Hemingway Editor (opt-in: `"hard-sentence": "suggestion"`): a sentence reads as very hard from US grade 14
 * (and as hard from grade 10: that tier is opt-in, `reportHard`). The grade is the sentence's own
 * (`sentence.grade`, from the language's readability formula) with every multi-word name or title
 * counted as one word, and a sentence of 15 words or fewer is never flagged: one long word or one
 * title makes a short sentence look hard. A sentence that sentence-length already flags gets no
 * second finding (`yieldsTo`).
 */
import { z } from 'zod';
import { collapsedNames } from '../names.js';
import type { Rule } from '../types.js';
import { docsUrl, trimSpan, words } from '../util.js';

const Options = z
  .object({
    /** Grade from which a sentence is hard (Hemingway: 10). */
    hard: z.number().min(0).default(10),
    /** Grade from which a sentence is very hard (Hemingway: 14). */
    veryHard: z.number().min(0).default(14),
    /** Report hard sentences too, not only very hard ones (opt-in: few readers act on them). */
    reportHard: z.boolean().default(false),
    /** Sentences of fewer words than this are not graded (16: a sentence of 15 words or fewer is never flagged). */
    minWords: z.number().int().min(0).default(16),
  })
  .strict();
type Options = z.infer<typeof Options>;

export const hardSentence: Rule<Options> = {
  meta: {
    id: 'hard-sentence',
    kind: 'metric',
    languages: ['en', 'ru', 'fr', 'es', 'de'],
    description: 'Very hard sentences (grade ≥ 14, names counted as one word; grade ≥ 10 on request), after Hemingway.',
    url: docsUrl('hard-sentence'),
    severity: 'suggestion',
    messages: ['hard', 'veryHard'],
    fixable: false,
    options: Options,
    data: false,
    sources: ['hemingway'],
    yieldsTo: ['sentence-length'],
    // Opt-in: on the labelled sample of releases (scripts/eval/lint-labels) press officers would
    // have acted on 2 of 15 very-hard findings of 16–25 words once names counted as one word;
    // sentence-length carries the sentence finding by default.
    optIn: true,
  },
  create(ctx) {
    const o = ctx.options;
    for (const s of ctx.sentences) {
      if (s.grade === null || s.words < o.minWords) continue;
      const { words: n, grade } = collapsedNames(ctx.prose.text, s, words(ctx, s), ctx.language);
      if (grade === null || n < o.minWords) continue;
      const very = grade >= o.veryHard;
      if (!very && (!o.reportHard || grade < o.hard)) continue;
      const [start, end] = trimSpan(ctx.prose.text, s.start, s.end);
      ctx.report({
        messageId: very ? 'veryHard' : 'hard',
        data: { grade: Math.round(grade * 10) / 10, hard: o.hard, veryHard: o.veryHard, words: n },
        start,
        end,
        severity: very ? 'warning' : 'suggestion',
        term: '',
      });
    }
  },
};
