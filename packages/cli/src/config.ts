/**
 * Finds and loads configuration: `attache.config.json`, `.attacherc.json` or the "attache" key of
 * package.json, looked up from each file's directory upward; the nearest wins (no merging).
 * Errors name the file and the key, e.g. `attache.config.json: "targets.maxGrade": expected number`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { RULES, type LintConfig, type Targets } from '@attache/core';
import type { z } from 'zod';
import type { AudienceName, InputFormat, LanguageOption, LocaleOption } from './args.js';
import { ConfigSchema, type AttacheConfig } from './config-schema.js';
import { CliError, closest } from './errors.js';
import { getLocale, m } from './messages.js';
import { zodErrorMap } from './zod-messages.js';

export const CONFIG_FILES = ['attache.config.json', '.attacherc.json'] as const;

export interface LoadedConfig {
  /** Absolute path of the file the config came from; undefined when none was found. */
  path: string | undefined;
  /** "attache." when the config is the "attache" key of a package.json. */
  keyPrefix: string;
  config: AttacheConfig;
  /** The lint section with style files loaded (core reads no files). */
  lint: LintConfig;
}

const EMPTY: LoadedConfig = { path: undefined, keyPrefix: '', config: {}, lint: {} };

export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly explicit: LoadedConfig | undefined;

  constructor(private readonly opts: { explicitPath?: string | undefined; disabled: boolean; cwd: string }) {
    if (opts.explicitPath !== undefined) {
      const p = resolve(opts.cwd, opts.explicitPath);
      if (!existsSync(p)) {
        throw new CliError(m('config.notFound', { file: opts.explicitPath }), m('config.notFoundHint'));
      }
      this.explicit = loadConfigFile(p);
    }
  }

  /** The config that applies to a file (absolute path) or, for stdin, to a directory. */
  forFile(absPath: string): LoadedConfig {
    if (this.opts.disabled) return EMPTY;
    if (this.explicit) return this.explicit;
    return this.forDir(dirname(absPath));
  }

  forDir(dir: string): LoadedConfig {
    if (this.opts.disabled) return EMPTY;
    if (this.explicit) return this.explicit;
    const seen: string[] = [];
    let d = dir;
    let found: LoadedConfig | undefined;
    for (;;) {
      const hit = this.byDir.get(d);
      if (hit) {
        found = hit;
        break;
      }
      seen.push(d);
      const here = findInDir(d);
      if (here) {
        found = here;
        break;
      }
      const up = dirname(d);
      if (up === d) break;
      d = up;
    }
    const result = found ?? EMPTY;
    for (const s of seen) this.byDir.set(s, result);
    return result;
  }
}

function findInDir(dir: string): LoadedConfig | undefined {
  for (const name of CONFIG_FILES) {
    const p = join(dir, name);
    if (existsSync(p)) return loadConfigFile(p);
  }
  const pkg = join(dir, 'package.json');
  if (existsSync(pkg)) {
    const data = readJson(pkg);
    if (data && typeof data === 'object' && !Array.isArray(data) && 'attache' in data) {
      return validate((data as Record<string, unknown>)['attache'], pkg, 'attache.');
    }
  }
  return undefined;
}

/** Loads one config file: JSON, or package.json (its "attache" key). */
export function loadConfigFile(path: string): LoadedConfig {
  const data = readJson(path);
  if (path.endsWith('package.json')) {
    if (!data || typeof data !== 'object' || !('attache' in data)) {
      throw new CliError(m('config.noAttacheKey', { file: path }), m('config.noAttacheKeyHint'));
    }
    return validate((data as Record<string, unknown>)['attache'], path, 'attache.');
  }
  return validate(data, path, '');
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CliError(m('config.cannotRead', { file: path, why: (err as Error).message }), m('config.cannotReadHint'));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (err) {
    const msg = (err as Error).message;
    const pos = /position (\d+)/.exec(msg);
    let where = '';
    if (pos) {
      const offset = Number(pos[1]);
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      where = m('config.badJsonWhere', { line, column });
    }
    throw new CliError(
      m('config.badJson', { file: path, where, why: msg.replace(/ in JSON at position \d+.*$/, '') }),
      m('config.badJsonHint'),
    );
  }
}

const TOP_KEYS = Object.keys(ConfigSchema.shape);

function validate(data: unknown, path: string, keyPrefix: string): LoadedConfig {
  // zod's own wording of what is wrong ("expected number") in the run's language.
  const parsed = ConfigSchema.safeParse(data, { errorMap: zodErrorMap(getLocale() === 'ru' ? 'ru' : 'en') });
  if (!parsed.success) {
    throw new CliError(
      m('config.invalid', { file: path, issues: formatIssues(parsed.error.issues, keyPrefix) }),
      m('config.invalidHint'),
    );
  }
  const config = parsed.data;
  const lint = loadStyles(config, path, keyPrefix);
  checkRules(lint, path, keyPrefix);
  return { path, keyPrefix, config, lint };
}

/**
 * The rule ids of `lint.rules` and each rule's options, checked here as core checks them, so that
 * the error names the config's key in the run's language (core's own error is English).
 */
