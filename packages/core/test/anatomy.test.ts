/**
 * The anatomy of a release (report.regions: title, dateline, byline, speech, agreed-text, contact,
 * boilerplate) on real releases and transcripts kept in ./fixtures/anatomy (sources and licences
 * in its README). The expected parts were written by reading each document: every span is given
 * by the words it starts and ends with, and the test turns those into exact offsets into the
 * ORIGINAL input (Markdown and HTML markup included).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type Region, type Report } from '../src/index.js';

const ANATOMY = new Set(['title', 'dateline', 'byline', 'speech', 'agreed-text', 'contact', 'boilerplate']);

interface Part {
  kind: Region['kind'];
  /** The words the part starts with … */
  from: string;
  /** … and ends with (inclusive). */
  to: string;
  speaker?: string;
  /** The speaker label as written, from the start of the turn (colon and any "(Via interpreter)" included). */
  label?: string;
}

function read(name: string): string {
  return readFileSync(new URL(`./fixtures/anatomy/${name}`, import.meta.url), 'utf8');
}

/** Exact offsets of the expected parts, found in document order. */
function expected(input: string, parts: Part[]): object[] {
  let cursor = 0;
  return parts.map((p) => {
    const start = input.indexOf(p.from, cursor);
    if (start < 0) throw new Error(`"${p.from}" not found after ${cursor}`);
    const last = input.indexOf(p.to, start);
    if (last < 0) throw new Error(`"${p.to}" not found after ${start}`);
    cursor = start + 1;
    const out: Record<string, unknown> = { kind: p.kind, start, end: last + p.to.length };
    if (p.speaker !== undefined) out.speaker = p.speaker;
    if (p.label !== undefined) {
      expect(input.startsWith(p.label, start)).toBe(true);
      out.labelEnd = start + p.label.length;
    }
    return out;
  });
}

function actual(report: Report): object[] {
  return report.regions
    .filter((r) => ANATOMY.has(r.kind))
    .map((r) => {
      const out: Record<string, unknown> = { kind: r.kind, start: r.start, end: r.end };
      if (r.speaker !== undefined) out.speaker = r.speaker;
      if (r.labelEnd !== undefined) out.labelEnd = r.labelEnd;
      return out;
    });
}

const format = (name: string): 'text' | 'markdown' | 'html' =>
  name.endsWith('.html') ? 'html' : name.endsWith('.md') ? 'markdown' : 'text';

const LE_DRIAN: Part[] = [
  {
    kind: 'title',
    from: 'Secretary Antony J. Blinken And French',
    to: 'Jean-Yves Le Drian Before Their Meeting',
  },
  { kind: 'byline', from: 'Antony J. Blinken, Secretary of State', to: 'Secretary of State' },
  { kind: 'dateline', from: 'February 19, 2022', to: '2022' },
  { kind: 'dateline', from: 'Munich, Germany', to: 'Germany' },
  { kind: 'dateline', from: 'Hotel Bayerischer Hof', to: 'Hof' },
  {
    kind: 'speech',
    from: 'SECRETARY BLINKEN: Well, good morning',
    to: 'all of the issues that really matter to the United States and France.',
    speaker: 'SECRETARY BLINKEN',
    label: 'SECRETARY BLINKEN:',
  },
  {
    kind: 'speech',
    from: 'FOREIGN MINISTER LE DRIAN:',
    to: 'in two words: trust and transparency.',
    speaker: 'FOREIGN MINISTER LE DRIAN',
    label: 'FOREIGN MINISTER LE DRIAN: (Via interpreter)',
  },
  {
    kind: 'speech',
    from: 'SECRETARY BLINKEN: Thank you all.',
    to: 'Thank you all.',
    speaker: 'SECRETARY BLINKEN',
    label: 'SECRETARY BLINKEN:',
  },
];

