/**
 * The Russian dictionary's files, by name: the one list that the reader (`opencorpora.ts`), the
 * loader (`ru.ts`, exported as `RU_DICTIONARY_FILES`) and the build script that gzips them into
 * `dicts/ru/` (`scripts/build-ru-dict.mjs`, which imports the compiled `dist/morph/ru-files.js`)
 * all use. It imports nothing, so a plain Node script can load it.
 */
export const RU_DICTIONARY_FILES = [
  'words.dawg',
  'prediction-suffixes-0.dawg',
  'prediction-suffixes-1.dawg',
  'prediction-suffixes-2.dawg',
  'p_t_given_w.intdawg',
  'grammemes.json',
  'gramtab-opencorpora-int.json',
  'suffixes.json',
  'paradigms.array',
] as const;
export type RuDictionaryFile = (typeof RU_DICTIONARY_FILES)[number];
