/**
 * German syllables by vowel nuclei. A run of vowel letters (a e i o u ä ö ü y) is read left to
 * right; the digraphs ei, ey, ai, ay, au, eu, äu, ie, aa, ee, oo (diphthongs and long vowels,
 * Duden "Die Grammatik", Laut und Lautschrift) take one nucleus, any other pair is a hiatus
 * ("The-a-ter", "Si-tu-a-ti-on"). The u of "qu" is a consonant. Words without a vowel letter are
 * spelled out; numbers are read aloud (`numbers.ts`).
 */
import { countToken, letterCount } from './common.js';

const VOWEL = /[aeiouyäöü]/;
const DIGRAPHS = new Set(['ei', 'ey', 'ai', 'ay', 'au', 'eu', 'äu', 'ie', 'aa', 'ee', 'oo']);

function deWord(word: string): number {
  const w = word.toLowerCase().replace(/qu/g, 'qv');
  if (!/[aeiouyäöüéèàáâ]/.test(w)) return letterCount(w);
  const v = w.replace(/[éèê]/g, 'e').replace(/[àáâ]/g, 'a');
  let count = 0;
  let i = 0;
  while (i < v.length) {
    if (!VOWEL.test(v[i]!)) {
      i++;
      continue;
    }
    count++;
    if (i + 1 < v.length && DIGRAPHS.has(v[i]! + v[i + 1]!)) i += 2;
    else i += 1;
  }
  return Math.max(1, count);
}

export function syllablesDe(word: string): number {
  return countToken(word, 'de', deWord);
}
