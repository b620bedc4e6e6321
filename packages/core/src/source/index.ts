/**
 * Source: plain text, Markdown or HTML to prose with an offset map back to the input.
 *
 * What `Prose.text` contains:
 * - 'text': the input itself, unchanged but for a leading byte order mark (identity offset map,
 *   or shifted by one after a mark, so megabytes cost nothing).
 *   Blocks are paragraphs split at blank lines, list-item lines and title-like lines (see
 *   ./text.ts).
 * - 'markdown': the text of paragraphs, headings, list items, table cells, block quotes and
 *   footnotes, markup removed, blocks separated by "\n\n" (see ./markdown.ts).
 * - 'html': the visible text, whitespace collapsed as a browser does, inline elements joined
 *   without spaces, blocks separated by "\n\n" (see ./html.ts).
 * In every format, URL, e-mail and quotation regions (quotation marks included) are detected
 * inside each block; Markdown and HTML add 'code' and 'blockquote' regions from the markup.
 *
 * A leading byte order mark (U+FEFF) is never prose: every format reads the text after it, and
 * every original offset counts it, so a span is the same with or without it, shifted by one.
 *
 * `toOriginal(start, end)` maps a prose span to [original start of its first character,
 * original end of its last character]; an empty span maps to a point. Inserted characters
 * (the "\n\n" block separators) map to the point where the previous block ended. A prose span
 * never maps to an original span that starts or ends inside a surrogate pair, and sorted,
 * non-overlapping prose spans map to sorted, non-overlapping original spans. Nor does it start
 * or end in front of a combining mark (or ZWJ) that belongs to the character before it: such a
 * boundary moves forward past the marks (see graphemeBoundary).
 */
import type { Prose, SourceFormat } from './types.js';
import { extractHtml } from './html.js';
import { extractMarkdown } from './markdown.js';
import { extractText } from './text.js';

export type { Prose, ProseBlock, ProseRegion, SourceComment, SourceFormat } from './types.js';

export function extractProse(input: string, format: SourceFormat): Prose {
  const text = typeof input === 'string' ? input : String(input ?? '');
  // A leading byte order mark is not prose, and parsers differ on it (micromark drops it, which
  // shifted every Markdown offset by one): read the text after it, then shift the map back.
  if (text.charCodeAt(0) === 0xfeff) return shifted(extractFormat(text.slice(1), format), 1, text.length);
  return extractFormat(text, format);
}

function extractFormat(text: string, format: SourceFormat): Prose {
  let prose: Prose;
  switch (format) {
    case 'markdown':
      prose = extractMarkdown(text);
      break;
    case 'html':
      prose = extractHtml(text);
      break;
    case 'text':
    default:
      prose = extractText(text);
  }
  const map = prose.toOriginal;
  prose.toOriginal = (start, end) => {
    const [a, b] = map(start, end);
    return [graphemeBoundary(text, a), graphemeBoundary(text, b)];
  };
  return prose;
}

function isMarkAt(s: string, k: number): boolean {
  const c = s.charCodeAt(k);
  if (c < 0x300) return false;
  if (c === 0x200d) return true;
  const cp = s.codePointAt(k)!;
  return MARK.test(String.fromCodePoint(cp));
}
const MARK = /^\p{M}$/u;

/**
 * Whether the character before `k` is a control in the sense of UAX #29 (Grapheme_Cluster_Break
 * = Control, CR or LF): C0 and C1 controls, the line and paragraph separators, and format
 * characters (Cf: a byte order mark, zero-width space, bidi marks, word joiner, tags) except ZWNJ,
 * ZWJ and the prepended concatenation marks (U+0600–0605, U+06DD, U+070F, U+0890–0891, U+08E2,
 * U+110BD, U+110CD), which are Prepend. Rules GB4 and GB5 break after these.
 */
export function isControlBefore(s: string, k: number): boolean {
  let cp = s.charCodeAt(k - 1);
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return true;
  if (cp < 0xad) return false;
  if (cp >= 0xdc00 && cp <= 0xdfff && k >= 2) {
    const hi = s.charCodeAt(k - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) cp = (hi - 0xd800) * 0x400 + (cp - 0xdc00) + 0x10000;
  }
  if (cp === 0x2028 || cp === 0x2029) return true;
  if (cp === 0x200c || cp === 0x200d || PREPEND.has(cp) || (cp >= 0x600 && cp <= 0x605)) return false;
  return FORMAT.test(String.fromCodePoint(cp));
}
const FORMAT = /^\p{Cf}$/u;
const PREPEND = new Set([0x6dd, 0x70f, 0x890, 0x891, 0x8e2, 0x110bd, 0x110cd]);

/**
 * `k`, or the first offset after it that does not cut a character in two: past the low half of
 * a surrogate pair, and past combining marks (and ZWJ) that belong to the character before `k`.
 * A mark right after a control character (a line break, a tab, NUL, a byte order mark, a bidi
 * mark: UAX #29 rules GB4 and GB5, "break after controls"; see isControlBefore) starts its own
 * grapheme, so it is not skipped. Monotone, so
 * sorted, non-overlapping spans stay sorted and non-overlapping.
 */
export function graphemeBoundary(s: string, k: number): number {
  const n = s.length;
  if (k <= 0 || k >= n) return k;
  for (;;) {
    if (k >= n) return n;
    const c = s.charCodeAt(k);
    const p = s.charCodeAt(k - 1);
    if (c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff) {
      k++;
      continue;
    }
    if (isControlBefore(s, k) || !isMarkAt(s, k)) return k;
    k += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
}

/** `prose` of `input.slice(by)`, with its original offsets moved back onto `input`. */
function shifted(prose: Prose, by: number, length: number): Prose {
  const inner = prose.toOriginal.bind(prose);
  return {
    text: prose.text,
    blocks: prose.blocks,
    regions: prose.regions,
    comments: prose.comments.map((c) => ({ ...c, start: c.start + by, end: c.end + by })),
    toOriginal(start: number, end: number): [number, number] {
      const [s, e] = inner(start, end);
      return [Math.min(length, s + by), Math.min(length, e + by)];
    },
  };
}
