/** Every proposer's own example, with the proposer tester: exact span, replacement; a text it leaves alone. */
import { describe, expect, it } from 'vitest';
import { audiences, PROPOSERS } from '../src/index.js';
import { PROPOSER_CASES } from './proposer-cases.js';
import { proposerTester } from './tester.js';

describe('proposer examples', () => {
  it('every proposer has one, of a kind it declares', () => {
    expect(Object.keys(PROPOSER_CASES).sort()).toEqual(Object.keys(PROPOSERS).sort());
    for (const [id, c] of Object.entries(PROPOSER_CASES)) expect(PROPOSERS[id]!.meta.kind, id).toContain(c.kind);
  });
});

for (const [id, c] of Object.entries(PROPOSER_CASES)) {
  proposerTester(c.kind, audiences[c.audience], {
    valid: [{ code: c.valid, options: { language: c.language }, name: `${id}: ${c.valid.slice(0, 60)}` }],
    invalid: [
      {
        code: c.invalid,
        options: { language: c.language },
        errors: [{ replacement: c.replacement }],
        name: `${id}: ${c.invalid.slice(0, 60)}`,
      },
    ],
  });
}
