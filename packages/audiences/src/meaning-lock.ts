/**
 * The meaning lock: an INDEPENDENT check (it shares no code with the proposers) that extracts
 * the facts of a text — numbers ("1,000", "3.5%", "$2 million", "five"), dates and times,
 * names (capitalised words and multi-word proper nouns), URLs, e-mail addresses and quoted
 * passages — and compares the facts of an input with those of its rewrite.
 *
 * Comparison:
 * - numbers, dates, times, URLs, e-mails and quotes are compared by normalised value
 *   ("1,500,000" = "1.5 million"; "March 12, 2026" = "12 March 2026"), as multisets: a fact
 *   is LOST when the rewrite has fewer of it, ADDED when the input has none of it;
 * - names are compared by their exact surface: a name is lost when it no longer occurs
 *   anywhere in the rewrite (so "the Department" → "we" is fine while the first mention
 *   stays), added when the rewrite has a name the input never had. `speakers` lists names the
 *   rewrite may drop (the issuing institution speaking of itself as "we");
 * - a lost fact and an added fact of the same kind are reported together as ALTERED.
 * Duplicating a fact (a hook line that repeats a number) is not a change of meaning.
 *
 * Reflexive: `checkMeaning(x, x).ok` for every string x (the extraction is deterministic and a
 * name found in both texts' facts is never lost or added); a property test holds it to that.
 */
import { requireOptions, requireString } from './guard.js';
import { each, pad, type Ctx } from './meaning-lock/ctx.js';
import { names, occurs, speakerPart } from './meaning-lock/names.js';
import type { Fact, FactKind, LockOptions, LockReport } from './meaning-lock/types.js';
import {
  EN_NUMBER_WORDS,
  MONTH_EN_RE,
  MONTH_RU_RE,
  monthIndexEn,
  monthIndexRu,
  RU_NUMBER_STEMS,
  WEEKDAYS_EN,
  WEEKDAYS_RU,
} from './meaning-lock/words.js';

export type { Fact, FactKind, LockOptions, LockReport };

