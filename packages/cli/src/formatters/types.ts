import type { Finding, PolicyResult, Report, TargetResult } from '@attache/core';
import type { Colors } from '../colors.js';
import { getLocale, mIn, type MessageLocale, type PlainKey } from '../messages.js';

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
  locale?: MessageLocale;
}

export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;

/** Rule id under which a missed target is reported in SARIF and GitHub annotations. */
export const targetRuleId = (t: TargetResult): string => `target/${t.id}`;

const TARGET_LABEL: Record<string, PlainKey> = {
  maxGrade: 'target.maxGrade',
  maxFormality: 'target.maxFormality',
  minFormality: 'target.minFormality',
  minReadingEase: 'target.minReadingEase',
  maxEflaw: 'target.maxEflaw',
  maxAverageSentenceWords: 'target.maxAverageSentenceWords',
  maxHardSentenceShare: 'target.maxHardSentenceShare',
  maxErrors: 'target.maxErrors',
  maxWarnings: 'target.maxWarnings',
};

/** "grade 12.4 is above the target of 10 (maxGrade)", in `locale` (default: the run's). */
export function describeTarget(t: TargetResult, locale: MessageLocale = getLocale()): string {
  const label = TARGET_LABEL[t.id];
  const what = label ? mIn(locale, label) : t.id;
  if (t.actual === null)
    return mIn(locale, 'target.unmeasured', { what, comparison: t.comparison, limit: t.limit, id: t.id });
  const key = t.met
    ? t.comparison === '<='
      ? 'target.within'
      : 'target.reaches'
    : t.comparison === '<='
      ? 'target.above'
      : 'target.below';
  return mIn(locale, key, { what, actual: t.actual, limit: t.limit, id: t.id });
}

export function severityCounts(findings: readonly Finding[]): { error: number; warning: number; suggestion: number } {
  const c = { error: 0, warning: 0, suggestion: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
