/**
 * Helpers for the end-to-end tests in the repository's test/cli-*.test.ts: they run the BUILT
 * binary (packages/cli/dist/bin.js) as a child process. Build first: `pnpm run build` (CI does;
 * `npm test` does too, through its typecheck step, which is `tsc -b`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI_DIR = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const REPO = resolve(CLI_DIR, '../..');
/** The built binary (ATTACHE_TEST_BIN may point at another build of it). */
export const BIN = process.env['ATTACHE_TEST_BIN'] ?? join(CLI_DIR, 'dist', 'bin.js');
/**
 * Real press releases and transcripts kept in the repository (test/fixtures/releases/{en,ru},
 * licences in test/fixtures/README.md): the end-to-end tests need nothing beside the clone.
 */
export const RELEASES = resolve(REPO, 'test/fixtures/releases');

export function assertBuilt(): void {
  if (!existsSync(BIN)) {
    throw new Error(`${BIN} is missing: run "pnpm run build" at the repository root before these tests.`);
  }
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
}

/** Runs `node dist/bin.js ...args`, as CI would: CI=true, NO_COLOR unset unless given, no locale
 * variables (ATTACHE_LOCALE, LC_ALL, LC_MESSAGES, LANG) unless given. */
export function attache(args: string[], opts: RunOptions = {}): Run {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  delete env['NO_COLOR'];
  delete env['FORCE_COLOR'];
  // The language of the messages: English unless a test sets one (the machine's locale may be any).
  for (const k of ['ATTACHE_LOCALE', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete env[k];
  env['CI'] = 'true';
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const res = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? REPO,
    input: opts.input ?? '',
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (res.error) throw res.error;
  return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
}

export function release(lang: 'en' | 'ru', name: string): string {
  return join(RELEASES, lang, name);
}

export function readRelease(lang: 'en' | 'ru', name: string): string {
  return readFileSync(release(lang, name), 'utf8');
}

export function listReleases(lang: 'en' | 'ru'): string[] {
  return readdirSync(join(RELEASES, lang))
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** A fresh temporary directory, optionally with files copied in: { 'a.txt': '/abs/src' }. */
export function tempDir(copies: Record<string, string> = {}): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'attache-cli-'));
  for (const [name, src] of Object.entries(copies)) cpSync(src, join(dir, name));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
