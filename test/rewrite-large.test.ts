/**
 * A large input gets the edits its parts get (issue 15). The whole rewrite used to be verified
 * as one text against the whole input, and the verifier matches an action with the release's
 * actions of the same verb anywhere: in en_usdos_01 followed by en_kremlin_06 (5,148
 * characters), the safe edit "we have proudly assisted" → "we’ve proudly helped" was held to
 * the other release's "where these companies can be helped out" (a modality finding), and that
 * one finding undid the whole round: the two releases together got 0 edits, apart 12. Releases
 * concatenated to 100 KB and beyond always held such a pair, so `rewrite` applied nothing there.
 * Now each changed passage is verified against the same passage of the input
 * (rewrite-passages.ts); a real fault is still refused, and costs only its passage.
 */
import { describe, expect, it } from 'vitest';
import {
  audiences,
  checkMeaning,
  diffHunks,
  rewrite,
  verify,
  type Audience,
  type Proposal,
} from '../packages/audiences/src/index.js';
import { passages, Settling } from '../packages/audiences/src/rewrite-passages.js';
import { releases } from '../scripts/eval/corpus.js';

const fixtures = releases('en', 'fixtures');
const body = (id: string): string => fixtures.find((r) => r.id === id)!.text.trim();
const PARTS = [body('en_usdos_01'), body('en_kremlin_06')];
const JOINED = PARTS.join('\n\n');

/** An applied edit as kind, original and replacement; the apostrophe is the document's style (’ or '), not the edit. */
const key = (p: Proposal): string => `${p.kind}: ${p.original} → ${p.replacement}`.replace(/’/g, "'");

describe('rewrite of releases joined into one text', () => {
  it('applies the edits each release gets on its own', () => {
    const parts = PARTS.map((t) => rewrite(t, { audience: audiences.youth, passes: 1 }));
    const joined = rewrite(JOINED, { audience: audiences.youth, passes: 1 });
    const wanted = parts.flatMap((r) => r.applied.map(key)).sort();
    expect(wanted.length).toBeGreaterThanOrEqual(10);
    expect(joined.applied.map(key).sort()).toEqual(wanted);
    expect(joined.ok).toBe(true);
    expect(joined.text).toContain('we’ve proudly helped the people of Colombia');
    // what the edits' own checks refused alone, they refuse joined (nothing more, nothing less)
    expect(joined.rejected.map((r) => key(r.proposal)).sort()).toEqual(
      parts.flatMap((r) => r.rejected.map((x) => key(x.proposal))).sort(),
    );
  });

  it('over four rounds too', () => {
    const parts = PARTS.map((t) => rewrite(t, { audience: audiences.youth }));
    const joined = rewrite(JOINED, { audience: audiences.youth });
    expect(joined.applied.map(key).sort()).toEqual(parts.flatMap((r) => r.applied.map(key)).sort());
    expect(joined.ok).toBe(true);
  });
});

/** Youth's proposals plus the given edits (first occurrence of each `from`), all marked safe. */
function withFaults(edits: Array<[from: string, to: string]>): Audience {
  return {
    ...audiences.youth,
    propose: (report, input, options) => [
      ...audiences.youth.propose(report, input, options),
      ...edits.flatMap(([from, to], i): Proposal[] => {
        const at = input!.indexOf(from);
        return at < 0
          ? []
          : [
              {
                id: `fault.${i}`,
                kind: 'substitution',
                start: at,
                end: at + from.length,
                original: from,
                replacement: to,
                rationale: 'a fault',
                confidence: 0.99,
                safe: true,
                findings: [],
              },
            ];
      }),
    ],
  };
}

const NUMBER: [string, string] = ['349 pieces', '394 pieces'];
const ACTOR: [string, string] = ['The United States welcomes', 'Venezuela welcomes'];

