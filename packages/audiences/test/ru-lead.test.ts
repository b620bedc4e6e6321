/**
 * The news first in a Russian version (compose/ru-lead.ts): not a side note, not small talk,
 * not a sentence that points back; greetings left out when the release has news enough; a
 * repeated sentence once; an SMS with no line that points back; a radio script with no line
 * does not throw. Sentences from the kremlin.ru releases in ../shared/eval/press-releases/ru.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRussianMorphology } from '@attache/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasEval, readJsonl, releaseBody, releasesDir } from '../../../scripts/eval/corpus.js';
import { compose } from '../src/compose/index.js';
import { ruNewsFirst, ruNotLead, ruSideNote, ruSmsLines } from '../src/compose/ru-lead.js';
import { blankAnnouncement, blankLinkTitles, RU_POINTS_BACK, ruFragment } from '../src/compose/ru-heads.js';
import { ruWithoutParticiple, smsHeads } from '../src/compose/sms.js';
import { ruRepeatLead } from '../src/compose/ru-spoken.js';
import { ruInEvent } from '../src/compose/ru-active.js';

/** A Russian release: from the evaluation material, else from the repository's fixtures (releasesDir). */
const release = (n: string): string =>
  releaseBody(readFileSync(join(releasesDir('ru'), `ru_kremlin_${n}.txt`), 'utf8'));

beforeAll(async () => {
  await loadRussianMorphology();
});

const cand = (text: string, i: number, extra: { speaker?: string; quoted?: boolean } = {}) => ({
  text,
  role: i === 0 ? 'lead' : 'detail',
  score: i === 0 ? 4 : 0,
  start: i * 100,
  seq: i,
  ...extra,
});

describe('what is no lead', () => {
  it('a side note, small talk, a sentence that points back, a question, a greeting', () => {
    expect(
      ruNotLead(
        'Во встрече также принимала участие статс-секретарь – заместитель Министра обороны России Анна Цивилева.',
      ),
    ).toMatch(/side note/);
    expect(
      ruNotLead('Пояснения также давала руководитель белгородского филиала фонда «Защитники Отечества» Анна Кочерова.'),
    ).not.toBeNull();
    expect(ruNotLead('Разговор носил тёплый и дружеский характер.')).toMatch(/small talk/);
    expect(
      ruNotLead(
        'Масуд Пезешкиан поблагодарил российскую сторону за оперативное оказание помощи в ликвидации последствий этой катастрофы.',
      ),
    ).toMatch(/points back/);
    expect(ruNotLead('Он отметил высокий профессионализм специалистов МЧС России.')).toMatch(/points back/);
    expect(ruNotLead('В его рамках ведётся строительство угольного перегрузочного комплекса.')).toMatch(/points back/);
    expect(ruNotLead('Затем в Конгресс-центре университета Президент ознакомился с разработками МГТУ.')).not.toBeNull();
    expect(ruNotLead('Вячеслав Викторович, как работа идёт, хорошо?')).toBe('a question');
    expect(ruNotLead('Поздравляю всех с праздником!')).not.toBeNull();
  });

  it('the news leads: who did what (ru_kremlin_01, _07, _08)', () => {
    expect(ruNotLead('Главы государств обсудили вопросы, связанные с обменом граждан России и США.')).toBeNull();
    // «таких судов» points within the sentence; «в этом году» is the news's time
    expect(
      ruNotLead(
        '1. В соответствии с договоренностью президентов России и США российская и американская стороны условились обеспечить реализацию «Черноморской инициативы», включающей обеспечение в Черном море безопасности судоходства при организации надлежащих мер контроля путем досмотра таких судов.',
      ),
    ).toBeNull();
    expect(
      ruNotLead('Президент осмотрел представленную на территории центра выставку «Путешествие по России».'),
    ).toBeNull();
    expect(ruNotLead('В этом году центр принял 300 посетителей.')).toBeNull();
  });
});

