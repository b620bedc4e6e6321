/**
 * Acronyms in a text: where each is used and where (if anywhere) it is spelled out. Shared by
 * `acronym-definition` (conditional: an acronym used before it is spelled out) and `all-caps`
 * (defined or well-known acronyms are not shouting).
 *
 * An acronym counts as spelled out at the first of:
 * - "Full Name (ACR)": the acronym in parentheses after words;
 * - "ACR (Full Name)": the acronym followed by a parenthesis of two words or more;
 * - words earlier in the text whose initials spell it ("Organization for Security and
 *   Co-operation in Europe … OSCE"), skipping little words ("of", "and", "и", "по").
 */
import nlp from 'compromise/two';
import type { LanguageCode } from '../../schema.js';
import type { Token } from '../../text/tokenize.js';
import { norm } from '../morph.js';
import type { LintSentence, RuleContext } from '../types.js';
import { isRoman, words } from '../util.js';

export interface AcronymUse {
  acronym: string;
  token: Token;
  sentence: LintSentence;
  /** Index of the token in the document's token list. */
  index: number;
}

export interface AcronymInfo {
  uses: AcronymUse[];
  /** acronym → document token index where it is spelled out. */
  defined: Map<string, number>;
  /** All the document's word tokens, in order, with their sentence. */
  tokens: { token: Token; sentence: LintSentence }[];
}

const LITTLE = new Set([
  'of',
  'for',
  'and',
  'the',
  'on',
  'in',
  'to',
  'at',
  'by',
  'a',
  'an',
  '&',
  'de',
  'du',
  'des',
  'la',
  'le',
  'et',
  'der',
  'die',
  'und',
  'für',
  'y',
  'del',
  'и',
  'по',
  'в',
  'на',
  'для',
  'с',
  'о',
  'об',
  'при',
  'из',
]);

