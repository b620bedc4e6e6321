/**
 * The places an English split rule looks at, and what the rules read there. Each kind of place
 * has a finder that lists them in a sentence (in text order) and the fields the rows of
 * `en-rules.ts` and the guards of `en-guards.ts` read:
 * - `separator`: a semicolon, colon or comma, and the conjunction after it ("; ", ", but ");
 * - `andVerb`: "and" before a second verb of the subject ("met X and discussed Y");
 * - `andClause`: a bare "and" before a subject of its own ("… and millions have called …");
 * - `participle`: ", " before a listed -ing form that closes the sentence (", underscoring …");
 * - `including`: ", including" after a plural noun.
 * `at` is where the edit starts. Fields that take a scan are computed when a guard or a row
 * first reads them.
 */
import { looksLikeParticiple } from '@attache/core';
import type { Doc, DocSentence } from '../../doc.js';
import { words, type WordToken } from '../../text.js';
import { EN_AGENT_PARTICIPLES, EN_RESULT_PARTICIPLES } from './en-participles.js';
import { lastSegment, wordAt } from './points.js';
import {
  EN_AUX,
  EN_IRREGULAR_PAST,
  EN_MODALS,
  EN_S_VERBS,
  EN_SUBORDINATE,
  enClass,
  enVerbCue,
  SPEECH,
  SUBJECT_AUX,
  subjectOf,
} from './en-words.js';

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

/** A separator, then optionally a conjunction the rows know. */
export const EN_SEPARATOR = /(;|,|:) +(?:(and|but|which|so|where|after which)(?![\p{L}\p{N}]))? *(?=\S)/gu;

/** The separator sites of a sentence (one with no word after it is none). */
export function separatorSites(doc: Doc, s: DocSentence): EnSite[] {
  const out: EnSite[] = [];
  const re = new RegExp(EN_SEPARATOR);
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text)) !== null) {
    const at = s.start + m.index;
    const next = wordAt(doc, at + m[0].length, s.end);
    if (!next) continue;
    const rightWords = words(doc.input, next.start, s.end)
      .slice(0, 9)
      .map((w) => w.text);
    const leftSeg = lastSegment(doc, s, at);
    out.push({
      doc,
      s,
      sep: m[1]!,
      conj: m[2],
      at,
      next,
      nextLower: next.text.toLowerCase(),
      rightWords,
      leftHasVerb: words(doc.input, leftSeg, at).some((w) => enVerbCue(w.text)),
      // (a contracted subject is its own verb: "…, where he’ll meet …")
      rightHasVerb: rightWords.slice(1).some(enVerbCue) || SUBJECT_AUX.test(next.text.toLowerCase()),
      reported: words(doc.input, s.start, at).some(
        (w) => SPEECH.test(w.text) || /^(says|notes|believes|thinks)$/.test(w.text),
      ),
    });
  }
  return out;
}

/** The words of a sentence and the text before each one. */
interface Words {
  doc: Doc;
  s: DocSentence;
  ws: WordToken[];
  /** The text between word `i - 1` (or the sentence start) and word `i`. */
  gap(i: number): string;
}

function sentenceWords(doc: Doc, s: DocSentence): Words {
  const ws = words(doc.input, s.start, s.end);
  return { doc, s, ws, gap: (i) => doc.input.slice(i === 0 ? s.start : ws[i - 1]!.end, ws[i]!.start) };
}

/** The tense of a finite verb: past, present (3rd person singular) or present plural. */
export function tenseOf(w: string): 'past' | 's' | 'plural' | 'modal' | undefined {
  const x = w.toLowerCase();
  if (EN_MODALS.has(x)) return 'modal';
  if (/^(was|were|had|did)$/.test(x) || EN_IRREGULAR_PAST.has(x) || /^[a-z]{3,}ed$/.test(x)) return 'past';
  if (/^(is|has|does)$/.test(x) || EN_S_VERBS.has(x)) return 's';
  if (/^(are|have|do)$/.test(x)) return 'plural';
  return undefined;
}

/** "and" (after a comma or not) and the verb after it (adverbs like "also" passed over). */
export interface AndVerbSite extends Words {
  at: number;
  /** Index of "and", of the second verb, and the word after it. */
  k: number;
  v2: WordToken;
  next: WordToken;
  /** The class of the second verb; an auxiliary before a verb of its own ("and has built"). */
  c2: ReturnType<typeof enClass>;
  aux2: boolean;
  /** The first verb: the leftmost verb of the same kind in the clause (-1: none), and whether a
   * "that" of a reported clause was crossed to find it. */
  v1: number;
  crossed: boolean;
  /** The subject of the first verb, repeated in the second sentence. */
  readonly subject: string | undefined;
}

const NP_DETERMINER = /^(the|a|an|this|these|those|his|her|its|their|our)$/i;

