/**
 * Spanish syllables by vowel nuclei (RAE, Ortografía de la lengua española 2010, §1.4 on
 * diphthongs, triphthongs and hiatus):
 * - strong vowels a e o (and any vowel with a written accent) start a new nucleus next to another
 *   strong vowel: hiatus "le-er", "ca-os", "po-e-ta";
 * - an unaccented weak vowel i u (ü) next to another vowel forms a diphthong or triphthong with it:
 *   "bue-no", "ciu-dad", "buey";
 * - an accented weak vowel í ú breaks the group: "pa-ís", "re-ú-ne", "dí-a";
 * - the u of "que, qui, gue, gui" is silent; final y after a vowel is a vowel ("hoy", "muy"), and
 *   the word "y" is one syllable.
 * Words without a vowel letter are spelled out; numbers are read aloud (`numbers.ts`).
 */
import { countToken, letterCount } from './common.js';

const VOWEL = /[aeiouáéíóúü]/;
const STRONG = /[aeoáéóíú]/; // accented weak vowels behave like strong ones

function isVowelAt(w: string, i: number): boolean {
  const ch = w[i]!;
  if (ch === 'y') {
    // A vowel at the end after a vowel ("hoy", "rey") or alone ("y"); otherwise a consonant.
    return i === w.length - 1 && (i === 0 || VOWEL.test(w[i - 1]!));
  }
  if (ch === 'u' && i > 0 && (w[i - 1] === 'q' || w[i - 1] === 'g') && /[eéií]/.test(w[i + 1] ?? '')) return false;
  return VOWEL.test(ch);
}

function esWord(word: string): number {
  const w = word.toLowerCase();
  if (!/[aeiouyáéíóúü]/.test(w)) return letterCount(w);
  let count = 0;
  let prevVowel: string | null = null;
  for (let i = 0; i < w.length; i++) {
    if (!isVowelAt(w, i)) {
      prevVowel = null;
      continue;
    }
    const ch = w[i] === 'y' ? 'i' : w[i]!;
    if (prevVowel === null) count++;
    else if (STRONG.test(prevVowel) && STRONG.test(ch)) count++; // hiatus
    prevVowel = ch;
  }
  return Math.max(1, count);
}

export function syllablesEs(word: string): number {
  return countToken(word, 'es', esWord);
}
