import type { Finding, Report } from '@attache/core';

export interface Excerpt {
  /** The sentence on one line (whitespace runs collapsed), cut to the width around the span. */
  text: string;
  /** Where the span is in `text` (UTF-16 code units) and how long it is (at least 1). */
  at: number;
  length: number;
}

/** The sentence holding a finding (or its line, when no sentence does), with the span located. */
export function excerpt(
  text: string,
  report: Report | undefined,
  f: Pick<Finding, 'start' | 'end'>,
  width = 100,
): Excerpt {
  let a: number;
  let b: number;
  const s = report?.sentences.find((x) => x.start <= f.start && f.start < x.end);
  if (s) {
    a = s.start;
    b = Math.max(s.end, Math.min(f.end, text.length));
  } else {
    a = text.lastIndexOf('\n', f.start - 1) + 1;
    const nl = text.indexOf('\n', f.end);
    b = nl === -1 ? text.length : nl;
  }
  // Collapse whitespace, mapping the span's offsets through.
  let out = '';
  let at = -1;
  let endAt = -1;
  let prevSpace = false;
  for (let i = a; i < b; i++) {
    if (i === f.start) at = out.length;
    if (i === f.end) endAt = out.length;
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!prevSpace) out += ' ';
      prevSpace = true;
    } else {
      out += ch;
      prevSpace = false;
    }
  }
  if (at === -1) at = out.length;
  if (endAt === -1) endAt = out.length;
  // Trim leading blanks, keeping the offsets.
  const lead = out.length - out.trimStart().length;
  out = out.trim();
  at = Math.max(0, at - lead);
  endAt = Math.max(at, Math.min(out.length, endAt - lead));
  let length = Math.max(1, endAt - at);
  if (out.length > width) {
    const room = Math.max(10, width - Math.min(length, width - 10));
    let from = Math.max(0, at - Math.floor(room / 3));
    let to = Math.min(out.length, from + width);
    from = Math.max(0, to - width);
    let cut = out.slice(from, to);
    let shift = from;
    if (from > 0) {
      cut = '…' + cut.slice(1);
    }
    if (to < out.length) cut = cut.slice(0, -1) + '…';
    at -= shift;
    length = Math.max(1, Math.min(length, cut.length - at));
    out = cut;
  }
  return { text: out, at, length };
}
