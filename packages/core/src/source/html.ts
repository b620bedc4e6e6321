/**
 * HTML to prose with htmlparser2's streaming parser (entities left encoded, so each text node
 * can be decoded here reference by reference and every character mapped to its source range).
 *
 * Prose: the text a reader sees. Whitespace is collapsed as a browser does: each run of ASCII
 * whitespace (also across tags) becomes one space, mapped to the first whitespace character;
 * whitespace at the start and end of a block is dropped. U+00A0 (`&nbsp;`) is kept as is.
 * Inline elements (a, b, i, em, strong, span, …) add nothing: "Hel<b>lo</b>" is "Hello".
 * Block elements (p, div, h1–h6, li, td, th, blockquote, section, article, br, hr, tr, dd, dt,
 * figcaption, …) end the current block; blocks are separated by "\n\n". Not prose: the whole
 * <head> (title included), <script>, <style>, <noscript>, <template>, <pre>, <textarea>,
 * <select>, <svg>, <math>, <iframe>, <object>, media fallbacks. Inline <code>, <kbd>, <samp>,
 * <tt> stay in the prose as region 'code'; <blockquote> is region 'blockquote' and <q> region
 * 'quote'; <nav>, <footer>, <aside> and a <header> without a heading are region 'boilerplate'. Comments go to `comments` with original offsets. Attributes (alt, title, href) are
 * not prose. Broken markup is read the way htmlparser2 recovers it; nothing here throws on it.
 */
import { Parser } from 'htmlparser2';
import type { Prose, ProseBlock } from './types.js';
import { ProseBuilder } from './builder.js';
import { decodeReferenceAt } from './entities.js';

const SKIP = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'pre',
  'listing',
  'xmp',
  'plaintext',
  'textarea',
  'select',
  'datalist',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'audio',
  'video',
  'canvas',
  'map',
]);

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const CODE = new Set(['code', 'kbd', 'samp', 'tt']);

/** Page furniture: region 'boilerplate' (see `close`). */
const CHROME = new Set(['nav', 'footer', 'aside', 'header']);

/** What may stay inside <head>; anything else ends it implicitly, as in a browser. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template', 'object']);

/** Block kind, by the innermost element that decides it. */
const KIND: Record<string, ProseBlock['kind']> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  dd: 'list-item',
  dt: 'list-item',
  td: 'table-cell',
  th: 'table-cell',
  caption: 'other',
  figcaption: 'other',
  summary: 'other',
  legend: 'other',
  blockquote: 'blockquote',
};

interface Open {
  name: string;
  /** For q / code: where the element's first prose character went (-1: none yet). */
  regionStart: number;
  /** For blockquote: number of blocks when it opened. */
  firstBlock: number;
}

function isHtmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