const CASES: Record<string, Part[]> = {
  'en-le-drian.txt': LE_DRIAN,
  'en-le-drian.md': LE_DRIAN,
  'en-myanmar.md': [
    { kind: 'title', from: 'Joint Statement on Execution', to: 'Opposition Leaders in Myanmar' },
    { kind: 'byline', from: 'Media Note', to: 'Media Note' },
    { kind: 'byline', from: 'Office of the Spokesperson', to: 'Spokesperson' },
    { kind: 'dateline', from: 'July 25, 2022', to: '2022' },
    {
      kind: 'byline',
      from: 'The following is the text of a joint statement',
      to: 'execution of pro-democracy and opposition leaders in Myanmar.',
    },
    { kind: 'boilerplate', from: 'Begin text:', to: 'Begin text:' },
    {
      kind: 'agreed-text',
      from: 'The Myanmar military regime’s executions',
      to: 'We remember and mourn all lives lost in Myanmar in the aftermath of the coup.',
    },
    { kind: 'boilerplate', from: 'End text.', to: 'End text.' },
  ],
  'en-pakistan.txt': [
    { kind: 'title', from: 'Assistant Secretary Robinson’s Travel to Pakistan', to: 'Pakistan' },
    { kind: 'byline', from: 'Media Note', to: 'Media Note' },
    { kind: 'byline', from: 'Office of the Spokesperson', to: 'Spokesperson' },
    { kind: 'dateline', from: 'June 28, 2022', to: '2022' },
    {
      kind: 'contact',
      from: 'For further information, please contact',
      to: 'or visit @StateINL on twitter.',
    },
  ],
  'en-angola.html': [
    { kind: 'boilerplate', from: 'Home</a>', to: 'Search' },
    { kind: 'byline', from: 'Remarks</p>', to: 'Remarks' },
    {
      kind: 'title',
      from: 'Secretary Antony J. Blinken and Angolan',
      to: 'Foreign Minister Tete António Before Their Meeting',
    },
    { kind: 'byline', from: 'Antony J. Blinken, Secretary of State', to: 'Secretary of State' },
    { kind: 'dateline', from: 'May 26, 2022', to: '2022' },
    { kind: 'dateline', from: 'Washington, D.C.', to: 'D.C.' },
    { kind: 'dateline', from: 'Thomas Jefferson Room', to: 'Room' },
    {
      kind: 'speech',
      from: 'SECRETARY BLINKEN: Good afternoon',
      to: 'So Mr. Minister, welcome. Bienvenue.',
      speaker: 'SECRETARY BLINKEN',
      label: 'SECRETARY BLINKEN:',
    },
    {
      kind: 'speech',
      from: 'FOREIGN MINISTER ANTONIO:',
      to: 'the role of Angola in Africa.',
      speaker: 'FOREIGN MINISTER ANTONIO',
      label: 'FOREIGN MINISTER ANTONIO: (Via interpreter)',
    },
    {
      kind: 'speech',
      from: 'SECRETARY BLINKEN: Thank you very much.',
      to: 'Thanks, everyone.',
      speaker: 'SECRETARY BLINKEN',
      label: 'SECRETARY BLINKEN:',
    },
    { kind: 'boilerplate', from: 'Related articles', to: 'Angolan Foreign Minister António' },
    { kind: 'boilerplate', from: 'White House', to: 'Accessibility Statement' },
  ],
  'ru-cuba.txt': [
    { kind: 'title', from: 'Беседа с Президентом Кубы', to: 'Мигелем Диас-Канелем Бермудесом' },
    { kind: 'dateline', from: '7 мая 2025 года', to: 'года' },
    { kind: 'dateline', from: 'Москва, Кремль', to: 'Кремль' },
    {
      kind: 'speech',
      from: 'В.Путин: Уважаемый товарищ',
      to: 'Мы очень рады Вас видеть. Добро пожаловать!',
      speaker: 'В.Путин',
      label: 'В.Путин:',
    },
    {
      kind: 'speech',
      from: 'М.Диас-Канель Бермудес (как переведено) :',
      to: 'Очень рады находиться здесь сегодня с Вами. <…>',
      speaker: 'М.Диас-Канель Бермудес (как переведено)',
      label: 'М.Диас-Канель Бермудес (как переведено) :',
    },
  ],
  'ru-black-sea.txt': [
    { kind: 'title', from: 'Основные итоги встречи', to: 'России и США' },
    { kind: 'dateline', from: '25 марта 2025 года', to: 'года' },
    {
      kind: 'agreed-text',
      from: '1. В соответствии с договоренностью',
      to: '5. Россия и США продолжат работу по достижению прочного и продолжительного мира.',
    },
  ],
  'ru-roscosmos.html': [
    { kind: 'boilerplate', from: 'Новости</a>', to: 'Документы' },
    { kind: 'title', from: 'Дмитрий Баканов назначен', to: 'госкорпорации «Роскосмос»' },
    { kind: 'dateline', from: '6 февраля 2025 года', to: 'года' },
    { kind: 'boilerplate', from: 'Текст Указа:', to: 'Текст Указа:' },
    {
      kind: 'agreed-text',
      from: '1. Назначить Баканова',
      to: '2. Настоящий Указ вступает в силу со дня его подписания.',
    },
    { kind: 'boilerplate', from: 'Смотрите также', to: '26.2 кБ' },
    { kind: 'boilerplate', from: 'Все материалы сайта', to: 'Attribution 4.0 International' },
  ],
};

