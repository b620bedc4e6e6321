/**
 * A version's first sentence names what it speaks of (English). When the release defines a thing
 * in a sentence the version leaves out ("… discussed the DPRK’s February 26 and March 4 ballistic
 * missile launches, which …") and the version opens on a later sentence that only says "the
 * launches" ("Special Representative Kim strongly condemned the launches."), the reader of a post
 * cannot tell which. The release's own fuller noun phrase, word for word from its first mention,
 * takes the place of the bare one: "… condemned the DPRK’s February 26 and March 4 ballistic
 * missile launches." (pool: the U.S.-Japan-ROK trilateral call of March 14, 2022, read blind).
 * Nothing is reworded; the verifier passes the sentence or it stays as it was.
 */
import { tagWords } from '@attache/core';
import { escapeRe } from '../text.js';

/** Most words between the determiner and the noun in the release's phrase. */
const MAX_MODIFIERS = 9;

/**
 * `line` with its first bare "the <plural noun>" given the release's first, fuller mention of the
 * same noun, or null when there is none to give. The fuller phrase must add something specific (a
 * name, a number or a date: "the DPRK’s … launches", "the 2022 elections"), hold no verb, no
 * pronoun and no preposition, and not be in the line already. Null for a line with a quotation.
 */
export function fullerMention(line: string, input: string): string | null {
  // never inside a quotation: a quotation stays word for word
  if (/[“”"]/u.test(line)) return null;
  const bare = /\bthe\s(\p{Ll}[\p{Ll}-]{2,}s)\b/u.exec(line);
  if (!bare) return null;
  const noun = bare[1]!;
  const re = new RegExp(
    `\\b(?:the|The)\\s((?:[^\\s,;:.()“”"?!]+\\s){1,${MAX_MODIFIERS}}?)${escapeRe(noun)}(?![\\p{L}-])`,
    'gu',
  );
  for (const m of input.matchAll(re)) {
    const mods = m[1]!.trim();
    const words = mods.split(/\s+/u);
    // (the nearest "the": "the … of the launches" reads as the last determiner's phrase)
    if (words.some((w) => /^(?:the|a|an)$/iu.test(w))) continue;
    if (!/\p{Lu}|\d/u.test(mods)) continue;
    const tags = tagWords(words.map((w) => w.replace(/[’']s$/u, '')));
    if (
      tags.some(
        (t, i) =>
          /^(?:verb|aux|pron|prep|det|art)$/.test(t.pos) &&
          !/^(?:and|or)$/iu.test(words[i]!) &&
          // a participle before its noun is an adjective ("deployed forces"); a capitalised word is a name
          !(/ed$/u.test(words[i]!) || /^\p{Lu}/u.test(words[i]!)),
      )
    )
      continue;
    const phrase = `the ${mods} ${noun}`;
    // (what the phrase adds the line may say already: "the resolution of the crisis in the
    // Anglophone regions" needs no "Anglophone crisis")
    const specific = words.filter((w) => /\p{Lu}|\d/u.test(w)).map((w) => w.replace(/[’']s$/u, ''));
    if (
      line.includes(phrase) ||
      specific.some((w) => new RegExp(`(?<![\\p{L}\\d])${escapeRe(w)}(?![\\p{L}\\d])`, 'u').test(line))
    )
      return null;
    return line.slice(0, bare.index) + phrase + line.slice(bare.index + bare[0].length);
  }
  return null;
}
