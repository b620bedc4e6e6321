/**
 * A sentence that says again what the version has already said: once the lead names the trip and
 * what each stop is for, "On May 14, the Secretary will travel to Berlin." adds only a date (a
 * blind reading of unseen pool items, seed 9191: a travel announcement's thread went on "On May 14,
 * the Secretary will travel to Berlin. On May 15, the Secretary will travel to Paris. …" after a
 * lead that had said both). A version summarises; a sentence whose content words the lines before
 * it already hold, but for a date or a figure, is left out, with a note. Speech is never left out this way (a
 * quotation is the speaker's, not a repeat).
 */
import { contentStems } from './title-words.js';

/** Content words of a sentence, hyphenated ones also by their parts ("Paris-Saclay": paris, saclay). */
function stems(text: string): Set<string> {
  return contentStems(text.replace(/(?<=[\p{L}\p{N}])[-–](?=[\p{L}\p{N}])/gu, ' '));
}

/** Fewest content words a sentence must have to be judged a repeat (shorter ones say too little to tell). */
const MIN_STEMS = 4;

/**
 * The indices of `lines` to keep, in order: the first always; a later line left out when all its
 * content words already occur in the lines kept before it, but for one number. `isSpeech(i)`: never left out.
 */
export function dropRepeats(lines: readonly string[], isSpeech: (i: number) => boolean): number[] {
  const seen = new Set<string>();
  const keep: number[] = [];
  lines.forEach((l, i) => {
    const own = stems(l);
    if (i > 0 && !isSpeech(i) && own.size >= MIN_STEMS) {
      const fresh = [...own].filter((s) => !seen.has(s));
      // (a new date or figure alone is detail: "On May 14, …"; a new person, place or verb is not:
      // "Deputy Secretary McKeon attends meetings …" after "Deputy Secretary Sherman attends meetings …")
      if (fresh.length === 0 || (fresh.length === 1 && /^\d+$/u.test(fresh[0]!))) return;
    }
    keep.push(i);
    for (const s of own) seen.add(s);
  });
  return keep;
}
