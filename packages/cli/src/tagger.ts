/**
 * English part-of-speech tagging (compromise) for the CLI.
 *
 * The CLI ships its own build of compromise/two, dist/compromise-two.cjs (scripts/build-compromise.mjs:
 * the same model, with the lexicon expanded at build time instead of at every start). Core loads it
 * on first use, synchronously, like compromise/two: a text whose rules need no parse never loads it.
 * Without that file (a build that skipped it) core loads compromise/two itself.
 *
 * Core loads compromise/two on first use through `process.getBuiltinModule`, which Node.js has
 * from 20.16 on. Before that, without the CLI's build, the CLI loads it once, asynchronously,
 * before the command runs (and in each worker thread before its first task).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { EnglishTagger } from '@attache/core';
import { distFile } from './paths.js';

interface NodeProcess {
  getBuiltinModule?: unknown;
}

/** Whether core cannot load compromise on its own in this process (Node.js < 20.16). */
export function needsTaggerPreload(proc: NodeProcess = process as NodeProcess): boolean {
  return typeof proc.getBuiltinModule !== 'function';
}

/** dist/compromise-two.cjs when the build wrote it. */
export function bundledTaggerFile(): string | undefined {
  const file = fileURLToPath(distFile('compromise-two.cjs'));
  return existsSync(file) ? file : undefined;
}

/** Points core at the CLI's build of compromise, else loads compromise/two where core cannot. */
export async function ensureEnglishTagger(): Promise<void> {
  const file = bundledTaggerFile();
  if (file) {
    const { setEnglishTaggerLoader } = await import('@attache/core');
    setEnglishTaggerLoader(() => {
      const m = createRequire(file)(file) as { default?: EnglishTagger } & EnglishTagger;
      return m.default ?? m;
    });
    return;
  }
  if (!needsTaggerPreload()) return;
  const { loadEnglishTagger } = await import('@attache/core');
  await loadEnglishTagger();
}
