/**
 * Sentence segmentation: `Intl.Segmenter` (UAX #29 sentence boundaries) per block, then an
 * abbreviation layer that removes the breaks UAX #29 gets wrong in official prose ("U.S.
 * Department", "Mr. Smith", "В.В. Путин", "z. B.", "No. 5", "“Is it?” he asked").
 *
 * Guarantees: offsets are into `text`; every sentence lies inside one block, is trimmed of
 * whitespace at both ends, is non-empty and contains a letter or a digit (a piece without one
 * is dropped, or, if it is only closing punctuation, joined to the sentence before it). The
 * result is sorted and non-overlapping. Line breaks inside a block are read as spaces (blocks
 * carry the paragraph structure). The cost is linear in the text length.
 *
 * Why windows: V8's `Intl.Segmenter` iterator costs time proportional to the whole string for
 * every segment it returns (measured on Node 20: 0.9 MB of prose, 48,000 sentences, 49 s), so
 * long blocks are segmented through windows of about a thousand characters; a break found near
 * the end of a window is not trusted (its context may be cut) and is looked at again from the
 * next window.
 */
import type { ProseBlock } from '../source/types.js';
import { ABBREVIATIONS, abbreviationsFor, primaryLanguage, type LanguageAbbreviations } from './abbreviations.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

const WINDOW = 1024;
const MARGIN = 160;

type AbbrClass = 'title' | 'abbr' | 'lower' | 'afterNumber';

interface Rules {
  /** Matches an abbreviation at the end of a string. */
  atEnd: RegExp | null;
  /** Matches abbreviations anywhere (global). */
  anywhere: RegExp | null;
  classOf: Map<string, AbbrClass>;
  starters: ReadonlySet<string>;
}

const segmenters = new Map<string, Intl.Segmenter | null>();
const rulesCache = new Map<string, Rules>();

export function segmentSentences(text: string, blocks: readonly ProseBlock[], language: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  if (typeof text !== 'string' || text.length === 0 || !Array.isArray(blocks)) return out;
  const lang = primaryLanguage(typeof language === 'string' ? language : '');
  const segmenter = segmenterFor(lang);
  const rules = rulesFor(lang);
  const n = text.length;
  let ordered = blocks.filter((b) => b !== null && typeof b === 'object');
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i]!.start < ordered[i - 1]!.start) {
      ordered = [...ordered].sort((a, b) => a.start - b.start);
      break;
    }
  }
  let floor = 0;
  for (const block of ordered) {
    let s = clampInt(block.start, n);
    const e = clampInt(block.end, n);
    if (s < floor) s = floor;
    if (e <= s) continue;
    floor = e;
    segmentBlock(text, s, e, segmenter, rules, out);
  }
  return out;
}

function clampInt(x: number, n: number): number {
  if (!Number.isFinite(x)) return x > 0 ? n : 0;
  const v = Math.trunc(x);
  return v < 0 ? 0 : v > n ? n : v;
}

function segmentBlock(
  text: string,
  from: number,
  to: number,
  segmenter: Intl.Segmenter | null,
  rules: Rules,
  out: SentenceSpan[],
): void {
  let bounds: number[] = [];
  if (segmenter) icuBoundaries(segmenter, text, from, to, bounds);
  else fallbackBoundaries(text, from, to, bounds);
  bounds = withEllipsisBreaks(text, from, to, bounds);
  const blockFirst = out.length;
  let sentStart = from;
  for (let p of bounds) {
    if (p <= sentStart) continue;
    p = afterClosingQuotes(text, p, to);
    if (p >= to) break;
    if (shouldJoin(text, sentStart, p, to, rules)) continue;
    emit(text, sentStart, p, out, blockFirst);
    sentStart = p;
  }
  emit(text, sentStart, to, out, blockFirst);
}

// ------------------------------------------------------------------ Intl.Segmenter, windowed

const LINE_BREAKS = /[\n\r\u000b\u000c\u0085\u2028\u2029]/g;

