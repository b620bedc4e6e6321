/**
 * What holds `rewrite` to the independent verifier (verify/): the spans of the input no edit may
 * touch (speech, agreed text, quotations, as `analyze` finds them in the input, followed through
 * every round of edits) and the verifier's checks on each edit's window (the verifier over the
 * whole rewrite, passage by passage, is rewrite-passages.ts). A proposal that would leave a placeholder is never applied: it becomes a note
 * for the editor.
 */
import type { Report } from '@attache/core';
import type { Proposal } from './types.js';
import { verify, type VerifyFinding, type VerifyRuleId } from './verify/index.js';

/** A span of the input (then of each round's text) that no edit may overlap. */
export interface Guarded {
  start: number;
  end: number;
  kind: 'speech' | 'agreed-text' | 'quote';
}

/** Speech turns, agreed text and quotations of the input, sorted by start. */
export function guardedSpans(report: Report): Guarded[] {
  return (report.regions ?? [])
    .filter((r) => r.kind === 'speech' || r.kind === 'agreed-text' || r.kind === 'quote')
    .map((r) => ({ start: r.start, end: r.end, kind: r.kind as Guarded['kind'] }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The same spans merged where they nest or overlap (a quotation inside a speech turn), for `touches`. */
export function mergeGuarded(spans: readonly Guarded[]): Guarded[] {
  const out: Guarded[] = [];
  for (const g of spans) {
    const last = out[out.length - 1];
    if (last && g.start < last.end) {
      if (g.end > last.end) last.end = g.end;
      if (last.kind === 'quote' && g.kind !== 'quote') last.kind = g.kind;
    } else out.push({ ...g });
  }
  return out;
}

/** The merged guarded span an edit of [start, end) would touch, if any (binary search). */
export function touches(merged: readonly Guarded[], start: number, end: number): Guarded | undefined {
  let lo = 0;
  let hi = merged.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (merged[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const g = merged[lo];
  if (!g) return undefined;
  const inside = start === end ? start > g.start && start < g.end : start < g.end && g.start < end;
  return inside ? g : undefined;
}

/**
 * The guarded spans moved into the text after one round's edits (`applied`, sorted by start,
 * none overlapping a guarded span). Linear in spans + edits.
 */
export function rebase(spans: readonly Guarded[], applied: readonly Proposal[]): Guarded[] {
  const out: Guarded[] = [];
  let j = 0;
  let shift = 0;
  for (const g of spans) {
    while (j < applied.length && applied[j]!.end <= g.start) {
      shift += applied[j]!.replacement.length - (applied[j]!.end - applied[j]!.start);
      j++;
    }
    out.push({ start: g.start + shift, end: g.end + shift, kind: g.kind });
  }
  return out;
}

/**
 * The verifier's checks on one edit's window: actors, hedges, quotations, placeholders, and the
 * names and titles the edit writes (numbers, dates and links are the meaning lock's, per edit;
 * everything is the whole verifier's at the end). A bad edit found here costs only itself; found
 * only at the end, it costs its whole round.
 */
export const EDIT_RULES: readonly VerifyRuleId[] = [
  'names',
  'titles',
  'attribution',
  'modality',
  'quotes',
  'quote-speaker',
  'placeholders',
];

/**
 * The verifier on one edit: `before` and `after` are the edit's window. Empty when it passes.
 * An acronym spelled out is defined outside the window, so the window is read after its
 * definition ("Hospital Food Standards Panel (HFSP)."), as the whole text would be.
 */
export function checkEdit(
  p: Proposal,
  before: string,
  after: string,
  language: 'en' | 'ru',
  we: string[],
): VerifyFinding[] {
  const head = p.kind === 'acronym' && p.original.trim() ? `${p.replacement.trim()} (${p.original.trim()}).\n\n` : '';
  return verify(head + before, head + after, { language, we, only: EDIT_RULES }).findings;
}

/** The note an editor gets for a proposal that would have put a placeholder in the text. */
export function placeholderNote(p: Proposal, locale: 'en' | 'ru' = 'en'): string {
  return locale === 'ru'
    ? `Не вставлено в текст (это была бы заглушка): ${p.rationale}`
    : `Not put in the text (it would be a placeholder): ${p.rationale}`;
}

/** Whether `text` keeps every guarded span of `input` word for word (speech, agreed text, quotations). */
export function guardedKept(input: string, text: string, spans: readonly Guarded[]): Guarded[] {
  let from = 0;
  const lost: Guarded[] = [];
  for (const g of spans) {
    const s = input.slice(g.start, g.end);
    const at = text.indexOf(s, from);
    if (at < 0) {
      if (!text.includes(s)) lost.push(g);
    } else if (g.kind !== 'quote') from = at;
  }
  return lost;
}
