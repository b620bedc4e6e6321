/**
 * What a blind reading of unseen pool items found (2026-12-08, seed 1212: State Department items
 * 34, 1228, 1364, 1627 and 1661, kremlin.ru items 121, 160 and 164; seed 2424: State Department
 * items 167, 492 and 1229, kremlin.ru items 16 and 111; and, in the before-and-after comparison,
 * State Department items 180 and 832), each case with the release's own words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRussianMorphology } from '@attache/core';
import { compose } from '../src/compose/index.js';
import { labelCase, mixedCaseSpellings } from '../src/compose/plan.js';
import { enMeetingLead, transcriptPlace } from '../src/compose/en-meeting.js';
import { ruNotLead } from '../src/compose/ru-lead.js';
import { spokenNumbers } from '../src/compose/wording.js';
import { omitDetail, splitCoordinated } from '../src/compose/restructure.js';
import { shortenLong, smsHeads } from '../src/compose/sms.js';
import { splitEnglish } from '../src/compose/en-split.js';
import { verify } from '../src/verify/index.js';

// State Department pool item 1228 (whole)
const MINSK = `# Suspending Operations at U.S. Embassy Minsk and Change in Status for U.S. Embassy Moscow

The U.S. Department of State has suspended operations at our Embassy in Minsk, Belarus and authorized the voluntary departure (“authorized departure”) of non-emergency employees and family members at our Embassy in Moscow, Russia. We took these steps due to security and safety issues stemming from the unprovoked and unjustified attack by Russian military forces in Ukraine. The Department of State continually adjusts its posture at embassies and consulates throughout the world in line with its mission, the local security environment, and the health situation. We ultimately have no higher priority than the safety and security of U.S. citizens, and that includes our U.S. government personnel and their dependents serving around the world.
`;

// State Department pool item 1661 (whole)
const EEAS = `# U.S.-EU Dialogue on Nonproliferation, Disarmament, Arms Control and Chemical, Biological, Radiological and Nuclear Risk Mitigation

The United States and the European Union’s External Action Service held another meeting this week in their ongoing dialogue on nonproliferation, arms control, disarmament, and chemical, biological, radiological, and nuclear risk mitigation issues. Ann Ganzer, Senior Official for the Bureau of International Security and Nonproliferation, and Bruce Turner, Senior Official for the Bureau of Arms Control, Verification and Compliance, led discussions on the U.S. side. Marjolijn van Deelen, Special Envoy for Nonproliferation and Disarmament, led for the EEAS.
`;

// State Department pool item 180 (its second and third paragraphs cut to their first and last sentences)
const CUBA = `# Announcement of Visa Restrictions Against Cuban Officials

The Department of State has taken steps to impose visa restrictions on 28 Cuban officials pursuant to Presidential Proclamation 5377, which suspends nonimmigrant entry into the United States of officers and employees of the Cuban government and Cuban Communist Party.

These 28 officials include officials who are implicated in the repression of the peaceful July 11, 2021 protests. Those covered include high-ranking members of the Cuban Communist Party responsible for setting national- and provincial-level policies.

Also covered are multiple officials who work in the state communications and media sectors who formulate and implement policies that restrict Cubans’ ability to freely access and share information and who engage in the spread of disinformation. Further, state media officials continue to engage in a campaign against jailed July 11, 2021, protesters and their family members who speak publicly about their loved ones’ cases. This announcement of visa restrictions comes in response to the actions of Cuban government officials that limit Cubans’ enjoyment of their human rights and fundamental freedoms.
`;

// State Department pool item 832 (its first sentence)
const KINAHAN_LEAD =
  'The U.S. Department of State is announcing rewards of up to $5 million for information leading to each of the arrests and/or convictions of Irish transnational organized criminal Christopher Vincent Kinahan and his two sons, Daniel Joseph Kinahan and Christopher Kinahan, Jr., for participating in, or conspiring to participate in, transnational organized crime.';

const pass = (): boolean => true;

/** The youth post and the rural notice of `release`, each checked by the verifier. */
function postAndNotice(release: string): Array<{ name: string; text: string }> {
  return (
    [
      ['youth', 'x'],
      ['rural', 'notice'],
    ] as const
  ).map(([audience, channel]) => {
    const v = compose(release, { audience, channel });
    expect(v.verification.ok, `${audience}/${channel}`).toBe(true);
    return { name: `${audience}/${channel}`, text: v.text };
  });
}

