/** RuleTester-style helper for the lint rule tests (kept apart so the helpers load outside vitest). */
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../src/lint/index.js';
import { lintRule, unmark, type InvalidCase, type ValidCase } from './lint-helpers.js';

/** ESLint's RuleTester, for prose: valid cases have no finding of the rule; every invalid case
 * marks each expected finding's span and names its messageId (and fix, where it matters). */
export function ruleTester(ruleId: string, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    for (const v of cases.valid) {
      const c = typeof v === 'string' ? { code: v } : v;
      it(`valid (${c.language ?? 'en'}): ${c.code.slice(0, 70)}`, () => {
        const found = lintRule(ruleId, c.code, c.language ?? 'en', c.config, c.opts ?? {});
        expect(found.map((f) => `${f.messageId}: ${f.actual}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid (${c.language ?? 'en'}): ${c.code.slice(0, 70)}`, () => {
        const { code, spans } = unmark(c.code);
        expect(c.errors.length, 'every marked span names its error').toBe(spans.length);
        const found = lintRule(ruleId, code, c.language ?? 'en', c.config, c.opts ?? {});
        expect(found.map((f) => [f.start, f.end, f.actual])).toEqual(spans.map(([a, b]) => [a, b, code.slice(a, b)]));
        found.forEach((f, i) => {
          const e = c.errors[i]!;
          expect(f.messageId).toBe(e.messageId);
          expect(f.message).not.toMatch(/\{\{/);
          if (e.fix !== undefined) expect(f.fix?.text ?? null).toBe(e.fix);
          if (e.suggestions) expect(f.suggestions).toEqual(e.suggestions);
          if (e.severity) expect(f.severity).toBe(e.severity);
          if (e.data) expect(f.data).toMatchObject(e.data);
        });
        if (c.output !== undefined) expect(applyFixes(code, found).text).toBe(c.output);
      });
    }
  });
}
