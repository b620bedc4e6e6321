/**
 * `attache rewrite` and `attache checklist`: the audience adapters of @attache/audiences over files.
 * `rewrite` applies the adapter's proposals (all marked safe by default) under its meaning lock;
 * `checklist` lists what to check for the audience, with the automatic checks' evidence.
 */
import { resolve } from 'node:path';
import type {
  Audience,
  ChecklistItem,
  Proposal,
  ProposalKind,
  rewrite,
  RewriteResult,
  thread,
} from '@attache/audiences';
import type * as Core from '@attache/core';
import type { PolicyResult, Report } from '@attache/core';
import type { AudienceName, CliOptions } from './args.js';
import type { Io } from './io.js';
import { createColors, shouldColor, type Colors } from './colors.js';
import { CliError, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from './errors.js';
import { formatOf } from './files.js';
import { describeTarget } from './formatters/types.js';
import { m, mIn, plural, setLocale, type MessageLocale } from './messages.js';
import { prepare, writeOutput, type Item } from './run.js';
import { cliWording } from './task.js';

interface Loaded {
  audiences: Record<AudienceName, Audience>;
  /** The proposal kinds `--accept` may name (the audiences package's one list). */
  kinds: readonly ProposalKind[];
  rewrite: typeof rewrite;
  /** Youth's social thread, which the checklist receives from here (it makes none itself). */
  thread: typeof thread;
  core: typeof Core;
}

async function load(): Promise<Loaded> {
  const a = await import('@attache/audiences');
  const core = await import('@attache/core');
  return { audiences: a.audiences, kinds: a.PROPOSAL_KINDS, rewrite: a.rewrite, thread: a.thread, core };
}

function audienceOf(it: Item, a: Loaded): Audience {
  const id = it.eff.audience;
  if (!id) throw new CliError(m('audience.none', { file: it.file.display }), m('audience.noneHint'));
  return a.audiences[id];
}

/**
 * The language of a file's labels, notes and summary: --locale, ATTACHE_LOCALE, the config or a
 * Russian system locale when one is set; else the language of the text (Russian for a Russian text).
 */
function localeOf(it: Item, text: string, a: Loaded): MessageLocale {
  if (it.eff.localeSet) return it.eff.locale;
  if (it.eff.language !== 'auto') return it.eff.language === 'ru' ? 'ru' : 'en';
  return a.core.detectLanguage(text).code === 'ru' ? 'ru' : 'en';
}

/** One language for the run's own lines when every file has the same; else the one it started with. */
function settle(locales: readonly MessageLocale[]): void {
  const set = new Set(locales);
  if (set.size === 1) setLocale([...set][0]!);
}

/** Messages of the errors analysis and adapters throw on purpose (bad input, bad option). */
function inputError(err: unknown, a: Loaded): string | undefined {
  if (err instanceof a.core.AttacheInputError) return cliWording(err.message);
  if (err instanceof Error && err.name === 'AudienceInputError') return err.message;
  return undefined;
}

function write(opts: CliOptions, io: Io, text: string): void {
  if (opts.output === undefined) {
    if (text !== '') io.stdout.write(text);
    return;
  }
  writeOutput(resolve(io.cwd, opts.output), opts.output, text);
}

const score = (r: Report, locale: MessageLocale): string =>
  mIn(locale, 'audience.score', {
    grade: r.readability.grade === null ? '–' : r.readability.grade.toFixed(1),
    formality: r.formality.score === null ? '–' : Math.round(r.formality.score),
  });

// ---------------------------------------------------------------------------------------- rewrite

export async function runRewrite(opts: CliOptions, io: Io): Promise<number> {
  const items = await prepare(opts, io);
  if (opts.format === 'text' && items.length > 1) {
    throw new CliError(m('rewrite.oneText', { count: items.length }), m('rewrite.oneTextHint'));
  }
  const a = await load();
  await russianFor(items, io);
  const stderr = (line: string): void => void io.stderr.write(`attache: ${line}\n`);
  const files: Record<string, unknown>[] = [];
  const texts: string[] = [];
  const diffs: string[] = [];
  const locales: MessageLocale[] = [];
  let broken = 0;
  for (const it of items) {
    if (!it.decoded) {
      broken++;
      stderr(it.error ?? m('run.notRead', { file: it.file.display }));
      files.push({ path: it.file.display, error: it.error });
      continue;
    }
    const audience = audienceOf(it, a);
    const text = it.decoded.text;
    const locale = localeOf(it, text, a);
    // An empty file says so rather than pass with nothing done.
    if (text.trim() === '') stderr(mIn(locale, 'lint.empty', { file: it.file.display }));
    const base = {
      language: it.eff.language,
      format: it.eff.format ?? formatOf(it.file.abs),
      locale,
      ...(opts.maxLength !== undefined ? { maxLength: opts.maxLength } : {}),
    };
    let result: RewriteResult;
    try {
      let accept: 'safe' | string[] = 'safe';
      if (opts.accept !== 'safe') {
        const report = a.core.analyze(text, { ...base, lint: it.eff.lint });
        const proposals: Proposal[] = audience.propose(report, text, { locale: base.locale });
        const wanted = opts.accept;
        if (wanted !== 'all') {
          for (const w of wanted) {
            if (!(a.kinds as readonly string[]).includes(w) && !proposals.some((p) => p.id === w)) {
              stderr(
                mIn(locale, 'run.warning', {
                  message: mIn(locale, 'rewrite.noProposal', {
                    file: it.file.display,
                    wanted: w,
                    example: `${audience.id}.substitution.120-131`,
                    kinds: a.kinds.join(', '),
                  }),
                }),
              );
            }
          }
        }
        accept = proposals
          .filter((p) => wanted === 'all' || wanted.includes(p.id) || wanted.includes(p.kind))
          .map((p) => p.id);
      }
      result = a.rewrite(text, { audience, accept, ...base });
    } catch (err) {
      const msg = inputError(err, a);
      if (msg === undefined) throw err;
      broken++;
      stderr(`${it.file.display}: ${msg}`);
      files.push({ path: it.file.display, error: msg });
      continue;
    }
    const policy: PolicyResult = a.core.evaluate(result.after, it.eff.targets);
    stderr(
      mIn(locale, 'rewrite.summary', {
        file: it.file.display,
        audience: audience.id,
        applied: mIn(locale, 'rewrite.applied', { count: result.applied.length }),
        refused: result.rejected.length ? mIn(locale, 'rewrite.refused', { count: result.rejected.length }) : '',
        before: score(result.before, locale),
        after: score(result.after, locale),
        targets: policy.met
          ? mIn(locale, 'rewrite.targetsMet')
          : mIn(locale, 'rewrite.targetsMissed', {
              targets: policy.failed.map((t) => describeTarget(t, locale)).join('; '),
            }),
      }),
    );
    for (const n of result.notes) stderr(mIn(locale, 'rewrite.note', { file: it.file.display, note: n }));
    if (!result.ok) stderr(mIn(locale, 'rewrite.notOk', { file: it.file.display }));
    locales.push(locale);
    texts.push(result.text);
    if (opts.format === 'diff' && result.text !== text) {
      const { createTwoFilesPatch } = await import('diff');
      const name = it.file.display;
      diffs.push(
        createTwoFilesPatch(
          `a/${name}`,
          `b/${name}`,
          text,
          result.text,
          '',
          mIn(locale, 'rewrite.diffLabel', { audience: audience.id }),
          {
            context: 3,
          },
        ).replace(/^=+\n/, ''),
      );
    }
    files.push({
      path: it.file.display,
      audience: audience.id,
      text: result.text,
      applied: result.applied,
      rejected: result.rejected.map((r) => ({
        id: r.proposal.id,
        kind: r.proposal.kind,
        original: r.proposal.original,
        replacement: r.proposal.replacement,
        reason: r.reason,
      })),
      meaningLock: { ok: result.lock.ok },
      hygiene: { ok: result.hygiene.ok },
      verification: { ok: result.verification.ok, counts: result.verification.counts },
      ok: result.ok,
      notes: result.notes,
      targets: policy,
      before: result.before,
      after: result.after,
    });
  }
  settle(locales);
  if (opts.format === 'json') write(opts, io, JSON.stringify({ files }, null, 2) + '\n');
  else if (opts.format === 'diff') write(opts, io, diffs.join(''));
  else if (texts.length === 1) write(opts, io, texts[0]!);
  return broken > 0 ? EXIT_ERROR : EXIT_OK;
}

// -------------------------------------------------------------------------------------- checklist

interface Listed {
  path: string;
  /** The language of the list's labels (not written to JSON). */
  locale: MessageLocale;
  audience: string;
  items: ChecklistItem[];
  targets: PolicyResult;
}

export async function runChecklist(opts: CliOptions, io: Io): Promise<number> {
  const items = await prepare(opts, io);
  const a = await load();
  await russianFor(items, io);
  const stderr = (line: string): void => void io.stderr.write(`attache: ${line}\n`);
  const lists: Listed[] = [];
  const errors: { path: string; error: string }[] = [];
  for (const it of items) {
    if (!it.decoded) {
      errors.push({ path: it.file.display, error: it.error ?? m('checklist.notRead') });
      continue;
    }
    const audience = audienceOf(it, a);
    const text = it.decoded.text;
    const locale = localeOf(it, text, a);
    if (text.trim() === '') stderr(mIn(locale, 'lint.empty', { file: it.file.display }));
    try {
      const report = a.core.analyze(text, {
        language: it.eff.language,
        format: it.eff.format ?? formatOf(it.file.abs),
        locale,
        lint: it.eff.lint,
        ...(opts.maxLength !== undefined ? { maxLength: opts.maxLength } : {}),
      });
      lists.push({
        path: it.file.display,
        locale,
        audience: audience.id,
        items: audience.checklist(report, text, {
          locale,
          ...(audience.id === 'youth' ? { thread: a.thread(report, text, { locale }) } : {}),
        }),
        targets: a.core.evaluate(report, it.eff.targets),
      });
    } catch (err) {
      const msg = inputError(err, a);
      if (msg === undefined) throw err;
      errors.push({ path: it.file.display, error: `${it.file.display}: ${msg}` });
    }
  }
  settle(lists.map((l) => l.locale));
  for (const e of errors) stderr(e.error);
  const colors = createColors(opts.output === undefined && shouldColor(opts.color, io.stdout.isTTY === true, io.env));
  let out: string;
  if (opts.format === 'json')
    out = JSON.stringify({ files: [...lists.map(({ locale: _, ...l }) => l), ...errors] }, null, 2) + '\n';
  else if (opts.format === 'markdown') out = lists.map(markdown).join('\n');
  else out = lists.map((l) => stylish(l, colors)).join('\n');
  write(opts, io, out);
  if (errors.length > 0) return EXIT_ERROR;
  return lists.some((l) => l.items.some((i) => i.status === 'fail')) ? EXIT_FINDINGS : EXIT_OK;
}

function counts(items: readonly ChecklistItem[], locale: MessageLocale): string {
  const n = (st: ChecklistItem['status']): number => items.filter((i) => i.status === st).length;
  return mIn(locale, 'checklist.counts', {
    items: plural(items.length, 'item', locale),
    fail: n('fail'),
    manual: n('manual'),
    pass: n('pass'),
  });
}

function stylish(l: Listed, c: Colors): string {
  const L = l.locale;
  const out = [
    `${c.underline(l.path)}  ${c.gray(mIn(L, 'checklist.heading', { audience: l.audience, counts: counts(l.items, L) }))}`,
  ];
  const order: ChecklistItem['status'][] = ['fail', 'manual', 'pass'];
  const marks = { fail: mIn(L, 'checklist.fail'), manual: mIn(L, 'checklist.check'), pass: mIn(L, 'checklist.pass') };
  const markWidth = Math.max(...Object.values(marks).map((x) => x.length)) + 1;
  const indent = ' '.repeat(markWidth + 4);
  for (const status of order) {
    for (const i of l.items.filter((x) => x.status === status)) {
      const paint = status === 'fail' ? c.red : status === 'manual' ? c.yellow : c.green;
      out.push(`  ${paint(marks[status].padEnd(markWidth))} ${c.bold(i.label)}`);
      if (status !== 'pass') out.push(`${indent}${i.explanation}`);
      for (const e of i.evidence.slice(0, 3)) {
        out.push(
          `${indent}${c.gray(`${e.loc.start.line}:${e.loc.start.column}`)}  “${e.text.replace(/\s+/g, ' ').slice(0, 80)}”`,
        );
      }
      if (i.evidence.length > 3)
        out.push(c.gray(`${indent}${mIn(L, 'checklist.more', { count: i.evidence.length - 3 })}`));
      if (status !== 'pass') out.push(c.gray(`${indent}${mIn(L, 'checklist.source', { source: i.source })}`));
    }
  }
  if (l.targets.results.length > 0) {
    out.push('', `  ${mIn(L, 'checklist.targets', { audience: l.audience })}`);
    for (const t of l.targets.results) out.push(`    ${t.met ? c.green('✔') : c.red('✖')} ${describeTarget(t, L)}`);
  }
  return out.join('\n') + '\n';
}

function markdown(l: Listed): string {
  const L = l.locale;
  const out = [
    `## ${mIn(L, 'checklist.mdHeading', { audience: l.audience, file: l.path })}`,
    '',
    `${counts(l.items, L)}.`,
    '',
  ];
  for (const i of l.items) {
    const box = i.status === 'pass' ? '[x]' : '[ ]';
    const tag =
      i.status === 'fail'
        ? ` — **${mIn(L, 'checklist.mdToFix')}**`
        : i.status === 'manual'
          ? ` — *${mIn(L, 'checklist.mdByHand')}*`
          : '';
    out.push(`- ${box} **${i.label}**${tag}: ${i.explanation} _(${i.source})_`);
    for (const e of i.evidence.slice(0, 5))
      out.push(
        `  - ${mIn(L, 'checklist.mdLine', { line: e.loc.start.line })}: “${e.text.replace(/\s+/g, ' ').slice(0, 100)}”`,
      );
  }
  if (l.targets.results.length > 0) {
    const head = (['mdTarget', 'mdLimit', 'mdActual', 'mdMet'] as const).map((k) => mIn(L, `checklist.${k}`));
    out.push('', `| ${head.join(' | ')} |`, '| --- | ---: | ---: | --- |');
    for (const t of l.targets.results)
      out.push(`| ${t.id} | ${t.comparison} ${t.limit} | ${t.actual ?? '–'} | ${t.met ? '✅' : '❌'} |`);
  }
  return out.join('\n') + '\n';
}

/** The Russian dictionary, before the analysis, when one of the texts may be Russian (morph.ts). */
async function russianFor(items: readonly Item[], io: Io): Promise<void> {
  const { prepareRussian } = await import('./morph.js');
  const warning = await prepareRussian(
    items.flatMap((it) => (it.decoded ? [{ text: it.decoded.text, language: it.eff.language }] : [])),
  );
  if (warning) io.stderr.write(`${warning}\n`);
}
