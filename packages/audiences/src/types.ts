import type { Finding, Locale, Location, PolicyResult, Report, Targets } from '@attache/core';

export type AudienceId = 'youth' | 'rural' | 'foreign';

import type { ProposalKind } from './kinds.js';

export type { ProposalKind };

export interface Proposal {
  /** Stable for the same input and audience: `<audience>.<kind>.<start>-<end>`. */
  id: string;
  kind: ProposalKind;
  /** UTF-16 offsets into the input, `end` exclusive: `input.slice(start, end) === original`. */
  start: number;
  end: number;
  original: string;
  replacement: string;
  /** Why, in the caller's locale. */
  rationale: string;
  /** 0..1: how sure the proposer is that the replacement reads right and means the same. */
  confidence: number;
  /** True when `rewrite(…, { accept: 'safe' })` may apply it without a person looking. */
  safe: boolean;
  /** Rule ids of the lint findings (or the adapter's own checks) that the proposal answers. */
  findings: string[];
}

export interface Evidence {
  start: number;
  end: number;
  loc: Location;
  /** `input.slice(start, end)`. */
  text: string;
}

export type ChecklistStatus = 'pass' | 'fail' | 'manual';

export interface ChecklistItem {
  id: string;
  /** pass / fail when checked automatically (with evidence), manual when a person must decide. */
  status: ChecklistStatus;
  /** Localised. */
  label: string;
  /** Localised: what to check and why, for this audience. */
  explanation: string;
  /** Spans of the input that the check found (empty for manual items without hints). */
  evidence: Evidence[];
  /** Where the practice comes from (GOV.UK, ASD-STE100, Global English, McAlpine, press-office practice…). */
  source: string;
  /** True when the status was computed, not left to a person. */
  automatic: boolean;
}

export interface TargetSource {
  /** Ids of the source registry (`SOURCES` of @attache/core) the threshold comes from. */
  sources: string[];
  /** Their citation, one line made from the registry. */
  source: string;
  /** Why this audience has it, in English (the checklist item localises). */
  note: string;
}

export interface ProposeOptions {
  /** Locale of rationales, labels and explanations. Default: the report's analysis locale, else 'en'. */
  locale?: Locale;
  /**
   * The names of the issuing institution (which may become "we"), when the caller knows them;
   * `[]` for none. Default: detected in the text. `rewrite` fixes them from its input so that
   * a later round cannot pick another institution once the first speaks as "we".
   */
  issuer?: string[];
}

export interface ChecklistOptions extends ProposeOptions {
  /** The social thread made from the release (youth's platform-norms item checks its posts);
   * without it that item checks hashtags only. */
  thread?: { posts: readonly string[] };
}

export interface Audience {
  id: AudienceId;
  /** The targets a rewrite for this audience aims at, in `@attache/core`'s `TargetsSchema` shape. */
  targets: Targets;
  /** Where each target comes from. */
  targetSources: Partial<Record<keyof Targets, TargetSource>>;
  /** Word limit per sentence that triggers a split proposal. */
  maxSentenceWords: number;
  /** Proposals for the text behind `report` (`input` defaults to the analysis kept in memory). */
  propose(report: Report, input?: string, options?: ProposeOptions): Proposal[];
  /**
   * The cultural and linguistic checklist for this audience, from what the caller hands it: the
   * report, and for youth the social thread (`thread(report, input)`), whose posts the
   * platform-norms item checks. It makes no thread and runs no rewrite itself.
   */
  checklist(report: Report, input?: string, options?: ChecklistOptions): ChecklistItem[];
  /** `@attache/core`'s `evaluate(report, this.targets)`. */
  evaluate(report: Report): PolicyResult;
}

export type { Finding };
