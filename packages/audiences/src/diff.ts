/**
 * The rewrite's diff: a word-level diff as a list of hunks on both texts' offsets (what a UI
 * highlights), and a line-level unified diff (what a terminal or a code review shows).
 * The edit script comes from the `diff` package (Myers' O(ND) algorithm; it runs in the browser
 * too), on tokens (words, spaces, punctuation) or lines.
 *
 * O(ND) is quadratic when the edits are spread over a long text (a 1 MB rewrite has thousands
 * of edits in 200,000 tokens). Above `WHOLE` items the sequences are first cut where both have
 * the same run of items around a line break (found by a map, in text order), and each piece
 * is diffed on its own: the cost is then the pieces' lengths times their own edits. The script
 * is still a valid edit script of the whole; on inputs below `WHOLE` it is exactly Myers' one.
 */
import { diffArrays } from 'diff';

export interface DiffSide {
  start: number;
  end: number;
  text: string;
}

export interface DiffHunk {
  before: DiffSide;
  after: DiffSide;
}

/** `count` items kept, deleted from the first sequence or inserted from the second (runs, not items: a long text's script has as many items as tokens). */
type Run = { op: 'eq' | 'del' | 'ins'; count: number };

/** Sequences up to this many items (both together) are diffed whole. */
const WHOLE = 20_000;
/** Items on each side of a cut that must be equal in both sequences. */
const CONTEXT = 4;
/** Fewest items between two cuts (and most drift between the sequences a cut may bridge). */
const MIN_PIECE = 200;
const MAX_DRIFT = 5_000;

/** The edit script of two sequences (jsdiff's Myers diff, as the CLI uses) as runs. */
function script(a: string[], b: string[], cutAt: (item: string) => boolean): Run[] {
  const ops: Run[] = [];
  if (a.length + b.length <= WHOLE) {
    myers(a, b, ops);
    return ops;
  }
  const keyAt = (s: string[], i: number): string => s.slice(i - CONTEXT, i + CONTEXT + 1).join('\u0000');
  const inB = new Map<string, number[]>();
  for (let j = CONTEXT; j + CONTEXT < b.length; j++) {
    if (!cutAt(b[j]!)) continue;
    const k = keyAt(b, j);
    const list = inB.get(k);
    if (list) list.push(j);
    else inB.set(k, [j]);
  }
  let ia = 0;
  let jb = 0;
  for (let i = CONTEXT; i + CONTEXT < a.length; i++) {
    if (i - ia < MIN_PIECE || !cutAt(a[i]!)) continue;
    const list = inB.get(keyAt(a, i));
    if (!list) continue;
    // The first place after the last cut where b has the same run (lists are in text order).
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! <= jb) lo = mid + 1;
      else hi = mid;
    }
    const j = list[lo];
    if (j === undefined || Math.abs(j - jb - (i - ia)) > MAX_DRIFT) continue;
    myers(a.slice(ia, i), b.slice(jb, j), ops);
    ia = i;
    jb = j;
  }
  myers(a.slice(ia), b.slice(jb), ops);
  return ops;
}

function myers(a: string[], b: string[], ops: Run[]): void {
  for (const c of diffArrays(a, b)) {
    if (c.count > 0) ops.push({ op: c.added ? 'ins' : c.removed ? 'del' : 'eq', count: c.count });
  }
}

/** Token cuts: a line break (a whitespace token that holds one). */
const tokenCut = (t: string): boolean => t.includes('\n');
/** Line cuts: any line. */
const lineCut = (): boolean => true;

const TOKEN = /[\p{L}\p{M}\p{N}]+|\s+|[^\s\p{L}\p{M}\p{N}]/gu;

/** The tokens of `s` and their offsets (two flat lists: a long text has millions of tokens). */
function tokens(s: string): { texts: string[]; starts: number[] } {
  const texts: string[] = [];
  const starts: number[] = [];
  for (const m of s.matchAll(TOKEN)) {
    texts.push(m[0]);
    starts.push(m.index);
  }
  return { texts, starts };
}