describe('a sentence of two acts is two sentences', () => {
  it('a second verb of saying after a relative clause is the subject’s, not the clause’s (item 34)', () => {
    const s =
      'The Deputy Secretary conveyed condolences for the terrorist attacks that claimed the lives of Israelis earlier this year and underscored the United States’ unwavering commitment to Israel’s security.';
    expect(splitEnglish(s, 12, pass)).toEqual([
      'The Deputy Secretary conveyed condolences for the terrorist attacks that claimed the lives of Israelis earlier this year.',
      'The Deputy Secretary underscored the United States’ unwavering commitment to Israel’s security.',
    ]);
    // (any other verb after the relative clause may be the clause's own: no split)
    const clause =
      'The Minister sent condolences for the terrorist attacks that killed twelve people in the capital and injured forty more in the north.';
    expect(splitEnglish(clause, 12, pass)).toEqual([clause]);
  });

  it('two perfects of one subject: the auxiliary is said again (item 1228)', () => {
    const lead =
      'The U.S. Department of State has suspended operations at our Embassy in Minsk, Belarus and authorized the voluntary departure (“authorized departure”) of non-emergency employees and family members at our Embassy in Moscow, Russia.';
    expect(MINSK).toContain(lead);
    const [first, second] = splitEnglish(lead, 12, pass);
    expect(first).toBe('The U.S. Department of State has suspended operations at our Embassy in Minsk, Belarus.');
    expect(second).toMatch(/^The U\.S\. Department of State has authorized the voluntary departure/);
    // (participles of one perfect with nothing between them stay together)
    const one =
      'The government of the republic has signed and ratified the new convention on the protection of wetlands.';
    expect(splitEnglish(one, 12, pass)).toEqual([one]);
  });
});

describe('why it was done stays when the figures would have it go', () => {
  it('the Minsk suspension: the youth post and the notice say why, and the SMS where', () => {
    for (const v of postAndNotice(MINSK)) {
      expect(v.text, v.name).toContain(
        'We took these steps due to security and safety issues stemming from the unprovoked and unjustified attack by Russian military forces in Ukraine.',
      );
    }
    const sms = compose(MINSK, { audience: 'rural', channel: 'sms' });
    expect(sms.text).toBe('The U.S. Department of State has suspended operations at our Embassy in Minsk, Belarus.');
  });

  it('"This announcement …" needs no sentence before it: it points at the news (item 180)', () => {
    const v = compose(CUBA, { audience: 'rural', channel: 'notice' });
    expect(v.verification.ok).toBe(true);
    expect(v.text).toContain('This announcement of visa restrictions comes in response to the actions');
  });
});

