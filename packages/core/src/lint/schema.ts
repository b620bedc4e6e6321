/**
 * zod schemas for the lint data (built-in word lists AND a user's style file: one schema) and
 * for the lint configuration. Errors name the bad key, Vale-style:
 * `style "acme.json": entries[3].source: required`.
 */
import { z } from 'zod';
import { AttacheInputError } from '../errors.js';
import { LANGUAGE_CODES, SeveritySchema } from '../schema.js';

export const RULE_KINDS = ['existence', 'substitution', 'occurrence', 'metric', 'conditional', 'consistency'] as const;
export const RuleKindSchema = z.enum(RULE_KINDS);

const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * A neighbour: words separated by spaces, each word a form (lower case) or alternatives `a|b`,
 * or a class (also as an alternative: `им|#cap`): `#cap` a capitalised word, `#lower` a lower-case word, `#num` a number,
 * `#ing` an English word in -ing of five letters or more ("attending", not "king"), `#end` no
 * word follows (end of sentence or punctuation), `#start` no word precedes (start of sentence or
 * punctuation). `notBefore: ["ceremony|address"]` vetoes "commencement ceremony". A leading comma
 * asks for one before the first word: `notBefore: [", including|such"]` vetoes "stakeholders,
 * including civil society", where the sentence goes on to name them.
 */
