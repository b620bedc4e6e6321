/**
 * The lint contract: what `analyze` hands to the rule engine, and what a rule is.
 *
 * Offsets in `LintSentence` and `Token` are into the prose (`ctx.prose.text`); the engine maps
 * every finding back to the ORIGINAL input with `ctx.prose.toOriginal` before returning it.
 */
import type { Deadline } from '../errors.js';
import type { z } from 'zod';
import type { LineIndex } from '../lines.js';
import type { LanguageCode, Severity } from '../schema.js';
import type { Prose } from '../source/types.js';
import type { Token } from '../text/tokenize.js';
import type { ListEntry, ListFile } from './schema.js';

export type { Finding, Fix, LanguageCode, Severity } from '../schema.js';
export type { LintConfig, LintConfigInput, ListFile, ListEntry } from './schema.js';

export interface LintSentence {
  /** Prose offsets. */
  start: number;
  end: number;
  text: string;
  /** Word tokens of the sentence, prose offsets (code, URLs and e-mail addresses left out). */
  tokens: Token[];
  /** The sentence lies inside quotation marks or a block quote. */
  quoted: boolean;
  words: number;
  /** US grade of this sentence alone, or null when the language has no formula. */
  grade: number | null;
  difficulty: 'ok' | 'hard' | 'very-hard';
  /** Set when the sentence lies in a speaker's turn or in agreed text: quoted, never edited, and
   * no sentence-level finding (length, difficulty). */
  verbatim?: 'speech' | 'agreed-text';
}

export type LintLocale = 'en' | 'ru';

export interface RuleContext {
  /** The caller's original input: findings point into it. */
  input: string;
  prose: Prose;
  language: LanguageCode;
  sentences: LintSentence[];
  /** Line index over `input` (1-based line/column for findings). */
  lines: LineIndex;
  /** Language of the messages (not of the text). */
  locale: LintLocale;
  /** The caller's time budget (analyze's `timeBudgetMs`): lint checks it between rules. */
  deadline?: Deadline;
}

/** Vale's rule kinds: most rules are one of these, written as data. */
export type RuleKind = 'existence' | 'substitution' | 'occurrence' | 'metric' | 'conditional' | 'consistency';

export interface RuleMeta<O = Record<string, unknown>> {
  id: string;
  kind: RuleKind;
  /** Languages the rule runs on. */
  languages: readonly LanguageCode[];
  /** One line, English, for the generated rules table. */
  description: string;
  /** `https://github.com/attache/attache/blob/main/packages/core/docs/rules/<id>.md` */
  url: string;
  severity: Severity;
  /** Message ids; the text lives in `src/lint/locales/<locale>.json` under `<ruleId>.<messageId>`. */
  messages: readonly string[];
  /** True when some findings carry a `fix`. */
  fixable: boolean;
  /** Options, validated (and defaulted) by zod. */
  options: z.ZodType<O, z.ZodTypeDef, unknown>;
  /** Rules whose data lives in `src/lint/data/<lang>/<id>.json`. */
  data: boolean;
  /** Where the rule's thresholds or lists come from (ids of `data/sources.json`). */
  sources: readonly string[];
  /** Off unless the configuration turns it on (`"hard-sentence": "suggestion"`). */
  optIn?: boolean;
  /** Drop this rule's finding when a finding of one of these rules covers its span
   * ("было принято" inside "было принято решение"): one message per problem. */
  yieldsTo?: readonly string[];
}

/** What a rule reports, in PROSE offsets; the engine maps, localises and filters. */
export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  start: number;
  end: number;
  suggestions?: string[];
  /** Replacement text for [start, end), when the substitution is safe. */
  fix?: string;
  /** Severity for this finding when the user did not set one for the rule. */
  severity?: Severity;
  /** Normalised term for the allow-list (defaults to the matched text). */
  term?: string;
}

export interface RunContext<O> extends RuleContext {
  options: O;
  /** Lists for this rule and language: built-in data plus the user's style files. */
  lists: ListFile[];
  report(r: Report): void;
}

export interface Rule<O = Record<string, unknown>> {
  meta: RuleMeta<O>;
  /** Code rules: look at the context and report. */
  create?(ctx: RunContext<O>): void;
  /** List rules (existence, substitution): the engine matches every list of the language in
   * one pass and hands each match to its rule, which picks the message. */
  phrase?: {
    messageId(entry: ListEntry, suggestions: readonly string[]): string;
    /** Fixes allowed for this rule's entries marked `fix: true`. */
    fixes: boolean;
  };
}
