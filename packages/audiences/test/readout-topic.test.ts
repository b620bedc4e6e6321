/**
 * What a call or a meeting was about is its news (State Department pool,
 * us_state_department_press_releases_2021_2022.jsonl, item 283, read blind as an editor, seed
 * 2718): the youth post of Blinken's call with Lapid said whom he spoke with and never that it
 * was about the dissolution of the Knesset.
 */
import { describe, expect, it } from 'vitest';
import { compose } from '../src/compose/index.js';
import { smsHeads } from '../src/compose/sms.js';

const LAPID = `# Secretary Blinken’s Call with Israeli Foreign Minister and Alternate Prime Minister Lapid

The below is attributable to Spokesperson Ned Price:

Secretary of State Antony J. Blinken spoke today with Israeli Foreign Minister and Alternate Prime Minister Yair Lapid regarding the dissolution of the Knesset. Secretary Blinken underscored our respect for democratic processes and reiterated our unwavering commitment to the strong U.S.-Israel strategic relationship. The Secretary emphasized our continuing close coordination on regional and global issues and noted President Biden looks forward to his visit to Israel next month.
`;

// pool item 1251, its first sentence
const KHEREIJI = `# Deputy Secretary Sherman’s Call with Saudi Deputy Foreign Minister Waleed El Khereiji

Deputy Secretary of State Wendy Sherman spoke today with the Deputy Foreign Minister of the Kingdom of Saudi Arabia Waleed El Khereiji about the premeditated, unprovoked, and unjustified attack against Ukraine by Russia’s military forces and the importance of building a strong international response to support Ukrainian sovereignty.
`;

describe('a readout keeps what the call was about', () => {
  it('says what the call was about in the youth post and the notice', () => {
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'notice'],
      ['rural', 'sms'],
    ] as const) {
      const v = compose(LAPID, { audience, channel });
      expect(v.verification.ok).toBe(true);
      expect(v.text, `${audience}/${channel}`).toMatch(/Yair Lapid about the dissolution of the Knesset\./);
    }
  });

  it('cuts a second topic ("and the importance of …"), not the first', () => {
    const s = KHEREIJI.split('\n\n')[1]!.trim();
    const heads = smsHeads(s, 'en');
    expect(heads).toContain(
      'Deputy Secretary of State Wendy Sherman spoke today with the Deputy Foreign Minister of the Kingdom of Saudi Arabia Waleed El Khereiji about the premeditated, unprovoked, and unjustified attack against Ukraine by Russia’s military forces.',
    );
    expect(heads.some((h) => /Khereiji\.$/.test(h))).toBe(false);
    // an SMS with no room for the topic says whom the call was with, not "… about the premeditated, …"
    expect(smsHeads(s, 'en', true, false).some((h) => /Khereiji\.$/.test(h))).toBe(true);
    const sms = compose(KHEREIJI, { audience: 'rural', channel: 'sms' });
    expect(sms.verification.ok).toBe(true);
    expect(sms.text).not.toContain('…');
    expect(sms.text).toMatch(/^Deputy Secretary of State Wendy Sherman spoke today with/);
  });
});

describe('a welcome of what was launched is news, not a courtesy', () => {
  it('keeps "They welcomed the launch of …" among what a meeting did', async () => {
    const { candidates } = await import('../src/compose/select.js');
    const { analyze } = await import('@attache/core');
    const text =
      'Secretary Blinken met Australian Foreign Minister Penny Wong yesterday. They welcomed the launch of the Indo-Pacific Economic Framework. They discussed the region.';
    const c = candidates(analyze(text, { language: 'en', lint: false }), text, 'en');
    const launch = c.find((p) => p.text.includes('welcomed the launch'));
    expect(launch?.ceremony).toBeUndefined();
  });
});

describe('a head keeps where and about what', () => {
  it('keeps the places a list names in the lead, and what an interest or a concern is in', () => {
    // pool item 0 (seed 8080): the youth post said three exhibitions were installed, nowhere
    const art =
      'Art in Embassies recently completed the installations of three new temporary art exhibitions at Chief of Mission residences in Canada, Poland, and Slovenia.';
    const v = compose(`# Art in Embassies\n\n${art}\n`, { audience: 'youth', channel: 'x' });
    expect(v.text).toContain('in Canada, Poland, and Slovenia');
    // pool item 137: "… entities with specific interests." and 1836: "We are united in our deep concern."
    const idet =
      'The IDET includes members of the telecommunications industry, organizations, institutions, or entities with specific interests in the digital economy, digital connectivity, and emerging digital technologies.';
    expect(smsHeads(idet, 'en').some((h) => /interests\.$/.test(h))).toBe(false);
    const belarus =
      'We are united in our deep concern regarding the Lukashenka regime’s continuing attacks on human rights, fundamental freedoms, and international law.';
    expect(smsHeads(belarus, 'en').some((h) => /concern\.$/.test(h))).toBe(false);
  });
});