describe('a conversation and an exchange of greetings (kremlin.ru 76548, 76857)', () => {
  it('a reply that points back to the other speaker is no lead', () => {
    expect(ruNotLead('«Родной, как Вы правильно сказали, регион», — сказал Денис Паслер.')).toMatch(/points back/);
    expect(ruNotLead('Я думаю, что Вы тоже знаете это хорошо.')).toMatch(/points back/);
    expect(
      ruNotLead('Вы знаете очень хорошо этот регион, один из ключевых у нас, промышленно развитый регион.'),
    ).not.toMatch(/other speaker/);
  });

  it('two leaders who exchanged congratulations: the news of the call leads', () => {
    const readout =
      'Владимир Путин и Биньямин Нетаньяху обменялись тёплыми поздравлениями по случаю 80-летнего юбилея Великой Победы. Президент России передал пожелания здоровья и благополучия проживающим в Израиле ветеранам. Подчёркнут решающий вклад Красной армии и всего советского народа в разгром нацизма.';
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'sms'],
      ['foreign', 'plain'],
    ] as const) {
      const v = compose(readout, { audience, channel, language: 'ru' });
      expect(v.text.startsWith('Владимир Путин и Биньямин Нетаньяху обменялись тёплыми поздравлениями')).toBe(true);
    }
  });
});

describe('ruNewsFirst', () => {
  it('a version quotes a turn with the full stop after the guillemet and says none of the chair’s procedure', () => {
    const text =
      'В.Путин: Уважаемые коллеги! Сегодня мы обсудим строительство дорог в регионах и их ремонт в ближайшие годы. ' +
      'Пожалуйста, прошу Вас. На эти цели в следующем году будут выделены дополнительные средства из федерального бюджета. ' +
      'Давайте начнём с Марата Шакирзяновича.\n\nМ.Хуснуллин: В этом году мы отремонтировали больше двадцати тысяч километров региональных дорог.';
    for (const channel of ['x', 'notice', 'plain'] as const) {
      const v = compose(text, {
        audience: channel === 'plain' ? 'foreign' : channel === 'x' ? 'youth' : 'rural',
        channel,
      });
      expect(v.verification.ok, channel).toBe(true);
      expect(v.text, channel).toMatch(/ремонт в ближайшие годы»/u);
      expect(v.text, channel).not.toMatch(/[^.]\.»/u); // «….» is English order; Russian writes «…».
      expect(v.text, channel).not.toMatch(/Пожалуйста|Давайте начнём/u);
    }
  });

  it('leaves out the chair giving the floor, never an instruction that opens with «Прошу»', () => {
    // kremlin.ru meetings: «Пожалуйста, прошу – …», «Давайте начнём с …» are the procedure
    const out = ruNewsFirst([
      cand('Мы рассмотрим сегодня вопросы развития Калининградской области.', 0, { speaker: 'В.Путин', quoted: true }),
      cand('Пожалуйста, прошу – Голикова Татьяна Алексеевна.', 1, { speaker: 'В.Путин', quoted: true }),
      cand('Давайте начнём с Татьяны Алексеевны.', 2, { speaker: 'В.Путин', quoted: true }),
      cand('Прошу Правительство подготовить предложения по развитию региона до 1 июня.', 3, {
        speaker: 'В.Путин',
        quoted: true,
      }),
    ]);
    expect(out.map((p) => p.text)).toEqual([
      'Мы рассмотрим сегодня вопросы развития Калининградской области.',
      'Прошу Правительство подготовить предложения по развитию региона до 1 июня.',
    ]);
    // a transcript with nothing else keeps what it has
    expect(ruNewsFirst([cand('Пожалуйста.', 0, { speaker: 'В.Путин', quoted: true })])).toHaveLength(1);
  });

  it('moves the lead from a side note to the first news sentence (ru_kremlin_03)', () => {
    const out = ruNewsFirst([
      cand(
        'Во встрече также принимала участие статс-секретарь – заместитель Министра обороны России Анна Цивилева.',
        0,
      ),
      cand(
        'Подполковник Сергей Владимирович Чебнёв, завершивший к моменту начала СВО военную службу, отправился на фронт добровольцем.',
        1,
      ),
    ]);
    expect(out.find((p) => p.role === 'lead')!.text).toMatch(/^Подполковник/);
  });

  it('a turn does not lead when the release has a sentence of its own; a name in guillemets is no quotation', () => {
    const out = ruNewsFirst([
      cand('Вячеслав Викторович, как работа идёт, хорошо?', 0, { speaker: 'В.Путин', quoted: true }),
      cand('Президент осмотрел представленную на территории центра выставку «Путешествие по России».', 1, {
        quoted: true,
      }),
    ]);
    expect(out.find((p) => p.role === 'lead')!.text).toMatch(/^Президент осмотрел/);
  });

  it('a repeated sentence once; greetings out when three news sentences stand without them', () => {
    const news = [
      'Главы государств обсудили вопросы, связанные с обменом граждан России и США.',
      'Дональд Трамп высказался за скорейшую остановку боевых действий.',
      'Президент России пригласил Президента США посетить Москву.',
    ];
    const out = ruNewsFirst([
      cand(news[0]!, 0),
      cand('Поздравляю Вас с праздником!', 1),
      cand(news[1]!, 2),
      cand(news[1]!, 3),
      cand(news[2]!, 4),
    ]);
    expect(out.map((p) => p.text)).toEqual(news);
    // with fewer news sentences the greeting stays (it may be all the item says)
    expect(ruNewsFirst([cand(news[0]!, 0), cand('Поздравляю Вас с праздником!', 1)])).toHaveLength(2);
  });
});

