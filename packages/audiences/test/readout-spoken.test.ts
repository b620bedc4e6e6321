/**
 * A readout in spoken register (issue 12, compose/spoken.ts): "met with" → "met", "discussed" →
 * "talked about", "emphasized" → "stressed", a pair named again right after as "They", the short
 * title the release itself uses at first mention, and no cut that leaves "the partnership" without
 * whom it is between (compose/sms.ts). Sentences are State Department readouts (pool items
 * 1500–1600 and the example, item 1777).
 */
import { describe, expect, it } from 'vitest';
import { compose } from '../src/compose/index.js';
import { shortenLong, smsHeads } from '../src/compose/sms.js';
import { metToday, pairAsThey, shortFirstMention, spoken } from '../src/compose/spoken.js';
import { verify } from '../src/verify/index.js';

const LAPID = `Secretary Blinken’s Meeting with Israeli Alternate Prime Minister and Foreign Minister Yair Lapid

The below is attributable to Spokesperson Ned Price:

Secretary of State Antony J. Blinken met today with Israeli Alternate Prime Minister and Foreign Minister Yair Lapid in Rome. The Secretary and the Foreign Minister discussed support for stability in the region, building on regional normalization efforts, and the need to improve Israeli-Palestinian relations. Secretary Blinken and Foreign Minister Lapid emphasized the strong partnership between the United States and Israel and America’s unwavering support for Israel’s security.`;
const ok =
  (src: string) =>
  (t: string): boolean =>
    verify(src, t).ok;

describe('a readout’s verbs as a newsroom says them', () => {
  it('“met with” a person → “met”, never “met with criticism” or “met with the approval of”', () => {
    expect(spoken('Lenderking met with senior officials.', true, false)).toBe('Lenderking met senior officials.');
    expect(spoken('In Botswana, the Under Secretary will meet with President Mokgweetsi Masisi.', true, false)).toBe(
      'In Botswana, the Under Secretary will meet President Mokgweetsi Masisi.',
    );
    for (const same of ['The plan met with criticism.', 'The proposal met with the approval of the board.'])
      expect(spoken(same, true, false)).toBe(same);
  });
  it('“met today with X in Rome.” → “met X in Rome today.”, not when a clause follows the object', () => {
    expect(metToday('Blinken met today with Foreign Minister Yair Lapid in Rome.')).toBe(
      'Blinken met Foreign Minister Yair Lapid in Rome today.',
    );
    expect(
      metToday('Deputy Secretary Sherman met today in Muscat with Deputy Foreign Minister Sheikh Khalifa Al Harthy.'),
    ).toBe('Deputy Secretary Sherman met Deputy Foreign Minister Sheikh Khalifa Al Harthy in Muscat today.');
    const clause = 'Blinken met today with Foreign Minister Lapid to discuss the war.';
    expect(metToday(clause)).toBe(clause);
  });
  it('“discussed” → “talked about” in its form; a passive, a participle after its noun and “discussed with” keep their verb', () => {
    expect(
      spoken('Blinken and Ebrard discussed coordinated efforts between the United States and Mexico.', true, false),
    ).toBe('Blinken and Ebrard talked about coordinated efforts between the U.S. and Mexico.');
    expect(spoken('In Niger, she will meet President Bazoum to discuss ways to deepen ties.', true, false)).toBe(
      'In Niger, she will meet President Bazoum to talk about ways to deepen ties.',
    );
    for (const same of [
      'These issues were discussed at length.',
      'The issues discussed at the meeting matter.',
      'The Secretary discussed with him the situation in Sudan.',
    ])
      expect(spoken(same, true, false)).toBe(same);
  });
  it('“emphasized”, “underscored” → “stressed”; “reiterated that” → “said again that”; “reiterated his condolences” → “repeated …”, not “repeated the importance” nor “repeated the right”', () => {
    expect(spoken('Deputy Secretary Sherman emphasized the strong partnership.', true, false)).toBe(
      'Deputy Secretary Sherman stressed the strong partnership.',
    );
    expect(spoken('The Secretary underscored the essential role of ASEAN-centered fora.', true, false)).toBe(
      'The Secretary stressed the essential role of ASEAN-centered fora.',
    );
    expect(spoken('The Secretary reiterated that the United States stands with Nepal.', true, false)).toBe(
      'The Secretary said again that the U.S. stands with Nepal.',
    );
    expect(spoken('The Secretary reiterated his condolences.', true, false)).toBe(
      'The Secretary repeated his condolences.',
    );
    for (const same of [
      'They also reiterated the importance of advancing negotiations.',
      'He reiterated the unquestionable right of citizens to protest peacefully.',
    ])
      expect(spoken(same, true, false)).toBe(same);
  });
});