/** The acronym a token stands for ("NGOs" → "NGO", "МИДа" → "МИД"), or null. */
export function acronymOf(text: string): string | null {
  let t = text.replace(/['’]s$/, '');
  // English plural, Russian case endings written after the capitals: NGOs, МИДа, ООНу.
  const m = /^([\p{Lu}\d&-]+?)(s|[а-яё]{1,3})$/u.exec(t);
  if (m && /\p{Lu}.*\p{Lu}/u.test(m[1]!)) t = m[1]!;
  if (!/^[\p{Lu}\d][\p{Lu}\d&-]*$/u.test(t)) return null;
  const letters = t.match(/\p{Lu}/gu)?.length ?? 0;
  if (letters < 2 || letters > 8) return null;
  if (isRoman(t)) return null;
  return t;
}

let lexicon: Record<string, string | string[]> | null = null;
const NAME_TAGS = /^(?:Organization|Acronym|ProperNoun|Place|Country|City|Person|FirstName|LastName)$/;

/**
 * Is a word in capitals an ordinary word shouted ("IMPORTANT", «ВНИМАНИЕ») rather than an
 * acronym (ECOWAS)? English: compromise's lexicon knows the word (and not as a name). Russian:
 * the word ends like an inflected word (-ие, -ия, -ость, -ение, -ый, -ая, -но…).
 */
export function looksLikeWord(word: string, language: LanguageCode): boolean {
  const w = word.toLowerCase();
  if (language === 'en') {
    lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
    const tag = lexicon[w];
    if (tag === undefined) return false;
    return !(Array.isArray(tag) ? tag : [tag]).some((t) => NAME_TAGS.test(t));
  }
  if (language === 'ru') return /(?:ие|ия|ий|ость|ение|ание|ый|ая|ое|ые|ов|ами|ать|ить|но|ся)$/.test(w);
  return false;
}

const cache = new WeakMap<RuleContext['sentences'], AcronymInfo>();

export function acronymInfo(ctx: RuleContext): AcronymInfo {
  const hit = cache.get(ctx.sentences);
  if (hit) return hit;
  const text = ctx.prose.text;
  const tokens: { token: Token; sentence: LintSentence }[] = [];
  for (const s of ctx.sentences) for (const t of words(ctx, s)) tokens.push({ token: t, sentence: s });
  const uses: AcronymUse[] = [];
  const defined = new Map<string, number>();
  const define = (acr: string, at: number): void => {
    if (!defined.has(acr)) defined.set(acr, at);
  };
  const shout = new Map<LintSentence, boolean>();
  for (let i = 0; i < tokens.length; i++) {
    const { token, sentence } = tokens[i]!;
    // Cheap test first: acronyms have an upper-case second character (or digit).
    const c1 = token.text.charAt(1);
    if (!c1 || c1 === c1.toLowerCase()) continue;
    const a = acronymOf(token.text);
    if (!a) continue;
    if (a.length > 5 && looksLikeWord(a, ctx.language)) continue;
    let sh = shout.get(sentence);
    if (sh === undefined) shout.set(sentence, (sh = shouting(sentence)));
    if (sh) continue;
    // A word in a run of capitals ("PLEASE NOTE") is shouting, not an acronym.
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const capsNeighbour = (
      o: { token: Token; sentence: LintSentence } | undefined,
      from: number,
      to: number,
    ): boolean =>
      !!o &&
      o.sentence === sentence &&
      /^[\p{Lu}\d-]+$/u.test(o.token.text) &&
      /\p{Lu}.*\p{Lu}/u.test(o.token.text) &&
      /^[\s\u00a0]+$/.test(text.slice(from, to));
    if (
      capsNeighbour(prev, prev?.token.end ?? 0, token.start) ||
      capsNeighbour(next, token.end, next?.token.start ?? 0)
    )
      continue;
    const before = text.slice(Math.max(sentence.start, token.start - 3), token.start);
    const after = text.slice(token.end, Math.min(sentence.end, token.end + 3));
    if (/\(\s*$/.test(before) && i > 0) {
      define(a, i);
      continue;
    }
    if (/^\s*\(/.test(after)) {
      const close = text.indexOf(')', token.end);
      const inner = close > 0 ? text.slice(text.indexOf('(', token.end) + 1, close) : '';
      if (close > 0 && close <= sentence.end && inner.trim().split(/\s+/).length >= 2) define(a, i);
    }
    uses.push({ acronym: a, token, sentence, index: i });
  }
  // Spelled out by initials earlier in the text.
  const firstUse = new Map<string, number>();
  for (const u of uses) if (!firstUse.has(u.acronym)) firstUse.set(u.acronym, u.index);
  const initials: string[] = [];
  const normed: string[] = [];
  if (firstUse.size > 0)
    for (const t of tokens) {
      const w = norm(t.token.text);
      normed.push(w);
      initials.push(w.charAt(0));
    }
  for (const [a, first] of firstUse) {
    const letters = [...a.replace(/[^\p{L}]/gu, '').toLowerCase()];
    if (letters.length < 2) continue;
    const limit = Math.min(first, defined.get(a) ?? first);
    for (let k = 0; k < limit; k++) {
      if (initials[k] === letters[0] && spells(tokens, normed, k, limit, letters)) {
        define(a, k);
        break;
      }
    }
  }
  const info = { uses, defined, tokens };
  cache.set(ctx.sentences, info);
  return info;
}

function spells(
  tokens: { token: Token; sentence: LintSentence }[],
  normed: string[],
  k: number,
  limit: number,
  letters: string[],
): boolean {
  const first = tokens[k]!;
  let li = 0;
  let j = k;
  while (li < letters.length && j < limit) {
    const tk = tokens[j]!;
    if (tk.sentence !== first.sentence) return false;
    const w = normed[j]!;
    if (LITTLE.has(w) && w.charAt(0) !== letters[li]) {
      j++;
      continue;
    }
    if (w.charAt(0) !== letters[li]) return false;
    li++;
    j++;
  }
  return li === letters.length;
}

/** A heading or line in capitals: that is all-caps' business, not an acronym's. */
function shouting(s: LintSentence): boolean {
  const upper = s.text.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = s.text.match(/\p{Ll}/gu)?.length ?? 0;
  return upper >= 12 && upper > 2 * lower;
}
