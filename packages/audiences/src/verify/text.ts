/**
 * The verifier's own reading of a text: paragraphs, sentences, words with exact offsets.
 * It shares nothing with the composers (compose/, proposers/, providers/): it reads the source
 * and the version from scratch, with @attache/core's tokenizer and sentence splitter only.
 */
import { segmentSentences, tokenize, type Token } from '@attache/core';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Words and punctuation, offsets into the whole text. */
  tokens: Token[];
}

export interface Read {
  text: string;
  language: 'en' | 'ru';
  sentences: Sentence[];
  /** [start, end) of each quotation ("…", “…”, «…», „…“) in the text. */
  quotes: Array<{ start: number; end: number; inner: string; innerStart: number }>;
}

/** Paragraphs: runs of text between blank lines (single newlines kept inside). */
export function paragraphs(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /\n[ \t]*\n/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (text.slice(last, m.index).trim()) out.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  if (text.slice(last).trim()) out.push({ start: last, end: text.length });
  return out;
}

const OPEN_CLOSE: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"' };

/** Quotations, outermost only; an unclosed mark quotes nothing. */
export function findQuotes(text: string): Read['quotes'] {
  const out: Read['quotes'] = [];
  // The next closing mark of each kind and the next blank line at or after a position, each
  // searched again only once passed: one pass over the text, however many marks stay unclosed.
  const next = new Map<string, number>();
  const ahead = (mark: string, from: number): number => {
    let at = next.get(mark);
    if (at === undefined || (at >= 0 && at < from)) next.set(mark, (at = text.indexOf(mark, from)));
    return at;
  };
  for (let i = 0; i < text.length; i++) {
    const close = OPEN_CLOSE[text[i]!];
    if (!close) continue;
    // a straight quote opens only before a non-space
    if (text[i] === '"' && !/\S/.test(text[i + 1] ?? '')) continue;
    const j = ahead(close, i + 1);
    const para = ahead('\n\n', i + 1);
    if (j < 0 || (para >= 0 && para < j)) continue;
    out.push({ start: i, end: j + 1, inner: text.slice(i + 1, j), innerStart: i + 1 });
    i = j;
  }
  return out;
}

export function read(text: string, language: 'en' | 'ru'): Read {
  const blocks = paragraphs(text).map((p) => ({ kind: 'paragraph' as const, start: p.start, end: p.end }));
  const spans = segmentSentences(text, blocks, language);
  const sentences: Sentence[] = spans.map((s) => ({
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
    tokens: tokenize(text, s.start, s.end, true),
  }));
  return { text, language, sentences, quotes: findQuotes(text) };
}

/** The index of the last item whose `start` is at most `offset` (-1 when none); `items` sorted by start. */
export function lastStartingBy(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * True when [start, end) lies inside one of the quotes. The quotes are in text order and never
 * overlap, so only the last one starting at or before `start` can hold the span.
 */
export function inQuote(r: Read, start: number, end = start + 1): boolean {
  const q = r.quotes[lastStartingBy(r.quotes, start)];
  return q !== undefined && end <= q.end;
}

/** The sentence that holds the offset (sentences are in text order and never overlap). */
export function sentenceAt(r: Read, offset: number): Sentence | undefined {
  const s = r.sentences[lastStartingBy(r.sentences, offset)];
  return s !== undefined && offset < s.end ? s : undefined;
}

/** Straight quotes, one kind of apostrophe and dash, collapsed spaces: how two spellings compare. */
export function normalise(s: string): string {
  return s
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[‐‑–—]/g, '-')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