function checkRules(lint: LintConfig, path: string, keyPrefix: string): void {
  const custom = new Set(
    (lint.styles ?? []).flatMap((s) => {
      const rule = s && typeof s === 'object' ? (s as { rule?: unknown }).rule : undefined;
      return typeof rule === 'string' ? [rule] : [];
    }),
  );
  const errorMap = zodErrorMap(getLocale() === 'ru' ? 'ru' : 'en');
  const issues: string[] = [];
  for (const [id, setting] of Object.entries(lint.rules ?? {})) {
    const rule = RULES.get(id);
    if (!rule) {
      if (custom.has(id)) continue;
      const guess = closest(id, [...RULES.keys()]);
      issues.push(
        `  "${keyPrefix}lint.rules.${id}": ${m('config.unknownRule')}${guess ? ` (${m('config.didYouMeanKey', { key: guess })})` : ''}`,
      );
      continue;
    }
    const options = Array.isArray(setting)
      ? setting[1]
      : setting && typeof setting === 'object'
        ? (setting as { options?: unknown }).options
        : undefined;
    if (options === undefined) continue;
    const r = rule.meta.options.safeParse(options, { errorMap });
    if (!r.success)
      issues.push(
        formatIssues(
          r.error.issues.map((i) => ({ ...i, path: ['lint', 'rules', id, 'options', ...i.path] })),
          keyPrefix,
        ),
      );
  }
  if (issues.length > 0)
    throw new CliError(m('config.invalid', { file: path, issues: issues.join('\n') }), m('config.invalidHint'));
}

/** Formats zod issues as lines `  "targets.maxGrade": expected number, received string`. */
export function formatIssues(issues: readonly z.ZodIssue[], keyPrefix = ''): string {
  return issues
    .slice(0, 8)
    .map((i) => {
      const path = formatPath(i.path);
      const key = keyPrefix + path;
      if (i.code === 'unrecognized_keys') {
        const parts = i.keys.map((k) => {
          const full = path ? `${key}.${k}` : keyPrefix + k;
          const guess = i.path.length === 0 ? closest(k, TOP_KEYS) : undefined;
          return `  "${full}": ${m('config.unknownKey')}${guess ? ` (${m('config.didYouMeanKey', { key: keyPrefix + guess })})` : ''}`;
        });
        return parts.join('\n');
      }
      let msg = i.message;
      if (i.code === 'invalid_type' && i.received === 'undefined') msg = m('config.required');
      return `  "${key || '(root)'}": ${msg}`;
    })
    .join('\n');
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

function loadStyles(config: AttacheConfig, configPath: string, keyPrefix: string): LintConfig {
  const lint = config.lint;
  if (!lint) return {};
  const { styles, ...rest } = lint;
  if (!styles || styles.length === 0) return rest as LintConfig;
  const loaded = styles.map((s, i) => {
    if (typeof s !== 'string') return s;
    const p = isAbsolute(s) ? s : resolve(dirname(configPath), s);
    let text: string;
    try {
      text = readFileSync(p, 'utf8');
    } catch {
      throw new CliError(
        m('config.invalid', {
          file: configPath,
          issues: `  "${keyPrefix}lint.styles[${i}]": ${m('config.cannotReadStyle', { file: p })}`,
        }),
        m('config.styleHint'),
      );
    }
    try {
      const data = JSON.parse(text) as unknown;
      return data && typeof data === 'object' && !Array.isArray(data) ? { name: s, ...(data as object) } : data;
    } catch (err) {
      throw new CliError(
        m('config.badStyleJson', {
          file: p,
          key: `${keyPrefix}lint.styles[${i}]`,
          config: configPath,
          why: (err as Error).message,
        }),
      );
    }
  });
  return { ...rest, styles: loaded } as LintConfig;
}

/** What a run uses for one file once config and flags are merged (flags win). */
export interface Effective {
  configPath: string | undefined;
  language: LanguageOption;
  /** Forced input format, when the config or --format-in sets one. */
  format: InputFormat | undefined;
  locale: LocaleOption;
  /** Whether --locale, ATTACHE_LOCALE, the config or a Russian system locale chose the locale; if
   * not, a Russian text gets Russian messages. */
  localeSet: boolean;
  audience: AudienceName | undefined;
  targets: Targets;
  lint: LintConfig;
}

export interface FlagOverrides {
  language?: LanguageOption | undefined;
  formatIn?: InputFormat | undefined;
  locale?: LocaleOption | undefined;
  /** A Russian system locale: used when neither --locale nor the config sets one. */
  systemLocale?: LocaleOption | undefined;
  audience?: AudienceName | undefined;
  maxGrade?: number | undefined;
  maxFormality?: number | undefined;
}

export function effective(loaded: LoadedConfig, flags: FlagOverrides): Effective {
  const c = loaded.config;
  const targets: Targets = { ...c.targets };
  if (flags.maxGrade !== undefined) targets.maxGrade = flags.maxGrade;
  if (flags.maxFormality !== undefined) targets.maxFormality = flags.maxFormality;
  return {
    configPath: loaded.path,
    language: flags.language ?? c.language ?? 'auto',
    format: flags.formatIn ?? c.format,
    locale: flags.locale ?? c.locale ?? flags.systemLocale ?? 'en',
    localeSet: (flags.locale ?? c.locale ?? flags.systemLocale) !== undefined,
    audience: flags.audience ?? c.audience,
    targets,
    lint: loaded.lint,
  };
}
