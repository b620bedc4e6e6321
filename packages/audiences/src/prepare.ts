/**
 * `prepare`: loads, once, what the synchronous calls of this package need for a given text.
 * `compose`, `rewrite` and the adapters are synchronous; Russian replacements are put into the
 * form of the words they replace only when core's Russian dictionary is loaded (see
 * `loadRussianMorphology` in @attache/core). English needs nothing loaded.
 * Without `prepare`, Russian replacements that need a new form are offered as suggestions instead.
 */
import { loadRussianMorphology, mayBeRussian } from '@attache/core';
import type { RuDictionarySource } from '@attache/core';

export interface PrepareOptions {
  /** The text's language, as passed to `compose`/`rewrite` (default `'auto'`: detected). */
  language?: string;
  /** Where the Russian dictionary's files are (a folder path or URL, or a loader), for browsers
   * and bundles; in Node the default finds them in the installed package. */
  dictionary?: RuDictionarySource;
}

/**
 * Loads the Russian dictionary when the text may be Russian (English needs nothing loaded);
 * resolves when the synchronous calls can run on `text`. Calling it again costs nothing.
 */
export async function prepare(text: string, options: PrepareOptions = {}): Promise<void> {
  if (mayBeRussian(text, options.language ?? 'auto')) await loadRussianMorphology(options.dictionary);
}
