/**
 * Sentence length: ASD-STE100 (Simplified Technical English) caps descriptive sentences at 25
 * words (procedural ones at 20); McAlpine's EFLAW advice for learners of English agrees. A
 * multi-word name or title counts as one word ("Under Secretary of State for Civilian Security
 * Uzra Zeya" is one thing to a reader), in English so does a coordinated list of noun phrases
 * ("Germany, Italy, Norway, and the United Kingdom": names.ts `listRuns`; a press officer does not
 * split a list of signatories), and a sentence whose words are mostly names (a list of
 * participants) is not reported. A long sentence is reported only where it can be cut in two, each
 * part at least 8 words with a clause of its own (`split`, ./split.ts): a long sentence that is
 * one idea with a list is left alone, and so is a designation's legal ground ("pursuant to E.O.
 * 14024 … because …", the blocking paragraph): the order's own criterion, one unit.
 */
import { z } from 'zod';
import { collapsedNames, listRuns } from '../names.js';
import { gluedText, MIN_PART, needsSplit } from '../split.js';
import type { Rule } from '../types.js';
import { docsUrl, trimSpan, words } from '../util.js';

const Options = z
  .object({
    /** Longest acceptable sentence, in words (ASD-STE100: 25 descriptive, 20 procedural). */
    max: z.number().int().min(1).default(25),
    /** Report only a sentence that can be cut into two clauses of at least this many words each
     * (./split.ts); 0 reports every long sentence. */
    split: z.number().int().min(0).default(MIN_PART),
    /** Words over `max` a sentence may have before it is reported, for the uncertainty of the count
     * (names and lists counted as one word, as a reader may or may not count them). Default: 8 in
     * English, 0 otherwise (`MARGIN_EN`). */
    margin: z.number().int().min(0).optional(),
  })
  .strict();
type Options = z.infer<typeof Options>;

/** Up to this many words over `max` (names and lists counted as one word, as the message counts
 * them), an English sentence is not cut before "and" + a second verb of the same subject or before
 * an -ing tail (LABELLING.md, rule 4; the band's labels in docs/rules/sentence-length.md). */
const BAND = 5;

/**
 * English: a sentence is reported from `max + 9` words on (names and lists counted as one): LABELLING.md
 * rule 4 reads a sentence of 26 to 30 words as taken in at once when it is one idea or two short
 * predicates, and the fresh readers read most of 31 to 33 so (60–72% useful, against 82% from 34 on:
 * docs/rules/sentence-length.md). How a reader counts a name ("the United States" as one word or three)
 * moves a count by a word or two: on the labelled samples, findings of 26–27 words were 63% useful
 * (24 of 38, 2026-12-07); of the findings still reported at 28–30 words, 67% (40 of 60), at 31–32
 * words 70%, at 33 words or more 87% (scripts/eval/lint-labels and heldout18-en, 2026-12-07).
 */
const MARGIN_EN = 8;

export const sentenceLength: Rule<Options> = {
  meta: {
    id: 'sentence-length',
    kind: 'occurrence',
    languages: ['en', 'ru', 'fr', 'es', 'de'],
    description:
      'Sentences longer than 25 words (ASD-STE100) that can be cut in two, names counted as one word, with the count in the message.',
    url: docsUrl('sentence-length'),
    severity: 'warning',
    messages: ['tooLong'],
    fixable: false,
    options: Options,
    data: false,
    sources: ['asd-ste100', 'mcalpine'],
  },
  create(ctx) {
    const { max, split } = ctx.options;
    const margin = ctx.options.margin ?? (ctx.language === 'en' ? MARGIN_EN : 0);
    for (const s of ctx.sentences) {
      if (s.words <= max + margin) continue;
      const { words: n, nameShare } = collapsedNames(ctx.prose.text, s, words(ctx, s), ctx.language);
      // A list of people and their titles ("Главу государства сопровождали …") is read as a list,
      // not as a sentence: more than half of its words in names.
      if (n <= max + margin || nameShare > 0.5) continue;
      // The legal ground of a designation or a sanctions notice (English): from "pursuant to" and
      // a citation ("pursuant to E.O. 14024 Section 1(a)(i) because …", "pursuant to Section
      // 1(a)(ii)(F) of Executive Order (E.O.) 14024, for being …") to the end is the order's own
      // criterion, one unit (LABELLING.md, rule 4: the scope of a legal text); so is the blocking
      // paragraph's "all property and interests in property …". Reported only when what the
      // office wrote before it is long on its own.
      if (ctx.language === 'en') {
        const toks = words(ctx, s);
        const at = legalTail(ctx.prose.text, s.start, s.end);
        if (at !== null) {
          const head = toks.filter((t) => t.end <= at);
          const c = collapsedNames(ctx.prose.text, { ...s, end: at, words: head.length }, head, ctx.language).words;
          // …unless that part holds a clause of its own (", which is a Russian government agency
          // that …": a new fact to cut off).
          if (c + 1 <= max && !/,[ \u00a0]+(?:which|who|where)\b/u.test(ctx.prose.text.slice(s.start, at))) continue;
        }
      }
      // No cut inside a coordinated list (after its first item's first word): ", and improved access
      // to protection" is the last item of a list, not a second clause.
      const lists = ctx.language === 'en' ? listRuns(ctx.prose.text, words(ctx, s)) : [];
      const inList = (i: number): boolean => lists.some((l) => l.start < i && i < l.end);
      // 26 to 30 words, names and lists counted as one word as the reader counts them: two
      // predicates of one subject ("raised several cases … and called for …") read at once; only a
      // cut that starts a clause of its own reports the sentence.
      const twoPredicates = ctx.language !== 'en' || n > max + BAND;
      if (split > 0 && !needsSplit(ctx.prose.text, words(ctx, s), ctx.language, split, inList, twoPredicates)) continue;
      if (gluedText(ctx.prose.text, words(ctx, s), ctx.language)) continue;
      const [start, end] = trimSpan(ctx.prose.text, s.start, s.end);
      // An item of a fact sheet's list, ending in a semicolon ("Passing repressive laws,
      // including …;"): one item of a list a press officer does not rewrite as sentences.
      if (ctx.prose.text.slice(start, end).endsWith(';')) continue;
      ctx.report({ messageId: 'tooLong', data: { words: n, max }, start, end, term: '' });
    }
  },
};

/** Where the legal tail of a sentence starts ("pursuant to" + a citation; a visa policy's "pursuant
 * to a policy … under Section …" and "believed to be responsible for, or complicit in"; "all property
 * and interests in property"), or null. */
function legalTail(text: string, start: number, end: number): number | null {
  const t = text.slice(start, end);
  const m =
    /\bpursuant to (?:(?:Section|Sections|§)[ \u00a0]*\(?\d[^,]{0,40}?of )?(?:E\.O\.|Executive Order|Section|Sections|§|ITAR)/u.exec(
      t,
    ) ??
    // A visa-restriction policy's legal basis and scope: "pursuant to a policy … under Section
    // 212(a)(3)(C)", "… believed to be responsible for, or complicit in, …".
    /\bpursuant to a policy\b[^.;]{0,60}?\bunder Section\b/u.exec(t) ??
    /\b(?:who are )?believed to be responsible for, or complicit in\b/u.exec(t) ??
    /\b[Aa]ll property and interests in property\b/u.exec(t);
  return m ? start + m.index : null;
}
