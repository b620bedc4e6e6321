/**
 * Core's `detectLanguage` as the worker's build has it (vite.config.ts, `francOnDemand`), for
 * `franc-split.test.ts`, which builds this file with that plugin and compares it with core.
 */
export { detectLanguage } from '../../../packages/core/src/lang/detect.js';
export { francModelsLoaded, needsFrancModels } from '../src/franc-on-demand.js';
import { provideFrancModels } from '../src/franc-on-demand.js';

/** What the worker does before a text with a character of a non-Latin script. */
export async function loadFrancModels(): Promise<void> {
  provideFrancModels((await import('../src/franc-models.js')).francAll);
}