describe('anatomy of real releases (fixtures/anatomy)', () => {
  for (const [name, parts] of Object.entries(CASES)) {
    it(`${name}: every title, dateline, byline, turn, agreed text, contact and boilerplate at its exact offsets`, () => {
      const input = read(name);
      const report = analyze(input, { format: format(name) });
      expect(actual(report)).toEqual(expected(input, parts));
      for (const r of report.regions) expect(typeof r.by).toBe('string');
    });
  }

  it('says how each part was recognised', () => {
    const input = read('en-myanmar.md');
    const by = analyze(input, { format: 'markdown' })
      .regions.filter((r) => ANATOMY.has(r.kind))
      .map((r) => `${r.kind}:${r.by}`);
    expect(by).toEqual([
      'title:first-heading',
      'byline:release-type',
      'byline:office',
      'dateline:date',
      'byline:statement-released-by',
      'boilerplate:begin-text-marker',
      'agreed-text:begin-text',
      'boilerplate:end-text-marker',
    ]);
    const html = analyze(read('en-angola.html'), { format: 'html' }).regions.filter((r) => r.kind === 'boilerplate');
    expect(html.map((r) => r.by)).toEqual(['html:nav', 'html:aside', 'html:footer']);
  });

  it('a transcript is scored as a transcript: report.anatomy', () => {
    const t = analyze(read('en-le-drian.txt')).anatomy;
    expect(t).toEqual({
      speechShare: 1,
      agreedShare: 0,
      transcript: true,
      turns: 3,
      speakers: ['SECRETARY BLINKEN', 'FOREIGN MINISTER LE DRIAN'],
    });
    const ru = analyze(read('ru-cuba.txt')).anatomy;
    expect(ru.transcript).toBe(true);
    // The lead paragraph (the summary) is the press office's own prose.
    expect(ru.speechShare).toBeGreaterThan(0.85);
    expect(ru.speechShare).toBeLessThan(1);
    const release = analyze(read('en-pakistan.txt')).anatomy;
    expect(release).toMatchObject({ speechShare: 0, transcript: false, turns: 0 });
    expect(analyze(read('en-myanmar.md'), { format: 'markdown' }).anatomy.agreedShare).toBe(1);
  });
});

describe('anatomy stays out of the prose figures', () => {
  for (const name of Object.keys(CASES)) {
    it(`${name}: no sentence holds a title, dateline, byline, contact, boilerplate or speaker label`, () => {
      const input = read(name);
      const report = analyze(input, { format: format(name) });
      const outside = report.regions.filter((r) =>
        ['title', 'dateline', 'byline', 'contact', 'boilerplate'].includes(r.kind),
      );
      const labels = report.regions
        .filter((r) => r.kind === 'speech')
        .map((r) => ({ start: r.start, end: r.labelEnd! }));
      for (const s of report.sentences) {
        for (const r of [...outside, ...labels]) expect(s.end <= r.start || s.start >= r.end).toBe(true);
      }
      // Sentences in a turn or in agreed text are marked verbatim, and only those.
      for (const s of report.sentences) {
        const zone = report.regions.find(
          (r) => (r.kind === 'speech' || r.kind === 'agreed-text') && r.start <= s.start && s.end <= r.end,
        );
        expect(s.verbatim).toBe(zone?.kind);
      }
    });
  }

  it('a speaker label does not count in the first sentence of the turn', () => {
    const input = 'CHAIRPERSON FAKI: (Via interpreter) Thank you, Secretary of State.\n\nSECRETARY BLINKEN: Thank you.';
    const r = analyze(input, { language: 'en' });
    expect(r.sentences.map((s) => input.slice(s.start, s.end))).toEqual([
      'Thank you, Secretary of State.',
      'Thank you.',
    ]);
    expect(r.sentences[0]!.words).toBe(5);
    expect(r.counts.words).toBe(7);
  });

  it('a title or byline adds nothing to the counts', () => {
    const body = 'The ministry opened three schools today. Pupils start classes on Monday.';
    const bare = analyze(body, { language: 'en' });
    const dressed = analyze(`New Schools Open in the North\n\nMinistry of Education\n\nWashington, DC\n\n${body}`, {
      language: 'en',
    });
    expect(dressed.counts).toEqual(bare.counts);
    expect(dressed.readability.grade).toBe(bare.readability.grade);
  });
});

