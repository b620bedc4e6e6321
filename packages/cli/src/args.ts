/**
 * Command-line parsing with Node's `util.parseArgs` in strict mode: unknown flags, missing values
 * and bad values are errors (exit 2) that name the flag and say what to do, never silently ignored.
 */
import { parseArgs } from 'node:util';
import { CliError, closest } from './errors.js';

export const COMMANDS = ['lint', 'score', 'rewrite', 'checklist', 'compose', 'init'] as const;
export type CommandName = (typeof COMMANDS)[number];

export const AUDIENCES = ['youth', 'rural', 'foreign'] as const;
export type AudienceName = (typeof AUDIENCES)[number];

export const INPUT_FORMATS = ['text', 'markdown', 'html'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export const LANGUAGES = ['auto', 'en', 'ru', 'fr', 'es', 'de'] as const;
export type LanguageOption = (typeof LANGUAGES)[number];

export const LOCALES = ['en', 'ru'] as const;
export type LocaleOption = (typeof LOCALES)[number];

/** Output formats each command accepts; the first is the default. */
export const OUTPUT_FORMATS = {
  lint: ['stylish', 'json', 'sarif', 'github'],
  score: ['stylish', 'json', 'sarif', 'github'],
  rewrite: ['text', 'diff', 'json'],
  checklist: ['stylish', 'json', 'markdown'],
  compose: ['text', 'json'],
  init: [],
} as const satisfies Record<CommandName, readonly string[]>;
export type OutputFormat = (typeof OUTPUT_FORMATS)[CommandName][number];

interface OptionSpec {
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  /** Placeholder shown in help, e.g. FILE. */
  value?: string;
  description: string;
  commands: readonly CommandName[];
}

const ANALYSIS: readonly CommandName[] = ['lint', 'score', 'rewrite', 'checklist'];
const ALL: readonly CommandName[] = COMMANDS;

/** Every option, in the order help lists them. */
export const OPTION_SPECS: readonly OptionSpec[] = [
  {
    name: 'format',
    short: 'f',
    type: 'string',
    value: 'NAME',
    description: 'Output format (see below)',
    commands: ['lint', 'score', 'rewrite', 'checklist', 'compose'],
  },
  {
    name: 'output',
    short: 'o',
    type: 'string',
    value: 'FILE',
    description: 'Write the output to FILE instead of standard output',
    commands: ANALYSIS,
  },
  {
    name: 'format-in',
    type: 'string',
    value: 'NAME',
    description: 'Read every input as text, markdown or html (default: by extension)',
    commands: [...ANALYSIS, 'compose'],
  },
  {
    name: 'language',
    type: 'string',
    value: 'CODE',
    description: 'auto, en, ru, fr, es or de (default: auto-detect)',
    commands: ['lint', 'score', 'rewrite', 'checklist', 'compose', 'init'],
  },
  {
    name: 'locale',
    type: 'string',
    value: 'CODE',
    description: 'Language of messages and labels: en or ru (default: en)',
    commands: ANALYSIS,
  },
  {
    name: 'audience',
    type: 'string',
    value: 'NAME',
    description: 'youth, rural or foreign: the audience (its targets apply; default: "audience" in the config)',
    commands: ['lint', 'score', 'rewrite', 'checklist', 'compose'],
  },
  {
    name: 'channel',
    type: 'string',
    value: 'NAME',
    description:
      'compose: x, bluesky, telegram, telegram-caption, instagram (youth); notice, sms, radio (rural); plain (foreign)',
    commands: ['compose'],
  },
  {
    name: 'brief',
    type: 'string',
    value: 'FILE',
    description:
      'compose: a JSON brief from the press officer { affected, change, action, deadline, contact, link, hashtags }',
    commands: ['compose'],
  },
  {
    name: 'model-url',
    type: 'string',
    value: 'URL',
    description:
      'compose: your own model, an OpenAI-compatible API root (e.g. http://127.0.0.1:11434/v1); the key, if any, is read from ATTACHE_MODEL_API_KEY',
    commands: ['compose'],
  },
  {
    name: 'model',
    type: 'string',
    value: 'NAME',
    description: 'compose: the model name for --model-url (e.g. llama3.1:8b)',
    commands: ['compose'],
  },
  {
    name: 'model-tries',
    type: 'string',
    value: 'N',
    description: 'compose: tries before the deterministic version is used (1-10, default 3)',
    commands: ['compose'],
  },
  {
    name: 'accept',
    type: 'string',
    value: 'WHAT',
    description: '"safe" (default), "all", or comma-separated proposal ids or kinds to apply',
    commands: ['rewrite'],
  },
  {
    name: 'max-grade',
    type: 'string',
    value: 'N',
    description: 'Target: highest US grade level (0-30)',
    commands: ['lint', 'score'],
  },
  {
    name: 'max-formality',
    type: 'string',
    value: 'N',
    description: 'Target: highest formality score (0-100)',
    commands: ['lint', 'score'],
  },
  {
    name: 'max-warnings',
    type: 'string',
    value: 'N',
    description: 'Exit with 1 when there are more than N warnings',
    commands: ['lint'],
  },
  {
    name: 'quiet',
    short: 'q',
    type: 'boolean',
    description: 'Report errors only (warnings still count for --max-warnings)',
    commands: ['lint'],
  },
  {
    name: 'fix',
    type: 'boolean',
    description: 'Apply safe fixes to the files, then report what is left',
    commands: ['lint'],
  },
  {
    name: 'fix-dry-run',
    type: 'boolean',
    description: 'Print the safe fixes as a unified diff; change nothing',
    commands: ['lint'],
  },
  {
    name: 'baseline',
    type: 'string',
    value: 'FILE',
    description: 'Only findings not recorded in FILE count',
    commands: ['lint'],
  },
  {
    name: 'update-baseline',
    type: 'boolean',
    description: 'Record the current findings in the --baseline FILE',
    commands: ['lint'],
  },
  {
    name: 'config',
    short: 'c',
    type: 'string',
    value: 'FILE',
    description: 'Use this config file for every input (no lookup)',
    commands: ANALYSIS,
  },
  { name: 'no-config', type: 'boolean', description: 'Ignore config files', commands: ANALYSIS },
  {
    name: 'ignore-path',
    type: 'string',
    value: 'FILE',
    description: 'Ignore file in gitignore syntax (default: ./.attacheignore)',
    commands: ANALYSIS,
  },
  {
    name: 'no-ignore',
    type: 'boolean',
    description: 'Lint ignored files too (node_modules and .git stay skipped)',
    commands: ANALYSIS,
  },
  {
    name: 'no-error-on-unmatched-pattern',
    type: 'boolean',
    description: 'Do not fail when a glob or directory has no files to check',
    commands: ANALYSIS,
  },
  {
    name: 'stdin-filename',
    type: 'string',
    value: 'NAME',
    description: 'Name for standard input (`-`): its format, config and paths in output',
    commands: ANALYSIS,
  },
  {
    name: 'concurrency',
    type: 'string',
    value: 'N',
    description: 'Worker threads: auto (default), off, or a number',
    commands: ['lint', 'score'],
  },
  {
    name: 'cache',
    type: 'boolean',
    description: 'Reuse results of unchanged files (keyed by content and config)',
    commands: ['lint', 'score'],
  },
  {
    name: 'cache-location',
    type: 'string',
    value: 'DIR',
    description: 'Where --cache keeps its files (default: .attache-cache)',
    commands: ['lint', 'score'],
  },
  {
    name: 'max-length',
    type: 'string',
    value: 'N',
    description: 'Refuse inputs longer than N characters (default: 20000000)',
    commands: ANALYSIS,
  },
  {
    name: 'verbose',
    type: 'boolean',
    description: 'Also report cache statistics and cache entries ignored as invalid',
    commands: ['lint', 'score'],
  },
  {
    name: 'color',
    type: 'boolean',
    description: 'Force colours on (NO_COLOR still turns them off)',
    commands: ANALYSIS,
  },
  { name: 'no-color', type: 'boolean', description: 'No colours', commands: ANALYSIS },
  {
    name: 'no-progress',
    type: 'boolean',
    description: 'No progress bar (there is none when piped or with CI=true anyway)',
    commands: ['lint', 'score'],
  },
  { name: 'force', type: 'boolean', description: 'Overwrite an existing config file', commands: ['init'] },
  { name: 'help', short: 'h', type: 'boolean', description: 'Show help', commands: ALL },
];

export interface CliOptions {
  command: CommandName;
  inputs: string[];
  format: OutputFormat;
  output: string | undefined;
  formatIn: InputFormat | undefined;
  language: LanguageOption | undefined;
  locale: LocaleOption | undefined;
  audience: AudienceName | undefined;
  channel: string | undefined;
  brief: string | undefined;
  modelUrl: string | undefined;
  model: string | undefined;
  modelTries: number | undefined;
  accept: 'safe' | 'all' | string[];
  maxGrade: number | undefined;
  maxFormality: number | undefined;
  maxWarnings: number | undefined;
  quiet: boolean;
  fix: boolean;
  fixDryRun: boolean;
  baseline: string | undefined;
  updateBaseline: boolean;
  config: string | undefined;
  noConfig: boolean;
  ignorePath: string | undefined;
  noIgnore: boolean;
  errorOnUnmatchedPattern: boolean;
  stdinFilename: string | undefined;
  concurrency: 'auto' | 'off' | number;
  cache: boolean;
  cacheLocation: string | undefined;
  /** Longest input analysed, in characters (UTF-16 code units); core's default when undefined. */
  maxLength: number | undefined;
  verbose: boolean;
  color: boolean | undefined;
  progress: boolean;
  force: boolean;
  help: boolean;
}

export type Parsed =
  { kind: 'help'; command: CommandName | undefined } | { kind: 'version' } | { kind: 'run'; options: CliOptions };

/** Parses `argv` (without node and the script). Throws CliError on any usage error. */
export function parse(argv: string[]): Parsed {
  const first = argv[0];
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? argv[1] : undefined;
    if (topic !== undefined && !isCommand(topic)) throw unknownCommand(topic);
    return { kind: 'help', command: topic as CommandName | undefined };
  }
  if (first === '--version' || first === '-v' || first === 'version') return { kind: 'version' };
  if (!isCommand(first)) {
    if (first.startsWith('-')) {
      throw new CliError(
        `"${first}" must come after a command.`,
        'Usage: attache <lint|score|rewrite|checklist|init> [options] [files...]. Run "attache --help".',
      );
    }
    throw unknownCommand(first);
  }
  const command = first;
  const specs = OPTION_SPECS.filter((s) => s.commands.includes(command));
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const s of specs) config[s.name] = s.short ? { type: s.type, short: s.short } : { type: s.type };

  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    const res = parseArgs({ args: argv.slice(1), options: config, strict: true, allowPositionals: true });
    values = res.values as Record<string, string | boolean | undefined>;
    positionals = res.positionals;
  } catch (err) {
    throw translateParseError(err, command, specs);
  }
  if (values['help'] === true) return { kind: 'help', command };

  const str = (name: string): string | undefined => {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
  };
  const bool = (name: string): boolean => values[name] === true;

  const formats = OUTPUT_FORMATS[command] as readonly string[];
  const format = (
    str('format') !== undefined ? oneOf('--format', str('format')!, formats) : (formats[0] ?? 'stylish')
  ) as OutputFormat;

  if (bool('color') && bool('no-color'))
    throw new CliError('--color and --no-color contradict each other.', 'Give one of them.');
  if (bool('fix') && bool('fix-dry-run'))
    throw new CliError(
      '--fix and --fix-dry-run contradict each other.',
      'Use --fix-dry-run to see the diff, --fix to write it.',
    );
  if (bool('update-baseline') && str('baseline') === undefined) {
    throw new CliError(
      '--update-baseline needs --baseline FILE.',
      'Example: attache lint --baseline .attache-baseline.json --update-baseline releases/',
    );
  }
  if (bool('no-config') && str('config') !== undefined)
    throw new CliError('--config and --no-config contradict each other.', 'Give one of them.');

  const inputs = positionals;
  if (command === 'init') {
    if (inputs.length > 1)
      throw new CliError(
        `attache init takes at most one directory, got ${inputs.length} arguments.`,
        'Example: attache init releases/',
      );
  } else if (inputs.length === 0) {
    throw new CliError(
      `attache ${command} needs at least one file, directory or glob, or "-" for standard input.`,
      `Example: attache ${command} releases/   or   cat release.txt | attache ${command} -`,
    );
  }
  const stdinCount = inputs.filter((i) => i === '-').length;
  if (stdinCount > 1) throw new CliError('"-" (standard input) can be given only once.');
  if (str('stdin-filename') !== undefined && stdinCount === 0) {
    throw new CliError(
      '--stdin-filename names standard input, but "-" is not among the inputs.',
      'Example: cat release.md | attache lint - --stdin-filename release.md',
    );
  }
  if (bool('fix') && stdinCount > 0) {
    throw new CliError(
      '--fix cannot write back to standard input.',
      'Use --fix-dry-run to print the fixes as a diff, or pass the file by name.',
    );
  }

  let accept: CliOptions['accept'] = 'safe';
  const acceptRaw = str('accept');
  if (acceptRaw !== undefined) {
    if (acceptRaw === 'safe' || acceptRaw === 'all') accept = acceptRaw;
    else {
      const ids = acceptRaw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (ids.length === 0)
        throw new CliError('--accept needs "safe", "all" or a comma-separated list of proposal ids or kinds.');
      accept = ids;
    }
  }

  const options: CliOptions = {
    command,
    inputs,
    format,
    output: nonEmpty('--output', str('output')),
    formatIn: optOneOf('--format-in', str('format-in'), INPUT_FORMATS),
    language: optOneOf('--language', str('language'), LANGUAGES),
    locale: optOneOf('--locale', str('locale'), LOCALES),
    audience: optOneOf('--audience', str('audience'), AUDIENCES),
    channel: nonEmpty('--channel', str('channel')),
    brief: nonEmpty('--brief', str('brief')),
    modelUrl: nonEmpty('--model-url', str('model-url')),
    model: nonEmpty('--model', str('model')),
    modelTries: optNumber('--model-tries', str('model-tries'), 1, 10, true),
    accept,
    maxGrade: optNumber('--max-grade', str('max-grade'), 0, 30, false),
    maxFormality: optNumber('--max-formality', str('max-formality'), 0, 100, false),
    maxWarnings: optNumber('--max-warnings', str('max-warnings'), 0, Number.MAX_SAFE_INTEGER, true),
    quiet: bool('quiet'),
    fix: bool('fix'),
    fixDryRun: bool('fix-dry-run'),
    baseline: nonEmpty('--baseline', str('baseline')),
    updateBaseline: bool('update-baseline'),
    config: nonEmpty('--config', str('config')),
    noConfig: bool('no-config'),
    ignorePath: nonEmpty('--ignore-path', str('ignore-path')),
    noIgnore: bool('no-ignore'),
    errorOnUnmatchedPattern: !bool('no-error-on-unmatched-pattern'),
    stdinFilename: nonEmpty('--stdin-filename', str('stdin-filename')),
    concurrency: concurrency(str('concurrency')),
    cache: bool('cache'),
    cacheLocation: nonEmpty('--cache-location', str('cache-location')),
    maxLength: optNumber('--max-length', str('max-length'), 1, Number.MAX_SAFE_INTEGER, true),
    verbose: bool('verbose'),
    color: bool('color') ? true : bool('no-color') ? false : undefined,
    progress: !bool('no-progress'),
    force: bool('force'),
    help: false,
  };
  return { kind: 'run', options };
}

