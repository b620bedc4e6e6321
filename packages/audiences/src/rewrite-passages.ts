/**
 * The verifier over a whole rewrite, passage by passage. The verifier compares a version with
 * its release: an action of the version is matched with the release's actions of the same verb
 * ANYWHERE in the release, and a name with a title with any run of names in it. Over a whole
 * rewrite that compared an edited sentence with unrelated sentences far away: in releases
 * concatenated to 30 KB, "we have proudly assisted" → "we’ve proudly helped" was held to another
 * release's "these companies can be helped out" (a modality finding), and the capital of
 * "… and the Sarapul Electric Generator Plant" → ". The Sarapul …" to a run elsewhere (a
 * titles finding); each such finding undid its whole round, so from about 30 KB up `rewrite`
 * applied nothing.
 *
 * Here each changed passage of the rewrite (the paragraphs that hold an edit, merged where they
 * touch; a sentence-bounded stretch around the edit in a paragraph over `PARAGRAPH` characters)
 * is verified against the same passage of the input, with every rule. Text outside the
 * passages is the input's, character for character. A passage the verifier refuses is put back
 * as the input had it, and only the edits in it are dropped, so one bad passage costs itself,
 * not every edit of its round; a large input gets the edits its parts would get. Reading only
 * the passages also keeps the verifier's facts (about 80 bytes a character) off the whole text.
 */
import type { DiffHunk } from './diff.js';
import type { Guarded } from './rewrite-verify.js';
import {
  countByCategory,
  verify,
  type ProtectedSpan,
  type TracedFact,
  type VerifyFinding,
  type VerifyReport,
} from './verify/index.js';

/** A changed passage: its span in the input and in the rewrite (end exclusive). */
export interface Passage {
  before: [number, number];
  after: [number, number];
}

/** A paragraph up to this long is a passage whole; in a longer one the passage is cut at sentence ends. */
const PARAGRAPH = 2000;
/** In a long paragraph, the text kept on each side of an edit (to the sentence end beyond it). */
const REACH = 400;

/** Where a passage holding `pos` starts: its paragraph's start, or a sentence start `REACH` back. */
function startOf(text: string, pos: number): number {
  const from = Math.max(0, pos - PARAGRAPH - 2);
  const para = text.slice(from, pos).lastIndexOf('\n\n');
  if (para >= 0) return from + para + 2;
  if (from === 0) return 0;
  const back = Math.max(0, pos - REACH);
  const far = Math.max(0, back - 4 * PARAGRAPH);
  const dot = text.slice(far, back).lastIndexOf('. ');
  if (dot >= 0) return far + dot + 2;
  const space = text.slice(far, back).search(/\s\S*$/);
  return space >= 0 ? far + space + 1 : far;
}

/** Where a passage holding `pos` ends: its paragraph's end, or a sentence end `REACH` on. */
function endOf(text: string, pos: number): number {
  const to = Math.min(text.length, pos + PARAGRAPH + 2);
  const para = text.slice(pos, to).indexOf('\n\n');
  if (para >= 0) return pos + para;
  if (to === text.length) return to;
  const on = Math.min(text.length, pos + REACH);
  const far = Math.min(text.length, on + 4 * PARAGRAPH);
  const dot = text.slice(on, far).indexOf('. ');
  if (dot >= 0) return on + dot + 1;
  const space = text.slice(on, far).search(/\s/);
  return space >= 0 ? on + space : far;
}

/**
 * The changed passages of `text` (a rewrite of `input`) from the diff's hunks, in order. Every
 * cut lies in text the two share (between hunks), so outside the passages they are equal.
 */
export function passages(input: string, text: string, hunks: readonly DiffHunk[]): Passage[] {
  const out: Passage[] = [];
  for (const h of hunks) {
    const bs = startOf(input, h.before.start);
    const be = Math.max(endOf(input, h.before.end), h.before.end);
    const last = out[out.length - 1];
    if (last && bs < last.before[1]) {
      // Touches the passage before it: one passage.
      const end = Math.max(be, last.before[1]);
      last.before[1] = end;
      last.after[1] = end + (h.after.end - h.before.end);
    } else {
      out.push({
        before: [bs, be],
        after: [bs + (h.after.start - h.before.start), be + (h.after.end - h.before.end)],
      });
    }
  }
  // Hunks that do not describe these texts: the whole text is one passage (never a passage unchecked).
  const fits = out.every((p, i) => {
    const prev = out[i - 1];
    return (
      p.after[0] <= p.after[1] &&
      p.after[1] <= text.length &&
      p.before[1] <= input.length &&
      (!prev || (prev.after[1] <= p.after[0] && prev.before[1] <= p.before[0])) &&
      (i + 1 < out.length || input.length - p.before[1] === text.length - p.after[1])
    );
  });
  return fits ? out : [{ before: [0, input.length], after: [0, text.length] }];
}

