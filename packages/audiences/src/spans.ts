/** Spans of the input that a pattern matches (the checklist's evidence). */
import type { Doc, Span } from './doc.js';

export const re = (doc: Doc, pattern: RegExp): Span[] => {
  const out: Span[] = [];
  const r = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  let m: RegExpExecArray | null;
  while ((m = r.exec(doc.input)) !== null) {
    if (m[0].length === 0) {
      r.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
};