describe('anatomy: what is and is not a part', () => {
  const parts = (input: string, language: 'en' | 'ru' = 'en'): string[] =>
    analyze(input, { language })
      .regions.filter((r) => ANATOMY.has(r.kind))
      .map((r) => `${r.kind}${r.speaker ? `(${r.speaker})` : ''}: ${input.slice(r.start, r.end)}`);

  it('capitals and a colon are a field, not a speaker, unless a role word or a spoken sentence follows', () => {
    const input =
      'The vessel was identified as follows.\n\nVESSEL NAME: Hong Kong Star\n\nVESSEL FLAG: Panama\n\nThe Department designated it today.';
    expect(parts(input).filter((p) => p.startsWith('speech'))).toEqual([]);
    const turn = 'Opening remarks.\n\nCHAIRPERSON FAKI: Thank you, and welcome to all of you today.';
    expect(parts(turn)).toContain(
      'speech(CHAIRPERSON FAKI): CHAIRPERSON FAKI: Thank you, and welcome to all of you today.',
    );
  });

  it('mixed-case name labels are speakers in a dialogue, and only there', () => {
    // State Department pool: transcript-of-the-transatlantic-trends-2021-launch-event-… (a German
    // Marshall Fund transcript: names, a name and its title after a comma, a title and a name).
    const dialogue = [
      'Alexandra de Hoop Scheffer, Director of the German Marshall Fund of the United States’ Paris office: Good afternoon, and good morning to all of you who are joining us.',
      'Irene Braam, Executive Director of the Bertelsmann Foundation: Thank you, Alexandra, and a very pleasant morning to one and all.',
      'Alexandra de Hoop Scheffer: Thank you very much, Ambassador Sherman. Thank you again for joining us.',
      'Deputy Secretary of State Sherman: Thank you, it is a real pleasure to be here with all of you.',
      'Alexandra de Hoop Scheffer: So, this is a group of questions on the formats of cooperation.',
      'Deputy Secretary of State Sherman: So, I think it’s terrific the G7 is meeting this week.',
    ].join('\n\n');
    const speakers = parts(dialogue).map((p) => /^speech\(([^)]*)\)/u.exec(p)?.[1]);
    expect(speakers).toEqual([
      'Alexandra de Hoop Scheffer',
      'Irene Braam',
      'Alexandra de Hoop Scheffer',
      'Deputy Secretary of State Sherman',
      'Alexandra de Hoop Scheffer',
      'Deputy Secretary of State Sherman',
    ]);
    // Run-in headings of a fact sheet do not repeat: they are the office's prose.
    const factSheet = [
      'Addressing the Climate Crisis: The Request has $2.3 billion to support U.S. leadership on climate.',
      'Strengthening Global Health: The Request invests in the global health workforce and systems.',
      'Renewing Democracy at Home and Abroad: The Request provides funds to defend democracy worldwide.',
    ].join('\n\n');
    expect(parts(factSheet)).toEqual([]);
  });

  it('metadata lines opening a text ("Source:", "Date:", "Licence:") are a header, not its title or prose', () => {
    // The repository's release fixtures (test/fixtures/releases) open with such a header, as CMS
    // exports and wire feeds do.
    const body = 'The Department of State is taking action against officials for their involvement in repressive acts.';
    const input = `Source: https://www.state.gov/example/\nPublisher: U.S. Department of State\nDate: 2022-03-21\nLicence: Public domain\n\n${body}`;
    expect(parts(input)).toEqual([
      'boilerplate: Source: https://www.state.gov/example/\nPublisher: U.S. Department of State\nDate: 2022-03-21\nLicence: Public domain',
    ]);
    const report = analyze(input, { language: 'en' });
    expect(report.sentences.map((s) => input.slice(s.start, s.end))).toEqual([body]);
    const ru =
      'Источник: http://kremlin.ru/events/president/news/1\nДата: 2025-01-20\n\nПрезидент провёл совещание с членами Правительства.';
    expect(parts(ru, 'ru')[0]).toBe(
      'boilerplate: Источник: http://kremlin.ru/events/president/news/1\nДата: 2025-01-20',
    );
    // One field line is not a header, and an ordinary field in the body stays where it is.
    expect(parts(`Date: 2022-03-21\n\n${body}`)).not.toContainEqual(expect.stringMatching(/^boilerplate/u));
    expect(parts(`${body}\n\nSource: the Ministry\nDate: today\n\n${body}`)).toEqual([]);
    // Speaker labels are not fields.
    const talk = 'QUESTION: Is the deal done?\nMR PRICE: Not yet, and we will say more when it is.\n\nThank you.';
    expect(parts(talk).some((p) => p.startsWith('boilerplate'))).toBe(false);
  });

  it('a line that asks for questions or media inquiries is a contact', () => {
    // State Department pool: meeting-of-the-advisory-committee-on-international-postal-and-delivery-services-2 and others.
    const input =
      'The committee will meet on April 27.\n\nFor questions concerning the meeting or access to the meeting documents please contact\n\nIO-Press-DL@state.gov.\n\nFor media inquiries, please contact DRL-Press@state.gov.';
    expect(parts(input).filter((p) => p.startsWith('contact'))).toEqual([
      'contact: For questions concerning the meeting or access to the meeting documents please contact',
      'contact: For media inquiries, please contact DRL-Press@state.gov.',
    ]);
    expect(analyze(input, { language: 'en' }).findings.filter((f) => f.ruleId === 'plain-words')).toEqual([]);
  });

  it('Russian turns inside one scraped block, and a question from the floor', () => {
    const input =
      'Глава государства ответил на вопросы журналистов. Вопрос: Как Вы оцениваете итоги? В.Путин: Высоко. Результат есть.';
    expect(parts(input, 'ru')).toEqual([
      'speech(Вопрос): Вопрос: Как Вы оцениваете итоги?',
      'speech(В.Путин): В.Путин: Высоко. Результат есть.',
    ]);
  });

  it('a Russian label with a space before its colon, after a heading that lost its line break', () => {
    // kremlin.ru pool item 76860: "… в узком составе В.Путин : Уважаемый господин Президент".
    const input =
      'Переговоры прошли в Москве. Начало переговоров в узком составе В.Путин : Уважаемый господин Президент! Рад Вас видеть.';
    expect(parts(input, 'ru')).toEqual(['speech(В.Путин): В.Путин : Уважаемый господин Президент! Рад Вас видеть.']);
  });

  it('"Begin text:" without "End text." runs to the contact line; notes to editors are boilerplate', () => {
    const input =
      'The following statement was released by the Governments of Norway and the United States.\n\nBegin text:\n\nWe agree to cooperate.\n\nFor more information, contact press@example.org.\n\nNotes to editors\n\nThe dialogue began in 2019.';
    expect(parts(input)).toEqual([
      'byline: The following statement was released by the Governments of Norway and the United States.',
      'boilerplate: Begin text:',
      'agreed-text: We agree to cooperate.',
      'contact: For more information, contact press@example.org.',
      'boilerplate: Notes to editors',
      'boilerplate: The dialogue began in 2019.',
    ]);
  });

  it('a body that opens with numbered points is agreed text; a numbered list after a sentence is not', () => {
    // kremlin.ru pool item 76534, the list the two sides agreed, as one scraped block.
    const agreedList =
      '1. Нефтеперерабатывающие предприятия; 2. Нефте-, газопроводы и хранилища, включая насосные станции; 3. Атомные электростанции. В случае нарушения моратория одной из сторон другая сторона вправе считать себя свободной от обязательств.';
    expect(parts(agreedList, 'ru')).toEqual([`agreed-text: ${agreedList}`]);
    const onLines = 'Итоги встречи\n\n1. Стороны условились продолжить работу.\n\n2. Следующая встреча пройдёт в мае.';
    expect(parts(onLines, 'ru')).toContain(
      'agreed-text: 1. Стороны условились продолжить работу.\n\n2. Следующая встреча пройдёт в мае.',
    );
    const own = 'Министерство подвело итоги года. 1. Открыто три школы. 2. Построено две больницы.';
    expect(parts(own, 'ru')).toEqual([]);
    // Point 1 alone is a list of one, not a set of agreed points.
    expect(parts('1. Стороны условились продолжить работу в мае.', 'ru')).toEqual([]);
  });

  it('a heading glued to the first Russian turn is a title; a sentence before a label is not', () => {
    // kremlin.ru pool item 76469 (paragraph breaks lost at the source).
    const input =
      'Владимир Путин и Эмомали Рахмон сделали заявления для СМИ В.Путин: Уважаемый Эмомали Шарипович! Дамы и господа!';
    const report = analyze(input, { language: 'ru' });
    const title = report.regions.find((r) => r.kind === 'title')!;
    expect([title.start, title.end, title.by]).toEqual([0, 57, 'heading-before-label']);
    expect(input.slice(title.start, title.end)).toBe('Владимир Путин и Эмомали Рахмон сделали заявления для СМИ');
    expect(report.findings.filter((f) => f.start < 57)).toEqual([]);
    const sentence = 'Лидеры сделали заявления для СМИ. В.Путин: Уважаемый Эмомали Шарипович!';
    expect(parts(sentence, 'ru').filter((p) => p.startsWith('title'))).toEqual([]);
  });

  it('a sentence that mentions a ministry is not a venue line', () => {
    expect(parts('The Ministry hereby informs that it was received.\n\nThe plan starts in May.')).toEqual([]);
  });

  // State Department transcript, World Press Freedom Day 2022 (pool): its head, as the pool has it;
  // all-caps flagged the venue line as shouting (heldout20-en)
  it('a place without its comma and a venue line in capitals head a transcript as datelines', () => {
    const input =
      'Washington D.C.\n\nTuesday, May 3, 2022, at 11:00 am\n\nTHE WASHINGTON FOREIGN PRESS CENTER, WASHINGTON, D.C.\n\nMR PRICE: Good morning. Welcome to the Foreign Press Center.';
    expect(parts(input).slice(0, 3)).toEqual([
      'dateline: Washington D.C.',
      'dateline: Tuesday, May 3, 2022, at 11:00 am',
      'dateline: THE WASHINGTON FOREIGN PRESS CENTER, WASHINGTON, D.C.',
    ]);
    expect(analyze(input, { language: 'en' }).findings.filter((f) => f.ruleId === 'all-caps')).toEqual([]);
    // a sentence in capitals is no venue line
    expect(parts('THE MINISTRY OPENED THREE SCHOOLS TODAY.\n\nPupils start classes on Monday.')).toEqual([]);
  });

  it('plain prose has no parts', () => {
    expect(parts('The ministry opened three schools today. Pupils start classes on Monday.')).toEqual([]);
  });
});

