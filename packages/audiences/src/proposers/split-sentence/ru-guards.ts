/**
 * The place a Russian split rule looks at (a comma or semicolon and the words around it), and
 * the guards of the rules as named predicates over it. A rule row (`ru-rules.ts`) names its
 * guards; a guard that holds vetoes the split.
 */
import type { Doc, DocSentence } from '../../doc.js';
import { words, type WordToken } from '../../text.js';
import { lastSegment } from './points.js';
import { RU_CORRELATIVE, RU_QUANTIFIER } from './ru-clauses.js';
import { RU_PARTICIPLE, RU_PREP, RU_REPORTED, RU_SUBORDINATE, ruVerbCue } from './ru-words.js';

/** A comma or semicolon inside a sentence, with what the rules read around it. */
export interface RuSite {
  doc: Doc;
  s: DocSentence;
  /** The separator: ',' or ';'. */
  sep: string;
  /** Offset of the separator; `after` is where the next word starts. */
  at: number;
  after: number;
  /** The words from the separator to the sentence end; `lower` the first four in lower case. */
  ws: WordToken[];
  first: WordToken;
  lower: string[];
  w0: string;
  /** Index of the first "котор-" among the first four words, or -1. */
  k: number;
  /** The words of the clause segment before the separator, and of the whole left part (lower case). */
  leftWords: WordToken[];
  allLeft: string[];
  /** The head of the left segment, after a preposition ("о чём говорили" → "чём"). */
  segHead: string;
  /** Words of the right part up to the next comma (or the end). */
  segLen: number;
  leftHasVerb: boolean;
  leftSubordinate: boolean;
  correlative: boolean;
  restrictive: boolean;
  reported: boolean;
  insideClause: boolean;
  subordinateFirst: boolean;
}

/** The site after the separator matched at `index` of the sentence text, or undefined when no word follows it directly. */
export function ruSite(doc: Doc, s: DocSentence, index: number, sepText: string): RuSite | undefined {
  const at = s.start + index;
  const after = at + sepText.length;
  const ws = words(doc.input, after, s.end);
  const first = ws[0];
  if (!first || first.start !== after) return undefined;
  const lower = ws.slice(0, 4).map((w) => w.text.toLowerCase());
  const leftSeg = lastSegment(doc, s, at);
  const leftWords = words(doc.input, leftSeg, at);
  const allLeft = words(doc.input, s.start, at).map((w) => w.text.toLowerCase());
  // "то есть" is no verb.
  const leftHasVerb = leftWords.some(
    (w, i) => ruVerbCue(w.text) && !(w.text === 'есть' && leftWords[i - 1]?.text.toLowerCase() === 'то'),
  );
  const head2 = leftWords.slice(0, 2).map((w) => w.text.toLowerCase());
  const segHead = RU_PREP.test(head2[0] ?? '') && head2[1] ? head2[1] : (head2[0] ?? '');
  const leftSubordinate =
    RU_SUBORDINATE.test(segHead) || leftWords.some((w) => RU_PARTICIPLE.test(w.text.toLowerCase()));
  // "на тех участках, которые …", "за те усилия, которые …": the relative clause completes a
  // demonstrative and cannot stand alone.
  const correlative = leftWords.some((w) => RU_CORRELATIVE.test(w.text.toLowerCase()));
  let segLen = 0;
  while (
    segLen < ws.length &&
    (segLen === 0 || !/[,;:—–(]/u.test(doc.input.slice(ws[segLen - 1]!.end, ws[segLen]!.start)))
  )
    segLen++;
  const firstVerb = ws.findIndex((w, i) => i > 0 && ruVerbCue(w.text));
  return {
    doc,
    s,
    sep: sepText[0]!,
    at,
    after,
    ws,
    first,
    lower,
    w0: lower[0]!,
    k: lower.findIndex((w) => /^котор/u.test(w)),
    leftWords,
    allLeft,
    segHead,
    segLen,
    leftHasVerb,
    leftSubordinate,
    correlative,
    // "каждого человека, который …", "всех территорий, которые …": a restrictive relative clause.
    restrictive: correlative || allLeft.some((w) => RU_QUANTIFIER.test(w)),
    // "Путин подтвердил, что …, а …": the second clause may be part of what was said.
    reported: allLeft.some((w) => RU_REPORTED.test(w)),
    // "для людей, которые совершили правонарушение, но добровольно оказались …": the conjunction
    // may join two parts of a relative clause.
    insideClause: allLeft.some((w) => RU_SUBORDINATE.test(w) && !/^(и|или|либо|ни|так)$/u.test(w)),
    // A subordinator before the first verb of the right part: "…, но кто пожертвовал …", "…, а если …".
    subordinateFirst: ws
      .slice(1, firstVerb < 0 ? segLen : firstVerb)
      .some((w) => RU_SUBORDINATE.test(w.text.toLowerCase()) && w.text !== 'и'),
  };
}

/** A verb among the seven words after word `from` of the right part. */
export const rightHasVerb = (x: RuSite, from: number): boolean =>
  x.ws.slice(from, from + 7).some((w) => ruVerbCue(w.text));
/** A verb after word `from` before the next comma: the right part is a clause ("не цифрами, а людьми" is not). */
export const segmentHasVerb = (x: RuSite, from: number): boolean =>
  x.ws.slice(from, x.segLen).some((w) => ruVerbCue(w.text) && !/^\p{Lu}/u.test(w.text)); // not "«Ахмат»"

/** The guards: each names a reason not to split here (`n`: how many words the connector takes). */
export const RU_GUARDS = {
  /** The sentence reports speech or a condition ("…, что …, а …"): a split would change who says what. */
  reported: (x: RuSite) => x.reported,
  /** The left part has no verb of its own. */
  leftNoVerb: (x: RuSite) => !x.leftHasVerb,
  /** The left segment is a subordinate or participle clause ("когда …", "…, подписанный …"). */
  leftSubordinate: (x: RuSite) => x.leftSubordinate,
  /** The right part up to the next comma has no verb after the connector. */
  rightNoClause: (x: RuSite, n: number) => !segmentHasVerb(x, n),
  /** No verb within seven words after the connector. */
  rightNoVerb: (x: RuSite, n: number) => !rightHasVerb(x, n),
  /** A subordinator stands before the right part's first verb ("…, но кто пожертвовал …"). */
  subordinateFirst: (x: RuSite) => x.subordinateFirst,
  /** The separator is inside a subordinate clause of the left part. */
  insideClause: (x: RuSite) => x.insideClause,
  /** The relative clause completes a demonstrative or a quantifier ("тех …, которые"). */
  restrictive: (x: RuSite) => x.restrictive,
  /** The left segment starts with a subordinator ("о чём говорили, …"). */
  segmentSubordinate: (x: RuSite) => RU_SUBORDINATE.test(x.segHead),
} satisfies Record<string, (x: RuSite, n: number) => boolean>;

export type RuGuard = keyof typeof RU_GUARDS;
