/**
 * @attache/cli as a library: the same `main` the `attache` binary runs, plus the formatters and
 * the config schema, for tools that embed the CLI or format reports their own way.
 */
export { main, version } from './cli.js';
export type { Io } from './cli.js';
export { EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, CliError } from './errors.js';
export { ConfigSchema, configJsonSchema } from './config-schema.js';
export type { AttacheConfig } from './config-schema.js';
export { stylish } from './formatters/stylish.js';
export { json } from './formatters/json.js';
export { sarif } from './formatters/sarif.js';
export { github, escapeData, escapeProperty } from './formatters/github.js';
export { scoreStylish } from './formatters/score.js';
export type { FileResult, FormatContext, Formatter } from './formatters/types.js';
