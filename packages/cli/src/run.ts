/**
 * `attache lint` and `attache score`: resolve inputs and config, analyse (in workers when it pays,
 * from the cache when asked), apply the baseline and fixes, format, and pick the exit code.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import type { Finding, Targets } from '@attache/core';
import type { CliOptions } from './args.js';
import {
  baselinePath,
  buildBaseline,
  loadBaseline,
  partition,
  partitionTargets,
  writeBaseline,
  type Baseline,
  type BaselineData,
} from './baseline.js';
import { writeAtomic, WriteError } from './atomic.js';
import { version, type Io } from './io.js';
import { createColors, shouldColor } from './colors.js';
import { ConfigResolver, effective, type Effective } from './config.js';
import { CliError, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from './errors.js';
import { EXTENSIONS, formatOf, resolveInputs, sniffFormat, type InputFile } from './files.js';
import { getLocale, m, plural, setLocale, type MessageLocale } from './messages.js';
import { createProgress, wantsProgress } from './progress.js';
import { encodeText, FileError, readInput, readStdin, type Decoded } from './read.js';
import type { ResultCache } from './cache.js';
import type { Task, TaskResult } from './task.js';
import type { FileResult, FormatContext, Formatter } from './formatters/types.js';

export interface Item {
  file: InputFile;
  eff: Effective;
  decoded?: Decoded;
  error?: string;
  task?: Task;
  result?: TaskResult;
}

/** Inputs resolved, their config found (with an audience's targets), and their text read. */
export async function prepare(opts: CliOptions, io: Io): Promise<Item[]> {
  const cwd = io.cwd;
  const stderr = (line: string): void => void io.stderr.write(`attache: ${line}\n`);
  const { files, warnings } = await resolveInputs(opts.inputs, {
    cwd,
    ignorePath: opts.ignorePath,
    noIgnore: opts.noIgnore,
    errorOnUnmatchedPattern: opts.errorOnUnmatchedPattern,
    stdinFilename: opts.stdinFilename,
  });
  for (const w of warnings) stderr(m('run.warning', { message: w }));

  const configs = new ConfigResolver({ explicitPath: opts.config, disabled: opts.noConfig, cwd });
  const flags = {
    language: opts.language,
    formatIn: opts.formatIn,
    locale: opts.locale,
    systemLocale: opts.systemLocale,
    audience: opts.audience,
    maxGrade: opts.maxGrade,
    maxFormality: opts.maxFormality,
  };
  const items: Item[] = files.map((file) => ({ file, eff: effective(configs.forFile(file.abs), flags) }));
  if (items.some((i) => i.eff.audience !== undefined)) {
    // An audience brings its adapter's targets; the config's and the flags' targets win over them.
    const { audiences } = await import('@attache/audiences');
    for (const it of items) {
      if (it.eff.audience)
        it.eff = { ...it.eff, targets: { ...audiences[it.eff.audience].targets, ...it.eff.targets } };
    }
  }

  // Read every input; a file that cannot be read is reported and the others still run.
  for (const it of items) {
    try {
      it.decoded = it.file.stdin ? await readStdin(io.stdin, it.file.display) : readInput(it.file.abs, it.file.display);
    } catch (err) {
      if (err instanceof FileError) it.error = err.message;
      else throw err;
    }
  }

  return items;
}

/** Targets that need the findings: `attache score` runs the rules only when one of them is set. */
const FINDING_TARGETS: readonly (keyof Targets)[] = ['maxErrors', 'maxWarnings'];