describe('Russian versions lead with the news', () => {
  it.skipIf(!hasEval())('ru_kremlin_03 and _04: the side note does not lead any channel', () => {
    for (const n of ['03', '04'])
      for (const [audience, channel] of [
        ['youth', 'x'],
        ['rural', 'sms'],
        ['rural', 'radio'],
      ] as const) {
        const v = compose(release(n), { audience, channel });
        expect(v.text).not.toMatch(/^(?:Во встрече также|Пояснения также)/);
        expect(v.verification.ok).toBe(true);
      }
  });

  it.skipIf(!hasEval())('a four-word sentence may be the news (ru_kremlin_13: not who gave the reports)', () => {
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'sms'],
    ] as const)
      expect(compose(release('13'), { audience, channel }).text).toMatch(
        // youth and rural versions say it with the verb (ru-active.ts)
        /^(?:Обсуждалось|Обсудили) развитие оборонно-промышленного комплекса\./,
      );
  });

  it.skipIf(!hasEval())('an SMS has no line that points back (ru_kremlin_16)', () => {
    expect(
      ruSmsLines(['Он отметил высокий профессионализм специалистов МЧС России.', 'Проведён обмен мнениями.']),
    ).toEqual(['Проведён обмен мнениями.']);
    const sms = compose(release('16'), { audience: 'rural', channel: 'sms' });
    expect(sms.text).not.toMatch(/^(?:Он|Она|Они|Это)\s|этой катастрофы/);
    expect(sms.text).toMatch(/^Владимир Путин/);
  });

  it('a radio script repeats no speech at its end, a short news lead it does (ru_kremlin_08)', () => {
    expect(ruRepeatLead('«Мы всегда будем чтить корейских героев», — сказал Путин.')).toBe(false);
    expect(ruRepeatLead('Путин сказал, что Россия и США продолжат работу.')).toBe(false);
    expect(
      ruRepeatLead('Президент осмотрел представленную на территории центра выставку «Путешествие по России».'),
    ).toBe(true);
  });

  it('a radio script with no usable line returns a version with a note, not a throw', () => {
    for (const locale of ['ru', 'en'] as const) {
      const v = compose('Уважаемые коллеги! Добрый день!', {
        audience: 'rural',
        channel: 'radio',
        language: 'ru',
        locale,
      });
      expect(v.parts).toEqual([]);
      expect(v.notes.join(' ')).toMatch(/радио|radio/);
    }
  });
});

describe('a linked page’s title is no sentence', () => {
  it.skipIf(!hasEval())('the related-pages block is blanked, the sentence after it kept (ru_kremlin_04, _15)', () => {
    const text = release('04');
    const blanked = blankLinkTitles(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).not.toMatch(/Дополнительно|Встреча с сотрудниками и подопечными фонда/);
    expect(blanked).toMatch(/Центр был открыт 1 марта 2023 года, с июля того же года/);
    expect(blankLinkTitles(release('15'))).not.toMatch(/Поездка в Волгоград 29 апреля 2025 года/);
    const v = compose(text, { audience: 'rural', channel: 'notice' });
    expect(v.text).not.toMatch(/Встреча с сотрудниками и подопечными/);
  });

  it('«Читайте также …» is no sentence', () => {
    expect(ruFragment('Читайте также Поездка в Волгоград 29 апреля 2025 года')).toBe(true);
    expect(blankLinkTitles('Визит завершён. Читайте также Поездка в Волгоград 29 апреля 2025 года').trim()).toBe(
      'Визит завершён.',
    );
  });
});

