import { describe, expect, it } from 'vitest';
import { checkHygiene } from '../src/hygiene.js';

const kinds = (after: string, before?: string): string[] =>
  checkHygiene(after, before === undefined ? {} : { before }).defects.map((d) => d.kind);

describe('checkHygiene', () => {
  it('passes clean text', () => {
    expect(kinds('We met. The talks went well, and we agreed on (most) points.')).toEqual([]);
    expect(kinds('Officials in the U.S. said so. Mr. smith left, e.g. early.')).toEqual([]);
  });
  it('finds doubled spaces, lower-case starts and orphan punctuation', () => {
    expect(kinds('We met.  Then we left.')).toEqual(['double-space']);
    expect(kinds('We met. then we left.')).toEqual(['lowercase-start']);
    expect(kinds('We met , and left.')).toEqual(['orphan-punctuation']);
    expect(kinds('We met,. And left..')).toContain('orphan-punctuation');
  });
  it('finds unbalanced brackets and quotes introduced by the rewrite', () => {
    expect(kinds('He said “yes.', 'He said “yes”.')).toEqual(['unbalanced']);
    expect(kinds('(one two', '(one two')).toEqual([]);
  });
  it('finds agreement errors around "we" / "мы"', () => {
    expect(kinds('We is ready.')).toEqual(['agreement']);
    expect(kinds('Мы сообщило о решении.')).toEqual(['agreement']);
    expect(kinds('Мы сообщили о решении.')).toEqual([]);
    expect(kinds('Мы также приветствуем решение.')).toEqual([]);
  });
  it('reports only defects the rewrite introduced', () => {
    const before = 'The input had  two spaces. and a lower start.';
    expect(kinds(before, before)).toEqual([]);
    expect(kinds(before.replace('input', 'text'), before)).toEqual([]);
  });
});