export async function runAnalysis(opts: CliOptions, io: Io): Promise<number> {
  const cwd = io.cwd;
  const stderr = (line: string): void => void io.stderr.write(`attache: ${line}\n`);
  if (opts.fixDryRun && opts.format !== 'stylish') {
    throw new CliError(m('run.dryRunFormat'), m('run.dryRunFormatHint'));
  }

  const items = await prepare(opts, io);

  const fix = opts.fix || opts.fixDryRun;
  for (const it of items) {
    if (!it.decoded) continue;
    const targets = it.eff.targets;
    const needsFindings = opts.command === 'lint' || FINDING_TARGETS.some((k) => targets[k] !== undefined);
    it.task = {
      text: it.decoded.text,
      format:
        it.eff.format ??
        (it.file.stdin && EXTENSIONS[extname(it.file.abs).toLowerCase()] === undefined
          ? sniffFormat(it.decoded.text)
          : formatOf(it.file.abs)),
      language: it.eff.language,
      locale: it.eff.localeSet ? it.eff.locale : 'auto',
      lint: needsFindings ? it.eff.lint : false,
      targets,
      fix,
      maxLength: opts.maxLength,
    };
  }

  // Cache, then analysis of what the cache did not have.
  const withTask = items.filter((i) => i.task);
  let cache: ResultCache | undefined;
  const keys = new Map<Item, string>();
  if (opts.cache) {
    const { ResultCache, DEFAULT_CACHE_DIR } = await import('./cache.js');
    cache = new ResultCache(resolve(cwd, opts.cacheLocation ?? DEFAULT_CACHE_DIR));
    for (const it of withTask) {
      const key = cache.key(it.task!);
      keys.set(it, key);
      const hit = cache.get(key, it.task!);
      if (hit) it.result = hit;
    }
  }
  const todo = withTask.filter((i) => !i.result);
  if (todo.length > 0) {
    // The Russian dictionary, before the analysis, only when a text may be Russian (morph.ts).
    const { prepareRussian } = await import('./morph.js');
    const dictionaryWarning = await prepareRussian(todo.map((i) => i.task!));
    if (dictionaryWarning) io.stderr.write(`${dictionaryWarning}\n`);
    const { runTasks } = await import('./pool.js');
    const progress = createProgress(
      io.stderr,
      todo.length,
      wantsProgress(opts.progress, io.stderr.isTTY === true, io.env),
      m('run.progress'),
    );
    const results = await runTasks(
      todo.map((i) => i.task!),
      opts.concurrency,
      (n) => progress.tick(n),
    );
    progress.done();
    todo.forEach((it, k) => {
      it.result = results[k]!;
      if (cache) cache.set(keys.get(it)!, it.result);
    });
  }

  // Errors from the analysis: a bad lint config is a config error; the rest are per-file.
  const configErrors = new Set<string>();
  for (const it of withTask) {
    const e = it.result?.error;
    if (!e) continue;
    if (e.code === 'bad-option') {
      configErrors.add(m('run.invalidConfig', { path: it.eff.configPath ?? m('run.flags'), message: e.message }));
      it.error = e.message;
    } else {
      it.error = `${it.file.display}: ${taskErrorMessage(e, it.task!)}`;
    }
  }
  if (configErrors.size > 0) {
    for (const line of configErrors) stderr(line);
    io.stderr.write(`${m('run.fixConfigKey')}\n`);
    return EXIT_ERROR;
  }

  // Fixes: write them, or show them.
  const diffs: string[] = [];
  let fixedFiles = 0;
  let fixedCount = 0;
  const written = new Set<Item>();
  for (const it of items) {
    const fixed = it.result?.fixed;
    if (!fixed || !it.decoded || fixed.text === it.decoded.text) continue;
    if (opts.fix) {
      try {
        writeAtomic(it.file.abs, encodeText(it.decoded, fixed.text));
        written.add(it);
      } catch (err) {
        const why = err instanceof WriteError ? err.message : (err as Error).message;
        it.error = m('run.cannotWriteFixes', { file: it.file.display, why });
        continue;
      }
      fixedFiles++;
      fixedCount += fixed.applied;
    } else {
      fixedFiles++;
      fixedCount += fixed.applied;
      const { createTwoFilesPatch } = await import('diff');
      const patch = createTwoFilesPatch(
        `a/${it.file.display}`,
        `b/${it.file.display}`,
        it.decoded.text,
        fixed.text,
        '',
        '',
        { context: 3 },
      );
      diffs.push(patch.replace(/^=+\n/, ''));
    }
  }

  // Final reports, then the baseline.
  const results: FileResult[] = items.map((it) => {
    const r = it.result;
    const report = r?.fixed?.report ?? r?.report;
    return {
      path: it.file.display,
      abs: it.file.abs,
      stdin: it.file.stdin,
      text: r?.fixed?.text ?? it.decoded?.text ?? '',
      report: it.error === undefined ? report : undefined,
      findings:
        it.error === undefined ? [...(report?.findings ?? [])].sort((a, b) => a.start - b.start || a.end - b.end) : [],
      policy: it.error === undefined ? r?.policy : undefined,
      suppressed: 0,
      error: it.error,
      // "Fixed" counts only files actually written (an unchanged text has nothing to write).
      fixes:
        opts.fix && r?.fixed && (written.has(it) || r.fixed.text === it.decoded?.text)
          ? { applied: r.fixed.applied, skipped: r.fixed.skipped }
          : undefined,
    };
  });

  // From here on, the run's messages speak the language of its output.
  setLocale(runLocale(opts, items));

  if (opts.baseline !== undefined) {
    const file = resolve(cwd, opts.baseline);
    let known: Baseline;
    if (opts.updateBaseline) {
      const data = buildBaseline(
        results
          .filter((r) => r.error === undefined)
          .map((r) => ({ path: baselinePath(file, r.abs), findings: r.findings, policy: r.policy })),
      );
      mergeUnseen(
        data,
        file,
        results.map((r) => baselinePath(file, r.abs)),
      );
      writeBaseline(file, data);
      const total = Object.values(data.files).reduce((n, es) => n + es.reduce((k, e) => k + e.count, 0), 0);
      stderr(m('run.baselineRecorded', { findings: plural(total, 'finding'), file: opts.baseline }));
      known = loadBaseline(file, opts.baseline);
    } else {
      known = loadBaseline(file, opts.baseline);
    }
    for (const r of results) {
      const entries = known.get(baselinePath(file, r.abs));
      const { fresh, suppressed } = partition(r.findings, entries);
      const targets = partitionTargets(r.policy, entries);
      r.findings = fresh;
      r.policy = targets.policy;
      r.suppressed = suppressed + targets.suppressed;
    }
  }

  // Exit code, from the findings that count.
  let errors = 0;
  let warningCount = 0;
  let missed = 0;
  let broken = 0;
  for (const r of results) {
    if (r.error !== undefined) broken++;
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warningCount++;
    }
    if (r.policy && !r.policy.met) missed++;
  }
  const tooManyWarnings = opts.maxWarnings !== undefined && warningCount > opts.maxWarnings;
  if (opts.quiet) for (const r of results) r.findings = r.findings.filter((f: Finding) => f.severity === 'error');

  // Output.
  const toFile = opts.output !== undefined;
  const stream = io.stdout;
  const colors = createColors(!toFile && shouldColor(opts.color, stream.isTTY === true, io.env));
  let text: string;
  if (opts.fixDryRun) {
    text = diffs.join('');
    stderr(
      fixedCount > 0
        ? m('run.dryRunSummary', { fixes: plural(fixedCount, 'fix'), files: plural(fixedFiles, 'file') })
        : m('run.dryRunNone'),
    );
  } else {
    const ctx: FormatContext = {
      command: opts.command === 'score' ? 'score' : 'lint',
      cwd,
      version: version(),
      colors,
      locale: getLocale(),
    };
    text = (await formatterFor(opts))(results, ctx);
  }
  if (toFile) {
    const out = resolve(cwd, opts.output!);
    writeOutput(out, opts.output!, text);
  } else if (text !== '') {
    stream.write(text);
  }

  if (opts.format !== 'stylish' || toFile || opts.fixDryRun)
    for (const r of results) if (r.error !== undefined) stderr(r.error);
  if (tooManyWarnings)
    stderr(m('run.tooManyWarnings', { warnings: plural(warningCount, 'warning'), max: opts.maxWarnings! }));
  if (cache && (opts.verbose || io.env['ATTACHE_DEBUG_CACHE'])) {
    for (const r of cache.rejected) stderr(m('run.cacheIgnored', { entry: r }));
    stderr(m('run.cacheStats', { hits: cache.hits, misses: cache.misses }));
  }

  if (broken > 0) return EXIT_ERROR;
  if (opts.command === 'lint' && (errors > 0 || tooManyWarnings)) return EXIT_FINDINGS;
  if (missed > 0) return EXIT_FINDINGS;
  return EXIT_OK;
}