function icuBoundaries(segmenter: Intl.Segmenter, text: string, from: number, to: number, out: number[]): void {
  let pos = from;
  while (pos < to) {
    const winEnd = Math.min(to, pos + WINDOW);
    const last = winEnd === to;
    const chunk = text.slice(pos, winEnd).replace(LINE_BREAKS, ' ');
    let accepted = -1;
    for (const seg of segmenter.segment(chunk)) {
      if (seg.index === 0) continue;
      const b = pos + seg.index;
      if (!last && b > winEnd - MARGIN) break;
      out.push(b);
      accepted = b;
    }
    if (last) return;
    if (accepted > pos) {
      pos = accepted;
    } else {
      // One sentence longer than the window: move on without a break, at a space if possible.
      let cut = winEnd - MARGIN;
      for (let k = cut; k > pos + (WINDOW >> 1); k--) {
        if (isSpaceCode(text.charCodeAt(k))) {
          cut = k;
          break;
        }
      }
      if (isLow(text.charCodeAt(cut)) && isHigh(text.charCodeAt(cut - 1))) cut--;
      pos = Math.max(cut, pos + 1);
    }
  }
}

const ELLIPSIS_BREAK = /…["'”’»)\]]*[\s\u00a0]+(?=[\p{Lu}\p{Lt}])/gu;

/**
 * UAX #29 breaks after "..." before a capital but not after "…" (U+2026 is no sentence
 * terminator there). Both are read alike: a candidate break, which the abbreviation layer may
 * still remove like any other.
 */
function withEllipsisBreaks(text: string, from: number, to: number, bounds: number[]): number[] {
  // Look only inside [from, to): indexOf from `from` would scan to the next ellipsis anywhere
  // in the document, once per block (quadratic on long texts without one).
  const s = text.slice(from, to);
  if (!s.includes('…')) return bounds;
  const extra: number[] = [];
  ELLIPSIS_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ELLIPSIS_BREAK.exec(s)) !== null) extra.push(from + m.index + m[0].length);
  if (extra.length === 0) return bounds;
  const merged = [...bounds, ...extra].sort((a, b) => a - b);
  return merged.filter((b, i) => i === 0 || b !== merged[i - 1]);
}

/** Without Intl.Segmenter: a break after . ! ? … (and closing quotes) followed by a space. */
function fallbackBoundaries(text: string, from: number, to: number, out: number[]): void {
  const re = /[.!?…]+["'”’»)\]]*\s+/gu;
  const s = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const b = from + m.index + m[0].length;
    if (b < to) out.push(b);
  }
}

function segmenterFor(lang: string): Intl.Segmenter | null {
  let s = segmenters.get(lang);
  if (s !== undefined) return s;
  s = null;
  if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    try {
      s = new Intl.Segmenter(lang && lang !== 'und' ? lang : undefined, { granularity: 'sentence' });
    } catch {
      s = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
  }
  segmenters.set(lang, s);
  return s;
}

// ------------------------------------------------------------------ the abbreviation layer

const SPACE = /\s/u;
function isSpaceCode(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  if (c < 0xa0 || Number.isNaN(c)) return false;
  return SPACE.test(String.fromCharCode(c));
}
function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

const CLOSERS = new Set(['”', '»', '’', '›', '"', ')', ']']);

/** A break right before closing quotes that end the sentence moves after them. */
function afterClosingQuotes(text: string, p: number, to: number): number {
  let q = p;
  while (q < to && isSpaceCode(text.charCodeAt(q))) q++;
  let r = q;
  for (let k = q; k < to;) {
    if (CLOSERS.has(text[k]!)) r = ++k;
    else if (isSpaceCode(text.charCodeAt(k)) && k > q) k++;
    else break;
  }
  if (r > q && (r === to || isSpaceCode(text.charCodeAt(r)))) {
    // Only when the piece before ends with sentence punctuation ("We agree. ” Then").
    let a = p;
    while (a > 0 && (isSpaceCode(text.charCodeAt(a - 1)) || CLOSERS.has(text[a - 1]!))) a--;
    if (/[.!?…]/u.test(text[a - 1] ?? '')) return r;
  }
  return p;
}

