/**
 * Command-line parsing with Node's `util.parseArgs` in strict mode: unknown flags, missing values
 * and bad values are errors (exit 2) that name the flag and say what to do, never silently ignored.
 */
import { parseArgs } from 'node:util';
import { CliError, closest } from './errors.js';
import { m, type PlainKey } from './messages.js';

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
  /** Its line in --help, from the message catalogue. */
  description: PlainKey;
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
    description: 'opt.format',
    commands: ['lint', 'score', 'rewrite', 'checklist', 'compose'],
  },
  {
    name: 'output',
    short: 'o',
    type: 'string',
    value: 'FILE',
    description: 'opt.output',
    commands: ANALYSIS,
  },
  {
    name: 'format-in',
    type: 'string',
    value: 'NAME',
    description: 'opt.formatIn',
    commands: [...ANALYSIS, 'compose'],
  },
  {
    name: 'language',
    type: 'string',
    value: 'CODE',
    description: 'opt.language',
    commands: ['lint', 'score', 'rewrite', 'checklist', 'compose', 'init'],
  },
  {
    name: 'locale',
    type: 'string',
    value: 'CODE',
    description: 'opt.locale',
    commands: [...ANALYSIS, 'compose', 'init'],
  },
  {
    name: 'audience',
    type: 'string',
    value: 'NAME',
    description: 'opt.audience',
    commands: ['lint', 'score', 'rewrite', 'checklist', 'compose'],
  },
  {
    name: 'channel',
    type: 'string',
    value: 'NAME',
    description: 'opt.channel',
    commands: ['compose'],
  },
  {
    name: 'brief',
    type: 'string',
    value: 'FILE',
    description: 'opt.brief',
    commands: ['compose'],
  },
  {
    name: 'model-url',
    type: 'string',
    value: 'URL',
    description: 'opt.modelUrl',
    commands: ['compose'],
  },
  {
    name: 'model',
    type: 'string',
    value: 'NAME',
    description: 'opt.model',
    commands: ['compose'],
  },
  {
    name: 'model-tries',
    type: 'string',
    value: 'N',
    description: 'opt.modelTries',
    commands: ['compose'],
  },
  {
    name: 'accept',
    type: 'string',
    value: 'WHAT',
    description: 'opt.accept',
    commands: ['rewrite'],
  },
  {
    name: 'max-grade',
    type: 'string',
    value: 'N',
    description: 'opt.maxGrade',
    commands: ['lint', 'score'],
  },
  {
    name: 'max-formality',
    type: 'string',
    value: 'N',
    description: 'opt.maxFormality',
    commands: ['lint', 'score'],
  },
  {
    name: 'max-warnings',
    type: 'string',
    value: 'N',
    description: 'opt.maxWarnings',
    commands: ['lint'],
  },
  {
    name: 'quiet',
    short: 'q',
    type: 'boolean',
    description: 'opt.quiet',
    commands: ['lint'],
  },
  {
    name: 'fix',
    type: 'boolean',
    description: 'opt.fix',
    commands: ['lint'],
  },
  {
    name: 'fix-dry-run',
    type: 'boolean',
    description: 'opt.fixDryRun',
    commands: ['lint'],
  },
  {
    name: 'baseline',
    type: 'string',
    value: 'FILE',
    description: 'opt.baseline',
    commands: ['lint'],
  },
  {
    name: 'update-baseline',
    type: 'boolean',
    description: 'opt.updateBaseline',
    commands: ['lint'],
  },
  {
    name: 'config',
    short: 'c',
    type: 'string',
    value: 'FILE',
    description: 'opt.config',
    commands: ANALYSIS,
  },
  { name: 'no-config', type: 'boolean', description: 'opt.noConfig', commands: ANALYSIS },
  {
    name: 'ignore-path',
    type: 'string',
    value: 'FILE',
    description: 'opt.ignorePath',
    commands: ANALYSIS,
  },
  {
    name: 'no-ignore',
    type: 'boolean',
    description: 'opt.noIgnore',
    commands: ANALYSIS,
  },
  {
    name: 'no-error-on-unmatched-pattern',
    type: 'boolean',
    description: 'opt.noErrorOnUnmatchedPattern',
    commands: ANALYSIS,
  },
  {
    name: 'stdin-filename',
    type: 'string',
    value: 'NAME',
    description: 'opt.stdinFilename',
    commands: ANALYSIS,
  },
  {
    name: 'concurrency',
    type: 'string',
    value: 'N',
    description: 'opt.concurrency',
    commands: ['lint', 'score'],
  },
  {
    name: 'cache',
    type: 'boolean',
    description: 'opt.cache',
    commands: ['lint', 'score'],
  },
  {
    name: 'cache-location',
    type: 'string',
    value: 'DIR',
    description: 'opt.cacheLocation',
    commands: ['lint', 'score'],
  },
  {
    name: 'max-length',
    type: 'string',
    value: 'N',
    description: 'opt.maxLength',
    commands: ANALYSIS,
  },
  {
    name: 'verbose',
    type: 'boolean',
    description: 'opt.verbose',
    commands: ['lint', 'score'],
  },
  {
    name: 'color',
    type: 'boolean',
    description: 'opt.color',
    commands: ANALYSIS,
  },
  { name: 'no-color', type: 'boolean', description: 'opt.noColor', commands: ANALYSIS },
  {
    name: 'no-progress',
    type: 'boolean',
    description: 'opt.noProgress',
    commands: ['lint', 'score'],
  },
  { name: 'force', type: 'boolean', description: 'opt.force', commands: ['init'] },
  { name: 'help', short: 'h', type: 'boolean', description: 'opt.help', commands: ALL },
];

