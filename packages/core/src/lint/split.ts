/**
 * Where a long sentence can be cut in two, for sentence-length: a press officer acts on "this
 * sentence is long" when it holds two ideas that come apart cleanly, not when it is one idea with
 * a list ("support freedom, respect national sovereignty, and protect human rights") or a title
 * glued to its verb. `needsSplit` says whether the sentence has a cut point leaving at least
 * `minPart` words on each side, a cut point being where a second clause starts:
 *
 * - a semicolon (unless a colon before it opened a list: "присуждены: А…; Б…; В…");
 * - a comma followed by a clause opener: a relative ("which", "who", "который"), a subordinator
 *   ("while", "although", "поскольку", "так как"), "including" / "в том числе" / "включая",
 *   "but" / "а" / "но" / "однако" / "а также", "as well as", "many of which"; an -ing clause
 *   ("…, recognizing the importance of…") that is not an item of a list of -ing items; a Russian
 *   adverbial participle (деепричастие) when the morphology is loaded;
 * - ", and" / ", и" that does not end a serial list (no short comma-separated item before it);
 * - "and" + a finite verb, a second predicate of the same subject ("condemned the launches and
 *   urged the DPRK to return…"), in Russian "и" + a finite verb when the morphology is loaded.
 *
 * Colons, dashes and brackets are not cut points: what follows them is a list, an apposition or an
 * aside. On the dev sample (scripts/eval/lint-labels/baseline.jsonl) this keeps 23 of the 30 long
 * English sentences a press officer would split and drops 23 of the 24 they would leave.
 */
import { tagWords } from '../pos/index.js';
import { russianMorphology } from '../morph/ru.js';
import type { LanguageCode } from '../schema.js';
import type { Token } from '../text/tokenize.js';
import { norm } from './morph.js';

/** Fewest words on each side of a cut (a part of 7 words or fewer is a tail, not a sentence). */
export const MIN_PART = 8;

const EN_OPENERS = new Set([
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'while',
  'whereas',
  'although',
  'though',
  'including',
  'but',
  'because',
  'yet',
  'so',
  'thereby',
]);

const RU_OPENERS = new Set([
  'где',
  'куда',
  'откуда',
  'когда',
  'хотя',
  'поскольку',
  'однако',
  'причем',
  'но',
  'а',
  'чтобы',
  'что',
  'включая',
  'если',
]);

/** Two-word openers: "as well as", "в том числе", "так как", "при этом", "а также". */
const EN_PAIRS = new Set(['as well', 'as part']);
const RU_PAIRS = new Set(['в том', 'так как', 'при этом', 'а также', 'в результате', 'в частности']);

/** "many of which", "some of whom", "most of which". */
const OF_WHICH = /^(?:many|some|most|all|each|both|none|several|one|two|few|much)$/;

const FINITE_AUX = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'remains',
  'continues',
]);

function gapKind(gap: string): 'space' | 'comma' | 'semicolon' | 'other' {
  // A closing bracket or quotation mark before the comma: "(PRC), including".
  const g = gap.trim().replace(/^[)\]»”"’]+(?=[,;])/u, '');
  if (g === '') return 'space';
  if (g === ',') return 'comma';
  if (g === ';') return 'semicolon';
  return 'other';
}

/**
 * Does the sentence (its word tokens, offsets into `text`) have a point where it can be cut into
 * two parts of at least `minPart` words, the second starting a clause of its own?
 */
export function needsSplit(
  text: string,
  toks: readonly Token[],
  language: LanguageCode,
  minPart: number = MIN_PART,
): boolean {
  return splitAt(text, toks, language, minPart) >= 0;
}

