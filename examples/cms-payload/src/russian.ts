/**
 * The Russian dictionary (core's morphology, OpenCorpora via Az.js) for Russian bodies: with it,
 * a word-list replacement in a finding comes in the form of the words it replaces («о
 * проработках» → «подготовках»); without it, core names only the dictionary form. Loaded once,
 * on the first save of a body that may be Russian, never for English ones.
 */
import { detectLanguage, loadRussianMorphology, russianMorphology } from '@attache/core';

/** Share of Cyrillic among the letters outside markup from which a body counts as Russian. */
const CYRILLIC_SHARE = 0.4;

/** `language` 'ru', or 'auto' and the detector or the share of Cyrillic letters says Russian. */
export function mayBeRussian(body: string, language: string): boolean {
  if (language !== 'auto') return language === 'ru';
  if (!/[\u0400-\u04FF]/.test(body)) return false;
  if (detectLanguage(body).code === 'ru') return true;
  const letters = body.replace(/<[^>]*>/g, ' ');
  const cyr = letters.match(/[\u0400-\u04FF]/g)?.length ?? 0;
  const lat = letters.match(/[A-Za-z]/g)?.length ?? 0;
  return cyr / (cyr + lat) >= CYRILLIC_SHARE;
}

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
