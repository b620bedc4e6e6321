/**
 * Test helpers for the lint engine. `contextOf(input, language)` builds the rule context through
 * the real pipeline (`analyzeDetailed`, Markdown by default, so cases can use emphasis, code,
 * quotes, block quotes and `<!-- attache-… -->` directives), optionally forcing every sentence's
 * grade to test the hard-sentence thresholds exactly.
 */
import { LineIndex } from '../src/lines.js';
import { lint, RULES, type LintConfig, type RuleContext } from '../src/lint/index.js';
import { analyzeDetailed } from '../src/analyze.js';
import { difficultyOf } from '../src/readability/index.js';
import type { Finding, LanguageCode } from '../src/schema.js';

export interface ContextOptions {
  locale?: 'en' | 'ru';
  /** Override the grade of every sentence (to test hard-sentence thresholds exactly). */
  grade?: number | null;
  /** How to read the input (default Markdown, so tests can use emphasis, code, quotes, comments). */
  format?: 'text' | 'markdown' | 'html';
}

export function contextOf(input: string, language: LanguageCode = 'en', opts: ContextOptions = {}): RuleContext {
  // The real pipeline: Markdown parsing with its offset map, the segmenter and the grades.
  const { prose, sentences } = analyzeDetailed(input, { language, format: opts.format ?? 'markdown', lint: false });
  const graded =
    opts.grade === undefined
      ? sentences
      : sentences.map((s) => ({ ...s, grade: opts.grade ?? null, difficulty: difficultyOf(opts.grade ?? 0) }));
  return { input, prose, language, sentences: graded, lines: new LineIndex(input), locale: opts.locale ?? 'en' };
}

export function lintText(
  input: string,
  language: LanguageCode = 'en',
  config?: LintConfig,
  opts: ContextOptions = {},
): Finding[] {
  return lint(contextOf(input, language, opts), config);
}

/** Only the findings of one rule. */
export function lintRule(
  ruleId: string,
  input: string,
  language: LanguageCode = 'en',
  config?: LintConfig,
  opts: ContextOptions = {},
): Finding[] {
  // An opt-in rule asked for by name runs unless the configuration says otherwise.
  const rules = (config?.rules ?? {}) as Record<string, unknown>;
  const cfg: LintConfig | undefined =
    RULES.get(ruleId)?.meta.optIn && !(ruleId in rules)
      ? { ...config, rules: { ...rules, [ruleId]: true } as LintConfig['rules'] }
      : config;
  return lintText(input, language, cfg, opts).filter((f) => f.ruleId === ruleId);
}

/** Reads a release from the eval set: header lines, a blank line, then the text. */
export function releaseBody(raw: string): string {
  const i = raw.indexOf('\n\n');
  return i < 0 ? raw : raw.slice(i + 2);
}

// ---------------------------------------------------------------- RuleTester-style cases

export interface ExpectedError {
  messageId: string;
  /** The fix text, or null for "no fix". Omit to not check. */
  fix?: string | null;
  suggestions?: string[];
  severity?: 'error' | 'warning' | 'suggestion';
  data?: Record<string, string | number>;
}

export interface InvalidCase {
  /** The text, with every expected finding's span marked `[[…]]` (in order). */
  code: string;
  language?: LanguageCode;
  config?: LintConfig;
  opts?: ContextOptions;
  errors: ExpectedError[];
  /** The text after applyFixes, when the case has fixes. */
  output?: string;
}

export interface ValidCase {
  code: string;
  language?: LanguageCode;
  config?: LintConfig;
  opts?: ContextOptions;
}

/** The `[[…]]` marks, from `@attache/core/testing`. */
export { unmark } from '../src/testing.js';
