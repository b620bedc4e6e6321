/**
 * `--baseline FILE`: findings recorded once (`--update-baseline`) stop failing the run, so an
 * archive of old releases does not block CI while new findings still do.
 *
 * A finding is identified by its file, rule id and actual text (whitespace collapsed), plus its
 * occurrence index among the findings with the same rule and text in that file: the third
 * "utilise" flagged by plain-words in a.txt. No line numbers, so edits elsewhere in the file that
 * shift lines do not turn old findings into new ones. The file stores a count per
 * (file, rule, text): occurrences 0 … count-1 are known.
 *
 * A missed target is recorded too, as `target/<id>` (the rule id the formatters give it) with no
 * text: a file the baseline knows to miss `maxGrade` does not fail the run on it, whatever its
 * grade, until the baseline is updated; a target it did not miss when recorded still counts.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import type { Finding, PolicyResult } from '@attache/core';
import { writeAtomic } from './atomic.js';
import { CliError } from './errors.js';
import { m } from './messages.js';

export interface BaselineEntry {
  ruleId: string;
  actual: string;
  count: number;
}

export interface BaselineData {
  version: 1;
  '//'?: string;
  files: Record<string, BaselineEntry[]>;
}

export type Baseline = Map<string, Map<string, number>>;

const keyOf = (ruleId: string, actual: string): string => `${ruleId}\u0000${actual.replace(/\s+/g, ' ').trim()}`;

/** The path a file is recorded under: relative to the baseline's directory, with forward slashes. */
export function baselinePath(baselineFile: string, abs: string): string {
  return relative(dirname(baselineFile), abs).split(sep).join('/');
}

export function loadBaseline(path: string, display: string): Baseline {
  if (!existsSync(path)) {
    throw new CliError(m('baseline.notFound', { file: display }), m('baseline.notFoundHint', { file: display }));
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new CliError(m('baseline.badJson', { file: display, why: (err as Error).message }), m('baseline.recreate'));
  }
  const bad = (key: string): CliError =>
    new CliError(m('baseline.malformed', { file: display, key }), m('baseline.recreate'));
  if (!data || typeof data !== 'object' || (data as { version?: unknown }).version !== 1) throw bad('version');
  const files = (data as { files?: unknown }).files;
  if (!files || typeof files !== 'object' || Array.isArray(files)) throw bad('files');
  const out: Baseline = new Map();
  for (const [file, entries] of Object.entries(files as Record<string, unknown>)) {
    if (!Array.isArray(entries)) throw bad(`files.${file}`);
    const counts = new Map<string, number>();
    entries.forEach((e: unknown, i) => {
      const x = e as Partial<BaselineEntry>;
      if (
        typeof x?.ruleId !== 'string' ||
        typeof x.actual !== 'string' ||
        !Number.isInteger(x.count) ||
        (x.count as number) < 1
      ) {
        throw bad(`files.${file}[${i}]`);
      }
      const k = keyOf(x.ruleId, x.actual);
      counts.set(k, (counts.get(k) ?? 0) + (x.count as number));
    });
    out.set(file, counts);
  }
  return out;
}

/** Splits findings into new ones and those the baseline knows (by occurrence index). */
export function partition(
  findings: readonly Finding[],
  known: Map<string, number> | undefined,
): { fresh: Finding[]; suppressed: number } {
  if (!known || known.size === 0) return { fresh: [...findings], suppressed: 0 };
  const seen = new Map<string, number>();
  const fresh: Finding[] = [];
  let suppressed = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const k = keyOf(f.ruleId, f.actual);
    const index = seen.get(k) ?? 0;
    seen.set(k, index + 1);
    if (index < (known.get(k) ?? 0)) suppressed++;
    else fresh.push(f);
  }
  fresh.sort((a, b) => a.start - b.start || a.end - b.end);
  return { fresh, suppressed };
}

/** The entry of a missed target: `target/<id>`, no text. */
const targetEntry = (id: string): { ruleId: string; actual: string } => ({ ruleId: `target/${id}`, actual: '' });

/** Splits a file's missed targets into those the baseline knows and the rest (which still fail). */
export function partitionTargets(
  policy: PolicyResult | undefined,
  known: Map<string, number> | undefined,
): { policy: PolicyResult | undefined; suppressed: number } {
  if (!policy || policy.met || !known || known.size === 0) return { policy, suppressed: 0 };
  const failed = policy.failed.filter((t) => {
    const e = targetEntry(t.id);
    return (known.get(keyOf(e.ruleId, e.actual)) ?? 0) < 1;
  });
  // `results` still says what the text measures; `met` and `failed` are what counts.
  return { policy: { ...policy, met: failed.length === 0, failed }, suppressed: policy.failed.length - failed.length };
}

export function buildBaseline(
  files: readonly { path: string; findings: readonly Finding[]; policy?: PolicyResult | undefined }[],
): BaselineData {
  const out: BaselineData = {
    version: 1,
    '//': 'Findings and missed targets recorded by `attache lint --update-baseline`: they no longer fail the run; new ones do. Regenerate, do not edit.',
    files: {},
  };
  for (const { path, findings, policy } of [...files].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  )) {
    const missed = (policy?.failed ?? []).map((t) => targetEntry(t.id));
    if (findings.length === 0 && missed.length === 0) continue;
    const counts = new Map<string, BaselineEntry>();
    for (const f of [...findings, ...missed]) {
      const actual = f.actual.replace(/\s+/g, ' ').trim();
      const k = keyOf(f.ruleId, actual);
      const e = counts.get(k);
      if (e) e.count++;
      else counts.set(k, { ruleId: f.ruleId, actual, count: 1 });
    }
    out.files[path] = [...counts.values()].sort((a, b) =>
      a.ruleId === b.ruleId ? (a.actual < b.actual ? -1 : 1) : a.ruleId < b.ruleId ? -1 : 1,
    );
  }
  return out;
}

export function writeBaseline(path: string, data: BaselineData): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeAtomic(path, JSON.stringify(data, null, 2) + '\n');
  } catch (err) {
    throw new CliError(m('baseline.cannotWrite', { file: path, why: (err as Error).message }));
  }
}
