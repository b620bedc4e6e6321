/**
 * Shorter English versions: fronted frames and long titles left out on short channels, sentences
 * split at the audience's length (en-split.ts), the youth lead's purpose as "Why? To …", heads
 * that never end before the "from" of "prevent … from" nor after a lone "both", and "an
 * additional" never "an more". Each with a sentence of a real release (sources beside them).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../../scripts/eval/corpus.js';
import { compose } from '../src/compose/index.js';
import { breaksArticle, rewriteEach } from '../src/compose/edit.js';
import { EN_SPLIT_OVER, insideName, splitEnglish } from '../src/compose/en-split.js';
import { dropFrame, rankOnly } from '../src/compose/restructure.js';
import { fragment } from '../src/compose/select.js';
import { endsWhole, smsHeads } from '../src/compose/sms.js';
import { askWhy } from '../src/compose/spoken.js';
import { youth } from '../src/index.js';

/** A fixture release's text (after its provenance header). */
const release = (name: string): string =>
  readFileSync(fixturePath('releases', 'en', name), 'utf8').replace(/^[\s\S]*?\n\n/, '');
const isFragment = (t: string): boolean => fragment(t, 'en');

// test/fixtures/releases/en/en_usdos_01.txt (State Department, Colombia's Independence Day, 2021)
const COLOMBIA = release('en_usdos_01.txt');
const ON_BEHALF = COLOMBIA.split(/(?<=July 20\.)/)[0]!.trim();

// State Department pool (us_state_department_press_releases_2021_2022.jsonl): joint statement on
// the COVID-19 Global Action Plan Foreign Ministerial Meeting, July 2022
const GAP_SENTENCE =
  'H.E. Hayashi Yoshimasa, Minister for Foreign Affairs of Japan and the Honorable Antony Blinken, Secretary of State of the United States of America, convened a virtual COVID-19 Global Action Plan (GAP) Foreign Ministerial Meeting on July 19 with over 25 countries, the African Union, World Health Organization (WHO), and World Bank.';
const GAP = `${GAP_SENTENCE}\n\nhttps://www.state.gov/joint-statement-on-the-covid-19-global-action-plan-foreign-ministerial-meeting/`;

describe('a short channel leaves out a fronted frame', () => {
  it('"On behalf of …, I send …" → "I send …" (en_usdos_01)', () => {
    expect(ON_BEHALF).toMatch(/^On behalf of the Government of the United States/);
    expect(dropFrame(ON_BEHALF, isFragment)).toBe(
      'I send best wishes to the people of Colombia as you celebrate your Independence Day on July 20.',
    );
  });
  it('on X and in an SMS, verified; the plain version for foreign readers keeps it', () => {
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'sms'],
    ] as const) {
      const v = compose(COLOMBIA, { audience, channel });
      expect(v.text, channel).toMatch(/^I send best wishes to the people of Colombia/);
      expect(v.verification.ok).toBe(true);
    }
    expect(compose(COLOMBIA, { audience: 'foreign', channel: 'plain' }).text).toMatch(/^On behalf of/);
  });
  it('not when what remains has no actor of its own', () => {
    const s = 'In response to the attack, sanctions on five individuals and two entities.';
    expect(dropFrame(s, isFragment)).toBe(s);
    // a partner is a co-actor, not a frame
    const p = 'In partnership with the Government of Mozambique, we opened two clinics in Maputo.';
    expect(dropFrame(p, isFragment)).toBe(p);
  });
});

describe('a short channel cuts a long title after a name to its rank', () => {
  it('"Antony Blinken, Secretary of State of the United States of America," → "…, Secretary of State,"', () => {
    const t = rankOnly(GAP_SENTENCE);
    expect(t).toContain('the Honorable Antony Blinken, Secretary of State, convened');
    // the title before "and the Honorable …" is not taken for a long title running on
    expect(t).toContain('Hayashi Yoshimasa, Minister for Foreign Affairs of Japan and the Honorable');
    expect(
      rankOnly(
        'The agreement was signed by Bill Nelson, Administrator of the National Aeronautics and Space Administration.',
      ),
    ).toBe('The agreement was signed by Bill Nelson, Administrator.');
  });
  it('in a youth post, and the verifier passes it (the rank is the release’s own words)', () => {
    const v = compose(GAP, { audience: 'youth', channel: 'x' });
    expect(v.text).toContain('Antony Blinken, Secretary of State,');
    expect(v.text).not.toContain('of the United States of America');
    expect(v.verification.ok).toBe(true);
  });
});

describe('English sentences split at the audience’s length', () => {
  // en_usdos_06 (State Department, ordered departure from Kyiv, 2022)
  const PRIORITY =
    'I have no higher priority than the safety and security of Americans around the world, and that includes our colleagues serving at our posts overseas.';
  it('youth 12, rural 14, foreign 18 words; ", and that …" becomes a sentence of its own', () => {
    expect(EN_SPLIT_OVER).toEqual({ youth: 12, rural: 14, foreign: 18 });
    expect(splitEnglish(PRIORITY, EN_SPLIT_OVER.youth, () => true)).toEqual([
      'I have no higher priority than the safety and security of Americans around the world.',
      'That includes our colleagues serving at our posts overseas.',
    ]);
    // under the length, or refused by the verifier: whole
    expect(splitEnglish(PRIORITY, 30, () => true)).toEqual([PRIORITY]);
    expect(splitEnglish(PRIORITY, 12, () => false)).toEqual([PRIORITY]);
  });
  it('never inside a title or a number', () => {
    const s = 'the Bureau of Population, Refugees, and Migration';
    expect(insideName(s, s.indexOf(', and'), s.indexOf(', and') + 5)).toBe(true);
    expect(insideName('about 3,000 people', 7, 8)).toBe(true);
    const c = 'The Ministry opened three schools this year, and the city will build two more.';
    expect(insideName(c, c.indexOf(', and'), c.indexOf(', and') + 5)).toBe(false);
  });
});

