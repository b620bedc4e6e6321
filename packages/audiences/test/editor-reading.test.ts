/**
 * What an editor found reading versions of eight State Department pool items (seed 2026, issue
 * 12): a head cut before what its noun or adjective asks for, a count left out of the news, "also"
 * leading, a date's closing comma, a bracket inside a compound. Real sentences of the pool
 * (us_state_department_press_releases_2021_2022.jsonl), each beside its item.
 */
import { describe, expect, it } from 'vitest';
import { compose } from '../src/compose/index.js';
import { keepsAmounts } from '../src/compose/en-heads.js';
import { smsHeads } from '../src/compose/sms.js';
import { spellOut, unambiguousDates } from '../src/compose/wording.js';

// item 180: visa restrictions against Cuban officials (2022)
const CUBA_LEAD =
  'The Department of State has taken steps to impose visa restrictions on 28 Cuban officials pursuant to Presidential Proclamation 5377, which suspends nonimmigrant entry into the United States of officers and employees of the Cuban government and Cuban Communist Party.';
const CUBA = `${CUBA_LEAD}

These 28 officials include officials who are implicated in the repression of the peaceful July 11, 2021 protests. Those covered include high-ranking members of the Cuban Communist Party responsible for setting national- and provincial-level policies.

The Cuban government employed Internet throttling on July 11, 2021, to both prevent the Cuban people from communicating with each other and keep the world from witnessing the historic events that day. Further, state media officials continue to engage in a campaign against jailed July 11, 2021, protesters and their family members who speak publicly about their loved ones’ cases.

https://www.state.gov/announcement-of-visa-restrictions-against-cuban-officials-2/`;

describe('a shortened sentence keeps what its words ask for', () => {
  it('no "… engage in a campaign." before "against …", no "… Party responsible." before "for …"', () => {
    const heads = [
      ...smsHeads(
        'Further, state media officials continue to engage in a campaign against jailed July 11, 2021, protesters and their family members.',
        'en',
      ),
      ...smsHeads(
        'Those covered include high-ranking members of the Cuban Communist Party responsible for setting national- and provincial-level policies.',
        'en',
      ),
      // item 90: "… reaffirmed our shared goals." before "for improving …"
      ...smsHeads(
        'The Deputy Secretary reaffirmed our shared goals for improving the U.S.-Pakistan relationship by advancing our economic and commercial ties.',
        'en',
      ),
    ];
    expect(heads.some((h) => /(?:a campaign|Party responsible|our shared goals)\.$/.test(h))).toBe(false);
  });
  it('a count is news: a head keeps "28 Cuban officials" (not a year, not a day)', () => {
    expect(keepsAmounts('The Department of State has taken steps to impose visa restrictions.', CUBA_LEAD, true)).toBe(
      false,
    );
    expect(
      keepsAmounts(
        'The Department of State has taken steps to impose visa restrictions on 28 Cuban officials.',
        CUBA_LEAD,
        true,
      ),
    ).toBe(true);
    expect(
      keepsAmounts('They repressed the protests.', 'They repressed the peaceful July 11, 2021 protests.', true),
    ).toBe(true);
  });
  it('the SMS says whom the measure hits, with the count', () => {
    const v = compose(CUBA, { audience: 'rural', channel: 'sms' });
    expect(v.text).toMatch(
      /^The Department of State has taken steps to impose visa restrictions on 28 Cuban officials\./,
    );
    expect(v.verification.ok).toBe(true);
  });
});

describe('the lead does not say "also"', () => {
  // item 738: Deputy Secretary Sherman's meeting with Frédéric Bernard (2022)
  const EU = `The following is attributable to Spokesperson Ned Price:

Deputy Secretary Sherman welcomed the EU’s strong financial, humanitarian, and military support to Ukraine and the unprecedented U.S.- EU and transatlantic unity in response to Russia’s unprovoked and unjustified war against Ukraine. The Deputy Secretary also reaffirmed the United States’ continued strong support for Ukraine’s European aspirations.`;
  it('"The Deputy Secretary also reaffirmed …" leading → "The Deputy Secretary reaffirmed …"', () => {
    const only = EU.split('\n\n')[1]!.split(/(?<=Ukraine\.) /)[1]!;
    const v = compose(`${only}\n\nhttps://www.state.gov/x/`, { audience: 'rural', channel: 'sms' });
    expect(v.text).toMatch(/^The Deputy Secretary reaffirmed the United States’ continued strong support/);
    expect(v.verification.ok).toBe(true);
  });
});

describe('dates and acronyms for foreign readers', () => {
  it('the comma closing a US date inside a noun phrase goes; after a preposition it stays', () => {
    expect(unambiguousDates('a campaign against jailed July 11, 2021, protesters and their families')).toBe(
      'a campaign against jailed 11 July 2021 protesters and their families',
    );
    expect(unambiguousDates('On July 11, 2021, the government cut the Internet.')).toBe(
      'On 11 July 2021, the government cut the Internet.',
    );
    const v = compose(CUBA, { audience: 'foreign', channel: 'plain' });
    expect(v.text).not.toMatch(/2021, protesters/);
  });
  it('no bracket inside a compound: "the U.S.-Pakistan relationship" → "the United States-Pakistan relationship"', () => {
    const longForms = new Map([['U.S.', 'United States']]);
    const s = 'The Deputy Secretary reaffirmed our shared goals for improving the U.S.-Pakistan relationship.';
    const out = spellOut(s, longForms, 'en');
    expect(out).not.toMatch(/\(U\.S\)?\.?\)?[.-]/);
    expect(out === s || out.includes('the United States-Pakistan relationship')).toBe(true);
  });
});
