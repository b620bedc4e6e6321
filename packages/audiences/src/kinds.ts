/**
 * The kinds of proposal, as one list: the `ProposalKind` type, the adapter's order of
 * precedence, the CLI's `--kinds` choices and the docs derive from it. A proposer names its
 * kinds in `meta.kind`.
 */
export const PROPOSAL_KINDS = [
  /** An officialese phrase → its plain alternative (from a lint finding's fix or suggestion). */
  'substitution',
  /** A hidden verb ("make a decision") → the verb ("decide"). */
  'hidden-verb',
  /** A passive with its agent in the sentence → active ("was signed by X" → "X signed"). */
  'passive-to-active',
  /** A long sentence split at a clause boundary. */
  'split-sentence',
  /** A long sentence ending in an inline list → a lead-in line and bullets (GOV.UK; text and Markdown). */
  'bullet-list',
  /** The issuing institution speaking of itself → "we" / "мы" (verb agreement kept). */
  'institution-we',
  /** Boilerplate ("It should be noted that") removed, or reduced to what happened. */
  'boilerplate',
  /** Third-person address of the public → "you" ("Citizens are advised to" → "You should"). */
  'address-reader',
  /** "do not" → "don't" (English, youth). */
  'contraction',
  /** A short hook line before the lead (youth; never safe: a person writes it). */
  'hook',
  /** An abstract word → an everyday one (rural). */
  'everyday-word',
  /** An acronym spelled out from the text's own definition. */
  'acronym',
  /** A "what this means for you" line (rural, youth; never safe). */
  'what-it-means',
  /** A number made concrete ("1,500,000" → "1.5 million"; "25%" → "a quarter" as a suggestion). */
  'number',
  /** An idiom → its literal meaning (foreign). */
  'idiom',
  /** A phrasal verb → a one-word verb (foreign). */
  'phrasal-verb',
  /** An ambiguous date → "12 March 2026" (foreign). */
  'date',
] as const;

/** What a proposal does. */
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