describe('a person’s office said aside (item 1661)', () => {
  const GANZER =
    'Ann Ganzer, Senior Official for the Bureau of International Security and Nonproliferation, and Bruce Turner, Senior Official for the Bureau of Arms Control, Verification and Compliance, led discussions on the U.S. side.';

  it('goes from a short version’s sentence, and the verifier reads both actors as the release’s', () => {
    const short = omitDetail(GANZER, 'en', 'short');
    expect(short).toBe('Ann Ganzer and Bruce Turner led discussions on the U.S. side.');
    expect(verify(EEAS, short, { language: 'en' }).ok).toBe(true);
    // (dropping one of the two actors is still caught)
    const one = verify(EEAS, 'Ann Ganzer led discussions on the U.S. side.', { language: 'en' });
    expect(one.findings.map((f) => f.rule)).toContain('attribution');
    expect(omitDetail(GANZER, 'en', 'plain')).toBe(GANZER);
  });

  it('stays in the lead, where it says who the news is about', () => {
    const lead =
      'Mike Hammer, Special Envoy for the Horn of Africa, will travel to Egypt, the United Arab Emirates, and Ethiopia July 24-August 1.';
    expect(omitDetail(lead, 'en', 'short', true)).toBe(lead);
    expect(omitDetail(lead, 'en', 'short')).toBe(
      'Mike Hammer will travel to Egypt, the United Arab Emirates, and Ethiopia July 24-August 1.',
    );
  });

  it('the SMS keeps the office of the person its lead is about (pool item 1848)', () => {
    const release =
      '# Travel of Special Representative Kim to Seoul\n\nSung Kim, U.S. Special Representative for the Democratic People’s Republic of Korea, will travel to Seoul, June 19-23. In Seoul, he will meet with officials to discuss the threat posed by the DPRK’s missile programs.\n';
    const sms = compose(release, { audience: 'rural', channel: 'sms' });
    // (a short channel's rank for the long title, but never the name alone)
    expect(sms.text).toMatch(/^Sung Kim, U\.S\. Special Representative\b/u);
  });

  it('an item of a list of people or of offices is no aside', () => {
    for (const s of [
      'Secretary Blinken spoke today with Latvian Foreign Minister Edgars Rinkevics, Lithuanian Foreign Minister Gabrielius Landsbergis, and Estonian Foreign Minister Eva-Maria Liimets.',
      'During his trip, Ambassador Hussain will also meet the President of Mauritania, Minister of Islamic Affairs, and Minister of Justice, along with other senior government officials.',
      'The dialogue brought together Dr. Fuad Hussein, Iraq’s Minister of Foreign Affairs, and the United States of America.',
    ])
      expect(omitDetail(s, 'en', 'short')).toBe(s);
  });

  it('the youth post and the notice name the people without their offices', () => {
    for (const v of postAndNotice(EEAS)) {
      expect(v.text).toContain('Ann Ganzer and Bruce Turner led discussions on the U.S. side.');
      expect(v.text).toContain('Marjolijn van Deelen led for the EEAS.');
    }
  });
});

describe('a head may end after "Jr.," (item 832)', () => {
  it('the reward offer has a head that fits a post, so the thread leads with it', () => {
    expect(smsHeads(KINAHAN_LEAD, 'en')).toContain(
      'The U.S. Department of State is announcing rewards of up to $5 million for information leading to each of the arrests and/or convictions of Irish transnational organized criminal Christopher Vincent Kinahan and his two sons, Daniel Joseph Kinahan and Christopher Kinahan, Jr.',
    );
    const v = compose(`# Department of State Offers Reward\n\n${KINAHAN_LEAD}\n`, { audience: 'youth', channel: 'x' });
    expect(v.verification.ok).toBe(true);
    expect(v.parts[0]).toMatch(/^The U\.S\. Department of State is announcing rewards of up to \$5 million/);
  });
});

// kremlin.ru pool item 121 (whole)
const PASHINYAN = `# Телефонный разговор с Премьер-министром Армении Николом Пашиняном

Никол Пашинян сообщил о завершении согласования текста мирного договора между Арменией и Азербайджаном и о готовности Еревана подписать этот важный документ. Владимир Путин подчеркнул в этой связи, что Россия всегда выступала и выступает за нормализацию армяно-азербайджанских отношений в интересах обеспечения безопасности, стабильности и устойчивого социально-экономического развития в Закавказском регионе. Как Армения, так и Азербайджан всегда могут рассчитывать на любое возможное содействие российской стороны в достижении этих целей. Затрагивались также некоторые вопросы дальнейшего развития взаимовыгодных российско-армянских связей. Премьер-министр Армении подтвердил, что принимает приглашение Президента России и будет участвовать в юбилейных торжествах 9 мая в Москве по случаю 80-летия Победы в Великой Отечественной войне.
`;