export const NeighbourSchema = z
  .string()
  .trim()
  .min(1)
  .regex(
    /^(?:#(?:end|start)|(?:, )?(?:#(?:cap|lower|num|ing)|[^\s#|]+)(?:\|(?:#(?:cap|lower|num|ing)|[^\s#|]+))*(?: (?:#(?:cap|lower|num|ing)|[^\s#|]+)(?:\|(?:#(?:cap|lower|num|ing)|[^\s#|]+))*)*)$/u,
    'words, "a|b" alternatives or #cap, #lower, #num, #ing, #end, #start (a leading ", " for a comma before the first word)',
  );

/** Anatomy regions a finding may be kept out of (when the analysis marks them). */
export const REGION_KINDS = [
  'title',
  'dateline',
  'byline',
  'speech',
  'agreed-text',
  'quote',
  'contact',
  'boilerplate',
] as const;

/** Context conditions of an entry: all that are given must hold. */
export const EntryWhenSchema = z
  .object({
    /** English: the part of speech of the entry's first word in its sentence (the pos/ tagger). */
    pos: z
      .array(
        z.enum(['noun', 'propn', 'adj', 'verb', 'aux', 'adv', 'pron', 'art', 'det', 'prep', 'part', 'conj', 'num']),
      )
      .min(1)
      .optional(),
    /** One of these must follow the match. */
    before: z.array(NeighbourSchema).min(1).optional(),
    /** None of these may follow the match. */
    notBefore: z.array(NeighbourSchema).min(1).optional(),
    /** One of these must precede the match. */
    after: z.array(NeighbourSchema).min(1).optional(),
    /** None of these may precede the match. */
    notAfter: z.array(NeighbourSchema).min(1).optional(),
    /** None of these anywhere in the sentence: the words that mark a legal text ("indicted",
     * "conspiring": an indictment's wording, "in relation to" the charges). */
    notInSentence: z.array(NeighbourSchema).min(1).optional(),
    /** Never inside these parts of a release. */
    notIn: z.array(z.enum(REGION_KINDS)).min(1).optional(),
  })
  .strict();
export type EntryWhen = z.output<typeof EntryWhenSchema>;

/**
 * One entry of a list. `pattern` is a sequence of words separated by spaces:
 * - `word` matches the word (case-insensitive; ё = е; ’ = ');
 *   in a list with `match: "stem"` (Russian default) it matches every form with the same stem;
 * - `=word` the exact form only, `~word` by stem (Russian), `word+` English inflections
 *   (verb forms and plural: utilize, utilizes, utilized, utilizing);
 * - `a|b` alternatives, a trailing `?` makes the word optional;
 * - `*` any 0 to 3 words (`*2`: 0 to 2), no punctuation among them: "носить * характер" finds
 *   "носит комплексный характер"; with `anyOrder: true` the parts around the gap match in either
 *   order;
 * - a comma after a word allows (does not require) a comma there in the text; without it a
 *   comma breaks the match.
 * `replace` lists plainer alternatives; in a replacement, `word+` takes the inflection the text
 * had (utilized → used). `fix: true` lets the first replacement be applied automatically where
 * the text has the pattern's own form (or a form listed in `forms`).
 */
export const ListEntrySchema = z
  .object({
    pattern: z.string().trim().min(1, 'must not be empty'),
    replace: z.array(z.string().trim().min(1, 'must not be empty')).default([]),
    fix: z.boolean().default(false),
    /** Exact surface forms (lower case) → replacement; safe to fix when `fix` is true. */
    forms: z.record(z.string().min(1), z.string().min(1)).optional(),
    /** Why, or what to write instead when no single replacement fits. */
    note: z.string().min(1).optional(),
    /** Where the entry comes from: an id of `data/sources.json` for built-in data. */
    source: z.string().trim().min(1, 'every entry names its source'),
    /** Context the match must (not) have, as Vale's and ESLint's rules keep it: see `EntryWhenSchema`. */
    when: EntryWhenSchema.optional(),
    /** A pattern with a gap (`*`) matches its two parts in either order too ("уделять * внимание"
     * also finds "внимание будем уделять"). */
    anyOrder: z.boolean().optional(),
    /** The replacement opens a subordinate clause ("чтобы", "потому что"): after a word, a fix
     * puts a comma before it ("работаем для того, чтобы" → "работаем, чтобы"). */
    commaBefore: z.boolean().optional(),
    /** Sentences this entry must flag and must leave alone (a test runs them: the exceptions,
     * tested per entry). */
    examples: z
      .object({
        flag: z.array(z.string().min(1)).default([]),
        pass: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .optional(),
  })
  .strict();
export type ListEntry = z.output<typeof ListEntrySchema>;
export type ListEntryInput = z.input<typeof ListEntrySchema>;

export const ListFileSchema = z
  .object({
    $schema: z.string().optional(),
    /** The rule the list feeds: a built-in rule id (extends its list) or a new id (a custom rule). */
    rule: z.string().regex(RULE_ID, 'must be kebab-case, like "plain-words"'),
    language: z.enum(LANGUAGE_CODES),
    kind: RuleKindSchema,
    description: z.string().optional(),
    /** How plain words match: `exact` (default for English) or `stem` (default for Russian). */
    match: z.enum(['exact', 'stem']).optional(),
    /** For a custom rule: its severity (default "warning"). */
    severity: SeveritySchema.optional(),
    /** For a custom rule: its message, with `{{actual}}`, `{{expected}}` and `{{note}}`. */
    message: z.string().min(1).optional(),
    entries: z.array(ListEntrySchema).min(1, 'a list needs at least one entry'),
    /** Named word lists a code rule reads besides `entries` (e.g. participles, exceptions). */
    sets: z.record(z.string(), z.array(ListEntrySchema)).optional(),
  })
  .strict();
export type ListFile = z.output<typeof ListFileSchema>;
export type ListFileInput = z.input<typeof ListFileSchema>;

/** Formats zod issues as `path: message` lines, paths like `entries[3].source`. */
export function formatIssues(issues: readonly z.ZodIssue[]): string {
  return issues
    .map((i) => {
      const path = formatPath(i.path);
      let msg = i.message;
      if (i.code === 'invalid_type' && i.received === 'undefined') msg = 'required';
      if (i.code === 'unrecognized_keys')
        return `${path ? path + ': ' : ''}unknown key ${i.keys.map((k) => `"${k}"`).join(', ')}`;
      return `${path || '(root)'}: ${msg}`;
    })
    .join('; ');
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/**
 * Validates a user's style file (already parsed from JSON or YAML by the caller: core reads no
 * files). Throws `AttacheInputError('bad-option')` naming the file and the bad key.
 */
export function parseStyle(data: unknown, name = 'style'): ListFile {
  const r = ListFileSchema.safeParse(data);
  if (!r.success) throw new AttacheInputError('bad-option', `style "${name}": ${formatIssues(r.error.issues)}`);
  return r.data;
}

// ---------------------------------------------------------------- configuration

export const SeverityOrOffSchema = z.union([SeveritySchema, z.literal('off')]);

/** A rule's setting, ESLint-style: `'off'`, a severity, `true`/`false`, `[severity, options]`
 * or `{ enabled, severity, options }`. */
export const RuleSettingSchema = z.union([
  SeverityOrOffSchema,
  z.boolean(),
  z.tuple([SeverityOrOffSchema]).rest(z.record(z.string(), z.unknown())),
  z
    .object({
      enabled: z.boolean().optional(),
      severity: SeveritySchema.optional(),
      options: z.record(z.string(), z.unknown()).optional(),
    })
    .strict(),
]);
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

export const LintConfigSchema = z
  .object({
    rules: z.record(z.string(), RuleSettingSchema).default({}),
    /** Terms never reported (case-insensitive): "utilise", "OSCE", "was born". */
    allow: z.array(z.string().trim().min(1)).default([]),
    /** The user's style files (parsed objects of the list schema). */
    styles: z.array(z.unknown()).default([]),
    /** What to do with findings inside quotation marks and block quotes: report them as
     * suggestions without fixes (default), or drop them. */
    quoted: z.enum(['suggest', 'off']).default('suggest'),
    /** Findings on speech (a speaker's turn in a transcript) and agreed text (joint statements,
     * decrees): a press office reports these words, it does not rewrite them. Dropped by default;
     * `suggest` reports word-level findings as suggestions without fixes (sentence-level ones,
     * length and difficulty, never). */
    verbatim: z.enum(['suggest', 'off']).default('off'),
    /** Findings on a release's furniture (title, dateline, byline, contact, boilerplate): dropped
     * by default; `suggest` reports them as suggestions without fixes. */
    furniture: z.enum(['suggest', 'off']).default('off'),
    /** Honour `<!-- attache-disable … -->` comments (default true). */
    directives: z.boolean().default(true),
  })
  .strict();
export type LintConfigInput = z.input<typeof LintConfigSchema>;
/** The configuration `lint` accepts (every key optional). */
export type LintConfig = LintConfigInput;
