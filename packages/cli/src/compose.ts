/**
 * `attache compose --audience youth --channel x release.md`: one version of one release for an
 * audience and a channel, verified. Text prints the parts (posts separated by a rule) and sends
 * notes for the editor to stderr; json prints the whole version. `--model-url URL --model NAME`
 * asks your own OpenAI-compatible model first (the key, if any, from ATTACHE_MODEL_API_KEY: never
 * a flag, never printed); its text is used only when the verifier passes it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Brief, ChannelId, Generator, Version } from '@attache/audiences';
import type { CliOptions } from './args.js';
import type { Io } from './io.js';
import { CliError, EXIT_OK } from './errors.js';
import { getLocale, m, setLocale, type MessageLocale } from './messages.js';
import { FileError, readInput, readStdin, type Decoded } from './read.js';

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
    throw new CliError(m('compose.cannotReadBrief', { file: path, why: (err as Error).message }));
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new CliError(
      m('compose.briefNotJson', { file: path, why: (err as Error).message }),
      m('compose.briefExample', {
        example: '{"affected": "…", "deadline": "…", "contact": "…", "link": "…", "hashtags": ["…"]}',
      }),
    );
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new CliError(m('compose.briefNotObject', { file: path }));
  const b = data as Record<string, unknown>;
  const out: Brief = {};
  for (const k of ['affected', 'change', 'action', 'deadline', 'contact', 'link'] as const) {
    if (b[k] === undefined) continue;
    if (typeof b[k] !== 'string') throw new CliError(m('compose.briefNotString', { file: path, key: k }));
    out[k] = b[k];
  }
  if (b.hashtags !== undefined) {
    if (!Array.isArray(b.hashtags) || !b.hashtags.every((h) => typeof h === 'string'))
      throw new CliError(m('compose.briefHashtags', { file: path }));
    out.hashtags = b.hashtags;
  }
  const unknown = Object.keys(b).filter(
    (k) => !['affected', 'change', 'action', 'deadline', 'contact', 'link', 'hashtags'].includes(k),
  );
  if (unknown.length) throw new CliError(m('compose.briefUnknown', { file: path, keys: unknown.join(', ') }));
  return out;
}

/**
 * The release, read and decoded; a file that is missing, unreadable, binary or badly encoded is the
 * user's to fix (exit 2 with what to do), as in `lint`, never an internal error.
 */
async function readRelease(input: string, io: Io): Promise<Decoded> {
  try {
    return input === '-' ? await readStdin(io.stdin, '<stdin>') : readInput(resolve(io.cwd, input), input);
  } catch (err) {
    if (!(err instanceof FileError)) throw err;
    const missing = input !== '-' && !existsSync(resolve(io.cwd, input));
    throw new CliError(
      missing ? m('files.noSuchPath', { input }) : err.message,
      missing ? m('files.noSuchPathHint') : undefined,
    );
  }
}

