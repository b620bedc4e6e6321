import { describe, expect, it } from 'vitest';
import { compose, CHANNELS, postLength } from '../src/compose/index.js';
import { composeSms, shortenLong, smsHeads } from '../src/compose/sms.js';
import { EN_POINTS_BACK } from '../src/compose/select.js';

// State Department readout, 2022 (pool: us_state_department_press_releases_2021_2022.jsonl), opening and address.
// With its 87-character address, the lead (176 characters) left no room: the SMS came back empty.
const ARMENIA = `The below is attributable to Spokesperson Ned Price:

Secretary of State Antony J. Blinken spoke today with Armenian Prime Minister Nikol Pashinyan to discuss Armenia and Azerbaijan’s historic opportunity to achieve peace in the region. The Secretary offered the United States’ assistance in facilitating regional transportation and communication linkages. The Secretary encouraged continued bilateral dialogue and hailed the recent meeting between the Armenian and Azerbaijani Foreign Ministers in Tbilisi.

https://www.state.gov/secretary-blinkens-call-with-armenian-prime-minister-pashinyan-5/`;

describe('rural SMS', () => {
  it('is never empty: the lead shortened by leaving detail out, within 160 characters, passed by the verifier', () => {
    const v = compose(ARMENIA, { audience: 'rural', channel: 'sms' });
    expect(v.text.trim()).not.toBe('');
    expect(v.parts).toHaveLength(1);
    expect(postLength(v.parts[0]!, CHANNELS.sms)).toBeLessThanOrEqual(160);
    expect(v.verification.ok).toBe(true);
    // who did what with whom: the lead's head, not a later sentence
    expect(v.text).toMatch(
      /^Secretary of State Antony J\. Blinken spoke today with Armenian Prime Minister Nikol Pashinyan/,
    );
  });

  it('takes the plainest head that fits when told how plain each is, the longest of the plainest', () => {
    const lead =
      'Secretary of State Antony J. Blinken spoke today with Armenian Prime Minister Nikol Pashinyan to discuss Armenia and Azerbaijan’s historic opportunity to achieve peace in the region.';
    const wide = { ...CHANNELS.sms, maxChars: 200 };
    // without a measure, the longest head that fits: the whole lead (182 characters)
    expect(composeSms([lead], undefined, wide, 'en', () => true).text).toBe(lead);
    // a measure that finds heads of 16 words or fewer plain: who spoke with whom, without the purpose
    const plainness = (t: string): number => Number(t.split(/\s+/).length <= 16);
    expect(composeSms([lead], undefined, wide, 'en', () => true, 'en', plainness).text).toBe(
      'Secretary of State Antony J. Blinken spoke today with Armenian Prime Minister Nikol Pashinyan.',
    );
  });

  it('sends the news without the 87-character address when both do not fit, and says so', () => {
    const v = compose(ARMENIA, { audience: 'rural', channel: 'sms' });
    expect(v.text).not.toContain('https://');
    expect(v.notes.join(' ')).toMatch(/address \(87 characters\).*short link/);
  });

  it('cuts only where a tail may go, never ending on a verb, an adverb or inside a title', () => {
    const heads = smsHeads(
      'Deputy Secretary for Management and Resources Brian P. McKeon met with German Ministry for Economic Affairs State Secretary Franziska Brantner in Berlin.',
      'en',
    );
    expect(heads).toContain(
      'Deputy Secretary for Management and Resources Brian P. McKeon met with German Ministry for Economic Affairs State Secretary Franziska Brantner.',
    );
    expect(heads).not.toContain('Deputy Secretary for Management and Resources Brian P. McKeon met.');
    expect(heads).not.toContain(
      'Deputy Secretary for Management and Resources Brian P. McKeon met with German Ministry.',
    );
    expect(smsHeads('Secretary Blinken spoke today with Foreign Minister Kuleba.', 'en')).not.toContain(
      'Secretary Blinken spoke today.',
    );
  });
});

describe('a long lead shortened for youth and rural (detail left out, the verifier passing the head)', () => {
  it('the 27-word Armenia lead keeps who met whom, within the audience’s sentence length', () => {
    const ok = () => true;
    const lead = ARMENIA.split('\n\n')[1]!.split(/(?<=region\.)\s/)[0]!;
    expect(lead.split(/\s+/)).toHaveLength(27);
    expect(shortenLong(lead, 20, 'en', ok)).toBe(
      'Secretary of State Antony J. Blinken spoke today with Armenian Prime Minister Nikol Pashinyan.',
    );
    // a head the verifier refuses is not taken; a quotation is never cut
    expect(shortenLong(lead, 20, 'en', () => false)).toBeNull();
    expect(shortenLong(`Blinken said: “${lead}”`, 20, 'en', ok)).toBeNull();
  });

  for (const [audience, channel, max] of [
    ['youth', 'x', 20],
    ['rural', 'radio', 15],
  ] as const) {
    it(`${audience}/${channel}: the lead shortened within ${max} words, the verifier passing`, () => {
      const v = compose(ARMENIA, { audience, channel });
      expect(v.verification.ok).toBe(true);
      expect(v.text).toContain(
        'Secretary of State Antony J. Blinken spoke today with Armenian Prime Minister Nikol Pashinyan.',
      );
      // (youth: the lead's purpose is its own sentence, "Why? To talk about …", so the lead needs no
      // cut; "The Secretary also hailed the recent meeting." cut before "between the Armenian and
      // Azerbaijani Foreign Ministers" was the note this asked for, and is no head: en-complete.test.ts)
      if (audience === 'rural')
        expect(v.notes.join(' ')).toMatch(/Shortened to \d+ words or fewer \(detail left out\)/);
      expect(v.text).not.toContain('hailed the recent meeting.');
    });
  }
});