/** The first token index where the sentence can be cut (see `needsSplit`), or -1. */
export function splitAt(
  text: string,
  toks: readonly Token[],
  language: LanguageCode,
  minPart: number = MIN_PART,
): number {
  const n = toks.length;
  if (n < 2 * minPart) return -1;
  const lower = toks.map((t) => norm(t.text));
  const gaps = toks.map((t, i) => (i === 0 ? '' : text.slice(toks[i - 1]!.end, t.start)));
  const kinds = gaps.map(gapKind);
  let tags: (string | undefined)[] | null = null;
  const tag = (i: number): string | undefined => {
    if (!tags) {
      tags = [];
      for (const t of tagWords(toks.map((x) => x.text))) if (tags[t.index] === undefined) tags[t.index] = t.pos;
    }
    return tags[i];
  };
  const morph = language === 'ru' ? russianMorphology() : undefined;
  const ruPos = (i: number): string | null | undefined => morph?.parse(lower[i]!)[0]?.pos;
  // A list after a colon: its semicolons separate items.
  const colonAt = gaps.findIndex((g) => g.includes(':'));
  // The comma before token i closes a short item of a list ("A, B, and C").
  const prevComma = (i: number): number => {
    for (let k = i - 1; k > 0; k--) if (kinds[k] === 'comma' || kinds[k] === 'semicolon') return k;
    return -1;
  };
  const listItemBefore = (i: number): boolean => {
    const p = prevComma(i);
    return p > 0 && i - p <= 4;
  };
  const ing = (i: number): boolean => i < n && /ing$/.test(lower[i]!) && lower[i]!.length > 5;
  // ", and working …" closing a list whose items start with -ing words ("…, forging …, and working …").
  const ingItems = (i: number): boolean => {
    if (!ing(i + 1)) return false;
    for (let k = 1; k < i; k++) if (kinds[k] === 'comma' && ing(k)) return true;
    return false;
  };
  // An -ing word after a comma that is one of a list of -ing items.
  const ingList = (i: number): boolean => {
    const p = prevComma(i);
    if (p > 0 && (ing(p) || (lower[p] === 'and' && ing(p + 1)))) return true;
    for (let k = i + 1; k < n; k++) if (kinds[k] === 'comma') return ing(k) || (lower[k] === 'and' && ing(k + 1));
    return false;
  };

  const cutAt = (i: number): boolean => {
    const w = lower[i]!;
    const pair = i + 1 < n ? `${w} ${lower[i + 1]}` : '';
    const kind = kinds[i];
    if (kind === 'semicolon') return colonAt < 0 || colonAt > i;
    if (language === 'en') {
      if (kind === 'comma') {
        if (EN_OPENERS.has(w) || EN_PAIRS.has(pair)) return true;
        if (OF_WHICH.test(w) && lower[i + 1] === 'of' && /^(?:which|whom)$/.test(lower[i + 2] ?? '')) return true;
        if ((w === 'and' || w === 'or') && !listItemBefore(i) && !(colonAt >= 0 && colonAt < i) && !ingItems(i))
          return true;
        if (ing(i) && tag(i) === 'verb' && !ingList(i)) return true;
        return false;
      }
      if (kind === 'space' && (w === 'and' || w === 'but') && i + 1 < n) {
        const v = lower[i + 1]!;
        if (FINITE_AUX.has(v)) return true;
        return tag(i + 1) === 'verb' && !ing(i + 1) && /(?:s|ed)$/.test(v) && !/ss$/.test(v);
      }
      return false;
    }
    if (language === 'ru') {
      if (kind === 'comma') {
        if (w.startsWith('котор') || RU_OPENERS.has(w) || RU_PAIRS.has(pair)) return true;
        if (w === 'и' && !listItemBefore(i)) return true;
        if (ruPos(i) === 'GRND') return true;
        return false;
      }
      if (kind === 'space' && (w === 'и' || pair === 'а также') && i + 1 < n) {
        const v = w === 'и' ? i + 1 : i + 2;
        return v < n && ruPos(v) === 'VERB';
      }
      return false;
    }
    // Other languages: a semicolon, or a comma before a clause (not a short list item).
    return kind === 'comma' && !listItemBefore(i) && i - prevComma(i) > minPart;
  };

  for (let i = minPart; i <= n - minPart; i++) if (kinds[i] !== 'other' && cutAt(i)) return i;
  return -1;
}
