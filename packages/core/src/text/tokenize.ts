/**
 * Word tokenisation over a range of a string, with exact offsets.
 *
 * A word is a run of letters, marks and digits, joined by an apostrophe, a hyphen or a dot
 * between two such characters ("don't", "well-known", "3.5", "U.S"). Anything else is
 * punctuation or a symbol and is returned only when `withPunctuation` is set.
 */
export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** Offset of the first code unit, in the string that was tokenised. */
  start: number;
  /** Offset after the last code unit (exclusive). */
  end: number;
  text: string;
  kind: TokenKind;
}

// Letters (any script), combining marks, digits; inner joiners: apostrophes, hyphens, dots,
// commas between digits ("1,000"), and the soft hyphen / zero-width joiner inside words.
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’ʼ\-‐.]|,(?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
const PUNCT = /[^\s\p{L}\p{M}\p{N}]/u;
const NUMERIC = /^[\p{N}.,]+$/u;

export function tokenize(text: string, from = 0, to = text.length, withPunctuation = false): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) {
    if (withPunctuation) pushPunct(slice, last, m.index, from, out);
    const word = m[0];
    out.push({
      start: from + m.index,
      end: from + m.index + word.length,
      text: word,
      kind: NUMERIC.test(word) ? 'number' : 'word',
    });
    last = m.index + word.length;
  }
  if (withPunctuation) pushPunct(slice, last, slice.length, from, out);
  return out;
}

function pushPunct(slice: string, a: number, b: number, from: number, out: Token[]): void {
  for (let i = a; i < b; i++) {
    const cp = slice.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (PUNCT.test(ch)) out.push({ start: from + i, end: from + i + ch.length, text: ch, kind: 'punct' });
    if (ch.length === 2) i++;
  }
}