describe('a pair named again, and the short title at first mention', () => {
  it('“The Secretary and the Foreign Minister discussed …” after the line naming both → “They …”, and again after that', () => {
    const lines = [
      'Secretary Blinken met Foreign Minister Yair Lapid in Rome today.',
      'The Secretary and the Foreign Minister talked about support for stability in the region.',
      'Blinken and Lapid stressed the strong partnership.',
    ];
    expect(pairAsThey(lines, () => true)).toEqual([
      lines[0],
      'They talked about support for stability in the region.',
      'They stressed the strong partnership.',
    ]);
  });
  it('not when the line before does not name both, nor for two countries, nor when the verifier refuses', () => {
    const apart = [
      'Secretary Blinken spoke with Foreign Minister Lapid.',
      'We welcome the news.',
      'Blinken and Lapid agreed.',
    ];
    expect(pairAsThey(apart, () => true)).toEqual(apart);
    const countries = ['Secretary Blinken met Foreign Minister Lapid.', 'The United States and Israel will act.'];
    expect(pairAsThey(countries, () => true)).toEqual(countries);
    const other = ['Secretary Blinken met Foreign Minister Lapid.', 'Blinken and Sherman agreed.'];
    expect(pairAsThey(other, () => true)).toEqual(other);
    const two = ['Secretary Blinken met Foreign Minister Lapid.', 'Blinken and Lapid agreed.'];
    expect(pairAsThey(two, () => false)).toEqual(two);
  });
  it('“Secretary of State Antony J. Blinken” → “Secretary Blinken” where the release says “Secretary Blinken”, the first mention only', () => {
    const input =
      'Secretary Blinken’s Call\n\nSecretary of State Antony J. Blinken spoke with Mexican Foreign Secretary Marcelo Ebrard.';
    expect(
      shortFirstMention(
        [
          'Secretary of State Antony J. Blinken spoke with Mexican Foreign Secretary Marcelo Ebrard.',
          'Blinken thanked him.',
        ],
        input,
        ok(input),
      ),
    ).toEqual(['Secretary Blinken spoke with Mexican Foreign Secretary Marcelo Ebrard.', 'Blinken thanked him.']);
    // a release that never says "Secretary Blinken" keeps its full title
    const full = 'Secretary of State Antony J. Blinken spoke with Foreign Secretary Marcelo Ebrard.';
    expect(shortFirstMention([full], full, ok(full))).toEqual([full]);
  });
});

describe('no cut that leaves a noun without its complement', () => {
  it('“… emphasized the strong partnership.” is no head of “… partnership between the United States and Israel …”', () => {
    const s =
      'Secretary Blinken and Foreign Minister Lapid emphasized the strong partnership between the United States and Israel and America’s unwavering support for Israel’s security.';
    const head = shortenLong(s, 12, 'en', () => true);
    expect(head ?? '').not.toMatch(/partnership\.$/);
  });
  it('a cut before a second object that opens with a possessive name, never inside “between … and …”', () => {
    const s =
      'Blinken and Lapid stressed the strong partnership between the U.S. and Israel and America’s unwavering support for Israel’s security.';
    expect(shortenLong(s, 15, 'en', () => true)).toBe(
      'Blinken and Lapid stressed the strong partnership between the U.S. and Israel.',
    );
    expect(
      shortenLong(
        'They stressed the partnership between the U.S. and Israel’s people and the region today.',
        12,
        'en',
        () => true,
      ),
    ).toBeNull();
  });
  it('no cut before the “with” of a verb of meeting: whom she met stays (pool item 1573)', () => {
    const s =
      'Deputy Secretary of State Wendy Sherman met today in Muscat with Deputy Foreign Minister Sheikh Khalifa Al Harthy to discuss advancing peace and security in the region.';
    for (const h of smsHeads(s, 'en')) expect(h).not.toMatch(/in Muscat\.$/);
    expect(smsHeads(s, 'en')).toContain(
      'Deputy Secretary of State Wendy Sherman met today in Muscat with Deputy Foreign Minister Sheikh Khalifa Al Harthy.',
    );
  });
  it('the issue’s readout (pool item 1777), youth/x: met, They, talked about, stressed, the partnership with whom, verified', () => {
    const v = compose(LAPID, { audience: 'youth', channel: 'x' });
    expect(v.verification.ok).toBe(true);
    expect(v.text).toContain(
      'Secretary Blinken met Israeli Alternate Prime Minister and Foreign Minister Yair Lapid in Rome today.',
    );
    expect(v.text).toContain('They talked about support for stability in the region');
    expect(v.text).toContain('They stressed the strong partnership between the U.S. and Israel.');
    expect(v.text).not.toMatch(/partnership\./);
    expect(v.text).not.toMatch(/\bmet with\b|\bdiscussed\b|\bemphasized\b/);
  });
});
