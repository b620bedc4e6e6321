import { analyze } from '@attache/core';
import { describe, expect, it } from 'vitest';
import { compose } from '../src/index.js';

// Remarks with no speaker label: core reads a text that opens as speech ("Good afternoon. Thank
// you for being here.") as one turn with no speaker (h13e3; four State Department pool items,
// e.g. the Deputy Secretary's remarks in Algiers). With no labelled turn in the text, the turn is
// the release's own words, and a version draws on them (it was empty).
const REMARKS = [
  'Good afternoon. Thank you all for being here today.',
  'It is wonderful to be back in Algiers for my first visit as Deputy Secretary of State.',
  'We just concluded a very productive meeting with the Foreign Minister on regional security and trade.',
  'The United States will provide 2 million dollars to support small businesses run by women in Algeria.',
  'We look forward to the next round of our strategic dialogue in Washington in the autumn.',
].join(' ');

describe('a version of remarks with no speaker label', () => {
  it('core reads the text as one turn with no speaker', () => {
    const r = analyze(REMARKS, { language: 'en', lint: false });
    const turns = (r.regions ?? []).filter((x) => x.kind === 'speech');
    expect(turns.length).toBe(1);
    expect(turns[0]!.speaker ?? '').toBe('');
  });

  it('draws on the remarks, verified, on every audience', () => {
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'notice'],
      ['foreign', 'plain'],
    ] as const) {
      const v = compose(REMARKS, { audience, channel, language: 'en' });
      expect(v.text.split(/\s+/).filter(Boolean).length).toBeGreaterThan(5);
      expect(v.verification.ok).toBe(true);
    }
  });

  it('a turn with no speaker is still left out when the text has labelled turns', () => {
    const transcript = `${REMARKS}\n\nSECRETARY BLINKEN: We will keep working with our partners in the region on security and trade.\n\nQUESTION: What comes next for the talks?`;
    const v = compose(transcript, { audience: 'youth', channel: 'x', language: 'en' });
    expect(v.text).not.toMatch(/Good afternoon|wonderful to be back in Algiers/);
  });
});
