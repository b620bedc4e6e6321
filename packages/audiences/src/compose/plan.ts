/** What a version is made of per channel and language: labels, how many sentences, the brief as text. */
import type { AudienceId } from '../types.js';
import type { ChannelId } from './channels.js';
import type { Brief } from './types.js';

export { LABELS } from './labels.js';

export const HOW_MANY: Record<ChannelId, number> = {
  x: 5,
  bluesky: 5,
  telegram: 6,
  'telegram-caption': 4,
  instagram: 5,
  notice: 4,
  sms: 1,
  radio: 5,
  plain: 8,
};
/** Sentence length each audience reads best (its target average), for choosing among the release's sentences. */
export const PREFER_WORDS: Record<AudienceId, number> = { youth: 12, rural: 15, foreign: 20 };

export const titleCase = (s: string): string =>
  s.toLowerCase().replace(/(^|[\s.-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/** The words a release spells in mixed case ("McKeon", "O’Brien"), by their lower-case form. */
export function mixedCaseSpellings(input: string): Map<string, string> {
  const spelled = new Map<string, string>();
  for (const m of input.matchAll(/\p{Lu}\p{Ll}+\p{Lu}[\p{L}’'-]*|\p{Lu}['’]\p{Lu}\p{Ll}+/gu))
    if (!spelled.has(m[0].toLowerCase())) spelled.set(m[0].toLowerCase(), m[0]);
  return spelled;
}

/**
 * A speaker label in capitals ("DEPUTY SECRETARY MCKEON") as a reader writes it: title case, each
 * word spelled as the release spells it elsewhere in mixed case (`mixedCaseSpellings`: "McKeon",
 * not "Mckeon"; pool item 1627, a blind reading).
 */
export function labelCase(label: string, spelled: ReadonlyMap<string, string>): string {
  return titleCase(label).replace(/[\p{L}’'-]+/gu, (w) => spelled.get(w.toLowerCase()) ?? w);
}

export function briefText(b: Brief | undefined): string {
  if (!b) return '';
  return [b.affected, b.change, b.action, b.deadline, b.contact, b.link, ...(b.hashtags ?? [])]
    .filter(Boolean)
    .join('\n\n');
}
