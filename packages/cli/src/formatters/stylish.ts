import type { Finding, Severity } from '@attache/core';
import type { Colors } from '../colors.js';
import { mIn, plural as pluralIn, type MessageLocale, type Noun } from '../messages.js';
import { excerpt } from './excerpt.js';
import { describeTarget, severityCounts, type FileResult, type Formatter } from './types.js';

/** The formatter's own words in English or Russian. */
function wordsFor(locale: MessageLocale) {
  const plural = (n: number, noun: Noun): string => pluralIn(n, noun, locale);
  return {
    plural,
    severity: (s: Severity): string => mIn(locale, `lint.${s}`),
    target: mIn(locale, 'lint.target'),
    error: mIn(locale, 'lint.error'),
    empty: (path: string): string => mIn(locale, 'lint.empty', { file: path }),
    clean: (files: number): string => mIn(locale, 'lint.clean', { files: plural(files, 'file') }),
    baseline: (n: number): string => mIn(locale, 'lint.baseline', { findings: plural(n, 'finding') }),
    fixed: (n: number, files: number): string =>
      mIn(locale, 'lint.fixed', { problems: plural(n, 'problem'), files: plural(files, 'file') }),
    fixable: (n: number): string => mIn(locale, 'lint.fixable', { findings: plural(n, 'finding') }),
  };
}

function paint(c: Colors, sev: Severity | 'target'): (s: string) => string {
  return sev === 'error' || sev === 'target' ? c.red : sev === 'warning' ? c.yellow : c.blue;
}

/** Grouped by file: line:column, severity, message, rule id, then the sentence with the span marked. */
export const stylish: Formatter = (results, ctx) => {
  const c = ctx.colors;
  const w = wordsFor(ctx.locale ?? 'en');
  const plural = w.plural;
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let suggestions = 0;
  let missed = 0;
  let suppressed = 0;
  let fixed = 0;
  let fixedFiles = 0;
  for (const r of results) {
    suppressed += r.suppressed;
    if (r.fixes && r.fixes.applied > 0) {
      fixed += r.fixes.applied;
      fixedFiles++;
    }
    const failedTargets = r.policy?.failed ?? [];
    if (r.findings.length === 0 && failedTargets.length === 0 && r.error === undefined) continue;
    out.push(c.underline(r.path));
    if (r.error !== undefined) {
      out.push(`  ${c.red(w.error)}  ${r.error}`);
      out.push('');
      continue;
    }
    const rows = r.findings.map((f) => ({ f, loc: `${f.loc.start.line}:${f.loc.start.column}` }));
    const locW = Math.max(6, ...rows.map((x) => x.loc.length));
    const sevW =
      Math.max(...(['error', 'warning', 'suggestion'] as const).map((x) => w.severity(x).length), w.target.length) + 2;
    for (const { f, loc } of rows) {
      const counts = severityCounts([f]);
      errors += counts.error;
      warnings += counts.warning;
      suggestions += counts.suggestion;
      out.push(
        `  ${c.gray(loc.padEnd(locW))}  ${paint(c, f.severity)(w.severity(f.severity).padEnd(sevW))}${f.message}  ${c.gray(f.ruleId)}`,
      );
      out.push(...marked(r, f, locW + sevW + 4, c));
    }
    for (const t of failedTargets) {
      missed++;
      out.push(
        `  ${c.gray(w.target.padEnd(locW))}  ${c.red(w.error.padEnd(sevW))}${describeTarget(t, ctx.locale ?? 'en')}  ${c.gray(`target/${t.id}`)}`,
      );
    }
    out.push('');
  }
  const problems = errors + warnings + suggestions + missed;
  const tail: string[] = [];
  // Files with no text had nothing to check: say so rather than pass over them in silence.
  for (const r of results) if (r.error === undefined && r.text.trim() === '') tail.push(w.empty(r.path));
  if (problems > 0) {
    const parts = [plural(errors, 'error'), plural(warnings, 'warning'), plural(suggestions, 'suggestion')];
    if (missed > 0) parts.push(plural(missed, 'missed target'));
    const mark = errors + missed > 0 ? c.red('✖') : c.yellow('⚠');
    tail.push(
      c.bold(
        `${mark} ${mIn(ctx.locale ?? 'en', 'lint.summary', { problems: plural(problems, 'problem'), parts: parts.join(', ') })}`,
      ),
    );
  } else if (fixed === 0 && results.length > 0 && results.every((r) => r.error === undefined))
    tail.push(c.green(w.clean(results.length)));
  if (suppressed > 0) tail.push(c.gray(w.baseline(suppressed)));
  if (fixed > 0) tail.push(c.green(w.fixed(fixed, fixedFiles)));
  const fixable = results.reduce((n, r) => n + r.findings.filter((f) => f.fix).length, 0);
  if (fixable > 0 && fixed === 0) tail.push(c.gray(w.fixable(fixable)));
  return out.length + tail.length === 0 ? '' : [...out, ...tail].join('\n') + '\n';
};

function marked(r: FileResult, f: Finding, indent: number, c: Colors): string[] {
  const ex = excerpt(r.text, r.report, f, 100);
  if (ex.text === '') return [];
  const pad = ' '.repeat(indent);
  const before = ex.text.slice(0, ex.at);
  const span = ex.text.slice(ex.at, ex.at + ex.length);
  const after = ex.text.slice(ex.at + ex.length);
  const hue = paint(c, f.severity);
  const line = c.enabled ? `${c.gray(before)}${c.bold(hue(span))}${c.gray(after)}` : ex.text;
  // A finding about the whole sentence needs no carets: the sentence is the span.
  if (ex.at === 0 && ex.length >= ex.text.length - 1) return [pad + line];
  return [pad + line, pad + ' '.repeat(ex.at) + hue('^'.repeat(ex.length))];
}
