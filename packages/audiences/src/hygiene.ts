/**
 * Output hygiene: an INDEPENDENT check of a rewrite's surface (it shares no code with the
 * proposers): doubled spaces, a lower-case letter starting a sentence, orphan punctuation
 * (" ,", "..", ",."), unbalanced quotes and brackets, a repeated word, and agreement around
 * "we" / "мы" (English "we is", Russian "мы сообщило").
 *
 * Given `before`, only defects the rewrite introduced are reported: a defect whose
 * surroundings already stand in the input is the input's own.
 */
import { requireOptions, requireString } from './guard.js';

export type HygieneKind =
  'double-space' | 'lowercase-start' | 'orphan-punctuation' | 'unbalanced' | 'repeated-word' | 'agreement';

export interface HygieneDefect {
  kind: HygieneKind;
  start: number;
  end: number;
  /** The text around the defect. */
  context: string;
}

export interface HygieneReport {
  ok: boolean;
  defects: HygieneDefect[];
}

export interface HygieneOptions {
  /** The input: defects it already had are not reported. */
  before?: string;
}

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'approx',
  'no',
  'nos',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'u.s',
  'u.k',
  'u.n',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'gen',
  'col',
  'lt',
  'sgt',
  'gov',
  'sen',
  'rep',
  'dept',
  'p',
  'pp',
  'cf',
  'al',
  'fig',
  'ed',
  'vol',
  'ch',
  'sec',
  'art',
  'para',
  'a.m',
  'p.m',
  'op',
  'ft',
  'mt',
  'est',
  'ст',
  'г',
  'гг',
  'т.е',
  'т.д',
  'т.п',
  'т.к',
  'др',
  'пр',
  'ул',
  'д',
  'им',
  'млн',
  'млрд',
  'тыс',
  'руб',
  'коп',
  'см',
  'напр',
  'т.ч',
  'с',
  'вв',
  'п',
  'пп',
  'ч',
  'кв',
  'км',
  'кг',
  'обл',
  'р-н',
  'пос',
  'рис',
  'стр',
  'тел',
]);
const NOT_VERB_RU = new Set([
  'совет',
  'бюджет',
  'ответ',
  'предмет',
  'визит',
  'кредит',
  'сами',
  'все',
  'тоже',
  'также',
  'лишь',
  'были',
  'будем',
  'можем',
]);

function context(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - 15), Math.min(text.length, end + 15));
}

function find(text: string): HygieneDefect[] {
  const out: HygieneDefect[] = [];
  const add = (kind: HygieneKind, start: number, end: number): void => {
    out.push({ kind, start, end, context: context(text, start, end) });
  };
  let m: RegExpExecArray | null;

  const dbl = /(?<=\S)[ \u00a0]{2,}(?=\S)/g;
  while ((m = dbl.exec(text)) !== null) add('double-space', m.index, m.index + m[0].length);

  const lower = /([.!?])(["”»’)\]]?)[ \u00a0]+(\p{Ll})/gu;
  while ((m = lower.exec(text)) !== null) {
    const dot = m.index;
    if (m[1] === '.' && text[dot - 1] === '.') continue; // an ellipsis
    const head = text.slice(Math.max(0, dot - 12), dot);
    const word = /([\p{L}.-]+)$/u.exec(head)?.[1]?.toLowerCase() ?? '';
    if (
      m[1] === '.' &&
      (ABBREVIATIONS.has(word) ||
        ABBREVIATIONS.has(word.replace(/^.*\./, '')) ||
        /^\p{L}$/u.test(word) ||
        /^(?:\p{L}\.)+\p{L}$/u.test(word))
    )
      continue;
    if (/\d$/.test(head) && m[1] === '.') continue; // "No. 5. of" / decimals in lists
    const at = dot + m[0].length - m[3]!.length;
    add('lowercase-start', at, at + 1);
  }

  const orphans = [
    /[ \u00a0]+[,.;:!?](?![\d.])/g,
    /[,;:][ \u00a0]*[.!?]/g,
    /(?<![.])\.\.(?![.])/g,
    /,[ \u00a0]*,/g,
    /[!?][ \u00a0]*\./g,
    /\([ \u00a0]+|[ \u00a0]+\)/g,
    /^[ \t]*[,.;:](?!\d)/gm,
  ];
  for (const re of orphans) {
    while ((m = re.exec(text)) !== null) {
      if (/^ +:$/.test(m[0]) && /\d/.test(text[m.index + m[0].length] ?? '')) continue;
      add('orphan-punctuation', m.index, m.index + m[0].length);
    }
  }

  const rep = /(?<![\p{L}\p{N}])(\p{L}+)[ \u00a0]+\1(?![\p{L}\p{N}])/giu;
  while ((m = rep.exec(text)) !== null) {
    if (/^(that|had|is|ha|bye|very|so|да|нет|ещё|еще|много|очень)$/i.test(m[1]!)) continue;
    add('repeated-word', m.index, m.index + m[0].length);
  }

  const weEn = /\b[Ww]e (is|has|was|does|doesn't|isn't|hasn't|wasn't)\b/g;
  while ((m = weEn.exec(text)) !== null) add('agreement', m.index, m.index + m[0].length);
  const weRu = /(?<![\p{L}])[Мм]ы\s+(?:(?:также|уже|вновь|ещё|еще|не|всегда|по-прежнему)\s+)?(\p{L}+)/gu;
  while ((m = weRu.exec(text)) !== null) {
    const w = m[1]!.toLowerCase();
    if (NOT_VERB_RU.has(w) || w.length < 4) continue;
    const singularPast = /(л|ла|ло)$/.test(w) || /(лся|лась|лось)$/.test(w);
    const thirdPresent = /(ет|ёт|ит|ется|ётся|ится)$/.test(w);
    const shortAdj =
      /^(намерено|намерена|намерен|готово|готова|готов|должно|должна|должен|заинтересовано|уверено|убеждено|обеспокоено)$/.test(
        w,
      );
    if (singularPast || thirdPresent || shortAdj) add('agreement', m.index, m.index + m[0].length);
  }
  return out;
}

/** Open/close imbalance per bracket or quote type. */
function imbalance(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const pairs: [string, string][] = [
    ['(', ')'],
    ['[', ']'],
    ['“', '”'],
    ['«', '»'],
  ];
  for (const [o, c] of pairs) {
    let n = 0;
    for (const ch of text) {
      if (ch === o) n++;
      else if (ch === c) n--;
    }
    out.set(o, n);
  }
  out.set('"', (text.match(/"/g) ?? []).length % 2);
  return out;
}

export function checkHygiene(after: string, options: HygieneOptions = {}): HygieneReport {
  requireString(after, 'checkHygiene()', 'after');
  requireOptions(options, 'checkHygiene()');
  if (options.before !== undefined) requireString(options.before, 'checkHygiene()', 'options.before');
  const before = options.before;
  let defects = find(after);
  if (before !== undefined) {
    // Keep defects whose surroundings are new; the input's own defects are not the rewrite's.
    defects = defects.filter((d) => {
      const near = after.slice(Math.max(0, d.start - 3), Math.min(after.length, d.end + 3));
      return !before.includes(near);
    });
  }
  const ia = imbalance(after);
  const ib = before !== undefined ? imbalance(before) : undefined;
  for (const [k, v] of ia) {
    const was = ib?.get(k) ?? 0;
    if (v !== was) defects.push({ kind: 'unbalanced', start: 0, end: 0, context: `${k}: ${v} (was ${was})` });
  }
  return { ok: defects.length === 0, defects };
}
