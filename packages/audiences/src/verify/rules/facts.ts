/** Numbers, dates, relative time words and links: each in the version occurs in the source or the brief with the same value. */
import type { DateFact, NumberFact, WordFact } from '../facts.js';
import type { Facts, VerifyContext, VerifyFinding, VerifyRule } from '../types.js';
import { worded } from '../messages.js';

const span = (f: Facts, s: { start: number; end: number }): { start: number; end: number; text: string } => ({
  start: s.start,
  end: s.end,
  text: f.read.text.slice(s.start, s.end),
});

function where<T>(
  ctx: VerifyContext,
  pick: (f: Facts) => T[],
  same: (x: T) => boolean,
): { in: 'release' | 'brief'; fact: T } | null {
  const a = pick(ctx.source).find(same);
  if (a) return { in: 'release', fact: a };
  const b = ctx.brief ? pick(ctx.brief).find(same) : undefined;
  return b ? { in: 'brief', fact: b } : null;
}

const sameNumber =
  (o: NumberFact) =>
  (s: NumberFact): boolean =>
    Math.abs(s.value - o.value) <= 1e-9 * Math.max(1, Math.abs(o.value)) &&
    s.percent === o.percent &&
    (o.currency === null || s.currency === null || s.currency === o.currency);

export const numbersRule: VerifyRule = {
  meta: {
    id: 'numbers',
    category: 'altered-fact',
    description:
      'Every number, amount and percentage in the version occurs in the release or the brief with the same value (1,500,000 = 1.5 million).',
    source: 'issue 12: a version may omit, never alter or invent; AP Stylebook on numerals',
  },
  check(ctx) {
    const out: VerifyFinding[] = [];
    for (const n of ctx.output.numbers) {
      if (ctx.output.dates.some((d) => n.start >= d.start && n.end <= d.end)) continue; // the date rule's
      // a year inside a date is the date rule's; a number word "two" is compared as 2
      const hit = where(ctx, (f) => f.numbers, sameNumber(n));
      if (hit) {
        const f = hit.in === 'release' ? ctx.source : ctx.brief!;
        ctx.trace({
          kind: 'number',
          text: n.text,
          start: n.start,
          end: n.end,
          source: { in: hit.in, ...span(f, hit.fact) },
        });
        continue;
      }
      const near = ctx.source.numbers.find((s) => s.percent === n.percent && s.value !== n.value && s.end > 0);
      out.push({
        rule: 'numbers',
        category: 'altered-fact',
        ...worded(ctx.brief ? 'numbers-brief' : 'numbers', { text: n.text }),
        start: n.start,
        end: n.end,
        text: n.text,
        ...(near ? {} : {}),
      });
    }
    return out;
  },
};

const sameDate =
  (o: DateFact) =>
  (s: DateFact): boolean =>
    s.month === o.month &&
    (o.day === null || s.day === o.day) &&
    (o.year === null || s.year === null || s.year === o.year);

export const datesRule: VerifyRule = {
  meta: {
    id: 'dates',
    category: 'altered-fact',
    description: 'Every date in the version (month with day or year) is a date of the release or the brief.',
    source: 'issue 12; GOV.UK style: dates as “12 March 2026”',
  },
  check(ctx) {
    const out: VerifyFinding[] = [];
    for (const d of ctx.output.dates) {
      const hit = where(ctx, (f) => f.dates, sameDate(d));
      if (hit) {
        const f = hit.in === 'release' ? ctx.source : ctx.brief!;
        ctx.trace({
          kind: 'date',
          text: d.text,
          start: d.start,
          end: d.end,
          source: { in: hit.in, ...span(f, hit.fact) },
        });
      } else {
        out.push({
          rule: 'dates',
          category: 'altered-fact',
          ...worded('dates', { text: d.text }),
          start: d.start,
          end: d.end,
          text: d.text,
        });
      }
    }
    return out;
  },
};

const sameWord =
  (o: WordFact) =>
  (s: WordFact): boolean =>
    s.text.toLowerCase() === o.text.toLowerCase();

export const timesRule: VerifyRule = {
  meta: {
    id: 'times',
    category: 'altered-fact',
    description:
      'A relative time word or weekday (today, yesterday, Monday) in the version is one the release or the brief uses.',
    source: 'issue 12: a version may not move an event to another day',
  },
  check(ctx) {
    const out: VerifyFinding[] = [];
    for (const t of ctx.output.times) {
      const hit = where(ctx, (f) => f.times, sameWord(t));
      if (hit) {
        const f = hit.in === 'release' ? ctx.source : ctx.brief!;
        ctx.trace({
          kind: 'time',
          text: t.text,
          start: t.start,
          end: t.end,
          source: { in: hit.in, ...span(f, hit.fact) },
        });
      } else
        out.push({
          rule: 'times',
          category: 'altered-fact',
          ...worded('times', { text: t.text }),
          start: t.start,
          end: t.end,
          text: t.text,
        });
    }
    return out;
  },
};

const bare = (u: string): string =>
  u
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');

export const linksRule: VerifyRule = {
  meta: {
    id: 'links',
    category: 'altered-fact',
    description: 'Every link in the version is a link of the release or the brief.',
    source: 'issue 12: the version ends with the release’s link',
  },
  check(ctx) {
    const out: VerifyFinding[] = [];
    for (const l of ctx.output.links) {
      const hit = where(
        ctx,
        (f) => f.links,
        (s) => bare(s.text) === bare(l.text),
      );
      if (hit) {
        const f = hit.in === 'release' ? ctx.source : ctx.brief!;
        ctx.trace({
          kind: 'link',
          text: l.text,
          start: l.start,
          end: l.end,
          source: { in: hit.in, ...span(f, hit.fact) },
        });
      } else
        out.push({
          rule: 'links',
          category: 'altered-fact',
          ...worded('links', { text: l.text }),
          start: l.start,
          end: l.end,
          text: l.text,
        });
    }
    return out;
  },
};
