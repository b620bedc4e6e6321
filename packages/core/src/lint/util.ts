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
  const skip = ctx.prose.regions.filter((r) => SKIP_KINDS.has(r.kind) && r.end > s.start && r.start < s.end);
  w = s.tokens.filter((t) => t.kind !== 'punct' && !skip.some((r) => t.start < r.end && t.end > r.start));
  wordCache.set(s, w);
  return w;
}

/** Does [start, end) overlap a region of one of `kinds`? */
export function overlaps(
  regions: readonly ProseRegion[],
  start: number,
  end: number,
  kinds: ReadonlySet<ProseRegion['kind']>,
): boolean {
  for (const r of regions) {
    if (r.start >= end) break;
    if (kinds.has(r.kind) && r.end > start && (r.start < end || (start === end && r.start <= start))) return true;
  }
  return false;
}

/** Is [start, end) wholly inside a region of one of `kinds`? */
export function inside(
  regions: readonly ProseRegion[],
  start: number,
  end: number,
  kinds: ReadonlySet<ProseRegion['kind']>,
): boolean {
  for (const r of regions) {
    if (r.start > start) break;
    if (kinds.has(r.kind) && r.start <= start && r.end >= end) return true;
  }
  return false;
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