describe('lint respects the anatomy', () => {
  const prose =
    'The ministry will utilize the new funds in order to commence repairs. It is a very long sentence that keeps going and going with many many words and clauses, which the ministry, acting through its regional offices in each of the northern provinces and in cooperation with partner organisations, intends to continue for the foreseeable future, as announced.';

  it('inside a speaker turn: no finding by default; with verbatim "suggest", information without a fix, no sentence-level finding', () => {
    const input = `${prose}\n\nMR PRICE: ${prose}`;
    const plain = analyze(input, { language: 'en' });
    const spoken = plain.regions.find((x) => x.kind === 'speech')!;
    expect(plain.findings.filter((f) => f.start >= spoken.start)).toEqual([]);
    const r = analyze(input, { language: 'en', lint: { verbatim: 'suggest' } });
    const turn = r.regions.find((x) => x.kind === 'speech')!;
    const inTurn = r.findings.filter((f) => f.start >= turn.start);
    const before = r.findings.filter((f) => f.end <= turn.start);
    // The same words outside the turn get fixes and the sentence findings.
    expect(before.some((f) => f.fix)).toBe(true);
    expect(before.some((f) => f.ruleId === 'sentence-length' || f.ruleId === 'hard-sentence')).toBe(true);
    expect(inTurn.length).toBeGreaterThan(0);
    for (const f of inTurn) {
      expect(f.fix).toBeUndefined();
      expect(f.severity).toBe('suggestion');
      expect(['sentence-length', 'hard-sentence']).not.toContain(f.ruleId);
    }
  });

  it('numbered agreed points (kremlin.ru 76526): no fix and no finding by default', () => {
    const input = read('ru-black-sea.txt');
    const report = analyze(input, { language: 'ru' });
    const agreed = report.regions.find((r) => r.kind === 'agreed-text')!;
    expect(agreed.by).toBe('numbered-points');
    expect(report.findings.filter((f) => f.start >= agreed.start && f.end <= agreed.end)).toEqual([]);
  });

  it('inside agreed text: the same', () => {
    const input = `Begin text:\n\n${prose}\n\nEnd text.`;
    expect(analyze(input, { language: 'en' }).findings).toEqual([]);
    const r = analyze(input, { language: 'en', lint: { verbatim: 'suggest' } });
    expect(r.regions.some((x) => x.kind === 'agreed-text')).toBe(true);
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) {
      expect(f.fix).toBeUndefined();
      expect(['sentence-length', 'hard-sentence']).not.toContain(f.ruleId);
    }
  });
});

