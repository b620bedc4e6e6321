/**
 * Ambiguous numeric dates: "03/04/2025" is 3 April in Britain and March 4 in the United States.
 * Write the month as a word (GOV.UK style guide: "4 March 2025"; plainlanguage.gov). In Russian
 * the dotted day-first form (03.04.2025, ГОСТ Р 7.0.97-2016) is the national standard and is not
 * reported by default; slashes are.
 */
import { z } from 'zod';
import type { Rule } from '../types.js';
import { docsUrl, touchesMarkup } from '../util.js';

const Options = z
  .object({
    /** Report dotted dates (03.04.2025): "auto" = everywhere except Russian. */
    dotted: z.union([z.boolean(), z.literal('auto')]).default('auto'),
  })
  .strict();
type Options = z.infer<typeof Options>;

const DATE = /(?<![\p{L}\p{N}./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{L}\p{N}]|[./-]\d)/gu;

export const ambiguousDate: Rule<Options> = {
  meta: {
    id: 'ambiguous-date',
    kind: 'existence',
    languages: ['en', 'ru', 'fr', 'es', 'de'],
    description: 'Numeric dates that read two ways (03/04/2025): write the month as a word.',
    url: docsUrl('ambiguous-date'),
    severity: 'warning',
    messages: ['ambiguous'],
    fixable: false,
    options: Options,
    data: false,
    sources: ['govuk-style', 'plainlanguage-words'],
  },
  create(ctx) {
    const dotted = ctx.options.dotted === 'auto' ? ctx.language !== 'ru' : ctx.options.dotted;
    const text = ctx.prose.text;
    const locale = ctx.locale === 'ru' ? 'ru-RU' : 'en-GB';
    const textLocale = ctx.language === 'en' ? 'en-GB' : ctx.language;
    for (const s of ctx.sentences) {
      const part = text.slice(s.start, s.end);
      DATE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = DATE.exec(part)) !== null) {
        const [whole, a, sep, b, y] = m as unknown as [string, string, string, string, string];
        if (sep === '.' && !dotted) continue;
        const x = Number(a);
        const z2 = Number(b);
        if (x < 1 || z2 < 1 || x > 12 || z2 > 12 || x === z2) continue;
        const year = y.length === 2 ? (Number(y) < 50 ? 2000 + Number(y) : 1900 + Number(y)) : Number(y);
        const start = s.start + m.index;
        const end = start + whole.length;
        if (touchesMarkup(ctx, start, end)) continue;
        const dayFirst = fmt(year, z2, x, locale);
        const monthFirst = fmt(year, x, z2, locale);
        ctx.report({
          messageId: 'ambiguous',
          data: { actual: whole, dayFirst, monthFirst },
          start,
          end,
          suggestions: [fmt(year, z2, x, textLocale), fmt(year, x, z2, textLocale)],
          term: '',
        });
      }
    }
  },
};

function fmt(year: number, month: number, day: number, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, month - 1, day)),
    );
  } catch {
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
}
