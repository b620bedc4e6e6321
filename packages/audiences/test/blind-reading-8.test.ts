/**
 * What a blind reading of unseen pool items found (2026-12-07, seed 9999: State Department items
 * 14, 182, 262, 1108, 1204 and 1517, kremlin.ru items 1, 17, 25 and 109), each case with the
 * release's own words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, loadRussianMorphology } from '@attache/core';
import { compose } from '../src/compose/index.js';
import { dropFrame } from '../src/compose/restructure.js';
import { ruMeetingLead } from '../src/compose/ru-meeting.js';
import { candidates, fragment } from '../src/compose/select.js';
import { smsHeads } from '../src/compose/sms.js';

beforeAll(async () => {
  await loadRussianMorphology();
});

// State Department pool item 1108, "U.S. Action Against Corruption and Attacks on Democracy in Nicaragua" (opening)
const NICARAGUA = `# U.S. Action Against Corruption and Attacks on Democracy in Nicaragua

The U.S. government is deeply concerned by the injustice and lack of transparency on display at the trials of political prisoners in Nicaragua. We remain committed to supporting the people of Nicaragua by fighting corruption and promoting democracy, the rule of law, and accountability, which are keys to a brighter future. To advance this priority, today we add nine Nicaraguans to the United States’ Corrupt and Undemocratic Actors list, under Section 353 of the United States–Northern Triangle Enhanced Engagement Act, as amended. The Act generally makes the listed individuals ineligible for visas and admission to the United States. The Reinforcing Nicaragua’s Adherence to Conditions for Electoral Reform Act of 2021 (RENACER) Act, passed with broad bipartisan support and signed by President Biden on November 10, 2021, expanded the Corrupt and Undemocratic Actors list to include Nicaragua.
`;

// State Department pool item 1517 (opening)
const MEKONG = `# Secretary Blinken’s Participation in the Mekong-U.S. Partnership Ministers’ Meeting

The below is attributable to Spokesperson Ned Price:

On August 2, Secretary Blinken co-hosted the second Mekong-U.S. Partnership ministerial. The Secretary emphasized U.S. commitment to a resilient, secure, interconnected, and open Mekong sub-region and emphasized the region’s importance to the prosperity and unity of ASEAN. The Secretary highlighted that U.S. engagement with civil society across the sub-region is critical to accomplishing the goals of the Partnership.
`;

// State Department pool item 1204, the joint statement on Arctic Council cooperation (its first sentence)
const ARCTIC =
  'Canada, the Kingdom of Denmark, Finland, Iceland, Norway, Sweden, and the United States condemn Russia’s unprovoked invasion of Ukraine and note the grave impediments to international cooperation, including in the Arctic, that Russia’s actions have caused.';

// kremlin.ru pool item 109 (whole)
const SYRIA = `# Президент России направил послание главе сирийского государства Ахмеду Шараа

Владимир Путин направил послание главе сирийского государства Ахмеду Шараа, в котором поддержал усилия по скорейшей стабилизации обстановки в стране в интересах обеспечения её суверенитета, независимости, единства и территориальной целостности.
`;

// kremlin.ru pool item 25 (opening turns)
const VOLODIN = `# Встреча с Председателем Государственной Думы Вячеславом Володиным

В.Путин: Вячеслав Викторович, как работа идёт, хорошо?

В.Володин: Всё хорошо. Вы поздравили, оценку дали. Я так понимаю, что это нас всех ещё больше мобилизует. Вы правильно говорите, когда речь идёт о парламенте: надо развивать разные формы работы, потому что парламентская демократия на месте не стоит.
`;

describe('a lead the finite-verb test took for a fragment', () => {
  it('a word of time between the purpose clause and its subject: "To advance this priority, today we add …"', () => {
    expect(fragment('To advance this priority, today we add nine Nicaraguans to the list.', 'en')).toBe(false);
    // (with no subject after the comma it is still the purpose clause alone)
    expect(fragment('To advance this priority, today and every day.', 'en')).toBe(true);
  });

  it('a compound verb in -ed after its named subject: "Secretary Blinken co-hosted the second … ministerial"', () => {
    expect(
      fragment('On August 2, Secretary Blinken co-hosted the second Mekong-U.S. Partnership ministerial.', 'en'),
    ).toBe(false);
    expect(fragment('The co-hosted ministerial of the Mekong-U.S. Partnership.', 'en')).toBe(true);
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'sms'],
      ['foreign', 'plain'],
    ] as const) {
      const v = compose(MEKONG, { audience, channel });
      expect(v.verification.ok).toBe(true);
      expect(v.text, `${audience}/${channel}`).toMatch(/^On (?:August 2|2 August), Secretary Blinken co-hosted/);
    }
  });
});

describe('what the office does today leads a statement that opens on a stance', () => {
  it('Nicaragua: every version says who was added to the list, without the aim it points back to', () => {
    const report = analyze(NICARAGUA, { language: 'en', lint: false });
    const lead = candidates(report, NICARAGUA, 'en').find((p) => p.role === 'lead');
    expect(lead?.text).toMatch(/^To advance this priority, today we add nine Nicaraguans/);
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'notice'],
      ['rural', 'sms'],
    ] as const) {
      const v = compose(NICARAGUA, { audience, channel });
      expect(v.verification.ok).toBe(true);
      expect(v.text.replace(/^News:\n/u, ''), `${audience}/${channel}`).toMatch(
        /^Today we add nine Nicaraguans to the United States’ Corrupt/,
      );
    }
  });

  it('an aim said before is a frame a short channel may leave out, only with the subject after it', () => {
    const fine = (): boolean => false;
    expect(dropFrame('To advance this priority, today we add nine Nicaraguans to the list.', fine)).toBe(
      'Today we add nine Nicaraguans to the list.',
    );
    expect(dropFrame('To that end, we will host a conference in May.', fine)).toBe('We will host a conference in May.');
    // (a purpose of its own is no frame: "To protect the fishery, …" says why)
    const own = 'To protect the fishery, we will close the bay in May.';
    expect(dropFrame(own, fine)).toBe(own);
  });
});

describe('an SMS head at a statement’s second verb', () => {
  it('"… condemn Russia’s unprovoked invasion of Ukraine | and note the grave impediments …"', () => {
    expect(smsHeads(ARCTIC, 'en')).toContain(
      'Canada, the Kingdom of Denmark, Finland, Iceland, Norway, Sweden, and the United States condemn Russia’s unprovoked invasion of Ukraine.',
    );
    // (not inside a list of objects: "… support the people and the institutions of Ukraine")
    expect(
      smsHeads('We will continue to support Ukraine’s armed forces, its people and its democratic institutions.', 'en'),
    ).not.toContain('We will continue to support Ukraine’s armed forces, its people.');
  });
});

describe('Russian: a relative clause whose subject is the main clause’s', () => {
  it('«…, в котором поддержал усилия …» → «В нём он поддержал усилия …»: the dictionary knows «усилия» is no subject', () => {
    const v = compose(SYRIA, { audience: 'youth', channel: 'x', language: 'ru' });
    expect(v.verification.ok).toBe(true);
    expect(v.text).toMatch(/В нём он поддержал усилия/);
    expect(v.text).not.toMatch(/В нём поддержал/);
  });
});

describe('Russian: a transcript’s news from its title (ru-meeting.ts)', () => {
  it('leads every version and is the SMS: who met whom, the first speaker the title does not name', () => {
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'notice'],
      ['rural', 'sms'],
      ['foreign', 'plain'],
    ] as const) {
      const v = compose(VOLODIN, { audience, channel, language: 'ru' });
      expect(v.verification.ok).toBe(true);
      const body = v.text.replace(/^Что происходит:\n/u, '');
      expect(body, `${audience}/${channel}`).toMatch(
        /^Путин встретился с Председателем Государственной Думы Вячеславом Володиным\./u,
      );
    }
    expect(compose(VOLODIN, { audience: 'rural', channel: 'sms', language: 'ru' }).text).toBe(
      'Путин встретился с Председателем Государственной Думы Вячеславом Володиным.',
    );
  });

  it('gives the first name as the release writes it, the verb of the event, and nothing for other titles', () => {
    const talk = `# Беседа с Президентом Республики Конго Дени Сассу-Нгессо

В.Путин: Уважаемый господин Президент! Владимир Путин рад Вас видеть.

Д.Сассу-Нгессо: Спасибо.
`;
    const r = analyze(talk, { language: 'ru', lint: false });
    expect(ruMeetingLead(r, talk, 'Беседа с Президентом Республики Конго Дени Сассу-Нгессо')).toBe(
      'Владимир Путин побеседовал с Президентом Республики Конго Дени Сассу-Нгессо.',
    );
    expect(ruMeetingLead(r, talk, 'Совещание с членами Правительства')).toBe(
      'Владимир Путин провёл совещание с членами Правительства.',
    );
    expect(ruMeetingLead(r, talk, 'Заседание Совета по стратегическому развитию')).toBeNull();
    // (a release with no speaker labels has no transcript to lead)
    const plain = 'Состоялась встреча с губернатором области.';
    expect(
      ruMeetingLead(analyze(plain, { language: 'ru', lint: false }), plain, 'Встреча с губернатором области'),
    ).toBeNull();
  });
});