const WORD_START = /^[\p{L}\p{N}]/u;
const NEXT_WORD = /^[\p{L}\p{M}\p{N}]+/u;
const LOWER_START = /^\p{Ll}/u;
const DIGIT_START = /^[\p{N}№§#]/u;
const UPPER_START = /^[\p{Lu}\p{Lt}]/u;
const INITIAL_START = /^\p{Lu}\.(?![\p{L}\p{M}]{2})/u;
const DOTTED_ACRONYM_END = /(?<![\p{L}\p{M}\p{N}.])(?:\p{L}\.){2,}$/u;
const INITIAL_END = /(?<![\p{L}\p{M}\p{N}.])\p{Lu}\.$/u;
const ENUMERATOR_ALONE = /^(?:\(?\p{N}{1,3}[.)]|\(?\p{Ll}\)|[\p{Lu}\p{Ll}]\))$/u;
const ENUMERATOR_AFTER_COLON = /[:;][\s\u00a0]*\(?\p{N}{1,3}[.)]$/u;
const NUMBER_BEFORE = /\p{N}[\s\u00a0]*$/u;
const WORDS = /[\p{L}\p{N}]+/gu;

function shouldJoin(text: string, sentStart: number, p: number, blockEnd: number, rules: Rules): boolean {
  let a = p;
  while (a > sentStart && isSpaceCode(text.charCodeAt(a - 1))) a--;
  if (a <= sentStart) return false;
  let q = p;
  while (q < blockEnd && isSpaceCode(text.charCodeAt(q))) q++;
  if (q >= blockEnd) return false;
  const lo = Math.max(sentStart, a - 48);
  const before = text.slice(lo, a);
  const after = text.slice(q, Math.min(blockEnd, q + 48));
  const nextWord = NEXT_WORD.exec(after)?.[0] ?? '';
  const starter = rules.starters.has(nextWord);
  const nextLower = LOWER_START.test(after);
  const nextDigit = DIGIT_START.test(after);
  const nextInitial = INITIAL_START.test(after);

  // 1. A break inside a multi-part abbreviation ("z. | B.", "EE. | UU.", "т. | е.").
  if (rules.anywhere) {
    const win = text.slice(lo, Math.min(blockEnd, q + 24));
    rules.anywhere.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rules.anywhere.exec(win)) !== null) {
      const ms = lo + m.index;
      const me = ms + m[0].length;
      if (ms < a && me > q) return true;
      if (m[0].length === 0) rules.anywhere.lastIndex++;
    }
  }

  // 2. A known abbreviation right before the break.
  if (rules.atEnd) {
    const m = rules.atEnd.exec(before);
    if (m) {
      const cls = rules.classOf.get(m[0].replace(/\s+/gu, ''));
      switch (cls) {
        case 'title':
          return true;
        case 'abbr':
          return !starter && WORD_START.test(after);
        case 'lower':
          return nextLower || nextDigit;
        case 'afterNumber':
          if (!NUMBER_BEFORE.test(before.slice(0, m.index))) return true;
          return nextLower || nextDigit || wordCount(text, sentStart, a) <= 3;
        default:
          break;
      }
    }
  }

  // 3. Dotted acronyms ("U.S.", "В.В.", "a.m.") and initials ("J. R. R. Tolkien").
  if (DOTTED_ACRONYM_END.test(before)) {
    if (nextInitial) return true;
    return !starter && WORD_START.test(after);
  }
  if (INITIAL_END.test(before)) {
    if (nextInitial) return true;
    return UPPER_START.test(after) && !starter;
  }

  // 4. Enumerators: "постановляю: 1. Образовать", a piece that is only "2.".
  if (a - sentStart <= 8) {
    let s = sentStart;
    while (s < a && isSpaceCode(text.charCodeAt(s))) s++;
    if (ENUMERATOR_ALONE.test(text.slice(s, a))) return true;
  }
  if (ENUMERATOR_AFTER_COLON.test(before)) return true;

  // 5. The next piece starts with a lower-case word: "“Is it?” he asked.", "Wait… what".
  if (nextLower) return true;
  return false;
}

