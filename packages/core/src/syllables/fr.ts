/**
 * French syllables (spoken, not poetic count) by vowel groups:
 * - a run of vowel letters (a e i o u y and accented forms, œ æ) is one syllable: "ai", "eau",
 *   "oi", "ou", "eu", "œu" are single vowels and i/u/ou before a vowel are glides ("na-tion",
 *   "lui", "oui");
 * - a hiatus splits the run: an accented é before another vowel ("cré-er", "thé-â-tre"), a vowel
 *   before a diaeresis ï ë ü ("ma-ïs", "No-ël"), and y between vowels ("moy-en", "pay-er");
 * - final silent e: "-e" and "-es" after a consonant are mute ("pays-sage" aside: "grande" is one
 *   syllable, "grandes" too) when the word has another vowel group; "-ent" is kept (nouns and
 *   adverbs in "-ment", "-dent" are common in official text; third-person plural verbs are
 *   counted one syllable too many);
 * - the u of "qu" and of "gu" before e/i is silent.
 * Words without a vowel letter are spelled out; numbers are read aloud (`numbers.ts`).
 */
import { countToken, letterCount } from './common.js';

const VOWEL = /[aeiouyàâäéèêëîïôöùûüÿœæ]/;

function frWord(word: string): number {
  let w = word.toLowerCase().replace(/[’']/g, "'");
  // Elided articles and pronouns ("l'État", "d'un", "qu'il") belong to the next word's syllables.
  w = w.replace(/^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)'/, '');
  w = w.replace(/qu/g, 'qv').replace(/gu(?=[eéèêiîy])/g, 'gv');
  if (!VOWEL.test(w)) return letterCount(w);
  let count = 0;
  let prev = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    if (!VOWEL.test(ch)) {
      prev = '';
      continue;
    }
    if (prev === '') count++;
    else if (prev === 'é' || /[ïëü]/.test(ch)) count++;
    else if (prev === 'y' && i >= 2 && VOWEL.test(w[i - 2]!)) count++;
    prev = ch;
  }
  // Mute final e / es after a consonant.
  const mute = /[^aeiouyàâäéèêëîïôöùûüÿœæ](e|es)$/.test(w) && count > 1;
  if (mute) count--;
  return Math.max(1, count);
}

export function syllablesFr(word: string): number {
  return countToken(word, 'fr', frWord);
}
