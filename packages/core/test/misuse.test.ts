/**
 * Misuse of the public API gets a typed AttacheInputError that names the function and the
 * argument, never a TypeError from deep inside.
 */
import { describe, expect, it } from 'vitest';
import { analyze, applyFixes, AttacheInputError, evaluate } from '../src/index.js';

function expectTyped(fn: () => unknown, code: string, message: RegExp): void {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(AttacheInputError);
  expect((err as AttacheInputError).code).toBe(code);
  expect((err as Error).message).toMatch(message);
}

const report = analyze('The Ministry will utilize the funds in order to commence the works.', { language: 'en' });

describe('typed errors for misuse', () => {
  it('applyFixes(text, null), a non-string text, a list of non-findings', () => {
    expectTyped(
      () => applyFixes('text', null as never),
      'bad-option',
      /applyFixes\(\): "findings" must be an array .* got null/,
    );
    expectTyped(
      () => applyFixes(undefined as never, []),
      'not-a-string',
      /applyFixes\(\): "input" must be a string, but got undefined/,
    );
    expectTyped(() => applyFixes('text', [null] as never), 'bad-option', /findings\[0\] is not a finding/);
    expectTyped(
      () => applyFixes('text', [{ fix: { range: 'x', text: 1 } }] as never),
      'bad-option',
      /findings\[0\] is not a finding with a valid "fix"/,
    );
    // Correct use still works.
    expect(
      applyFixes('The Ministry will utilize the funds in order to commence the works.', report.findings).text,
    ).toMatch(/use/);
  });

  it('evaluate(null, …), targets that are not an object, an unknown target', () => {
    expectTyped(
      () => evaluate(null as never, {}),
      'bad-option',
      /evaluate\(\): "report" must be a report from analyze\(\)/,
    );
    expectTyped(() => evaluate({} as never, {}), 'bad-option', /its "readability" is undefined/);
    expectTyped(() => evaluate(report, null as never), 'bad-option', /"targets" must be an object of targets/);
    expectTyped(() => evaluate(report, { maxGrad: 8 } as never), 'bad-option', /unknown target "maxGrad"/);
    expectTyped(() => evaluate(report, { maxGrade: 'x' } as never), 'bad-option', /"maxGrade"/);
    expect(evaluate(report, { maxGrade: 30 }).met).toBe(true);
  });

  it('analyze(undefined) and a string where options go', () => {
    expectTyped(() => analyze(undefined as never), 'not-a-string', /string/);
    expectTyped(() => analyze('x', 'markdown' as never), 'bad-option', /./);
  });
});
