/**
 * `attache compose --audience youth --channel x release.md`: one version of one release for an
 * audience and a channel, verified. Text prints the parts (posts separated by a rule) and sends
 * notes for the editor to stderr; json prints the whole version.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Brief, ChannelId, Version } from '@attache/audiences';
import type { CliOptions } from './args.js';
import type { Io } from './io.js';
import { CliError, EXIT_OK } from './errors.js';
import { readInput, readStdin } from './read.js';

const EXIT_FINDINGS = 1;

function formatOf(path: string): 'text' | 'markdown' | 'html' | undefined {
  const e = extname(path).toLowerCase();
  if (e === '.md' || e === '.markdown') return 'markdown';
  if (e === '.html' || e === '.htm') return 'html';
  return undefined;
}

function readBrief(path: string, cwd: string): Brief {
  let raw: string;
  try {
    raw = readFileSync(resolve(cwd, path), 'utf8');
  } catch (err) {
    throw new CliError(`--brief ${path}: cannot read it (${(err as Error).message}).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new CliError(
      `--brief ${path}: not JSON (${(err as Error).message}).`,
      'A brief looks like {"affected": "…", "deadline": "…", "contact": "…", "link": "…", "hashtags": ["…"]}.',
    );
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new CliError(`--brief ${path}: must be a JSON object.`);
  const b = data as Record<string, unknown>;
  const out: Brief = {};
  for (const k of ['affected', 'change', 'action', 'deadline', 'contact', 'link'] as const) {
    if (b[k] === undefined) continue;
    if (typeof b[k] !== 'string') throw new CliError(`--brief ${path}: "${k}" must be a string.`);
    out[k] = b[k];
  }
  if (b.hashtags !== undefined) {
    if (!Array.isArray(b.hashtags) || !b.hashtags.every((h) => typeof h === 'string'))
      throw new CliError(`--brief ${path}: "hashtags" must be a list of strings.`);
    out.hashtags = b.hashtags;
  }
  const unknown = Object.keys(b).filter(
    (k) => !['affected', 'change', 'action', 'deadline', 'contact', 'link', 'hashtags'].includes(k),
  );
  if (unknown.length) throw new CliError(`--brief ${path}: unknown key(s) ${unknown.join(', ')}.`);
  return out;
}

export async function runCompose(opts: CliOptions, io: Io): Promise<number> {
  if (!opts.audience) throw new CliError('attache compose needs --audience youth, rural or foreign.');
  if (opts.inputs.length !== 1)
    throw new CliError(
      `attache compose takes one release, got ${opts.inputs.length}.`,
      'Compose one file at a time (or "-" for standard input).',
    );
  const a = await import('@attache/audiences');
  const channel = opts.channel as ChannelId | undefined;
  if (channel !== undefined && !(channel in a.CHANNELS))
    throw new CliError(`--channel ${channel}: unknown; one of ${Object.keys(a.CHANNELS).join(', ')}.`);
  if (channel !== undefined && a.CHANNELS[channel].audience !== opts.audience)
    throw new CliError(
      `--channel ${channel} is for the ${a.CHANNELS[channel].audience} audience, not ${opts.audience}.`,
    );
  const input = opts.inputs[0]!;
  const decoded = input === '-' ? await readStdin(io.stdin, '<stdin>') : readInput(resolve(io.cwd, input), input);
  const brief = opts.brief ? readBrief(opts.brief, io.cwd) : undefined;
  const format = opts.formatIn ?? (input === '-' ? undefined : formatOf(input));
  const language = opts.language === 'en' || opts.language === 'ru' ? opts.language : 'auto';
  let v: Version;
  try {
    v = a.compose(decoded.text, {
      audience: opts.audience,
      ...(channel ? { channel } : {}),
      ...(brief ? { brief } : {}),
      language,
      ...(format ? { format } : {}),
    });
  } catch (err) {
    if (err instanceof a.ComposeInputError) throw new CliError(err.message);
    throw err;
  }
  const out =
    opts.format === 'json'
      ? JSON.stringify({ ...v, channel: v.channel.id }, null, 2) + '\n'
      : v.parts.join(v.channel.extends === 'thread' ? '\n\n---\n\n' : '\n\n') + '\n';
  if (opts.output) writeFileSync(resolve(io.cwd, opts.output), out);
  else io.stdout.write(out);
  if (opts.format !== 'json') {
    for (const f of v.verification.findings)
      io.stderr.write(`attache: verifier: ${f.rule}: “${f.text}” — ${f.message}\n`);
    for (const n of v.notes) io.stderr.write(`attache: note: ${n}\n`);
    const missed = v.targets.filter((t) => !t.met).map((t) => `${t.id} ${t.value} > ${t.max}`);
    io.stderr.write(
      `attache: ${v.audience}/${v.channel.id}: ${v.parts.length} part(s), ${v.verification.ok ? 'verified' : 'NOT verified'}; targets ${missed.length ? `missed: ${missed.join(', ')}` : 'met'}\n`,
    );
  }
  return v.verification.ok ? EXIT_OK : EXIT_FINDINGS;
}