describe('Russian SMS heads (kremlin.ru pool, news/76834 and 76441)', () => {
  it('never between two titles, never a count cut from its noun', () => {
    const titles = smsHeads(
      'Владимир Путин принял в Кремле заместителя Премьер-министра, Министра внутренних дел Объединённых Арабских Эмиратов Сейфа Бен Заида Аль Нахайяна.',
      'ru',
    );
    expect(titles).not.toContain('Владимир Путин принял в Кремле заместителя Премьер-министра.');
    const count = smsHeads(
      'По сообщению Министерства обороны, дежурными средствами ПВО перехвачены и уничтожены 337 БПЛА, из них 91 – над территорией Курской области.',
      'ru',
    );
    expect(count).toContain(
      'По сообщению Министерства обороны, дежурными средствами ПВО перехвачены и уничтожены 337 БПЛА.',
    );
    expect(count.some((h) => /из них 91\.$/.test(h))).toBe(false);
  });
});

// State Department travel announcement, 2022 (pool item 17): its second sentence opens with "He".
const PHNOM_PENH = [
  'The Secretary, the Prime Minister, and the Deputy Prime Minister will discuss important areas of mutual concern, such as DPRK sanctions enforcement, law enforcement and child protection, the crisis in Burma, global health security, climate change, condemnation of Russia’s invasion of Ukraine, and Cambodia’s support for establishing the U.S.-ASEAN Comprehensive Strategic Partnership.',
  'He will also hold bilateral meetings with Prime Minister Hun Sen and Deputy Prime Minister/Foreign Minister Prak Sokhonn.',
];

describe('an SMS never opens with a sentence that points back (issue 12, editor reading)', () => {
  it('reads a pronoun subject as pointing back, not a determiner or a dummy "it"', () => {
    expect(EN_POINTS_BACK.test(PHNOM_PENH[1]!)).toBe(true);
    expect(
      EN_POINTS_BACK.test(
        'They will also discuss the economic and security ties that bind our enduring partnership with Thailand.',
      ),
    ).toBe(true);
    expect(EN_POINTS_BACK.test('This year, the United Kingdom has had much to celebrate.')).toBe(false);
    expect(EN_POINTS_BACK.test('It is impossible not to be moved by the courage of the people of Ukraine.')).toBe(
      false,
    );
    expect(EN_POINTS_BACK.test(PHNOM_PENH[0]!)).toBe(false);
  });

  it('when the lead has no head short enough, a later "He will also …" is not sent alone', () => {
    const narrow = { ...CHANNELS.sms, maxChars: 100 };
    const sms = composeSms(PHNOM_PENH, undefined, narrow, 'en', () => true);
    expect(sms.text).not.toMatch(/^He\b/);
    expect(sms.text).toMatch(/^The Secretary/);
    expect(postLength(sms.text, narrow)).toBeLessThanOrEqual(100);
  });
});

