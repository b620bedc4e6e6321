/** Shared pieces of the English and Russian sentence splitters. */
import type { Doc, DocSentence } from '../../doc.js';
import { words } from '../../text.js';

export interface Point {
  /** Offset of the edit in the input. */
  start: number;
  end: number;
  replacement: string;
  confidence: number;
  pattern: string;
  /** The rule row that made it (Russian rows; see ru-rules.ts). */
  rule?: string;
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

/**
 * Start of the clause segment that ends at `pos` (after the last comma, semicolon or colon, or the
 * sentence start). Separators inside numbers ("3,000", "3,5 процента", "9:30") do not count.
 */
export function lastSegment(doc: Doc, s: DocSentence, pos: number): number {
  const head = doc.input.slice(s.start, pos);
  let i = -1;
  for (const m of head.matchAll(/[,;:]/g)) {
    const at = m.index;
    if (/\d/.test(head[at - 1] ?? '') && /\d/.test(head[at + 1] ?? '')) continue;
    // nor the comma before a date's year ("June 24-27, 2021"), nor one inside a place ("Paris,
    // France,"): "… will travel to Paris, France, June 24-27, 2021, where he’ll meet …" has its verb
    if (/\d$/.test(head.slice(0, at)) && /^ \d{4}\b/.test(head.slice(at + 1))) continue;
    // (English names only: Latin capitals on both sides)
    if (/(?:^|\s)[A-Z][a-z]+$/.test(head.slice(0, at)) && /^ [A-Z][a-z]+\b/.test(head.slice(at + 1))) continue;
    i = at;
  }
  return i < 0 ? s.start : s.start + i + 1;
}

/** The point a rule row's edit makes at `at` (its confidence, and its id as `rule`). */
export function rulePoint(
  at: number,
  edit: { end: number; replacement: string; pattern: string },
  rule: { id: string; confidence: number },
): Point {
  return {
    start: at,
    end: edit.end,
    replacement: edit.replacement,
    confidence: rule.confidence,
    pattern: edit.pattern,
    rule: rule.id,
  };
}
