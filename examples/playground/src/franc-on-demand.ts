/**
 * The worker build's stand-in for franc, as core's `lang/detect.ts` imports it (vite.config.ts,
 * `francOnDemand`). franc picks the script that most characters of its sample (the first 2,048)
 * belong to, then compares trigrams with that script's models only. Core's candidates' models of
 * the Latin script are in the worker; those of the other scripts (Cyrillic, Arabic, Devanagari,
 * Ethiopic, Hebrew) are a chunk of their own, `franc-models.ts`, which the worker imports and hands
 * over here before analysing a text with a character of one of those scripts.
 *
 * A sample without such a character never has one of them as its top script, so the Latin-only
 * instance ranks it exactly as franc with every candidate's model does; once the chunk is loaded,
 * that full instance answers every call.
 */
import { francAll as francLatin } from 'attache:franc-latin';
import { ON_DEMAND_SCRIPTS } from 'attache:franc-on-demand-scripts';

type FrancAll = typeof francLatin;

/** franc's sample length (`MAX_LENGTH` in franc's index.js). */
const FRANC_SAMPLE = 2048;

let full: FrancAll | undefined;

export function provideFrancModels(withAllModels: FrancAll): void {
  full = withAllModels;
}

export function francModelsLoaded(): boolean {
  return full !== undefined;
}

/** Whether `text` has a character of a script whose models are in the on-demand chunk. */
export function needsFrancModels(text: string): boolean {
  // `search` ignores the expressions' global flag and lastIndex.
  return Object.values(ON_DEMAND_SCRIPTS).some((re) => text.search(re) >= 0);
}

export function francAll(...args: Parameters<FrancAll>): ReturnType<FrancAll> {
  if (full) return full(...args);
  const [value] = args;
  if (value && needsFrancModels(value.slice(0, FRANC_SAMPLE)))
    throw new Error(
      "franc's models of non-Latin scripts are not loaded: the worker loads them for a text with such a character.",
    );
  return francLatin(...args);
}
