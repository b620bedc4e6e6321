/**
 * A thread splits by meaning: a sentence longer than a post is shortened by the composer before
 * the packer cuts inside it, and a cut never parts a subject (a name and its title) from its verb.
 * Real sentences of the State Department pool (us_state_department_press_releases_2021_2022.jsonl).
 */
import { describe, expect, it } from 'vitest';
import { CHANNELS, compose, postLength } from '../src/compose/index.js';
import { clauseCuts, fitSentence, partsSubject, phraseCuts } from '../src/compose/render.js';
import { dropFrame } from '../src/compose/restructure.js';
import { fragment } from '../src/compose/select.js';
import { endsWhole, smsHeads } from '../src/compose/sms.js';
import { verify } from '../src/verify/index.js';

// pool: joint statement on the COVID-19 Global Action Plan Foreign Ministerial Meeting (July 2022)
const GAP_LEAD =
  'Building on the June 15th COVID-19 Senior Officials Meeting, H.E. Hayashi Yoshimasa, Minister for Foreign Affairs of Japan and the Honorable Antony Blinken, Secretary of State of the United States of America, convened a virtual COVID-19 Global Action Plan (GAP) Foreign Ministerial Meeting on July 19 with over 25 countries, the African Union, World Health Organization (WHO), and World Bank.';
const GAP = [
  'The following is the joint statement released by the Secretary of State of the United States and the Foreign Minister of Japan.',
  'Begin Text:',
  `As the world continues to grapple with COVID-19’s far-reaching impacts and new variants, there remains an urgent need to maintain and strengthen political engagement and coordination to end the acute phase of the COVID-19 pandemic. ${GAP_LEAD} Foreign ministers and senior leaders from countries, regions, and international organizations reaffirmed the need for coordinated international leadership and political will to end the acute phase of the COVID-19 pandemic and strengthen readiness for future pandemic threats.`,
  'End Text.',
  'https://www.state.gov/joint-statement-on-the-covid-19-global-action-plan-foreign-ministerial-meeting/',
].join('\n\n');
const whole = (h: string): boolean => endsWhole(h) && !fragment(h, 'en');

describe('a thread never parts a name and its title from the verb', () => {
  it('no cut at "…, Secretary of State of the United States of America, | convened"', () => {
    const at = GAP_LEAD.indexOf('convened');
    expect(clauseCuts(GAP_LEAD)).not.toContain(at);
    expect(partsSubject(GAP_LEAD.slice(0, at - 2), GAP_LEAD.slice(at))).toBe(true);
    // a clause after the comma is no predicate of the head
    expect(partsSubject('The Secretary met the Minister of Foreign Affairs', 'which was the first meeting')).toBe(
      false,
    );
  });
  it('an over-long sentence is cut where the head says who did what, before a phrase', () => {
    const s = GAP_LEAD.replace(/^Building on [^,]+, /, '');
    expect(phraseCuts(s)).toContain(s.indexOf(' on July 19'));
    const pieces = fitSentence(s, 260, CHANNELS.x, whole)!;
    // the longest head that is a whole clause: "… convened a virtual … Meeting on July 19"
    expect(pieces[0]).toMatch(/convened a virtual .*Meeting on July 19$/);
    expect(pieces[1]).toMatch(/^with over 25 countries/);
    for (const p of pieces) expect(postLength(p, CHANNELS.x)).toBeLessThanOrEqual(260);
  });
  it('"Building on …," is a frame a post leaves out, and the verifier does not take it for an actor', () => {
    const rest = dropFrame(GAP_LEAD, (t) => fragment(t, 'en'));
    expect(rest).toMatch(/^H\.E\. Hayashi Yoshimasa, Minister for Foreign Affairs of Japan and/);
    expect(verify(GAP, rest, { language: 'en' }).ok).toBe(true);
    // naming one of the two conveners alone still changes the attribution
    const one =
      'Antony Blinken convened a virtual COVID-19 Global Action Plan (GAP) Foreign Ministerial Meeting on July 19.';
    expect(verify(GAP, one, { language: 'en' }).ok).toBe(false);
  });
  it('the X thread leads with the news in one post, shortened to fit it', () => {
    const v = compose(GAP, { audience: 'youth', channel: 'x' });
    expect(v.parts[0]).toMatch(/^H\.E\. Hayashi Yoshimasa, .*convened a virtual .*Meeting on July 19\.$/);
    for (const p of v.parts) {
      expect(postLength(p, CHANNELS.x)).toBeLessThanOrEqual(280);
      expect(p).not.toMatch(/America,$/);
    }
    expect(v.verification.ok).toBe(true);
  });
});

