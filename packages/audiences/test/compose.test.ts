import { describe, expect, it } from 'vitest';
import {
  compose,
  oneIdeaEach,
  CHANNELS,
  ComposeInputError,
  postLength,
  spokenNumbers,
  unambiguousDates,
} from '../src/compose/index.js';
import { clauseCuts, packThread, wordCut } from '../src/compose/render.js';

// A State Department release (public domain), with the byline a digital team skips.
const RELEASE = `The following is attributable to Spokesperson Ned Price:

Secretary of State Antony J. Blinken spoke yesterday with Republic of Korea (ROK) Foreign Minister Chung Eui-yong. Secretary Blinken reaffirmed the alliance as the linchpin of peace, security, and prosperity in the Indo-Pacific and beyond. The Secretary condemned the Democratic People’s Republic of Korea’s (DPRK) recent ballistic missile launches, which were in violation of multiple UN Security Council resolutions, and reaffirmed openness to diplomacy and dialogue with the DPRK. The United States will provide $5 million to support families affected by the floods. “We stand with the people of Korea in this difficult time,” said Secretary Blinken.

https://www.state.gov/secretary-blinkens-call-with-republic-of-korea-foreign-minister-chung-3/`;

const RU = `Владимир Путин провёл телефонный разговор с Президентом Франции Эмманюэлем Макроном. Главы государств обсудили ситуацию на Ближнем Востоке. Президенты договорились продолжить контакты. Встреча министров состоится 12 марта 2026 года.`;

