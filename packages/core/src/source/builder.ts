/**
 * ProseBuilder: accumulates prose text for the Markdown and HTML extractors together with a
 * compact offset map (two Int32Arrays: original start and original end of every prose code unit).
 *
 * Mapping conventions (the same for every format, so spans compose):
 * - A code unit copied from the input maps to its own range [i, i + 1).
 * - A surrogate pair copied from the input: the high half maps to the whole pair [i, i + 2), the
 *   low half to the point [i + 2, i + 2]. A prose span that starts or ends between the halves
 *   therefore never maps to an original span that splits the pair.
 * - Several prose units decoded from one source range (an entity, an escape `\*`): the first
 *   unit maps to the whole range, the following units to a point at its end.
 * - Inserted characters (block separators) map to a point.
 * The arrays are made monotone at the end (starts non-decreasing, every start at or after the
 * previous end), so sorted, non-overlapping prose spans map to sorted, non-overlapping spans.
 */
import type { Prose, ProseBlock, ProseRegion, SourceComment } from './types.js';
import { detectRegions } from './regions.js';

export const BLOCK_SEPARATOR = '\n\n';

const WS = /\s/;

export class ProseBuilder {
  private readonly pieces: string[] = [];
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  /** Length of the prose so far (UTF-16 code units). */
  len = 0;

  readonly blocks: ProseBlock[] = [];
  readonly regions: ProseRegion[] = [];
  readonly comments: SourceComment[] = [];

  /** The open block, if any. */
  private blockKind: ProseBlock['kind'] | null = null;
  private blockStart = 0;
  private blockPieceMark = 0;
  private blockLenMark = 0;

  constructor(private readonly inputLength: number) {}

  get inBlock(): boolean {
    return this.blockKind !== null;
  }

  /** Number of prose units in the open block (0 when none is open). */
  get blockLength(): number {
    return this.blockKind === null ? 0 : this.len - this.blockStart;
  }

  /** Opens a block unless one is open. A separator is inserted when prose precedes it. */
  openBlock(kind: ProseBlock['kind']): void {
    if (this.blockKind !== null) return;
    this.blockPieceMark = this.pieces.length;
    this.blockLenMark = this.len;
    if (this.len > 0) {
      const p = this.ends[this.len - 1]!;
      this.pushPoint(BLOCK_SEPARATOR, p);
    }
    this.blockKind = kind;
    this.blockStart = this.len;
  }

  /**
   * Closes the open block. A block without any non-whitespace prose is removed again (with its
   * separator); otherwise its range is recorded, trimmed of surrounding whitespace, and URL,
   * e-mail and quotation regions are detected inside it.
   */
  closeBlock(): ProseBlock | undefined {
    const kind = this.blockKind;
    if (kind === null) return undefined;
    this.blockKind = null;
    const blockText = this.pieces.slice(this.blockPieceMark).join('');
    // blockText starts with the separator when one was inserted.
    const offset = this.blockLenMark;
    let a = this.blockStart - offset;
    let b = blockText.length;
    while (a < b && WS.test(blockText[a]!)) a++;
    while (b > a && WS.test(blockText[b - 1]!)) b--;
    if (a >= b) {
      // Nothing but whitespace: drop it.
      this.pieces.length = this.blockPieceMark;
      this.len = this.blockLenMark;
      // Regions that pointed into the dropped block are removed.
      while (this.regions.length > 0 && this.regions[this.regions.length - 1]!.end > this.len) this.regions.pop();
      return undefined;
    }
    // Collapse the block into one piece: keeps `pieces` short.
    this.pieces.length = this.blockPieceMark;
    this.pieces.push(blockText);
    const block: ProseBlock = { kind, start: offset + a, end: offset + b };
    this.blocks.push(block);
    detectRegions(blockText, a, b, offset, this.regions);
    return block;
  }