export async function runCompose(opts: CliOptions, io: Io): Promise<number> {
  if (!opts.audience) throw new CliError(m('compose.needsAudience'));
  if (opts.inputs.length !== 1)
    throw new CliError(m('compose.oneRelease', { count: opts.inputs.length }), m('compose.oneReleaseHint'));
  const a = await import('@attache/audiences');
  const channel = opts.channel as ChannelId | undefined;
  if (channel !== undefined && !(channel in a.CHANNELS))
    throw new CliError(m('compose.unknownChannel', { channel, channels: Object.keys(a.CHANNELS).join(', ') }));
  if (channel !== undefined && a.CHANNELS[channel].audience !== opts.audience)
    throw new CliError(
      m('compose.wrongAudience', { channel, for: a.CHANNELS[channel].audience, audience: opts.audience }),
    );
  const input = opts.inputs[0]!;
  const decoded = await readRelease(input, io);
  const brief = opts.brief ? readBrief(opts.brief, io.cwd) : undefined;
  const format = opts.formatIn ?? (input === '-' ? undefined : formatOf(input));
  const language = opts.language === 'en' || opts.language === 'ru' ? opts.language : 'auto';
  if ((opts.modelUrl === undefined) !== (opts.model === undefined))
    throw new CliError(
      opts.modelUrl ? m('compose.urlNeedsModel') : m('compose.modelNeedsUrl'),
      m('args.example', {
        example:
          'attache compose --audience youth --model-url http://127.0.0.1:11434/v1 --model llama3.1:8b release.md',
      }),
    );
  if (opts.modelTries !== undefined && opts.modelUrl === undefined) throw new CliError(m('compose.triesNeedModel'));
  if (opts.modelUrl !== undefined) {
    // Checked here as openAICompatible checks it, so the error is in the run's language.
    let url: URL | undefined;
    try {
      url = new URL(opts.modelUrl);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
      throw new CliError(
        m('compose.badModelUrl', { url: opts.modelUrl }),
        m('args.example', { example: '--model-url http://127.0.0.1:11434/v1' }),
      );
  }
  let generator: Generator | undefined;
  if (opts.modelUrl && opts.model) {
    const apiKey = process.env['ATTACHE_MODEL_API_KEY'];
    try {
      generator = a.openAICompatible({
        baseURL: opts.modelUrl,
        model: opts.model,
        ...(apiKey ? { apiKey } : {}),
        ...(opts.modelTries !== undefined ? { tries: opts.modelTries } : {}),
      });
    } catch (err) {
      if (err instanceof a.GeneratorInputError)
        throw new CliError(err.message.replace(/^openAICompatible: /, '--model-url/--model: '));
      throw err;
    }
  }
  // Russian: the dictionary first, as the other commands load it (morph.ts): without it the
  // versions' word forms, their heads' finite verbs and the verifier's Russian names are guessed
  {
    const { prepareRussian } = await import('./morph.js');
    const warning = await prepareRussian([{ text: decoded.text, language }]);
    if (warning) io.stderr.write(`${warning}\n`);
  }
  let v: Version;
  try {
    // The notes for the editor speak the run's language when one is set (--locale, ATTACHE_LOCALE,
    // a Russian system locale), else the version's.
    const locale = opts.locale ?? opts.systemLocale;
    const options = {
      ...(locale ? { locale } : {}),
      audience: opts.audience,
      ...(channel ? { channel } : {}),
      ...(brief ? { brief } : {}),
      language,
      ...(format ? { format } : {}),
    } as const;
    v = generator ? await a.compose(decoded.text, { ...options, generator }) : a.compose(decoded.text, options);
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
    // Unless a locale is set, the notes speak the language of the version.
    if (opts.locale === undefined && opts.systemLocale === undefined)
      setLocale((v.language === 'ru' ? 'ru' : 'en') satisfies MessageLocale);
    for (const f of v.verification.findings)
      io.stderr.write(
        `attache: ${m('compose.verifier', { rule: f.rule, text: f.text, message: a.verifyMessage(f, getLocale()) })}\n`,
      );
    for (const n of v.notes) io.stderr.write(`attache: ${m('compose.note', { note: n })}\n`);
    const missed = v.targets.filter((t) => !t.met).map((t) => `${t.id} ${t.value} > ${t.max}`);
    const model = v.model
      ? v.model.used
        ? m('compose.writtenBy', { model: v.model.label })
        : m('compose.deterministic')
      : '';
    io.stderr.write(
      `attache: ${m('compose.summary', {
        audience: v.audience,
        channel: v.channel.id,
        parts: m('compose.parts', { count: v.parts.length }),
        verified: v.verification.ok ? m('compose.verified') : m('compose.notVerified'),
        targets: missed.length ? m('compose.targetsMissed', { targets: missed.join(', ') }) : m('compose.targetsMet'),
        model,
      })}\n`,
    );
  }
  return v.verification.ok ? EXIT_OK : EXIT_FINDINGS;
}
