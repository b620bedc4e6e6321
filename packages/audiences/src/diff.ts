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

type Op = { op: 'eq' | 'del' | 'ins'; a: number; b: number };

/** Sequences up to this many items (both together) are diffed whole. */
const WHOLE = 20_000;
/** Items on each side of a cut that must be equal in both sequences. */
const CONTEXT = 4;
/** Fewest items between two cuts (and most drift between the sequences a cut may bridge). */
const MIN_PIECE = 200;
const MAX_DRIFT = 5_000;

/** The edit script of two sequences (jsdiff's Myers diff, as the CLI uses) as single-item steps. */
function script(a: string[], b: string[], cutAt: (item: string) => boolean): Op[] {
  const ops: Op[] = [];
  if (a.length + b.length <= WHOLE) {
    myers(a, b, 0, 0, ops);
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
    myers(a.slice(ia, i), b.slice(jb, j), ia, jb, ops);
    ia = i;
    jb = j;
  }
  myers(a.slice(ia), b.slice(jb), ia, jb, ops);
  return ops;
}

function myers(a: string[], b: string[], i: number, j: number, ops: Op[]): void {
  for (const c of diffArrays(a, b)) {
    for (let n = 0; n < c.count; n++) {
      if (c.added) ops.push({ op: 'ins', a: i, b: j++ });
      else if (c.removed) ops.push({ op: 'del', a: i++, b: j });
      else ops.push({ op: 'eq', a: i++, b: j++ });
    }
  }
}

/** Token cuts: a line break (a whitespace token that holds one). */
const tokenCut = (t: string): boolean => t.includes('\n');
/** Line cuts: any line. */
const lineCut = (): boolean => true;

const TOKEN = /[\p{L}\p{M}\p{N}]+|\s+|[^\s\p{L}\p{M}\p{N}]/gu;

function tokens(s: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const m of s.matchAll(TOKEN)) out.push({ text: m[0], start: m.index! });
  return out;
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
  const ops = script(
    ta.map((t) => t.text),
    tb.map((t) => t.text),
    tokenCut,
  );
  const hunks: DiffHunk[] = [];
  let cur: { a0: number; a1: number; b0: number; b1: number } | undefined;
  const posA = (i: number): number => p + (i < ta.length ? ta[i]!.start : aMid.length);
  const posB = (i: number): number => p + (i < tb.length ? tb[i]!.start : bMid.length);
  const flush = (): void => {
    if (!cur) return;
    hunks.push({
      before: { start: cur.a0, end: cur.a1, text: before.slice(cur.a0, cur.a1) },
      after: { start: cur.b0, end: cur.b1, text: after.slice(cur.b0, cur.b1) },
    });
    cur = undefined;
  };
  for (let i = 0; i < ops.length; i++) {
    const o = ops[i]!;
    if (o.op === 'eq') {
      // A single space between two changes joins them into one hunk.
      const next = ops[i + 1];
      if (cur && /^\s+$/.test(ta[o.a]!.text) && next && next.op !== 'eq') {
        cur.a1 = posA(o.a + 1);
        cur.b1 = posB(o.b + 1);
        continue;
      }
      flush();
      continue;
    }
    if (!cur) cur = { a0: posA(o.a), a1: posA(o.a), b0: posB(o.b), b1: posB(o.b) };
    if (o.op === 'del') cur.a1 = posA(o.a + 1);
    else cur.b1 = posB(o.b + 1);
    cur.a1 = Math.max(cur.a1, o.op === 'ins' ? posA(o.a) : cur.a1);
    cur.b1 = Math.max(cur.b1, o.op === 'del' ? posB(o.b) : cur.b1);
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
  const ops = script(a, b, lineCut);
  const lines: { op: ' ' | '-' | '+'; text: string; a: number; b: number }[] = ops.map((o) => ({
    op: o.op === 'eq' ? ' ' : o.op === 'del' ? '-' : '+',
    text: o.op === 'ins' ? b[o.b]! : a[o.a]!,
    a: o.a,
    b: o.b,
  }));
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
