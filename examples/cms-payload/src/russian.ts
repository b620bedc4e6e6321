/**
 * The Russian dictionary (core's morphology, the OpenCorpora dictionary) for Russian bodies: with it,
 * a word-list replacement in a finding comes in the form of the words it replaces («о
 * проработках» → «подготовках»); without it, core names only the dictionary form. Loaded once,
 * on the first save of a body that may be Russian, never for English ones.
 */
import { loadRussianMorphology, mayBeRussian, russianMorphology } from '@attache/core';

export { mayBeRussian };

/**
 * Undefined when nothing needs loading (the dictionary is loaded, or the body is not Russian);
 * else a promise that settles once it is (a dictionary that cannot be read leaves the findings
 * uninflected rather than failing the save).
 */
export function russianReady(body: string, language: string): Promise<void> | undefined {
  if (russianMorphology() || !mayBeRussian(body, language)) return undefined;
  return loadRussianMorphology().then(
    () => undefined,
    () => undefined,
  );
}
