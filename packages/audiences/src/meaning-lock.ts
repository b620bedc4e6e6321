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
import type { TextLike } from './round-text.js';

export type FactKind = 'number' | 'date' | 'time' | 'name' | 'url' | 'email' | 'quote';

export interface Fact {
  kind: FactKind;
  /** As written. */
  text: string;
  /** Normalised value compared between texts. */
  key: string;
  start: number;
  end: number;
}

export interface LockOptions {
  /** 'en', 'ru' … decides decimal commas and month names; default: guessed from the script. */
  language?: string;
  /** Names the rewrite may drop (the issuing institution, now "we"). */
  speakers?: string[];
  /**
   * Wider texts in which names are looked up, when `before`/`after` are excerpts (a paragraph
   * around one edit): a name lost from the excerpt is kept if the whole rewrite still has it,
   * and a name new to the excerpt is not added if the whole input had it. Either text may be a
   * view that is sliced on demand (a long text being edited); `near`, the excerpt's offset in
   * them, is where the lookups start, widening until they find the name or cover the text.
   */
  names?: { before: string | TextLike; after: string | TextLike; near?: number };
}

export interface LockReport {
  /** True when nothing was lost, altered or added. */
  ok: boolean;
  /** Facts found in the input. */
  facts: number;
  lost: Fact[];
  altered: { before: Fact; after: Fact }[];
  added: Fact[];
}

const MONTHS_EN = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_EN_RE =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sep\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.';
const MONTHS_RU_STEMS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];
const MONTH_RU_RE = '(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)(?:я|е|ь|й|а|ом)';
const WEEKDAYS_EN = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const WEEKDAYS_RU = 'понедельник|вторник|сред[уаеы]|четверг|пятниц[уаеы]|суббот[уаеы]|воскресень[ея]';

function monthIndexEn(m: string): number {
  const x = m.toLowerCase().replace(/\.$/, '');
  return MONTHS_EN.findIndex((n) => n.startsWith(x.slice(0, 3))) + 1;
}
function monthIndexRu(m: string): number {
  const x = m.toLowerCase();
  // "мая"/"маe" vs "март…": check the longer stems first.
  let best = -1;
  let bestLen = 0;
  MONTHS_RU_STEMS.forEach((st, i) => {
    if (x.startsWith(st) && st.length > bestLen) {
      best = i;
      bestLen = st.length;
    }
  });
  return best + 1;
}

const pad = (n: number): string => String(n).padStart(2, '0');

interface Ctx {
  text: string;
  /**
   * Working copy, index-aligned with `text` (UTF-16 units): extracted spans are blanked (line
   * breaks kept) so that later extractors do not see them.
   */
  work: string;
  facts: Fact[];
  ru: boolean;
}

/** Blanks the spans of `work` (rebuilt once from slices, not character by character). */
function blank(ctx: Ctx, spans: [number, number][]): void {
  if (spans.length === 0) return;
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of spans.toSorted((x, y) => x[0] - y[0])) {
    const a = Math.max(from, at);
    if (to <= a) continue;
    parts.push(ctx.work.slice(at, a), ctx.work.slice(a, to).replace(/[^\n]/g, ' '));
    at = to;
  }
  parts.push(ctx.work.slice(at));
  ctx.work = parts.join('');
}

function each(
  ctx: Ctx,
  re: RegExp,
  fn: (m: RegExpExecArray) => { kind: FactKind; key: string; end?: number } | undefined,
  mask = true,
): void {
  const src = ctx.work;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  const hits: [number, number][] = [];
  while ((m = re.exec(src)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const r = fn(m);
    if (!r) continue;
    const end = r.end ?? m.index + m[0].length;
    ctx.facts.push({ kind: r.kind, key: r.key, text: ctx.text.slice(m.index, end), start: m.index, end });
    hits.push([m.index, end]);
  }
  if (mask) blank(ctx, hits);
}

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

const EN_NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  thousand: 1000,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  first: -1,
  second: -2,
  third: -3,
  fourth: -4,
  fifth: -5,
  sixth: -6,
  seventh: -7,
  eighth: -8,
  ninth: -9,
  tenth: -10,
  twice: -102,
  half: -1002,
};
const RU_NUMBER_STEMS: [RegExp, number][] = [
  [/^(два|две|двух|двум|двумя)$/, 2],
  [/^(три|тр[её]х|тр[её]м|тремя)$/, 3],
  [/^(четыре|четыр[её]х|четыр[её]м|четырьмя)$/, 4],
  [/^(пять|пяти|пятью)$/, 5],
  [/^(шесть|шести|шестью)$/, 6],
  [/^(семь|семи|семью)$/, 7],
  [/^(восемь|восьми|восемью)$/, 8],
  [/^(девять|девяти|девятью)$/, 9],
  [/^(десять|десяти|десятью)$/, 10],
  [/^(двадцать|двадцати)$/, 20],
  [/^(тридцать|тридцати)$/, 30],
  [/^(сто|ста)$/, 100],
  [/^(тысяч[аиуей]?|тысячами|тысячам)$/, 1000],
  [/^(миллион\p{L}*)$/u, 1e6],
  [/^(миллиард\p{L}*)$/u, 1e9],
  [
    /^(перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)(ый|ая|ое|ые|ого|ой|ому|ым|ом|ую|ых|ыми|ий|ья|ье|ьи|ьего|ьей|ьему|ьим|ьем|ью|ьих|ьими)$/u,
    -1,
  ],
];

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

