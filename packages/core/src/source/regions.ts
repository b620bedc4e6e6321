/**
 * Regions found in running prose, whatever the source format: URLs, e-mail addresses and
 * quotations. All scans are linear in the length of the text (no backtracking regular
 * expressions over unbounded runs), so megabytes of text are fine.
 */
import type { ProseRegion } from './types.js';

/**
 * Adds the URL, e-mail and quotation regions of `text[from, to)` to `out`, shifted by `offset`.
 * Quotation regions include their quotation marks.
 */
export function detectRegions(text: string, from: number, to: number, offset: number, out: ProseRegion[]): void {
  if (to <= from) return;
  // Scan a slice: the searches below must not run past `to` (that would be quadratic when a
  // long text is scanned block by block).
  const s = from === 0 && to === text.length ? text : text.slice(from, to);
  const shift = offset + from;
  const links: ProseRegion[] = [];
  detectUrls(s, 0, s.length, links);
  detectEmails(s, 0, s.length, links);
  for (const r of links) out.push({ kind: r.kind, start: r.start + shift, end: r.end + shift });
  detectQuotes(s, 0, s.length, shift, out);
}

// ------------------------------------------------------------------ URLs

const URL_START = /(?:\b(?:https?|ftp):\/\/|\bwww\.)/gi;

/** Characters that can never be part of a bare URL in prose. */
function isUrlStop(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0x22 /* " */ ||
    c === 0x3c /* < */ ||
    c === 0x3e /* > */ ||
    c === 0x60 /* ` */ ||
    c === 0x7b /* { */ ||
    c === 0x7d /* } */ ||
    c === 0x7c /* | */ ||
    c === 0x5c /* \ */ ||
    c === 0x5e /* ^ */ ||
    c === 0x7f ||
    c === 0xa0 ||
    c === 0xab /* « */ ||
    c === 0xbb /* » */ ||
    (c >= 0x2000 && c <= 0x200b) /* spaces */ ||
    (c >= 0x2018 && c <= 0x201f) /* curly quotes */ ||
    c === 0x2026 /* … */ ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Trailing characters that usually belong to the sentence, not to the URL. */
function isUrlTrailing(c: number): boolean {
  return (
    c === 0x2e /* . */ ||
    c === 0x2c /* , */ ||
    c === 0x3b /* ; */ ||
    c === 0x3a /* : */ ||
    c === 0x21 /* ! */ ||
    c === 0x3f /* ? */ ||
    c === 0x27 /* ' */ ||
    c === 0x2a /* * */ ||
    c === 0x5f /* _ */ ||
    c === 0x29 /* ) */ ||
    c === 0x5d /* ] */
  );
}

export function detectUrls(text: string, from: number, to: number, out: ProseRegion[]): void {
  URL_START.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = URL_START.exec(text)) !== null) {
    const s = m.index;
    if (s >= to) break;
    let e = s + m[0].length;
    const minEnd = e;
    while (e < to && !isUrlStop(text.charCodeAt(e))) e++;
    const scanned = e;
    // Trim trailing punctuation; keep a ")" or "]" that closes a bracket opened in the URL.
    while (e > minEnd && isUrlTrailing(text.charCodeAt(e - 1))) {
      const c = text.charCodeAt(e - 1);
      if ((c === 0x29 || c === 0x5d) && balance(text, s, e - 1, c === 0x29 ? 0x28 : 0x5b, c) > 0) break;
      e--;
    }
    // A lone surrogate half must not end the span in the middle of a pair.
    if (e < to && isLowSurrogate(text.charCodeAt(e)) && isHighSurrogate(text.charCodeAt(e - 1))) e++;
    if (e > minEnd + (m[0].toLowerCase() === 'www.' ? 1 : 0)) out.push({ kind: 'url', start: s, end: e });
    URL_START.lastIndex = Math.max(scanned, s + 1);
  }
}

function balance(text: string, from: number, to: number, open: number, close: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === open) n++;
    else if (c === close) n--;
  }
  return n;
}

// ------------------------------------------------------------------ e-mail addresses

const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;
const LETTER = /\p{L}/u;

