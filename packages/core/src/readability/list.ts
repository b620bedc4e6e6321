/**
 * The list of readability formulas, in a module of its own with no runtime imports, so that a
 * page can import it from `@attache/core` without the analysis (the playground's main thread).
 */
import type { Readability } from '../schema.js';

/**
 * The readability formulas every report carries (each a number, or null where it does not fit
 * the language or the text), in the order the CLI and the playground list them. Language-specific
 * adaptations are apart, in `readability.adaptations`.
 */
export const READABILITY_FORMULAS = [
  'fleschReadingEase',
  'fleschKincaidGrade',
  'gunningFog',
  'smog',
  'colemanLiau',
  'automatedReadabilityIndex',
  'lix',
  'rix',
  'mcalpineEflaw',
  'daleChall',
] as const satisfies readonly (keyof Readability)[];
export type ReadabilityFormula = (typeof READABILITY_FORMULAS)[number];