const FUNCTION_WORDS = new Set([
  // English words that take a capital only because they start a sentence.
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'For',
  'To',
  'Of',
  'By',
  'With',
  'From',
  'As',
  'And',
  'But',
  'Or',
  'So',
  'If',
  'When',
  'While',
  'This',
  'These',
  'That',
  'Those',
  'It',
  'Its',
  'We',
  'Our',
  'You',
  'Your',
  'They',
  'Their',
  'He',
  'His',
  'She',
  'Her',
  'I',
  'There',
  'Here',
  'After',
  'Before',
  'During',
  'Under',
  'Over',
  'Also',
  'All',
  'Some',
  'Many',
  'Most',
  'Each',
  'Every',
  'Both',
  'More',
  'Such',
  'Please',
  'Today',
  'Now',
  'Then',
  'Yet',
  'However',
  'Meanwhile',
  'Since',
  'Through',
  'Following',
  'Because',
  'Although',
  'Why',
  'What',
  'How',
  'Who',
  'Which',
  'Where',
  'Let',
  'Remember',
  'Yes',
  'No',
  'Not',
  'Only',
  'Further',
  'Finally',
  'Still',
  // Russian.
  'В',
  'Во',
  'На',
  'По',
  'С',
  'Со',
  'К',
  'Ко',
  'О',
  'Об',
  'У',
  'Из',
  'За',
  'Для',
  'При',
  'После',
  'До',
  'Это',
  'Этот',
  'Эта',
  'Эти',
  'Он',
  'Она',
  'Оно',
  'Они',
  'Мы',
  'Вы',
  'Я',
  'А',
  'И',
  'Но',
  'Однако',
  'Поэтому',
  'Благодаря',
  'Также',
  'Кроме',
  'Как',
  'Так',
  'Что',
  'Если',
  'Когда',
  'Его',
  'Её',
  'Ее',
  'Их',
  'Нам',
  'Вам',
  'Нас',
  'Вас',
  'Наш',
  'Наша',
  'Наше',
  'Наши',
  'Ваш',
  'Все',
  'Всё',
  'Уже',
  'Ещё',
  'Еще',
  'Сейчас',
  'Сегодня',
  'Тем',
  'Том',
  'Том',
  'Там',
  'Здесь',
  'Между',
  'Через',
  'Под',
  'Над',
  'Перед',
  'Без',
  'Согласно',
  'Советуем',
  'Просим',
  'Напоминаем',
  'Вместе',
  'Затем',
  'Потом',
  'Именно',
  'Лишь',
  'Только',
]);
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'von', 'van', 'bin', 'al', 'del', 'da', 'la', 'и', '&']);

