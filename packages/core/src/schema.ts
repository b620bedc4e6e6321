/**
 * The report: plain, JSON-serialisable data, described once here as a zod schema.
 * TypeScript types are inferred from it and `report.schema.json` is generated from it
 * (`pnpm gen`; a test fails when the file is stale).
 *
 * Offsets: every `start`/`end` is a UTF-16 code-unit offset into the caller's original input,
 * `end` exclusive, so `input.slice(start, end)` is the thing reported. Lines and columns are
 * 1-based (columns count UTF-16 code units, as editors and SARIF do).
 */
import { z } from 'zod';

export const LANGUAGE_CODES = ['en', 'ru', 'fr', 'es', 'de'] as const;
export const LanguageCodeSchema = z.enum(LANGUAGE_CODES);
export type LanguageCode = z.infer<typeof LanguageCodeSchema>;

export const PositionSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
});
export type Position = z.infer<typeof PositionSchema>;

export const LocationSchema = z.object({ start: PositionSchema, end: PositionSchema });
export type Location = z.infer<typeof LocationSchema>;

export const SpanSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  loc: LocationSchema,
});
export type Span = z.infer<typeof SpanSchema>;

export const LanguageResultSchema = z.object({
  /** ISO 639-1 code of a supported language, `und` when the text is too short or unclear to tell,
   * or the ISO 639-3 code franc found for a language Attaché does not support. */
  code: z.string(),
  /** 0..1: how far the winner stands ahead of the runner-up (1 when forced). */
  confidence: z.number().min(0).max(1),
  source: z.enum(['detected', 'forced']),
  supported: z.boolean(),
  /** Human-readable reason when `supported` is false or `code` is `und`. */
  note: z.string().optional(),
});
export type LanguageResult = z.infer<typeof LanguageResultSchema>;

export const CountsSchema = z.object({
  sentences: z.number().int(),
  words: z.number().int(),
  syllables: z.number().int(),
  /** Letters and digits in words (Coleman–Liau, ARI). */
  letters: z.number().int(),
  /** Characters in words, including inner apostrophes and hyphens. */
  characters: z.number().int(),
  /** Words of three or more syllables (SMOG, Gunning Fog, Oborneva). */
  polysyllables: z.number().int(),
  /** Words of one syllable (McAlpine EFLAW, Wiener Sachtextformel). */
  monosyllables: z.number().int(),
  /** Words of more than six letters (LIX, RIX, Wiener Sachtextformel). */
  longWords: z.number().int(),
  /** Gunning's "complex words": 3+ syllables, not proper nouns, not made so by -es/-ed/-ing. */
  complexWords: z.number().int(),
  /** Words of ≤ 3 characters (McAlpine EFLAW's "mini-words"). */
  miniWords: z.number().int(),
  /** Words not on the Dale–Chall list of familiar words (English only, else 0). */
  difficultWords: z.number().int(),
  paragraphs: z.number().int(),
});
export type Counts = z.infer<typeof CountsSchema>;

const score = z.number().nullable();

export const ReadabilitySchema = z.object({
  fleschReadingEase: score,
  fleschKincaidGrade: score,
  gunningFog: score,
  smog: score,
  colemanLiau: score,
  automatedReadabilityIndex: score,
  lix: score,
  rix: score,
  mcalpineEflaw: score,
  /** New Dale–Chall (English only). */
  daleChall: score,
  /** Language-specific adaptations, keyed by formula id, e.g. `fleschOborneva`,
   * `fernandezHuerta`, `szigrisztPazos`, `fleschAmstad`, `wienerSachtextformel1`, `kandelMoles`. */
  adaptations: z.record(z.string(), z.number()),
  /** US grade level the text reads at: the language's primary grade formula. */
  grade: score,
  /** Reading age in years (grade + 5, as GOV.UK and the US grade system relate them). */
  readingAge: score,
  /** True when the text is too short for the formulas to mean much (< 100 words or < 3 sentences). */
  tooShort: z.boolean(),
  /** The formula that gave `grade`. */
  gradeFormula: z.string().nullable(),
});
export type Readability = z.infer<typeof ReadabilitySchema>;

export const FormalitySignalSchema = z.object({
  id: z.string(),
  /** The raw value of the signal over the text (a rate, a mean or a proportion). */
  value: z.number(),
  /** Weight of the standardised signal in the model. */
  weight: z.number(),
  /** Points this signal adds to (or takes from) the 0..100 score. */
  contribution: z.number(),
});
export type FormalitySignal = z.infer<typeof FormalitySignalSchema>;

export const FormalitySchema = z.object({
  /** 0..100, higher = more formal. Null when the language has no formality model. */
  score: z.number().min(0).max(100).nullable(),
  label: z.enum(['very-informal', 'informal', 'neutral', 'formal', 'very-formal', 'unknown']),
  /** The model that produced the score and where its weights came from. */
  model: z.string(),
  signals: z.array(FormalitySignalSchema),
});
export type Formality = z.infer<typeof FormalitySchema>;

