/**
 * Limits that keep Markdown parsing linear and shallow, whatever the input.
 *
 * What the parser (micromark, under mdast-util-from-markdown) does with hostile input:
 * - Containers (block quotes, list items) nest without limit. Every line is checked against
 *   every open container, so nesting depth d costs O(d) per line, and the syntax tree (and any
 *   recursive walk over it) is d levels deep: 1,060 nested list items (`- - - … a`, 2,120
 *   characters) overflowed the walker's stack, and 10,000 `>` took seconds.
 * - Inline resolution is quadratic in the number of markup characters of one paragraph: every
 *   closing emphasis delimiter (`*`, `_`, `~`) looks back through the paragraph's events for an
 *   opener, every link that forms marks every earlier `[` of the paragraph inactive, and an
 *   unmatched backtick run or `<!--` scans to the paragraph's end. Events are made only at markup
 *   characters (a run of plain text is one event), so a paragraph with m markup characters costs
 *   O(m²): `*a` × 10,000 took 2 s, 10,000 nested links 11 s.
 *
 * What this module does, in one linear pass before parsing:
 * - Depth: a line's container depth is at most the number of container markers (`>`, list
 *   markers) in its prefix plus half its indentation in columns (a list item's content is at
 *   least 2 columns right of its parent's; a block quote needs its own `>`). A segment with a
 *   line whose bound exceeds {@link MAX_MARKDOWN_DEPTH} is read as plain text.
 * - Inline markup: the input is cut into segments (runs of lines between blank lines, list item
 *   starts, block quote lines, ATX headings and table rows; a paragraph never spans two
 *   segments). A segment of n characters with m markup characters (`[`, `]`, `<`, `*`, `_`,
 *   `~`, and each run of backticks) is read as plain text when m > max(MIN_INLINE_MARKUP,
 *   √(INLINE_MARKUP_FACTOR · n)), or m > MAX_INLINE_MARKUP (1,000: this bounds inline nesting,
 *   hence the walker's recursion, to about 500). So every segment the parser sees costs O(m²) ≤
 *   O(MIN_INLINE_MARKUP · n + INLINE_MARKUP_FACTOR · n): linear in the input, about 1 ms per
 *   10 KB in the worst case measured, while a real paragraph (under one markup character in 8)
 *   stays far below the limit.
 * A segment read as plain text is replaced by spaces (line endings kept, so every offset holds)
 * in the text given to the parser; the Markdown walker emits its source text as one block of
 * prose where it stood, and the report lists it (`Prose.fallbacks`).
 */

/** Deepest container nesting (block quotes and list items) parsed as Markdown. */
export const MAX_MARKDOWN_DEPTH = 32;
/** A segment may always have this many markup characters. */
export const MIN_INLINE_MARKUP = 128;
/** … and up to √(this × its length). */
export const INLINE_MARKUP_FACTOR = 64;
/** … but never more than this: emphasis, links and images nest at most about half as deep as
 * their markup characters, so the walker's recursion over inline nodes stays under ~500. */
export const MAX_INLINE_MARKUP = 1000;

export interface Fallback {
  /** 'depth': nesting deeper than the limit; 'inline': too much inline markup for its length. */
  kind: 'depth' | 'inline';
  /** Original offsets of the segment, line endings excluded at the end. */
  start: number;
  end: number;
}

export interface Guarded {
  /** The input with every fallback segment blanked (same length, same line endings). */
  masked: string;
  fallbacks: Fallback[];
}

const SP = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

interface LineInfo {
  /** Upper bound of the container depth of this line. */
  depth: number;
  /** Whether the line starts a new segment (list item, block quote, heading, table row). */
  starts: boolean;
  blank: boolean;
}

/** Reads the container prefix of the line starting at `i` (ending before `end`). */
function lineInfo(s: string, i: number, end: number): LineInfo {
  let markers = 0;
  let cols = 0;
  let starts = false;
  let k = i;
  for (;;) {
    while (k < end) {
      const c = s.charCodeAt(k);
      if (c === SP) cols++;
      else if (c === TAB) cols += 4;
      else break;
      k++;
    }
    if (k >= end) break;
    const c = s.charCodeAt(k);
    if (c === 0x3e /* > */) {
      markers++;
      starts = true;
      k++;
      continue;
    }
    let m = k;
    if (c === 0x2d || c === 0x2b || c === 0x2a) m = k + 1;
    else if (isDigit(c)) {
      while (m < end && m - k < 9 && isDigit(s.charCodeAt(m))) m++;
      const d = s.charCodeAt(m);
      m = d === 0x2e || d === 0x29 ? m + 1 : k;
    }
    if (m > k) {
      const after = m < end ? s.charCodeAt(m) : LF;
      if (after === SP || after === TAB || m >= end) {
        markers++;
        starts = true;
        k = m;
        continue;
      }
    }
    if (c === 0x23 /* # */ || c === 0x7c /* | */) starts = true;
    break;
  }
  return { depth: markers + (cols >> 1), starts, blank: k >= end };
}

