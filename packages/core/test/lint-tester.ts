/** RuleTester-style helper for the lint rule tests, on `@attache/core/testing`'s SpanTester. */
import { describe, it } from 'vitest';
import { applyFixes } from '../src/lint/index.js';
import type { Finding } from '../src/schema.js';
import { assertSame, SpanTester } from '../src/testing.js';
import { lintRule, type ExpectedError, type InvalidCase, type ValidCase } from './lint-helpers.js';

SpanTester.describe = describe;
SpanTester.it = it;

type Opts = Omit<ValidCase, 'code'>;

/** ESLint's RuleTester, for prose: valid cases have no finding of the rule; every invalid case
 * marks each expected finding's span and names its messageId (and fix, where it matters). */
export function ruleTester(ruleId: string, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  const opts = (c: ValidCase): Opts => ({ language: c.language, config: c.config, opts: c.opts });
  SpanTester.run<Opts, Finding, ExpectedError>(
    ruleId,
    {
      run: (code, o) => lintRule(ruleId, code, o?.language ?? 'en', o?.config, o?.opts ?? {}),
      pick(f, e) {
        // Compare only what each expected error names (RuleTester's habit).
        const out: ExpectedError = { messageId: f.messageId };
        if (e.fix !== undefined) out.fix = f.fix?.text ?? null;
        if (e.suggestions) out.suggestions = f.suggestions;
        if (e.severity) out.severity = f.severity;
        if (e.data) out.data = Object.fromEntries(Object.keys(e.data).map((k) => [k, f.data[k]!]));
        return out;
      },
      apply: (code, found) => applyFixes(code, found).text,
      also: (found) =>
        assertSame(
          found.filter((f) => /\{\{/.test(f.message)).map((f) => f.message),
          [],
          'no placeholder left in a message',
        ),
    },
    {
      valid: cases.valid.map((v) => {
        const c = typeof v === 'string' ? { code: v } : v;
        return { code: c.code, options: opts(c), name: `(${c.language ?? 'en'}) ${c.code.slice(0, 70)}` };
      }),
      invalid: cases.invalid.map((c) => ({
        code: c.code,
        options: opts(c),
        errors: c.errors,
        ...(c.output !== undefined ? { output: c.output } : {}),
        name: `(${c.language ?? 'en'}) ${c.code.slice(0, 70)}`,
      })),
    },
  );
}