describe('anatomy: scraping debris', () => {
  it('a stray backtick before a label does not hide the turn', () => {
    const input = 'SECRETARY BLINKEN: Thank you all for coming today.\n\n`MR PRICE: Take a final question.';
    const turns = analyze(input, { language: 'en' }).regions.filter((r) => r.kind === 'speech');
    expect(turns.map((r) => [r.speaker, input.slice(r.start, r.end), input.slice(r.start, r.labelEnd)])).toEqual([
      ['SECRETARY BLINKEN', 'SECRETARY BLINKEN: Thank you all for coming today.', 'SECRETARY BLINKEN:'],
      ['MR PRICE', '`MR PRICE: Take a final question.', '`MR PRICE:'],
    ]);
  });
});

describe('lead-ins of agreed text: released, issued, agreed, adopted or signed', () => {
  for (const lead of [
    'The text of the following communiqué was agreed upon by the Special Representatives and Envoys for Afghanistan from the European Union, France, Germany, Italy, Norway, the United Kingdom, and the United States.',
    'The text of the following statement was adopted by the Governments of the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan, Turkmenistan, the Republic of Uzbekistan, and the United States of America.',
    'The following is being released jointly by the Governments of the United States of America and the Republic of Korea.',
  ])
    it(`opens agreed text: ${lead.slice(0, 60)}`, () => {
      const body = 'The participants reaffirmed their commitment to a stable region and agreed to meet again.';
      const input = `${lead}\n\n${body}`;
      const regions = analyze(input).regions;
      const byline = regions.find((r) => r.kind === 'byline');
      expect(byline?.by).toBe('statement-released-by');
      const agreed = regions.find((r) => r.kind === 'agreed-text');
      expect(agreed && input.slice(agreed.start, agreed.end).trim()).toBe(body);
      // Nothing is linted as the office's own prose in the agreed text.
      expect(
        analyze(input).findings.filter((f) => f.start >= input.indexOf(body) && f.severity !== 'suggestion'),
      ).toEqual([]);
    });
});

