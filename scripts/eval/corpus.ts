/** Readers for ../shared/eval (read-only evaluation material; see its README for splits and fair use). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the shared evaluation material lives: $ATTACHE_EVAL_DIR (with or without a trailing
 * slash, relative to the working directory), else `../shared/eval` beside the repository.
 * Every test, eval and bench resolves it here.
 */
export const EVAL_DIR: string = process.env.ATTACHE_EVAL_DIR
  ? resolve(process.env.ATTACHE_EVAL_DIR)
  : fileURLToPath(new URL('../../../shared/eval', import.meta.url));

/** A path inside the evaluation material: `evalPath('press-releases', 'en')`. */
export const evalPath = (...parts: string[]): string => join(EVAL_DIR, ...parts);

export const hasEval = (): boolean =>
  existsSync(join(EVAL_DIR, 'README.md')) || existsSync(join(EVAL_DIR, 'press-releases'));

/**
 * Real releases, two transcripts and the small peer vectors kept inside the repository
 * (test/fixtures, licences in its README), so the tests pass on a fresh clone with nothing beside it.
 */
export const FIXTURES_DIR: string = fileURLToPath(new URL('../../test/fixtures', import.meta.url));

/** A path inside the fixtures: `fixturePath('releases', 'en', 'en_usdos_02.txt')`. */
export const fixturePath = (...parts: string[]): string => join(FIXTURES_DIR, ...parts);

/** A peer test vector file kept in the fixtures: `vectorPath('wooorm_formula_vectors.json')`. */
export const vectorPath = (name: string): string => join(FIXTURES_DIR, 'vectors', name);

/**
 * Where a test that reads every release of a language finds them: the evaluation material's
 * press-releases when it is present (35 English, 16 Russian), else the fixtures (10 English,
 * 7 Russian). Tests that name one release use the fixtures directly.
 */
export const releasesDir = (language: 'en' | 'ru'): string =>
  hasEval() ? evalPath('press-releases', language) : fixturePath('releases', language);

/** The one line a test prints when it skips for want of the evaluation material. */
export const EVAL_SKIP_NOTE = `skipped: needs the evaluation material at ${EVAL_DIR} (set ATTACHE_EVAL_DIR to read it from elsewhere)`;

export interface Release {
  id: string;
  language: 'en' | 'ru';
  /** Text after the provenance header (the first blank line), as the peer outputs were computed. */
  text: string;
  /** The page's title, from the header's "Title:" line (the document a press officer holds has it). */
  title?: string;
}

/** The text of a release file without its provenance header. */
export function releaseBody(raw: string): string {
  const i = raw.search(/\r?\n\r?\n/);
  return i < 0 ? raw : raw.slice(i).replace(/^\r?\n\r?\n/, '');
}

/** Every release of a language, from the evaluation material, or from the fixtures when `from` says so. */
export function releases(language: 'en' | 'ru', from: 'eval' | 'fixtures' = 'eval'): Release[] {
  const dir = from === 'eval' ? evalPath('press-releases', language) : fixturePath('releases', language);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f), 'utf8');
      const title = /^Title:[ \t]*(.+?)[ \t]*$/m.exec(raw.slice(0, Math.max(0, raw.search(/\r?\n\r?\n/))))?.[1];
      return { id: f.replace(/\.txt$/, ''), language, text: releaseBody(raw), ...(title ? { title } : {}) };
    });
}

export function readJsonl<T = Record<string, unknown>>(relative: string): T[] {
  return readFileSync(evalPath(relative), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export function readJson<T = unknown>(relative: string): T {
  return JSON.parse(readFileSync(evalPath(relative), 'utf8')) as T;
}

/** Runs `main` when the module is executed directly (`tsx scripts/eval/x.ts`). */
export function isMain(url: string): boolean {
  return process.argv[1] !== undefined && fileURLToPath(url) === process.argv[1];
}