describe('a real fault in a large input is still refused', () => {
  it('an altered number and a moved action are refused; every other edit stays', () => {
    const plain = rewrite(JOINED, { audience: audiences.youth, passes: 1 });
    const r = rewrite(JOINED, { audience: withFaults([NUMBER, ACTOR]), passes: 1 });
    expect(r.text).toContain('349 pieces');
    expect(r.text).not.toContain('394 pieces');
    expect(r.text).toContain('The United States welcomes');
    expect(r.text).not.toContain('Venezuela welcomes');
    const faults = r.rejected.filter((x) => x.proposal.id.startsWith('fault.'));
    expect(faults.map((x) => `${x.proposal.original}: ${x.reason}`).sort()).toEqual([
      '349 pieces: meaning-lock',
      'The United States welcomes: verifier',
    ]);
    expect(r.applied.map(key).sort()).toEqual(plain.applied.map(key).sort());
    expect(r.ok).toBe(true);
  });

  it('the passage check refuses the passages that hold a fault, and only those', () => {
    const good = rewrite(JOINED, { audience: audiences.youth, passes: 1 }).text;
    // the faults written straight into the rewrite, as an edit the per-edit checks missed would be
    const bad = good.replace(NUMBER[0], NUMBER[1]).replace(ACTOR[0], ACTOR[1]);
    expect(bad).not.toBe(good);
    // the checks over the whole text refuse it …
    expect(checkMeaning(JOINED, bad, { language: 'en' }).altered.map((a) => [a.before.text, a.after.text])).toEqual([
      ['349', '394'],
    ]);
    expect(verify(JOINED, bad, { language: 'en' }).findings.map((f) => f.text)).toContain('Venezuela welcomes');
    // … and so do the passages that hold them
    const opts = { language: 'en' as const, we: [], guarded: [], head: () => '' };
    const st = new Settling(JOINED, bad, diffHunks(JOINED, bad), opts);
    const refused = [...st.refused.values()].flat().map((f) => f.text);
    expect(refused).toContain('Venezuela welcomes');
    expect(refused.some((t) => t.includes('394'))).toBe(true);
    expect(st.refused.size).toBe(2);
    st.putBack(st.refused.keys());
    expect(st.text).toContain('349 pieces');
    expect(st.text).toContain('The United States welcomes');
    expect(st.report().ok).toBe(true);
    expect(checkMeaning(JOINED, st.text, { language: 'en' }).ok).toBe(true);
    // the passages not refused keep their edits
    expect(st.text).toContain('we’ve proudly helped');
    // the diff moves with the text: it still describes input → text
    for (const h of st.hunks) {
      expect(st.text.slice(h.after.start, h.after.end)).toBe(h.after.text);
      expect(JOINED.slice(h.before.start, h.before.end)).toBe(h.before.text);
    }
  });

  it('outside the passages the two texts are equal: putting every passage back gives the input', () => {
    const good = rewrite(JOINED, { audience: audiences.youth }).text;
    const st = new Settling(JOINED, good, diffHunks(JOINED, good), {
      language: 'en',
      we: [],
      guarded: [],
      head: () => '',
    });
    expect(st.list.length).toBeGreaterThanOrEqual(3);
    st.putBack(st.list.keys());
    expect(st.text).toBe(JOINED);
    expect(st.hunks).toEqual([]);
  });
});

describe('passages', () => {
  it('a paragraph per edit, cut where both texts agree; hunks that do not fit make the whole text one passage', () => {
    const input = 'One two.\n\nThree four.\n\nFive six.';
    const text = 'One 2.\n\nThree four.\n\nFive six seven.';
    expect(passages(input, text, diffHunks(input, text))).toEqual([
      { before: [0, 8], after: [0, 6] },
      { before: [23, 32], after: [21, 36] },
    ]);
    const wrong = [{ before: { start: 4, end: 7, text: 'two' }, after: { start: 4, end: 5, text: '2' } }];
    expect(passages(input, text, wrong)).toEqual([{ before: [0, input.length], after: [0, text.length] }]);
  });
});
