/**
 * English words that are ordinary words, not names: the question `isShoutedWord` asks of a word
 * in capitals ("IMPORTANT" is a word shouted, "ECOWAS" an acronym). The list (17,522 words,
 * 26 kB gzip) is compromise's English lexicon without its names, taken once at build time by
 * scripts/gen-known-words.ts, so that neither Node.js nor a browser loads compromise for it; with
 * it, which of those words are first names (one bit each) and compromise's single-word
 * organisations, for the acronym rules.
 */
import data from './data/en-known-words.json' with { type: 'json' };
import { decodeFrontCoded } from './index.js';

const DATA = data as { words: string; firstNames: string; organizations: string };

let list: string[] | null = null;
let known: Set<string> | null = null;
let names: Set<string> | null = null;
let orgs: Set<string> | null = null;

/** The list's words in its order (decoded once: the first-name bits index into it). */
const words = (): string[] => (list ??= decodeFrontCoded(DATA.words));

/** Whether a lower-case word is in the list and a first name compromise lists ("viktor", "dmitry"). */
export function isKnownFirstName(lower: string): boolean {
  if (!names) {
    const bits = Uint8Array.from(atob(DATA.firstNames), (c) => c.charCodeAt(0));
    names = new Set(words().filter((_, i) => ((bits[i >> 3] ?? 0) >> (i & 7)) & 1));
  }
  return names.has(lower);
}

/** Whether a lower-case word is in the list. */
export function isKnownEnglishWord(lower: string): boolean {
  known ??= new Set(words());
  return known.has(lower);
}

/** Whether a lower-case word is one of compromise's single-word organisations ("aig", "nasa", "hsbc"). */
export function isKnownOrganization(lower: string): boolean {
  orgs ??= new Set(decodeFrontCoded(DATA.organizations));
  return orgs.has(lower);
}