describe('a transcript’s own news line leads (select.ts)', () => {
  // kremlin.ru, 17 March 2025 (news/76465, CC BY 4.0), shortened: the office's account of the
  // talks, a heading over the first turn, then the turns; the account was dropped for speech
  const talks =
    'Переговоры начались с беседы лидеров двух стран в формате тет-а-тет, а затем продолжились с участием членов делегаций. ' +
    'Обсуждались перспективы дальнейшего развития двусторонних отношений стратегического партнёрства и союзничества с акцентом на торгово-инвестиционное и гуманитарное сотрудничество. ' +
    '* * * Начало российско-таджикистанских переговоров в узком формате ' +
    'В.Путин: Уважаемый Эмомали Шарипович! Рад Вас приветствовать в Москве. Прежде чем начнём беседу, хотел бы Вас поздравить да и всех таджикистанцев с наступающим праздником Навруз 21 марта. ' +
    '2 марта у вас прошли выборы, и партия, которую Вы возглавляете, одержала убедительную победу. ' +
    'Э.Рахмон: Уважаемый Владимир Владимирович! Большое спасибо за приглашение. Мы высоко ценим наше стратегическое партнёрство.';

  it('the thread and the SMS open with the talks, not with a turn', () => {
    const x = compose(talks, { audience: 'youth', channel: 'x' });
    expect(x.verification.ok).toBe(true);
    expect(x.parts[0]).toMatch(/^Переговоры начались с беседы лидеров двух стран в формате тет-а-тет/);
    // the turns still follow, quoted and attributed
    expect(x.text).toMatch(/— сказал (?:Владимир )?Путин/);
    const sms = compose(talks, { audience: 'rural', channel: 'sms' });
    expect(sms.parts[0]).toMatch(/^Переговоры начались/);
  });

  it('the heading over the first turn (no stop) stays out', () => {
    const x = compose(talks, { audience: 'youth', channel: 'x' });
    expect(x.text).not.toMatch(/Начало российско-таджикистанских/);
  });

  it.skipIf(!hasEval())('a reporter’s question before the first answer is no line of the office (news/76736)', () => {
    const item = readJsonl<{ text_clean: string; url: string }>(
      'press-releases/pools/kremlin_ru_news_2024-12_2025-05.jsonl',
    ).find((p) => p.url.endsWith('/76736'))!;
    for (const [audience, channel] of [
      ['rural', 'sms'],
      ['youth', 'x'],
    ] as const) {
      const v = compose(`${item.text_clean}\n\n${item.url}`, { audience, channel });
      expect(v.verification.ok).toBe(true);
      expect(v.text).not.toMatch(/Ответы на вопросы журналистов|Вопрос:|перемирие завершилось\?/);
    }
  });
});