/**
 * Writes the report to `--output` atomically: a failed write (full disk, read-only directory)
 * leaves the previous report whole and ends the run with exit 2.
 */
export function writeOutput(abs: string, shown: string, text: string): void {
  try {
    mkdirSync(dirname(abs), { recursive: true });
    writeAtomic(abs, text);
  } catch (err) {
    const why = err instanceof WriteError ? err.message : (err as Error).message;
    throw new CliError(m('run.cannotWriteOutput', { file: shown, why }), m('run.cannotWriteOutputHint'));
  }
}

/**
 * The language of a run's output: --locale or ATTACHE_LOCALE when given; else the one every file
 * was reported in (its config's, a Russian system locale, or its text's language); else the
 * locale the run started with.
 */
export function runLocale(opts: CliOptions, items: readonly Item[]): MessageLocale {
  if (opts.locale !== undefined) return opts.locale;
  const seen = new Set<MessageLocale>();
  for (const it of items) {
    if (it.eff.localeSet) seen.add(it.eff.locale);
    else if (it.result?.report) seen.add(it.result.report.language.code === 'ru' ? 'ru' : 'en');
  }
  return seen.size === 1 ? [...seen][0]! : getLocale();
}

/** Core's refusals the CLI words itself (in the run's language, naming the flag); others as core says. */
function taskErrorMessage(e: { message: string; code: string | undefined }, task: Task): string {
  if (e.code === 'too-large')
    return m('run.tooLarge', {
      length: task.text.length.toLocaleString('en'),
      // core's DEFAULT_MAX_LENGTH
      max: (task.maxLength ?? 20_000_000).toLocaleString('en'),
    });
  // Core's English wording counts the control characters; the Russian one does without.
  if (e.code === 'binary' && getLocale() !== 'en') return m('run.binaryText');
  // A bug: the frame in the run's language, the stack as it is.
  if (e.code === 'internal') return m('cli.internal', { detail: e.message.replace(/^internal error: /, '') });
  return e.message;
}

/** Keeps the baseline entries of files this run did not check (a run over a subset of files). */
function mergeUnseen(data: BaselineData, file: string, checked: string[]): void {
  let old: BaselineData;
  try {
    old = JSON.parse(readFileSync(file, 'utf8')) as BaselineData;
  } catch {
    return;
  }
  if (old?.version !== 1 || !old.files) return;
  const seen = new Set(checked);
  for (const [path, entries] of Object.entries(old.files)) {
    if (!seen.has(path) && !(path in data.files)) data.files[path] = entries;
  }
  data.files = Object.fromEntries(Object.entries(data.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function formatterFor(opts: CliOptions): Promise<Formatter> {
  switch (opts.format) {
    case 'json':
      return (await import('./formatters/json.js')).json;
    case 'sarif':
      return (await import('./formatters/sarif.js')).sarif;
    case 'github':
      return (await import('./formatters/github.js')).github;
    default:
      return opts.command === 'score'
        ? (await import('./formatters/score.js')).scoreStylish
        : (await import('./formatters/stylish.js')).stylish;
  }
}
