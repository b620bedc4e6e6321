/**
 * Sentence segmentation: `Intl.Segmenter` (UAX #29 sentence boundaries) per block, then an
 * abbreviation layer that removes the breaks UAX #29 gets wrong in official prose ("U.S.
 * Department", "Mr. Smith", "В.В. Путин", "z. B.", "No. 5", "“Is it?” he asked", "at 5 a.m. Mr.
 * Smith", "Albert I. Jones" but "you and I. Did", ". . . I", "[...]” (Smith 55).", "В 2010-2012 гг.
 * Виктор"). List items inside a block are sentences of their own: a bullet ("•", "⁃") wherever
 * it stands, and enumerators that run in sequence ("1) … 2) …", "a. … b. …").
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
  /** English: "I." after a lower-case word is the pronoun ending a sentence. */
  pronounI: boolean;
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
    segmentBlock(text, s, e, segmenter, rules, out, lang === 'ru');
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
  russian = false,
): void {
  let bounds: number[] = [];
  if (segmenter) icuBoundaries(segmenter, text, from, to, bounds);
  else fallbackBoundaries(text, from, to, bounds);
  bounds = withBreaks(text, from, to, bounds, ELLIPSIS_BREAK, '…');
  if (russian) bounds = withBreaks(text, from, to, bounds, DATE_BREAK);
  const items = listItems(text, from, to);
  if (items) bounds = withListItems(bounds, items);
  const blockFirst = out.length;
  let sentStart = from;
  for (let p of bounds) {
    if (p <= sentStart) continue;
    const forced = items?.starts.has(p) ?? false;
    if (!forced) p = afterClosingQuotes(text, p, to);
    if (p >= to) break;
    if (!forced && shouldJoin(text, sentStart, p, to, rules)) continue;
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

/**
 * UAX #29 breaks after "..." before a capital but not after "…" (U+2026 is no sentence
 * terminator there). Both are read alike: a candidate break, which the abbreviation layer may
 * still remove like any other.
 */
const ELLIPSIS_BREAK = /…["'”’»)\]]*[\s\u00a0]+(?=[\p{Lu}\p{Lt}])/gu;

/**
 * Adds a break at the end of each match of `re` (global) inside [from, to) to `bounds`, sorted and
 * without repeats; `needle`, when given, is a string every match holds (most blocks have none).
 * Looks only inside the block: a search from `from` over the whole document, once per block, would
 * be quadratic on long texts.
 */
function withBreaks(text: string, from: number, to: number, bounds: number[], re: RegExp, needle?: string): number[] {
  const s = text.slice(from, to);
  if (needle !== undefined && !s.includes(needle)) return bounds;
  const extra: number[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) extra.push(from + m.index + m[0].length);
  if (extra.length === 0) return bounds;
  const merged = [...bounds, ...extra].sort((a, b) => a - b);
  return merged.filter((b, i) => i === 0 || b !== merged[i - 1]);
}

/**
 * Russian: a sentence that opens with a date after a full stop ("… с Днём рождения. 14 февраля
 * почётному президенту …", "… подразделения ВСУ. 18 августа, чтобы …"). UAX #29 (SB8) does not
 * break before a number followed by a lower-case word; a word of three letters or more before the
 * stop is no abbreviation ("г.", "гг.", "ст." are shorter, and the abbreviation rules still join).
 */
const RU_MONTHS = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
const DATE_BREAK = new RegExp(
  `(?<=[\\p{L}]{3}[.!?])[\\s\\u00a0]+(?=\\d{1,2}(?:[–-]\\d{1,2})?[\\s\\u00a0]+(?:${RU_MONTHS})(?![\\p{L}]))`,
  'gu',
);

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

// ------------------------------------------------------------------ list items

interface ListItems {
  /** Where an item begins (its bullet or enumerator): a break, whatever precedes it. */
  starts: Set<number>;
  /** [start, end) of each marker with the spaces after it: no break inside or right after. */
  markers: [number, number][];
}

const BULLET = /(?<=^|[\s\u00a0])[•⁃▪◦‣●■](?=[\s\u00a0]*[\p{L}\p{N}])/gu;
const ENUMERATOR =
  /(?<=^|[\s\u00a0:;,•⁃▪◦‣●■])(\()?(\d{1,3}|[a-zа-я])(\.\)|\)|\.)(?=[\s\u00a0]+[\p{Lu}\p{Lt}\p{N}"“«‘(])/gu;
const LINE_MARKER = /(?:^|[\n\r])[ \t]*(?:[•⁃▪◦‣●■*-][ \t]*)?(\()?(\d{1,3}|[a-zа-я])(\.\)|\)|\.)[ \t]*$/u;

interface Enumerator {
  at: number;
  end: number;
  value: number;
  kind: string;
  bulleted: boolean;
}

function ordinal(v: string): number {
  if (/^\d+$/u.test(v)) return Number(v);
  const c = v.charCodeAt(0);
  return c >= 0x430 ? c - 0x42f : c - 0x60;
}

/**
 * List items inside a block: bullets ("•", "⁃" …) wherever they stand, and enumerators ("1.)",
 * "2)", "(3)", "a.", "б)") that run in sequence — 1, 2, 3 or a, b, c in one style, the first
 * at the block start, after a colon, after a bullet, or on the line's own marker (which the
 * source layer leaves out of the block). "1) The first item 2) The second item" is two items;
 * a lone "in 2. The" is left to the other rules.
 */
function listItems(text: string, from: number, to: number): ListItems | null {
  const block = text.slice(from, to);
  if (!/[•⁃▪◦‣●■]|(?:^|[\s\u00a0:;,])\(?(?:\d{1,3}|[a-zа-я])(?:\.\)|\)|\.)[\s\u00a0]/u.test(block)) return null;
  const starts = new Set<number>();
  const markers: [number, number][] = [];
  const skipSpaces = (k: number): number => {
    while (k < to && isSpaceCode(text.charCodeAt(k))) k++;
    return k;
  };
  BULLET.lastIndex = 0;
  let m: RegExpExecArray | null;
  const bullets = new Set<number>();
  while ((m = BULLET.exec(block)) !== null) {
    const at = from + m.index;
    bullets.add(at);
    if (at > from) starts.add(at);
    markers.push([at, skipSpaces(at + 1)]);
  }
  const found: Enumerator[] = [];
  ENUMERATOR.lastIndex = 0;
  while ((m = ENUMERATOR.exec(block)) !== null) {
    const at = from + m.index;
    let b = at - 1;
    while (b >= from && isSpaceCode(text.charCodeAt(b))) b--;
    found.push({
      at,
      end: skipSpaces(at + m[0].length),
      value: ordinal(m[2]!),
      kind: `${/\d/u.test(m[2]!) ? 'n' : 'a'}${m[1] ?? ''}${m[3]}`,
      bulleted: b >= from && bullets.has(b),
    });
  }
  // The line's own marker, left out of the block: the first of the sequence.
  const lineStart = Math.max(text.lastIndexOf('\n', from - 1), text.lastIndexOf('\r', from - 1)) + 1;
  const seed = from > lineStart ? LINE_MARKER.exec(text.slice(lineStart, from)) : null;
  const seedKind = seed ? `${/\d/u.test(seed[2]!) ? 'n' : 'a'}${seed[1] ?? ''}${seed[3]}` : '';
  const seedValue = seed ? ordinal(seed[2]!) : -1;
  // Chains of consecutive values in one style.
  const used = new Set<Enumerator>();
  for (const first of found) {
    if (used.has(first)) continue;
    const chain = [first];
    for (const e of found)
      if (e.at > chain[chain.length - 1]!.at && e.kind === first.kind && e.value === chain[chain.length - 1]!.value + 1)
        chain.push(e);
    const seeded = seedKind === first.kind && seedValue === first.value - 1;
    const opening =
      first.value === 1 &&
      (first.at === from || /[:;]$/u.test(text.slice(Math.max(from, first.at - 3), first.at).trimEnd()));
    const ok =
      chain.every((e) => e.bulleted) || (chain.length >= 2 && (opening || seeded)) || (seeded && chain.length >= 1);
    if (!ok) continue;
    for (const e of chain) {
      used.add(e);
      // The first item stays with the colon that introduces it ("постановляю: 1. Образовать").
      if (e.at > from && !e.bulleted && !/:[\s\u00a0]*$/u.test(text.slice(Math.max(from, e.at - 4), e.at)))
        starts.add(e.at);
      markers.push([e.at, e.end]);
    }
  }
  if (starts.size === 0 && markers.length === 0) return null;
  return { starts, markers };
}

/** The item starts become breaks; breaks inside or right after a marker go. */
function withListItems(bounds: number[], items: ListItems): number[] {
  const inMarker = (b: number): boolean => items.markers.some(([s, e]) => b > s && b <= e);
  const merged = [...bounds.filter((b) => !inMarker(b)), ...items.starts].sort((a, b) => a - b);
  return merged.filter((b, i) => i === 0 || b !== merged[i - 1]);
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
const LEAD_WORDS = /\p{N}+(?:[-–—:.,/]\p{N}+)*|[\p{L}\p{N}]+/gu;
/** "you and I." — the pronoun after a lower-case word, not the initial of "Albert I. Jones". */
const PRONOUN_I = /(?:^|[\s\u00a0(])\p{Ll}[\p{L}'’-]*[,]?[\s\u00a0]+I\.$/u;
const SPACED_ELLIPSIS = /(?:^|[^.\s])[\s\u00a0]\.[\s\u00a0]\.[\s\u00a0]\.$/u;
const CLOSING_BEFORE = /["'”’»\]]$/u;
const CITATION_AFTER = /^\([^()\n]{1,60}\)[.!?]["'”’»]*(?:[\s\u00a0]|$)/u;
/** Words that continue a time ("at 10 a.m. EDT"). */
const TIME_ZONES = new Set([
  'ET',
  'EST',
  'EDT',
  'CT',
  'CST',
  'CDT',
  'MT',
  'MST',
  'MDT',
  'PT',
  'PST',
  'PDT',
  'GMT',
  'UTC',
  'BST',
  'CET',
  'CEST',
  'EET',
  'EEST',
  'MSK',
  'LOCAL',
  'Local',
  'Eastern',
  'Central',
  'Mountain',
  'Pacific',
]);

/** An opening quotation mark and at most 40 characters of a name up to the stop (6b). */
const QUOTED_NAME_OPEN = /[«“][^«»“”.!?]{1,40}[.!?]$/u;
/** At most 30 more characters of the name, its closing mark, then a word: the sentence runs on (6b). */
const QUOTED_NAME_CLOSE = /^[^«»“”.!?\n]{1,30}[»”][ \u00a0]+[\p{L}\p{N}]/u;

const WASHINGTON_DC = /\bWashington,?[ \u00a0]+D\.C\.$/u;

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

  // 2. A known abbreviation right before the break. "Washington, D.C." closes a place: before a
  // capital it ends the sentence ("… met … in Washington, D.C. Secretary Blinken and …": every one
  // of the State Department pool's 60 such places does), where another "D.C." runs on ("the D.C.
  // Circuit").
  if (WASHINGTON_DC.test(before) && UPPER_START.test(after)) return false;
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
          if (nextLower || nextDigit || TIME_ZONES.has(nextWord)) return true;
          // "В 2010-2012 гг. Виктор …", "10:30 a.m. Secretary Blinken meets …" (a schedule line),
          // but "1898 г. В 1854 году …" and "… at 6 P.M. Mr. Smith then …".
          return !starter && leadWords(text, sentStart, lo + m.index) <= 2;
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
  if (INITIAL_END.test(before) && !(rules.pronounI && PRONOUN_I.test(before))) {
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

  // 5. A spaced ellipsis of three dots is an omission inside the sentence ("the thing is . . . I
  // didn't"); four dots, or three after a full stop, end it.
  if (SPACED_ELLIPSIS.test(before)) return true;

  // 6. A citation after a quotation: “… [...]” (Smith 55).
  if (CLOSING_BEFORE.test(before) && CITATION_AFTER.test(after)) return true;

  // 6b. A full stop inside a short name in quotes that the sentence runs on after: «Знание.
  // Первые» Федеральный марафон …, the exhibition “Knowledge. First” opened … (kremlin.ru pool:
  // the marathon's name, whose first sentence began «Первые» …). Quoted speech («Мы работаем. Всё
  // хорошо», — сказал …) closes before punctuation and still breaks.
  if (QUOTED_NAME_OPEN.test(before) && QUOTED_NAME_CLOSE.test(after)) return true;

  // 7. The next piece starts with a lower-case word: "“Is it?” he asked.", "Wait… what".
  if (nextLower) return true;
  return false;
}

/** Words from `from` to `to`, a number with its parts ("2010-2012", "10:30") counting once. */
function leadWords(text: string, from: number, to: number): number {
  if (to - from > 64) return Infinity;
  return text.slice(from, to).match(LEAD_WORDS)?.length ?? 0;
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
  r = data ? compile(data, lang === 'en') : compileUnknown();
  rulesCache.set(lang, r);
  return r;
}

/** For languages without data: no abbreviation list; any language's sentence openers. */
function compileUnknown(): Rules {
  const starters = new Set<string>();
  for (const d of Object.values(ABBREVIATIONS)) for (const w of d.starters) starters.add(w);
  return { atEnd: null, anywhere: null, classOf: new Map(), starters, pronounI: false };
}

function compile(data: LanguageAbbreviations, pronounI: boolean): Rules {
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
  if (alternatives.length === 0)
    return { atEnd: null, anywhere: null, classOf, starters: new Set(data.starters), pronounI };
  const body = `(?<![\\p{L}\\p{M}\\p{N}.])(?:${alternatives.join('|')})`;
  return {
    atEnd: new RegExp(`${body}$`, 'u'),
    anywhere: new RegExp(body, 'gu'),
    classOf,
    starters: new Set(data.starters),
    pronounI,
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
