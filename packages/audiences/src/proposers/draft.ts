/**
 * What a proposer returns before the adapter localises it and gives it an id, and the guards
 * every proposer applies (protected spans, markup, names).
 */
import { isProtected, type Doc, type DocSentence } from '../doc.js';
import { hasMarkup, isUpperLetter } from '../text.js';
import type { AudienceId, ProposalKind } from '../types.js';

export interface Draft {
  kind: ProposalKind;
  start: number;
  end: number;
  replacement: string;
  confidence: number;
  safe: boolean;
  /** Rule ids answered (the adapter adds the ids of overlapping lint findings). */
  findings: string[];
  /** i18n key under `audiences:rationale.` and its data. */
  rationale: string;
  data?: Record<string, string | number>;
}

export interface ProposerContext {
  audience: AudienceId;
  /** Sentences longer than this are split. */
  maxSentenceWords: number;
}

/** What a proposer is, for the adapter, the docs and a user's configuration. */
export interface ProposerMeta {
  /** Stable id (the docs page and the audience configuration name it). */
  id: string;
  /** The kinds of proposal it makes. */
  kind: readonly ProposalKind[];
  /** The languages it proposes in (other languages get nothing). */
  languages: readonly ('en' | 'ru')[];
  /** Whether `rewrite(…, { accept: 'safe' })` may apply its proposals: always, never, or per proposal. */
  safe: boolean | 'some';
  /** Where the practice comes from: ids of core's source registry (`SOURCES`). */
  sources: readonly string[];
  /** The lint rules (core's rule ids) whose findings its edits answer: a proposal that overlaps
   * such a finding lists it in `findings`. */
  answers?: readonly string[];
}

/** A proposer: its metadata and the edits it proposes on a document. */
export interface Proposer<C extends ProposerContext = ProposerContext> {
  meta: ProposerMeta;
  propose(doc: Doc, ctx: C): Draft[];
}

/** True when an edit of [start, end) may be proposed at all. */
export function editable(doc: Doc, start: number, end: number, replacement: string): boolean {
  if (start < 0 || end > doc.input.length || start > end) return false;
  if (isProtected(doc, start, end)) return false;
  const original = doc.input.slice(start, end);
  if (original === replacement) return false;
  if (doc.format !== 'text' && (hasMarkup(original) || hasMarkup(replacement))) return false;
  return true;
}

const working = new WeakMap<Doc, DocSentence[]>();

/** The sentences a proposer may work in: not quoted, in the doc's language (computed once per doc; do not modify). */
export function workSentences(doc: Doc): DocSentence[] {
  let list = working.get(doc);
  if (!list) working.set(doc, (list = doc.sentences.filter((s) => !s.quoted)));
  return list;
}

/** True when `pos` starts a sentence: only spaces, quotes, brackets or list marks before it in the sentence. */
export function atSentenceStart(doc: Doc, sentence: DocSentence, pos: number): boolean {
  const head = doc.input.slice(sentence.start, pos);
  return /^[\s"“«„'‘([\-–—•*]*$/u.test(head);
}

/**
 * True when a match starting at `pos` is capitalised although it does not start a sentence:
 * then it is most likely part of a name or a title ("Humanitarian Assistance Program") and is
 * left alone.
 */
export function capitalisedMidSentence(doc: Doc, sentence: DocSentence, pos: number, text: string): boolean {
  const firstUpper = isUpperLetter(text[0]);
  if (firstUpper && !atSentenceStart(doc, sentence, pos)) {
    // After a colon a capital may start a clause: still treat as a name (safer).
    return true;
  }
  // Any later word capitalised → a name inside the phrase.
  return /\s\p{Lu}/u.test(text);
}
