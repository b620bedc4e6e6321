/**
 * Every Russian and English split rule row runs its own examples: the split it makes (exact span and
 * replacement) and a sentence it leaves whole. A new row cannot land without both.
 */
import { describe, expect, it } from 'vitest';
import { RU_SPLIT_RULES } from '../src/proposers/split-sentence/ru-rules.js';
import { EN_SPLIT_RULES } from '../src/proposers/split-sentence/en-rules.js';
import { enRulePoints, ruRulePoints, splitRuleTester } from './tester.js';

describe('Russian split rows', () => {
  it('have unique ids, and every guard they name exists', () => {
    const ids = RU_SPLIT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

for (const rule of RU_SPLIT_RULES) {
  splitRuleTester(rule.id, ruRulePoints, {
    valid: [rule.examples.keep],
    invalid: [{ code: rule.examples.split, errors: [{ replacement: rule.examples.replacement }] }],
  });
}

describe('English split rows', () => {
  it('have unique ids', () => {
    const ids = EN_SPLIT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

for (const rule of EN_SPLIT_RULES) {
  splitRuleTester(`en ${rule.id}`, (_id, code) => enRulePoints(rule.id, code), {
    valid: [rule.examples.keep],
    invalid: [{ code: rule.examples.split, errors: [{ replacement: rule.examples.replacement }] }],
  });
}
