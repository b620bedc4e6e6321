/**
 * @attache/audiences — proposes rewrites of official press releases for young, rural and
 * foreign-language readers, with an independent meaning lock, an output-hygiene check and
 * cultural-linguistic checklists. Browser-safe (no Node built-ins).
 */
export { youth, thread } from './youth.js';
export type { Thread, ThreadOptions } from './youth.js';
export { rural } from './rural.js';
export { citeSources } from './cite.js';
export { foreign, glossary, idiomsLeft } from './foreign.js';
export type { GlossaryEntry } from './foreign.js';
export { prepare } from './prepare.js';
export type { PrepareOptions } from './prepare.js';
export { rewrite, choose } from './rewrite.js';
export type { RewriteOptions, RewriteResult, AppliedProposal, RejectedProposal } from './rewrite.js';
export { applyProposals } from './apply.js';
export type { ApplyResult } from './apply.js';
export { checkMeaning, extractFacts } from './meaning-lock.js';
export type { Fact, FactKind, LockOptions, LockReport } from './meaning-lock.js';
export {
  compose,
  CHANNELS,
  DEFAULT_CHANNEL,
  VERSION_TARGETS,
  targetsFor,
  ComposeInputError,
  postLength,
  readerProse,
} from './compose/index.js';
export type {
  Brief,
  ComposeOptions,
  ComposeModelOptions,
  Version,
  TargetFigure,
  Channel,
  ChannelId,
  ChannelKind,
  VersionTarget,
  ModelUse,
} from './compose/index.js';
export { openAICompatible } from './providers/openai-compatible.js';
export type { OpenAICompatibleOptions } from './providers/openai-compatible.js';
export { GeneratorError, GeneratorInputError } from './providers/types.js';
export type { ChatMessage, Generator } from './providers/types.js';
export { verify, verifyMessage, verifyRuleTester, VERIFY_RULES, VerifyInputError } from './verify/index.js';
export type {
  VerifyReport,
  VerifyFinding,
  VerifyOptions,
  VerifyRule,
  VerifyRuleId,
  VerifyMessageId,
  VerifyCategory,
  TracedFact,
  ProtectedSpan,
} from './verify/index.js';
export { checkHygiene } from './hygiene.js';
export type { HygieneDefect, HygieneKind, HygieneOptions, HygieneReport } from './hygiene.js';
export { diffHunks, unifiedDiff } from './diff.js';
export type { DiffHunk, DiffSide } from './diff.js';
export { findDefinitions } from './acronyms.js';
export type { AcronymDefinition } from './acronyms.js';
export { AudienceInputError, KIND_PRIORITY } from './adapter.js';
export { CHECKLISTS } from './checklist/index.js';
export { PROPOSAL_KINDS } from './kinds.js';
export { PROPOSERS } from './proposers/index.js';
export type { ProposerMeta } from './proposers/draft.js';
/** The source registry is core's (one for lint rules, lists, proposers and checklist items). */
export { SOURCES, citeSource } from '@attache/core';
export type {
  Audience,
  AudienceId,
  ChecklistItem,
  ChecklistStatus,
  Evidence,
  Proposal,
  ProposalKind,
  ProposeOptions,
  ChecklistOptions,
  TargetSource,
} from './types.js';

import { foreign } from './foreign.js';
import { rural } from './rural.js';
import { youth } from './youth.js';
import type { Audience, AudienceId } from './types.js';

/** The three adapters by id. */
export const audiences: Record<AudienceId, Audience> = { youth, rural, foreign };
