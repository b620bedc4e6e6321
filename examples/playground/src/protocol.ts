/**
 * Messages between the page and the analysis worker. Everything is plain, structured-cloneable
 * data; the page imports only types from `@attache/core` / `@attache/audiences`, so the main
 * chunk carries none of the analysis code or language data.
 */
import type { Evidence, Proposal, ProposalKind } from '@attache/audiences';
import type { LanguageCode, Locale, Report, Targets } from '@attache/core';

export type AudienceTab = 'general' | 'youth' | 'rural' | 'foreign';
export const AUDIENCE_TABS: readonly AudienceTab[] = ['general', 'youth', 'rural', 'foreign'];
export type Format = 'text' | 'markdown';
export type LanguageChoice = 'auto' | LanguageCode;
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['auto', 'en', 'ru', 'fr', 'es', 'de'];

export interface RunRequest {
  type: 'run';
  /** Increases with every request; the worker drops a job as soon as a newer one arrives. */
  id: number;
  text: string;
  format: Format;
  language: LanguageChoice;
  locale: Locale;
  audience: AudienceTab;
  /** Ids of the proposals the reader accepted for this audience. */
  accepted: string[];
}

/** A proposal as the page shows it: an audience adapter's, or (general tab) a lint fix. */
export interface UiProposal extends Omit<Proposal, 'kind'> {
  kind: ProposalKind | 'lint-fix' | 'lint-suggestion';
}

/** A checklist item: the adapters' items carry their localised label; the general tab's carry an
 * i18n key of the page and the figures. */
export interface UiCheckItem {
  id: string;
  status: 'pass' | 'fail' | 'manual';
  automatic: boolean;
  label?: string;
  explanation?: string;
  labelKey?: string;
  data?: Record<string, string | number>;
  evidence: Evidence[];
  source: string;
}

export interface Rewrite {
  /** The input with the accepted proposals applied (non-overlapping ones, best first). */
  text: string;
  applied: string[];
  /** Word-level hunks: `before` offsets into the input, `after` into `text`. */
  diff: { before: { start: number; end: number; text: string }; after: { start: number; end: number; text: string } }[];
  after: Report;
}

export interface AnalysisResult {
  type: 'analysis';
  id: number;
  /** The text that was analysed (the editor may have moved on). */
  text: string;
  format: Format;
  language: LanguageChoice;
  locale: Locale;
  report: Report;
  /** Milliseconds `analyze()` took inside the worker (performance.now). */
  ms: number;
  /** True when the report came from the worker's cache. */
  cached: boolean;
}

export interface AudienceResult {
  type: 'audience';
  id: number;
  audience: AudienceTab;
  text: string;
  proposals: UiProposal[];
  /** Null when no proposal is accepted (then "after" is the input's report). */
  rewrite: Rewrite | null;
  /** Checked on the rewrite when there is one, else on the input. */
  checklist: UiCheckItem[];
  targets: Targets;
  thread: string[] | null;
  ms: number;
}

export interface ErrorResult {
  type: 'error';
  id: number;
  message: string;
  code?: string;
}

export interface ReadyMessage {
  type: 'ready';
}

export type WorkerMessage = AnalysisResult | AudienceResult | ErrorResult | ReadyMessage;