// State Department statements, 2021–2022 (pool: us_state_department_press_releases_2021_2022.jsonl),
// read blind as an editor (seed 777): heads that ended on a word still asking for its complement.
describe('heads keep what a word asks for (blind reading, seed 777)', () => {
  const heads = (s: string): string[] => smsHeads(s, 'en');

  it('never cuts before a direction, a respect for what, an assault on whom, or where a thing has no place', () => {
    const afghanistan =
      'In addition to this restrictive new media policy, the Taliban continue to move Afghanistan in the wrong direction by failing to uphold commitments they have made, including their March 23 decision to prevent girls from attending secondary school.';
    expect(heads(afghanistan).some((h) => /move Afghanistan\.$/.test(h))).toBe(false);
    const ortega =
      'The United States strongly supports the OAS Permanent Council’s call for President Ortega to take urgent action to restore full respect for human rights and to create the conditions for free and fair elections.';
    expect(heads(ortega).some((h) => /full respect\.$/.test(h))).toBe(false);
    const hemisphere =
      'Through yesterday’s vote, the members of the OAS made clear that Ortega and Murillo’s actions have no place in this hemisphere, given our shared commitments to democracy and human rights.';
    expect(heads(hemisphere).some((h) => /no place\.$/.test(h))).toBe(false);
    const navalny =
      'This outlandish prison term is a continuation of the Kremlin’s years-long assault on Navalny and on his movement for government transparency and accountability.';
    expect(heads(navalny).some((h) => /assault\.$/.test(h))).toBe(false);
  });

  it('may leave out a second object that opens with a possessive pronoun, so the lead fits an SMS', () => {
    const lead =
      'Yesterday, an overwhelming majority of Organization of American States (OAS) member states sent a clear message of support for the Nicaraguan people and their fight for free and fair elections, respect for human rights, and accountability.';
    expect(heads(lead)).toContain(
      'Yesterday, an overwhelming majority of Organization of American States (OAS) member states sent a clear message of support for the Nicaraguan people.',
    );
    const sms = composeSms(
      [lead, 'We look forward to continuing to work with OAS member states.'],
      undefined,
      CHANNELS.sms,
      'en',
      () => true,
    );
    expect(sms.text).toMatch(/^Yesterday, an overwhelming majority/);
  });

  it('keeps a prison term with the sentencing it belongs to', () => {
    const s =
      'We condemn Russian authorities’ politically-motivated conviction and sentencing of opposition leader Aleksey Navalny on additional spurious charges to nine more years in a high security prison.';
    // within 25 words the head keeps its term; within 18 none does, and the sentence stays whole
    expect(shortenLong(s, 25, 'en', () => true)).toContain('to nine more years');
    expect(shortenLong(s, 18, 'en', () => true)).toBeNull();
  });
});

// State Department messages for a day (pool: us_state_department_press_releases_2021_2022.jsonl),
// openings as published, read blind as an editor would: no version said whose day it was, the
// greeting being taken for a courtesy; the Emperor's birthday was cut from its greeting.
describe('a message for a day leads with its greeting (blind reading)', () => {
  const ICELAND = `Iceland’s National Day

On behalf of the United States of America, I congratulate the people of Iceland as you celebrate your National Day.

Over the past seven decades, the United States and Iceland have built a strong friendship based on shared democratic values, a commitment to human rights, and close cooperation in defense of regional and global security. As NATO Allies, we will continue to strengthen Transatlantic security.`;
  const JAPAN = `Japan National Day

On behalf of United States of America, I would like to extend my warmest congratulations to His Majesty the Emperor of Japan on the occasion of his 62nd birthday this February 23. Together, the United States and Japan will continue to advance our shared vision of a world that’s open, connected, prosperous, resilient, and secure.`;

  it('the SMS and the first post say whose day it is', () => {
    for (const channel of ['sms', 'x'] as const) {
      const v = compose(ICELAND, { audience: channel === 'sms' ? 'rural' : 'youth', channel });
      expect(v.verification.ok).toBe(true);
      expect(v.parts[0]).toMatch(/congratulate the people of Iceland as you celebrate your National Day/);
    }
  });

  it('keeps what the greeting is for', () => {
    const v = compose(JAPAN, { audience: 'rural', channel: 'sms' });
    expect(v.text).toMatch(/Emperor of Japan on (?:the occasion of )?his 62nd birthday/);
    expect(
      smsHeads(
        'I extend my warmest congratulations to His Majesty the Emperor of Japan on his 62nd birthday this February 23.',
        'en',
      ).some((h) => /Emperor of Japan\.$/.test(h)),
    ).toBe(false);
  });

  // A congratulation on an event the title announces is the news (a blind reading, seed 9191: the
  // UAE's new President; every version opened on the sentence after it, and no note said why)
  const SUCCESSION = `The Accession of Queen Ana to the Throne of Veldora

We warmly congratulate Her Majesty Queen Ana on assuming the throne of Veldora after succeeding our steadfast friend His Majesty King Tomas. During her time as Crown Princess, Queen Ana has been an important partner of the United States. We wish the people of Veldora continued prosperity under Her Majesty's leadership.`;

  it('leads with a congratulation on what the title announces, and keeps what it is on', () => {
    for (const channel of ['x', 'sms'] as const) {
      const v = compose(SUCCESSION, { audience: channel === 'x' ? 'youth' : 'rural', channel });
      expect(v.text, channel).toMatch(
        /^We (?:warmly )?congratulate (?:Her Majesty )?Queen Ana on assuming the throne of Veldora/,
      );
    }
    expect(
      smsHeads(
        'We warmly congratulate Her Majesty Queen Ana on assuming the throne of Veldora after succeeding King Tomas.',
        'en',
      ).some((h) => /Queen Ana\.$/.test(h)),
    ).toBe(false);
  });

  it('a greeting in a release that marks no day is still a courtesy, never the SMS', () => {
    const v = compose(
      `U.S. Assistance to Iceland\n\nWe congratulate the people of Iceland on their hard work. The United States will provide $5 million to support geothermal research in Iceland this year.`,
      { audience: 'rural', channel: 'sms' },
    );
    expect(v.text).toMatch(
      /^The (?:United States|U\.S\.) will (?:provide|give) \$5 million to support geothermal research/,
    );
  });
});
