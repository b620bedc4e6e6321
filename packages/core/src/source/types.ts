/**
 * Markup is stripped to prose with an offset map, so that every position the analysis finds
 * in the prose can be mapped back to the caller's original input.
 */
export type SourceFormat = 'text' | 'markdown' | 'html';

import type { RegionKind } from '../schema.js';

/** A part of the prose that is not ordinary running text. Offsets are into `Prose.text`.
 * The source layer finds `code`, `url`, `email`, `quote`, `blockquote` and (HTML navigation,
 * footers, asides) `boilerplate`; the anatomy step (`source/anatomy.ts`) adds the parts of a
 * release. */
export interface ProseRegion {
  kind: RegionKind;
  start: number;
  end: number;
  /** How it was recognised (see `Region.by` in the report schema); a default per kind if absent. */
  by?: string;
  /** `speech`: the speaker as written. */
  speaker?: string;
  /** `speech`: end of the speaker label (prose offset). */
  labelEnd?: number;
}

/** A block of prose (paragraph, heading, list item, table cell…). Sentences never cross blocks. */
export interface ProseBlock {
  kind: 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'table-cell' | 'other';
  start: number;
  end: number;
}

/** A comment in the source (HTML `<!-- -->`, also in Markdown), for inline configuration.
 * Offsets are into the ORIGINAL input. */
export interface SourceComment {
  text: string;
  start: number;
  end: number;
}

export interface Prose {
  /** The prose: markup removed, entities decoded, blocks separated by a blank line. */
  text: string;
  blocks: ProseBlock[];
  /** Sorted by start; may nest (a URL inside a quote). */
  regions: ProseRegion[];
  comments: SourceComment[];
  /** Maps a prose span [start, end) to the original input span it came from. For an empty
   * span, returns the original position of `start` twice. Always within [0, input.length]. */
  toOriginal(start: number, end: number): [number, number];
}
