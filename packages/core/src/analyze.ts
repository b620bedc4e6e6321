/**
 * `analyze(input, options) → Report`: source → language → sentences → counts → scores → findings.
 * Synchronous, no I/O: runs unchanged in Node and in the browser.
 */
import { z } from 'zod';
import { countWords } from './counts.js';
import { AttacheInputError } from './errors.js';
import { scoreFormality } from './formality/index.js';
import { isLocale, type Locale } from './i18n/index.js';
import { detectLanguage } from './lang/detect.js';
import { LineIndex } from './lines.js';
import { lint } from './lint/index.js';
import type { LintConfig, LintSentence } from './lint/types.js';
import { computeReadability, difficultyOf, emptyReadability, sentenceGrade } from './readability/index.js';
import {
  LANGUAGE_CODES,
  type Counts,
  type Formality,
  type LanguageCode,
  type LanguageResult,
  type Readability,
  type Anatomy,
  type Region,
  type Report,
  type Sentence,
} from './schema.js';
import { detectAnatomy } from './source/anatomy.js';
import { sortRegions } from './source/builder.js';
import { extractProse } from './source/index.js';
import type { Prose, ProseBlock, ProseRegion, SourceFormat } from './source/types.js';
import { segmentSentences } from './text/segment.js';
import { tokenize, type Token } from './text/tokenize.js';

/** Inputs longer than this (UTF-16 code units, about 20 MB of ASCII) are refused. */
export const DEFAULT_MAX_LENGTH = 20_000_000;

export interface AnalyzeOptions {
  /** 'auto' detects with franc; a code forces the language. Default 'auto'. */
  language?: 'auto' | LanguageCode;
  /** How to read the input. Default 'text'. */
  format?: SourceFormat;
  /** Locale of messages and labels in the report. Default 'en'. */
  locale?: Locale;
  /** Lint configuration, or `false` to skip the rules (scores only). */
  lint?: LintConfig | false;
  /** Refuse inputs longer than this many UTF-16 code units. Default 20,000,000. */
  maxLength?: number;
}

const OptionsSchema = z
  .object({
    language: z.enum(['auto', ...LANGUAGE_CODES]).optional(),
    format: z.enum(['text', 'markdown', 'html']).optional(),
    locale: z.string().refine(isLocale, { message: 'locale must be "en" or "ru"' }).optional(),
    lint: z.union([z.literal(false), z.record(z.string(), z.unknown())]).optional(),
    maxLength: z.number().int().positive().optional(),
  })
  .strict();

/** One sentence while the report is being built: prose offsets plus what was measured. */
export interface AnalyzedSentence extends LintSentence {
  syllables: number;
  /** The kind of prose block the sentence starts in (paragraph, heading, list item …). */
  block: ProseBlock['kind'];
  /** Set when the sentence lies in a speaker's turn or in agreed text (quoted, never edited). */
  verbatim?: 'speech' | 'agreed-text';
}

/** Everything `analyze` computed, including the intermediate prose, for callers that build on it
 * (the audience adapters re-use the sentences and the offset map). */
export interface Analysis {
  report: Report;
  prose: Prose;
  sentences: AnalyzedSentence[];
}

/** Scores a press release and lints it. See the package README for the report's fields. */
export function analyze(input: string, options: AnalyzeOptions = {}): Report {
  return analyzeDetailed(input, options).report;
}

// Reports made in this process remember their analysis (input, prose, sentences) without
// carrying it: the report stays plain JSON, and the entry goes when the report is collected.
const analyses = new WeakMap<Report, Analysis & { input: string; options: AnalyzeOptions }>();

/** The analysis behind a report made by `analyze` in this process (undefined after a JSON round
 * trip: then re-run `analyzeDetailed` on the input). */
export function analysisOf(report: Report): (Analysis & { input: string; options: AnalyzeOptions }) | undefined {
  return analyses.get(report);
}

