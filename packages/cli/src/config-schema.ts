/**
 * The schema of `attache.config.json` / `.attacherc.json` / package.json "attache", in zod.
 * `config.schema.json` (for editor completion) is generated from it by `pnpm --filter @attache/cli gen`,
 * and a test fails when the committed file is stale.
 */
import { LANGUAGE_CODES, LintConfigSchema, TargetsSchema, toDraft2020 } from '@attache/core';
import { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { AUDIENCES, INPUT_FORMATS, LOCALES } from './args.js';

/** The CLI's lint section: core's LintConfig, except that `styles` may also name style files by path. */
export const CliLintConfigSchema = LintConfigSchema.extend({
  styles: z
    .array(z.union([z.string().min(1), z.record(z.string(), z.unknown())]))
    .optional()
    .describe(
      'Your own style files (word lists in the @attache/core list schema): paths relative to this config file, or inline objects.',
    ),
});

export const ConfigSchema = z
  .object({
    $schema: z.string().optional().describe('Path or URL of this JSON Schema, for editor completion.'),
    '//': z
      .union([z.string(), z.array(z.string())])
      .optional()
      .describe('A comment: JSON has none, so notes go here. Ignored by attache.'),
    language: z
      .enum(['auto', ...LANGUAGE_CODES])
      .optional()
      .describe('Language of the releases: "auto" (default) detects it per file.'),
    format: z
      .enum(INPUT_FORMATS)
      .optional()
      .describe('Read every file as text, markdown or html, whatever its extension (default: by extension).'),
    locale: z
      .enum(LOCALES)
      .optional()
      .describe(
        'Language of messages and labels. Left out: --locale, ATTACHE_LOCALE, a Russian system locale or the language of each text decides (else "en").',
      ),
    audience: z
      .enum(AUDIENCES)
      .optional()
      .describe(
        "The audience the releases are written for: its adapter's targets apply, and attache rewrite and checklist use it.",
      ),
    targets: TargetsSchema.optional().describe(
      'Limits a release must meet, checked by @attache/core evaluate(); a missed target makes attache exit with 1.',
    ),
    lint: CliLintConfigSchema.optional().describe('Which rules run, at what severity, with which options.'),
  })
  .strict();

export type AttacheConfig = z.output<typeof ConfigSchema>;

/** The JSON Schema (draft 2020-12) of the config, as committed in config.schema.json: what a
 * user may write (defaults not required). */
export function configJsonSchema(): string {
  const schema = zodToJsonSchema(ConfigSchema, {
    target: 'jsonSchema7',
    $refStrategy: 'none',
    pipeStrategy: 'input',
    effectStrategy: 'input',
  });
  const withId = {
    $id: 'https://github.com/attache/attache/blob/main/packages/cli/config.schema.json',
    title: 'Attaché configuration (attache.config.json, .attacherc.json, package.json "attache")',
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...toDraft2020(schema),
  };
  return JSON.stringify(withId, null, 2) + '\n';
}
