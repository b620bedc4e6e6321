/**
 * Russian syllables: one per vowel letter (а е ё и о у ы э ю я, either case), the rule of ruTS
 * (`ruts/utils.py` count_syllables) and of Russian school phonetics. Differences from ruTS:
 * - a word with letters but no vowel ("в", "к", "с") counts 1, not 0, so that every word
 *   carries at least one syllable (ruTS gives 0; its test text has two such words);
 * - capital abbreviations read letter by letter ("США", "ФСБ", "РФ") count one syllable per letter
 *   when fewer than half their letters are vowels ("ООН" is read as a word: 2);
 * - Latin-script words inside Russian text ("COVID", "Telegram") use the English counter;
 * - numbers are read aloud as Russian cardinals (`numbers.ts`).
 */
import { countToken, letterCount } from './common.js';
import { syllablesEn } from './en.js';

const VOWELS = /[аеёиоуыэюя]/giu;

function ruWord(word: string): number {
  if (!/\p{Script=Cyrillic}/u.test(word)) return syllablesEn(word);
  const letters = letterCount(word);
  const vowels = (word.match(VOWELS) ?? []).length;
  const caps = letters >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
  if (caps && vowels < letters / 2) return letters;
  return Math.max(1, vowels);
}

export function syllablesRu(word: string): number {
  return countToken(word, 'ru', ruWord);
}