export interface CliOptions {
  command: CommandName;
  inputs: string[];
  format: OutputFormat;
  output: string | undefined;
  formatIn: InputFormat | undefined;
  language: LanguageOption | undefined;
  locale: LocaleOption | undefined;
  /** A Russian system locale (LC_ALL, LC_MESSAGES, LANG): after --locale and the config's. */
  systemLocale: LocaleOption | undefined;
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
      throw new CliError(m('args.afterCommand', { flag: first }), m('args.usage', { commands: COMMANDS.join('|') }));
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
    throw new CliError(m('args.contradict', { a: '--color', b: '--no-color' }), m('args.giveOne'));
  if (bool('fix') && bool('fix-dry-run'))
    throw new CliError(m('args.contradict', { a: '--fix', b: '--fix-dry-run' }), m('args.fixOrDryRun'));
  if (bool('update-baseline') && str('baseline') === undefined) {
    throw new CliError(
      m('args.updateBaselineNeedsBaseline'),
      m('args.example', { example: 'attache lint --baseline .attache-baseline.json --update-baseline releases/' }),
    );
  }
  if (bool('no-config') && str('config') !== undefined)
    throw new CliError(m('args.contradict', { a: '--config', b: '--no-config' }), m('args.giveOne'));

  const inputs = positionals;
  if (command === 'init') {
    if (inputs.length > 1)
      throw new CliError(
        m('args.initOneDir', { count: inputs.length }),
        m('args.example', { example: 'attache init releases/' }),
      );
  } else if (inputs.length === 0) {
    throw new CliError(m('args.needsInput', { command }), m('args.needsInputExample', { command }));
  }
  const stdinCount = inputs.filter((i) => i === '-').length;
  if (stdinCount > 1) throw new CliError(m('args.stdinOnce'));
  if (str('stdin-filename') !== undefined && stdinCount === 0) {
    throw new CliError(
      m('args.stdinFilenameWithoutStdin'),
      m('args.example', { example: 'cat release.md | attache lint - --stdin-filename release.md' }),
    );
  }
  if (bool('fix') && stdinCount > 0) throw new CliError(m('args.fixStdin'), m('args.fixStdinHint'));

  let accept: CliOptions['accept'] = 'safe';
  const acceptRaw = str('accept');
  if (acceptRaw !== undefined) {
    if (acceptRaw === 'safe' || acceptRaw === 'all') accept = acceptRaw;
    else {
      const ids = acceptRaw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (ids.length === 0) throw new CliError(m('args.acceptEmpty'));
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
    systemLocale: undefined,
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
    ? m('args.didYouMeanCommand', { command: guess })
    : looksLikePath
      ? m('args.toLintIt', { path: word })
      : m('args.commandsList', { commands: COMMANDS.join(', ') });
  return new CliError(m('args.unknownCommand', { command: word }), hint);
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
        m('args.notForCommand', { flag: flag ?? name, command }),
        m('args.worksWith', { commands: other.commands.map((c) => `attache ${c}`).join(', '), command }),
      );
    }
    const guess = closest(
      name,
      specs.map((s) => s.name),
    );
    return new CliError(
      m('args.unknownOption', { flag: flag ?? msg, command }),
      guess ? m('args.didYouMeanOption', { option: guess, command }) : m('args.seeOptions', { command }),
    );
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = (flag ?? '').replace(/^-+/, '');
    const spec = specs.find((s) => s.name === name || s.short === name);
    if (spec?.type === 'boolean')
      return new CliError(m('args.takesNoValue', { option: spec.name }), m('args.writeJust', { option: spec.name }));
    if (spec) {
      const dash = /ambiguous/.test(msg) ? ` ${m('args.dashValue', { option: spec.name })}` : '';
      return new CliError(
        m('args.needsValue', { option: spec.name, value: spec.value ?? 'VALUE' }) + dash,
        m('args.example', { example: `--${spec.name} ${exampleValue(spec)}` }),
      );
    }
  }
  // Node's own wording (English), for the cases above that did not apply.
  return new CliError(m('args.unreadable', { detail: msg.split('\n')[0] ?? msg }), m('args.runHelp', { command }));
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
    m('args.invalidValue', { value, flag }),
    m('args.useOneOf', { values: allowed.join(', ') }) +
      (guess ? ` ${m('args.didYouMeanValue', { value: guess })}` : ''),
  );
}

function optOneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  return value === undefined ? undefined : oneOf(flag, value, allowed);
}

function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new CliError(m('args.nonEmpty', { flag }));
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
    const what = integer ? m('args.wholeNumberFrom', { min }) : m('args.numberFromTo', { min, max });
    throw new CliError(
      m('args.badNumber', { value, flag, what }),
      m('args.example', { example: `${flag} ${integer ? 0 : Math.round((min + max) / 3)}` }),
    );
  }
  return n;
}

function concurrency(value: string | undefined): CliOptions['concurrency'] {
  if (value === undefined || value === 'auto') return 'auto';
  if (value === 'off') return 'off';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new CliError(m('args.badConcurrency', { value }), m('args.example', { example: '--concurrency 2' }));
  }
  return n;
}
