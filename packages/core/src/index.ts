/**
 * @attache/core — scores press releases for formality and readability and lints officialese,
 * with every position pointing into the original input. Browser-safe, synchronous, no I/O.
 */
export { analyze, analyzeDetailed, analysisOf, DEFAULT_MAX_LENGTH } from './analyze.js';
export type { AnalyzeOptions, Analysis, AnalyzedSentence } from './analyze.js';
export { AttacheInputError, AttacheTimeBudgetError } from './errors.js';
export type { AttacheInputErrorCode } from './errors.js';
export { syllables } from './syllables/index.js';
export { detectLanguage, mayBeRussian } from './lang/detect.js';
export { computeReadability, sentenceGrade, difficultyOf } from './readability/index.js';
export { READABILITY_FORMULAS } from './readability/list.js';
export type { ReadabilityFormula } from './readability/list.js';
export { extractProse } from './source/index.js';
export type { Prose, ProseBlock, ProseRegion, SourceFormat, SourceComment } from './source/types.js';
export { tokenize } from './text/tokenize.js';
export type { Token, TokenKind } from './text/tokenize.js';
export { segmentSentences } from './text/segment.js';
export { LineIndex } from './lines.js';
export { t, addCatalogue, LOCALES, isLocale } from './i18n/index.js';
export type { Locale } from './i18n/index.js';
export * from './schema.js';
export { toDraft2020 } from './json-schema.js';
export { evaluate, TargetsSchema } from './policy.js';
export { SOURCES, SourceSchema, citeSource, isSource } from './sources.js';
export type { Source } from './sources.js';
export type { Targets, TargetId, TargetResult, PolicyResult } from './policy.js';
export {
  lint,
  applyFixes,
  LintConfigSchema,
  ListFileSchema,
  ListEntrySchema,
  parseStyle,
  RULES,
  builtinLists,
  builtinListsPending,
  provideBuiltinLists,
  formatMessage,
} from './lint/index.js';
export type {
  LintConfig,
  LintConfigInput,
  ListFile,
  ListEntry,
  RuleSetting,
  LintSentence,
  RuleContext,
  Rule,
  RuleMeta,
  RuleKind,
} from './lint/index.js';
/**
 * The compact English part-of-speech tagger behind the formality signals (closed classes, a
 * 12,000-word lexicon from the Brill lexicon, suffix guesses, two Brill-style context rules).
 * Coarse tags; not a parser. The audience adapters use it to tell a verb from a noun.
 */
export { tagWords } from './pos/index.js';
export type { Pos, TaggedWord } from './pos/index.js';
/**
 * Acronyms in a text: their uses (plurals, case endings, possessives, dotted and loose forms) and
 * where the text spells them out ("Long Form (ACR)", "ACR (Long Form)", initials earlier on).
 * Pure; `isShoutedWord` is the lexicon check the lint rules give it for words in capitals.
 */
export { scanAcronyms, acronymOf } from './text/acronyms.js';
export type { AcronymScan, AcronymDefinition, AcronymUse, AcronymShape, ScanAcronymsOptions } from './text/acronyms.js';
export { looksLikeWord as isShoutedWord } from './lint/rules/acronyms.js';
/**
 * English verb forms: one irregular-verb table and the -s / -ed / -ing spelling rules, for the
 * lint rules' inflected patterns and the audience adapters' verb rewrites. Browser-safe.
 */
export {
  verbForms,
  thirdPerson,
  pastForm,
  participleForm,
  ingForm,
  englishForms,
  inflectVerb,
  inflectPhrase,
  baseOfThird,
  baseOfIng,
  pastParticipleToPast,
  looksLikeParticiple,
  IRREGULAR_PASTS,
  BE_FORMS,
} from './morph/en-verbs.js';
export type { VerbForm, VerbForms, FormTag } from './morph/en-verbs.js';
/**
 * Russian morphology from the OpenCorpora dictionary (core's own reader): lemma, part of speech, case,
 * number, gender, tense; inflection; a replacement put into the form of the word it replaces.
 * Loaded lazily: `await loadRussianMorphology()` once, then synchronous calls.
 */
export { loadRussianMorphology, russianMorphology, RU_DICTIONARY_FILES } from './morph/ru.js';
export type {
  RussianMorphology,
  RuParse,
  RuFormRequest,
  RuPos,
  RuCase,
  RuNumber,
  RuGender,
  RuPerson,
  RuTense,
  AgreeOptions,
  RuDictionarySource,
  RuDictionaryFile,
} from './morph/ru.js';
