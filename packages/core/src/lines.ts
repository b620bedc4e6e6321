import type { Location, Position } from './schema.js';

/**
 * Converts UTF-16 offsets to 1-based line/column positions. Lines end at \n, \r\n, \r,
 * U+2028 and U+2029 (what editors and the SARIF spec count as line breaks).
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 0x2028 || c === 0x2029) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  position(offset: number): Position {
    // Binary search for the last line start ≤ offset.
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  location(start: number, end: number): Location {
    return { start: this.position(start), end: this.position(end) };
  }
}
