/**
 * Word-level counts for the readability formulas.
 *
 * `countWords(words, language, sentenceStartIndexes?)` takes the word and number tokens of a text
 * (from `tokenize()`; punctuation tokens are ignored) and returns every count of `Counts` except
 * `sentences` and `paragraphs`, which come from segmentation.
 *
 * Definitions (choices documented here, sources in brackets):
 * - words: word and number tokens. Numbers count as words, as Flesch (1949) instructs ("count
 *   figures and symbols as words") and as textstat does.
 * - syllables: `syllables(token, language)`; numbers as read aloud (`syllables/numbers.ts`).
 * - letters: letters and digits in words (Coleman–Liau counts letters; ARI "characters" are
 *   letters and digits in Smith & Senter 1967).
 * - characters: code points of the word tokens, inner apostrophes and hyphens included.
 * - polysyllables: 3+ syllables (McLaughlin 1969). monosyllables: exactly one syllable.
 * - longWords: more than six letters (Björnsson 1968, LIX).
 * - miniWords: at most three characters (McAlpine 2006 "mini-words"; textstat's count_miniwords).
 * - complexWords, English (Gunning 1952): 3+ syllables, except
 *   (a) capitalised words that do not start a sentence (proper nouns and acronyms), when
 *       `sentenceStartIndexes` is given — without it capitalisation is not used;
 *   (b) words that reach three syllables only through -es, -ed or -ing ("created", "trespasses",
 *       "creating"): the word without the ending has at most two syllables;
 *   (c) hyphenated compounds whose every part has at most two syllables ("well-being");
 *   (d) numbers.
 *   French and Spanish use (a), (c), (d); German (a) is skipped because every noun is capitalised.
 *   Russian: words of four or more syllables, the "complex words" of ruTS (COMPLEX_SYL_FACTOR = 4),
 *   on which its Russian SMOG constants were fitted.
 * - difficultWords, English only: words of two or more syllables (textstat's threshold: one-syllable
 *   words are never difficult) that are not on the New Dale–Chall list of familiar words
 *   (npm `dale-chall`), after the inflection rules of Chall & Dale (1995): regular plurals and
 *   possessives (-s, -es, -ies → -y, -'s), -ed/-ied, -ing, -er/-est, -ly. Capitalised words that
 *   do not start a sentence count as familiar (Dale–Chall: names of people and places). Numbers are
 *   familiar. textstat checks only the bare list (so "doing", "puzzles" are difficult there).
 */
import { daleChall } from 'dale-chall';
import type { Counts, LanguageCode } from './schema.js';
import type { Token } from './text/tokenize.js';
import { syllables } from './syllables/index.js';

export type WordCounts = Omit<Counts, 'sentences' | 'paragraphs'>;

let familiar: Set<string> | undefined;

function familiarWords(): Set<string> {
  if (!familiar) familiar = new Set(daleChall.map((w) => w.toLowerCase()));
  return familiar;
}

/** Is `word` (lower case) on the Dale–Chall list, directly or through a regular inflection? */
export function isFamiliarEn(word: string): boolean {
  const list = familiarWords();
  const w = word.toLowerCase().replace(/[’ʼ]/g, "'");
  if (list.has(w)) return true;
  const base = w.replace(/'s$|s'$/, '');
  if (base !== w && (list.has(base) || isFamiliarEn(base))) return true;
  const candidates: string[] = [];
  const add = (stem: string): void => {
    if (stem.length >= 2) candidates.push(stem);
  };
  if (base.endsWith('ies')) add(base.slice(0, -3) + 'y');
  if (base.endsWith('es')) add(base.slice(0, -2));
  if (base.endsWith('s')) add(base.slice(0, -1));
  if (base.endsWith('ied')) add(base.slice(0, -3) + 'y');
  if (base.endsWith('ed')) {
    add(base.slice(0, -2));
    add(base.slice(0, -1));
    if (/(.)\1ed$/.test(base)) add(base.slice(0, -3));
  }
  if (base.endsWith('ing')) {
    add(base.slice(0, -3));
    add(base.slice(0, -3) + 'e');
    if (/(.)\1ing$/.test(base)) add(base.slice(0, -4));
  }
  for (const suffix of ['er', 'est']) {
    if (!base.endsWith(suffix)) continue;
    const stem = base.slice(0, -suffix.length);
    add(stem);
    add(stem + 'e');
    if (stem.endsWith('i')) add(stem.slice(0, -1) + 'y');
    if (/(.)\1$/.test(stem)) add(stem.slice(0, -1));
  }
  if (base.endsWith('ly')) {
    add(base.slice(0, -2));
    if (base.endsWith('ily')) add(base.slice(0, -3) + 'y');
  }
  return candidates.some((c) => list.has(c));
}

