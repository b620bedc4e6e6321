/**
 * Verb forms in context: "look forward to" + -ing → "hope to" + base form (core's `baseOfIng`),
 * and the form a listed verb takes after a cue word (src/lang/en-cues.ts). The verb forms
 * themselves are tested in core (packages/core/test/en-verbs.test.ts).
 */
import { analyze } from '@attache/core';
import { describe, expect, it } from 'vitest';
import { foreign, rewrite } from '../src/index.js';

describe('"look forward to" for foreign readers', () => {
  const safe = (text: string): string => rewrite(text, { audience: foreign, accept: 'safe', language: 'en' }).text;
  it('before an -ing form: "hope to" + the base form; before a noun: "hope for"', () => {
    expect(safe('We look forward to returning our staff to the Embassy as soon as conditions permit.')).toBe(
      'We hope to return our staff to the Embassy as soon as conditions permit.',
    );
    expect(safe('The United States looks forward to continued consultations with its partners.')).toBe(
      'The United States hopes for continued consultations with its partners.',
    );
  });
  it('leaves it when the base form cannot be told', () => {
    const text = 'We look forward to hoping for the best with our partners.';
    const ps = foreign.propose(analyze(text, { language: 'en' }), text).filter((p) => /forward/.test(p.original));
    expect(ps).toEqual([]);
  });
  it('"see the offence come into force": a bare infinitive after see + object', () => {
    expect(safe('The next step is to see the offence come into force later this year.')).toBe(
      'The next step is to see the offence take effect later this year.',
    );
  });
});
