/**
 * A Rewards for Justice offer (State Department pool, us_state_department_press_releases_2021_2022.jsonl,
 * item 1383, read blind as an editor, seed 2718): its 69-word first sentence is the news, and every
 * version had left it out (a sentence over 60 words was never a candidate), so none said what the
 * reward was or for whom; the notice said the release gave nothing to do and no one to call, and
 * every version sent readers to the programme's Twitter account.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@attache/core';
import { compose } from '../src/compose/index.js';
import { fragment } from '../src/compose/select.js';
import { leadHasHead, smsHeads } from '../src/compose/sms.js';
import { omitDetail } from '../src/compose/restructure.js';
import { firstLink, releaseAction } from '../src/compose/wording.js';
import { verify } from '../src/verify/index.js';

const OFFER = `# Rewards for Justice – Reward Offer for Information on ISIS-K Leader Sanaullah Ghafari and Kabul Airport Attack

The U.S. Department of State’s Rewards for Justice (RFJ) program, administered by the Diplomatic Security Service, is offering a reward of up to $10 million each for information leading to the identification or location of ISIS-K leader Sanaullah Ghafari, also known as Shahab al-Muhajir, and for information leading to the arrest or conviction in any country of those responsible for the August 26, 2021, terrorist attack at the Kabul airport.

In June 2020, Sanaullah Ghafari was appointed by the ISIS core to lead ISIS-K. Ghafari is responsible for approving all ISIS-K operations throughout Afghanistan and arranging funding to conduct operations.

At least 185 people were killed in the attack, including 13 U.S. service members supporting evacuation operations. More than 150 people, including 18 U.S. service members, were wounded. ISIS-K claimed responsibility for the attack.

More information about this reward offer is located on the Rewards for Justice website at www.rewardsforjustice.net. We encourage anyone with information on past or planned attacks against U.S. persons or property in Afghanistan to text Rewards for Justice via Signal, Telegram, or WhatsApp at +1-202-702-7843. All information will be kept strictly confidential.

Since its inception in 1984, the program has paid more than $200 million to more than 100 people across the globe who provided actionable information that helped prevent terrorism, bring terrorist leaders to justice, and resolve threats to U.S. national security. Follow us on Twitter at https://twitter.com/RFJ_USA.
`;

const LEAD = OFFER.split('\n\n')[1]!;

describe('a lead over 60 words is the news when a head of it can lead', () => {
  it('leads every short version with the reward, its amount and whom it is for', () => {
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'notice'],
      ['rural', 'radio'],
    ] as const) {
      const v = compose(OFFER, { audience, channel });
      expect(v.verification.ok, `${audience}/${channel}`).toBe(true);
      const first = v.parts[0]!.replace(/^News:\n/, '');
      expect(first, `${audience}/${channel}`).toMatch(
        /^The U\.S\. Department of State’s Rewards for Justice program is offering a reward of up to (?:\$10 million|ten million dollars) each for information leading to the identification or location of ISIS-K leader Sanaullah Ghafari\./,
      );
      // the asides went, not the facts: no "administered by", no alias, no sentence over 38 words
      expect(v.text).not.toMatch(/administered by|also known as/);
    }
  });

  it('cuts the second object of "for" and the asides, and no head ends inside "up to" or "due to"', () => {
    expect(omitDetail(LEAD, 'en')).not.toMatch(/administered by|also known as/);
    expect(leadHasHead(LEAD)).toBe(true);
    // (without a head short enough the sentence stays out, as before: a list of three officials' titles)
    expect(
      leadHasHead(
        'In a March 14 trilateral call, U.S. Special Representative for the DPRK Sung Kim, Japanese Ministry of Foreign Affairs Director General for Asian and Oceanian Affairs Bureau Funakoshi Takehiro, and ROK Special Representative for Korean Peninsula Peace and Security Affairs Noh Kyu-duk discussed the DPRK’s February 26 and March 4 ballistic missile launches, which all three governments have concluded were tests of a new DPRK intercontinental ballistic missile (ICBM) system.',
      ),
    ).toBe(false);
    // pool items 387 and 1134: "(QIST) including but not limited." and "… Kioko due." were heads
    const quantum =
      'The United States and Denmark intend to promote quantum information science and technology including but not limited to quantum computing, quantum networking, and quantum sensing.';
    expect(smsHeads(quantum, 'en').some((h) => /limited\.$/.test(h))).toBe(false);
    const due =
      'The U.S. Department of State is designating former Nairobi Governor Mike Sonko due to his involvement in significant corruption.';
    expect(smsHeads(due, 'en').some((h) => /\bdue\.$/.test(h))).toBe(false);
  });

  it('takes a participle said aside with its place for no verb of the sentence', () => {
    // (a head of the Negev Forum's 90-word lead, pool item 243, led its versions)
    expect(fragment('Further to the Negev Summit, held in Sde Boker, Israel in March of this year.', 'en')).toBe(true);
    expect(fragment('The summit, held in Sde Boker, agreed on a framework.', 'en')).toBe(false);
  });
});

describe('what the release asks readers to do, and where to read more', () => {
  it('gives the notice the release’s own call to action, with its number', () => {
    const v = compose(OFFER, { audience: 'rural', channel: 'notice' });
    expect(v.text).toMatch(
      /What to do:\nWe encourage anyone with information on past or planned attacks .* at \+1-202-702-7843\./,
    );
    // the action gives its number: no note that the release names no one to call
    expect(v.notes.join('\n')).not.toMatch(/What to do:|Who to call:/);
  });

  it('finds no call to action in a line for journalists', () => {
    const text = 'The Secretary will meet the Minister. Please email EAP-Press@state.gov with any media inquiries.';
    expect(releaseAction(analyze(text, { language: 'en' }), text)).toBeNull();
  });

  it('links to the page for more, not the office’s social account nor a site something is streamed on', () => {
    expect(firstLink(OFFER)).toBe('www.rewardsforjustice.net');
    expect(compose(OFFER, { audience: 'youth', channel: 'x' }).text).not.toMatch(/twitter\.com/);
    expect(
      firstLink('Remarks will be livestreamed on www.state.gov. Follow us at https://twitter.com/StateDept.'),
    ).toBe('https://twitter.com/StateDept');
    expect(firstLink('See https://www.state.gov/a-page/ and https://twitter.com/StateDept.')).toBe(
      'https://www.state.gov/a-page/',
    );
  });

  it('the verifier reads a web address the release gives as an address, not as words', () => {
    // en_usdos_08: its SMS gave the report's address and failed as a list split
    const source =
      'Women are a powerful force. The report is at www.whitehouse.gov/wp-content/uploads/2021/07/USG-Women-Peace-and-Security-Congressional-Report-June-2021.pdf and lists Women, Peace, and Security actions.';
    const link =
      'www.whitehouse.gov/wp-content/uploads/2021/07/USG-Women-Peace-and-Security-Congressional-Report-June-2021.pdf';
    expect(verify(source, `Women are a powerful force. ${link}`).ok).toBe(true);
    // (the words around it are still checked: a year the release does not give is caught)
    expect(verify(source, `Women are a powerful force since 2019. ${link}`).ok).toBe(false);
  });
});
