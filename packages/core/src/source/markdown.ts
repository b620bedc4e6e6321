/**
 * Markdown (CommonMark + GFM) to prose, through mdast-util-from-markdown's syntax tree and the
 * source offsets of its nodes.
 *
 * Prose: the text of paragraphs, headings, list items, table cells, block quotes and footnote
 * definitions, one block each, separated by "\n\n". Inline markup (`*`, `_`, `~~`, link
 * brackets, escapes, character references) is removed, so "Hel**lo**" is "Hello". A soft line
 * break stays "\n" (mapped to the source line ending; the container prefixes of the next line
 * such as "> " or indentation are not prose); a hard break becomes "\n". Inline code keeps its
 * content (region 'code'); link text is kept and link destinations dropped; autolinks and bare
 * URLs are kept (region 'url' or 'email'); images, footnote references, link reference
 * definitions, code blocks, HTML blocks and inline HTML are not prose. HTML comments anywhere
 * (block or inline HTML) are collected into `comments` with original offsets. A YAML front
 * matter block (`---` … `---` at the very start) is not prose.
 *
 * Hostile input: nesting deeper than MAX_MARKDOWN_DEPTH (32) containers and paragraphs with
 * more inline markup than the parser resolves in linear time are read as plain text, one block
 * per such segment, and listed in `Prose.fallbacks` (see ./guard.ts for the limits and why
 * they keep parsing linear). The tree the walker sees is therefore at most about 32 containers
 * plus ~500 inline levels (1,000 markup characters per paragraph at most) deep, so its
 * recursion cannot overflow.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Prose, ProseBlock } from './types.js';
import { ProseBuilder } from './builder.js';
import { decodeReferenceAt } from './entities.js';
import { extractText } from './text.js';
import { guardMarkdown, type Fallback } from './guard.js';

/** The parts of an mdast node this module reads. */
export interface MdNode {
  type: string;
  position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
  value?: string;
  url?: string;
  children?: MdNode[];
}

export function extractMarkdown(input: string): Prose {
  let tree: MdNode;
  const guarded = guardMarkdown(input);
  try {
    tree = parseMarkdown(maskFrontMatter(guarded.masked));
  } catch {
    // The parser is not expected to throw; if it ever does, plain text is the safe reading.
    return extractText(input);
  }
  const w = new MarkdownWalker(input, guarded.fallbacks);
  w.block(tree, null);
  w.plainUpTo(input.length + 1);
  const prose = w.b.finish();
  if (guarded.fallbacks.length > 0) prose.fallbacks = guarded.fallbacks;
  return prose;
}

/** Longer inputs are parsed piece by piece where that reads the same (see `pieceCuts`). */
export const PIECEWISE_ABOVE = 200_000;
const MIN_PIECE = 50_000;

/**
 * The mdast tree of `text`. micromark's document tokenizer copies its whole event list each
 * time a container (list item, block quote) closes after a lazy line (`EditMap.consume` in
 * `micromark/lib/initialize/document.js`), so a long document with many such lists takes
 * quadratic time (2 MB with a short list per release: 25 s whole, 17 s in pieces). Above
 * `piecewiseAbove` characters the text is cut before top-level headings where no construct can
 * span the cut, each piece is parsed alone, and the pieces' nodes are joined under one root
 * with their offsets moved to the whole text's.
 */
export function parseMarkdown(text: string, piecewiseAbove = PIECEWISE_ABOVE): MdNode {
  const options = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
  const cuts = text.length > piecewiseAbove ? pieceCuts(text) : [];
  if (cuts.length === 0) return fromMarkdown(text, options) as unknown as MdNode;
  const children: MdNode[] = [];
  let from = 0;
  for (const to of [...cuts, text.length]) {
    const tree = fromMarkdown(text.slice(from, to), options) as unknown as MdNode;
    for (const c of tree.children ?? []) {
      shiftOffsets(c, from);
      children.push(c);
    }
    from = to;
  }
  return { type: 'root', children, position: { start: { offset: 0 }, end: { offset: text.length } } };
}

