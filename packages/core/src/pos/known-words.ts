/**
 * English words that are ordinary words, not names: the question `isShoutedWord` asks of a word
 * in capitals ("IMPORTANT" is a word shouted, "ECOWAS" an acronym). The list (17,522 words,
 * 26 kB gzip) is compromise's English lexicon without its names, taken once at build time by
 * scripts/gen-known-words.ts, so that neither Node.js nor a browser loads compromise for it.
 */
import data from './data/en-known-words.json' with { type: 'json' };
import { decodeFrontCoded } from './index.js';

let known: Set<string> | null = null;

/** Whether a lower-case word is in the list. */
export function isKnownEnglishWord(lower: string): boolean {
  known ??= new Set(decodeFrontCoded((data as { words: string }).words));
  return known.has(lower);
}
