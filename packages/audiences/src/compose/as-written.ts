/**
 * Words a version keeps as the release wrote them, which it may not change: quotations, speakers'
 * turns and agreed text (a joint statement's words). An idiom or an acronym there cannot be
 * rewritten or spelled out in place (the verifier refuses any edit of them), so the foreign
 * targets count only what the version could change, and the version's translator notes and
 * glossary carry the rest (compose/index.ts).
 */
import type { Report } from '@attache/core';
import { quoteSpans, type Span } from '../doc.js';

/** The kinds of region of a release that are someone's words as said or agreed. */
const VERBATIM = new Set(['quote', 'blockquote', 'speech', 'agreed-text']);

/** The spans of the release that are words as said or agreed, sorted. */
export function verbatimSpans(report: Report, input: string): Span[] {
  const spans: Span[] = [
    ...(report.regions ?? []).filter((r) => VERBATIM.has(r.kind)).map((r) => ({ start: r.start, end: r.end })),
    ...report.sentences
      .filter((s) => s.quoted || s.verbatim !== undefined)
      .map((s) => ({ start: s.start, end: s.end })),
    ...quoteSpans(input),
  ];
  return spans.sort((a, b) => a.start - b.start);
}

/** At least this many words of the version around a span must be the release's, to know where it comes from. */
const MIN_WORDS = 6;

/**
 * Whether [start, end) of a version's text is inside words the version took as written from the
 * release's quotations or agreed text: the longest stretch of the version's line around it that the
 * release has word for word (six words at least, or the whole line), and at every place the release
 * has that stretch, the span's words are inside a quotation or agreed text. A version's own
 * sentence that merely repeats a quoted phrase is no quotation: its stretch ends where its words
 * leave the release's, and one place outside quotes is enough to count it.
 */
export function keptAsWritten(
  input: string,
  spans: readonly Span[],
): (text: string, start: number, end: number) => boolean {
  return (text, start, end) => {
    if (spans.length === 0) return false;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const nl = text.indexOf('\n', end);
    const lineEnd = nl < 0 ? text.length : nl;
    let a = start;
    let b = end;
    if (!input.includes(text.slice(a, b))) return false;
    // grow word by word while the release still has the stretch
    for (let grown = true; grown;) {
      grown = false;
      const left = /\S+\s*$/u.exec(text.slice(lineStart, a));
      if (left && input.includes(text.slice(a - left[0].length, b))) {
        a -= left[0].length;
        grown = true;
      }
      const right = /^\s*\S+/u.exec(text.slice(b, lineEnd));
      if (right && input.includes(text.slice(a, b + right[0].length))) {
        b += right[0].length;
        grown = true;
      }
    }
    const stretch = text.slice(a, b);
    if (stretch.split(/\s+/).length < MIN_WORDS && !(a === lineStart && b === lineEnd)) return false;
    const offset = start - a;
    let found = false;
    for (let at = input.indexOf(stretch); at >= 0; at = input.indexOf(stretch, at + 1)) {
      const s = at + offset;
      const e = s + (end - start);
      if (!spans.some((x) => x.start <= s && x.end >= e)) return false;
      found = true;
    }
    return found;
  };
}