describe('the youth lead gives its purpose as "Why? To …"', () => {
  // en_usdos_15 (State Department, Horn of Africa drought, 2022), its lead
  const GENEVA =
    'In Geneva at the High-Level Roundtable for the Horn of Africa Drought, the U.S. announced more than $200 million in humanitarian assistance to respond to the humanitarian needs of people in the region.';
  const whole = (h: string): boolean => endsWhole(h) && !isFragment(h);
  it('the news, then the question and its answer in the release’s words', () => {
    expect(askWhy([GENEVA, 'Next.'], whole, () => true)).toEqual([
      'In Geneva at the High-Level Roundtable for the Horn of Africa Drought, the U.S. announced more than $200 million in humanitarian assistance.',
      'Why? To respond to the humanitarian needs of people in the region.',
      'Next.',
    ]);
  });
  it('not an infinitive a word asks for ("continue to", "efforts to"), nor when the verifier refuses', () => {
    const s = 'The United States will continue to support the people of Ukraine in the months ahead.';
    expect(askWhy([s], whole, () => true)).toEqual([s]);
    const e = 'We welcome the efforts to support the transition in the region and beyond.';
    expect(askWhy([e], whole, () => true)).toEqual([e]);
    expect(askWhy([GENEVA], whole, () => false)).toEqual([GENEVA]);
    // past a list after "efforts by": the efforts' infinitive (State Department pool, a call with
    // the French Foreign Minister)
    const l =
      'Secretary Blinken spoke with French Foreign Minister Jean-Yves Le Drian today about joint efforts by NATO Allies, EU partners, G7 members, and other partners to address Russia’s continued military build-up on Ukraine’s borders.';
    expect(askWhy([l], whole, () => true)).toEqual([l]);
    // past a short "by …" after the noun: the commitment's infinitive, no purpose
    // (State Department pool, welcoming Dr. John Nkengasong, 2021)
    const n =
      'Ambassador Nkengasong will lead the U.S. President’s Emergency Plan for AIDS Relief, the largest commitment by any nation to address a single disease in history.';
    expect(askWhy([n], whole, () => true)).toEqual([n]);
    // what a verb asks its object to do (en_whitehouse_03, the FCC's all-in pricing rule): the
    // version had "… would need cable and satellite TV providers." + "Why? To give consumers …"
    const f =
      'Today, the Federal Communications Commission proposed a new rule that would require cable and satellite TV providers to give consumers the all-in price up front.';
    expect(askWhy([f], whole, () => true)).toEqual([f]);
    const u = 'The Secretary urged the two sides to return to talks on the border as soon as possible.';
    expect(askWhy([u], whole, () => true)).toEqual([u]);
  });
  it('not after a head too long to stand (it would be shortened, and the answer lose what it answers)', () => {
    // State Department pool: Secretary Blinken's call with the UAE Foreign Minister, 2022
    const s =
      'Secretary of State Antony J. Blinken spoke today with the UAE Minister of Foreign Affairs and International Cooperation Sheikh Abdullah bin Zayed Al Nahyan about Russia’s premeditated, unprovoked, and unjustified attack against Ukraine and the importance of building a strong international response to support Ukrainian sovereignty through the UN Security Council.';
    expect(askWhy([s], whole, () => true, 20)).toEqual([s]);
    expect(askWhy([GENEVA], whole, () => true, 30)).toHaveLength(2);
  });
});

describe('heads never end before "from" of a verb of preventing, nor on a lone "both"', () => {
  it('"designed to prevent Russia from profiting …" keeps its "from" (en_usdos_03)', () => {
    const s =
      'The E.O. is designed to prevent Russia from profiting off of this blatant violation of international law.';
    expect(smsHeads(s, 'en').filter((h) => /prevent Russia\.$/.test(h))).toEqual([]);
  });
  it('"… sell goods both domestically and abroad" is not cut after "both domestically" (en_usdos_10)', () => {
    const s =
      'Frederick is home to 3,700 businesses, including many large manufacturers which produce and sell goods both domestically and abroad.';
    const heads = smsHeads(s, 'en');
    expect(heads.filter((h) => /\bboth\b/.test(h) && !/\bboth\b.*\band\b/.test(h))).toEqual([]);
    expect(heads).toContain('Frederick is home to 3,700 businesses.');
  });
});

describe('"an additional" → "another", never "an more"', () => {
  // en_govuk_08 (GOV.UK, school revenue funding settlement for 2017 to 2018)
  const S = 'We have been able to provide an additional £130 million for the DSG high needs block.';
  it('the plain-word substitution that would break the article is not taken', () => {
    expect(
      breaksArticle(S, { start: S.indexOf('additional'), end: S.indexOf('additional') + 10, replacement: 'more' }),
    ).toBe(true);
    expect(breaksArticle(S, { start: S.indexOf('provide'), end: S.indexOf('provide') + 7, replacement: 'give' })).toBe(
      false,
    );
    expect(rewriteEach([S], youth)[0]).not.toMatch(/\ban more\b/);
  });
  it('the youth version says "another £130 million"', () => {
    const v = compose(
      `${S}\n\nhttps://www.gov.uk/government/speeches/school-revenue-funding-settlement-for-2017-to-2018`,
      {
        audience: 'youth',
        channel: 'x',
      },
    );
    expect(v.text).toContain('another £130 million');
    expect(v.text).not.toMatch(/\ban more\b/);
    expect(v.verification.ok).toBe(true);
  });
});