export function extractHtml(input: string): Prose {
  const b = new ProseBuilder(input.length);
  const stack: Open[] = [];
  let skip = 0;
  /** Original position of a collapsed space waiting to be emitted, or -1. */
  let pendingSpace = -1;
  /** Inline regions whose first character has not been emitted yet. */
  let awaiting: Open[] = [];

  const kindNow = (): ProseBlock['kind'] => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const kind = KIND[stack[k]!.name];
      if (kind) return kind;
    }
    return 'paragraph';
  };

  const endBlock = (): void => {
    pendingSpace = -1;
    b.closeBlock();
  };

  /** Called before any non-space prose character is appended. */
  const beforeContent = (): void => {
    if (!b.inBlock) {
      pendingSpace = -1;
      b.openBlock(kindNow());
    }
    if (pendingSpace >= 0) {
      if (b.blockLength > 0) b.appendDecoded(' ', pendingSpace, pendingSpace + 1);
      pendingSpace = -1;
    }
    if (awaiting.length > 0) {
      for (const o of awaiting) o.regionStart = b.len;
      awaiting = [];
    }
  };

  const text = (raw: string, origin: number): void => {
    const n = raw.length;
    let i = 0;
    while (i < n) {
      const c = raw.charCodeAt(i);
      if (isHtmlSpace(c)) {
        if (pendingSpace < 0) pendingSpace = origin + i;
        i++;
        continue;
      }
      if (c === 0x26) {
        const ref = decodeReferenceAt(raw, i, false);
        if (ref) {
          if (ref.text.length === 1 && isHtmlSpace(ref.text.charCodeAt(0))) {
            if (pendingSpace < 0) pendingSpace = origin + i;
          } else {
            beforeContent();
            b.appendDecoded(ref.text, origin + i, origin + i + ref.length);
          }
          i += ref.length;
          continue;
        }
      }
      let j = i + 1;
      while (j < n) {
        const d = raw.charCodeAt(j);
        if (isHtmlSpace(d) || d === 0x26) break;
        j++;
      }
      beforeContent();
      b.appendSource(raw, i, j, origin + i);
      i = j;
    }
  };

  const close = (o: Open): void => {
    if (SKIP.has(o.name)) {
      skip = Math.max(0, skip - 1);
      return;
    }
    if (skip > 0) return;
    if (o.name === 'q' || CODE.has(o.name)) {
      awaiting = awaiting.filter((x) => x !== o);
      if (o.regionStart >= 0) b.addRegion(o.name === 'q' ? 'quote' : 'code', o.regionStart, b.len, `html:${o.name}`);
    }
    if (BLOCK.has(o.name)) endBlock();
    if (o.name === 'blockquote') {
      const blocks = b.blocks;
      if (blocks.length > o.firstBlock)
        b.addRegion('blockquote', blocks[o.firstBlock]!.start, blocks[blocks.length - 1]!.end, 'html:blockquote');
    }
    if (CHROME.has(o.name)) {
      // Site navigation, footers and asides are not the release. A <header> that holds a heading
      // is the article's own head (title, byline): the anatomy step reads it instead.
      const blocks = b.blocks;
      const own = blocks.slice(o.firstBlock);
      if (own.length > 0 && !(o.name === 'header' && own.some((x) => x.kind === 'heading')))
        b.addRegion('boilerplate', own[0]!.start, own[own.length - 1]!.end, `html:${o.name}`);
    }
  };

  /** A <head> left open ends where body content starts (htmlparser2 keeps it open). */
  const leaveHead = (): void => {
    const top = stack[stack.length - 1];
    if (top && top.name === 'head') close(stack.pop()!);
  };

  let lastTextEnd = 0;
  const parser: Parser = new Parser(
    {
      onopentag(name: string) {
        if (!HEAD_CONTENT.has(name)) leaveHead();
        const o: Open = { name, regionStart: -1, firstBlock: b.blocks.length };
        stack.push(o);
        if (SKIP.has(name)) {
          skip++;
          return;
        }
        if (skip > 0) return;
        if (BLOCK.has(name)) endBlock();
        if (name === 'blockquote' || CHROME.has(name)) o.firstBlock = b.blocks.length;
        if (name === 'q' || CODE.has(name)) awaiting.push(o);
      },
      onclosetag(name: string) {
        for (let k = stack.length - 1; k >= 0; k--) {
          if (stack[k]!.name === name) {
            while (stack.length > k) close(stack.pop()!);
            return;
          }
        }
      },
      ontext(data: string) {
        // With entities left alone the event's text is the exact source slice ending at endIndex.
        let start = parser.endIndex + 1 - data.length;
        if (start < 0 || !input.startsWith(data, start)) {
          // Not expected; look a little further on (bounded, to stay linear).
          const found = input.slice(lastTextEnd, lastTextEnd + data.length + 4096).indexOf(data);
          if (found === -1) return;
          start = lastTextEnd + found;
        }
        lastTextEnd = start + data.length;
        if (skip > 0 && /[^ \t\n\f\r]/.test(data)) leaveHead();
        if (skip > 0) return;
        text(data, start);
      },
      oncomment(data: string) {
        const start = parser.startIndex;
        if (!input.startsWith('<!--', start)) return;
        const end = Math.min(input.length, Math.max(start, parser.endIndex + 1));
        b.addComment(data.trim(), start, end);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: false },
  );
  try {
    parser.end(input);
  } catch {
    // htmlparser2 recovers from any markup; this is only a guard against an internal error.
  }
  while (stack.length > 0) close(stack.pop()!);
  endBlock();
  return b.finish();
}
