/**
 * Acronyms and their definitions in the text itself, from core's `scanAcronyms`: "Defence
 * Science and Technology Laboratory (Dstl)", "Dstl (the Defence Science and Technology
 * Laboratory)", "Министерство иностранных дел (МИД)". Used to spell acronyms out (rural), to
 * expand them at first use and build the glossary (foreign), to check that they are defined
 * (checklists) and to know what the issuing institution calls itself.
 */
import { isShoutedWord, scanAcronyms, type AcronymDefinition, type AcronymScan } from '@attache/core';

export type { AcronymDefinition };

/** A definition whose long form the text gives in a parenthesis, initials checked. */
export type SpelledOut = AcronymDefinition & { long: string };

const cache = new Map<string, AcronymScan>();

/** The acronyms of `text` (cached: the proposers, the checklist and the issuer ask for the same text). */
export function acronymScan(text: string, language: string): AcronymScan {
  const key = `${language}\u0000${text}`;
  let scan = cache.get(key);
  if (scan) return scan;
  scan = scanAcronyms(text, { language, isWord: (w) => isShoutedWord(w, language === 'ru' ? 'ru' : 'en') });
  if (cache.size >= 8) cache.delete(cache.keys().next().value!);
  cache.set(key, scan);
  return scan;
}

/**
 * acronym → its first definition with a capitalised long form in a parenthesis ("Long Form
 * (ACR)" or "ACR (Long Form)"). Long forms found only by initials elsewhere in the text, or in
 * lower case ("dedicated schools grant (DSG)"), are not trusted to replace the acronym.
 */
export function spelledOut(scan: AcronymScan): Map<string, SpelledOut> {
  const out = new Map<string, SpelledOut>();
  for (const d of scan.definitions)
    if (d.long !== null && /^\p{Lu}/u.test(d.long) && d.shape !== 'initials' && !out.has(d.acronym))
      out.set(d.acronym, d as SpelledOut);
  return out;
}

/** The text's own definitions of its acronyms (see `spelledOut`); language guessed from the script when not given. */
export function findDefinitions(text: string, language?: string): Map<string, SpelledOut> {
  return spelledOut(acronymScan(text, language ?? (/[а-яё]/i.test(text) ? 'ru' : 'en')));
}
