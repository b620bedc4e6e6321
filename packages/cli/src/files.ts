/**
 * Turns the command line's inputs (files, directories, globs, "-") into the list of files to
 * check, honouring `.attacheignore` (gitignore syntax) and always skipping node_modules and .git.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { InputFormat } from './args.js';
import { CliError } from './errors.js';
import { m, plural } from './messages.js';

/** Extensions found when walking a directory, and the format each implies. */
export const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);
export const IGNORE_FILE = '.attacheignore';

export interface InputFile {
  /** Absolute path; for stdin, the path given by --stdin-filename (or <cwd>/stdin). */
  abs: string;
  /** Path as shown in output: relative to the working directory, with forward slashes. */
  display: string;
  stdin: boolean;
}

export interface ResolveOptions {
  cwd: string;
  ignorePath: string | undefined;
  noIgnore: boolean;
  errorOnUnmatchedPattern: boolean;
  stdinFilename: string | undefined;
}

export interface Resolved {
  files: InputFile[];
  warnings: string[];
}

/** Format implied by a file name's extension (text when unknown). */
export function formatOf(path: string): InputFormat {
  return EXTENSIONS[extname(path).toLowerCase()] ?? 'text';
}

/** An HTML document or fragment: a doctype, <html>/<head>/<body>, or block elements that close. */
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])/i;
const BLOCKS = 'p|div|article|main|section|header|footer|nav|aside|h[1-6]|ul|ol|li|table|blockquote';
const HTML_OPEN = new RegExp(`<(?:${BLOCKS})[\\s>]`, 'i');
const HTML_CLOSE = new RegExp(`</(?:${BLOCKS})\\s*>`, 'gi');

/**
 * Format of a text piped on stdin without --format-in or a file name that tells: HTML when it
 * starts like an HTML document or has at least two closing tags of block elements; plain text otherwise
 * (Markdown needs --format-in markdown or --stdin-filename x.md: plain text reads much like it).
 */
export function sniffFormat(text: string): InputFormat {
  if (HTML_START.test(text)) return 'html';
  const head = text.slice(0, 20_000);
  if (!HTML_OPEN.test(head)) return 'text';
  let closed = 0;
  for (const _ of head.matchAll(HTML_CLOSE)) if (++closed >= 2) return 'html';
  return 'text';
}

export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return (rel === '' ? basename(abs) : rel).split(sep).join('/');
}

class IgnoreRules {
  private readonly ig: Ignore | undefined;
  private readonly base: string;
  readonly source: string | undefined;

  constructor(opts: ResolveOptions) {
    this.base = opts.cwd;
    if (opts.noIgnore) return;
    const explicit = opts.ignorePath !== undefined;
    const file = resolve(opts.cwd, opts.ignorePath ?? IGNORE_FILE);
    if (!existsSync(file)) {
      if (explicit)
        throw new CliError(m('files.ignoreNotFound', { file: opts.ignorePath! }), m('files.ignoreNotFoundHint'));
      return;
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new CliError(m('files.cannotReadIgnore', { file, why: (err as Error).message }));
    }
    this.base = dirname(file);
    this.source = displayPath(file, opts.cwd);
    this.ig = ignore().add(text);
  }

  /** True when the path (absolute) is ignored. `dir` marks directories (gitignore's trailing slash). */
  ignored(abs: string, dir = false): boolean {
    if (!this.ig) return false;
    const rel = relative(this.base, abs);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
    const p = rel.split(sep).join('/');
    return this.ig.ignores(dir ? `${p}/` : p);
  }
}

export async function resolveInputs(inputs: readonly string[], opts: ResolveOptions): Promise<Resolved> {
  const rules = new IgnoreRules(opts);
  const files: InputFile[] = [];
  const seen = new Set<string>();
  const warnings: string[] = [];
  const add = (abs: string): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push({ abs, display: displayPath(abs, opts.cwd), stdin: false });
  };
  const ignoreNote = rules.source ? m('files.orIgnored', { source: rules.source }) : '';

  for (const input of inputs) {
    if (input === '-') {
      const abs = resolve(opts.cwd, opts.stdinFilename ?? 'stdin');
      files.push({ abs, display: opts.stdinFilename ? displayPath(abs, opts.cwd) : '<stdin>', stdin: true });
      continue;
    }
    const abs = resolve(opts.cwd, input);
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR')
        throw new CliError(m('files.cannotRead', { file: input, why: (err as Error).message }));
    }
    if (stat?.isDirectory()) {
      const before = files.length;
      const counts = { total: 0 };
      walk(abs, rules, counts, add);
      if (files.length === before && opts.errorOnUnmatchedPattern) {
        throw new CliError(
          m('files.noneInDir', { dir: input, files: plural(counts.total, 'file'), ignored: ignoreNote }),
          m('files.noneInDirHint'),
        );
      }
      continue;
    }
    if (stat?.isFile()) {
      if (rules.ignored(abs)) {
        warnings.push(m('files.explicitIgnored', { file: displayPath(abs, opts.cwd), source: rules.source ?? '' }));
        continue;
      }
      add(abs);
      continue;
    }
    if (stat) throw new CliError(m('files.notFileOrDir', { input }), m('files.notFileOrDirHint'));
    // tinyglobby loads only for a glob (and never into the startup snapshot: see snapshot.ts).
    const { globSync, isDynamicPattern } = await import('tinyglobby');
    if (isDynamicPattern(input)) {
      const matches = globSync(input, {
        cwd: opts.cwd,
        absolute: true,
        onlyFiles: true,
        expandDirectories: false,
        ignore: ['**/node_modules/**', '**/.git/**'],
      })
        .map((p) => resolve(p))
        .filter((p) => !rules.ignored(p))
        .sort();
      if (matches.length === 0 && opts.errorOnUnmatchedPattern) {
        throw new CliError(
          m('files.noMatch', {
            pattern: input,
            ignored: rules.source ? m('files.allIgnored', { source: rules.source }) : '',
          }),
          m('files.noMatchHint'),
        );
      }
      for (const match of matches) add(match);
      continue;
    }
    throw new CliError(m('files.noSuchPath', { input }), m('files.noSuchPathHint'));
  }
  return { files, warnings };
}

function walk(dir: string, rules: IgnoreRules, counts: { total: number }, add: (abs: string) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    throw new CliError(m('files.cannotReadDir', { dir, why: (err as Error).message }));
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const abs = resolve(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      // Follow links to files; links to directories are skipped (no cycles).
      try {
        const s = statSync(abs);
        isFile = s.isFile();
        isDir = false;
      } catch {
        continue;
      }
    }
    if (isDir) {
      if (ALWAYS_SKIPPED.has(e.name) || rules.ignored(abs, true)) continue;
      walk(abs, rules, counts, add);
    } else if (isFile) {
      counts.total++;
      if (!(extname(e.name).toLowerCase() in EXTENSIONS)) continue;
      if (rules.ignored(abs)) continue;
      add(abs);
    }
  }
}