/** Markup characters that micromark's inline resolution works on, in s[from, to): every `[`,
 * `]`, `<`, `*`, `_`, `~` (one run of L emphasis characters on each side of a text makes L/2
 * nested emphasis nodes and quadratic splicing, so a run counts by its length) and each run of
 * backticks (code spans do not nest). */
function markupCount(s: string, from: number, to: number): number {
  let m = 0;
  let prev = -1;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x5b || c === 0x5d || c === 0x3c || c === 0x2a || c === 0x5f || c === 0x7e) m++;
    else if (c === 0x60 && c !== prev) m++;
    prev = c;
  }
  return m;
}

/**
 * Finds the segments of `input` that the Markdown parser must not see (see the module comment)
 * and returns the input with them blanked. Linear time; returns `input` itself when nothing is
 * blanked.
 */
export function guardMarkdown(input: string): Guarded {
  const n = input.length;
  const fallbacks: Fallback[] = [];
  let segStart = -1;
  let segEnd = 0;
  let segDeep = false;

  const flush = (): void => {
    if (segStart < 0) return;
    const len = segEnd - segStart;
    if (segDeep) fallbacks.push({ kind: 'depth', start: segStart, end: segEnd });
    else {
      const m = markupCount(input, segStart, segEnd);
      if (m > MAX_INLINE_MARKUP || (m > MIN_INLINE_MARKUP && m * m > INLINE_MARKUP_FACTOR * len)) {
        fallbacks.push({ kind: 'inline', start: segStart, end: segEnd });
      }
    }
    segStart = -1;
    segDeep = false;
  };

  let i = 0;
  while (i < n) {
    let e = input.indexOf('\n', i);
    if (e === -1) e = n;
    let end = e;
    if (end > i && input.charCodeAt(end - 1) === CR) end--;
    // A lone CR also ends a line in Markdown; treat the text up to it as the line.
    const cr = input.indexOf('\r', i);
    if (cr !== -1 && cr < end) {
      end = cr;
      e = cr;
    }
    const info = lineInfo(input, i, end);
    if (info.blank) flush();
    else {
      if (info.starts) flush();
      if (segStart < 0) segStart = i;
      segEnd = end;
      if (info.depth > MAX_MARKDOWN_DEPTH) segDeep = true;
    }
    i = e + 1;
  }
  flush();
  if (fallbacks.length === 0) return { masked: input, fallbacks };
  const parts: string[] = [];
  let at = 0;
  for (const f of fallbacks) {
    parts.push(input.slice(at, f.start));
    parts.push(input.slice(f.start, f.end).replace(/[^\r\n]/g, ' '));
    at = f.end;
  }
  parts.push(input.slice(at));
  return { masked: parts.join(''), fallbacks };
}

/**
 * Deepest element nesting read as HTML. htmlparser2 keeps its open elements in an array it
 * shifts at the front (O(depth) per tag) and searches on every end tag, so 50,000 nested
 * `<div>` took 2 s and 50,000 more unmatched end tags 27 s; the HTML walker also looks up its
 * own stack per block.
 */
export const MAX_HTML_DEPTH = 256;

const VOID = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const P_ONLY = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DDT = new Set(['dd', 'dt']);
/** The start tags that close the open element on top when it is one of these (htmlparser2's
 * simplified implied end tags, mirrored so that the depth counted here is the parser's). */
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ['dd', DDT],
  ['dt', DDT],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, HEADINGS] as [string, Set<string>]),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM] as [string, Set<string>]),
  ...'p address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul'
    .split(' ')
    .map((t) => [t, P_ONLY] as [string, Set<string>]),
]);

function isAsciiAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Blanks (replaces with spaces) the start and end tags of elements nested deeper than
 * MAX_HTML_DEPTH, so that the parser reads their content as text of the element at the limit.
 * The open elements are tracked as htmlparser2 tracks them (void elements, implied end tags,
 * raw-text elements, comments), so the parser's own stack stays within the limit too. Every
 * tag is looked at once and the tracked stack is at most MAX_HTML_DEPTH deep: linear time.
 */