describe('joint statements without a lead-in, and remarks without a speaker label', () => {
  const kinds = (input: string): string[] =>
    analyze(input, { language: 'en' })
      .regions.filter((r) => r.kind === 'agreed-text' || r.kind === 'speech')
      .map((r) => `${r.kind}/${r.by}: ${input.slice(r.start, r.end)}`);
  // State Department pool: friends-of-sudan-statement-on-publication-of-unitams-summary-report,
  // media-freedom-coalition-statement-on-hong-kongs-apple-daily (their first paragraphs, shortened).
  for (const opening of [
    'Canada, France, Germany, Italy, Kuwait, the Netherlands, Norway, Saudi Arabia, Spain, Sweden, United Arab Emirates, the United Kingdom, the United States of America, and the European Union, as members of the Friends of Sudan, welcome the publication by the UN Integrated Transition Assistance Mission in Sudan (UNITAMS) of its summary report.',
    'The undersigned members of the Media Freedom Coalition express their strong concerns about the forced closure of the Apple Daily newspaper.',
    'The Friends of Sudan call on all relevant Sudanese stakeholders to engage in the next phase of a political process.',
    'We, the Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States, condemn the launch.',
    // troika-statement-south-sudans-10-year-independence-anniversary (heldout5-en),
    // troika-statement-on-detentions-of-political-figures-in-sudan.
    'The Troika (United States, United Kingdom, and Norway) congratulates the people of South Sudan on 10 years of independence.',
    'The Troika (Norway, the United Kingdom, and the United States of America), Canada, Switzerland, and the European Union are alarmed by the February 9 arrests.',
    // joint-statement-on-sudan-on-the-occasion-of-eid-al-adha (heldout10-en).
    'The members of the Troika (Norway, the United Kingdom and the United States) and the European Union extend our warm wishes to the Sudanese people.',
  ])
    it(`the body is agreed text: ${opening.slice(0, 50)}`, () => {
      const rest = 'The report demonstrates strong consensus on a number of key issues.';
      const input = `${opening}\n\n${rest}`;
      expect(kinds(input)).toEqual([`agreed-text/joint-statement-opening: ${input}`]);
      // No fixable finding on the signatories' words ("a number of" has a safe fix elsewhere).
      expect(analyze(input, { language: 'en' }).findings.filter((f) => f.fix)).toEqual([]);
    });

  it('a lead-in naming the governments that issued the statement opens agreed text', () => {
    // joint-statement-on-limited-resumption-of-arctic-council-cooperation (its lead-in, lower case).
    const lead =
      'The governments of Canada, the Kingdom of Denmark, Finland, Iceland, Norway, Sweden, and the United States have issued the following joint statement.';
    const body = 'The report demonstrates strong consensus on a number of key issues.';
    const r = analyze(`${lead}\n\n${body}`, { language: 'en' });
    expect(r.regions.map((x) => `${x.kind}/${x.by}`)).toEqual([
      'byline/statement-released-by',
      'agreed-text/statement-released-by',
    ]);
    expect(r.findings.filter((f) => f.severity !== 'suggestion' || f.fix)).toEqual([]);
  });

  it('a text that calls itself a joint statement, or names the governments that joined it, is agreed text', () => {
    // united-states-and-concerned-nations-stand-together-for-the-cuban-people (heldout6-en, shortened).
    const input =
      'Today, democracies around the world are coming together to support the Cuban people.\n\nThis joint statement demonstrates that the Cuban people are not alone in their aspirations.\n\nWe are joined by Austria, Brazil, Colombia, Croatia, and Ukraine.';
    expect(kinds(input)).toEqual([`agreed-text/joint-statement-self: ${input}`]);
    // A release that mentions a joint statement is not one.
    const own =
      'The Secretary welcomed the joint statement of the G7.\n\nWe are joined by our partners in this effort.';
    expect(kinds(own)).toEqual([]);
  });

  it('a text that speaks for the parties in the present tense, as a communiqué does, is agreed text', () => {
    // announcing-the-u-s-afghanistan-uzbekistan-pakistan-quad-… (heldout10-en, shortened).
    const input =
      'Representatives of the United States, Afghanistan, Pakistan, and Uzbekistan agreed in principle to establish a new platform.\n\nThe parties consider long-term peace critical to regional connectivity.';
    expect(kinds(input)).toEqual([`agreed-text/joint-statement-self: ${input}`]);
    // A release reporting what the sides agreed (past tense) is the office's own prose.
    expect(kinds('The Secretary met the Foreign Minister.\n\nThe two sides agreed to meet again.')).toEqual([]);
  });

  it('a release reporting what others agreed is the office’s own prose', () => {
    // State Department pool: quadrilateral-deal-for-safe-passage-of-agricultural-goods-on-the-black-sea,
    // signing-of-supply-chain-memorandum-of-understanding-with-alliance-for-development-in-democracy-countries-….
    for (const own of [
      'The United Nations, the Republic of Turkey, Ukraine, and Russia have committed to a plan for resuming Ukrainian exports.\n\nWe welcome the deal.',
      'Today, the United States, Costa Rica, the Dominican Republic, and Panama signed a memorandum of understanding.\n\nIt will help supply chains.',
      'The Departments of State, Treasury, Commerce, and Labor today issued a business advisory on Sudan.\n\nIt lists the risks.',
    ])
      expect(kinds(own)).toEqual([]);
  });

  it('remarks that open as speech are one turn without a label', () => {
    // State Department pool: remarks-at-a-press-availability-with-moroccan-foreign-minister-nasser-bourita
    // (Deputy Secretary Sherman; the dateline, then her words with no speaker label).
    const body =
      'Good afternoon. Thank you for being here.\n\nIt’s wonderful to be back in Morocco for my first visit as Deputy Secretary of State.';
    const input = `Rabat, Morocco\n\n${body}`;
    expect(kinds(input)).toEqual([`speech/spoken-opening: ${body}`]);
    // …and welcoming remarks under a heading (heldout16-en: the International Tracing Service's
    // annual meeting); a written statement that is pleased to announce is the office's prose
    const welcome = 'I’m pleased to welcome you all to the 84th meeting of the International Commission.';
    expect(kinds(`Welcoming Remarks at the 84th Meeting\n\n${welcome}`)).toEqual([`speech/spoken-opening: ${welcome}`]);
    expect(kinds('I am pleased to announce the appointment of a new envoy.\n\nShe starts in May.')).toEqual([]);
    // A release that thanks someone in writing is no speech.
    expect(
      kinds('Thanks to the generosity of our partners, the school opened today.\n\nPupils start on Monday.'),
    ).toEqual([]);
  });

  it('a “said:” line hands the next paragraph to its speaker, and the first-person ones after it', () => {
    // GOV.UK, "Public approval for driving limits for 16 drugs" (../shared/eval en_govuk_03,
    // shortened): the minister's words, then the office's third-person prose again.
    const quote =
      'The results of the consultation is sending the strongest possible message that you cannot take illegal drugs and drive.';
    const input = `Today the government’s ambition moved a step closer.\n\nRoad Safety Minister Robert Goodwill said:\n\n${quote}\n\nThe next step is to take these limits to Parliament.`;
    const turn = analyze(input, { language: 'en' }).regions.find((r) => r.kind === 'speech');
    expect(turn && { speaker: turn.speaker, by: turn.by, text: input.slice(turn.start, turn.end) }).toEqual({
      speaker: 'Road Safety Minister Robert Goodwill',
      by: 'said-lead-in',
      text: `Road Safety Minister Robert Goodwill said:\n\n${quote}`,
    });
    // GOV.UK, "Christmas 2016: Prime Minister's message" (en_govuk_05, shortened): every paragraph
    // speaks in the first or second person, so the turn runs to the end.
    const message =
      'This year, the United Kingdom has had much to celebrate.\n\nComing together is also important for us as a country.\n\nWherever you are this Christmas, I wish you joy and peace.';
    expect(kinds(`Prime Minister Theresa May said:\n\n${message}`)).toEqual([
      `speech/said-lead-in: Prime Minister Theresa May said:\n\n${message}`,
    ]);
    // A sentence that ends in "said:" inside a paragraph, or a lead-in to a list, is no such line.
    expect(kinds('The minister met farmers on Monday. He said:\n\nThe scheme opens in May.')).toEqual([]);
  });
});