describe('a Russian SMS leaves out what the sentence stands without (sms.ts, ru-heads.ts)', () => {
  it('a closing apposition after the last dash (ru_kremlin_04), not a dash the head asks for', () => {
    const s =
      'Владимир Путин осмотрел зону первичного приёма посетителей центра, зону досуга и зону адаптации – демонстрационно-тренировочное пространство.';
    expect(smsHeads(s, 'ru')).toContain(
      'Владимир Путин осмотрел зону первичного приёма посетителей центра, зону досуга и зону адаптации.',
    );
    // (ru_kremlin_15) a dash pair around an aside: the count keeps its noun
    expect(
      smsHeads(
        'От подножия кургана к его вершине ведут 200 – по числу дней Сталинградской битвы – гранитных ступеней.',
        'ru',
      ).some((h) => /ведут 200\.$/u.test(h)),
    ).toBe(false);
    // a tail with its own predicate is no apposition: the cut is not made
    expect(
      smsHeads('Президент осмотрел выставку в центре города – её подготовили студенты университета.', 'ru'),
    ).not.toContain('Президент осмотрел выставку в центре города.');
  });

  it('a participial phrase between the subject and its verb (ru_kremlin_03), not one after the object', () => {
    expect(
      ruWithoutParticiple(
        'Подполковник Сергей Владимирович Чебнёв, завершивший к моменту начала СВО военную службу, отправился на фронт добровольцем.',
      ),
    ).toBe('Подполковник Сергей Владимирович Чебнёв отправился на фронт добровольцем.');
    // ru_kremlin_08: the phrase after the object runs on past its comma into a list
    expect(
      ruWithoutParticiple(
        'Президент осмотрел представленную на территории центра выставку «Путешествие по России», посвящённую инновационным разработкам, культурным, природным и историческим достопримечательностям всех федеральных округов.',
      ),
    ).toBeNull();
    const v = compose(
      'Подполковник Сергей Владимирович Чебнёв, завершивший к моменту начала СВО военную службу, отправился на фронт добровольцем. Звание Героя Сергей Чебнёв получил за бои в Курской области в августе 2024 года.\n\nhttp://kremlin.ru/events/president/news/76416',
      { audience: 'rural', channel: 'sms', language: 'ru' },
    );
    expect(v.verification.ok).toBe(true);
    expect(v.parts[0]).toBe(
      'Подполковник Сергей Владимирович Чебнёв отправился на фронт добровольцем. http://kremlin.ru/events/president/news/76416',
    );
  });
});

describe('held-out kremlin.ru pool items read as an editor (issue 12)', () => {
  it('«поздравил …» keeps on what (news/76737): no head cut before its «с …»', () => {
    const s =
      'Президент России поздравил Сирила Рамафозу и весь южноафриканский народ с предстоящим 27 апреля национальным праздником ЮАР – Днём свободы.';
    expect(smsHeads(s, 'ru')).not.toContain('Президент России поздравил Сирила Рамафозу и весь южноафриканский народ.');
    expect(
      smsHeads('Владимир Путин поблагодарил сотрудников центра за работу с ранеными бойцами в госпитале.', 'ru'),
    ).not.toContain('Владимир Путин поблагодарил сотрудников центра.');
  });

  it('«В его рамках …» points back to the sentence before it (news/76559)', () => {
    expect(RU_POINTS_BACK.test('В его рамках ведётся строительство угольного перегрузочного комплекса.')).toBe(true);
    // «его» inside the sentence, after its noun, points within it (ru_kremlin_15)
    expect(
      RU_POINTS_BACK.test(
        'От подножия кургана к его вершине ведут 200 – по числу дней Сталинградской битвы – гранитных ступеней.',
      ),
    ).toBe(false);
  });

  it('an announcement’s section word, title and calendar line are no sentence (news/76854, and the calendar case)', () => {
    const venezuela =
      'События 7 мая состоятся российско-венесуэльские переговоры 7 мая Владимир Путин провёдет переговоры с Президентом Боливарианской Республики Венесуэла Николасом Мадуро Моросом, который прибудет в Россию с официальным визитом. Анонс на 7 мая 2025 года Состоится обсуждение перспектив развития взаимодействия.';
    const b = blankAnnouncement(venezuela);
    expect(b).toHaveLength(venezuela.length);
    expect(b.trimStart()).toMatch(/^7 мая Владимир Путин провёдет переговоры/);
    expect(b).not.toMatch(/События|состоятся российско-венесуэльские|Анонс/);
    // the title is the news when no sentence says it again: it ends with a full stop
    const vietnam =
      'События 10 мая Владимир Путин проведёт переговоры с Генеральным секретарём ЦК КПВ То Ламом Анонс на 10 мая 2025 года Добавить в Календарь Календари Яндекс iCal Google По приглашению Президента России То Лам посетит Россию.';
    expect(blankAnnouncement(vietnam).replace(/\s+/g, ' ').trim()).toBe(
      '10 мая Владимир Путин проведёт переговоры с Генеральным секретарём ЦК КПВ То Ламом. По приглашению Президента России То Лам посетит Россию.',
    );
    // a date said again inside the next sentence is no title's end (news/76838's «… Си Цзиньпин 7–10 мая посетит …»)
    const xi =
      'События 7–10 мая Председатель КНР Си Цзиньпин посетит Российскую Федерацию с официальным визитом Анонс на 7 − 10 мая 2025 года По приглашению Президента России Председатель КНР Си Цзиньпин 7–10 мая посетит Россию.';
    expect(blankAnnouncement(xi)).toMatch(/По приглашению Президента России Председатель КНР Си Цзиньпин 7–10 мая/);
    expect(blankAnnouncement('Владимир Путин провёл совещание.')).toBe('Владимир Путин провёл совещание.');
    const v = compose(`${venezuela}\n\nhttp://kremlin.ru/events/president/news/76854`, {
      audience: 'youth',
      channel: 'x',
    });
    expect(v.verification.ok).toBe(true);
    expect(v.parts[0]).toMatch(/^7 мая Владимир Путин провёдет переговоры/);
  });
});