describe('a shortened sentence keeps what a noun asks for', () => {
  it('never "… reaffirmed the need." without "for …"', () => {
    const s =
      'Foreign ministers and senior leaders from countries, regions, and international organizations reaffirmed the need for coordinated international leadership and political will to end the acute phase of the COVID-19 pandemic and strengthen readiness for future pandemic threats.';
    expect(smsHeads(s, 'en')).not.toContain(
      'Foreign ministers and senior leaders from countries, regions, and international organizations reaffirmed the need.',
    );
  });
});

describe('an event and its host', () => {
  // State Department pool item 419 (2022), its first sentence: 390 characters with its purpose
  const SEOUL =
    'Today in Seoul, U.S. Special Representative for the DPRK Ambassador Sung Kim and Japanese Ministry of Foreign Affairs Director General for Asian and Oceanian Affairs Funakoshi Takehiro participated in a trilateral meeting hosted by Republic of Korea (ROK) Special Representative for Korean Peninsula Peace and Security Affairs Kim Gunn.';
  it('a head may end on the event, before "hosted by" and its host', () => {
    expect(smsHeads(SEOUL, 'en')).toContain(
      'Today in Seoul, U.S. Special Representative for the DPRK Ambassador Sung Kim and Japanese Ministry of Foreign Affairs Director General for Asian and Oceanian Affairs Funakoshi Takehiro participated in a trilateral meeting.',
    );
    // never on the participle without its agent (en-complete.ts)
    expect(smsHeads(SEOUL, 'en').some((h) => /hosted\.$/.test(h))).toBe(false);
  });
  it('a youth thread does not cut the sentence across posts at "hosted | by"', () => {
    const release = `${SEOUL} They reaffirmed the importance of a robust trilateral relationship.\n\nhttps://www.state.gov/example/`;
    const v = compose(release, { audience: 'youth', channel: 'x' });
    expect(v.verification.ok).toBe(true);
    for (const p of v.parts) {
      expect(postLength(p, CHANNELS.x)).toBeLessThanOrEqual(280);
      expect(p).not.toMatch(/^by\s/);
    }
  });
});

// A sentence that fits a post only once titles are short ("U.S. Deputy Secretary of State Wendy
// Sherman" → "Deputy Secretary Sherman") loses its tail of detail then, not a cut inside it by the
// packer (a blind reading, seed 555: "… Hoang Xuan Chien / in separate meetings.")
describe('a long lead with titles, in a thread', () => {
  it('ends its first post on a whole sentence', () => {
    const release = `U.S. Deputy Secretary of State Wendy Sherman met yesterday in Hanoi with Foreign Minister Bui Thanh Son, Vice Foreign Minister Ha Kim Ngoc, Chairman of the Communist Party of Vietnam’s Commission on External Relations Le Hoai Trung, and Deputy Minister of Defense Sr. Lt. Gen. Hoang Xuan Chien in separate meetings. Deputy Secretary Sherman also discussed the human rights situation in Vietnam.`;
    const v = compose(release, { audience: 'youth', channel: 'x' });
    expect(v.parts[0]).toMatch(/Hoang Xuan Chien\.$/);
    expect(v.parts.every((p) => postLength(p, CHANNELS.x) <= 280)).toBe(true);
    expect(v.verification.ok).toBe(true);
  });
});