function isCommand(x: string): x is CommandName {
  return (COMMANDS as readonly string[]).includes(x);
}

function unknownCommand(word: string): CliError {
  const guess = closest(word, COMMANDS);
  const looksLikePath = /[./\\]/.test(word);
  const hint = guess
    ? `Did you mean "attache ${guess}"?`
    : looksLikePath
      ? `To lint it: attache lint ${word}`
      : 'Commands: lint, score, rewrite, checklist, init. Run "attache --help".';
  return new CliError(`Unknown command "${word}".`, hint);
}

function translateParseError(err: unknown, command: CommandName, specs: readonly OptionSpec[]): CliError {
  const e = err as { code?: string; message?: string };
  const msg = e.message ?? String(err);
  const flag = /'(-{1,2}[^'\s,]+)'/.exec(msg)?.[1] ?? /(--[a-z][a-z-]*)/.exec(msg)?.[1];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const name = (flag ?? '').replace(/^-+/, '').replace(/=.*/, '');
    const other = OPTION_SPECS.find((s) => s.name === name || s.short === name);
    if (other && !other.commands.includes(command)) {
      return new CliError(
        `Option ${flag} does not apply to "attache ${command}".`,
        `It works with: ${other.commands.map((c) => `attache ${c}`).join(', ')}. Run "attache ${command} --help".`,
      );
    }
    const guess = closest(
      name,
      specs.map((s) => s.name),
    );
    return new CliError(
      `Unknown option ${flag ?? msg} for "attache ${command}".`,
      guess
        ? `Did you mean --${guess}? Run "attache ${command} --help" for all options.`
        : `Run "attache ${command} --help" for the options.`,
    );
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = (flag ?? '').replace(/^-+/, '');
    const spec = specs.find((s) => s.name === name || s.short === name);
    if (spec?.type === 'boolean')
      return new CliError(`Option --${spec.name} takes no value.`, `Write just --${spec.name}.`);
    if (spec) {
      const dash = /ambiguous/.test(msg) ? ` A value that starts with "-" is written --${spec.name}=VALUE.` : '';
      return new CliError(
        `Option --${spec.name} needs a value (${spec.value ?? 'VALUE'}).${dash}`,
        `Example: --${spec.name} ${exampleValue(spec)}`,
      );
    }
    return new CliError(msg.split('\n')[0] ?? msg, `Run "attache ${command} --help".`);
  }
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return new CliError(msg, `Run "attache ${command} --help".`);
  return new CliError(msg.split('\n')[0] ?? msg, `Run "attache ${command} --help".`);
}