function wordCount(text: string, from: number, to: number): number {
  if (to - from > 64) return Infinity;
  return text.slice(from, to).match(WORDS)?.length ?? 0;
}

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const ONLY_CLOSING = /^[\p{Pe}\p{Pf}\p{Po}"'’”»)\]]+$/u;

function emit(text: string, from: number, to: number, out: SentenceSpan[], blockFirst: number): void {
  let s = from;
  let e = to;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (s >= e) return;
  const piece = e - s > 256 ? null : text.slice(s, e);
  if (piece === null ? hasWordChar(text, s, e) : HAS_WORD_CHAR.test(piece)) {
    out.push({ start: s, end: e });
    return;
  }
  if (out.length > blockFirst && piece !== null && ONLY_CLOSING.test(piece)) out[out.length - 1]!.end = e;
}

function hasWordChar(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i += 256) {
    if (HAS_WORD_CHAR.test(text.slice(i, Math.min(e, i + 257)))) return true;
  }
  return false;
}

// ------------------------------------------------------------------ compiled abbreviation data

function rulesFor(lang: string): Rules {
  let r = rulesCache.get(lang);
  if (r) return r;
  const data = abbreviationsFor(lang);
  r = data ? compile(data) : compileUnknown();
  rulesCache.set(lang, r);
  return r;
}

/** For languages without data: no abbreviation list; any language's sentence openers. */
function compileUnknown(): Rules {
  const starters = new Set<string>();
  for (const d of Object.values(ABBREVIATIONS)) for (const w of d.starters) starters.add(w);
  return { atEnd: null, anywhere: null, classOf: new Map(), starters };
}

function compile(data: LanguageAbbreviations): Rules {
  const classOf = new Map<string, AbbrClass>();
  const patterns = new Map<string, string>();
  const add = (entry: string, cls: AbbrClass): void => {
    const variants = [entry];
    const upper = entry.charAt(0).toUpperCase() + entry.slice(1);
    // No capitalised variant of one-letter entries: "В." is an initial, not "в." (век).
    if (upper !== entry && !/^\p{L}\.$/u.test(entry)) variants.push(upper);
    for (const v of variants) {
      const key = v.replace(/\s+/gu, '');
      if (classOf.has(key)) continue;
      classOf.set(key, cls);
      patterns.set(key, toPattern(v));
    }
  };
  for (const e of data.title) add(e, 'title');
  for (const e of data.afterNumber) add(e, 'afterNumber');
  for (const e of data.abbr) add(e, 'abbr');
  for (const e of data.lower) add(e, 'lower');
  // Longest first, so that "и. о." wins over "о.".
  const alternatives = [...patterns.entries()].sort((x, y) => y[0].length - x[0].length).map(([, p]) => p);
  if (alternatives.length === 0) return { atEnd: null, anywhere: null, classOf, starters: new Set(data.starters) };
  const body = `(?<![\\p{L}\\p{M}\\p{N}.])(?:${alternatives.join('|')})`;
  return {
    atEnd: new RegExp(`${body}$`, 'u'),
    anywhere: new RegExp(body, 'gu'),
    classOf,
    starters: new Set(data.starters),
  };
}

/** "z. B." → z\.[\s\u00a0]?B\. ; "et al." → et[\s\u00a0]+al\. */
function toPattern(entry: string): string {
  const parts = entry.trim().split(/\s+/u);
  const compact: string[] = [];
  for (const part of parts) {
    // Split "т.е." into "т." "е." so that a space may appear between them in the text.
    for (const piece of part.match(/[^.]+\.|[^.]+$/gu) ?? [part]) compact.push(piece);
  }
  let out = '';
  for (let i = 0; i < compact.length; i++) {
    const piece = compact[i]!;
    if (i > 0) out += compact[i - 1]!.endsWith('.') ? '[\\s\\u00a0]?' : '[\\s\\u00a0]+';
    out += escapeRegExp(piece);
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}