/** Extracts the facts of a text. Offsets are into `text`. */
export function extractFacts(text: string, options: LockOptions = {}): Fact[] {
  requireString(text, 'extractFacts()', 'text');
  requireOptions(options, 'extractFacts()');
  const ru = options.language ? options.language === 'ru' : /[а-яё]{3,}/i.test(text);
  const ctx: Ctx = { text, work: text, facts: [], ru };

  // URLs and e-mail addresses.
  each(ctx, /\b(?:https?:\/\/|www\.)[^\s<>"«»“”]+/gi, (m) => {
    const url = m[0].replace(/[.,;:!?)\]'’]+$/, '');
    return {
      kind: 'url',
      key: url
        .replace(/^https?:\/\//i, '')
        .replace(/\/$/, '')
        .toLowerCase(),
      end: m.index + url.length,
    };
  });
  each(ctx, /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, (m) => ({
    kind: 'email',
    key: m[0].toLowerCase(),
  }));

  // Quoted passages (not masked: their numbers and names are facts too).
  quotes(ctx);

  // Dates and times.
  const day = '(\\d{1,2})(?:st|nd|rd|th)?';
  each(ctx, new RegExp(`\\b${day}\\s+(${MONTH_EN_RE})(?:,?\\s+(\\d{4}))?(?![\\d])`, 'g'), (m) => {
    const mo = monthIndexEn(m[2]!);
    return mo ? { kind: 'date', key: `${m[3] ?? '?'}-${pad(mo)}-${pad(Number(m[1]))}` } : undefined;
  });
  each(ctx, new RegExp(`\\b(${MONTH_EN_RE})\\s+${day}(?:,\\s*(\\d{4}))?(?![\\d])`, 'g'), (m) => {
    const mo = monthIndexEn(m[1]!);
    return mo ? { kind: 'date', key: `${m[3] ?? '?'}-${pad(mo)}-${pad(Number(m[2]))}` } : undefined;
  });
  each(ctx, new RegExp(`\\b(${MONTH_EN_RE})\\s+(\\d{4})\\b`, 'g'), (m) => {
    const mo = monthIndexEn(m[1]!);
    return mo ? { kind: 'date', key: `${m[2]}-${pad(mo)}-?` } : undefined;
  });
  each(ctx, /\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => ({ kind: 'date', key: `${m[1]}-${m[2]}-${m[3]}` }));
  each(ctx, /(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d])/g, (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // Day first unless that cannot be (13/…): the check refuses what it cannot read both ways.
    const [d, mo] = m[0].includes('/') && b > 12 && a <= 12 ? [b, a] : [a, b];
    return { kind: 'date', key: `${m[3]}-${pad(mo)}-${pad(d)}` };
  });
  each(
    ctx,
    new RegExp(
      `(?<![\\p{L}\\d])(\\d{1,2})\\s+(${MONTH_RU_RE})(?:\\s+(\\d{4})(?:\\s*(?:года|год|г\\.))?)?(?![\\p{L}])`,
      'giu',
    ),
    (m) => {
      const mo = monthIndexRu(m[2]!);
      return mo ? { kind: 'date', key: `${m[3] ?? '?'}-${pad(mo)}-${pad(Number(m[1]))}` } : undefined;
    },
  );
  each(ctx, new RegExp(`(?<![\\p{L}])(${MONTH_RU_RE})\\s+(\\d{4})(?:\\s*(?:года|год|г\\.))?`, 'giu'), (m) => {
    const mo = monthIndexRu(m[1]!);
    return mo ? { kind: 'date', key: `${m[2]}-${pad(mo)}-?` } : undefined;
  });
  each(ctx, new RegExp(`\\b(${WEEKDAYS_EN})\\b`, 'g'), (m) => ({ kind: 'date', key: 'wd:' + m[1]!.toLowerCase() }));
  each(ctx, new RegExp(`(?<![\\p{L}])(${WEEKDAYS_RU})(?![\\p{L}])`, 'giu'), (m) => ({
    kind: 'date',
    key: 'wd:' + m[1]!.toLowerCase().slice(0, 5),
  }));
  each(ctx, /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![\p{L}])/giu, (m) => {
    let h = Number(m[1]) % 12;
    if (/^p/i.test(m[3]!)) h += 12;
    return { kind: 'time', key: `${pad(h)}:${m[2] ?? '00'}` };
  });
  each(ctx, /(?<![\d.,:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g, (m) => ({
    kind: 'time',
    key: `${pad(Number(m[1]))}:${m[2]}`,
  }));

  // Names before numbers: codes such as "OX11 0QX" or "G20" are names, and their digits are not masked away.
  names(ctx);
  numbers(ctx);
  numberWords(ctx);
  return ctx.facts.sort((a, b) => a.start - b.start);
}

function quotes(ctx: Ctx): void {
  const t = ctx.text;
  const paragraphs: [number, number][] = [];
  let last = 0;
  for (const m of t.matchAll(/\n[ \t]*\n/g)) {
    paragraphs.push([last, m.index!]);
    last = m.index! + m[0].length;
  }
  paragraphs.push([last, t.length]);
  const push = (a: number, b: number): void => {
    const inner = t
      .slice(a + 1, b - 1)
      .replace(/\s+/g, ' ')
      .trim();
    if (inner.length === 0) return;
    ctx.facts.push({ kind: 'quote', key: inner, text: t.slice(a, b), start: a, end: b });
  };
  // Where each quotation mark occurs, so that looking for the next one never reads past it
  // (`t.indexOf(mark, from)` from every paragraph read to the text's end when a mark was absent).
  const marks = new Map<string, number[]>();
  const at = (mark: string): number[] => {
    let list = marks.get(mark);
    if (!list) {
      list = [];
      for (let k = t.indexOf(mark); k >= 0; k = t.indexOf(mark, k + 1)) list.push(k);
      marks.set(mark, list);
    }
    return list;
  };
  const nextOf = (mark: string, from: number): number => {
    const list = at(mark);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length ? list[lo]! : -1;
  };
  for (const [ps, pe] of paragraphs) {
    for (const [open, close] of [
      ['“', '”'],
      ['«', '»'],
      ['„', '“'],
    ] as const) {
      let i = nextOf(open, ps);
      while (i >= 0 && i < pe) {
        const j = nextOf(close, i + 1);
        if (j < 0 || j >= pe) break;
        push(i, j + 1);
        i = nextOf(open, j + 1);
      }
    }
    const straight: number[] = [];
    for (let k = ps; k < pe; k++) if (t[k] === '"') straight.push(k);
    for (let k = 0; k + 1 < straight.length; k += 2) push(straight[k]!, straight[k + 1]! + 1);
  }
}

function numbers(ctx: Ctx): void {
  const cur = '(US\\$|A\\$|C\\$|\\$|£|€|₽|¥|USD\\s|EUR\\s|GBP\\s)?';
  // Spaces group thousands only in Russian ("1 500 000"); in English "2015 100 people" is two numbers.
  const sep = ctx.ru ? '(?:,|\\u00a0|\\u202f| )' : '(?:,|\\u00a0|\\u202f)';
  const num = `(\\d{1,3}(?:${sep}\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)`;
  const pct = '(?:\\s?(%|per\\s?cent|percent|процент\\p{L}*))?';
  const mult =
    '(?:\\s?(million|billion|trillion|thousand|bn|mln|млн\\.?|млрд\\.?|трлн\\.?|тыс\\.?|миллион\\p{L}*|миллиард\\p{L}*|триллион\\p{L}*|тысяч\\p{L}*)(?![\\p{L}]))?';
  const cur2 = '(?:\\s?(рубл\\p{L}*|руб\\.|долл\\p{L}*|евро|dollars|pounds|euros))?';
  // A number glued to letters is part of a code ("0QX", "R103"), except for units ("5km", "10MW").
  const unitRe = '(?:(?:km|kg|mm|cm|m|MW|GW|kW|kWh|GWh|MWh|t|ha|th|st|nd|rd|s|x)(?![\\p{L}])|(?![\\p{L}]))';
  const re = new RegExp(`(?<![\\p{L}\\p{N}\\-./])${cur}${num}${mult}${pct}${cur2}${unitRe}`, 'gu');
  each(ctx, re, (m) => {
    const raw = m[2]!;
    const value = parseNumber(raw, ctx.ru);
    if (value === undefined) return undefined;
    const scale = multiplier(m[3]);
    const unit = (m[1] ?? '')
      .trim()
      .replace(/^USD$/, '$')
      .replace(/^US\$/, '$')
      .replace(/^GBP$/, '£')
      .replace(/^EUR$/, '€');
    const percent = m[4] ? '%' : '';
    const v = Math.round(value * scale * 1e6) / 1e6;
    let end = m.index + m[0].length;
    // A bare multiplier-less number followed by a space is fine; trim a trailing space the optional groups took.
    while (end > m.index && /\s/.test(ctx.text[end - 1]!)) end--;
    return { kind: 'number', key: `${unit}${v}${percent}`, end };
  });
}

function parseNumber(raw: string, ru: boolean): number | undefined {
  let s = raw.replace(/[\u00a0\u202f ]/g, '');
  // "1,000" and "1,000,000.5": thousands separators in English; in Russian "1,5" is a decimal comma.
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) && !(ru && /^\d{1,3},\d{3}$/.test(s))) s = s.replace(/,/g, '');
  s = s.replace(',', '.');
  const v = Number(s);
  return Number.isFinite(v) ? v : undefined;
}

