/**
 * English contractions are rows of data/en/contractions.json (core's list schema): each row
 * contracts where it should, and the guards keep the full form where English needs it.
 */
import { describe, expect, it } from 'vitest';
import { SOURCES } from '@attache/core';
import { EN } from '../src/data/index.js';
import { youth } from '../src/index.js';
import { proposerTester } from './tester.js';

describe('data/en/contractions.json', () => {
  it('has no duplicate patterns and names known sources', () => {
    const rows = [...EN.contractions.entries, ...(EN.contractions.sets?.beforeParticiple ?? [])];
    const keys = rows.map((e) => e.pattern.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.filter((e) => !(e.source in SOURCES)).map((e) => e.pattern)).toEqual([]);
    expect(rows.filter((e) => e.replace.length !== 1).map((e) => e.pattern)).toEqual([]);
  });
});

proposerTester('contraction', youth, {
  valid: [
    'We have a plan for the town.',
    'That is, the plan works.',
    'The plan has not only money but also people.',
    'Wherever you are this winter, the office is open.',
  ],
  invalid: [
    {
      code: 'We [[do not]] close the office.',
      errors: [{ replacement: "don't", safe: true }],
      output: "We don't close the office.",
    },
    {
      code: '[[We have]] signed the deal and [[it is]] good news.',
      errors: [{ replacement: "We've" }, { replacement: "it's" }],
    },
    {
      code: 'The town [[cannot]] wait, and [[I am]] sure of it.',
      errors: [{ replacement: "can't" }, { replacement: "I'm" }],
    },
  ],
});