  /** Appends `text[from, to)` copied verbatim from the input, whose offset is `origin`. */
  appendSource(text: string, from: number, to: number, origin: number): void {
    if (to <= from) return;
    const n = to - from;
    this.reserve(n);
    const starts = this.starts;
    const ends = this.ends;
    let k = this.len;
    for (let i = from; i < to; i++) {
      const o = origin + (i - from);
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          starts[k] = o;
          ends[k] = o + 2;
          k++;
          starts[k] = o + 2;
          ends[k] = o + 2;
          k++;
          i++;
          continue;
        }
      }
      starts[k] = o;
      ends[k] = o + 1;
      k++;
    }
    this.pieces.push(from === 0 && to === text.length ? text : text.slice(from, to));
    this.len = k;
  }

  /** Appends `str` (decoded from the original range [oStart, oEnd)) as one mapped unit. */
  appendDecoded(str: string, oStart: number, oEnd: number): void {
    const n = str.length;
    if (n === 0) return;
    this.reserve(n);
    this.starts[this.len] = oStart;
    this.ends[this.len] = oEnd;
    for (let i = 1; i < n; i++) {
      this.starts[this.len + i] = oEnd;
      this.ends[this.len + i] = oEnd;
    }
    this.len += n;
    this.pieces.push(str);
  }

  /** Appends inserted prose that maps to the original point `p`. */
  pushPoint(str: string, p: number): void {
    const n = str.length;
    if (n === 0) return;
    this.reserve(n);
    for (let i = 0; i < n; i++) {
      this.starts[this.len + i] = p;
      this.ends[this.len + i] = p;
    }
    this.len += n;
    this.pieces.push(str);
  }

  /** Original position just after the last prose unit (0 when there is none). */
  lastOriginalEnd(): number {
    return this.len > 0 ? this.ends[this.len - 1]! : 0;
  }

  addRegion(kind: ProseRegion['kind'], start: number, end: number, by?: string): void {
    if (end > start) this.regions.push(by === undefined ? { kind, start, end } : { kind, start, end, by });
  }

  addComment(text: string, start: number, end: number): void {
    this.comments.push({ text, start, end });
  }

  finish(): Prose {
    this.closeBlock();
    const text = this.pieces.join('');
    const n = this.len;
    const starts = this.starts.subarray(0, n);
    const ends = this.ends.subarray(0, n);
    const max = this.inputLength;
    // Safety net: clamp into the input and make the map monotone.
    let prevEnd = 0;
    for (let i = 0; i < n; i++) {
      let s = starts[i]!;
      let e = ends[i]!;
      if (s < prevEnd) s = prevEnd;
      if (s > max) s = max;
      if (e < s) e = s;
      if (e > max) e = max;
      starts[i] = s;
      ends[i] = e;
      prevEnd = e;
    }
    return makeProse(text, this.blocks, sortRegions(this.regions), this.comments, mappedToOriginal(starts, ends));
  }

  private reserve(n: number): void {
    const need = this.len + n;
    if (need <= this.starts.length) return;
    let size = this.starts.length * 2;
    while (size < need) size *= 2;
    const s = new Int32Array(size);
    s.set(this.starts.subarray(0, this.len));
    const e = new Int32Array(size);
    e.set(this.ends.subarray(0, this.len));
    this.starts = s;
    this.ends = e;
  }
}

export function makeProse(
  text: string,
  blocks: ProseBlock[],
  regions: ProseRegion[],
  comments: SourceComment[],
  toOriginal: (start: number, end: number) => [number, number],
): Prose {
  return { text, blocks, regions, comments, toOriginal };
}

/** Sorts by start, longer first at the same start; removes exact duplicates. */
export function sortRegions(regions: ProseRegion[]): ProseRegion[] {
  regions.sort((a, b) => a.start - b.start || b.end - a.end || kindRank(a.kind) - kindRank(b.kind));
  const out: ProseRegion[] = [];
  for (const r of regions) {
    const last = out[out.length - 1];
    if (last && last.start === r.start && last.end === r.end && last.kind === r.kind) continue;
    out.push(r);
  }
  return out;
}

// At the same span, outer parts of the release first, then quotations, then markup.
const KIND_ORDER: Record<ProseRegion['kind'], number> = {
  boilerplate: 0,
  title: 1,
  dateline: 2,
  byline: 3,
  contact: 4,
  'agreed-text': 5,
  speech: 6,
  blockquote: 7,
  quote: 8,
  code: 9,
  url: 10,
  email: 11,
};
function kindRank(k: ProseRegion['kind']): number {
  return KIND_ORDER[k];
}

/** Normalises a caller's offsets: integers, clamped to [0, max], end ≥ start. */
export function clampSpan(start: number, end: number, max: number): [number, number] {
  let s = Number.isFinite(start) ? Math.trunc(start) : start > 0 ? max : 0;
  let e = Number.isFinite(end) ? Math.trunc(end) : end > 0 ? max : 0;
  if (s < 0) s = 0;
  if (s > max) s = max;
  if (e < s) e = s;
  if (e > max) e = max;
  return [s, e];
}

function mappedToOriginal(starts: Int32Array, ends: Int32Array): (start: number, end: number) => [number, number] {
  const n = starts.length;
  return (start: number, end: number): [number, number] => {
    const [s, e] = clampSpan(start, end, n);
    if (s === e) {
      const p = s < n ? starts[s]! : n > 0 ? ends[n - 1]! : 0;
      return [p, p];
    }
    return [starts[s]!, ends[e - 1]!];
  };
}

/**
 * The identity map of plain text, with the surrogate convention of the builder: an offset
 * between the two halves of a pair maps to the position after the pair.
 */
export function identityToOriginal(text: string): (start: number, end: number) => [number, number] {
  const n = text.length;
  const snap = (i: number): number => {
    if (i > 0 && i < n) {
      const hi = text.charCodeAt(i - 1);
      const lo = text.charCodeAt(i);
      if (hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) return i + 1;
    }
    return i;
  };
  return (start: number, end: number): [number, number] => {
    const [s, e] = clampSpan(start, end, n);
    const a = snap(s);
    return s === e ? [a, a] : [a, snap(e)];
  };
}
