/**
 * The end of a rewrite: the whole text checked, passage by passage for the verifier
 * (rewrite-passages.ts), then the meaning lock and the hygiene check over the whole text.
 */
import { diffHunks, type DiffHunk } from './diff.js';
import { checkHygiene, type HygieneReport } from './hygiene.js';
import { checkMeaning, type LockReport } from './meaning-lock.js';
import { Settling } from './rewrite-passages.js';
import type { AppliedProposal, RejectedProposal } from './rewrite-types.js';
import type { Guarded } from './rewrite-verify.js';
import type { Proposal } from './types.js';
import type { VerifyReport } from './verify/index.js';

interface Settled {
  text: string;
  lock: LockReport;
  hygiene: HygieneReport;
  verification: VerifyReport;
  hunks: DiffHunk[];
  /** Indices of the applied proposals whose passage was put back, and why. */
  dropped: Set<number>;
  rejected: RejectedProposal[];
}

/** Rounds of putting refused passages back: each one may reveal a fault the last one hid. */
const SETTLE_ROUNDS = 4;

/**
 * The whole rewrite checked: the verifier passage by passage, then the meaning lock and the
 * hygiene check over the whole text. A passage the verifier refuses, or that holds a fact the
 * lock finds lost, altered or added, or a hygiene defect, is put back as the input had it and
 * its edits are dropped; the whole is checked again. A fault no passage holds is returned as it
 * is (the caller undoes a round).
 */
export function settle(
  input: string,
  text: string,
  applied: readonly AppliedProposal[],
  spans: ReadonlyArray<readonly [number, number]>,
  o: { final: Parameters<typeof checkMeaning>[2]; lang: 'en' | 'ru'; issuer: string[]; guarded: readonly Guarded[] },
): Settled {
  const owner = (st: Settling): number[][] => {
    const by: number[][] = st.list.map(() => []);
    spans.forEach(([a, b], k) => {
      const i = st.at('after', a, b);
      if (i >= 0) by[i]!.push(k);
    });
    return by;
  };
  let heads: number[][] = [];
  const st = new Settling(input, text, text === input ? [] : diffHunks(input, text), {
    language: o.lang,
    we: o.issuer,
    guarded: o.guarded,
    // An acronym spelled out is defined outside its passage: read after its definition, as in checkEdit.
    head: (i) =>
      heads[i]!.map((k) => applied[k]!)
        .filter((p) => p.kind === 'acronym' && p.original.trim())
        .map((p) => `${p.replacement.trim()} (${p.original.trim()}).\n\n`)
        .join(''),
    prepare: (s) => void (heads = owner(s)),
  });
  const by = heads;
  const dropped = new Set<number>();
  const rejected: RejectedProposal[] = [];
  const drop = (i: number, why: Omit<RejectedProposal, 'proposal' | 'pass'>): void => {
    for (const k of by[i] ?? []) {
      if (dropped.has(k)) continue;
      dropped.add(k);
      const { pass, ...proposal } = applied[k]!;
      rejected.push({ proposal, pass, ...why });
    }
  };
  for (const [i, findings] of st.refused) drop(i, { reason: 'verifier', findings });
  st.putBack(st.refused.keys());
  let lock = checkMeaning(input, st.text, o.final);
  let hygiene = checkHygiene(st.text, { before: input });
  for (let round = 0; round < SETTLE_ROUNDS && (!lock.ok || !hygiene.ok); round++) {
    const faulty = new Set<number>();
    const mark = (
      side: 'before' | 'after',
      start: number,
      end: number,
      why: Omit<RejectedProposal, 'proposal' | 'pass'>,
    ): void => {
      const i = st.at(side, start, end);
      if (i >= 0 && !st.isBack(i)) {
        faulty.add(i);
        drop(i, why);
      }
    };
    for (const f of lock.lost) mark('before', f.start, f.end, { reason: 'meaning-lock', lock });
    for (const f of lock.added) mark('after', f.start, f.end, { reason: 'meaning-lock', lock });
    for (const a of lock.altered) {
      mark('before', a.before.start, a.before.end, { reason: 'meaning-lock', lock });
      mark('after', a.after.start, a.after.end, { reason: 'meaning-lock', lock });
    }
    for (const d of hygiene.defects) mark('after', d.start, d.end, { reason: 'hygiene', hygiene });
    if (faulty.size === 0) break;
    st.putBack(faulty);
    lock = checkMeaning(input, st.text, o.final);
    hygiene = checkHygiene(st.text, { before: input });
  }
  return { text: st.text, lock, hygiene, verification: st.report(), hunks: st.hunks, dropped, rejected };
}

/** The spans of the applied edits carried through one round's edits (sorted, offsets into that round's text). */
export function carry(spans: Array<[number, number]>, edits: readonly Proposal[]): void {
  const cum: number[] = [];
  let d = 0;
  for (const e of edits) {
    cum.push(d);
    d += e.replacement.length - (e.end - e.start);
  }
  // The last edit starting before `pos` (binary search).
  const before = (pos: number): number => {
    let lo = 0;
    let hi = edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edits[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  const map = (pos: number, right: boolean): number => {
    const i = before(pos);
    if (i < 0) return pos;
    const e = edits[i]!;
    const shift = cum[i]! + e.replacement.length - (e.end - e.start);
    if (e.end <= pos) return pos + shift;
    return e.start + cum[i]! + (right ? e.replacement.length : 0);
  };
  for (const s of spans) {
    s[0] = map(s[0], false);
    s[1] = Math.max(s[0], map(s[1], true));
  }
}
