/** Small helpers shared by the rules. */
import type { ProseRegion } from '../source/types.js';
import type { Token } from '../text/tokenize.js';
import { takesAn } from './morph.js';
import type { LintSentence, RuleContext } from './types.js';

export const DOCS_BASE = 'https://github.com/attache/attache/blob/main/packages/core/docs/rules/';
export const docsUrl = (id: string): string => `${DOCS_BASE}${id}.md`;

const SKIP_KINDS = new Set<ProseRegion['kind']>(['code', 'url', 'email']);
const QUOTE_KINDS = new Set<ProseRegion['kind']>(['quote', 'blockquote']);

const wordCache = new WeakMap<LintSentence, Token[]>();

/** The sentence's word tokens outside code, URLs and e-mail addresses. */
export function words(ctx: RuleContext, s: LintSentence): Token[] {
  let w = wordCache.get(s);
  if (w) return w;
  const regions = ctx.prose.regions;
  w = s.tokens.filter((t) => t.kind !== 'punct' && !overlaps(regions, t.start, t.end, SKIP_KINDS));
  wordCache.set(s, w);
  return w;
}

/**
 * The regions of some kinds, sorted by start, with the running maximum of their ends: every
 * question below is a binary search (O(log r)) instead of a walk from the first region, which
 * made lint quadratic on long documents (every sentence and every finding walked all regions).
 * Cached per regions array (rebuilt when its length changes).
 */
interface KindIndex {
  length: number;
  starts: Int32Array;
  maxEnd: Int32Array;
}

const regionIndexes = new WeakMap<readonly ProseRegion[], Map<ReadonlySet<ProseRegion['kind']>, KindIndex>>();

function regionIndex(regions: readonly ProseRegion[], kinds: ReadonlySet<ProseRegion['kind']>): KindIndex {
  let per = regionIndexes.get(regions);
  if (!per) regionIndexes.set(regions, (per = new Map()));
  let ix = per.get(kinds);
  if (ix && ix.length === regions.length) return ix;
  const picked = regions.filter((r) => kinds.has(r.kind)).sort((a, b) => a.start - b.start);
  const starts = new Int32Array(picked.length);
  const maxEnd = new Int32Array(picked.length);
  let m = -1;
  picked.forEach((r, k) => {
    starts[k] = r.start;
    m = Math.max(m, r.end);
    maxEnd[k] = m;
  });
  ix = { length: regions.length, starts, maxEnd };
  per.set(kinds, ix);
  return ix;
}

/** Index of the last region starting before `x` (at or before it when `orAt`), or -1. */
function lastStartingBefore(ix: KindIndex, x: number, orAt: boolean): number {
  let lo = 0;
  let hi = ix.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ix.starts[mid]!;
    if (s < x || (orAt && s === x)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Does [start, end) overlap a region of one of `kinds`? (An empty span: does a region start
 * before it and end after it?) */
export function overlaps(
  regions: readonly ProseRegion[],
  start: number,
  end: number,
  kinds: ReadonlySet<ProseRegion['kind']>,
): boolean {
  const ix = regionIndex(regions, kinds);
  const k = lastStartingBefore(ix, end, false);
  return k >= 0 && ix.maxEnd[k]! > start;
}

/** Is [start, end) wholly inside a region of one of `kinds`? */
export function inside(
  regions: readonly ProseRegion[],
  start: number,
  end: number,
  kinds: ReadonlySet<ProseRegion['kind']>,
): boolean {
  const ix = regionIndex(regions, kinds);
  const k = lastStartingBefore(ix, start, true);
  return k >= 0 && ix.maxEnd[k]! >= end;
}

export { SKIP_KINDS, QUOTE_KINDS };

/** Does any code/URL/e-mail region overlap [start, end)? */
export function touchesMarkup(ctx: RuleContext, start: number, end: number): boolean {
  return overlaps(ctx.prose.regions, start, end, SKIP_KINDS);
}

/** Text of the prose between two offsets. */
export const slice = (ctx: RuleContext, a: number, b: number): string => ctx.prose.text.slice(a, b);

/** Trims [start, end) of `text` to its first and last non-space characters. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Upper-case letters (Latin or Cyrillic) only, at least two of them, digits and hyphens allowed. */
export function isUpperWord(w: string): boolean {
  return /^[\p{Lu}\d][\p{Lu}\d&-]*$/u.test(w) && (w.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

const ROMAN = /^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;
export const isRoman = (w: string): boolean => ROMAN.test(w);

/**
 * English: may `replacement` follow the word before the match? Refuses a fix that would leave
 * "a" before a vowel sound or "an" before a consonant ("an additional" → "an more").
 */
export function takesAnGuard(text: string, toks: readonly Token[], from: number, replacement: string): boolean {
  if (from === 0) return true;
  const prev = toks[from - 1]!;
  const p = prev.text.toLowerCase();
  if (p !== 'a' && p !== 'an') return true;
  if (!/^\s+$/.test(text.slice(prev.end, toks[from]!.start))) return true;
  const an = takesAn(replacement);
  if (an === null) return false;
  return an === (p === 'an');
}
