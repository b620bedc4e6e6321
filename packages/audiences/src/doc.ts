/**
 * The working view the proposers read: the input, its sentences on ORIGINAL offsets (from the
 * report), the spans no proposal may touch (code, URLs, e-mails, quotes, speaker turns, agreed
 * text, datelines, bylines, contacts, boilerplate: see report.regions), and the findings.
 * Only `import type` from core here, so proposers can be unit-tested on hand-made reports.
 */
import type { Finding, Report } from '@attache/core';
import { lastStartingAtOrBefore, sortedDisjoint } from './lookup.js';

export interface Span {
  start: number;
  end: number;
}

export interface DocSentence extends Span {
  text: string;
  quoted: boolean;
  words: number;
  /** Index of the paragraph (block between blank lines) that holds the sentence. */
  paragraph: number;
}

export interface Doc {
  input: string;
  language: string;
  format: Report['format'];
  sentences: DocSentence[];
  /** Sorted, merged spans that no proposal may overlap. */
  protected: Span[];
  findings: Finding[];
  /** Paragraph spans (between blank lines). */
  paragraphs: Span[];
}

export function makeDoc(report: Report, input: string): Doc {
  const paragraphs = paragraphSpans(input);
  const sentences: DocSentence[] = report.sentences.map((s) => ({
    start: s.start,
    end: s.end,
    text: input.slice(s.start, s.end),
    // Speech and agreed text are quoted, never edited: to a proposer they are quotations.
    quoted: s.quoted || s.verbatim !== undefined,
    words: s.words,
    paragraph: paragraphIndex(paragraphs, s.start),
  }));
  // Every region but the title is out of bounds: markup, quotations, speaker turns, agreed text,
  // and the parts of a release that are not its prose (datelines, bylines, contacts, boilerplate).
  const spans: Span[] = report.regions.filter((r) => r.kind !== 'title').map((r) => ({ start: r.start, end: r.end }));
  for (const s of sentences) if (s.quoted) spans.push({ start: s.start, end: s.end });
  spans.push(...quoteSpans(input), ...urlLikeSpans(input));
  return {
    input,
    language: report.language.code,
    format: report.format,
    sentences,
    protected: merge(spans),
    findings: report.findings,
    paragraphs,
  };
}

export function paragraphSpans(input: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t]*\n/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input)) !== null) {
    if (m.index > last) out.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  if (last < input.length) out.push({ start: last, end: input.length });
  return out;
}

function paragraphIndex(paragraphs: Span[], pos: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Quoted passages: “…”, «…», „…“, and straight "…" paired within a paragraph. */
export function quoteSpans(input: string): Span[] {
  const out: Span[] = [];
  const pairs: [string, string][] = [
    ['“', '”'],
    ['«', '»'],
    ['„', '“'],
  ];
  for (const [open, close] of pairs) {
    let i = input.indexOf(open);
    while (i >= 0) {
      const j = input.indexOf(close, i + 1);
      const para = input.indexOf('\n\n', i);
      if (j < 0 || (para >= 0 && para < j)) {
        i = input.indexOf(open, i + 1);
        continue;
      }
      out.push({ start: i, end: j + 1 });
      i = input.indexOf(open, j + 1);
    }
  }
  for (const para of paragraphSpans(input)) {
    const text = input.slice(para.start, para.end);
    const idx: number[] = [];
    for (let k = 0; k < text.length; k++) if (text[k] === '"') idx.push(para.start + k);
    for (let k = 0; k + 1 < idx.length; k += 2) out.push({ start: idx[k]!, end: idx[k + 1]! + 1 });
  }
  return out;
}

/** URLs and e-mail addresses the report may not mark (plain text): never edited. */
function urlLikeSpans(input: string): Span[] {
  const out: Span[] = [];
  const re = /\b(?:https?:\/\/|www\.)[^\s<>()"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** True when [start, end) overlaps a protected span. */
export function isProtected(doc: Doc, start: number, end: number): boolean {
  const spans = doc.protected;
  if (!sortedDisjoint(spans)) {
    for (const p of spans) {
      if (p.start >= end) break;
      if (p.end > start) return true;
    }
    return false;
  }
  // What the scan above gives, by binary search (starts and ends both grow): the first span
  // that ends after `start` decides, unless a span starting at or after `end` comes first.
  const firstEndingAfter = firstIndex(spans.length, (i) => spans[i]!.end > start);
  const firstStartingAtEnd = firstIndex(spans.length, (i) => spans[i]!.start >= end);
  return firstEndingAfter < firstStartingAtEnd;
}

/** The first index in [0, n) where a monotone (false … true) predicate holds, or n. */
function firstIndex(n: number, holds: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The sentence that holds `pos`, if any. */
export function sentenceAt(doc: Doc, pos: number): DocSentence | undefined {
  if (!sortedDisjoint(doc.sentences)) return doc.sentences.find((s) => s.start <= pos && pos < s.end);
  const s = doc.sentences[lastStartingAtOrBefore(doc.sentences, pos)];
  return s && pos < s.end ? s : undefined;
}
