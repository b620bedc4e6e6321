/** What `compose` takes and returns. */
import type { AnalyzeOptions } from '@attache/core';
import type { GlossaryEntry } from '../foreign.js';
import type { Generator } from '../providers/types.js';
import type { AudienceId } from '../types.js';
import type { TracedFact, VerifyReport } from '../verify/index.js';
import type { Channel, ChannelId } from './channels.js';
import type { TargetFigure } from './measure.js';
import type { ModelUse } from './model.js';

/** Facts from the press officer that the release may not say. Each is optional; none is invented. */
export interface Brief {
  /** Who is affected ("Farmers in the Tver region"). */
  affected?: string;
  /** What changes for them. */
  change?: string;
  /** What they should do. */
  action?: string;
  /** By when ("31 March 2026"). */
  deadline?: string;
  /** Whom to contact ("Call 0800 123 456"). */
  contact?: string;
  link?: string;
  hashtags?: string[];
}

export interface ComposeOptions {
  audience: AudienceId;
  /** Default: x (youth), notice (rural), plain (foreign). */
  channel?: ChannelId;
  brief?: Brief;
  language?: 'auto' | 'en' | 'ru';
  format?: AnalyzeOptions['format'];
  /** Language of the notes for the editor (default: the version's language). */
  locale?: 'en' | 'ru';
}

/** `compose` with your own model (`openAICompatible(…)`): it returns a Promise. */
export interface ComposeModelOptions extends ComposeOptions {
  generator: Generator;
}

export interface Version {
  audience: AudienceId;
  channel: Channel;
  language: 'en' | 'ru';
  /** Posts (thread), sections (notice, plain version) or the one text (SMS, caption, script). */
  parts: string[];
  text: string;
  /** The facts the version states, each with its span in the release (or the brief). */
  facts: TracedFact[];
  targets: TargetFigure[];
  verification: VerifyReport;
  /** What the editor should know: gaps (never filled with a placeholder), dropped sentences, limits. */
  notes: string[];
  /** Foreign-language readers: terms and acronyms with their meaning. */
  glossary?: GlossaryEntry[];
  /** Foreign-language readers: notes for the translator. */
  translatorNotes?: string[];
  /** Set when a generator was given: which model, how many tries, and whether its text was used. */
  model?: ModelUse;
}

export class ComposeInputError extends TypeError {
  readonly code = 'compose-input';
}