export interface PassageOptions {
  language: 'en' | 'ru';
  we: string[];
  /** Speech, agreed text and quotations of the input (quotations are not passed to the verifier, as before). */
  guarded: readonly Guarded[];
  /** Text read before a passage on both sides (an acronym's definition, which lies outside it). */
  head(index: number): string;
  /** Called with the passages found, before any is verified (to see which edits each holds). */
  prepare?(settling: Settling): void;
}

/** The verifier on one passage: findings and traced facts, offsets from the passage's starts. */
interface PassageResult {
  findings: VerifyFinding[];
  facts: TracedFact[];
}

/**
 * A rewrite being settled: its changed passages, each verified against the input's; a refused
 * passage is put back as the input had it (`putBack`), and the passages after it, their
 * verdicts and the diff's hunks move with the text, so nothing is read twice.
 */
export class Settling {
  readonly list: Passage[];
  private readonly results: Array<PassageResult | null>;
  /** Passages the verifier refused (indices), with their findings (offsets into the rewrite as it was). */
  readonly refused = new Map<number, VerifyFinding[]>();
  private readonly back = new Set<number>();

  constructor(
    private readonly input: string,
    public text: string,
    public hunks: DiffHunk[],
    options: PassageOptions,
  ) {
    this.list = passages(input, text, hunks);
    options.prepare?.(this);
    this.results = this.list.map((p, i) => verifyOne(input, text, p, i, options));
    for (const [at, found] of agreedText(input, text, this.list, (i) => this.results[i] != null, options))
      this.results[at]!.findings.push(...found);
    this.results.forEach((r, i) => {
      if (r && r.findings.length > 0) this.refused.set(i, this.globalFindings(i));
    });
  }

  /** Puts the given passages back as the input had them. */
  putBack(which: Iterable<number>): void {
    const set = new Set([...which].filter((i) => !this.back.has(i)));
    if (set.size === 0) return;
    const parts: string[] = [];
    let at = 0;
    let shift = 0;
    const hunks: DiffHunk[] = [];
    let h = 0;
    for (const [i, p] of this.list.entries()) {
      // hunks before this passage's end move by the shift so far (all lie inside passages)
      const [a0, a1] = p.after;
      for (
        ;
        h < this.hunks.length && this.hunks[h]!.after.start <= a1 && this.hunks[h]!.before.start <= p.before[1];
        h++
      ) {
        const k = this.hunks[h]!;
        if (set.has(i) && k.after.start >= a0) continue;
        hunks.push({ before: k.before, after: { ...k.after, start: k.after.start + shift, end: k.after.end + shift } });
      }
      if (set.has(i)) {
        parts.push(this.text.slice(at, a0), this.input.slice(p.before[0], p.before[1]));
        at = a1;
        const len = p.before[1] - p.before[0];
        p.after = [a0 + shift, a0 + shift + len];
        shift += len - (a1 - a0);
        this.results[i] = null;
        this.back.add(i);
      } else p.after = [a0 + shift, a1 + shift];
    }
    for (; h < this.hunks.length; h++) {
      const k = this.hunks[h]!;
      hunks.push({ before: k.before, after: { ...k.after, start: k.after.start + shift, end: k.after.end + shift } });
    }
    parts.push(this.text.slice(at));
    this.text = parts.join('');
    this.hunks = hunks;
  }

  /** Whether passage `i` was put back. */
  isBack(i: number): boolean {
    return this.back.has(i);
  }

  /** The passage that holds a span of the input (`side` 'before') or of the current rewrite, or -1. */
  at(side: 'before' | 'after', start: number, end: number): number {
    const list = this.list;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]![side][1] < start) lo = mid + 1;
      else hi = mid;
    }
    const p = list[lo];
    return p && p[side][0] <= end && start <= p[side][1] ? lo : -1;
  }

  /** The verifier's report over the passages still changed, offsets into the input and the current rewrite. */
  report(): VerifyReport {
    const findings: VerifyFinding[] = [];
    const facts: TracedFact[] = [];
    this.results.forEach((r, i) => {
      if (!r) return;
      findings.push(...this.globalFindings(i));
      const [bs] = this.list[i]!.before;
      const [as] = this.list[i]!.after;
      for (const f of r.facts)
        facts.push({
          ...f,
          start: f.start + as,
          end: f.end + as,
          source:
            f.source.in === 'release' ? { ...f.source, start: f.source.start + bs, end: f.source.end + bs } : f.source,
        });
    });
    return { ok: findings.length === 0, findings, counts: countByCategory(findings), facts };
  }

  private globalFindings(i: number): VerifyFinding[] {
    const r = this.results[i];
    if (!r) return [];
    const [bs] = this.list[i]!.before;
    const [as] = this.list[i]!.after;
    return r.findings.map((f) => ({
      ...f,
      start: f.start + as,
      end: f.end + as,
      ...(f.source ? { source: { ...f.source, start: f.source.start + bs, end: f.source.end + bs } } : {}),
    }));
  }
}

