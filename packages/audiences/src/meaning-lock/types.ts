/** The facts the meaning lock extracts and compares, and its options and report. */
import type { TextLike } from '../round-text.js';
export type FactKind = 'number' | 'date' | 'time' | 'name' | 'url' | 'email' | 'quote';

export interface Fact {
  kind: FactKind;
  /** As written. */
  text: string;
  /** Normalised value compared between texts. */
  key: string;
  start: number;
  end: number;
}

export interface LockOptions {
  /** 'en', 'ru' … decides decimal commas and month names; default: guessed from the script. */
  language?: string;
  /** Names the rewrite may drop (the issuing institution, now "we"). */
  speakers?: string[];
  /**
   * Wider texts in which names are looked up, when `before`/`after` are excerpts (a paragraph
   * around one edit): a name lost from the excerpt is kept if the whole rewrite still has it,
   * and a name new to the excerpt is not added if the whole input had it. Either text may be a
   * view that is sliced on demand (a long text being edited); `near`, the excerpt's offset in
   * them, is where the lookups start, widening until they find the name or cover the text.
   */
  names?: { before: string | TextLike; after: string | TextLike; near?: number };
}

export interface LockReport {
  /** True when nothing was lost, altered or added. */
  ok: boolean;
  /** Facts found in the input. */
  facts: number;
  lost: Fact[];
  altered: { before: Fact; after: Fact }[];
  added: Fact[];
}
