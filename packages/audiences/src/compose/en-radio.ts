import { keepsAmounts } from './en-heads.js';
import { fragment } from './select.js';
import { smsHeads } from './sms.js';

/** Words a repeat cut from the lead may hold: a listener who tuned in late hears the point, not the lead again. */
export const AGAIN_MAX_WORDS = 12;
/** A lead this short is said again whole (about twelve words: the heads cut no 13–15-word lead shorter). */
export const AGAIN_WHOLE_MAX = 15;

/** An opening place, time or occasion before the main clause: "In Islamabad, ", "At the beginning of the meeting ". */
const OPENER =
  /^(?:(?:In|At|On|During|From|After)\s(?:[^,“”"]{1,80}?),\s+|At the (?:beginning|start|end) of the \p{L}+\s+|Today,?\s+)(?=\p{L})/u;

const words = (s: string): number => s.split(/\s+/).length;

/**
 * What a radio script says again at its end (English): the news in about twelve words. The lead
 * itself when it has at most fifteen; else the longest faithful head of the lead (or of the lead
 * without its opening place or time: "In Islamabad, …") of five to twelve words, its amounts kept;
 * else nothing (null: the script has no repeat). The whole lead said twice made the script's
 * hardest sentence count twice in its grade, and 20 of the 35 English releases' repeats ran over
 * twelve words (the longest 31) before this limit.
 */
export function againHead(lead: string, ok: (text: string) => boolean): string | null {
  if (words(lead) <= AGAIN_WHOLE_MAX) return lead;
  const bare = lead.replace(OPENER, '');
  const bases = bare !== lead && words(bare) >= 5 ? [lead, bare.charAt(0).toUpperCase() + bare.slice(1)] : [lead];
  const heads = bases
    .flatMap((b) => [b, ...smsHeads(b, 'en')])
    .filter((h) => words(h) >= 5 && words(h) <= AGAIN_MAX_WORDS && keepsAmounts(h, lead) && !fragment(h, 'en'))
    .toSorted((a, b) => b.length - a.length);
  return heads.find((h) => ok(h)) ?? null;
}
