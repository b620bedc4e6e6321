/**
 * Messages between the page and the analysis worker. Everything is plain, structured-cloneable
 * data; the page imports only types from `@attache/core` / `@attache/audiences`, so the main
 * chunk carries none of the analysis code or language data.
 */
import type { ChannelId, ChannelKind, Evidence, Proposal, ProposalKind, TracedFact } from '@attache/audiences';
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

export type WorkerMessage = AnalysisResult | AudienceResult | ErrorResult | ReadyMessage | VersionsResult;

/** Audiences and channels of the versions view (`compose` in `@attache/audiences`). */
export type VersionAudience = 'youth' | 'rural' | 'foreign';
export const VERSION_AUDIENCES: readonly VersionAudience[] = ['youth', 'rural', 'foreign'];
export const VERSION_CHANNELS: Record<VersionAudience, readonly ChannelId[]> = {
  youth: ['x', 'bluesky', 'telegram', 'telegram-caption', 'instagram'],
  rural: ['notice', 'sms', 'radio'],
  foreign: ['plain'],
};

export interface VersionsRequest {
  type: 'versions';
  /** Increases with every request; the worker answers only the newest. */
  id: number;
  text: string;
  format: Format;
  language: LanguageChoice;
  /** The page's language: the notes for the editor and the verifier's findings speak it. */
  locale: Locale;
  audience: VersionAudience;
  channel: ChannelId;
}

/** A part of a version (a post, a section, the SMS) with its length as the channel counts it. */
export interface UiVersionPart {
  text: string;
  /** Characters as the channel counts them (graphemes; a link as 23 on X), or words for a script. */
  count: number;
  /** The channel's limit in the same unit, when it has one. */
  limit: number | null;
  unit: 'chars' | 'words';
  within: boolean;
}

export interface UiFigures {
  grade: number | null;
  formality: number | null;
  averageSentenceWords: number | null;
}

export interface UiVersion {
  audience: VersionAudience;
  channel: { id: ChannelId; kind: ChannelKind; maxChars: number | null; maxWords: number | null; source: string };
  language: 'en' | 'ru';
  parts: UiVersionPart[];
  text: string;
  /** Each fact of the version with its span in the release (UTF-16 offsets into the input). */
  facts: TracedFact[];
  targets: { id: string; value: number; max: number; met: boolean; source: string }[];
  verification: {
    ok: boolean;
    counts: Record<string, number>;
    findings: { rule: string; category: string; message: string; text: string }[];
  };
  notes: string[];
  glossary: { term: string; kind: string; definition?: string }[];
  translatorNotes: string[];
  /** The release's figures and the version's (links left out). */
  before: UiFigures;
  after: UiFigures;
}

export interface VersionsResult {
  type: 'versions';
  id: number;
  /** The text the version was made from (the editor may have moved on). */
  text: string;
  audience: VersionAudience;
  channel: ChannelId;
  version: UiVersion;
  ms: number;
}
