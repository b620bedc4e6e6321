/**
 * The text of one rewrite round while its edits are applied right to left. Rebuilding the
 * whole string for every edit (and searching the rebuilt string, which makes V8 flatten it)
 * costs the text's length per edit, so a long input with thousands of edits took quadratic
 * time. Here the text is the untouched head of the round's input plus a list of pieces (the
 * edits' replacements and the input between them): an edit, a slice near it and a search
 * that finds what it looks for nearby cost what they read, not the text's length.
 *
 * Positions are UTF-16 offsets into the current text, exactly as on the equivalent string.
 */

/** What the checks read from a text: its length and its slices (a string is one). */
export interface TextLike {
  readonly length: number;
  slice(start: number, end: number): string;
}

const CHUNK = 1024;

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** `String.prototype.indexOf` on a TextLike, reading chunk by chunk from `from`. */
export function indexOfIn(text: TextLike, pattern: string, from: number): number {
  const n = text.length;
  for (let x = clamp(from, 0, n); x + pattern.length <= n; x += CHUNK) {
    const i = text.slice(x, Math.min(n, x + CHUNK + pattern.length - 1)).indexOf(pattern);
    if (i >= 0) return x + i;
  }
  return pattern.length === 0 ? n : -1;
}

/** `String.prototype.lastIndexOf` on a TextLike, reading chunk by chunk back from `from`. */
export function lastIndexOfIn(text: TextLike, pattern: string, from: number): number {
  const n = text.length;
  for (let y = Math.min(clamp(from, 0, n), n - pattern.length); y >= 0; y -= CHUNK) {
    const a = Math.max(0, y - CHUNK + 1);
    const i = text.slice(a, y + pattern.length).lastIndexOf(pattern, y - a);
    if (i >= 0) return a + i;
  }
  return -1;
}

interface Piece {
  text: string;
  /** Distance from the piece's start to the end of the text (unchanged by edits to its left). */
  fromEnd: number;
}

export class RoundText implements TextLike {
  /** The current text is `base[0, cut)` followed by the pieces. */
  private cut: number;
  /** The pieces after `cut`, LAST first (an edit to the left only appends). */
  private readonly pieces: Piece[] = [];
  private tail = 0;

  constructor(private readonly base: string) {
    this.cut = base.length;
  }

  get length(): number {
    return this.cut + this.tail;
  }

  /** Replaces [start, end) by `replacement`; `end` must not pass the previous edit's start. */
  apply(start: number, end: number, replacement: string): void {
    if (start > end || end > this.cut) throw new RangeError(`RoundText: edits go right to left (${start}-${end})`);
    this.push(this.base.slice(end, this.cut));
    this.push(replacement);
    this.cut = start;
  }

  private push(s: string): void {
    if (s.length === 0) return;
    this.tail += s.length;
    this.pieces.push({ text: s, fromEnd: this.tail });
  }

  /** Index in `pieces` of the piece that holds position `x` (cut ≤ x < length). */
  private pieceAt(x: number): number {
    const d = this.length - x;
    let lo = 0;
    let hi = this.pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pieces[mid]!.fromEnd >= d) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  slice(start: number, end: number): string {
    const n = this.length;
    const a = clamp(start < 0 ? n + start : start, 0, n);
    const b = clamp(end < 0 ? n + end : end, 0, n);
    if (b <= a) return '';
    if (b <= this.cut) return this.base.slice(a, b);
    const out: string[] = [];
    if (a < this.cut) out.push(this.base.slice(a, this.cut));
    let x = Math.max(a, this.cut);
    for (let k = this.pieceAt(x); x < b && k >= 0; k--) {
      const p = this.pieces[k]!;
      const pStart = n - p.fromEnd;
      out.push(p.text.slice(x - pStart, b - pStart));
      x = pStart + p.text.length;
    }
    return out.join('');
  }

  /** The text as one string (a round's end: proportional to its length, once). */
  toString(): string {
    const parts = [this.base.slice(0, this.cut)];
    for (let k = this.pieces.length - 1; k >= 0; k--) parts.push(this.pieces[k]!.text);
    return parts.join('');
  }
}

/** `text` with [start, end) replaced, as a view (nothing copied until sliced). */
export function withEdit(text: TextLike, start: number, end: number, replacement: string): TextLike {
  const delta = replacement.length - (end - start);
  const length = text.length + delta;
  const mid = start + replacement.length;
  return {
    length,
    slice(s: number, e: number): string {
      const a = clamp(s < 0 ? length + s : s, 0, length);
      const b = clamp(e < 0 ? length + e : e, 0, length);
      if (b <= a) return '';
      if (b <= start) return text.slice(a, b);
      if (a >= mid) return text.slice(a - delta, b - delta);
      return (
        (a < start ? text.slice(a, start) : '') +
        replacement.slice(Math.max(0, a - start), Math.min(replacement.length, b - start)) +
        (b > mid ? text.slice(end, b - delta) : '')
      );
    },
  };
}