function shiftOffsets(node: MdNode, by: number): void {
  const stack = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    const p = n.position;
    if (p) {
      n.position = {
        start: { ...p.start, offset: p.start.offset === undefined ? undefined : p.start.offset + by },
        end: { ...p.end, offset: p.end.offset === undefined ? undefined : p.end.offset + by },
      };
    }
    for (const c of n.children ?? []) stack.push(c);
  }
}

/** Raw HTML blocks that run across blank lines until their end marker (CommonMark types 1–5). */
const RAW_HTML: [RegExp, RegExp][] = [
  [/<(?:script|pre|style|textarea)(?=[\s>]|$)/gi, /<\/(?:script|pre|style|textarea)>/gi],
  [/<!--/g, /-->/g],
  [/<\?/g, /\?>/g],
  [/<!\[CDATA\[/g, /\]\]>/g],
];

/**
 * Offsets before which the text may be cut: the start of an ATX heading ("## …") at column 0
 * after a blank line, at least MIN_PIECE after the previous cut, outside fenced code and raw
 * HTML. A heading there closes every open block (a list item needs indentation to go on, a
 * block quote its ">", a table or paragraph ends at the blank line), so the pieces parse as
 * the whole does. No cuts when the text defines link references or footnotes (a use may be in
 * another piece than its definition).
 */
