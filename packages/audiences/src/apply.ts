/**
 * `applyProposals(input, proposals)`: applies the non-overlapping proposals (best first when
 * they overlap) in one go, with the diff and the before/after scores. No meaning lock here:
 * `rewrite` is the checked path; this is for a UI where a person picked the edits.
 */
import { analyze, type AnalyzeOptions, type Report } from '@attache/core';
import { diffHunks, unifiedDiff, type DiffHunk } from './diff.js';
import { AudienceInputError, describeValue, requireString } from './guard.js';
import { choose } from './rewrite.js';
import type { Proposal } from './types.js';

export interface ApplyResult {
  text: string;
  applied: Proposal[];
  skipped: Proposal[];
  diff: DiffHunk[];
  unified: string;
  before: Report;
  after: Report;
}

export function applyProposals(input: string, proposals: Proposal[], options: AnalyzeOptions = {}): ApplyResult {
  requireString(input, 'applyProposals()', 'input');
  if (!Array.isArray(proposals))
    throw new AudienceInputError(
      `applyProposals(): "proposals" must be an array of proposals (from audience.propose), but got ${describeValue(proposals)}.`,
    );
  const valid = proposals.filter(
    (p) => p.start >= 0 && p.end <= input.length && input.slice(p.start, p.end) === p.original,
  );
  const chosen = choose(valid);
  let text = input;
  for (const p of chosen.toReversed()) text = text.slice(0, p.start) + p.replacement + text.slice(p.end);
  const before = analyze(input, options);
  const language = before.language.supported
    ? { language: before.language.code as NonNullable<AnalyzeOptions['language']> }
    : {};
  return {
    text,
    applied: chosen,
    skipped: proposals.filter((p) => !chosen.includes(p)),
    diff: diffHunks(input, text),
    unified: unifiedDiff(input, text),
    before,
    after: analyze(text, { ...options, ...language }),
  };
}
