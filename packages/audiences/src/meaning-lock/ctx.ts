/** The extraction's working state: the text, a copy with found spans blanked, and the facts so far. */
import type { Fact, FactKind } from './types.js';

export const pad = (n: number): string => String(n).padStart(2, '0');

export interface Ctx {
  text: string;
  /** Working copy: extracted spans are blanked so that later extractors do not see them. */
  work: string[];
  facts: Fact[];
  ru: boolean;
}

export function blank(ctx: Ctx, start: number, end: number): void {
  for (let i = start; i < end; i++) if (ctx.work[i] !== '\n') ctx.work[i] = ' ';
}

export function each(
  ctx: Ctx,
  re: RegExp,
  fn: (m: RegExpExecArray) => { kind: FactKind; key: string; end?: number } | undefined,
  mask = true,
): void {
  const src = ctx.work.join('');
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
  if (mask) for (const [a, b] of hits) blank(ctx, a, b);
}
