import { describe, expect, it } from 'vitest';
import { compose } from '../src/compose/index.js';
import { verify } from '../src/verify/index.js';
import { definedAsAcronym } from '../src/verify/rules/quotes.js';

// Joint statement on the 2nd United States-Thailand Energy Policy Dialogue, 2023 (State Department
// pool item 1300), its agreed text to the end of the paragraph that defines CEDI.
const THAILAND =
  'The text of the following statement was released by the Governments of the United States of America and Thailand on the occasion of the 2nd United States-Thailand Energy Policy Dialogue.\n\nBegin text:\n\nDelegations from Thailand and the United States met in Bangkok for the second United States-Thailand Energy Policy Dialogue on February 17. Thailand’s Permanent Secretary of Energy Kulit Sombatsiri and Bureau of Energy Resources Senior Bureau Official Harry Kamian led the delegations together with government officials and private sector representatives.\n\nThe dialogue strengthened the energy partnership between the United States and Thailand in key areas such as energy security, power development, energy transition, clean energy technologies, and energy efficiency. The allies noted their support for constructive engagement between U.S. and Thai private companies in the energy sector.\n\nThailand and the United States discussed the future of electric vehicles, solar technology and its supply chains, grid modernization, and next-generation energy innovation technologies. These topics align with the national energy policy of both countries, and will support mutual efforts to address climate change.\n\nDuring the dialogue, Thailand signed the Clean Energy Demand Initiative (CEDI) non-binding Letter of Intent with major companies. CEDI will stimulate clean energy investment projects in Thailand and help achieve shared clean energy goals and ambitious climate targets set at COP26. The United States and Thailand agreed to enhance energy cooperation to spur economic growth and sustainable energy development.';

/** The first use of `acronym` in `text` is its spelled-out form ("… (CEDI)"), or it is not used. */
const spelledFirst = (text: string, acronym: string): boolean => {
  const at = text.search(new RegExp(`\\b${acronym}\\b`));
  return at < 0 || text.slice(at - 2, at) === ' (';
};

describe('an acronym the release defines is spelled out at its first use in youth and rural versions (issue 12)', () => {
  for (const [audience, channel] of [
    ['rural', 'notice'],
    ['rural', 'radio'],
    ['youth', 'x'],
    ['youth', 'instagram'],
  ] as const)
    it(`${audience} ${channel}: no bare "CEDI" before "Clean Energy Demand Initiative (CEDI)", verified`, () => {
      const v = compose(THAILAND, { audience, channel });
      expect(v.verification.ok).toBe(true);
      expect(spelledFirst(v.text, 'CEDI')).toBe(true);
    });

  it('the verifier reads a long form the release defines as its acronym inside agreed text, and nothing else', () => {
    const src = THAILAND;
    expect(
      definedAsAcronym('Clean Energy Demand Initiative (CEDI) will stimulate clean energy investment projects.', src),
    ).toBe('CEDI will stimulate clean energy investment projects.');
    // a long form the release does not write stays as it is
    expect(definedAsAcronym('Clean Power Demand Initiative (CEDI) will stimulate projects.', src)).toBe(
      'Clean Power Demand Initiative (CEDI) will stimulate projects.',
    );
    expect(
      verify(src, 'Clean Energy Demand Initiative (CEDI) will stimulate clean energy investment projects in Thailand.')
        .ok,
    ).toBe(true);
    // an edit of the agreed words still fails, spelled out or not
    for (const acronym of ['CEDI', 'Clean Energy Demand Initiative (CEDI)'])
      expect(
        verify(
          src,
          `${acronym} will stimulate clean energy investment projects in Thailand and help reach shared clean energy goals and ambitious climate targets set at COP26.`,
        ).ok,
      ).toBe(false);
  });
});
