/**
 * Misuse of the audiences API gets a typed error (AudienceInputError, which is an
 * AttacheInputError) naming the function and the option, never a TypeError.
 */
import { analyze, AttacheInputError } from '@attache/core';
import { describe, expect, it } from 'vitest';
import {
  applyProposals,
  AudienceInputError,
  audiences,
  checkHygiene,
  checkMeaning,
  extractFacts,
  rewrite,
} from '../src/index.js';

function expectTyped(fn: () => unknown, message: RegExp): void {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(AudienceInputError);
  expect(err).toBeInstanceOf(AttacheInputError);
  expect((err as Error).message).toMatch(message);
}

const TEXT = 'The Ministry will utilize the funds in order to commence the works on 12 March 2026.';

describe('typed errors for misuse of @attache/audiences', () => {
  it('rewrite with the audience as a string names the option and what to pass', () => {
    expectTyped(
      () => rewrite(TEXT, { audience: 'youth' } as never),
      /rewrite\(\): "options\.audience" must be an audience object, not the string "youth".*audiences\.youth/,
    );
    expectTyped(() => rewrite(TEXT, { audience: 'kids' } as never), /not the string "kids"/);
    expectTyped(
      () => rewrite(TEXT, {} as never),
      /"options\.audience" must be an audience object such as audiences\.youth, but got undefined/,
    );
    expectTyped(() => rewrite(TEXT, undefined as never), /"options" is required/);
    expectTyped(
      () => rewrite(null as never, { audience: audiences.youth }),
      /rewrite\(\): "input" must be a string, but got null/,
    );
    expectTyped(
      () => rewrite(TEXT, { audience: audiences.youth, accept: 'all' as never }),
      /"options\.accept" must be 'safe'/,
    );
    expect(rewrite(TEXT, { audience: audiences.youth }).lock.ok).toBe(true);
  });

  it('checkMeaning(undefined), checkMeaning(x) without the rewrite, bad options', () => {
    expectTyped(
      () => checkMeaning(undefined as never, 'x'),
      /checkMeaning\(\): "before" must be a string, but got undefined/,
    );
    expectTyped(() => checkMeaning('x', undefined as never), /"after" must be a string/);
    expectTyped(() => checkMeaning('x', 'x', null as never), /"options" must be an object, but got null/);
    expectTyped(() => extractFacts(42 as never), /extractFacts\(\): "text" must be a string, but got a number/);
  });

  it('checkHygiene, applyProposals, propose and checklist', () => {
    expectTyped(() => checkHygiene(null as never), /checkHygiene\(\): "after" must be a string/);
    expectTyped(() => checkHygiene('x', { before: 3 as never }), /"options\.before" must be a string/);
    expectTyped(() => applyProposals(TEXT, null as never), /applyProposals\(\): "proposals" must be an array/);
    expectTyped(
      () => audiences.youth.propose(null as never, TEXT),
      /youth\.propose\(\): "report" must be a report from analyze\(\)/,
    );
    expectTyped(() => audiences.rural.checklist({} as never, TEXT), /rural\.checklist\(\): "report" must be a report/);
    const report = analyze(TEXT, { language: 'en' });
    expectTyped(() => audiences.foreign.propose(report, 7 as never), /foreign\.propose\(\): "input" must be a string/);
  });
});