export function analyzeDetailed(input: string, options: AnalyzeOptions = {}): Analysis {
  const opts = checkOptions(options);
  checkInput(input, opts.maxLength ?? DEFAULT_MAX_LENGTH);
  const format = opts.format ?? 'text';
  const locale = opts.locale ?? 'en';

  const source = extractProse(input, format);
  // The anatomy of the release joins the source's regions: every consumer reads one list.
  const prose: Prose = { ...source, regions: sortRegions([...source.regions, ...detectAnatomy(source)]) };
  const language = resolveLanguage(prose.text, opts.language ?? 'auto');
  const lang = language.supported ? (language.code as LanguageCode) : undefined;
  const lines = new LineIndex(input);

  // Left out of every figure: code, URLs, e-mail addresses, and the parts of a release that are
  // not its prose (title, dateline, byline, contact, boilerplate, speaker labels).
  const skip = sortRegions([...nonProseRegions(prose.regions), ...labels(prose.regions)]);
  const quotes = prose.regions.filter((r) => r.kind === 'quote' || r.kind === 'blockquote');
  const verbatim = prose.regions.filter((r) => r.kind === 'speech' || r.kind === 'agreed-text');
  const spans = splitAtParts(segmentSentences(prose.text, prose.blocks, lang ?? 'und'), prose);

  const total = emptyCounts();
  const sentences: AnalyzedSentence[] = [];
  let blockAt = 0;
  for (const span of spans) {
    while (blockAt < prose.blocks.length - 1 && prose.blocks[blockAt]!.end <= span.start) blockAt++;
    const block = prose.blocks[blockAt];
    const tokens = tokenize(prose.text, span.start, span.end).filter((tok) => !inside(skip, tok));
    const c = countWords(tokens, lang ?? 'en', new Set(tokens.length > 0 ? [0] : []));
    if (c.words === 0) continue;
    addCounts(total, c);
    const grade = lang ? sentenceGrade(c.words, c.syllables, lang) : null;
    const zone = verbatimAt(verbatim, span.start);
    sentences.push({
      start: span.start,
      end: span.end,
      text: prose.text.slice(span.start, span.end),
      tokens,
      quoted: tokens.every((tok) => inside(quotes, tok)),
      words: c.words,
      syllables: c.syllables,
      grade,
      difficulty: grade === null ? 'ok' : difficultyOf(grade),
      block: block !== undefined && block.start <= span.start ? block.kind : 'paragraph',
      ...(zone ? { verbatim: zone } : {}),
    });
  }
  total.sentences = sentences.length;
  total.paragraphs = countParagraphs(prose, sentences);

  const readability: Readability = lang ? computeReadability(total, lang) : emptyReadability();
  let formality: Formality = { score: null, label: 'unknown', model: 'none', signals: [] };
  let perSentence: (number | null)[] = sentences.map(() => null);
  if (lang) {
    const scored = scoreFormality(sentences, lang);
    formality = scored.formality;
    perSentence = scored.perSentence;
  }

  const reportSentences: Sentence[] = sentences.map((s, i) => {
    const [start, end] = prose.toOriginal(s.start, s.end);
    return {
      start,
      end,
      loc: lines.location(start, end),
      words: s.words,
      syllables: s.syllables,
      grade: s.grade === null ? null : round2(s.grade),
      difficulty: s.difficulty,
      formality: perSentence[i] ?? null,
      quoted: s.quoted,
      ...(s.verbatim ? { verbatim: s.verbatim } : {}),
    };
  });

  const regions: Region[] = prose.regions.map((r) => {
    const [start, end] = prose.toOriginal(r.start, r.end);
    const region: Region = {
      kind: r.kind,
      start,
      end,
      loc: lines.location(start, end),
      by: r.by ?? DEFAULT_BY[r.kind],
    };
    if (r.speaker !== undefined) region.speaker = r.speaker;
    if (r.labelEnd !== undefined) region.labelEnd = prose.toOriginal(r.start, r.labelEnd)[1];
    return region;
  });

  const findings =
    lang && opts.lint !== false
      ? lint({ input, prose, language: lang, sentences, lines, locale }, (opts.lint ?? {}) as LintConfig)
      : [];

  const report: Report = {
    version: 1,
    format,
    length: input.length,
    language,
    counts: total,
    readability,
    formality,
    sentences: reportSentences,
    regions,
    anatomy: anatomyOf(prose.regions, sentences, total.words),
    findings,
  };
  const analysis = { report, prose, sentences };
  analyses.set(report, { ...analysis, input, options: { ...opts, format, locale } });
  return analysis;
}

function checkOptions(options: AnalyzeOptions): AnalyzeOptions {
  if (options === null || typeof options !== 'object') {
    throw new AttacheInputError(
      'bad-option',
      'Options must be an object, e.g. { language: "en", format: "markdown" }.',
    );
  }
  const parsed = OptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path.join('.') || '(options)';
    throw new AttacheInputError('bad-option', `Invalid option "${key}": ${issue.message}.`);
  }
  return options;
}

/** Share of C0 control characters (other than tab, newlines, form feed) that marks binary data. */
const BINARY_CONTROL_SHARE = 0.1;

function checkInput(input: unknown, maxLength: number): asserts input is string {
  if (typeof input !== 'string') {
    const what = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input;
    throw new AttacheInputError(
      'not-a-string',
      `analyze() takes the text as a string, but got ${what}. Read files as UTF-8 text first.`,
    );
  }
  if (input.length > maxLength) {
    throw new AttacheInputError(
      'too-large',
      `The text is ${input.length.toLocaleString('en')} characters long, over the limit of ${maxLength.toLocaleString('en')}. Split it, or raise the "maxLength" option.`,
    );
  }
  // Look at the head of the text: binary files show control bytes (NUL, ESC …) early and often.
  const head = input.length > 65_536 ? input.slice(0, 65_536) : input;
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) controls++;
  }
  if (head.length >= 16 && controls / head.length > BINARY_CONTROL_SHARE) {
    throw new AttacheInputError(
      'binary',
      `This looks like binary data, not text (${controls} control or undecodable characters in the first ${head.length}). Pass UTF-8 text, Markdown or HTML.`,
    );
  }
}

