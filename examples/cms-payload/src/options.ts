/**
 * The plugin's options, validated with zod so that a mistake in `payload.config.ts` fails at
 * start-up with the key and what was expected, not on the first save.
 */
import { LANGUAGE_CODES, LintConfigSchema, TargetsSchema, type LintConfigInput, type Targets } from '@attache/core';
import type { Brief } from '@attache/audiences';
import { z } from 'zod';
import { CHANNEL_IDS, DEFAULT_CHANNELS } from './versions.js';

export const AUDIENCE_IDS = ['youth', 'rural', 'foreign'] as const;
export type AudienceId = (typeof AUDIENCE_IDS)[number];

/** Turns a stored field value into the text that is analysed (for rich text or JSON bodies). */
export type ToText = (value: unknown) => string;

const slug = z.string().min(1, 'a collection slug cannot be empty');

export const AttachePluginOptionsSchema = z
  .object({
    /** Slugs of the collections whose documents are press releases. */
    collections: z.array(slug).min(1, 'name at least one collection, e.g. collections: ["releases"]'),
    /** The top-level field that holds the release text. Default 'body'. */
    field: z.string().min(1).default('body'),
    /** How the body is written: plain text, Markdown or HTML. Default 'text'. */
    format: z.enum(['text', 'markdown', 'html']).default('text'),
    /** Language of the releases: 'auto' detects it per document. Default 'auto'. */
    language: z.enum(['auto', ...LANGUAGE_CODES]).default('auto'),
    /** Language of the messages editors read (findings and the publish refusal). Default 'en'. */
    locale: z.enum(['en', 'ru']).default('en'),
    /** The audience the releases are written for: its adapter's targets and checklist apply. */
    audience: z.enum(AUDIENCE_IDS).optional(),
    /** 'warn' saves and records what misses the targets; 'block' also refuses to publish it. Default 'warn'. */
    mode: z.enum(['warn', 'block']).default('warn'),
    /** Targets in `@attache/core`'s shape; each one given here overrides the audience's. */
    targets: TargetsSchema.optional(),
    /** Rule configuration passed to `analyze` (same schema as the CLI's `lint` key). */
    lint: LintConfigSchema.optional(),
    /** How many findings `tone.topFindings` keeps (and the refusal message lists). Default 5. */
    topFindings: z.number().int().min(0).max(50).default(5),
    /**
     * Most milliseconds a save may spend analysing (core's `timeBudgetMs`). Past it the save
     * goes through without a new tone (a publish in 'block' mode is refused, naming the limit),
     * so a huge or hostile body cannot hold a save for minutes. Default 5,000.
     */
    timeBudgetMs: z.number().positive().default(5000),
    /** Also store the whole JSON report in `tone.report`. Default false. */
    storeReport: z.boolean().default(false),
    /** For a body that is not a string (rich text, JSON): returns the text to analyse in `format`. */
    toText: z
      .custom<ToText>((v) => typeof v === 'function', { message: 'toText must be a function (value) => string' })
      .optional(),
    /**
     * Audience versions on the document (`compose` from `@attache/audiences`), in a read-only
     * `audienceVersions` group: for each of `channels` (default x, notice, plain), made when an
     * editor ticks `regenerateVersions` and saves (`regenerate: 'on-request'`, the default) or on
     * every save (`'every-save'`). `brief(doc)` gives the press officer's facts (a link, hashtags,
     * a contact …) from the document; nothing else is added to a version. Off when absent.
     */
    versions: z
      .object({
        channels: z
          .array(z.enum(CHANNEL_IDS))
          .min(1, 'name at least one channel, e.g. ["x"]')
          .default(DEFAULT_CHANNELS),
        regenerate: z.enum(['on-request', 'every-save']).default('on-request'),
        brief: z
          .custom<(doc: Record<string, unknown>) => Brief | undefined>((v) => typeof v === 'function', {
            message: 'brief must be a function (doc) => { link?, hashtags?, contact?, … }',
          })
          .optional(),
      })
      .strict()
      .optional(),
    /** The clock for `tone.computedAt` (tests inject one). Default: the current time. */
    now: z
      .custom<() => Date>((v) => typeof v === 'function', { message: 'now must be a function () => Date' })
      .optional(),
  })
  .strict();

export type AttachePluginOptions = z.input<typeof AttachePluginOptionsSchema>;
export type ResolvedOptions = Omit<z.output<typeof AttachePluginOptionsSchema>, 'lint' | 'targets'> & {
  lint?: LintConfigInput;
  targets?: Targets;
};

export class AttachePluginError extends Error {
  override name = 'AttachePluginError';
}

/** Validates options; throws an AttachePluginError naming every bad key. */
export function parseOptions(input: unknown): ResolvedOptions {
  const result = AttachePluginOptionsSchema.safeParse(input ?? {});
  if (result.success) return result.data as ResolvedOptions;
  const lines = result.error.issues.map((issue) => {
    const key = issue.path.length > 0 ? `"${issue.path.map(String).join('.')}"` : 'options';
    // zod 3 quotes enum values with single quotes; JSON's double quotes, as the config is written.
    const message =
      issue.code === 'invalid_enum_value'
        ? `expected one of ${issue.options.map((o) => JSON.stringify(o)).join(' | ')}, received ${JSON.stringify(issue.received)}`
        : issue.message;
    return `  ${key}: ${message}`;
  });
  throw new AttachePluginError(`attachePlugin: invalid options\n${lines.join('\n')}`);
}
