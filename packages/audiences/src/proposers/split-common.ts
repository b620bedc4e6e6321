/** Shared pieces of the English and Russian sentence splitters. */
import type { Doc, DocSentence } from '../doc.js';
import { words } from '../text.js';

export interface Point {
  /** Offset of the edit in the input. */
  start: number;
  end: number;
  replacement: string;
  confidence: number;
  pattern: string;
}

/** Words of `text[from, to)`. */
export const wc = (doc: Doc, from: number, to: number): number => words(doc.input, from, to).length;

/** The word starting at `pos` (after spaces), with its offsets. */
export function wordAt(doc: Doc, pos: number, end: number): { start: number; end: number; text: string } | undefined {
  const w = words(doc.input, pos, end)[0];
  if (!w) return undefined;
  if (/\S/.test(doc.input.slice(pos, w.start))) return undefined; // punctuation in between
  return w;
}

/** Start of the clause segment that ends at `pos` (after the last comma, semicolon or sentence start). */
export function lastSegment(doc: Doc, s: DocSentence, pos: number): number {
  const head = doc.input.slice(s.start, pos);
  const i = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'));
  return i < 0 ? s.start : s.start + i + 1;
}
