/**
 * The one source registry: every built-in list entry, lint rule, audience proposer, audience
 * word list and checklist item names where it comes from by an id of `lint/data/sources.json`.
 * The audiences package reads this registry; it keeps none of its own.
 */
import { z } from 'zod';
import raw from './lint/data/sources.json' with { type: 'json' };

export const SourceSchema = z
  .object({
    title: z.string().trim().min(1),
    author: z.string().trim().min(1).optional(),
    url: z.string().url().optional(),
    /** How a one-line citation (a checklist item, a doc table) names it; default "title (author)". */
    short: z.string().trim().min(1).optional(),
  })
  .strict();
export type Source = z.output<typeof SourceSchema>;

/** Every known source, by id. */
export const SOURCES: Readonly<Record<string, Source>> = z.record(z.string(), SourceSchema).parse(raw);

/** True when `id` is a known source. */
export function isSource(id: string): boolean {
  return Object.hasOwn(SOURCES, id);
}

/**
 * A one-line citation of a source: its `short` form, else "title (author)"; `detail` goes in
 * parentheses after it ("GOV.UK … (numbers)"). An unknown id is returned as it is.
 */
export function citeSource(id: string, detail?: string): string {
  const s = SOURCES[id];
  const base = !s ? id : (s.short ?? (s.author ? `${s.title} (${s.author})` : s.title));
  return detail ? `${base} (${detail})` : base;
}
