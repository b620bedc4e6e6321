/**
 * Two anniversary statements (State Department pool, us_state_department_press_releases_2021_2022.jsonl,
 * items 162 and 189), read as an editor after the blind reading of seed 2718 found "Today marks …"
 * never a candidate: their versions opened on the second sentence and never said whose anniversary.
 * Item 162's youth post also cut off who the victims were, and item 189's was one sentence once its
 * "this aim" lost the call it pointed to.
 */
import { describe, expect, it } from 'vitest';
import { compose } from '../src/compose/index.js';
import { fitTargets } from '../src/compose/fit.js';
import { fragment, PRONOUN_START } from '../src/compose/select.js';
import { smsHeads } from '../src/compose/sms.js';
import { askWhatsNext } from '../src/compose/spoken.js';

const SREBRENICA = `# Message on the 27th Anniversary of the Srebrenica Genocide

Today marks 27 years since the Srebrenica genocide. The American people join the people of Bosnia and Herzegovina in mourning and honoring the victims – more than 8,000 men and boys who were murdered in July 1995. The United States will never forget.

We will continue to stand with the families who lost their loved ones and with those who continue to search tirelessly for the missing, fight for the truth, support the survivors, and pursue justice by investigating and prosecuting those responsible. It takes courage and strength to overcome pain and loss and to promote hope and tolerance. We are deeply committed to supporting leaders at all levels in Bosnia and Herzegovina who are willing to take meaningful steps toward reconciliation in the pursuit of a better future for all citizens.
`;

const HAITI = `# Statement on the Anniversary of Haitian President Jovenel Moïse’s Assassination

Today marks one year since the assassination of Haiti’s President, Jovenel Moïse. The United States continues to staunchly support the pursuit of justice and accountability for those who planned, financed, and perpetrated this terrible crime.

We remain concerned about the limited progress of Haiti’s investigation into the assassination. Although the fifth investigating judge was recently appointed, Haitian authorities have not adequately addressed the judiciary’s calls for stronger security measures to protect judicial workers assigned to the case and to preserve the chain of custody of key evidence. Unfortunately, the same can be said for many other cases, including that of the assassination of Port-au-Prince Bar Association President Monferrier Dorval in 2020.

We urge the Haitian authorities to move forward with an independent and thorough investigation into the assassination of President Moïse, consistent with Haitian law and international rule of law standards, to ensure those responsible for this crime are brought to justice. We remain a committed partner to supporting this aim, as shown by the extraditions of individuals alleged to have conspired in the perpetration of this offense through acts committed within U.S. jurisdiction.
`;

describe('an anniversary leads with the day it marks', () => {
  it('reads "Today marks …" as a sentence (the tagger takes "marks" for a noun), and "his time" as no verb', () => {
    expect(fragment('Today marks 27 years since the Srebrenica genocide.', 'en')).toBe(false);
    expect(fragment('This week marks the anniversary of the attack.', 'en')).toBe(false);
    expect(fragment('Through his time in public service and by his civic activism.', 'en')).toBe(true);
  });

  it('says whose anniversary, and who the victims were, in every short version', () => {
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'notice'],
      ['rural', 'radio'],
    ] as const) {
      const v = compose(SREBRENICA, { audience, channel });
      expect(v.verification.ok, `${audience}/${channel}`).toBe(true);
      expect(v.text, `${audience}/${channel}`).toMatch(
        /^(?:News:\n)?Today marks 27 years since the Srebrenica genocide\./,
      );
      expect(v.text, `${audience}/${channel}`).toContain('More than 8,000 men and boys were murdered in July 1995.');
    }
    expect(compose(SREBRENICA, { audience: 'rural', channel: 'sms' }).text).toMatch(
      /^Today marks 27 years since the Srebrenica genocide\./,
    );
  });

  it('asks no "What’s next?" before a pledge for all time', () => {
    const lines = ['Today marks 27 years since the genocide.', 'We mourn the victims.', 'The U.S. will never forget.'];
    expect(askWhatsNext(lines)).toEqual(lines);
    const next = [
      'The Secretary met the Minister.',
      'They discussed trade.',
      'The Secretary will travel to Oslo next.',
    ];
    expect(askWhatsNext(next)).toContain('What’s next?');
  });
});

describe('a line that points back keeps the line it points to', () => {
  it('takes "Unfortunately, the same can be said …" and "this aim" as pointing back', () => {
    expect(PRONOUN_START.test('Unfortunately, the same can be said for many other cases.')).toBe(true);
    expect(PRONOUN_START.test('The same day, the Secretary met the Minister.')).toBe(false);
  });

  it('fit leaves out the line a later line points back to only once that line has gone', () => {
    const lines = [
      'Today marks one year since the assassination.',
      'We urge the authorities to move forward with an independent, thorough and transparent investigation into the assassination of the President, consistent with international standards.',
      'We remain a committed partner to supporting this aim.',
      'We hope justice will be served.',
    ];
    const fit = fitTargets(lines, [9, 2, 1, 1], 'youth', 'en', {
      minKeep: 2,
      needsPrevious: [false, false, true, false],
    });
    // the call goes only with the line that points to it, or both stay
    expect(fit.kept.includes(2) ? fit.kept.includes(1) : true).toBe(true);
    const plain = fitTargets(lines, [9, 2, 1, 1], 'youth', 'en', { minKeep: 2 });
    expect(plain.kept).toContain(2);
    expect(plain.kept).not.toContain(1);
  });

  it('never gives "this aim" without the call, and cuts no head inside "consistent with"', () => {
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'notice'],
    ] as const) {
      const v = compose(HAITI, { audience, channel });
      expect(v.verification.ok).toBe(true);
      expect(v.text).toMatch(
        /^(?:News:\n)?Today marks one year since the assassination of Haiti’s President, Jovenel Moïse\./,
      );
      if (v.text.includes('this aim')) expect(v.text).toContain('We urge the Haitian authorities');
    }
    const urge = HAITI.split('\n\n')[3]!.split('. ')[0]! + '.';
    expect(smsHeads(urge, 'en').some((h) => /consistent\.$/.test(h))).toBe(false);
  });
});
