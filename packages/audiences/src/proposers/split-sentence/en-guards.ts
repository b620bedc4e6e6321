/**
 * The place an English split rule looks at (a semicolon, colon or comma, the conjunction after
 * it, and the words around it), and the guards of the rules as named predicates over it. A rule
 * row (`en-rules.ts`) names its guards; a guard that holds vetoes the split.
 */
import type { Doc, DocSentence } from '../../doc.js';
import { words } from '../../text.js';
import { lastSegment, wordAt } from './points.js';
import { EN_S_VERBS, EN_SUBJECT_START, enVerbCue, SPEECH, startsClause } from './en-words.js';

/** A separator inside a sentence, with what the rules read around it. */
export interface EnSite {
  doc: Doc;
  s: DocSentence;
  /** The separator: ';', ':' or ','. */
  sep: string;
  /** The conjunction right after it ("and", "but", "which", "so", "where", "after which"), if any. */
  conj: string | undefined;
  /** Offset of the separator. */
  at: number;
  /** The first word after the separator (and the conjunction). */
  next: { start: number; end: number; text: string };
  nextLower: string;
  /** The first nine words from `next` on. */
  rightWords: string[];
  /** A verb in the clause segment before the separator; a verb after `next` in `rightWords`. */
  leftHasVerb: boolean;
  rightHasVerb: boolean;
  /** A verb of saying before the separator: what follows may still be reported. */
  reported: boolean;
}

/** The site at the separator matched by `m` (see `EN_SEPARATOR`), or undefined when no word follows. */
export function enSite(doc: Doc, s: DocSentence, m: RegExpExecArray): EnSite | undefined {
  const at = s.start + m.index;
  const next = wordAt(doc, at + m[0].length, s.end);
  if (!next) return undefined;
  const rightWords = words(doc.input, next.start, s.end)
    .slice(0, 9)
    .map((w) => w.text);
  const leftSeg = lastSegment(doc, s, at);
  return {
    doc,
    s,
    sep: m[1]!,
    conj: m[2],
    at,
    next,
    nextLower: next.text.toLowerCase(),
    rightWords,
    leftHasVerb: words(doc.input, leftSeg, at).some((w) => enVerbCue(w.text)),
    rightHasVerb: rightWords.slice(1).some(enVerbCue),
    reported: words(doc.input, s.start, at).some(
      (w) => SPEECH.test(w.text) || /^(says|notes|believes|thinks)$/.test(w.text),
    ),
  };
}

/** A separator, then optionally a conjunction the rows know. */
export const EN_SEPARATOR = /(;|,|:) +(?:(and|but|which|so|where|after which)(?![\p{L}\p{N}]))? *(?=\S)/gu;

/** The rest of the sentence has a comma (other than before a closing "and"/"or"), a semicolon, a colon, a bracket or a dash. */
const moreClauses = (x: EnSite): boolean =>
  /[,;:(—–]/.test(x.doc.input.slice(x.next.start, x.s.end).replace(/,(?= (?:and|or) )/g, ''));

export const EN_GUARDS = {
  /** "…, but that there is still room": "that" opening a reported clause, not a demonstrative subject. */
  thatReported: (x: EnSite) =>
    x.nextLower === 'that' && !enVerbCue(x.rightWords[1] ?? '') && !EN_S_VERBS.has(x.rightWords[1] ?? ''),
  leftNoVerb: (x: EnSite) => !x.leftHasVerb,
  rightNoVerb: (x: EnSite) => !x.rightHasVerb,
  /** After a colon, only a pronoun opens a clause; after "the/a" it usually opens a list or a name. */
  notPronounNext: (x: EnSite) => !/^(we|they|he|she|it|i|you|this|these|there)$/.test(x.next.text),
  /** "As …: …", "If …: …": the colon ends a subordinate opening, not a clause. */
  subordinateLead: (x: EnSite) =>
    /^(As|If|When|While|Although|Because|Since|After|Before|Whether)$/.test(
      words(x.doc.input, x.s.start, x.at)[0]?.text ?? '',
    ),
  /** Neither a subject word nor a name follows. */
  noSubjectNext: (x: EnSite) => !EN_SUBJECT_START.has(x.nextLower) && !/^\p{Lu}/u.test(x.next.text),
  /** The clause after it does not run to the sentence end. */
  moreClauses,
  /** "; and", "; or": a list goes on. */
  listGoesOn: (x: EnSite) => /^(and|or)$/i.test(x.next.text),
  /** What follows is no clause of its own (no subject and verb). */
  noClauseNext: (x: EnSite) => !startsClause(x.doc, x.next.start, x.s.end),
  /** "The President noted that A is growing, B is lower, and C is …": the last item is still reported. */
  reportedList: (x: EnSite) => x.reported && !/^(he|she|they|we|i)$/.test(x.nextLower),
  /** "so that": a purpose, not a result. */
  soThat: (x: EnSite) => x.nextLower === 'that',
  /** ", which" not followed by a verb. */
  noVerbNext: (x: EnSite) => !enVerbCue(x.next.text) && !/^[a-z]+s$/.test(x.next.text),
} satisfies Record<string, (x: EnSite) => boolean>;

export type EnGuard = keyof typeof EN_GUARDS;