function exampleValue(spec: OptionSpec): string {
  switch (spec.name) {
    case 'format':
      return 'json';
    case 'format-in':
      return 'markdown';
    case 'language':
      return 'en';
    case 'locale':
      return 'ru';
    case 'audience':
      return 'youth';
    case 'max-grade':
      return '10';
    case 'max-formality':
      return '60';
    case 'max-warnings':
      return '0';
    case 'concurrency':
      return '2';
    case 'max-length':
      return '50000000';
    case 'stdin-filename':
      return 'release.md';
    default:
      return spec.value ?? 'VALUE';
  }
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const guess = closest(value, allowed);
  throw new CliError(
    `Invalid value "${value}" for ${flag}.`,
    `Use one of: ${allowed.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ''}`,
  );
}

function optOneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  return value === undefined ? undefined : oneOf(flag, value, allowed);
}

function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new CliError(`${flag} needs a non-empty value.`);
  return value;
}

function optNumber(
  flag: string,
  value: string | undefined,
  min: number,
  max: number,
  integer: boolean,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  const ok = value.trim() !== '' && Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isInteger(n));
  if (!ok) {
    const what = integer ? `a whole number from ${min}` : `a number from ${min} to ${max}`;
    throw new CliError(
      `Invalid value "${value}" for ${flag}: expected ${what}.`,
      `Example: ${flag} ${integer ? 0 : Math.round((min + max) / 3)}`,
    );
  }
  return n;
}

function concurrency(value: string | undefined): CliOptions['concurrency'] {
  if (value === undefined || value === 'auto') return 'auto';
  if (value === 'off') return 'off';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new CliError(
      `Invalid value "${value}" for --concurrency: expected auto, off or a whole number from 1.`,
      'Example: --concurrency 2',
    );
  }
  return n;
}
