/**
 * Small string helpers shared by the proposers (NOT by the meaning lock or the hygiene check,
 * which keep their own code so that they stay independent of what they check).
 */

/** A word: letters/digits joined by inner apostrophes, hyphens or dots ("don't", "U.S", "COVID-19"). */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;

export interface WordToken {
  start: number;
  end: number;
  text: string;
}

/** Word tokens of `text[from, to)`, offsets into `text`. */
export function words(text: string, from = 0, to = text.length): WordToken[] {
  const out: WordToken[] = [];
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    if (m.index + m[0].length > to) break;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

export function countWords(text: string): number {
  return words(text).length;
}

export const isUpperLetter = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
export const isLowerLetter = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();

export function capitalise(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

export function lowerFirst(s: string): string {
  return s.length === 0 ? s : s[0]!.toLowerCase() + s.slice(1);
}

/** Gives `replacement` the case pattern of `original`: Capitalised, ALL CAPS (≥ 2 letters) or as is. */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase();
  }
  if (isUpperLetter(original[0]) && !isUpperLetter(replacement[0])) return capitalise(replacement);
  return replacement;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regex source that matches `phrase` as whole words, with any run of spaces between its words
 * and either apostrophe.
 */
export function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w) => escapeRe(w).replace(/['’]/g, "['’]"))
    .join('[ \\u00a0]+');
}

/** Letter class boundaries that work for Cyrillic too (\b is ASCII-only in JS). */
export const L_BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
export const L_AFTER = '(?![\\p{L}\\p{M}\\p{N}])';

/** Characters that belong to markup in Markdown or HTML: an edit never touches them. */
const MARKUP = /[<>*_[\]`#|\\]/;
export const hasMarkup = (s: string): boolean => MARKUP.test(s);

/** "a" or "an" before `word` (by sound: "an EU", "a UK", "a university", "an hour"). */
export function indefiniteArticle(word: string): 'a' | 'an' {
  if (/^[A-Z0-9.]{2,}$/.test(word.replace(/\./g, '')) && /^[A-Z]/.test(word)) {
    return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  }
  if (/^(hour|honest|honou?r|heir)/i.test(word)) return 'an';
  if (/^(uni|use|usu|eu|one|once|ur|uk)/i.test(word)) return 'a';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
