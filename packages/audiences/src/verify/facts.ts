/**
 * Facts the verifier compares: numbers (with scale, percent, currency), dates, relative time
 * words, capitalised names and titles, links. Each fact keeps its span in the text it was read
 * from, so a finding points at the altered span and a verified fact at its source.
 */
import type { Read } from './text.js';
import { EN_CARDINALS, MONTHS_EN } from '../fact-words.js';

export interface NumberFact {
  kind: 'number';
  start: number;
  end: number;
  text: string;
  value: number;
  percent: boolean;
  currency: string | null;
}

export interface DateFact {
  kind: 'date';
  start: number;
  end: number;
  text: string;
  month: number;
  day: number | null;
  year: number | null;
}

export interface WordFact {
  kind: 'time' | 'name' | 'link';
  start: number;
  end: number;
  text: string;
}

const SCALE_EN: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  mn: 1e6,
  bn: 1e9,
};
const SCALE_RU: Array<[RegExp, number]> = [
  [/^тыс/, 1e3],
  [/^млн|^миллион/, 1e6],
  [/^млрд|^миллиард/, 1e9],
  [/^трлн|^триллион/, 1e12],
];
const CURRENCY_SIGN: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '₽': 'RUB' };
const CURRENCY_WORD: Array<[RegExp, string]> = [
  [/^dollars?$/i, 'USD'],
  [/^euros?$/i, 'EUR'],
  [/^pounds?$/i, 'GBP'],
  [/^(rubles?|roubles?)$/i, 'RUB'],
  [/^рубл/i, 'RUB'],
  [/^доллар/i, 'USD'],
  [/^евро$/i, 'EUR'],
];

// A number: optional currency sign, digits with thousands separators (comma or space in
// English; space or no-break space in Russian) and decimals, then percent / scale / currency.
const NUMBER_EN =
  /(US\$|[$€£₽])?\s?(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:st|nd|rd|th)?(?![\d])(?:\s?(%|percent\b|per cent\b))?(?:[\s-](thousand|million|billion|trillion|mn|bn)\b)?(?:\s(dollars?|euros?|pounds?|rubles?|roubles?)\b)?/g;