function isCapitalised(text: string): boolean {
  const first = [...text][0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}

function letterCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/** Gunning's suffix rule: is this 3-syllable word made so only by -es, -ed or -ing? */
function onlyBySuffix(text: string, count: number, language: LanguageCode): boolean {
  if (language !== 'en' || count !== 3) return false;
  const m = /^(.+?)(es|ed|ing)$/i.exec(text);
  if (!m) return false;
  return syllables(m[1]!, language) <= 2;
}

/** What `countWords` needs to know of one word, apart from where it stands. */
interface WordFacts {
  syllables: number;
  letters: number;
  characters: number;
  capitalised: boolean;
  /** Complex (Gunning; Russian: 4+ syllables) unless it is a proper noun or a number. */
  complex: boolean;
  /** Difficult (Dale–Chall, English) unless it is a proper noun or a number. */
  difficult: boolean;
}

const FACTS_LIMIT = 20_000;
const factsCache = new Map<LanguageCode, Map<string, WordFacts>>();

/** The facts of a word, cached per language: they depend on the word's text alone. */
function wordFacts(text: string, language: LanguageCode): WordFacts {
  let cache = factsCache.get(language);
  if (!cache) factsCache.set(language, (cache = new Map()));
  let f = cache.get(text);
  if (f) return f;
  const n = syllables(text, language);
  let complex = false;
  let difficult = false;
  if (language === 'ru') complex = n >= 4;
  else if (n >= 3) {
    const parts = text.split(/[-‐/]+/).filter((p) => p.length > 0);
    const easyCompound = parts.length > 1 && parts.every((p) => syllables(p, language) <= 2);
    complex = !easyCompound && !onlyBySuffix(text, n, language);
  }
  if (language === 'en' && n >= 2) {
    const parts = text.split(/[-‐/]+/).filter((p) => /\p{L}/u.test(p));
    difficult = parts.length > 0 && !parts.every((p) => isFamiliarEn(p));
  }
  f = {
    syllables: n,
    letters: letterCount(text),
    characters: [...text].length,
    capitalised: isCapitalised(text),
    complex,
    difficult,
  };
  if (cache.size >= FACTS_LIMIT) cache.clear();
  cache.set(text, f);
  return f;
}

export function countWords(words: Token[], language: LanguageCode, sentenceStartIndexes?: Set<number>): WordCounts {
  const out: WordCounts = {
    words: 0,
    syllables: 0,
    letters: 0,
    characters: 0,
    polysyllables: 0,
    monosyllables: 0,
    longWords: 0,
    complexWords: 0,
    miniWords: 0,
    difficultWords: 0,
  };
  for (let i = 0; i < words.length; i++) {
    const tok = words[i]!;
    if (tok.kind === 'punct') continue;
    const f = wordFacts(tok.text, language);
    const n = f.syllables;
    out.words++;
    out.syllables += n;
    out.letters += f.letters;
    out.characters += f.characters;
    if (n >= 3) out.polysyllables++;
    if (n === 1) out.monosyllables++;
    if (f.letters > 6) out.longWords++;
    if (f.characters <= 3) out.miniWords++;
    if (tok.kind === 'number') continue;
    const properNoun = sentenceStartIndexes !== undefined && !sentenceStartIndexes.has(i) && f.capitalised;
    // German nouns are all capitalised: there a capital does not exempt a word from being complex.
    if (f.complex && (language === 'ru' || language === 'de' || !properNoun)) out.complexWords++;
    if (f.difficult && !properNoun) out.difficultWords++;
  }
  return out;
}