/** True when the words before `ws[b]` end a noun phrase: a determiner within four words, and a last word that is no verb, auxiliary or function word. */
function nounPhraseBefore(ws: WordToken[], b: number): boolean {
  const last = ws[b - 1]?.text;
  if (!last || SPEECH.test(last) || EN_AUX.has(last.toLowerCase())) return false;
  const c = enClass(last, ws[b - 2]?.text);
  if (c === 'past' || c === 'modal') return false;
  if (/^(so|such|now|and|or|but|says|say|notes|believes|thinks|shows|means|knows|is|are|was|were)$/i.test(last))
    return false;
  return ws.slice(Math.max(0, b - 4), b).some((t) => NP_DETERMINER.test(t.text));
}

/** The first verb of an "and" + verb site, scanning left from "and" (see `AndVerbSite.v1`). */
function firstVerb(x: Words, k: number, v2: string, c2: AndVerbSite['c2'], aux2: boolean): [number, boolean] {
  const { ws } = x;
  let v1 = -1;
  let seenVerb = false;
  let crossed = false;
  for (let b = k - 1; b >= 0; b--) {
    if (/[;:()—–"“”]/.test(x.gap(b + 1))) break;
    const w = ws[b]!.text;
    // "X noted that … and stressed that …": a second verb of saying belongs to X.
    if (w === 'that' && SPEECH.test(v2) && b > 0 && SPEECH.test(ws[b - 1]!.text)) return [b - 1, true];
    // "X conveyed condolences for the attacks that claimed … and underscored …": a verb of saying
    // after a relative clause on a noun is the main subject's (attacks do not underscore); the
    // clause's own verb is passed over. Any other verb may be the clause's ("that killed … and injured …").
    if (/^(that|which)$/.test(w) && SPEECH.test(v2) && nounPhraseBefore(ws, b)) {
      v1 = -1;
      seenVerb = false;
      crossed = true;
      continue;
    }
    if (EN_SUBORDINATE.test(w) && w === w.toLowerCase()) {
      // "since its launch ten years ago and has built …": a preposition, not a clause of its own.
      if (!/^(since|until|after|before)$/.test(w) || seenVerb) break;
      continue;
    }
    const c1 = enClass(w, ws[b - 1]?.text);
    if (c1 || EN_AUX.has(w)) seenVerb = true;
    if (
      c1 &&
      (c1 === c2 ||
        c2 === 'modal' ||
        (c1 === 'modal' && c2 !== 'past') ||
        (c1 === 'past' && aux2 && /^(has|have)$/.test(v2)))
    )
      v1 = b;
  }
  return [v1, crossed && v1 >= 0];
}

export function andVerbSites(doc: Doc, s: DocSentence): AndVerbSite[] {
  const x = sentenceWords(doc, s);
  const { ws } = x;
  const out: AndVerbSite[] = [];
  for (let k = 2; k + 2 < ws.length; k++) {
    if (ws[k]!.text !== 'and' || !/^,? $/.test(x.gap(k))) continue;
    let j = k + 1;
    while (j < ws.length && /^(also|then|later|further|jointly|directly|strongly|fully|firmly)$/.test(ws[j]!.text)) j++;
    const v2 = ws[j];
    const next = ws[j + 1];
    if (!v2 || !next || x.gap(j) !== ' ') continue;
    const c2 = enClass(v2.text, undefined);
    const aux2 =
      /^(has|have|had|will|would|can|could|should|must|may|might)$/.test(v2.text) &&
      (looksLikeParticiple(next.text) ||
        /^(also|now|since|already|been|continue|work|seek|remain|be|[a-z]+ly)$/.test(next.text) ||
        EN_MODALS.has(v2.text));
    const [v1, crossed] = c2 ? firstVerb(x, k, v2.text, c2, aux2) : [-1, false];
    let subject: string | undefined | null = null;
    out.push({
      ...x,
      at: ws[k - 1]!.end,
      k,
      v2,
      next,
      c2,
      aux2,
      v1,
      crossed,
      get subject() {
        // "has suspended …": the finite verb is the auxiliary, the subject before it
        const finite = v1 > 1 && /^(has|have|had)$/i.test(ws[v1 - 1]!.text) ? v1 - 1 : v1;
        if (subject === null) subject = v1 < 1 ? undefined : subjectOf(doc, s, ws, finite);
        return subject;
      },
    });
  }
  return out;
}

const EN_PRONOUN_SUBJECT = /^(we|they|he|she|it|i|you)$/;
const EN_DETERMINER = /^(the|this|that|these|those|its|their|our|his|her|each|every|no)$/;
const EN_QUANTITY = /^(millions|thousands|hundreds|many|most|some|others)$/;
export const EN_SINGULAR_FINITE = /^(is|was|has|does)$/;
export const EN_PLURAL_FINITE = /^(are|were|have|do)$/;

/** A bare "and" before a pronoun, a determiner or a quantity word, and the finite verb after it. */
export interface AndClauseSite extends Words {
  at: number;
  k: number;
  /** The word after "and", and what kind of subject it starts. */
  first: string;
  kind: 'pronoun' | 'det' | 'quantity' | undefined;
  /** The finite verb of the new clause ('' when none within the noun phrase). */
  verb: string;
  /** The words of the clause segment before "and". */
  left: WordToken[];
}

export function andClauseSites(doc: Doc, s: DocSentence): AndClauseSite[] {
  const x = sentenceWords(doc, s);
  const { ws } = x;
  const out: AndClauseSite[] = [];
  for (let k = 3; k + 3 < ws.length; k++) {
    if (ws[k]!.text !== 'and' || x.gap(k) !== ' ' || x.gap(k + 1) !== ' ') continue;
    const first = ws[k + 1]!.text;
    const kind = EN_PRONOUN_SUBJECT.test(first)
      ? 'pronoun'
      : EN_DETERMINER.test(first)
        ? 'det'
        : EN_QUANTITY.test(first)
          ? 'quantity'
          : undefined;
    // The noun phrase: up to five words without punctuation, then a finite verb.
    let v = -1;
    for (let j = k + 2; j < (kind ? Math.min(ws.length, k + 8) : 0); j++) {
      if (x.gap(j) !== ' ') break;
      const w = ws[j]!.text;
      if (EN_SINGULAR_FINITE.test(w) || EN_PLURAL_FINITE.test(w) || EN_MODALS.has(w)) {
        v = j;
        break;
      }
      // "and they answer …": after a pronoun subject the verb comes next, in any form.
      if (kind === 'pronoun') {
        if (
          w === w.toLowerCase() &&
          !/^(and|or|of|to|in|on|at|for|with|by|from|the|a|an|all|both|who|which|that)$/.test(w)
        )
          v = j;
        break;
      }
      // "… and the effects it is causing": a pronoun inside the phrase opens a relative clause.
      if (EN_SUBORDINATE.test(w) || enVerbCue(w) || /^(and|or|of|to|it|they|we|he|she|i|you)$/i.test(w)) break;
    }
    const left = words(doc.input, lastSegment(doc, s, ws[k]!.start), ws[k]!.start);
    out.push({ ...x, at: ws[k - 1]!.end, k, first, kind, verb: v < 0 ? '' : ws[v]!.text, left });
  }
  return out;
}

/** ", " before a listed participle: what follows it, and the main clause's first finite verb. */
export interface ParticipleSite extends Words {
  at: number;
  k: number;
  word: string;
  /** The base form, when the subject did it ("underscoring") or the whole event led to it ("bringing"). */
  agent: string | undefined;
  result: string | undefined;
  /** The text after the participle to the sentence end. */
  rest: string;
  /** Index of the main clause's first finite verb (-1: none), and its tense. */
  v1: number;
  tense: ReturnType<typeof tenseOf>;
  readonly subject: string | undefined;
}

export function participleSites(doc: Doc, s: DocSentence): ParticipleSite[] {
  const x = sentenceWords(doc, s);
  const { ws } = x;
  const out: ParticipleSite[] = [];
  for (let k = 3; k + 2 < ws.length; k++) {
    const w = ws[k]!.text;
    const agent = EN_AGENT_PARTICIPLES[w];
    const result = EN_RESULT_PARTICIPLES[w];
    if ((!agent && !result) || x.gap(k) !== ', ') continue;
    // The main clause: its first finite verb, before any subordinate word.
    let v1 = -1;
    for (let b = 0; b < k; b++) {
      const y = ws[b]!.text;
      if (EN_SUBORDINATE.test(y) && y === y.toLowerCase()) break;
      if ((tenseOf(y) && enClass(y, ws[b - 1]?.text)) || /^(is|are|was|were|has|have|had)$/.test(y)) {
        v1 = b;
        break;
      }
    }
    let subject: string | undefined | null = null;
    out.push({
      ...x,
      at: ws[k - 1]!.end,
      k,
      word: w,
      agent,
      result,
      rest: doc.input.slice(ws[k]!.end, s.end),
      v1,
      tense: v1 < 0 ? undefined : tenseOf(ws[v1]!.text),
      get subject() {
        if (subject === null) subject = v1 < 1 ? undefined : subjectOf(doc, s, ws, v1);
        return subject;
      },
    });
  }
  return out;
}

/** ", including" after a word, what follows it, and the words before it. */
export interface IncludingSite {
  doc: Doc;
  s: DocSentence;
  at: number;
  noun: string;
  rest: string;
  before: WordToken[];
}

export function includingSites(doc: Doc, s: DocSentence): IncludingSite[] {
  const out: IncludingSite[] = [];
  const re = /(\p{L}+), including (?=\S)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text)) !== null) {
    const noun = m[1]!;
    const at = s.start + m.index + noun.length;
    const rest = doc.input.slice(at + m[0].length - noun.length, s.end);
    out.push({ doc, s, at, noun, rest, before: words(doc.input, s.start, at) });
  }
  return out;
}