/** E-mail addresses in `text[from, to)`; skips '@' inside regions already in `out` (URLs). */
export function detectEmails(text: string, from: number, to: number, out: ProseRegion[]): void {
  const urls = out.slice();
  let u = 0;
  let floor = from;
  let at = text.indexOf('@', from);
  while (at !== -1 && at < to) {
    while (u < urls.length && urls[u]!.end <= at) {
      floor = Math.max(floor, urls[u]!.end);
      u++;
    }
    const inUrl = u < urls.length && urls[u]!.start <= at;
    if (!inUrl) {
      let s = at;
      const lowest = Math.max(floor, at - 64);
      while (s > lowest && LOCAL_CHAR.test(text[s - 1]!)) s--;
      while (s < at && text[s] === '.') s++;
      let e = at + 1;
      const highest = Math.min(to, at + 254);
      while (e < highest && DOMAIN_CHAR.test(text[e]!)) e++;
      while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
      const domain = text.slice(at + 1, e);
      const dot = domain.lastIndexOf('.');
      const tld = dot > 0 ? domain.slice(dot + 1) : '';
      if (s < at && tld.length >= 2 && LETTER.test(tld) && !domain.includes('..')) {
        out.push({ kind: 'email', start: s, end: e });
        floor = e;
      }
    }
    at = text.indexOf('@', at + 1);
  }
  out.sort((a, b) => a.start - b.start);
}

// ------------------------------------------------------------------ quotations

const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:«„“‘‚"'‹]/u;
const WORDISH = /[\p{L}\p{N}]/u;
const MAX_DEPTH = 32;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/u.test(ch);
}

/**
 * Quotations: “…”, "…", «…», „…“, „…”, ‘…’, ‚…‘, ‹…›. A mark opens when it follows a space,
 * an opening bracket/dash or the start of the text, and is followed by a non-space; it closes
 * when it follows a non-space and is not followed by a letter or digit. So the apostrophes in
 * "don’t" and "CDE’s" never close a quotation, and an unmatched mark is ignored. Guillemets
 * may have a space inside (French « … »). Unclosed quotations produce no region.
 */
export function detectQuotes(text: string, from: number, to: number, offset: number, out: ProseRegion[]): void {
  const stack: { mark: string; pos: number }[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Fast path: only quotation marks matter.
    if (!(c === 0x22 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e) || c === 0x2039 || c === 0x203a))
      continue;
    const ch = text[i]!;
    const prev = i > from ? text[i - 1] : undefined;
    const next = i + 1 < to ? text[i + 1] : undefined;
    const canOpen = (prev === undefined || OPEN_CONTEXT.test(prev)) && !isSpace(next);
    const canClose = !isSpace(prev) && (next === undefined || !WORDISH.test(next));
    const close = (openers: string): boolean => {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (openers.includes(stack[k]!.mark)) {
          out.push({ kind: 'quote', start: stack[k]!.pos + offset, end: i + 1 + offset });
          stack.length = k;
          return true;
        }
      }
      return false;
    };
    const open = (): void => {
      if (stack.length < MAX_DEPTH) stack.push({ mark: ch, pos: i });
    };
    switch (ch) {
      case '«':
        if (next !== undefined) open();
        break;
      case '»':
        if (prev !== undefined) close('«');
        break;
      case '‹':
        if (canOpen) open();
        break;
      case '›':
        if (canClose) close('‹');
        break;
      case '„':
        if (canOpen) open();
        break;
      case '“':
        // Closes a German „…“; otherwise opens.
        if (canClose && top(stack) === '„' && close('„')) break;
        if (canOpen) open();
        break;
      case '”':
        if (canClose) close('“„');
        break;
      case '‚':
        if (canOpen) open();
        break;
      case '‘':
        if (canClose && top(stack) === '‚' && close('‚')) break;
        if (canOpen) open();
        break;
      case '’':
        if (canClose) close('‘‚');
        break;
      case '"':
        if (canClose && close('"')) break;
        if (canOpen) open();
        break;
      default:
        break;
    }
  }
}

function top(stack: { mark: string }[]): string | undefined {
  return stack.length > 0 ? stack[stack.length - 1]!.mark : undefined;
}

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
