/**
 * Plain text: the prose is the input itself, with the identity offset map.
 *
 * Blocks. A blank line (only whitespace) always ends a block. Inside a run of non-blank lines:
 * - a line that starts with a list bullet ("- ", "* ", "• ", "1. ", "2) ", "a) ", "(b) " …)
 *   starts a new block of kind 'list-item' (the marker itself is left out of the block);
 * - a Markdown-style "# Heading" line is a block of its own, of kind 'heading';
 * - when the run is NOT hard-wrapped, every line is its own block. A run counts as hard-wrapped
 *   when most of its lines (all but the last) end without sentence punctuation and no line is
 *   longer than 120 characters; "Key: value" runs never count as wrapped. Press releases are
 *   usually one paragraph per line ("Prime Minister Theresa May said:\nThis year, …"), e-mails
 *   and plain-text notes are often wrapped at ~72 columns: the first must split at each line
 *   break, the second must not.
 * - A one-line block that ends without sentence punctuation, at most 100 characters long and
 *   followed by another block, is a 'heading' ("Notes to editors", "U.S. Foreign Policy").
 */
import type { Prose, ProseBlock } from './types.js';
import { identityToOriginal, makeProse, sortRegions } from './builder.js';
import { detectRegions } from './regions.js';
import type { ProseRegion } from './types.js';

interface Line {
  /** First non-whitespace character. */
  start: number;
  /** After the last non-whitespace character. */
  end: number;
  /** Where the content starts once a list marker is skipped (= start when there is none). */
  contentStart: number;
  bullet: boolean;
  atx: boolean;
}

const BULLET =
  /^(?:[-*+•‣◦▪▫●○■□–—·⁃]|\(?\d{1,3}(?:\.\)|[.)])|\(?[a-zа-яё][.)]|\(?[A-ZА-ЯЁ]\)|\([ivxlc]{1,5}\)|[ivxlc]{1,5}\))[ \t\u00a0]+(?=\S)/u;
const ATX = /^#{1,6}[ \t]+\S/;
const TERMINAL_END = /[.!?…:;]["'”’»)\]]*$/u;
const KEY_VALUE = /^[\p{L}][\p{L}\p{N} ._/()-]{0,40}:[ \t]/u;
const UPPER_OR_DIGIT_START = /^[\p{Lu}\p{Lt}\p{N}]/u;

function isWs(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x85
  );
}

export function extractText(input: string): Prose {
  const blocks = textBlocks(input);
  const regions: ProseRegion[] = [];
  for (const b of blocks) detectRegions(input, b.start, b.end, 0, regions);
  return makeProse(input, blocks, sortRegions(regions), [], identityToOriginal(input));
}

/** Splits plain text into blocks (see the module comment). Linear in the input length. */
export function textBlocks(input: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let run: Line[] = [];
  const n = input.length;
  let i = 0;
  while (i <= n) {
    // One line: [i, eol), terminator \n, \r\n, \r, U+2028 or U+2029.
    let eol = i;
    while (eol < n) {
      const c = input.charCodeAt(eol);
      if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) break;
      eol++;
    }
    let s = i;
    while (s < eol && isWs(input.charCodeAt(s))) s++;
    let e = eol;
    while (e > s && isWs(input.charCodeAt(e - 1))) e--;
    const paragraphSep = eol < n && input.charCodeAt(eol) === 0x2029;
    if (s === e) {
      flushRun(input, run, blocks);
      run = [];
    } else {
      const head = input.slice(s, Math.min(e, s + 16));
      const bm = BULLET.exec(head);
      const line: Line = { start: s, end: e, contentStart: s, bullet: false, atx: ATX.test(head) };
      if (bm && s + bm[0].length < e) {
        line.bullet = true;
        line.contentStart = s + bm[0].length;
      }
      run.push(line);
      if (paragraphSep) {
        flushRun(input, run, blocks);
        run = [];
      }
    }
    if (eol >= n) break;
    i = eol + (input.charCodeAt(eol) === 0x0d && input.charCodeAt(eol + 1) === 0x0a ? 2 : 1);
  }
  flushRun(input, run, blocks);
  markTitles(input, blocks);
  return blocks;
}

function flushRun(input: string, run: Line[], out: ProseBlock[]): void {
  if (run.length === 0) return;
  const wrapped = isWrapped(input, run);
  let width = 0;
  for (const line of run) width = Math.max(width, line.end - line.start);
  let cur: ProseBlock | null = null;
  for (let k = 0; k < run.length; k++) {
    const line = run[k]!;
    const prev = k > 0 ? run[k - 1]! : null;
    if (
      cur === null ||
      line.bullet ||
      line.atx ||
      !wrapped ||
      (prev !== null && (prev.atx || hadRoom(input, prev, line, width)))
    ) {
      if (cur) out.push(cur);
      cur = { kind: line.bullet ? 'list-item' : 'paragraph', start: line.contentStart, end: line.end };
      if (line.atx) {
        // Leave the "# " out of the block.
        let p = line.start;
        while (p < line.end && input.charCodeAt(p) === 0x23) p++;
        while (p < line.end && isWs(input.charCodeAt(p))) p++;
        cur.kind = 'heading';
        cur.start = p;
      }
    } else {
      cur.end = line.end;
    }
  }
  if (cur) out.push(cur);
}

/** A one-line paragraph followed by more text that reads like a title becomes a 'heading'. */
function markTitles(input: string, blocks: ProseBlock[]): void {
  for (let k = 0; k < blocks.length - 1; k++) {
    const b = blocks[k]!;
    if (b.kind !== 'paragraph' || b.end - b.start > 100) continue;
    const t = input.slice(b.start, b.end);
    if (/[\n\r\u2028\u2029]/u.test(t)) continue;
    if (TERMINAL_END.test(t) || /[,\-–—]$/u.test(t) || KEY_VALUE.test(t)) continue;
    if (!UPPER_OR_DIGIT_START.test(t)) continue;
    b.kind = 'heading';
  }
}

/**
 * In wrapped text a line ends only when the next word would not fit. When the previous line
 * had plenty of room for the first word of this one, the break is deliberate (a title, a
 * signature line), not a wrap.
 */
function hadRoom(input: string, prev: Line, line: Line, width: number): boolean {
  let w = line.start;
  while (w < line.end && !isWs(input.charCodeAt(w))) w++;
  const firstWord = w - line.start;
  return prev.end - prev.start + 1 + firstWord <= 0.6 * width;
}

function isWrapped(input: string, run: Line[]): boolean {
  if (run.length < 2) return true;
  let keyValue = 0;
  let terminal = 0;
  let long = false;
  for (let k = 0; k < run.length; k++) {
    const line = run[k]!;
    if (line.end - line.start > 120) long = true;
    const head = input.slice(line.start, Math.min(line.end, line.start + 48));
    if (KEY_VALUE.test(head)) keyValue++;
    if (k < run.length - 1) {
      const tail = input.slice(Math.max(line.start, line.end - 8), line.end);
      if (TERMINAL_END.test(tail)) terminal++;
    }
  }
  if (long) return false;
  if (keyValue * 2 >= run.length) return false;
  return terminal * 2 < run.length - 1;
}