const NUMBER_RU =
  /([$€£₽])?\s?(?<![\d.,])(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(,\d+)?(?![\d])(?:\s?(%|процент\p{L}*))?(?:\s(тыс\.?|млн\.?|млрд\.?|трлн\.?|тысяч\p{L}*|миллион\p{L}*|миллиард\p{L}*))?(?:\s(рубл\p{L}*|доллар\p{L}*|евро))?/gu;

const SMALL = EN_CARDINALS;
const WORD_NUMBER =
  /\b((?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)(?:\s(hundred))?(?:\s(thousand|million|billion|trillion))?(?:\s(percent|per cent|dollars?|euros?|pounds?))?\b/gi;

function currencyOfWord(w: string | undefined): string | null {
  if (!w) return null;
  for (const [re, c] of CURRENCY_WORD) if (re.test(w)) return c;
  return null;
}

export function numbers(r: Read): NumberFact[] {
  const out: NumberFact[] = [];
  const t = r.text;
  const re = r.language === 'ru' ? NUMBER_RU : NUMBER_EN;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) !== null) {
    if (m[0].trim() === '') {
      re.lastIndex++;
      continue;
    }
    const [, sign, int, frac, pct, scaleWord, curWord] = m;
    // skip digits inside a link or a word ("COVID-19" keeps 19: it is a name, checked as a name)
    const at = m.index + m[0].indexOf(int!);
    if (/[\p{L}]/u.test(t[at - 1] ?? '') || (t[at - 1] === '-' && /\p{L}/u.test(t[at - 2] ?? ''))) continue;
    if (insideLink(t, at)) continue;
    const whole = Number(int!.replace(/[ ,\u00a0]/g, ''));
    const fraction = frac ? Number('0.' + frac.slice(1)) : 0;
    let scale = 1;
    if (scaleWord) {
      if (r.language === 'ru') scale = SCALE_RU.find(([x]) => x.test(scaleWord.toLowerCase()))?.[1] ?? 1;
      else scale = SCALE_EN[scaleWord.toLowerCase()] ?? 1;
    }
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push({
      kind: 'number',
      start,
      end: m.index + m[0].trimEnd().length,
      text: t.slice(start, m.index + m[0].trimEnd().length),
      value: round((whole + fraction) * scale),
      percent: Boolean(pct),
      currency: sign ? (CURRENCY_SIGN[sign] ?? sign) : currencyOfWord(curWord),
    });
  }
  if (r.language === 'en') {
    WORD_NUMBER.lastIndex = 0;
    while ((m = WORD_NUMBER.exec(t)) !== null) {
      const [, head, hundred, scaleWord, tail] = m;
      const parts = head!.toLowerCase().split(/[- ]/);
      if (parts[0] === 'a' && !scaleWord && !hundred) continue; // "a" alone is no number
      let v = parts.reduce((s, p) => s + (p === 'a' || p === 'one' ? 1 : (SMALL[p] ?? 0)), 0);
      if (hundred) v *= 100;
      if (scaleWord) v *= SCALE_EN[scaleWord.toLowerCase()] ?? 1;
      if (v < 2 && !scaleWord) continue;
      out.push({
        kind: 'number',
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        value: v,
        percent: /percent|per cent/i.test(tail ?? ''),
        currency: currencyOfWord(tail),
      });
    }
  }
  return out;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

const MONTH_SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTHS_RU = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма[йяе]',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];

const DATE_EN = new RegExp(
  String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(${MONTHS_EN.join('|')}|(?:${MONTH_SHORT.join('|')})\.)(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+(\d{4})\b)?`,
  'gi',
);
const DATE_RU = new RegExp(
  String.raw`(?:(\d{1,2})\s+)?(${MONTHS_RU.join('|')})\p{L}*(?:\s+(\d{4})(?:\s*(?:года?|г\.))?)?`,
  'giu',
);
const DATE_NUMERIC = /\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g;

/** A date as matched: the month known, the day and the year as written (or null when absent). */
function dateFact(m: RegExpExecArray, month: number, day: string | undefined, year: string | undefined): DateFact {
  const end = m.index + m[0].length;
  return {
    kind: 'date',
    start: m.index,
    end,
    text: m[0],
    month,
    day: day ? Number(day) : null,
    year: year ? Number(year) : null,
  };
}

export function dates(r: Read): DateFact[] {
  const out: DateFact[] = [];
  const t = r.text;
  let m: RegExpExecArray | null;
  if (r.language === 'en') {
    DATE_EN.lastIndex = 0;
    while ((m = DATE_EN.exec(t)) !== null) {
      const [, d1, mon, d2, y] = m;
      const name = mon!.toLowerCase().replace('.', '');
      // "may" is a month only when a day or year is beside it, or it is capitalised mid-sentence
      if (name === 'may' && !d1 && !d2 && !y) continue;
      if (mon![0] !== mon![0]!.toUpperCase()) continue;
      const month = (MONTHS_EN.indexOf(name) >= 0 ? MONTHS_EN.indexOf(name) : MONTH_SHORT.indexOf(name)) + 1;
      out.push(dateFact(m, month, d1 ?? d2, y));
    }
  } else {
    DATE_RU.lastIndex = 0;
    while ((m = DATE_RU.exec(t)) !== null) {
      const [, d, mon, y] = m;
      if (!d && !y) continue; // «март» alone, «мая» as a word: not a date
      const month = MONTHS_RU.findIndex((p) => new RegExp('^' + p, 'iu').test(mon!)) + 1;
      if (month === 0) continue;
      out.push(dateFact(m, month, d, y));
    }
  }
  DATE_NUMERIC.lastIndex = 0;
  while ((m = DATE_NUMERIC.exec(t)) !== null) {
    const iso = m[1] !== undefined;
    out.push({
      kind: 'date',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      year: Number(iso ? m[1] : m[6]),
      month: Number(iso ? m[2] : m[5]),
      day: Number(iso ? m[3] : m[4]),
    });
  }
  return out;
}

const TIME_EN =
  /\b(today|tomorrow|yesterday|tonight|this (?:week|month|year|morning|afternoon|evening)|next (?:week|month|year)|last (?:week|month|year)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi;
const TIME_RU =
  /(?<!\p{L})(сегодня|завтра|вчера|на этой неделе|на следующей неделе|в следующем (?:месяце|году)|понедельник\p{L}*|вторник\p{L}*|сред[ауеы]|четверг\p{L}*|пятниц\p{L}*|суббот\p{L}*|воскресень\p{L}*)(?!\p{L})/giu;

/** Relative time words and weekdays: a version may not move an event to another day. */
export function times(r: Read): WordFact[] {
  const re = r.language === 'ru' ? TIME_RU : TIME_EN;
  re.lastIndex = 0;
  const out: WordFact[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(r.text)) !== null)
    out.push({ kind: 'time', start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]/g;

export function links(r: Read): WordFact[] {
  LINK.lastIndex = 0;
  const out: WordFact[] = [];
  let m: RegExpExecArray | null;
  while ((m = LINK.exec(r.text)) !== null)
    out.push({ kind: 'link', start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

function insideLink(t: string, at: number): boolean {
  const before = t.lastIndexOf(' ', at);
  const word = t.slice(before + 1, at + 1);
  return /https?:|www\.|@|\/|#/.test(word);
}