describe('who else came along is no news in a version’s body (select.ts, ruSideNote)', () => {
  it('«принимала участие», «Пояснения давал» are side notes; «Отметили также серьёзные риски …» is news', () => {
    expect(
      ruSideNote(
        'Во встрече также принимала участие статс-секретарь – заместитель Министра обороны России Анна Цивилева.',
      ),
    ).toBe(true);
    expect(ruSideNote('Пояснения давал командир корабля Александр Гладков.')).toBe(true);
    expect(ruSideNote('Отметили также серьёзные риски, связанные с недоговороспособностью киевского режима.')).toBe(
      false,
    );
    expect(
      RU_POINTS_BACK.test('С июля того же года он выполняет функции столичного филиала фонда «Защитники Отечества».'),
    ).toBe(true);
  });

  it.skipIf(!hasEval())('ru_kremlin_03’s thread says how the Hero fought, not who else attended', () => {
    const v = compose(release('03'), { audience: 'youth', channel: 'x' });
    expect(v.verification.ok).toBe(true);
    expect(v.text).not.toMatch(/Анна Цивилева/);
    expect(v.text).toMatch(/Звание Героя Сергей Чебнёв получил за бои в Курской области/);
  });
});

describe('a Russian lead says who, and is no small talk (kremlin.ru pool)', () => {
  it('sets a subjectless lead in the event its title names (ruInEvent)', () => {
    const title = 'Совещание с постоянными членами Совета Безопасности';
    expect(ruInEvent('Обсудили развитие оборонно-промышленного комплекса.', title)).toBe(
      'На совещании с постоянными членами Совета Безопасности обсудили развитие оборонно-промышленного комплекса.',
    );
    expect(ruInEvent('Обменялись мнениями по ситуации на Украине.', 'Телефонный разговор с Президентом Франции')).toBe(
      'В телефонном разговоре с Президентом Франции обменялись мнениями по ситуации на Украине.',
    );
    // a lead with its subject, a title that names no event, no title: as it was
    expect(ruInEvent('Президент обсудил развитие промышленности.', title)).toBeNull();
    expect(ruInEvent('Обсудили развитие промышленности.', 'Указ о награждении')).toBeNull();
    expect(ruInEvent('Обсудили развитие промышленности.', null)).toBeNull();
  });
  it('composes the SMS of a readout with who and where, and leads a transcript past its small talk', () => {
    const readout = [
      'Совещание с постоянными членами Совета Безопасности',
      'Обсуждались вопросы развития оборонно-промышленного комплекса.',
      'С докладами выступили Министр промышленности и торговли Антон Алиханов и Генеральный прокурор Игорь Краснов.',
    ].join('\n\n');
    const sms = compose(readout, { audience: 'rural', channel: 'sms', language: 'ru' });
    expect(sms.verification.ok).toBe(true);
    expect(sms.text).toMatch(/^На совещании с постоянными членами Совета Безопасности обсудили /u);
    const talk = [
      'Встреча с главой Татарстана Рустамом Миннихановым',
      'В.Путин: Давно не виделись, Рустам Нургалиевич.',
      'Р.Минниханов: Нормально, всё в порядке, Владимир Владимирович. Хотел бы проинформировать, доложить.',
      'С начала года в республике построено 12 новых школ на 9 тысяч мест, все они уже работают.',
    ].join('\n\n');
    const v = compose(talk, { audience: 'rural', channel: 'sms', language: 'ru' });
    expect(v.verification.ok).toBe(true);
    expect(v.text).not.toMatch(/Давно не виделись|всё в порядке|проинформировать/u);
  });
});
