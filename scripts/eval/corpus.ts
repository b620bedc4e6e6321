/** Readers for ../shared/eval (read-only evaluation material; see its README for splits and fair use). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the shared evaluation material lives: beside the repo, or $ATTACHE_EVAL_DIR. */
export const EVAL_DIR =
  process.env.ATTACHE_EVAL_DIR ?? fileURLToPath(new URL('../../../shared/eval/', import.meta.url));

export const hasEval = (): boolean => existsSync(EVAL_DIR);

export interface Release {
  id: string;
  language: 'en' | 'ru';
  /** Text after the provenance header (the first blank line), as the peer outputs were computed. */
  text: string;
}

/** The text of a release file without its provenance header. */
export function releaseBody(raw: string): string {
  const i = raw.search(/\r?\n\r?\n/);
  return i < 0 ? raw : raw.slice(i).replace(/^\r?\n\r?\n/, '');
}

export function releases(language: 'en' | 'ru'): Release[] {
  const dir = `${EVAL_DIR}press-releases/${language}/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), language, text: releaseBody(readFileSync(dir + f, 'utf8')) }));
}

export function readJsonl<T = Record<string, unknown>>(relative: string): T[] {
  return readFileSync(EVAL_DIR + relative, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export function readJson<T = unknown>(relative: string): T {
  return JSON.parse(readFileSync(EVAL_DIR + relative, 'utf8')) as T;
}

/** Runs `main` when the module is executed directly (`tsx scripts/eval/x.ts`). */
export function isMain(url: string): boolean {
  return process.argv[1] !== undefined && fileURLToPath(url) === process.argv[1];
}