describe('Russian: "this document" said of the treaty the sentence named (item 121)', () => {
  beforeAll(async () => {
    await loadRussianMorphology();
  });

  it('may lead; a demonstrative for a thing named before the sentence still may not', () => {
    expect(ruNotLead(PASHINYAN.split('\n\n')[1]!.split('. ')[0]! + '.')).toBeNull();
    expect(
      ruNotLead('Стороны обсудили подготовку соглашения, и министр поручил доработать этот документ к маю.'),
    ).toBeNull();
    expect(ruNotLead('Министр поблагодарил коллег за помощь в подготовке этого документа.')).toMatch(/points back/);
  });

  it('the youth post and the SMS give the peace treaty, the call’s news', () => {
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'sms'],
    ] as const) {
      const v = compose(PASHINYAN, { audience, channel, language: 'ru' });
      expect(v.verification.ok).toBe(true);
      expect(v.text, `${audience}/${channel}`).toMatch(/мирного договора между Арменией и Азербайджаном/);
    }
  });
});

describe('a speaker label in capitals is spelled as the release spells the name (item 1627)', () => {
  it('"DEPUTY SECRETARY MCKEON" is "Deputy Secretary McKeon" when the release writes McKeon', () => {
    const input = '# Briefing with Deputy Secretary Brian P. McKeon\n\nDEPUTY SECRETARY MCKEON: Thank you.';
    expect(labelCase('DEPUTY SECRETARY MCKEON', mixedCaseSpellings(input))).toBe('Deputy Secretary McKeon');
    expect(labelCase('MR O’BRIEN', mixedCaseSpellings('Jim O’Brien spoke.'))).toBe('Mr O’Brien');
    // (a name the release writes only in capitals stays in title case)
    expect(labelCase('AMBASSADOR JACOBSON', mixedCaseSpellings(input))).toBe('Ambassador Jacobson');
  });
});

// kremlin.ru pool item 111 (whole)
const GEKHT = `# Ирина Гехт назначена врио губернатора Ненецкого автономного округа

Текст Указа: В связи с заявлением Губернатора Ненецкого автономного округа Бездудного Ю.В. о досрочном прекращении полномочий и в соответствии с пунктом 1 части 1 статьи 27 и пунктом 2 части 1 статьи 28 Федерального закона от 21 декабря 2021 г. № 414-Ф3 «Об общих принципах организации публичной власти в субъектах Российской Федерации» постановляю: 1. Принять отставку Губернатора Ненецкого автономного округа Бездудного Ю.В. по собственному желанию. 2. Назначить Гехт Ирину Альфредовну временно исполняющей обязанности Губернатора Ненецкого автономного округа до вступления в должность лица, избранного Губернатором Ненецкого автономного округа. 3. Настоящий Указ вступает в силу со дня его подписания.
`;

