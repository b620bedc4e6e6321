/**
 * The lock never contradicts itself (issue 15, item 4): a small run of scripts/fuzz-rewrite.ts
 * (the full one is `pnpm fuzz:rewrite`, 5,000 mutated releases per audience), plus the release
 * whose one glued line ("Contact: J.https://…") used to make rewrite() apply nothing and
 * report a failed lock.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audiences, checkMeaning, rewrite } from '../packages/audiences/src/index.js';
import { fuzzRewrite, mutate, verdicts } from '../scripts/fuzz-rewrite.js';

const SAMPLE = readFileSync(join(import.meta.dirname, '../examples/samples/state-dept-mali-2021.txt'), 'utf8');

describe('rewrite: the lock never contradicts itself', () => {
  it('a glued "Contact: J.https://…" line no longer blocks every edit', () => {
    const plain = rewrite(SAMPLE, { audience: audiences.youth });
    const glued = `${SAMPLE.trimEnd()}\n\nContact: J.https://www.state.gov/press\n`;
    const withLine = rewrite(glued, { audience: audiences.youth });
    expect(plain.applied.length).toBeGreaterThan(5);
    expect(withLine.lock.ok).toBe(true);
    expect(withLine.applied.length).toBe(plain.applied.length);
    expect(withLine.text).toContain('J.https://www.state.gov/press');
  });

  it('the checker flags each kind of contradiction it looks for', () => {
    const input = 'The Minister said: "We will open 12 schools." Contact: press@gov.uk.';
    const okLock = checkMeaning(input, input);
    const badLock = { ...okLock, ok: false };
    const hygiene = { ok: true, defects: [] } as never;
    // Unchanged text, failed lock.
    expect(
      verdicts('youth', input, { text: input, lock: badLock, hygiene, applied: [] }, 1).map((v) => v.kind),
    ).toEqual(['unchanged-refused']);
    // A quote gone, no proposal touched it, yet the lock passed.
    const lost = 'The Minister said we will open schools. Contact: press@gov.uk.';
    expect(verdicts('youth', input, { text: lost, lock: okLock, hygiene, applied: [] }, 1).map((v) => v.kind)).toEqual([
      'untraced-loss',
    ]);
    // The same loss traced to the proposal that made it is not a contradiction.
    const start = input.indexOf('"');
    const p = {
      pass: 0,
      start,
      end: input.indexOf('.', start) + 2,
      original: input.slice(start, input.indexOf('.', start) + 2),
    };
    expect(verdicts('youth', input, { text: lost, lock: okLock, hygiene, applied: [p] as never }, 1)).toEqual([]);
    // And the seeded mutator replays.
    let s1 = 7;
    let s2 = 7;
    const r1 = (): number => (s1 = (s1 * 16807) % 2147483647) / 2147483647;
    const r2 = (): number => (s2 = (s2 * 16807) % 2147483647) / 2147483647;
    expect(mutate(SAMPLE, r1)).toBe(mutate(SAMPLE, r2));
  });

  it('30 mutated releases per audience: 0 self-contradicting verdicts', () => {
    const results = fuzzRewrite({ count: 30, seed: 1000 });
    for (const r of results) {
      expect(r.inputs).toBe(30);
      expect(r.violations.map((v) => `${v.kind} seed ${v.seed}: ${v.detail}`)).toEqual([]);
    }
  });
});