/** Word-level hunks between `before` and `after`, with offsets into each. */
export function diffHunks(before: string, after: string): DiffHunk[] {
  // Trim the common prefix and suffix first: rewrites change little, and this keeps the diff small.
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let q = 0;
  while (q < before.length - p && q < after.length - p && before[before.length - 1 - q] === after[after.length - 1 - q])
    q++;
  // Back off to token boundaries.
  while (p > 0 && /[\p{L}\p{N}]/u.test(before[p - 1]!)) p--;
  while (q > 0 && /[\p{L}\p{N}]/u.test(before[before.length - q]!)) q--;
  const aMid = before.slice(p, before.length - q);
  const bMid = after.slice(p, after.length - q);
  const ta = tokens(aMid);
  const tb = tokens(bMid);
  const runs = script(ta.texts, tb.texts, tokenCut);
  const hunks: DiffHunk[] = [];
  let cur: { a0: number; a1: number; b0: number; b1: number } | undefined;
  const posA = (i: number): number => p + (i < ta.starts.length ? ta.starts[i]! : aMid.length);
  const posB = (i: number): number => p + (i < tb.starts.length ? tb.starts[i]! : bMid.length);
  const flush = (): void => {
    if (!cur) return;
    hunks.push({
      before: { start: cur.a0, end: cur.a1, text: before.slice(cur.a0, cur.a1) },
      after: { start: cur.b0, end: cur.b1, text: after.slice(cur.b0, cur.b1) },
    });
    cur = undefined;
  };
  let a = 0;
  let b = 0;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (run.op === 'eq') {
      // A single space between two changes joins them into one hunk.
      const next = runs[r + 1];
      if (run.count === 1 && cur && /^\s+$/.test(ta.texts[a]!) && next && next.op !== 'eq') {
        cur.a1 = posA(a + 1);
        cur.b1 = posB(b + 1);
      } else flush();
      a += run.count;
      b += run.count;
      continue;
    }
    for (let n = 0; n < run.count; n++) {
      if (!cur) cur = { a0: posA(a), a1: posA(a), b0: posB(b), b1: posB(b) };
      if (run.op === 'del') {
        cur.a1 = posA(a + 1);
        cur.b1 = Math.max(cur.b1, posB(b));
        a++;
      } else {
        cur.b1 = posB(b + 1);
        cur.a1 = Math.max(cur.a1, posA(a));
        b++;
      }
    }
  }
  flush();
  return hunks;
}

/** A unified diff of lines (3 lines of context), as `diff -u` prints it. */
export function unifiedDiff(
  before: string,
  after: string,
  names: [string, string] = ['before', 'after'],
  context = 3,
): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const lines: { op: ' ' | '-' | '+'; text: string; a: number; b: number }[] = [];
  let x = 0;
  let y = 0;
  for (const run of script(a, b, lineCut)) {
    for (let n = 0; n < run.count; n++) {
      if (run.op === 'eq') lines.push({ op: ' ', text: a[x]!, a: x++, b: y++ });
      else if (run.op === 'del') lines.push({ op: '-', text: a[x]!, a: x++, b: y });
      else lines.push({ op: '+', text: b[y]!, a: x, b: y++ });
    }
  }
  const out: string[] = [`--- ${names[0]}`, `+++ ${names[1]}`];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.op === ' ') {
      i++;
      continue;
    }
    let start = Math.max(0, i - context);
    let end = i;
    // Extend over changes closer than 2 × context.
    while (end < lines.length) {
      if (lines[end]!.op !== ' ') {
        end++;
        continue;
      }
      let k = end;
      while (k < lines.length && lines[k]!.op === ' ') k++;
      if (k < lines.length && k - end <= 2 * context) end = k;
      else break;
    }
    const stop = Math.min(lines.length, end + context);
    const chunk = lines.slice(start, stop);
    const aStart = chunk.find((l) => l.op !== '+')?.a ?? 0;
    const bStart = chunk.find((l) => l.op !== '-')?.b ?? 0;
    const aLen = chunk.filter((l) => l.op !== '+').length;
    const bLen = chunk.filter((l) => l.op !== '-').length;
    out.push(`@@ -${aLen === 0 ? aStart : aStart + 1},${aLen} +${bLen === 0 ? bStart : bStart + 1},${bLen} @@`);
    for (const l of chunk) out.push(l.op + l.text);
    i = stop;
    start = stop;
  }
  return out.length > 2 ? out.join('\n') + '\n' : '';
}
