/**
 * The title method (Edmundson 1969; compose/title-words.ts): the headline says what a release is
 * about, and a version leads with the sentence that repeats it.
 */
import { analyze } from '@attache/core';
import { describe, expect, it } from 'vitest';
import { compose } from '../src/compose/index.js';
import { contentStems, releaseTitle, roughStem, titleShare } from '../src/compose/title-words.js';

// State Department pool, "$800 Million in Additional U.S. Security Assistance for Ukraine" (2022),
// its title and first paragraphs, shortened
const UKRAINE = [
  '$800 Million in Additional U.S. Security Assistance for Ukraine',
  'Against tremendous odds, with extraordinary courage, Ukraine’s forces are regaining ground, as Russian forces retreat from the region.',
  'Russia is repositioning its forces for renewed attacks in eastern and southern Ukraine.',
  'The United States, its Allies and partners must act now as Ukraine fights for its future.',
  'I have authorized a drawdown to provide immediate military assistance to Ukraine valued at up to $800 million.',
  'https://www.state.gov/800-million-in-additional-u-s-security-assistance-for-ukraine/',
].join('\n\n');

describe('the title method', () => {
  it('reads a title line or a header’s Title field, and its content words as rough stems', () => {
    expect(releaseTitle(analyze(UKRAINE, { lint: false }), UKRAINE)).toBe(
      '$800 Million in Additional U.S. Security Assistance for Ukraine',
    );
    const header =
      'Source: https://www.gov.uk/x\nTitle: Public approval for driving limits for 16 drugs\n\nToday the limits moved closer.';
    expect(releaseTitle(analyze(header, { lint: false }), header)).toBe(
      'Public approval for driving limits for 16 drugs',
    );
    expect([...contentStems('Public approval for driving limits for 16 drugs')]).toEqual([
      'public',
      'approv',
      'driv',
      'limit',
      '16',
      'drug',
    ]);
    expect(roughStem('approved')).toBe(roughStem('approval'));
    expect(roughStem('Переговоры')).toBe(roughStem('переговорах'));
  });

  it('a sentence’s share of the title’s words', () => {
    const t = contentStems('Public approval for driving limits for 16 drugs');
    expect(titleShare(t, 'The recommended limits for 16 different drugs have now been approved.')).toBeCloseTo(4 / 6);
    expect(titleShare(t, 'In March 2013, the department took expert advice from a medical panel.')).toBe(0);
    // a title of one word says too little to weigh sentences by
    expect(titleShare(contentStems('Readout'), 'Readout of the call.')).toBe(0);
  });

  it('the sentence that repeats the headline leads, not the scene before it', () => {
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'sms'],
      ['rural', 'notice'],
    ] as const) {
      const v = compose(UKRAINE, { audience, channel });
      expect(v.verification.ok).toBe(true);
      const first = v.parts[0]!.replace(/^News:\n/, '');
      expect(first, `${audience}/${channel}`).toMatch(/authorized[^.]*drawdown/);
    }
    // without the title, the release's first sentence leads, as before
    const untitled = UKRAINE.slice(UKRAINE.indexOf('\n\n') + 2);
    expect(compose(untitled, { audience: 'rural', channel: 'sms' }).text).toMatch(/^Against tremendous odds/);
  });

  it('a lead that counts what was done stays before a stance that repeats more of the headline', () => {
    // State Department pool, "The United States Takes Further Actions against the Burmese Military
    // Regime" (2022), its title and first paragraphs, shortened
    const BURMA = [
      'The United States Takes Further Actions against the Burmese Military Regime',
      'In response to the brutal campaign of violence perpetrated by the Burmese military regime, the U.S. Department of the Treasury’s Office of Foreign Assets Control is designating today 22 individuals connected to the regime, pursuant to Executive Order 14014 “Blocking Property With Respect to the Situation in Burma.”',
      'In addition, the U.S. Department of Commerce is adding Wanbao Mining, Ltd. to its Entity List.',
      'Today’s measures further demonstrate that we will continue to take additional action against the military and its leaders.',
      'https://www.state.gov/the-united-states-takes-further-actions-against-the-burmese-military-regime/',
    ].join('\n\n');
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'notice'],
    ] as const) {
      const v = compose(BURMA, { audience, channel });
      expect(v.verification.ok).toBe(true);
      const first = v.parts[0]!.replace(/^News:\n/, '');
      expect(first, `${audience}/${channel}`).toMatch(
        /^The U\.S\. Department of the Treasury’s [^.]*is designating today 22/,
      );
      // the frame and the order that allows it go; the quoted title is named, never cut inside
      expect(first).not.toMatch(/In response to|Blocking Property/);
    }
  });
});
