/**
 * Names and titles as one word, for the sentence rules: "Under Secretary of State for Civilian
 * Security Uzra Zeya" or "Министр обороны Андрей Белоусов" is one thing a reader takes in at
 * once, not eight words of polysyllables. A name is a run of two or more capitalised words (or
 * acronyms, dotted forms like "U.S."), joined by spaces or hyphens, with lower-case linking words
 * ("of", "for", "and", "the", "to", "on", "de", "al", "bin") allowed between two capitalised ones.
 * A comma or any other punctuation ends a run.
 */
import { sentenceGrade } from '../readability/index.js';
import type { LanguageCode } from '../schema.js';
import { syllables } from '../syllables/index.js';
import type { Token } from '../text/tokenize.js';
import type { LintSentence } from './types.js';

const LINKS = new Set([
  'of',
  'for',
  'and',
  'the',
  'to',
  'on',
  'de',
  'del',
  'da',
  'al',
  'bin',
  'van',
  'von',
  'la',
  'le',
]);

const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/** Runs of name words in a sentence's word tokens: [from, to) token indexes, two words or more. */
export function nameRuns(text: string, tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!capitalised(tokens[i]!.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    let last = i;
    while (j < tokens.length) {
      const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
      if (!/^(?:[ \u00a0]+|-)$/.test(gap)) break;
      const w = tokens[j]!.text;
      if (capitalised(w)) {
        last = j;
        j++;
      } else if (LINKS.has(w) && j + 1 < tokens.length && capitalised(tokens[j + 1]!.text)) j++;
      else break;
    }
    if (last > i) out.push([i, last + 1]);
    i = last + 1;
  }
  return out;
}

/**
 * The sentence's word count and grade with every name or title counted as one word of at most
 * two syllables, and the share of its words that are in names (a list of people and titles
 * is mostly names). The grade moves by the difference the collapse makes to the language's
 * formula, so a grade set from outside (tests) shifts the same way.
 */
export function collapsedNames(
  text: string,
  s: LintSentence,
  tokens: readonly Token[],
  language: LanguageCode,
): { words: number; grade: number | null; nameShare: number } {
  const runs = nameRuns(text, tokens);
  if (runs.length === 0) return { words: s.words, grade: s.grade, nameShare: 0 };
  let inNames = 0;
  for (const [a, b] of runs) inNames += b - a;
  let syl = 0;
  for (const t of tokens) syl += syllables(t.text, language);
  let words = tokens.length;
  let sylAfter = syl;
  for (const [a, b] of runs) {
    let inRun = 0;
    for (let k = a; k < b; k++) inRun += syllables(tokens[k]!.text, language);
    words -= b - a - 1;
    sylAfter -= inRun - Math.min(2, inRun);
  }
  const merged = tokens.length - words;
  const before = sentenceGrade(tokens.length, syl, language);
  const after = sentenceGrade(words, sylAfter, language);
  const grade = s.grade === null || before === null || after === null ? s.grade : s.grade + (after - before);
  return { words: Math.max(1, s.words - merged), grade, nameShare: tokens.length ? inNames / tokens.length : 0 };
}
