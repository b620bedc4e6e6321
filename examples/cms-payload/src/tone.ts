/**
 * The CMS-independent part: analyse a body, check it against targets with core's `evaluate`
 * (the one policy function the CLI and the audience adapters use too) and shape the result as
 * the `tone` data a document stores.
 */
import {
  analyze,
  evaluate,
  type Finding,
  type PolicyResult,
  type Report,
  type Severity,
  type Targets,
} from '@attache/core';
import { thread, type Audience, type ChecklistItem } from '@attache/audiences';
import { describeTarget, summaryText, type MessageLocale } from './messages.js';
import type { ResolvedOptions } from './options.js';

export interface ToneFinding {
  message: string;
  ruleId: string;
  severity: Severity;
  /** UTF-16 offsets into the stored body, end exclusive. */
  start: number;
  end: number;
  line: number;
  column: number;
  /** body.slice(start, end), cut to 200 characters. */
  text: string;
}

export interface ToneTarget {
  target: string;
  actual: number | null;
  limit: number;
  comparison: '<=' | '>=';
  met: boolean;
  /** The figure against its limit, in the editor's words. */
  message: string;
}

export interface ToneAudience {
  /** The audience: 'youth', 'rural' or 'foreign' (Payload reserves `id`). */
  name: string;
  pass: number;
  fail: number;
  manual: number;
  /** Labels of the failed checklist items. */
  failedItems: string[];
}

/** What the `tone` group of a document holds. */
export interface ToneData {
  computedAt: string;
  mode: 'warn' | 'block';
  language: string;
  format: 'text' | 'markdown' | 'html';
  words: number;
  sentences: number;
  formality: number | null;
  formalityLabel: string;
  grade: number | null;
  readingAge: number | null;
  /** Too short for the formulas to mean much (< 100 words or < 3 sentences). */
  tooShort: boolean;
  findings: { errors: number; warnings: number; suggestions: number };
  /** null when no targets apply. */
  targetsMet: boolean | null;
  targets: ToneTarget[];
  /** The missed targets in words: what warn mode records and block mode refuses with. */
  warnings: string[];
  /** Figures, targets, top findings and checklist as a few lines an editor reads. */
  summary: string;
  topFindings: ToneFinding[];
  audience: ToneAudience | null;
  report?: Report | null;
}

export interface ToneSettings {
  format: ResolvedOptions['format'];
  language: ResolvedOptions['language'];
  locale: MessageLocale;
  mode: ResolvedOptions['mode'];
  lint?: ResolvedOptions['lint'];
  targets: Targets;
  audience?: Audience;
  topFindings: number;
  storeReport: boolean;
  /** Passed to `analyze` as `timeBudgetMs`. */
  timeBudgetMs?: number;
}

export interface ToneResult {
  tone: ToneData;
  report: Report;
  policy: PolicyResult;
  top: Finding[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, suggestion: 2 };
const round = (n: number | null, digits = 1): number | null =>
  n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * The findings an editor should see first: by severity, then position, one per rule before a
 * second of the same rule (so five warnings are not five times "hard sentence").
 */
export function topFindings(findings: readonly Finding[], n: number): Finding[] {
  if (n <= 0) return [];
  const sorted = [...findings].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || a.start - b.start || a.end - b.end,
  );
  const picked: Finding[] = [];
  const rules = new Set<string>();
  for (const f of sorted) {
    if (picked.length >= n) break;
    if (rules.has(`${f.severity}:${f.ruleId}`)) continue;
    rules.add(`${f.severity}:${f.ruleId}`);
    picked.push(f);
  }
  for (const f of sorted) {
    if (picked.length >= n) break;
    if (!picked.includes(f)) picked.push(f);
  }
  return picked.sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.start - b.start);
}

function summarise(items: ChecklistItem[], name: string): ToneAudience {
  const count = (s: ChecklistItem['status']) => items.filter((i) => i.status === s).length;
  return {
    name,
    pass: count('pass'),
    fail: count('fail'),
    manual: count('manual'),
    failedItems: items.filter((i) => i.status === 'fail').map((i) => i.label),
  };
}

/** Analyses `body` and returns the tone to store, the report and the policy result. */
export function computeTone(body: string, settings: ToneSettings, now: Date = new Date()): ToneResult {
  const report = analyze(body, {
    format: settings.format,
    language: settings.language,
    locale: settings.locale,
    ...(settings.lint ? { lint: settings.lint } : {}),
    ...(settings.timeBudgetMs !== undefined ? { timeBudgetMs: settings.timeBudgetMs } : {}),
  });
  const policy = evaluate(report, settings.targets);
  const top = topFindings(report.findings, settings.topFindings);
  const bySeverity = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  // The checklist receives youth's thread from here (it makes none itself).
  const checklist = settings.audience
    ? settings.audience.checklist(report, body, {
        locale: settings.locale,
        ...(settings.audience.id === 'youth' ? { thread: thread(report, body) } : {}),
      })
    : null;

  const tone: ToneData = {
    computedAt: now.toISOString(),
    mode: settings.mode,
    language: report.language.code,
    format: report.format,
    words: report.counts.words,
    sentences: report.counts.sentences,
    formality: round(report.formality.score),
    formalityLabel: report.formality.label,
    grade: round(report.readability.grade),
    readingAge: round(report.readability.readingAge),
    tooShort: report.readability.tooShort,
    findings: { errors: bySeverity('error'), warnings: bySeverity('warning'), suggestions: bySeverity('suggestion') },
    targetsMet: policy.results.length > 0 ? policy.met : null,
    targets: policy.results.map((t) => ({
      target: t.id,
      actual: t.actual,
      limit: t.limit,
      comparison: t.comparison,
      met: t.met,
      message: describeTarget(t, settings.locale),
    })),
    warnings: policy.failed.map((t) => describeTarget(t, settings.locale)),
    summary: '',
    topFindings: top.map((f) => ({
      message: f.message,
      ruleId: f.ruleId,
      severity: f.severity,
      start: f.start,
      end: f.end,
      line: f.loc.start.line,
      column: f.loc.start.column,
      text: f.actual.length > 200 ? `${f.actual.slice(0, 199)}…` : f.actual,
    })),
    audience: checklist && settings.audience ? summarise(checklist, settings.audience.id) : null,
  };
  tone.summary = summaryText({ ...tone, results: policy.results, top }, settings.locale);
  if (settings.storeReport) tone.report = report;
  return { tone, report, policy, top };
}
