/**
 * English short sentences for a version: a sentence of the release over the audience's length is
 * cut where the rewrite's English splitter finds a clause boundary (proposers/split-sentence:
 * "; " → ". ", ", and" before a clause with its own subject, ", but" → ". But", ", which …" at the
 * end → ". This/It …", ", where" → ". There, ", "met X and discussed Y" → "met X. The Secretary
 * discussed Y", a participle tail, an "including" list), the most balanced cut first, then again
 * in each piece while it is still long. The rows are the rewrite's (an edit in place and a version
 * split a sentence the same way); only the length that starts a split is the version's
 * (`EN_SPLIT_OVER`). A cut is kept only when both pieces have four words or more, neither is a
 * fragment, the cut is not inside a name, a title or a number, and the verifier passes the pieces.
 */
import { enPoints } from '../proposers/split-sentence/en-rules.js';
import type { AudienceId } from '../types.js';
import { splitShort, type SplitRules } from './split-short.js';

/**
 * Words over which a version's English sentence is split: youth 12 (its target average, spoken
 * register, targets.ts), rural 14 (a word under its average of 15, so that pieces bring the
 * average under the target rather than to it), foreign 18 (no average target: plain-language
 * guides' 15–20 for readers in a second language, the rewrite's 20 less two).
 */
export const EN_SPLIT_OVER: Record<AudienceId, number> = { youth: 12, rural: 14, foreign: 18 };

/**
 * True when a cut at [start, end) would fall inside a name, a title or a number: between two
 * digits ("3,000"), or between capitalised words on both sides with no verb between them
 * ("Population, Refugees, and Migration", "Washington, D.C.").
 */
export function insideName(s: string, start: number, end: number): boolean {
  const before = s.slice(0, start);
  const after = s.slice(end);
  if (/\d$/.test(before) && /^\s*\d/.test(after)) return true;
  // the words around the cut (a replacement's own word, "This", "There", is not the text's)
  const last = /([\p{L}.’'-]+)\s*$/u.exec(before)?.[1] ?? '';
  const next = /^\s*(?:and\s+|or\s+)?([\p{L}.’'-]+)/u.exec(after)?.[1] ?? '';
  return /^\p{Lu}/u.test(last) && /^\p{Lu}/u.test(next) && /^(?:of|for|and|the|\p{Lu}[\p{L}.’'-]*)$/u.test(next)
    ? // a title runs on: "Minister for Foreign Affairs, | and Trade" / "Secretary of State, | Antony …"
      /\b(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,4}\p{Lu}[\p{L}.’'-]*\s*$/u.test(before) ||
        /,\s*\p{Lu}[\p{L}’'-]*\s*$/u.test(before)
    : false;
}

/** English: no cut inside a quotation in curly or straight quotes, nor inside a name, a title or a number. */
const EN_RULES: SplitRules = {
  language: 'en',
  points: enPoints,
  quotation: /[“"][^”"]*[”"]/gu,
  refuse: (s, p) => insideName(s, p.start, p.end),
};

/**
 * `s` as short sentences (itself alone when no cut holds). `maxWords`: a piece over it is cut
 * again (at most three cuts); `ok`: the verifier, asked about the pieces together.
 */
export function splitEnglish(s: string, maxWords: number, ok: (text: string) => boolean, cuts = 3): string[] {
  return splitShort(s, maxWords, ok, EN_RULES, cuts);
}