export function guardHtml(input: string): Guarded {
  const n = input.length;
  const stack: string[] = [];
  /** Blanked open elements by name, waiting for their end tags. */
  const over = new Map<string, number>();
  const blank: [number, number][] = [];
  const fallbacks: Fallback[] = [];
  let foreign = 0;
  let i = input.indexOf('<');
  while (i !== -1 && i < n - 1) {
    const c = input.charCodeAt(i + 1);
    if (c === 0x21 /* ! */ || c === 0x3f /* ? */) {
      const end = input.startsWith('<!--', i) ? input.indexOf('-->', i + 4) : input.indexOf('>', i + 2);
      if (end === -1) break;
      i = input.indexOf('<', end + 1);
      continue;
    }
    const closing = c === 0x2f;
    const nameAt = closing ? i + 2 : i + 1;
    if (!isAsciiAlpha(input.charCodeAt(nameAt))) {
      i = input.indexOf('<', i + 1);
      continue;
    }
    let k = nameAt;
    while (k < n) {
      const d = input.charCodeAt(k);
      if (d === 0x20 || d === 0x09 || d === 0x0a || d === 0x0c || d === 0x0d || d === 0x2f || d === 0x3e) break;
      k++;
    }
    const name = input.slice(nameAt, k).toLowerCase();
    // The end of the tag: the next ">" outside a quoted attribute value.
    let quote = 0;
    let afterEq = false;
    for (; k < n; k++) {
      const d = input.charCodeAt(k);
      if (quote) {
        if (d === quote) quote = 0;
        continue;
      }
      if (d === 0x3e) break;
      if ((d === 0x22 || d === 0x27) && afterEq) quote = d;
      else if (d === 0x3d) afterEq = true;
      else if (d !== 0x20 && d !== 0x09 && d !== 0x0a && d !== 0x0c && d !== 0x0d) afterEq = false;
    }
    if (k >= n) break;
    const tagEnd = k + 1;
    const selfClosing = input.charCodeAt(k - 1) === 0x2f;
    let blanked = false;
    if (closing) {
      const o = over.get(name) ?? 0;
      if (o > 0) {
        over.set(name, o - 1);
        blanked = true;
      } else {
        const pos = stack.lastIndexOf(name);
        if (pos !== -1) {
          for (let q = stack.length - 1; q >= pos; q--) if (stack[q] === 'svg' || stack[q] === 'math') foreign--;
          stack.length = pos;
        }
      }
    } else {
      const implied = IMPLIES_CLOSE.get(name);
      if (implied) while (stack.length > 0 && implied.has(stack[stack.length - 1]!)) stack.pop();
      const pushes = !VOID.has(name) && !(selfClosing && foreign > 0) && !(name === 'form' && stack.includes('form'));
      if (pushes && stack.length >= MAX_HTML_DEPTH) {
        over.set(name, (over.get(name) ?? 0) + 1);
        blanked = true;
      } else if (pushes) {
        stack.push(name);
        if (name === 'svg' || name === 'math') foreign++;
      }
      if (!blanked && RAW_TEXT.has(name)) {
        // Raw text: no tags inside until the matching end tag.
        const close = indexOfEndTag(input, name, tagEnd);
        if (close === -1) break;
        i = close;
        continue;
      }
    }
    if (blanked) {
      blank.push([i, tagEnd]);
      const last = fallbacks[fallbacks.length - 1];
      if (last && last.end === i) last.end = tagEnd;
      else if (last && !input.slice(last.end, i).includes('<')) last.end = tagEnd;
      else fallbacks.push({ kind: 'depth', start: i, end: tagEnd });
    }
    i = input.indexOf('<', tagEnd);
  }
  if (blank.length === 0) return { masked: input, fallbacks };
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of blank) {
    parts.push(input.slice(at, s), ' '.repeat(e - s));
    at = e;
  }
  parts.push(input.slice(at));
  return { masked: parts.join(''), fallbacks };
}

/** Position of the end tag `</name` at or after `from` (case-insensitive), or -1. */
function indexOfEndTag(input: string, name: string, from: number): number {
  let i = input.indexOf('</', from);
  while (i !== -1) {
    if (input.slice(i + 2, i + 2 + name.length).toLowerCase() === name) return i;
    i = input.indexOf('</', i + 2);
  }
  return -1;
}
