// A travel announcement: the trip and what each stop is for, one idea each (restructure.ts
// `splitTravel`), and no sentence that says again what the lead said (repeats.ts). From a blind
// reading of unseen State Department pool items (seed 9191), where the youth post said where the
// Secretary went and not why, then went on "On May 14, the Secretary will travel to Berlin. On May
// 15, the Secretary will travel to Paris."
import { describe, expect, it } from 'vitest';
import { compose } from '../src/index.js';
import { dropRepeats } from '../src/compose/repeats.js';
import { splitTravel } from '../src/compose/restructure.js';

const TRIP = `# Secretary Carter’s Travel to Kenya and Ghana

Secretary of State Maria L. Carter will travel to Kenya and Ghana June 3-6 to attend the African Union ministerial meeting in Nairobi, Kenya, open the new U.S. consulate in Kumasi, Ghana, and to meet students at the University of Ghana.

On June 3, the Secretary will travel to Nairobi to attend the African Union ministerial meeting, where ministers will discuss food security and trade.

On June 5, the Secretary will travel to Kumasi to open the new U.S. consulate.`;

describe('a trip and what it is for', () => {
  it('splits the purposes of "will travel to … to …" into a sentence each, the subject by surname', () => {
    expect(
      splitTravel(
        'Secretary of State Maria L. Carter will travel to Kenya and Ghana June 3-6 to attend the African Union ministerial meeting in Nairobi, Kenya, open the new U.S. consulate in Kumasi, Ghana, and to meet students at the University of Ghana.',
      ),
    ).toEqual([
      'Secretary of State Maria L. Carter will travel to Kenya and Ghana June 3-6.',
      'Carter will attend the African Union ministerial meeting in Nairobi, Kenya.',
      'Carter will also open the new U.S. consulate in Kumasi, Ghana.',
      'Carter will also meet students at the University of Ghana.',
    ]);
    expect(splitTravel('The delegation will travel to Kenya to attend the summit and meet with farmers.')).toEqual([
      'The delegation will travel to Kenya.',
      'The delegation will attend the summit.',
      'The delegation will also meet with farmers.',
    ]);
  });

  it('leaves alone what is no list of purposes', () => {
    // a noun after "and" is an item of the topics, no second purpose
    expect(
      splitTravel('Deputy Secretary Lee will travel to Brussels to discuss trade, security, and support for Ukraine.'),
    ).toEqual([
      'Deputy Secretary Lee will travel to Brussels.',
      'Lee will discuss trade, security, and support for Ukraine.',
    ]);
    // the verbs after an infinitive inside the purpose are that infinitive's: what the parties are
    // urged to do, not what the envoy will do (pool item 1219)
    expect(
      splitTravel(
        'Special Envoy Ana Ruiz will travel to the Gulf to urge the parties to halt hostilities, return to talks, and take swift action to end the crisis.',
      ),
    ).toBeNull();
    expect(splitTravel('Envoy Ruiz will travel to Lima, Peru, March 3-5, to attend the summit.')).toEqual([
      'Envoy Ruiz will travel to Lima, Peru, March 3-5.',
      'Ruiz will attend the summit.',
    ]);
    expect(splitTravel('The Secretary traveled to Brussels to attend the meeting.')).toBeNull();
    expect(splitTravel('Secretary Lee will travel to Brussels next week.')).toBeNull();
    expect(splitTravel('Lee said: “I will travel to Brussels to attend the meeting.”')).toBeNull();
  });

  it('a youth post and a plain notice say why, and not again where', () => {
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'notice'],
    ] as const) {
      const v = compose(TRIP, { audience, channel });
      expect(v.verification.ok, channel).toBe(true);
      expect(v.text, channel).toMatch(/Carter will attend the African Union ministerial meeting/);
      expect(v.text, channel).not.toMatch(/On June 3, the Secretary will travel to Nairobi\./);
      expect(
        v.notes.some((n) => n.startsWith('Left out (the version already says it)')),
        channel,
      ).toBe(true);
    }
  });
});

describe('a sentence that says again what the version said', () => {
  const lines = [
    'Secretary Lee will travel to Germany and France May 14-16 to attend meetings in Berlin and Paris.',
    'On May 14, Lee will travel to Berlin.',
    'Deputy Secretary Kim attends meetings in Berlin.',
    'Lee will meet students in Paris.',
  ];
  it('is left out when all its content words but a date or a figure were said before', () => {
    expect(dropRepeats(lines, () => false)).toEqual([0, 2, 3]);
  });
  it('never speech, nor the first line', () => {
    expect(dropRepeats(lines, (i) => i === 1)).toEqual([0, 1, 2, 3]);
    expect(dropRepeats([lines[1]!, lines[1]!], () => false)).toEqual([0]);
  });
});

// A courtesy leads only when nothing else can: a release of one sentence that thanks someone had no
// version at all (pool item 168, found by composing every channel for a sixth of the pool)
describe('a release whose only sentence thanks someone', () => {
  it('still gets a version in every channel', () => {
    const release = `# Envoy Ruiz’s Travel to Poland

Special Envoy Ana Ruiz will travel to Warsaw July 11-13 to engage with government counterparts, thank Poland for its support of Ukraine, and further enhance cooperation on energy security.

For media inquiries, please contact press@example.gov.`;
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'sms'],
      ['rural', 'notice'],
      ['foreign', 'plain'],
    ] as const) {
      const v = compose(release, { audience, channel });
      expect(v.text, channel).toMatch(/(?:Ana )?Ruiz will travel to Warsaw July 11-13/);
      expect(v.verification.ok, channel).toBe(true);
    }
  });
});
