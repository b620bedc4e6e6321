/** English verb forms (src/lang/en-verbs.ts): the -ing → base rule used by "look forward to …". */
import { analyze } from '@attache/core';
import { describe, expect, it } from 'vitest';
import { baseOfIng, forms } from '../src/lang/en-verbs.js';
import { foreign, rewrite } from '../src/index.js';

describe('baseOfIng', () => {
  it('gives the base form when the spelling tells it', () => {
    const cases: [string, string][] = [
      ['returning', 'return'],
      ['hearing', 'hear'],
      ['continuing', 'continue'],
      ['stopping', 'stop'],
      ['preparing', 'prepare'],
      ['ensuring', 'ensure'],
      ['improving', 'improve'],
      ['producing', 'produce'],
      ['changing', 'change'],
      ['bringing', 'bring'],
      ['strengthening', 'strengthen'],
      ['meeting', 'meet'],
      ['addressing', 'address'],
      ['making', 'make'],
      ['writing', 'write'],
      ['saying', 'say'],
      ['dying', 'die'],
      ['going', 'go'],
      ['agreeing', 'agree'],
      ['planning', 'plan'],
      ['engaging', 'engage'],
      ['negotiating', 'negotiate'],
    ];
    for (const [ing, base] of cases) {
      expect(baseOfIng(ing), ing).toBe(base);
      // And back: the base form's -ing form is the word we started from.
      expect(forms(base).ing, base).toBe(ing);
    }
  });
  it('does not guess where a dropped "e" cannot be told ("hoping": hop or hope?)', () => {
    for (const w of ['hoping', 'creating', 'visiting', 'uniting', 'developing', 'promoting', 'using', 'thing', 'king'])
      expect(baseOfIng(w), w).toBeUndefined();
  });
});

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
