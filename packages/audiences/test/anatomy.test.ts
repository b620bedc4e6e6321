/**
 * The rewrite proposers never edit inside a speaker's turn, agreed text or a quotation: core's
 * report.regions marks them, and the working view (src/doc.ts) puts them out of bounds.
 */
import { describe, expect, it } from 'vitest';
import { audiences, rewrite } from '../src/index.js';

const PROSE =
  'The Department will utilize the new funds in order to commence repairs of the embassy, and the Department will endeavour to complete them prior to the summer.';

describe('rewrites and the anatomy of a release', () => {
  for (const a of Object.values(audiences)) {
    it(`${a.id}: edits the press office's prose, never the words of a speaker or of agreed text`, () => {
      const turn = `MR PRICE: ${PROSE}`;
      const agreed = `Begin text:\n\n${PROSE}\n\nEnd text.`;
      const input = `${PROSE}\n\n${agreed}\n\n${turn}`;
      const r = rewrite(input, { audience: a, accept: 'safe', language: 'en' });
      expect(r.applied.length).toBeGreaterThan(0);
      // The prose changed; the turn and the agreed text are still there word for word.
      expect(r.text.startsWith(PROSE)).toBe(false);
      expect(r.text).toContain(agreed);
      expect(r.text.endsWith(turn)).toBe(true);
    });
  }
});
