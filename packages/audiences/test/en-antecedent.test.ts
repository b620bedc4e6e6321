/**
 * A version's first sentence names what it speaks of (en-antecedent.ts): "the launches" given the
 * release's own first, fuller mention when the version leaves out the sentence that made it.
 * State Department pool (us_state_department_press_releases_2021_2022.jsonl), read blind as an
 * editor: the youth post and the SMS of the U.S.-Japan-ROK call of March 14, 2022 said "Special
 * Representative Kim strongly condemned the launches." and never which.
 */
import { describe, expect, it } from 'vitest';
import { compose } from '../src/compose/index.js';
import { fullerMention } from '../src/compose/en-antecedent.js';

// the release's opening as published, its lead sentence whole
const TRILATERAL = `Special Representative for the Democratic People’s Republic of Korea (DPRK) Kim’s Trilateral Call with Republic of Korea (ROK) Special Representative Noh and Japan Director General Funakoshi

The below is attributable to Spokesperson Ned Price:

In a March 14 trilateral call, U.S. Special Representative for the DPRK Sung Kim, Japanese Ministry of Foreign Affairs Director General for Asian and Oceanian Affairs Bureau Funakoshi Takehiro, and ROK Special Representative for Korean Peninsula Peace and Security Affairs Noh Kyu-duk discussed the DPRK’s February 26 and March 4 ballistic missile launches, which all three governments have concluded were tests of a new DPRK intercontinental ballistic missile (ICBM) system.

Special Representative Kim strongly condemned the launches, which violated multiple UN Security Council resolutions and present a serious threat to international peace and security. The three officials agreed to continue their close coordination.`;

describe('the first sentence names what it speaks of', () => {
  it('gives "the launches" the release’s fuller phrase, word for word, in the post and the SMS', () => {
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'sms'],
      ['rural', 'notice'],
    ] as const) {
      const v = compose(TRILATERAL, { audience, channel });
      expect(v.verification.ok).toBe(true);
      expect(v.text).not.toMatch(/condemned the launches/);
      expect(v.text).toMatch(/condemned the DPRK’s February 26 and March 4 ballistic missile launches/);
    }
  });

  it('adds only names, numbers and dates the line does not already give', () => {
    const crisis = 'The Anglophone crisis began in 2016. ';
    expect(fullerMention('We urge all sides to seek a peaceful resolution to the crisis.', crisis)).toBe(
      'We urge all sides to seek a peaceful resolution to the Anglophone crisis.',
    );
    expect(
      fullerMention('We condemn the undermining of the resolution of the crisis in the Anglophone regions.', crisis),
    ).toBeNull();
    // lower-case modifiers say nothing more specific
    expect(fullerMention('We condemn the attacks.', 'We saw the brutal and senseless attacks.')).toBeNull();
    expect(fullerMention('Nothing is bare here.', crisis)).toBeNull();
  });
});
