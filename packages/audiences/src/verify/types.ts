import type { Action } from './clauses.js';
import type { DateFact, NumberFact, WordFact } from './facts.js';
import type { NameRun, NameToken } from './names.js';
import type { Read } from './text.js';

/** What a finding counts as in a report: an altered fact, a changed actor, an edited quote, a dropped hedge, a placeholder. */
export type VerifyCategory = 'altered-fact' | 'attribution' | 'edited-quote' | 'modality' | 'placeholder';

export type VerifyRuleId =
  | 'numbers'
  | 'dates'
  | 'times'
  | 'names'
  | 'titles'
  | 'links'
  | 'attribution'
  | 'modality'
  | 'quotes'
  | 'quote-speaker'
  | 'agreed-text'
  | 'placeholders'
  | 'lists';

/** The messages a finding may have: keys of `verify.*` in the `audiences` catalogues. */
export type VerifyMessageId =
  | 'numbers'
  | 'numbers-brief'
  | 'dates'
  | 'times'
  | 'links'
  | 'names'
  | 'names-brief'
  | 'titles'
  | 'lists'
  | 'placeholders'
  | 'quotes'
  | 'quote-speaker'
  | 'edits-speech'
  | 'unquoted-speech'
  | 'edits-agreed-text'
  | 'we-stands-for'
  | 'other-actor'
  | 'joint-actor'
  | 'modality';

export interface VerifyFinding {
  rule: VerifyRuleId;
  category: VerifyCategory;
  /** What it found, in English; `verifyMessage(finding, locale)` words it in another language. */
  message: string;
  messageId: VerifyMessageId;
  /** The message's placeholders (texts of the version and the release). */
  data: Record<string, string>;
  /** Span in the version (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  text: string;
  /** The source passage it was compared with, when there is one. */
  source?: { start: number; end: number; text: string };
}

/** A fact of the version found in the source (or the brief), with both spans. */
export interface TracedFact {
  kind: 'number' | 'date' | 'time' | 'name' | 'link' | 'quote';
  text: string;
  start: number;
  end: number;
  /** Where it is in the source; `in: 'brief'` when the brief gave it. */
  source: { in: 'release' | 'brief'; start: number; end: number; text: string };
}

export interface ProtectedSpan {
  start: number;
  end: number;
  /** Agreed text must be quoted or summarised; speech (in strict mode) must not be edited either. */
  kind: 'agreed-text' | 'speech';
  /** Speech the release quotes in marks in its own text («В послании говорится: «…»»): a version
   * quotes it, with whose it is, or says it in other words; never copies it without the marks. */
  quotation?: boolean;
}

export interface VerifyOptions {
  language?: 'en' | 'ru';
  /** The press officer's brief: facts a version may state that the release does not. */
  brief?: string;
  /** Names "we" may stand for in the version (the institution whose voice the release is). */
  we?: string[];
  /** Spans of the source that may be quoted or summarised but never edited. */
  protected?: ProtectedSpan[];
}

export interface Facts {
  read: Read;
  numbers: NumberFact[];
  dates: DateFact[];
  times: WordFact[];
  links: WordFact[];
  names: { tokens: NameToken[]; runs: NameRun[] };
  actions: Action[];
}

export interface VerifyContext {
  source: Facts;
  brief: Facts | null;
  output: Facts;
  language: 'en' | 'ru';
  we: string[];
  protected: ProtectedSpan[];
  /** Records a fact of the version traced to the source (rules call it as they match). */
  trace(fact: TracedFact): void;
}

/** A verifier check, shaped like an ESLint rule: what it is and where it comes from, and the check. */
export interface VerifyRule {
  meta: {
    id: VerifyRuleId;
    category: VerifyCategory;
    description: string;
    /** Why the check exists (a practice, a guideline, a measured failure). */
    source: string;
  };
  check(ctx: VerifyContext): VerifyFinding[];
}

export interface VerifyReport {
  /** True when there is no finding. A failing version is never returned as passing. */
  ok: boolean;
  findings: VerifyFinding[];
  /** Counts per category. */
  counts: Record<VerifyCategory, number>;
  /** The version's facts and where the source says them. */
  facts: TracedFact[];
}
