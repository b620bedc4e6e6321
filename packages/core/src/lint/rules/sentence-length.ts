/**
 * Sentence length: ASD-STE100 (Simplified Technical English) caps descriptive sentences at 25
 * words (procedural ones at 20); McAlpine's EFLAW advice for learners of English agrees.
 */
import { z } from 'zod';
import type { Rule } from '../types.js';
import { docsUrl, trimSpan } from '../util.js';

const Options = z
  .object({
    /** Longest acceptable sentence, in words (ASD-STE100: 25 descriptive, 20 procedural). */
    max: z.number().int().min(1).default(25),
  })
  .strict();
type Options = z.infer<typeof Options>;

export const sentenceLength: Rule<Options> = {
  meta: {
    id: 'sentence-length',
    kind: 'occurrence',
    languages: ['en', 'ru', 'fr', 'es', 'de'],
    description: 'Sentences longer than 25 words (ASD-STE100), with the count in the message.',
    url: docsUrl('sentence-length'),
    severity: 'warning',
    messages: ['tooLong'],
    fixable: false,
    options: Options,
    data: false,
    sources: ['asd-ste100', 'mcalpine'],
  },
  create(ctx) {
    const { max } = ctx.options;
    for (const s of ctx.sentences) {
      if (s.words <= max) continue;
      const [start, end] = trimSpan(ctx.prose.text, s.start, s.end);
      ctx.report({ messageId: 'tooLong', data: { words: s.words, max }, start, end, term: '' });
    }
  },
};