function verifyOne(
  input: string,
  text: string,
  p: Passage,
  index: number,
  options: PassageOptions,
): PassageResult | null {
  const [bs, be] = p.before;
  const [as, ae] = p.after;
  const source = input.slice(bs, be);
  const output = text.slice(as, ae);
  if (source === output) return null;
  const head = options.head(index);
  const h = head.length;
  // agreed text and speech are the whole document's: `agreedText` checks them once for all passages
  const r = verify(head + source, head + output, { language: options.language, we: options.we });
  const local = (x: number): number => Math.max(0, x - h);
  return {
    findings: r.findings.map((f) => ({
      ...f,
      start: local(f.start),
      end: local(f.end),
      ...(f.source ? { source: { ...f.source, start: local(f.source.start), end: local(f.source.end) } } : {}),
    })),
    facts: r.facts
      .filter((f) => f.start >= h)
      .map((f) => ({
        ...f,
        start: f.start - h,
        end: f.end - h,
        source:
          f.source.in === 'release'
            ? { ...f.source, start: local(f.source.start), end: local(f.source.end) }
            : f.source,
      })),
  };
}

/**
 * The agreed-text rule over every changed passage at once: a sentence of the rewrite that
 * copies most of the document's agreed text or speech (wherever it stands: a statement quoted
 * further down copies a communiqué given further up) copies it word for word. The verifier reads
 * the guarded spans of the input followed by the passages as the input had them (so a sentence
 * the input already had is the release's own), against the passages as rewritten; findings go
 * to the passages that hold them. Linear: each span and each passage is read once.
 */
function agreedText(
  input: string,
  text: string,
  list: readonly Passage[],
  changed: (i: number) => boolean,
  options: PassageOptions,
): Map<number, VerifyFinding[]> {
  const found = new Map<number, VerifyFinding[]>();
  const prot = options.guarded.filter((g) => g.kind !== 'quote');
  if (prot.length === 0) return found;
  const src: string[] = [];
  const spans: ProtectedSpan[] = [];
  const from: number[] = [];
  let len = 0;
  let reach = -1;
  for (const g of prot) {
    if (g.end <= reach) continue; // inside the span before it (speech around a quoted statement)
    reach = g.end;
    spans.push({ start: len, end: len + g.end - g.start, kind: g.kind as ProtectedSpan['kind'] });
    from.push(g.start);
    src.push(input.slice(g.start, g.end), '\n\n');
    len += g.end - g.start + 2;
  }
  const out: string[] = [];
  const at: Array<[number, number]> = []; // [offset in `out`, passage]
  let olen = 0;
  list.forEach((p, i) => {
    if (!changed(i)) return;
    src.push(input.slice(p.before[0], p.before[1]), '\n\n');
    at.push([olen, i]);
    out.push(text.slice(p.after[0], p.after[1]), '\n\n');
    olen += p.after[1] - p.after[0] + 2;
  });
  if (at.length === 0) return found;
  const r = verify(src.join(''), out.join(''), {
    language: options.language,
    we: options.we,
    protected: spans,
    only: ['agreed-text'],
  });
  for (const f of r.findings) {
    // the last passage starting at or before the finding
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]![0] <= f.start) lo = mid + 1;
      else hi = mid;
    }
    const [o, i] = at[Math.max(0, lo - 1)]!;
    const g = f.source ? spans.findIndex((x) => x.start === f.source!.start) : -1;
    const local: VerifyFinding = {
      ...f,
      start: f.start - o,
      end: Math.min(f.end - o, list[i]!.after[1] - list[i]!.after[0]),
      // the source span as an offset from the passage's input start (may be negative: the span stands before it)
      ...(f.source && g >= 0
        ? {
            source: {
              ...f.source,
              start: from[g]! - list[i]!.before[0],
              end: from[g]! - list[i]!.before[0] + f.source.end - f.source.start,
            },
          }
        : {}),
    };
    const list2 = found.get(i) ?? [];
    list2.push(local);
    found.set(i, list2);
  }
  return found;
}
