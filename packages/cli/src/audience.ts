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
  if (!id) {
    throw new CliError(
      `No audience for ${it.file.display}.`,
      'Pass --audience youth, rural or foreign, or set "audience" in the config.',
    );
  }
  return a.audiences[id];
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

const score = (r: Report): string =>
  `grade ${r.readability.grade === null ? '–' : r.readability.grade.toFixed(1)}, formality ${r.formality.score === null ? '–' : Math.round(r.formality.score)}`;

// ---------------------------------------------------------------------------------------- rewrite

export async function runRewrite(opts: CliOptions, io: Io): Promise<number> {
  const items = await prepare(opts, io);
  if (opts.format === 'text' && items.length > 1) {
    throw new CliError(
      `attache rewrite --format text writes one text, but ${items.length} files were given.`,
      'Rewrite one file at a time, or use --format diff or --format json for several.',
    );
  }
  const a = await load();
  await russianFor(items, io);
  const stderr = (line: string): void => void io.stderr.write(`attache: ${line}\n`);
  const files: Record<string, unknown>[] = [];
  const texts: string[] = [];
  const diffs: string[] = [];
  let broken = 0;
  for (const it of items) {
    if (!it.decoded) {
      broken++;
      stderr(it.error ?? `${it.file.display}: not read`);
      files.push({ path: it.file.display, error: it.error });
      continue;
    }
    const audience = audienceOf(it, a);
    const text = it.decoded.text;
    const base = {
      language: it.eff.language,
      format: it.eff.format ?? formatOf(it.file.abs),
      locale: it.eff.locale,
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
                `warning: ${it.file.display}: no proposal "${w}" (ids look like ${audience.id}.substitution.120-131; kinds: ${a.kinds.join(', ')}).`,
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
      `${it.file.display} → ${audience.id}: ${result.applied.length} proposal(s) applied` +
        (result.rejected.length
          ? `, ${result.rejected.length} refused by the meaning lock, the hygiene check or the verifier`
          : '') +
        `; ${score(result.before)} → ${score(result.after)}; ` +
        (policy.met ? 'targets met' : `targets missed: ${policy.failed.map(describeTarget).join('; ')}`),
    );
    for (const n of result.notes) stderr(`${it.file.display}: note: ${n}`);
    if (!result.ok) stderr(`${it.file.display}: the rewrite does NOT pass its checks: do not publish it as it is.`);
    texts.push(result.text);
    if (opts.format === 'diff' && result.text !== text) {
      const { createTwoFilesPatch } = await import('diff');
      const name = it.file.display;
      diffs.push(
        createTwoFilesPatch(`a/${name}`, `b/${name}`, text, result.text, '', `rewrite for ${audience.id}`, {
          context: 3,
        }).replace(/^=+\n/, ''),
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
  if (opts.format === 'json') write(opts, io, JSON.stringify({ files }, null, 2) + '\n');
  else if (opts.format === 'diff') write(opts, io, diffs.join(''));
  else if (texts.length === 1) write(opts, io, texts[0]!);
  return broken > 0 ? EXIT_ERROR : EXIT_OK;
}

// -------------------------------------------------------------------------------------- checklist

interface Listed {
  path: string;
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
      errors.push({ path: it.file.display, error: it.error ?? 'not read' });
      continue;
    }
    const audience = audienceOf(it, a);
    const text = it.decoded.text;
    try {
      const report = a.core.analyze(text, {
        language: it.eff.language,
        format: it.eff.format ?? formatOf(it.file.abs),
        locale: it.eff.locale,
        lint: it.eff.lint,
        ...(opts.maxLength !== undefined ? { maxLength: opts.maxLength } : {}),
      });
      lists.push({
        path: it.file.display,
        audience: audience.id,
        items: audience.checklist(report, text, {
          locale: it.eff.locale,
          ...(audience.id === 'youth' ? { thread: a.thread(report, text, { locale: it.eff.locale }) } : {}),
        }),
        targets: a.core.evaluate(report, it.eff.targets),
      });
    } catch (err) {
      const msg = inputError(err, a);
      if (msg === undefined) throw err;
      errors.push({ path: it.file.display, error: `${it.file.display}: ${msg}` });
    }
  }
  for (const e of errors) stderr(e.error);
  const colors = createColors(opts.output === undefined && shouldColor(opts.color, io.stdout.isTTY === true, io.env));
  let out: string;
  if (opts.format === 'json') out = JSON.stringify({ files: [...lists, ...errors] }, null, 2) + '\n';
  else if (opts.format === 'markdown') out = lists.map(markdown).join('\n');
  else out = lists.map((l) => stylish(l, colors)).join('\n');
  write(opts, io, out);
  if (errors.length > 0) return EXIT_ERROR;
  return lists.some((l) => l.items.some((i) => i.status === 'fail')) ? EXIT_FINDINGS : EXIT_OK;
}

function counts(items: readonly ChecklistItem[]): string {
  const n = (s: ChecklistItem['status']): number => items.filter((i) => i.status === s).length;
  return `${items.length} items: ${n('fail')} to fix, ${n('manual')} to check by hand, ${n('pass')} passed`;
}

function stylish(l: Listed, c: Colors): string {
  const out = [`${c.underline(l.path)}  ${c.gray(`checklist for ${l.audience} readers · ${counts(l.items)}`)}`];
  const order: ChecklistItem['status'][] = ['fail', 'manual', 'pass'];
  for (const status of order) {
    for (const i of l.items.filter((x) => x.status === status)) {
      const mark =
        status === 'fail' ? c.red('✖ fail  ') : status === 'manual' ? c.yellow('? check ') : c.green('✔ pass  ');
      out.push(`  ${mark} ${c.bold(i.label)}`);
      if (status !== 'pass') out.push(`            ${i.explanation}`);
      for (const e of i.evidence.slice(0, 3)) {
        out.push(
          `            ${c.gray(`${e.loc.start.line}:${e.loc.start.column}`)}  “${e.text.replace(/\s+/g, ' ').slice(0, 80)}”`,
        );
      }
      if (i.evidence.length > 3) out.push(c.gray(`            … and ${i.evidence.length - 3} more`));
      if (status !== 'pass') out.push(c.gray(`            source: ${i.source}`));
    }
  }
  if (l.targets.results.length > 0) {
    out.push('', `  Targets for ${l.audience} readers`);
    for (const t of l.targets.results) out.push(`    ${t.met ? c.green('✔') : c.red('✖')} ${describeTarget(t)}`);
  }
  return out.join('\n') + '\n';
}

function markdown(l: Listed): string {
  const out = [`## Checklist for ${l.audience} readers: ${l.path}`, '', `${counts(l.items)}.`, ''];
  for (const i of l.items) {
    const box = i.status === 'pass' ? '[x]' : '[ ]';
    const tag = i.status === 'fail' ? ' — **to fix**' : i.status === 'manual' ? ' — *check by hand*' : '';
    out.push(`- ${box} **${i.label}**${tag}: ${i.explanation} _(${i.source})_`);
    for (const e of i.evidence.slice(0, 5))
      out.push(`  - line ${e.loc.start.line}: “${e.text.replace(/\s+/g, ' ').slice(0, 100)}”`);
  }
  if (l.targets.results.length > 0) {
    out.push('', '| Target | Limit | Actual | Met |', '| --- | ---: | ---: | --- |');
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