function resolveLanguage(prose: string, wanted: 'auto' | LanguageCode): LanguageResult {
  if (wanted !== 'auto') return { code: wanted, confidence: 1, source: 'forced', supported: true };
  return detectLanguage(prose);
}

/** How a region was recognised when the source layer did not say. */
const DEFAULT_BY: Record<Region['kind'], string> = {
  code: 'markup',
  url: 'url-pattern',
  email: 'email-pattern',
  quote: 'quotation-marks',
  blockquote: 'markup',
  title: 'anatomy',
  dateline: 'anatomy',
  byline: 'anatomy',
  speech: 'speaker-label',
  'agreed-text': 'anatomy',
  contact: 'anatomy',
  boilerplate: 'anatomy',
};

/** Parts of a release that stay out of the figures, and the speaker labels of the turns. */
function labels(regions: ProseRegion[]): ProseRegion[] {
  const out: ProseRegion[] = [];
  for (const r of regions) {
    if (OUTSIDE_PROSE.has(r.kind)) out.push(r);
    else if (r.kind === 'speech' && r.labelEnd !== undefined && r.labelEnd > r.start)
      out.push({ kind: 'speech', start: r.start, end: r.labelEnd });
  }
  return out;
}
const OUTSIDE_PROSE = new Set<ProseRegion['kind']>(['title', 'dateline', 'byline', 'contact', 'boilerplate']);

/** Sentences never cross a part of the release: a span is cut where a part (or a label) starts or ends. */
function splitAtParts(spans: { start: number; end: number }[], prose: Prose): { start: number; end: number }[] {
  const cuts: number[] = [];
  for (const r of prose.regions) {
    if (r.kind === 'code' || r.kind === 'url' || r.kind === 'email' || r.kind === 'quote' || r.kind === 'blockquote')
      continue;
    cuts.push(r.start, r.end);
    if (r.labelEnd !== undefined) cuts.push(r.labelEnd);
  }
  if (cuts.length === 0) return spans;
  cuts.sort((a, b) => a - b);
  const text = prose.text;
  const out: { start: number; end: number }[] = [];
  let c = 0;
  for (const span of spans) {
    while (c < cuts.length && cuts[c]! <= span.start) c++;
    let from = span.start;
    for (let k = c; k < cuts.length && cuts[k]! < span.end; k++) {
      pushTrimmed(text, from, cuts[k]!, out);
      from = cuts[k]!;
    }
    pushTrimmed(text, from, span.end, out);
  }
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: { start: number; end: number }[]): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

function verbatimAt(regions: ProseRegion[], pos: number): 'speech' | 'agreed-text' | undefined {
  let found: 'speech' | 'agreed-text' | undefined;
  for (const r of regions) {
    if (r.start > pos) break;
    if (pos < r.end && (r.kind !== 'speech' || pos >= (r.labelEnd ?? r.start)))
      found = r.kind as 'speech' | 'agreed-text';
  }
  return found;
}

function anatomyOf(regions: ProseRegion[], sentences: AnalyzedSentence[], words: number): Anatomy {
  let speech = 0;
  let agreed = 0;
  for (const s of sentences) {
    if (s.verbatim === 'speech') speech += s.words;
    else if (s.verbatim === 'agreed-text') agreed += s.words;
  }
  const turns = regions.filter((r) => r.kind === 'speech');
  const speakers = [...new Set(turns.map((r) => r.speaker ?? ''))].filter((x) => x !== '');
  const speechShare = words > 0 ? round2(speech / words) : 0;
  return {
    speechShare,
    agreedShare: words > 0 ? round2(agreed / words) : 0,
    transcript: turns.length >= 2 && speech * 2 >= words,
    turns: turns.length,
    speakers,
  };
}

function nonProseRegions(regions: ProseRegion[]): ProseRegion[] {
  return regions.filter((r) => r.kind === 'code' || r.kind === 'url' || r.kind === 'email');
}

/** True when the token lies within one of the (sorted) regions. */
function inside(regions: ProseRegion[], tok: Token): boolean {
  for (const r of regions) {
    if (r.start > tok.start) break;
    if (tok.end <= r.end) return true;
  }
  return false;
}

function countParagraphs(prose: Prose, sentences: AnalyzedSentence[]): number {
  let n = 0;
  let b = 0;
  let lastBlock = -1;
  for (const s of sentences) {
    while (b < prose.blocks.length - 1 && prose.blocks[b]!.end <= s.start) b++;
    if (b !== lastBlock) {
      n++;
      lastBlock = b;
    }
  }
  return n;
}

function emptyCounts(): Counts {
  return { ...countWords([], 'en'), sentences: 0, paragraphs: 0 };
}

function addCounts(total: Counts, c: Omit<Counts, 'sentences' | 'paragraphs'>): void {
  for (const k of Object.keys(c) as (keyof typeof c)[]) total[k] += c[k];
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
