/**
 * The Russian dictionary (core's morphology, OpenCorpora via Az.js) for Russian texts.
 *
 * Core inflects a word-list replacement into the form of the words it replaces ("мероприятиях" →
 * "событиях") only when `loadRussianMorphology` has finished; without it, Russian replacements
 * that change form are left out. Loading is asynchronous and reads ~11 MB, so the CLI does it
 * once, before the analysis, and only when a text to analyse is Russian (`--language ru`, or
 * detected): an English run never reads the dictionary.
 *
 * The files are read from the `az` package as the CLI resolves it (a dependency of the CLI), with
 * a reader function rather than core's own lookup: core finds `az` from its module URL, which a
 * run from the startup snapshot has not (snapshot.ts), and a reader needs no dynamic import.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { detectLanguage, loadRussianMorphology } from '@attache/core';
import type { LanguageOption } from './args.js';
import { distFile } from './paths.js';

/** Share of Cyrillic among the letters outside markup from which a text counts as Russian. */
const CYRILLIC_SHARE = 0.4;

/**
 * Whether the analysis of `text` may be Russian: `--language ru`, or `auto` and either the
 * detector says so on the raw text or most letters outside tags are Cyrillic (a Russian page
 * whose markup leads the detector astray; the analysis detects on the prose).
 */
export function mayBeRussian(text: string, language: LanguageOption): boolean {
  if (language !== 'auto') return language === 'ru';
  if (!/[\u0400-\u04FF]/.test(text)) return false;
  if (detectLanguage(text).code === 'ru') return true;
  const letters = text.replace(/<[^>]*>/g, ' ');
  const cyr = letters.match(/[\u0400-\u04FF]/g)?.length ?? 0;
  const lat = letters.match(/[A-Za-z]/g)?.length ?? 0;
  return cyr > 0 && cyr / (cyr + lat) >= CYRILLIC_SHARE;
}

let pending: Promise<string | undefined> | undefined;

/**
 * Loads the dictionary once per process (later calls share the first). Resolves to a warning
 * when it cannot be read (the run goes on without inflected replacements), else undefined.
 */
export function ensureRussianMorphology(): Promise<string | undefined> {
  pending ??= (async () => {
    try {
      const dicts = join(dirname(createRequire(distFile('./cli.js')).resolve('az/package.json')), 'dicts');
      await loadRussianMorphology((file) => readFile(join(dicts, file)));
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
