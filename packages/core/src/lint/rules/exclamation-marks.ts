/**
 * Piles of exclamation marks ("!!!", "?!"): one is enough in a press release, if any (GOV.UK
 * style guide: avoid exclamation marks; Главред flags them as emotional pressure).
 */
import { z } from 'zod';
import type { Rule } from '../types.js';
import { docsUrl, touchesMarkup } from '../util.js';

const Options = z
  .object({
    /** Most exclamation/question marks allowed in a row. */
    max: z.number().int().min(1).default(1),
  })
  .strict();
type Options = z.infer<typeof Options>;

const RUN = /[!?¡¿‼⁉⁈⁇！？]{2,}|[‼⁉⁈]/g;

export const exclamationMarks: Rule<Options> = {
  meta: {
    id: 'exclamation-marks',
    kind: 'occurrence',
    languages: ['en', 'ru', 'fr', 'es', 'de'],
    description: 'Piles of exclamation marks ("!!!", "?!"): one mark is enough.',
    url: docsUrl('exclamation-marks'),
    severity: 'warning',
    messages: ['pile'],
    fixable: true,
    options: Options,
    data: false,
    sources: ['govuk-style', 'glavred'],
  },
  create(ctx) {
    const text = ctx.prose.text;
    for (const s of ctx.sentences) {
      const part = text.slice(s.start, s.end);
      RUN.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = RUN.exec(part)) !== null) {
        const run = m[0];
        const count = [...run].reduce((n, ch) => n + (ch === '‼' || ch === '⁉' || ch === '⁈' ? 2 : 1), 0);
        if (count <= ctx.options.max) continue;
        if (!/[!¡‼⁉⁈！]/.test(run)) continue; // "??" alone is not an exclamation pile
        const start = s.start + m.index;
        const end = start + run.length;
        if (touchesMarkup(ctx, start, end)) continue;
        const fix = /[?？⁉⁈]/.test(run) ? '?' : '!';
        ctx.report({ messageId: 'pile', data: { count, actual: run }, start, end, suggestions: [fix], fix, term: '' });
      }
    }
  },
};
