import { describe, expect, it } from 'vitest';
import { analyze } from '@attache/core';
import { fitTargets } from '../src/compose/fit.js';

const LEAD = 'The Department of State will open a new office in Nairobi next month.';
const LONG =
  'In furtherance of its comprehensive commitment to institutional modernisation, the Department anticipates substantially enhanced operational effectiveness, administrative coordination and organisational accountability across multilateral environments.';
const SHORT = ['The office will help travellers.', 'It will open at nine.', 'You can call it by phone.'];

describe('fit: sentences left out until the audience targets are met', () => {
  it('leaves out the sentence that keeps the youth targets out of reach, never the lead, with a note', () => {
    const lines = [LEAD, LONG, ...SHORT];
    const before = analyze(lines.join('\n\n'), { language: 'en', lint: false }).readability.grade!;
    expect(before).toBeGreaterThan(9);
    const fit = fitTargets(lines, [5, 1, 1, 1, 1], 'youth', 'en');
    expect(fit.lines[0]).toBe(LEAD);
    expect(fit.lines).not.toContain(LONG);
    expect(fit.lines).toEqual([LEAD, ...SHORT]);
    expect(fit.notes).toHaveLength(1);
    expect(fit.notes[0]).toMatch(/^Left out to bring the youth targets closer \(grade/);
    expect(fit.notes[0]).toContain(LONG);
    const after = analyze(fit.lines.join('\n\n'), { language: 'en', lint: false }).readability.grade!;
    expect(after).toBeLessThanOrEqual(9);
  });

  it('changes nothing when the targets are met and no spare line is over the count', () => {
    const lines = [LEAD, ...SHORT];
    expect(fitTargets(lines, [1, 1, 1, 1], 'rural', 'en')).toEqual({ lines, notes: [] });
  });

  it('keeps at least minKeep lines even when the targets stay missed', () => {
    const fit = fitTargets([LONG, LONG.replace('Department', 'Ministry')], [1, 1], 'youth', 'en', { minKeep: 2 });
    expect(fit.lines).toHaveLength(2);
    expect(fit.notes).toEqual([]);
  });

  it('leaves out spare lines over maxKeep, the least worth first, without a note when the targets are met', () => {
    const lines = [LEAD, ...SHORT];
    const fit = fitTargets(lines, [5, 3, -100, 2], 'rural', 'en', { maxKeep: 3 });
    expect(fit.lines).toEqual([LEAD, SHORT[0], SHORT[2]]);
    expect(fit.notes).toEqual([]);
  });
});
