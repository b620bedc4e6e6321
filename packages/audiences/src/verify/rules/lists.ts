/**
 * A list of names stays one list: "Ko Jimmy, Phyo Zeya Thaw, Hla Myo Aung, and Aung Thura Zaw"
 * cut into "… Hla Myo Aung." / "Aung Thura Zaw for …" tells the reader the last name did
 * something else. Omitting the whole list, or names from it, is a summary; a sentence or post
 * break between two of its names is not. Reads both texts itself (no composer code).
 */
import type { VerifyFinding, VerifyRule } from '../types.js';
import { worded } from '../messages.js';

/** A capitalised name of one to four words ("Aung Thura Zaw", "Saudi Arabia"). */
const NAME = String.raw`\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*){0,3}`;
/** Three names or more, by commas, the last after "and"/"и": a list the release gives whole. */
const LIST = new RegExp(`(?<![\\p{L}])${NAME}(?:, ${NAME}){1,}(?:,? (?:and|и) ${NAME})`, 'gu');
const ITEM = new RegExp(NAME, 'gu');
const BREAK = /[.!?…]["”»’]?\s|\n/u;
/** A full stop, then a word that opens a sentence (not an initial's: "Antony J. Blinken"). */
const SENTENCE_INSIDE = /[.!?] (?:The|A|An|This|These|That|It|In|On|At|We|They|He|She|Our|Its|His|Her)\s/u;

function lists(text: string): string[][] {
  const out: string[][] = [];
  LIST.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LIST.exec(text)) !== null) {
    // a sentence ends inside it: "… in Washington, D.C. The Deputy Secretary and Acting Permanent Secretary …" is no list
    if (SENTENCE_INSIDE.test(m[0])) continue;
    const items = (m[0].match(ITEM) ?? []).filter((x) => x.length > 1);
    if (items.length >= 3) out.push(items);
  }
  return out;
}

export const listsRule: VerifyRule = {
  meta: {
    id: 'lists',
    category: 'altered-fact',
    description:
      'A list of names in the release is not cut by a sentence or post break in the version (names may be left out, not split off).',
    source:
      'issue 12: threads broke names across posts; the Burma statement (State Department pool) split the list of executed activists',
  },
  check(ctx) {
    const out: VerifyFinding[] = [];
    const t = ctx.output.read.text;
    for (const items of lists(ctx.source.read.text)) {
      // the names of the list that the version has, at their first place in it, in the list's order
      let prev: { name: string; end: number } | null = null;
      for (const name of items) {
        const at = t.indexOf(name, prev ? prev.end : 0);
        if (at < 0) continue;
        if (prev) {
          const gap = t.slice(prev.end, at);
          if (gap.length < 80 && BREAK.test(gap)) {
            const start = at - gap.length - prev.name.length;
            out.push({
              rule: 'lists',
              category: 'altered-fact',
              ...worded('lists', { items: items.join(', '), first: prev.name, second: name }),
              start,
              end: at + name.length,
              text: t.slice(start, at + name.length),
            });
          }
        }
        prev = { name, end: at + name.length };
      }
    }
    return out;
  },
};
