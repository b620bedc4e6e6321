/**
 * Position lookups that stay linear on long inputs: a proposer or the rewrite asks "which
 * sentence holds this span", "does this span touch a protected one", "which findings overlap
 * this edit" once per candidate, so a scan of the whole list per question is quadratic in the
 * input's length (a 10 MB text has 60,000 sentences). These answer by binary search or by a
 * grid of buckets, and give exactly what the plain scans gave (the scans stay as the fallback
 * for lists that are not sorted and disjoint, such as hand-made test documents).
 */

export interface Range {
  start: number;
  end: number;
}

const disjointCache = new WeakMap<readonly Range[], boolean>();

/** True when the list is sorted by start and no item starts before the previous one ends. */
export function sortedDisjoint(list: readonly Range[]): boolean {
  let ok = disjointCache.get(list);
  if (ok === undefined) {
    ok = true;
    for (let i = 0; i < list.length; i++) {
      const r = list[i]!;
      if (r.end < r.start || (i > 0 && r.start < list[i - 1]!.end)) {
        ok = false;
        break;
      }
    }
    disjointCache.set(list, ok);
  }
  return ok;
}

/** Index of the last item whose start is ≤ `pos` (the list sorted by start), or -1. */
export function lastStartingAtOrBefore(list: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * The items that hold [start, end] (`item.start <= start && end <= item.end`), in list order:
 * what `list.filter(…)` gives, found by binary search when the list is sorted and disjoint.
 */
export function holding<T extends Range>(list: readonly T[], start: number, end: number): T[] {
  if (!sortedDisjoint(list)) return list.filter((x) => x.start <= start && end <= x.end);
  const out: T[] = [];
  // Disjoint and sorted: ends grow with starts, so the holders end the run that starts at or before `start`.
  for (let i = lastStartingAtOrBefore(list, start); i >= 0; i--) {
    const x = list[i]!;
    if (x.end < end) break;
    out.push(x);
  }
  return out.toReversed();
}

/**
 * Items registered with their span, answered by the buckets a query span covers: every item
 * whose closed span [start, end] meets the query's closed span is among the candidates (a
 * caller filters them with its exact test). Candidates come back in registration order.
 */
export class SpanGrid<T> {
  private readonly buckets = new Map<number, number[]>();
  private readonly items: T[] = [];

  constructor(private readonly size = 512) {}

  add(item: T, start: number, end: number): void {
    const id = this.items.length;
    this.items.push(item);
    const last = Math.floor(Math.max(start, end) / this.size);
    for (let b = Math.floor(start / this.size); b <= last; b++) {
      const list = this.buckets.get(b);
      if (list) list.push(id);
      else this.buckets.set(b, [id]);
    }
  }

  /** Items registered over a bucket that [start, end] covers, in the order they were added. */
  near(start: number, end: number): T[] {
    const last = Math.floor(Math.max(start, end) / this.size);
    const first = Math.floor(start / this.size);
    if (first === last) return (this.buckets.get(first) ?? []).map((id) => this.items[id]!);
    const ids = new Set<number>();
    for (let b = first; b <= last; b++) for (const id of this.buckets.get(b) ?? []) ids.add(id);
    return [...ids].sort((a, b) => a - b).map((id) => this.items[id]!);
  }
}
