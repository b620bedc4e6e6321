/** The extraction's working state: the text, a copy with found spans blanked, and the facts so far. */
import type { Fact, FactKind } from './types.js';

export const pad = (n: number): string => String(n).padStart(2, '0');

export interface Ctx {
  text: string;
  /**
   * Working copy, index-aligned with `text` (UTF-16 units): extracted spans are blanked (line
   * breaks kept) so that later extractors do not see them.
   */
  work: string;
  facts: Fact[];
  ru: boolean;
}

/** Blanks the spans of `work` (rebuilt once from slices, not character by character). */
export function blank(ctx: Ctx, spans: [number, number][]): void {
  if (spans.length === 0) return;
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of spans.toSorted((x, y) => x[0] - y[0])) {
    const a = Math.max(from, at);
    if (to <= a) continue;
    parts.push(ctx.work.slice(at, a), ctx.work.slice(a, to).replace(/[^\n]/g, ' '));
    at = to;
  }
  parts.push(ctx.work.slice(at));
  ctx.work = parts.join('');
}

export function each(
  ctx: Ctx,
  re: RegExp,
  fn: (m: RegExpExecArray) => { kind: FactKind; key: string; end?: number } | undefined,
  mask = true,
): void {
  const src = ctx.work;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  const hits: [number, number][] = [];
  while ((m = re.exec(src)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const r = fn(m);
    if (!r) continue;
    const end = r.end ?? m.index + m[0].length;
    ctx.facts.push({ kind: r.kind, key: r.key, text: ctx.text.slice(m.index, end), start: m.index, end });
    hits.push([m.index, end]);
  }
  if (mask) blank(ctx, hits);
}
