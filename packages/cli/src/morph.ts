/**
 * The Russian dictionary (core's morphology, the OpenCorpora dictionary) for Russian texts.
 *
 * Core inflects a word-list replacement into the form of the words it replaces ("мероприятиях" →
 * "событиях") only when `loadRussianMorphology` has finished; without it, Russian replacements
 * that change form are left out. Loading is asynchronous and reads ~11 MB, so the CLI does it
 * once, before the analysis, and only when a text to analyse is Russian (`--language ru`, or
 * detected): an English run never reads the dictionary.
 *
 * The files are core's (gzipped, in @attache/core's dicts/ru, as the CLI resolves the package),
 * read with a reader function rather than core's own lookup: core finds them from its module
 * URL, which a run from the startup snapshot has not (snapshot.ts).
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadRussianMorphology, mayBeRussian } from '@attache/core';
import type { LanguageOption } from './args.js';
import { distFile } from './paths.js';

export { mayBeRussian };

let pending: Promise<string | undefined> | undefined;

/**
 * Loads the dictionary once per process (later calls share the first). Resolves to a warning
 * when it cannot be read (the run goes on without inflected replacements), else undefined.
 */
export function ensureRussianMorphology(): Promise<string | undefined> {
  pending ??= (async () => {
    try {
      const core = dirname(createRequire(distFile('./cli.js')).resolve('@attache/core/package.json'));
      const dicts = join(core, 'dicts', 'ru');
      // Unpacked here: core's own unpacking imports zlib dynamically, which the snapshot cannot.
      await loadRussianMorphology(async (file) => gunzipSync(await readFile(join(dicts, `${file}.gz`))));
      return undefined;
    } catch (err) {
      return `attache: the Russian dictionary could not be loaded (${err instanceof Error ? err.message : String(err)}); Russian replacements that change form are left out.`;
    }
  })();
  return pending;
}

/** Loads the dictionary when one of the texts may be Russian; the warning, if loading failed. */
export async function prepareRussian(
  tasks: readonly { text: string; language: LanguageOption }[],
): Promise<string | undefined> {
  if (!tasks.some((t) => mayBeRussian(t.text, t.language))) return undefined;
  return ensureRussianMorphology();
}
