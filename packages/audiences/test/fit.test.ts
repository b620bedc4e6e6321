import { describe, expect, it } from 'vitest';
import { analyze } from '@attache/core';
import { fitTargets } from '../src/compose/fit.js';
import { candidates, fragment, pick } from '../src/compose/select.js';

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
    expect(fitTargets(lines, [1, 1, 1, 1], 'rural', 'en')).toEqual({ lines, kept: [0, 1, 2, 3], notes: [] });
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

describe('select: fragments and pronouns', () => {
  it('does not take a sentence without a finite verb, a quotation left open, or a contact line', () => {
    expect(fragment('6-monoacetylmorphine (6-MAM – heroin and diamorphine), 5 µg/L.', 'en')).toBe(true);
    expect(fragment('Drug driving written ministerial statement, 27 March 2014.', 'en')).toBe(true);
    expect(fragment('The viewer is then asked ‘Confused by drugs?', 'en')).toBe(true);
    expect(fragment('They deserve deep respect.”', 'en')).toBe(true);
    expect(fragment('Telephone +44 (0)30 67704236.', 'en')).toBe(true);
    expect(fragment('Both events captured audiences with live performances.', 'en')).toBe(false);
    expect(fragment('The viewer is then asked ‘Confused by drugs?’ on screen.', 'en')).toBe(false);
  });

  it('picks a sentence that opens with a pronoun together with the sentence before it, or not at all', () => {
    const text =
      'The ministry opened a new office in the north today. The office serves farmers.\n\nThe regional council approved the new budget for roads last week. It will fund repairs on 40 bridges.\n\nSeveral ceremonies took place in the capital.';
    const report = analyze(text, { language: 'en', lint: false });
    const all = candidates(report, text, 'en');
    const it4 = all.find((p) => p.text.startsWith('It will fund'))!;
    // "It will fund …" scores highest after the lead (a number, "will"); the sentence before it comes along
    expect(pick(all, 2, Infinity, undefined, 0).map((p) => p.text)).toEqual([
      'The ministry opened a new office in the north today.',
      'The regional council approved the new budget for roads last week.',
      'It will fund repairs on 40 bridges.',
    ]);
    // alone in the candidates (its sentence before it not a candidate): not picked
    const alone = pick([all[0]!, it4], 2).map((p) => p.text);
    expect(alone).toEqual([all[0]!.text]);
  });

  it('takes “X welcomes the announcement of …” as the news, a welcome to guests as ceremony', () => {
    // the Yemen truce statement in the State Department pool (the-united-states-welcomes-the-extension-of-the-un-brokered-truce-in-yemen)
    const text =
      'The United States welcomes today’s announcement by the UN on the extension of the truce in Yemen. This truce has brought respite from conflict to millions of Yemenis.';
    const all = candidates(analyze(text, { language: 'en', lint: false }), text, 'en');
    expect(all[0]!.role).toBe('lead');
    expect(all[0]!.text).toMatch(/^The United States welcomes today’s announcement/);
    const guests =
      'The Secretary warmly welcomes the delegation of ministers to Washington this week. The talks will cover trade and energy.';
    const g = candidates(analyze(guests, { language: 'en', lint: false }), guests, 'en');
    expect(g.map((p) => p.text)).toEqual(['The talks will cover trade and energy.']);
  });
});
