/**
 * Hard and very hard sentences, after Hemingway Editor: a sentence reads as hard from US grade
 * 10 and as very hard from grade 14. The grade is the sentence's own (`sentence.grade`, from the
 * language's readability formula).
 */
import { z } from 'zod';
import type { Rule } from '../types.js';
import { docsUrl, trimSpan } from '../util.js';

const Options = z
  .object({
    /** Grade from which a sentence is hard (Hemingway: 10). */
    hard: z.number().min(0).default(10),
    /** Grade from which a sentence is very hard (Hemingway: 14). */
    veryHard: z.number().min(0).default(14),
    /** Report hard sentences, or only very hard ones. */
    reportHard: z.boolean().default(true),
    /** Sentences shorter than this are not graded (one long word makes a short sentence "hard"). */
    minWords: z.number().int().min(0).default(8),
  })
  .strict();
type Options = z.infer<typeof Options>;

export const hardSentence: Rule<Options> = {
  meta: {
    id: 'hard-sentence',
    kind: 'metric',
    languages: ['en', 'ru', 'fr', 'es', 'de'],
    description: 'Hard (grade ≥ 10) and very hard (grade ≥ 14) sentences, after Hemingway.',
    url: docsUrl('hard-sentence'),
    severity: 'suggestion',
    messages: ['hard', 'veryHard'],
    fixable: false,
    options: Options,
    data: false,
    sources: ['hemingway'],
  },
  create(ctx) {
    const o = ctx.options;
    for (const s of ctx.sentences) {
      if (s.grade === null || s.words < o.minWords) continue;
      const very = s.grade >= o.veryHard;
      if (!very && (!o.reportHard || s.grade < o.hard)) continue;
      const [start, end] = trimSpan(ctx.prose.text, s.start, s.end);
      ctx.report({
        messageId: very ? 'veryHard' : 'hard',
        data: { grade: Math.round(s.grade * 10) / 10, hard: o.hard, veryHard: o.veryHard, words: s.words },
        start,
        end,
        severity: very ? 'warning' : 'suggestion',
        term: '',
      });
    }
  },
};