describe('compose', () => {
  it('leads a youth thread with the news, not the byline, and keeps every post within 280 (a link counts 23)', () => {
    const v = compose(RELEASE, {
      audience: 'youth',
      channel: 'x',
      brief: { hashtags: ['Korea', '#Alliance', 'Extra'] },
    });
    // the short title the release itself uses ("Secretary Blinken reaffirmed …") at first mention (spoken.ts)
    expect(v.parts[0]).toMatch(/^Secretary Blinken spoke/);
    expect(v.text).not.toMatch(/attributable/);
    for (const p of v.parts) expect(postLength(p, CHANNELS.x)).toBeLessThanOrEqual(280);
    const last = v.parts.at(-1)!;
    expect(last).toMatch(/https:\/\/www\.state\.gov\//);
    expect(v.text.match(/#\w+/g)).toEqual(['#Korea', '#Alliance']);
    expect(last.trimEnd().endsWith('#Alliance')).toBe(true);
    expect(v.verification.ok).toBe(true);
  });
  it('traces every fact of the version to its span in the release', () => {
    const v = compose(RELEASE, { audience: 'foreign' });
    expect(v.facts.length).toBeGreaterThan(3);
    for (const f of v.facts) {
      expect(v.text.slice(f.start, f.end)).toBe(f.text);
      expect(RELEASE.slice(f.source.start, f.source.end)).toBe(f.source.text);
    }
  });
  it('never writes a placeholder: gaps go to the editor notes, brief facts go into the notice', () => {
    const bare = compose(RELEASE, { audience: 'rural', channel: 'notice' });
    expect(bare.text).not.toMatch(/\[|\]|TBD|\{\{/);
    expect(bare.notes.join(' ')).toMatch(/What to do/);
    const briefed = compose(RELEASE, {
      audience: 'rural',
      channel: 'notice',
      brief: {
        affected: 'Families in flooded areas.',
        action: 'Apply for support at your local office.',
        deadline: 'Apply by 31 March 2026.',
        contact: 'Call 0800 123 456.',
      },
    });
    expect(briefed.text).toContain('Apply by 31 March 2026.');
    expect(briefed.text).toContain('Call 0800 123 456.');
    expect(briefed.verification.ok).toBe(true);
    expect(briefed.notes.join(' ')).not.toMatch(/By when/);
  });
  it('keeps an SMS within 160 characters and a radio script near 150 words, numbers as spoken', () => {
    const sms = compose(RELEASE, { audience: 'rural', channel: 'sms' });
    for (const p of sms.parts) expect(postLength(p, CHANNELS.sms)).toBeLessThanOrEqual(160);
    const radio = compose(RELEASE, { audience: 'rural', channel: 'radio' });
    expect(radio.text.split(/\s+/).length).toBeLessThanOrEqual(170);
    expect(spokenNumbers('The United States will provide $5 million and 12% more.')).toBe(
      'The United States will provide five million dollars and twelve percent more.',
    );
    // a date's day and a range stay as written: no "July eighteen-24" (en_usdos_14's radio script)
    expect(spokenNumbers('She will travel from July 18-24 with 5 staff.')).toBe(
      'She will travel from July 18-24 with five staff.',
    );
    expect(spokenNumbers('On 3 May, 4–6 teams meet.')).toBe('On 3 May, 4–6 teams meet.');
  });
  it('gives each audience a different text, and the same text twice for the same input', () => {
    const texts = (['youth', 'rural', 'foreign'] as const).map((audience) => compose(RELEASE, { audience }).text);
    expect(new Set(texts).size).toBe(3);
    expect(compose(RELEASE, { audience: 'youth' }).text).toBe(texts[0]);
  });
  it('composes Russian versions that the verifier passes', () => {
    for (const audience of ['youth', 'rural', 'foreign'] as const) {
      const v = compose(RU, { audience });
      expect(v.language).toBe('ru');
      expect(v.text).toMatch(/Путин/);
      expect(v.verification.ok).toBe(true);
    }
  });
  it('rejects bad options with a typed error', () => {
    expect(() => compose(RELEASE, { audience: 'teens' as 'youth' })).toThrow(ComposeInputError);
    expect(() => compose(RELEASE, { audience: 'youth', channel: 'sms' })).toThrow(ComposeInputError);
    expect(() => compose(42 as unknown as string, { audience: 'youth' })).toThrow(ComposeInputError);
  });
});

describe('render', () => {
  it('never cuts inside a name, a place, a number or an abbreviation', () => {
    const s =
      'The Secretary met Christopher Kinahan, Jr. and officials in Washington, D.C. on Tuesday, and they agreed on 1,000 new visas for students, which will be issued this year.';
    const cuts = clauseCuts(s).map((c) => s.slice(c - 6, c + 4));
    expect(cuts.some((c) => /Kinahan, Jr/.test(c) || /ton, D\.C/.test(c) || /1,000/.test(c))).toBe(false);
    const pieces = wordCut(
      'Президент Российской Федерации Владимир Путин провёл переговоры с Председателем Китайской Народной Республики Си Цзиньпином о развитии отношений',
      90,
      CHANNELS.x,
    );
    for (const p of pieces) {
      expect(postLength(p, CHANNELS.x)).toBeLessThanOrEqual(90);
      expect(p).not.toMatch(/Владимир …|Си …|… Путин|… Цзиньпином/);
    }
  });
  it('never ends a post inside a quotation: a quotation longer than a post is closed and opened again (kremlin.ru 76571, 76606)', () => {
    const posts = packThread(
      [
        'В послании Президента, в частности, говорится: «Знаменующий окончание священного месяца Рамадан, этот древний и один из наиболее почитаемых мусульманами всего мира праздник олицетворяет стремление людей к нравственному самосовершенствованию, милосердию и состраданию.',
        'И потому Ураза-байрам широко отмечается по всей стране как в религиозных общинах, так и в семейном кругу».',
      ],
      'Подробнее: http://kremlin.ru/events/president/news/76571',
      CHANNELS.x,
    );
    expect(posts).toHaveLength(2);
    expect(posts[0]).toMatch(/милосердию и состраданию»\.$/u);
    expect(posts[1]).toMatch(/^«И потому Ураза-байрам/u);
    // a cut inside a sentence of the quotation is marked inside the marks
    const cut = packThread(
      [
        'В.Путин: «Позвольте мне вас сердечно поприветствовать в Москве. Очень рад Вас снова видеть. И прежде чем мы начнём беседу, сразу же хочу Вас попросить передать дружеский привет Председателю Китайской Народной Республики, нашему хорошему другу господину Си Цзиньпину. Мы ждём его в России по случаю 80-летия Победы в Великой Отечественной войне, во Второй мировой.»',
      ],
      '',
      CHANNELS.x,
    );
    for (const p of cut) {
      expect(postLength(p, CHANNELS.x)).toBeLessThanOrEqual(280);
      expect((p.match(/«/gu) ?? []).length).toBe((p.match(/»/gu) ?? []).length);
    }
    expect(cut.slice(1).every((p) => p.startsWith('«…'))).toBe(true);
    // a quotation that fits the next post moves there whole (kremlin.ru 76727, on a 200-character channel)
    const moved = packThread(
      [
        'Герасимов сказал, что войска Объединённой группировки войск сил продолжают активные действия по выполнению задач специальной военной операции.',
        'Сейчас все шесть группировок войск ведут наступательные действия на 11 направлениях.',
        'В.Герасимов: «Осталось два участка, где идут боевые действия: это район населённых пунктов Олешня и Горналь.',
        'Они находятся непосредственно у границы с Украиной.»',
      ],
      '',
      { ...CHANNELS.x, maxChars: 200 },
    );
    expect(moved.at(-1)).toBe(
      'В.Герасимов: «Осталось два участка, где идут боевые действия: это район населённых пунктов Олешня и Горналь. Они находятся непосредственно у границы с Украиной.»',
    );
  });
  it('packs whole sentences and puts the closing last', () => {
    const posts = packThread(
      ['One short sentence here.', 'Another one follows it.'],
      'Read more: https://example.org/x',
      CHANNELS.x,
    );
    expect(posts).toEqual(['One short sentence here. Another one follows it.\n\nRead more: https://example.org/x']);
  });
  it('splits at a seam the sentence marks: a semicolon, or ", and" before a clause with its own subject', () => {
    expect(
      oneIdeaEach(
        'I spoke with Foreign Minister Hayashi and our G-7 counterparts, and, together, we reaffirmed our unity; talks will continue.',
        'en',
      ),
    ).toBe(
      'I spoke with Foreign Minister Hayashi and our G-7 counterparts. Together, we reaffirmed our unity. Talks will continue.',
    );
    // no own subject: the clause keeps its actor, so no split
    expect(oneIdeaEach('The Secretary condemned the launches, and reaffirmed openness to dialogue.', 'en')).toBe(
      'The Secretary condemned the launches, and reaffirmed openness to dialogue.',
    );
    // a name followed by a preposition is the last item of a list, no subject and verb (State
    // Department pool, the Keysight settlement: "… et seq.. The International Traffic in Arms
    // Regulations, 22 C.F.R. Parts 120-130." had been a sentence of its own)
    const keysight =
      'It resolves alleged violations of the Arms Export Control Act, 22 U.S.C. § 2751 et seq., and the International Traffic in Arms Regulations, 22 C.F.R. Parts 120-130.';
    expect(oneIdeaEach(keysight, 'en')).toBe(keysight);
  });
  it('writes dates so no reader takes them for another day', () => {
    expect(unambiguousDates('On February 21, 2022 we met.')).toBe('On 21 February 2022 we met.');
  });
});
