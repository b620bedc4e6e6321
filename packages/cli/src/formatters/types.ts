import type { Finding, PolicyResult, Report, TargetResult } from '@attache/core';
import type { Colors } from '../colors.js';

/** One file's outcome, as every formatter sees it. */
export interface FileResult {
  /** As shown: relative to the working directory, forward slashes ("<stdin>" for unnamed stdin). */
  path: string;
  abs: string;
  stdin: boolean;
  /** The text the report's offsets point into (the fixed text after --fix). */
  text: string;
  report?: Report | undefined;
  /** Findings to show: after the baseline (and --quiet) filtered them. */
  findings: Finding[];
  policy?: PolicyResult | undefined;
  /** Findings the baseline knew, not shown. */
  suppressed: number;
  /** Why the file could not be checked (exit 2). */
  error?: string | undefined;
  fixes?: { applied: number; skipped: number } | undefined;
}

export interface FormatContext {
  command: 'lint' | 'score';
  cwd: string;
  version: string;
  colors: Colors;
  /** Language of the formatter's own words (summaries, severities); 'en' when absent. */
  locale?: 'en' | 'ru';
}

export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;

/** Rule id under which a missed target is reported in SARIF and GitHub annotations. */
export const targetRuleId = (t: TargetResult): string => `target/${t.id}`;

const TARGET_LABEL: Record<string, string> = {
  maxGrade: 'grade',
  maxFormality: 'formality',
  minFormality: 'formality',
  minReadingEase: 'reading ease',
  maxEflaw: 'McAlpine EFLAW score',
  maxAverageSentenceWords: 'average sentence length',
  maxHardSentenceShare: 'share of hard sentences',
  maxErrors: 'errors',
  maxWarnings: 'warnings',
};

/** "grade 12.4 is above the target of 10 (maxGrade)" */
export function describeTarget(t: TargetResult): string {
  const what = TARGET_LABEL[t.id] ?? t.id;
  if (t.actual === null) return `${what} cannot be measured; target ${t.comparison} ${t.limit} (${t.id}) counts as met`;
  const verb = t.met
    ? t.comparison === '<='
      ? 'is within'
      : 'reaches'
    : t.comparison === '<='
      ? 'is above'
      : 'is below';
  return `${what} ${t.actual} ${verb} the target of ${t.limit} (${t.id})`;
}

export function severityCounts(findings: readonly Finding[]): { error: number; warning: number; suggestion: number } {
  const c = { error: 0, warning: 0, suggestion: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