export function pieceCuts(text: string): number[] {
  if (/^[ \t]{0,3}\[[^\]\n]+\]:/m.test(text)) return [];
  const cuts: number[] = [];
  let last = 0;
  let fence: { mark: string; length: number } | undefined;
  let lineStart = 0;
  let prevBlank = false;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const f = /^[ \t]*(`{3,}|~{3,})(.*)$/.exec(line);
    if (f) {
      const [mark, rest] = [f[1]!, f[2]!];
      if (!fence) {
        if (!(mark[0] === '`' && rest.includes('`'))) fence = { mark: mark[0]!, length: mark.length };
      } else if (mark[0] === fence.mark && mark.length >= fence.length && /^[ \t\r]*$/.test(rest)) fence = undefined;
    } else if (
      prevBlank &&
      !fence &&
      lineStart - last >= MIN_PIECE &&
      /^#{1,6}(?:[ \t]|$)/.test(line) &&
      !openRawHtml(text.slice(last, lineStart))
    ) {
      cuts.push(lineStart);
      last = lineStart;
    }
    prevBlank = /^[ \t\r]*$/.test(line);
    lineStart = lineEnd + 1;
  }
  return cuts;
}

/** True when a raw HTML block may still be open at the end of `piece`. */
function openRawHtml(piece: string): boolean {
  for (const [open, close] of RAW_HTML) {
    let at = -1;
    for (const m of piece.matchAll(open)) at = m.index;
    if (at < 0) continue;
    close.lastIndex = at;
    if (!close.test(piece)) return true;
  }
  return false;
}

/**
 * Replaces a leading YAML front matter block with spaces (line endings kept), so that the
 * parser sees blank lines there and every offset stays the same.
 */
export function maskFrontMatter(input: string): string {
  const m = /^(?:\uFEFF)?---[ \t]*\r?\n/.exec(input);
  if (!m) return input;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
  close.lastIndex = m[0].length;
  const c = close.exec(input);
  if (!c) return input;
  const end = c.index + c[0].length;
  const head = input.slice(0, end).replace(/[^\r\n]/g, ' ');
  return head + input.slice(end);
}

type Context = ProseBlock['kind'] | null;

function isAsciiPunctuation(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

class MarkdownWalker {
  readonly b: ProseBuilder;

  /** Index of the next fallback segment to emit. */
  private nextPlain = 0;

  constructor(
    private readonly input: string,
    private readonly plain: readonly Fallback[],
  ) {
    this.b = new ProseBuilder(input.length);
  }

  /** Emits, as plain-text blocks, the fallback segments that start before `offset`. */
  plainUpTo(offset: number): void {
    while (this.nextPlain < this.plain.length && this.plain[this.nextPlain]!.start < offset) {
      const f = this.plain[this.nextPlain++]!;
      this.b.closeBlock();
      this.b.openBlock('other');
      this.b.appendSource(this.input, f.start, f.end, f.start);
      this.b.closeBlock();
    }
  }

  private range(node: MdNode): [number, number] | undefined {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (typeof s !== 'number' || typeof e !== 'number') return undefined;
    const n = this.input.length;
    const a = Math.max(0, Math.min(n, s));
    return [a, Math.max(a, Math.min(n, e))];
  }

  block(node: MdNode, ctx: Context): void {
    const kids = node.children ?? [];
    if (this.nextPlain < this.plain.length) {
      const r = this.range(node);
      if (r) this.plainUpTo(r[0] + (node.type === 'root' ? 0 : 1));
    }
    switch (node.type) {
      case 'root':
      case 'list':
        for (const c of kids) this.block(c, ctx);
        return;
      case 'paragraph':
        this.b.closeBlock();
        this.b.openBlock(ctx ?? 'paragraph');
        for (const c of kids) this.inline(c);
        this.b.closeBlock();
        return;
      case 'heading':
        this.b.closeBlock();
        this.b.openBlock('heading');
        for (const c of kids) this.inline(c);
        this.b.closeBlock();
        return;
      case 'blockquote': {
        const first = this.b.blocks.length;
        for (const c of kids) this.block(c, 'blockquote');
        this.b.closeBlock();
        const blocks = this.b.blocks;
        if (blocks.length > first)
          this.b.addRegion('blockquote', blocks[first]!.start, blocks[blocks.length - 1]!.end, 'markdown:blockquote');
        return;
      }
      case 'listItem':
        for (const c of kids) this.block(c, 'list-item');
        return;
      case 'table':
        for (const row of kids) {
          for (const cell of row.children ?? []) {
            this.b.closeBlock();
            this.b.openBlock('table-cell');
            for (const c of cell.children ?? []) this.inline(c);
            this.b.closeBlock();
          }
        }
        return;
      case 'footnoteDefinition':
        for (const c of kids) this.block(c, 'other');
        return;
      case 'html':
        this.comments(node);
        return;
      case 'code':
      case 'thematicBreak':
      case 'definition':
      case 'yaml':
      case 'toml':
      case 'math':
        return;
      default:
        // Unknown flow content (from a future extension): keep its text as its own block.
        if (kids.length > 0 || typeof node.value === 'string') {
          this.b.closeBlock();
          this.b.openBlock('other');
          this.inline(node);
          this.b.closeBlock();
        }
    }
  }

  inline(node: MdNode): void {
    const kids = node.children ?? [];
    switch (node.type) {
      case 'text': {
        const r = this.range(node);
        if (r && typeof node.value === 'string') this.align(node.value, r[0], r[1], false);
        return;
      }
      case 'inlineCode': {
        const r = this.range(node);
        if (!r || typeof node.value !== 'string') return;
        // Leave the backtick fences out of the source range.
        let [s, e] = r;
        let k = 0;
        while (s + k < e && this.input.charCodeAt(s + k) === 0x60) k++;
        s += k;
        e = Math.max(s, e - k);
        const from = this.b.len;
        this.align(node.value, s, e, true);
        this.b.addRegion('code', from, this.b.len);
        return;
      }
      case 'link':
      case 'linkReference': {
        const from = this.b.len;
        for (const c of kids) this.inline(c);
        const r = this.range(node);
        if (node.type === 'link' && r && this.b.len > from) {
          const first = this.input.charCodeAt(r[0]);
          // Autolinks (<…>) and GFM literal links (www.…, https://…, a@b.c) show their URL.
          if (first !== 0x5b /* [ */) {
            const kind = (node.url ?? '').toLowerCase().startsWith('mailto:') ? 'email' : 'url';
            this.b.addRegion(kind, from, this.b.len);
          }
        }
        return;
      }
      case 'break': {
        const r = this.range(node);
        if (!r) return;
        let nl = this.input.lastIndexOf('\n', r[1] - 1);
        if (nl < r[0]) nl = this.input.lastIndexOf('\r', r[1] - 1);
        if (nl >= r[0]) this.b.appendDecoded('\n', nl, nl + 1);
        else this.b.pushPoint('\n', r[1]);
        return;
      }
      case 'html':
        this.comments(node);
        return;
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
      case 'definition':
        return;
      default:
        // emphasis, strong, delete and anything unknown: their children are prose.
        if (kids.length > 0) for (const c of kids) this.inline(c);
        else if (typeof node.value === 'string') {
          const r = this.range(node);
          if (r) this.align(node.value, r[0], r[1], false);
        }
    }
  }

  /** HTML comments inside a raw HTML node, with original offsets. */
  private comments(node: MdNode): void {
    const r = this.range(node);
    if (!r) return;
    const src = this.input.slice(r[0], r[1]);
    let i = src.indexOf('<!--');
    while (i !== -1) {
      const close = src.indexOf('-->', i + 4);
      // "<!-->" and "<!--->" are (empty) comments too.
      const end = src.startsWith('<!-->', i)
        ? i + 5
        : src.startsWith('<!--->', i)
          ? i + 6
          : close === -1
            ? -1
            : close + 3;
      if (end === -1) break;
      const inner = end - i >= 7 ? src.slice(i + 4, end - 3) : '';
      this.b.addComment(inner.trim(), r[0] + i, r[0] + end);
      i = src.indexOf('<!--', end);
    }
  }

  /**
   * Appends `value` (the parser's decoded text of a node) mapped onto its source range
   * [from, to): equal characters map one to one, a backslash escape or a character reference
   * maps to its whole source text, and source characters with no counterpart in the value
   * (container prefixes such as "> ", indentation) are skipped. `code` turns off escapes and
   * references (they are literal in code spans).
   */
  private align(value: string, from: number, to: number, code: boolean): void {
    const input = this.input;
    const b = this.b;
    const n = value.length;
    let si = from;
    let vi = 0;
    while (vi < n) {
      if (si >= to) {
        b.pushPoint(value.slice(vi), to);
        return;
      }
      const vc = value.charCodeAt(vi);
      const sc = input.charCodeAt(si);
      if (!code && sc === 0x5c && si + 1 < to) {
        const nc = input.charCodeAt(si + 1);
        if (isAsciiPunctuation(nc) && nc === vc) {
          b.appendDecoded(value[vi]!, si, si + 2);
          si += 2;
          vi++;
          continue;
        }
      }
      if (!code && sc === 0x26) {
        const ref = decodeReferenceAt(input.slice(si, Math.min(to, si + 40)), 0, true);
        if (ref && value.startsWith(ref.text, vi)) {
          b.appendDecoded(ref.text, si, si + ref.length);
          si += ref.length;
          vi += ref.text.length;
          continue;
        }
      }
      if (vc === sc) {
        // Copy the longest run of equal, non-special characters.
        let k = 1;
        while (vi + k < n && si + k < to) {
          const c = input.charCodeAt(si + k);
          if (c !== value.charCodeAt(vi + k) || (!code && (c === 0x5c || c === 0x26))) break;
          k++;
        }
        b.appendSource(input, si, si + k, si);
        si += k;
        vi += k;
        continue;
      }
      if (vc === 0xfffd && sc === 0) {
        b.appendDecoded('\uFFFD', si, si + 1);
        si++;
        vi++;
        continue;
      }
      if ((vc === 0x0a || vc === 0x20) && (sc === 0x0d || sc === 0x0a)) {
        const len = sc === 0x0d && input.charCodeAt(si + 1) === 0x0a ? 2 : 1;
        b.appendDecoded(value[vi]!, si, si + len);
        si += len;
        vi++;
        continue;
      }
      if (vc === 0x20 && sc === 0x09) {
        // A tab expanded to spaces: map every space to the tab.
        b.appendDecoded(' ', si, si + 1);
        vi++;
        if (value.charCodeAt(vi) !== 0x20) si++;
        continue;
      }
      si++;
    }
  }
}