export const SentenceSchema = SpanSchema.extend({
  words: z.number().int(),
  syllables: z.number().int(),
  /** US grade of this sentence alone (Flesch–Kincaid for English; the language's formula otherwise). */
  grade: z.number().nullable(),
  /** Hemingway's bands: hard from grade 10, very hard from grade 14. */
  difficulty: z.enum(['ok', 'hard', 'very-hard']),
  /** 0..100 like the document score; null without a model. */
  formality: z.number().nullable(),
  /** The sentence lies inside quotation marks or a block quote: reported speech, never rewritten. */
  quoted: z.boolean(),
  /** Set when the sentence lies in a speaker's turn or in agreed text: verbatim, never rewritten,
   * and no sentence-level finding (length, difficulty) is made on it. */
  verbatim: z.enum(['speech', 'agreed-text']).optional(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'suggestion']);
export type Severity = z.infer<typeof SeveritySchema>;

export const FixSchema = z.object({
  /** Range in the original input that the fix replaces. */
  range: z.tuple([z.number().int().min(0), z.number().int().min(0)]),
  text: z.string(),
});
export type Fix = z.infer<typeof FixSchema>;

export const FindingSchema = SpanSchema.extend({
  ruleId: z.string(),
  messageId: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The rendered message, in the report's locale. */
  message: z.string(),
  severity: SeveritySchema,
  /** The text the finding is about: `input.slice(start, end)`. */
  actual: z.string(),
  suggestions: z.array(z.string()),
  fix: FixSchema.optional(),
  /** Where the rule is documented. */
  url: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/**
 * Kinds of region. Markup and prose: `code`, `url`, `email`, `quote` (inline quotation, marks
 * included), `blockquote`. The anatomy of a release: `title`, `dateline` (place, venue, date or
 * time lines), `byline` (who speaks: "Antony J. Blinken, Secretary of State", "Office of the
 * Spokesperson", "The following is attributable to …"), `speech` (one speaker's turn in a
 * transcript, its label included), `agreed-text` (a joint statement, communiqué, decree or treaty
 * quoted whole: "Begin text:" … "End text."), `contact` (press contacts, "For further
 * information …") and `boilerplate` (notes to editors, footers, navigation).
 * Only the institution's own prose is editable: speech, agreed text and quotes are quoted or
 * reported, never changed; titles, datelines, bylines, contacts, boilerplate and speaker labels
 * stay out of the sentence, grade and formality figures.
 */
export const REGION_KINDS = [
  'code',
  'url',
  'email',
  'quote',
  'blockquote',
  'title',
  'dateline',
  'byline',
  'speech',
  'agreed-text',
  'contact',
  'boilerplate',
] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

export const RegionSchema = SpanSchema.extend({
  kind: z.enum(REGION_KINDS),
  /** How the region was recognised, e.g. `quotation-marks`, `markup:blockquote`, `speaker-label`,
   * `begin-text`, `first-line`, `attributable-to`, `for-further-information`, `html:footer`. */
  by: z.string(),
  /** `speech`: the speaker as written in the label ("SECRETARY BLINKEN", "В.Путин", "QUESTION"). */
  speaker: z.string().optional(),
  /** `speech`: where the speaker label ends (after its colon and any "(Via interpreter)"); the
   * turn's own words are [labelEnd, end). */
  labelEnd: z.number().int().min(0).optional(),
});
export type Region = z.infer<typeof RegionSchema>;

export const AnatomySchema = z.object({
  /** Share of the words of the text (0..1) that lie in speaker turns (`speech` regions). */
  speechShare: z.number().min(0).max(1),
  /** Share of the words of the text (0..1) that lie in `agreed-text` regions. */
  agreedShare: z.number().min(0).max(1),
  /** True when the text reads as a transcript: at least two speaker turns and most words in them. */
  transcript: z.boolean(),
  /** Number of speaker turns. */
  turns: z.number().int().min(0),
  /** Distinct speakers, as written, in order of first appearance. */
  speakers: z.array(z.string()),
});
export type Anatomy = z.infer<typeof AnatomySchema>;

export const ReportSchema = z.object({
  /** Schema version of this report. */
  version: z.literal(1),
  format: z.enum(['text', 'markdown', 'html']),
  /** Length of the original input in UTF-16 code units: every offset is ≤ this. */
  length: z.number().int().min(0),
  language: LanguageResultSchema,
  counts: CountsSchema,
  readability: ReadabilitySchema,
  formality: FormalitySchema,
  sentences: z.array(SentenceSchema),
  /** Parts of the input that are not the institution's editable prose (code, URLs, e-mail
   * addresses, quotes) and the anatomy of the release (title, dateline, byline, speech,
   * agreed-text, contact, boilerplate), sorted by start; regions may nest (a quote in a speech). */
  regions: z.array(RegionSchema),
  /** What kind of text this is: how much of it is speech or agreed text. */
  anatomy: AnatomySchema,
  findings: z.array(FindingSchema),
});
export type Report = z.infer<typeof ReportSchema>;