function multiplier(w: string | undefined): number {
  if (!w) return 1;
  const x = w.toLowerCase();
  if (/^(trillion|трлн|триллион)/.test(x)) return 1e12;
  if (/^(billion|bn|млрд|миллиард)/.test(x)) return 1e9;
  if (/^(million|mln|млн|миллион)/.test(x)) return 1e6;
  if (/^(thousand|тыс)/.test(x)) return 1e3;
  return 1;
}

function numberWords(ctx: Ctx): void {
  each(
    ctx,
    /(?<![\p{L}-])[\p{L}]+(?![\p{L}-])/gu,
    (m) => {
      const w = m[0].toLowerCase();
      if (!ctx.ru && EN_NUMBER_WORDS[w] !== undefined) return { kind: 'number', key: 'w:' + EN_NUMBER_WORDS[w] };
      if (ctx.ru) {
        for (const [re, v] of RU_NUMBER_STEMS) {
          const mm = re.exec(w);
          if (mm) return { kind: 'number', key: 'w:' + (v === -1 ? 'ord:' + mm[1]!.replace('ё', 'е') : v) };
        }
      }
      return undefined;
    },
    false,
  );
}

/** Compares the facts of `before` and `after`. */
export function checkMeaning(before: string, after: string, options: LockOptions = {}): LockReport {
  requireString(before, 'checkMeaning()', 'before');
  requireString(after, 'checkMeaning()', 'after');
  requireOptions(options, 'checkMeaning()');
  const fb = extractFacts(before, options);
  const fa = extractFacts(after, options);
  const speakers = new Set(options.speakers ?? []);
  const lost: Fact[] = [];
  const added: Fact[] = [];

  // Names: by surface, anywhere. A name the other text's extraction also found counts as there
  // even where the surface search cannot see it (glued to a URL, a time or a date: "J.https://…",
  // "U9:30", "ДНРMarch 12"), so that a text checked against itself always passes.
  const namesBefore = new Set(fb.filter((f) => f.kind === 'name').map((f) => f.key));
  const namesAfter = new Set(fa.filter((f) => f.kind === 'name').map((f) => f.key));
  // A verdict depends on the name alone: each name is judged once (a long text repeats its names).
  const judgedLost = new Set<string>();
  for (const f of fb) {
    if (f.kind !== 'name' || judgedLost.has(f.key)) continue;
    judgedLost.add(f.key);
    const inAfter =
      namesAfter.has(f.key) ||
      occurs(after, f.key) ||
      (options.names !== undefined && occurs(options.names.after, f.key, options.names.near));
    if (
      !inAfter &&
      !speakers.has(f.key) &&
      !speakers.has(f.key.replace(/^The /, 'the ')) &&
      !speakerPart(f.key, speakers, options.names?.after ?? after, options.names?.near)
    ) {
      lost.push(f);
    }
  }
  const judgedAdded = new Set<string>();
  for (const f of fa) {
    if (f.kind !== 'name' || judgedAdded.has(f.key)) continue;
    judgedAdded.add(f.key);
    if (
      !namesBefore.has(f.key) &&
      !occurs(before, f.key) &&
      !(options.names !== undefined && occurs(options.names.before, f.key, options.names.near))
    ) {
      added.push(f);
    }
  }

  // Everything else: multisets of keys.
  const count = (facts: Fact[]): Map<string, Fact[]> => {
    const m = new Map<string, Fact[]>();
    for (const f of facts) {
      if (f.kind === 'name') continue;
      const k = f.kind + '\u0000' + f.key;
      const list = m.get(k) ?? [];
      list.push(f);
      m.set(k, list);
    }
    return m;
  };
  const cb = count(fb);
  const ca = count(fa);
  for (const [k, list] of cb) {
    const n = ca.get(k)?.length ?? 0;
    if (n < list.length) lost.push(...list.slice(n));
  }
  for (const [k, list] of ca) if (!cb.has(k)) added.push(...list);

  // Pair lost and added facts of the same kind as "altered".
  const altered: { before: Fact; after: Fact }[] = [];
  for (let i = lost.length - 1; i >= 0; i--) {
    const l = lost[i]!;
    const j = added.findIndex((a) => a.kind === l.kind);
    if (j < 0) continue;
    altered.unshift({ before: l, after: added[j]! });
    lost.splice(i, 1);
    added.splice(j, 1);
  }
  return {
    ok: lost.length === 0 && altered.length === 0 && added.length === 0,
    facts: fb.length,
    lost,
    altered,
    added,
  };
}