describe('Russian: a decree’s release leads with what its title says the decree does (item 111)', () => {
  beforeAll(async () => {
    await loadRussianMorphology();
  });

  it('the youth post opens on the title’s sentence, the decree quoted after it; the SMS is that sentence', () => {
    const post = compose(GEKHT, { audience: 'youth', channel: 'x', language: 'ru' });
    expect(post.verification.ok).toBe(true);
    expect(post.parts[0]).toBe('Ирина Гехт назначена врио губернатора Ненецкого автономного округа.');
    expect(post.text).toContain('В указе говорится: «Назначить Гехт Ирину Альфредовну');
    const sms = compose(GEKHT, { audience: 'rural', channel: 'sms', language: 'ru' });
    expect(sms.text).toBe('Ирина Гехт назначена врио губернатора Ненецкого автономного округа.');
  });

  it('a title that only names the decree is no lead', () => {
    const named = GEKHT.replace(/^# .*$/mu, '# Указ о временно исполняющем обязанности губернатора');
    const v = compose(named, { audience: 'rural', channel: 'sms', language: 'ru' });
    expect(v.text).not.toMatch(/^Указ о временно/u);
  });
});

describe('seed 2424: a reported clause, a time and its day, an hour said aloud', () => {
  it('a second predicate inside a reported clause is not the speaker’s (item 1229)', () => {
    expect(
      splitCoordinated(
        'The Secretary emphasized that the United States and its allies and partners are united and resolved to stand with Ukraine and hold the Russian government accountable for its war of choice.',
      ),
    ).toBeNull();
  });

  it('no head ends on an hour without its day (item 492)', () => {
    const s =
      'Media who plan to cover in person must RSVP to EventsandTravel@State.gov by 9:00 a.m. on Wednesday, May 25, 2022.';
    expect(smsHeads(s, 'en').some((h) => /a\.m\.$/u.test(h))).toBe(false);
  });

  it('no head ends on a noun that says little without its clause (item 1885, seed 3535)', () => {
    const s =
      'The United States is gravely concerned about the environment under which these upcoming elections are to be held.';
    expect(smsHeads(s, 'en')).toEqual([s]);
    // (any noun may end a head before a clause that is detail)
    const lifeline =
      'The UN cross-border aid mechanism is a lifeline for millions of Syrians for which there is no substitute.';
    expect(smsHeads(lifeline, 'en')).toContain(
      'The UN cross-border aid mechanism is a lifeline for millions of Syrians.',
    );
  });

  it('a radio script says "9:00 a.m." as it is, not "nine:00 a.m." (item 492)', () => {
    expect(spokenNumbers('Media must reply by 9:00 a.m. on Wednesday; 5 of them will speak.')).toBe(
      'Media must reply by 9:00 a.m. on Wednesday; five of them will speak.',
    );
  });
});

// State Department pool item 262 (its opening)
const BAERBOCK = `# Secretary Antony J. Blinken And German Foreign Minister Annalena Baerbock Before Their Meeting

Berlin, Germany

The Federal Foreign Office

FOREIGN MINISTER BAERBOCK: (Via interpreter) Ladies and gentlemen, Tony, I am very grateful that you made the trip again as the Secretary of State and are joining us at our conference, Uniting for Food Security. Thank you for joining us today.

In mid-May, you invited us to an important conference at the United Nations in New York, and today we build on the achievements back then. As the most powerful industrialized nations, we have a special responsibility.

SECRETARY BLINKEN: Annalena, thank you very much. It’s wonderful to be back in Berlin. We are working together to get grain out of Ukraine.
`;

describe('an English transcript says who met whom, from its title (en-meeting.ts, item 262)', () => {
  it('the youth post and the SMS open on the meeting and where it was', () => {
    const post = compose(BAERBOCK, { audience: 'youth', channel: 'x' });
    expect(post.verification.ok).toBe(true);
    expect(post.parts[0]).toMatch(
      /^Secretary (?:Antony J\. )?Blinken met German Foreign Minister Annalena Baerbock in Berlin, Germany\./,
    );
    const sms = compose(BAERBOCK, { audience: 'rural', channel: 'sms' });
    expect(sms.text).toBe(
      'Secretary Antony J. Blinken met German Foreign Minister Annalena Baerbock in Berlin, Germany.',
    );
  });

  it('reads the title’s people, an office of two ranks as one person, and the place line', () => {
    expect(
      enMeetingLead(
        'Secretary Antony J. Blinken, Kosovo President Vjosa Osmani and Kosovo Prime Minister Albin Kurti Before Their Meeting',
        'Washington, DC\n\nThomas Jefferson Room\n\nSECRETARY BLINKEN: Good afternoon.',
      ),
    ).toBe(
      'Secretary Antony J. Blinken met Kosovo President Vjosa Osmani and Kosovo Prime Minister Albin Kurti in Washington, DC.',
    );
    expect(
      enMeetingLead(
        'Secretary Antony J. Blinken and Israeli Foreign Minister and Alternate Prime Minister Yair Lapid at a Joint Press Availability',
        'SECRETARY BLINKEN: Thank you.',
      ),
    ).toBe(
      'Secretary Antony J. Blinken and Israeli Foreign Minister and Alternate Prime Minister Yair Lapid spoke to the press.',
    );
    // (the lines that name the speakers and their offices are no place: item 1131)
    expect(
      transcriptPlace(
        'Antony J. Blinken, Secretary of State\n\nKaja Kallas, Estonian Prime Minister\n\nTallinn, Estonia\n\nStenbock House\n\nMODERATOR: Dear guests.',
      ),
    ).toBe('Tallinn, Estonia');
    // (any other title gives no lead)
    expect(
      enMeetingLead('Secretary Antony J. Blinken Remarks to the Press', 'SECRETARY BLINKEN: Good morning.'),
    ).toBeNull();
  });
});

describe('seed 4646: "Under Secretary" is a title, and a trip keeps its days and what it is for', () => {
  it('a lead opening "Under Secretary …" has heads (item 614: the SMS had given a later line)', () => {
    const lead =
      'Under Secretary for Political Affairs Victoria Nuland will travel May 10-12 to Marrakech, Morocco, to attend a meeting of the Ministers of the Global Coalition to Defeat ISIS.';
    expect(smsHeads(lead, 'en')).toContain(
      'Under Secretary for Political Affairs Victoria Nuland will travel May 10-12 to Marrakech, Morocco.',
    );
    const release = `# Under Secretary Nuland’s Travel to Morocco\n\n${lead} The Under Secretary and Ministers will discuss ways to sustain pressure on ISIS remnants globally.\n`;
    expect(compose(release, { audience: 'rural', channel: 'sms' }).text).toMatch(
      /^Under Secretary for Political Affairs Victoria Nuland will travel/u,
    );
  });

  it('a head of the lead keeps the days of the trip and the meeting it is made to attend (items 1027, 157)', () => {
    const zeya =
      'Under Secretary for Civilian Security, Democracy, and Human Rights Uzra Zeya will travel to Pakistan, Tunisia, and the United Arab Emirates from March 21 to March 30.';
    expect(shortenLong(zeya, 15, 'en', () => true, true) ?? zeya).toContain('from March 21 to March 30');
    const jenkins =
      'Under Secretary for Arms Control and International Security Bonnie Jenkins is visiting Brussels, Belgium to attend a meeting of NATO’s Arms Control, Disarmament and Nonproliferation Committee on July 11.';
    expect(shortenLong(jenkins, 15, 'en', () => true, true)).toBeNull();
    // (not the lead: the head may go without them)
    expect(shortenLong(jenkins, 15, 'en', () => true, false)).toBe(
      'Under Secretary for Arms Control and International Security Bonnie Jenkins is visiting Brussels, Belgium.',
    );
  });
});

describe('Russian: a name in guillemets in a meeting’s title (kremlin.ru item 63, seed 5757)', () => {
  beforeAll(async () => {
    await loadRussianMorphology();
  });

  it('the title still gives who met whom', () => {
    const release =
      '# Встреча с главой компании «Аэрофлот» Сергеем Александровским\n\nС.Александровский: Владимир Владимирович, разрешите доложить Вам о результатах работы группы «Аэрофлот» в 2024 году. Мы перевезли 55 миллионов пассажиров.\n\nВ.Путин: Плюс 17 процентов – это хороший рост.\n';
    const post = compose(release, { audience: 'youth', channel: 'x', language: 'ru' });
    expect(post.verification.ok).toBe(true);
    expect(post.parts[0]).toMatch(/^Путин встретился с главой компании «Аэрофлот» Сергеем Александровским\./u);
    // (the SMS keeps the release's line when it holds a figure: «55 миллионов пассажиров»)
    expect(compose(release, { audience: 'rural', channel: 'sms', language: 'ru' }).text).toMatch(/55 миллионов/u);
  });
});