function names(ctx: Ctx): void {
  const src = ctx.work;
  const tokRe = /[\p{L}\p{M}\p{N}]+(?:['’\-.&][\p{L}\p{M}\p{N}]+)*\.?/gu;
  const toks: { text: string; start: number; end: number; initial: boolean; cap: boolean }[] = [];
  let m: RegExpExecArray | null;
  while ((m = tokRe.exec(src)) !== null) {
    let text = m[0];
    // Keep the dot of "U.S." but not a sentence-final full stop.
    if (text.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(text)) text = text.slice(0, -1);
    const start = m.index;
    const initial = startsSentence(src, start);
    const cap = /^\p{Lu}/u.test(text);
    toks.push({ text, start, end: start + text.length, initial, cap });
  }
  const nonInitialCaps = new Set(toks.filter((t) => t.cap && !t.initial).map((t) => t.text));
  const isName = (i: number): boolean => {
    const t = toks[i]!;
    if (!t.cap) return false;
    if (/^\p{N}/u.test(t.text)) return false;
    if (t.text === 'I') return false;
    if (
      /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(
        t.text,
      )
    )
      return false;
    if (!t.initial) return true;
    if (FUNCTION_WORDS.has(t.text)) return false;
    if (/^(?:\p{Lu}[\p{Lu}\p{N}.&-]+)$/u.test(t.text) && t.text.length >= 2) return true; // acronym
    if (/\p{N}/u.test(t.text)) return true;
    if (nonInitialCaps.has(t.text)) return true;
    const next = toks[i + 1];
    return next !== undefined && next.cap && src.slice(t.end, next.start) === ' ' && !FUNCTION_WORDS.has(next.text);
  };
  let i = 0;
  while (i < toks.length) {
    if (!isName(i)) {
      i++;
      continue;
    }
    let j = i;
    // Extend over following names, and over connectors between names ("Department of State").
    while (j + 1 < toks.length) {
      const gap = src.slice(toks[j]!.end, toks[j + 1]!.start);
      if (gap !== ' ') break;
      if (toks[j + 1]!.cap && !/^\p{N}/u.test(toks[j + 1]!.text)) {
        j++;
        continue;
      }
      if (
        CONNECTORS.has(toks[j + 1]!.text) &&
        j + 2 < toks.length &&
        toks[j + 2]!.cap &&
        src.slice(toks[j + 1]!.end, toks[j + 2]!.start) === ' '
      ) {
        j += 2;
        continue;
      }
      break;
    }
    const start = toks[i]!.start;
    const end = toks[j]!.end;
    const text = ctx.text.slice(start, end);
    ctx.facts.push({ kind: 'name', key: text, text, start, end });
    i = j + 1;
  }
}

/** True when the word at `pos` starts a sentence, a heading, a list item or a line. */
function startsSentence(src: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[\s"“«„'‘([]/u.test(src[i]!)) {
    if (src[i] === '\n') return true;
    i--;
  }
  if (i < 0) return true;
  const c = src[i]!;
  if (/[.!?:;•]/.test(c)) return true;
  if (/[-–—*]/.test(c)) {
    // A list mark at the start of a line.
    let k = i - 1;
    while (k >= 0 && /[ \t]/.test(src[k]!)) k--;
    return k < 0 || src[k] === '\n';
  }
  if (/["”»’)\]]/.test(c)) return i > 0 && /[.!?]/.test(src[i - 1]!);
  return false;
}

/** True when `name` occurs in `text` as whole words (or with its first letter lowered: it started a sentence). */
function occurs(text: string | TextLike, name: string, near = 0): boolean {
  const test = (n: string): boolean =>
    typeof text === 'string' ? occursIn(text, n, 0, text.length) : occursAround(text, n, near);
  if (test(name)) return true;
  const lowered = name[0]!.toLowerCase() + name.slice(1);
  return lowered !== name && /\s/.test(name) && test(lowered);
}

/**
 * True when `n` occurs as whole words in `s` at an index ≥ `first`, ending at or before `last`.
 * A slice of a longer text keeps two characters of context on each cut side and trusts only
 * the matches inside it: the characters around a match must all be there (a surrogate pair
 * needs both halves) for the boundary test to read what it reads on the whole text.
 */
function occursIn(s: string, n: string, first: number, last: number): boolean {
  if (!s.includes(n)) return false;
  const esc = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (first === 0 && last === s.length) return new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'u').test(s);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'gu');
  re.lastIndex = first;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const end = m.index + m[0].length;
    if (end > last) return false;
    if (m.index >= first) return true;
    re.lastIndex = Math.max(end, m.index + 1);
  }
  return false;
}

/** `occursIn` on a view, read in windows around `near` that double until they cover it. */
function occursAround(text: TextLike, n: string, near: number): boolean {
  const len = text.length;
  for (let w = 4096; ; w *= 2) {
    const a = Math.max(0, near - w);
    const b = Math.min(len, near + w);
    const from = Math.max(0, a - 2);
    const to = Math.min(len, b + 2);
    const s = text.slice(from, to);
    if (occursIn(s, n, from === 0 ? 0 : a - from, to === len ? s.length : b - from)) return true;
    if (a === 0 && b === len) return false;
  }
}

/**
 * A longer name that holds a speaker's name ("About CDE", "CDE’s Technology Manager") is kept
 * when the speaker became "we"/"us"/"our" and the rest of the name is still there.
 */
function speakerPart(name: string, speakers: Set<string>, after: string | TextLike, near?: number): boolean {
  for (const sp of speakers) {
    const bare = sp.replace(/^(the|The) /, '');
    if (!name.includes(bare) || name === bare) continue;
    const rest = name
      .replace(bare, ' ')
      .replace(/^(?:['’]s)/, '')
      .replace(/\s(?:['’]s)/, ' ')
      .trim()
      .split(/\s+/)
      .filter((w) => w.length > 0 && /^\p{Lu}/u.test(w));
    if (rest.every((w) => occurs(after, w, near))) return true;
  }
  return false;
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
