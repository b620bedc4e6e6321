/**
 * One file's work, the same in the main thread and in a worker: analyze, optionally apply the
 * safe fixes and analyze again, and check the targets with core's `evaluate`.
 */
import {
  analyze,
  applyFixes,
  AttacheInputError,
  detectLanguage,
  evaluate,
  type LintConfig,
  type PolicyResult,
  type Report,
  type Targets,
} from '@attache/core';
import type { InputFormat, LanguageOption, LocaleOption } from './args.js';

export interface Task {
  text: string;
  format: InputFormat;
  language: LanguageOption;
  /** 'auto': Russian messages for a Russian text (a catalogue exists), English otherwise. */
  locale: LocaleOption | 'auto';
  /** false: scores only (attache score without finding-based targets). */
  lint: LintConfig | false;
  /** Targets after merging the audience's, the config's and the flags'. Empty: none checked. */
  targets: Targets;
  fix: boolean;
  /** --max-length: the longest input analysed; core's default when undefined. */
  maxLength?: number | undefined;
}

export interface TaskResult {
  /** The report of the input as given. */
  report?: Report;
  /** With `fix`: the fixed text, what was applied, and the report of the fixed text. */
  fixed?: { text: string; applied: number; skipped: number; report: Report };
  /** Checked on the final report (the fixed one with `fix`). */
  policy?: PolicyResult;
  error?: { message: string; code: string | undefined };
}

/** The locale of a task: as set, else guessed from the language chosen or detected in the text. */
function guessLocale(task: Task): LocaleOption {
  if (task.locale !== 'auto') return task.locale;
  if (task.language !== 'auto') return task.language === 'ru' ? 'ru' : 'en';
  return detectLanguage(task.text).code === 'ru' ? 'ru' : 'en';
}

export function runTask(task: Task): TaskResult {
  try {
    const options = {
      language: task.language,
      format: task.format,
      locale: guessLocale(task),
      lint: task.lint,
      ...(task.maxLength !== undefined ? { maxLength: task.maxLength } : {}),
    };
    let report = analyze(task.text, options);
    // A guess from the raw text (markup and all) that the analysis contradicts: once more, in the
    // language the report found.
    const found: LocaleOption = report.language.code === 'ru' ? 'ru' : 'en';
    if (task.locale === 'auto' && found !== options.locale) {
      options.locale = found;
      report = analyze(task.text, options);
    }
    let final = report;
    const result: TaskResult = { report };
    if (task.fix) {
      const fixable = report.findings.filter((f) => f.fix !== undefined);
      if (fixable.length > 0) {
        const out = applyFixes(task.text, fixable);
        const after = out.text === task.text ? report : analyze(out.text, options);
        result.fixed = { text: out.text, applied: out.applied.length, skipped: out.skipped.length, report: after };
        final = after;
      }
    }
    if (Object.keys(task.targets).length > 0) result.policy = evaluate(final, task.targets);
    return result;
  } catch (err) {
    if (err instanceof AttacheInputError) return { error: { message: cliWording(err.message), code: err.code } };
    const e = err as Error;
    return { error: { message: `internal error: ${e.stack ?? e.message}`, code: 'internal' } };
  }
}

/** Core's messages name its options; on the command line the flag is what a user can change. */
export function cliWording(message: string): string {
  return message.replace(/raise the "maxLength" option/g, 'pass a higher --max-length N');
}
