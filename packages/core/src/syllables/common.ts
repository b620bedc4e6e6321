/**
 * What every language's counter does the same way: tokens without a letter or digit (0),
 * figures written in digits (one syllable per run of digits, see `index.ts`), compounds joined by hyphens or slashes
 * (the sum of their parts), tokens mixing letters and digits ("G20": each run counted), and words
 * without a vowel letter, which are spelled out (one syllable per letter: "СНГ", "PS").
 */
import type { LanguageCode } from '../schema.js';

export function countToken(word: string, language: LanguageCode, countWord: (word: string) => number): number {
  const raw = word.normalize('NFC');
  if (!/[\p{L}\p{N}]/u.test(raw)) return 0;
  if (/^[\d.,\u00a0\u202f ]+$/.test(raw)) return 1;
  const parts = raw.split(/[-‐‑/]+/).filter((p) => p.length > 0);
  if (parts.length > 1) {
    let sum = 0;
    for (const p of parts) sum += countToken(p, language, countWord);
    return sum;
  }
  if (/\p{N}/u.test(raw)) {
    let sum = 0;
    for (const m of raw.matchAll(/(\p{N}+|\p{L}+)/gu)) {
      sum += /\p{N}/u.test(m[0]) ? 1 : countToken(m[0], language, countWord);
    }
    return Math.max(1, sum);
  }
  return Math.max(1, countWord(raw));
}

/** Number of letters of a word, for spelling out a word without vowels. */
export function letterCount(word: string): number {
  return [...word.replace(/[^\p{L}]/gu, '')].length;
}
