/** RuleTester-style helper for the lint rule tests (kept apart so the helpers load outside vitest). */
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../src/lint/index.js';
import { lintRule, unmark, type ExpectedError, type InvalidCase, type ValidCase } from './lint-helpers.js';

/** ESLint's RuleTester, for prose: valid cases have no finding of the rule; every invalid case
 * marks each expected finding's span and names its messageId (and fix, where it matters). */
export function ruleTester(ruleId: string, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  describe(`${ruleId}`, () => {
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
        // Compare only what each expected error names (RuleTester's habit).
        const got = found.map((f, i) => {
          const e = c.errors[i] ?? { messageId: '' };
          const out: ExpectedError = { messageId: f.messageId };
          if (e.fix !== undefined) out.fix = f.fix?.text ?? null;
          if (e.suggestions) out.suggestions = f.suggestions;
          if (e.severity) out.severity = f.severity;
          if (e.data) out.data = Object.fromEntries(Object.keys(e.data).map((k) => [k, f.data[k]!]));
          return out;
        });
        expect(got).toEqual(c.errors);
        expect(found.filter((f) => /\{\{/.test(f.message)).map((f) => f.message)).toEqual([]);
        expect(c.output === undefined ? undefined : applyFixes(code, found).text).toBe(c.output);
      });
    }
  });
}
