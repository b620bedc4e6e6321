/**
 * compromise (npm `compromise`, MIT), English part-of-speech tagging, loaded LAZILY: only when a
 * rule needs it (`passive-voice` confirming a candidate, `acronyms` asking whether a word in
 * capitals is an ordinary English word). Loading its tagger costs most of a cold start (its
 * lexicon is unpacked and expanded when the module is evaluated), so a Russian text, or an English
 * one with no such candidate, never pays for it.
 *
 * - In Node (≥ 20.16, which has `process.getBuiltinModule`) the first call loads compromise
 *   synchronously (its one-file CommonJS build, resolved from this package).
 * - Elsewhere (a browser, a worker) call `await loadEnglishTagger()` once before analysing
 *   English; a bundler then puts compromise in a chunk of its own. Without it the first rule that
 *   needs the tagger throws an `AttacheInputError` saying so.
 */
import type nlpType from 'compromise/two';
import { AttacheInputError } from '../errors.js';

export type EnglishTagger = typeof nlpType;

let tagger: EnglishTagger | undefined;
let loading: Promise<EnglishTagger> | undefined;
let loader: (() => EnglishTagger) | undefined;

/**
 * Tells core how to load compromise synchronously on first use, in place of `compromise/two`
 * (e.g. the CLI's build of it with the lexicon already expanded, which starts faster). Nothing is
 * loaded until a rule needs the tagger.
 */
export function setEnglishTaggerLoader(load: () => EnglishTagger): void {
  loader = load;
}

/** Loads compromise (once) so that later synchronous analyses can tag English. */
export function loadEnglishTagger(): Promise<EnglishTagger> {
  if (tagger) return Promise.resolve(tagger);
  if (loader) return Promise.resolve(englishTagger());
  loading ??= import('compromise/two').then((m) => {
    const mod = m as unknown as { default?: EnglishTagger } & EnglishTagger;
    tagger ??= mod.default ?? mod;
    return tagger;
  });
  return loading;
}

/** Hands core an already loaded compromise (e.g. a startup snapshot that bundles it). */
export function provideEnglishTagger(nlp: EnglishTagger): void {
  tagger = nlp;
}

/** Whether compromise has been loaded in this process or page. */
export function englishTaggerLoaded(): boolean {
  return tagger !== undefined;
}

interface NodeProcess {
  getBuiltinModule?: (id: string) => unknown;
}

/** The loaded tagger; in Node it is loaded here on first use. */
export function englishTagger(): EnglishTagger {
  if (tagger) return tagger;
  if (loader) return (tagger = loader());
  const proc = (globalThis as { process?: NodeProcess }).process;
  const mod = proc?.getBuiltinModule?.('node:module') as
    { createRequire(url: string): (id: string) => unknown } | undefined;
  if (mod) {
    const loaded = mod.createRequire(import.meta.url)('compromise/two') as { default?: EnglishTagger } & EnglishTagger;
    tagger = loaded.default ?? loaded;
    return tagger;
  }
  throw new AttacheInputError(
    'bad-option',
    'English part-of-speech tagging is not loaded: call `await loadEnglishTagger()` (from @attache/core) once before analysing English text outside Node.js 20.16+.',
  );
}
