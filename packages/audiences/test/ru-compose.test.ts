/**
 * Russian versions: the sentences of the kremlin.ru releases in ../shared/eval/press-releases/ru
 * (copied into the test as the releases give them) through the Russian steps of compose: run-on
 * name cards blanked (compose/ru-cards.ts) and long sentences cut into short ones
 * (compose/ru-split.ts). Each expectation is the sentence a Russian editor would publish.
 */
import { loadRussianMorphology } from '@attache/core';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../../../scripts/eval/corpus.js';
import { spellOutRussian } from '../src/compose/ru-acronyms.js';
import { blankRunOnCards } from '../src/compose/ru-cards.js';
import { splitRussian } from '../src/compose/ru-split.js';
import { compose } from '../src/compose/index.js';
import { omitDetail } from '../src/compose/restructure.js';
import { ruFragment, ruWholeHead } from '../src/compose/ru-heads.js';
import { dropEvaluative, dropQuestions, plainRussian } from '../src/compose/ru-plain.js';
import { shortenLong, smsHeads } from '../src/compose/sms.js';
import { congratulation } from '../src/compose/ru-reported.js';

beforeAll(async () => {
  await loadRussianMorphology();
});

const squash = (s: string): string => s.replace(/\s+/g, ' ');

describe('run-on kremlin.ru name cards (ru_kremlin_02, _04, _09, _13, _16)', () => {
  it.each([
    [
      'В ходе продолжительного телефонного разговора Владимира Путина с Председателем Китайской Народной Республики Си Цзиньпином Си Цзиньпин Председатель Китайской Народной Республики проведён углублённый обмен мнениями.',
      'В ходе продолжительного телефонного разговора Владимира Путина с Председателем Китайской Народной Республики Си Цзиньпином проведён углублённый обмен мнениями.',
    ],
    [
      'Губернатор Мурманской области Андрей Чибис Чибис Андрей Владимирович губернатор Мурманской области и главнокомандующий Военно-Морским Флотом Александр Моисеев рассказали о развитии агломераций.',
      'Губернатор Мурманской области Андрей Чибис и главнокомандующий Военно-Морским Флотом Александр Моисеев рассказали о развитии агломераций.',
    ],
    [
      'С докладами выступили Министр промышленности и торговли Антон Алиханов Алиханов Антон Андреевич Министр промышленности и торговли Российской Федерации и Генеральный прокурор Игорь Краснов.',
      'С докладами выступили Министр промышленности и торговли Антон Алиханов и Генеральный прокурор Игорь Краснов.',
    ],
    [
      'Масуд Пезешкиан Пезешкиан Масуд Президент Исламской Республики Иран в свою очередь поблагодарил российскую сторону за оперативное оказание помощи.',
      'Масуд Пезешкиан в свою очередь поблагодарил российскую сторону за оперативное оказание помощи.',
    ],
    [
      'Вместе с Президентом доклады заслушали полномочный представитель Президента в Дальневосточном федеральном округе Юрий Трутнев Трутнев Юрий Петрович Заместитель Председателя Правительства Российской Федерации – полномочный представитель Президента Российской Федерации в Дальневосточном федеральном округе , заместитель Руководителя Администрации Максим Орешкин.',
      'Вместе с Президентом доклады заслушали полномочный представитель Президента в Дальневосточном федеральном округе Юрий Трутнев, заместитель Руководителя Администрации Максим Орешкин.',
    ],
  ])('%s', (text, expected) => {
    const r = blankRunOnCards(text);
    expect(r.text).toHaveLength(text.length);
    expect(r.cards).toBe(1);
    expect(squash(r.text)).toBe(expected);
  });

  it('leaves an address and a card whose title goes on after a comma', () => {
    const address =
      'В.Путин: Уважаемый Владимир Владимирович! Уважаемый Александр Григорьевич! Спасибо большое, что нашли возможность.';
    expect(blankRunOnCards(address).cards).toBe(0);
    const comma =
      'Сбер: Герман Оскарович Греф Греф Герман Оскарович президент, председатель правления Сбербанка , поддержал проект.';
    expect(blankRunOnCards(comma).cards).toBe(0);
  });

  it('a version of ru_kremlin_13 names the minister once', () => {
    const text =
      'Владимир Путин провёл оперативное совещание с постоянными членами Совета Безопасности. С докладами выступили Министр промышленности и торговли Антон Алиханов Алиханов Антон Андреевич Министр промышленности и торговли Российской Федерации и Генеральный прокурор Игорь Краснов.';
    const v = compose(text, { audience: 'foreign' });
    expect(v.text).toContain('Антон Алиханов и Генеральный прокурор Игорь Краснов');
    expect(v.text).not.toContain('Алиханов Антон Андреевич');
  });
});

describe('Russian short sentences', () => {
  const yes = (): boolean => true;
  it('a second predicate of the same subject gets its own sentence, the pronoun agreeing (ru_kremlin_01)', () => {
    expect(
      splitRussian(
        'Владимир Путин, со своей стороны, упомянул о необходимости устранения первопричин конфликта и согласился с Дональдом Трампом в том, что долгосрочное урегулирование может быть достигнуто путём мирных переговоров.',
        10,
        yes,
      ),
    ).toEqual([
      'Владимир Путин, со своей стороны, упомянул о необходимости устранения первопричин конфликта.',
      'Он согласился с Дональдом Трампом в том, что долгосрочное урегулирование может быть достигнуто путём мирных переговоров.',
    ]);
  });
  it('a closing gerund becomes a verb in the plural of its subject (ru_kremlin_03)', () => {
    expect(
      splitRussian(
        'Отвага бойцов и грамотные действия Сергея Владимировича Чебнёва задержали наступление частей ВСУ к Курской АЭС, обеспечив возможность ВС РФ перебросить резервы.',
        10,
        yes,
      ),
    ).toEqual([
      'Отвага бойцов и грамотные действия Сергея Владимировича Чебнёва задержали наступление частей ВСУ к Курской АЭС.',
      'Они обеспечили возможность ВС РФ перебросить резервы.',
    ]);
  });
  it('keeps the sentence whole when the verifier refuses the pieces, or when it is short', () => {
    const s =
      'Президент России пригласил Президента США посетить Москву и выразил готовность принять в России американских должностных лиц.';
    expect(splitRussian(s, 10, () => false)).toEqual([s]);
    expect(splitRussian(s, 30, yes)).toEqual([s]);
    expect(splitRussian(s, 10, yes)).toEqual([
      'Президент России пригласил Президента США посетить Москву.',
      'Он выразил готовность принять в России американских должностных лиц.',
    ]);
  });
});

describe('Russian heads, fragments and plain words', () => {
  it('a link title or the related-pages block is no sentence; a sentence with its verb first is one', () => {
    expect(ruFragment('Выступление на церемонии открытия съезда «Движения первых» 26 марта 2025 года')).toBe(true);
    expect(ruFragment('Дополнительно Поездка в Волгоград 29 апреля 2025 года.')).toBe(true);
    expect(ruFragment('Обсуждалась также тема урегулирования на Украине.')).toBe(false);
    expect(ruFragment('Центр открыт шесть дней в неделю с 9 до 21 часа.')).toBe(false);
  });

  const ok = (): boolean => true;
  it('a long lead loses its tail of detail (ru_kremlin_02)', () => {
    expect(
      shortenLong(
        'Во время продолжительного телефонного разговора Владимира Путина с Председателем Китайской Народной Республики Си Цзиньпином проведён углублённый обмен мнениями по актуальным вопросам дальнейшего развития отношений всеобъемлющего партнёрства и стратегического взаимодействия России и Китая.',
        20,
        'ru',
        ok,
      ),
    ).toBe(
      'Во время продолжительного телефонного разговора Владимира Путина с Председателем Китайской Народной Республики Си Цзиньпином проведён углублённый обмен мнениями.',
    );
  });
  it.each([
    // the clause the noun asks for (ru_kremlin_01)
    'Президент России также поддержал один из основных тезисов главы американского государства о том, что наступило время, чтобы наши страны работали вместе.',
    // the people a list names (ru_kremlin_04)
    'Главу государства сопровождали мэр Москвы Сергей Собянин, статс-секретарь – заместитель Министра обороны, председатель фонда «Защитники Отечества» Анна Цивилева и вдова Героя России Сергея Чебнёва Ольга.',
  ])('no head of «%s» stands alone', (s) => {
    expect(shortenLong(s, 15, 'ru', ok)).toBeNull();
  });
  it('«обратил внимание» keeps «на что» (ru_kremlin_10)', () => {
    const head = shortenLong(
      'При этом Владимир Путин обратил внимание на важность своевременной реализации договорённостей по целому ряду крупных совместных проектов в различных отраслях.',
      15,
      'ru',
      ok,
    );
    expect(head).toBe('При этом Владимир Путин обратил внимание на важность своевременной реализации договорённостей.');
    expect(
      shortenLong(
        'При этом Владимир Путин обратил внимание на важность своевременной реализации договорённостей по целому ряду крупных совместных проектов.',
        8,
        'ru',
        ok,
      ),
    ).toBeNull();
  });

  it('plain words from core’s data, in the form the sentence needs (ru_kremlin_12, _03)', () => {
    expect(plainRussian('По окончании осмотра глава государства побеседовал со студентами Бауманки.', ok)).toBe(
      'После осмотра глава государства побеседовал со студентами Бауманки.',
    );
    expect(
      plainRussian(
        'В ходе боя группа попала под удары миномётов и дрона-камикадзе, подполковник получил смертельные ранения.',
        ok,
      ),
    ).toBe(
      'Во время боя группа попала под удары миномётов и дрона-камикадзе, подполковник получил смертельные ранения.',
    );
    const s = 'По окончании осмотра глава государства побеседовал со студентами Бауманки.';
    expect(plainRussian(s, () => false)).toBe(s);
  });

  it('a linking phrase goes, and the sentence after an opener starts with a capital (ru_kremlin_01, _05)', () => {
    expect(
      omitDetail('Владимир Путин, со своей стороны, упомянул о необходимости устранения первопричин конфликта.', 'ru'),
    ).toBe('Владимир Путин упомянул о необходимости устранения первопричин конфликта.');
    expect(
      omitDetail(
        'Кроме того, в качестве жеста доброй воли будут переданы 23 тяжелораненых украинских военнослужащих.',
        'ru',
      ),
    ).toBe('В качестве жеста доброй воли будут переданы 23 тяжелораненых украинских военнослужащих.');
  });

  it('a sentence opening with a pronoun is not left after another noun (ru_kremlin_02)', () => {
    const text =
      'В ходе продолжительного телефонного разговора Владимира Путина с Председателем Китайской Народной Республики Си Цзиньпином проведён углублённый обмен мнениями по актуальным вопросам дальнейшего развития отношений всеобъемлющего партнёрства и стратегического взаимодействия России и Китая. С китайской стороны выражена поддержка начавшемуся диалогу России и США, а также готовность содействовать поиску путей мирного урегулирования украинского конфликта. Лидеры особо подчеркнули, что российско-китайская внешнеполитическая связка является важнейшим стабилизирующим фактором в мировых делах. Она носит стратегический характер, не подвержена внешнему влиянию и не направлена против кого-либо. Разговор носил тёплый и дружеский характер.';
    for (const channel of ['x', 'bluesky', 'instagram'] as const) {
      const lines = compose(text, { audience: 'youth', channel }).text.split(/(?<=\.)\s+/);
      const orphans = lines.filter((l, i) => l.startsWith('Она носит') && !lines[i - 1]?.includes('связка'));
      expect(orphans, channel).toEqual([]);
    }
  });
});

describe('Russian versions of short and referring items', () => {
  it('a one-sentence kremlin.ru item the detector reads as Uzbek is composed as Russian (pool, news/76833)', () => {
    const v = compose(
      'Владимир Путин встретился в Музее Победы с американским кинорежиссёром Оливером Стоуном.\n\nhttp://kremlin.ru/events/president/news/76833',
      { audience: 'youth', channel: 'x' },
    );
    expect(v.language).toBe('ru');
    expect(v.text).toContain('Подробнее: http://kremlin.ru/events/president/news/76833');
  });
  it('a sentence naming "эту инициативу" is not kept without the sentence that says what it is (ru_kremlin_05)', () => {
    const text = readFileSync(fixturePath('releases', 'ru', 'ru_kremlin_05.txt'), 'utf8').replace(/^[\s\S]*?\n\n/, '');
    for (const channel of ['x', 'bluesky', 'instagram'] as const) {
      const lines = compose(text, { audience: 'youth', channel }).text.split(/(?<=\.)\s+/);
      const orphans = lines.filter(
        (l, i) => /эту инициативу/.test(l) && !/выдвинул предложение/.test(lines[i - 1] ?? ''),
      );
      expect(orphans, channel).toEqual([]);
    }
  });
});

describe('Russian readout words and SMS heads', () => {
  const ok = (): boolean => true;
  it('evaluative adjectives of the readout go, what the release reports stays (ru_kremlin_02, _05, _10)', () => {
    expect(
      dropEvaluative(
        'Во время продолжительного телефонного разговора Владимира Путина с Председателем Китайской Народной Республики Си Цзиньпином проведён углублённый обмен мнениями по актуальным вопросам дальнейшего развития отношений.',
        ok,
      ),
    ).toBe(
      'Во время телефонного разговора Владимира Путина с Председателем Китайской Народной Республики Си Цзиньпином проведён обмен мнениями по вопросам развития отношений.',
    );
    expect(
      dropEvaluative('Лидеры продолжили подробный и откровенный обмен мнениями по ситуации вокруг Украины.', ok),
    ).toBe('Лидеры продолжили откровенный обмен мнениями по ситуации вокруг Украины.');
    const pair = '5. Россия и США продолжат работу по достижению прочного и продолжительного мира.';
    expect(dropEvaluative(pair, ok)).toBe(pair);
    // «взаимовыгодное сотрудничество»: core's diplomatic-boilerplate data
    expect(dropEvaluative('Рассмотрели развитие взаимовыгодного сотрудничества.', ok)).toBe(
      'Рассмотрели развитие сотрудничества.',
    );
    const reported = 'Отмечен конструктивный характер проведённых контактов на высшем и других уровнях.';
    expect(dropEvaluative(reported, ok)).toBe(reported);
  });
  it('the empty «вопросы» go before what they are about, in its case, never breaking agreement (ru_kremlin_10)', () => {
    expect(
      dropQuestions(
        'Рассмотрели вопросы развития взаимовыгодного российско-турецкого сотрудничества в различных областях.',
        ok,
      ),
    ).toBe('Рассмотрели развитие взаимовыгодного российско-турецкого сотрудничества в различных областях.');
    expect(dropQuestions('Обменялись мнениями по вопросам развития отношений.', ok)).toBe(
      'Обменялись мнениями по развитию отношений.',
    );
    expect(dropQuestions('Лидеры обсудили вопросы торговли.', ok)).toBe('Лидеры обсудили торговлю.');
    // «вопросы» as the subject, with a word that agrees with it, or in a quotation: as they are
    for (const s of [
      'Рассмотрены вопросы развития сотрудничества.',
      'Обсуждался вопрос развития сотрудничества.',
      'Обсудили некоторые вопросы развития двустороннего сотрудничества.',
      'Обсудили вопросы, связанные с обменом граждан.',
      'Обсудили вопросы развития «Движения первых».',
      // kremlin.ru pool: a title or a body's name, «вопросы» as the subject or as problems, two genitives
      'Он назначен специальным представителем Президента по вопросам международного сотрудничества.',
      'Особое место в повестке занимают вопросы безопасности.',
      'Премия дана за вклад в решение вопросов местного значения.',
      'Обсудили вопросы обороны и безопасности.',
    ])
      expect(dropQuestions(s, ok)).toBe(s);
    expect(dropQuestions('Лидеры обсудили вопросы торговли.', () => false)).toBe('Лидеры обсудили вопросы торговли.');
  });
  it('no head ends on the conjunction of the clause it cut (kremlin.ru pool: «… – в месте, где.»)', () => {
    const full =
      'Мемориал расположен на сопке Зелёный Мыс – в месте, где в годы Великой Отечественной войны стояли расчёты советских войск, отражавших атаки врага.';
    expect(ruWholeHead('Мемориал расположен на сопке Зелёный Мыс – в месте, где.', full)).toBe(false);
    expect(smsHeads(full, 'ru').filter((h) => /где\.$/u.test(h) && ruWholeHead(h, full))).toEqual([]);
  });
  it('an SMS head never ends inside a participial phrase or a list (ru_kremlin_14, _08)', () => {
    const heads14 = smsHeads(
      '26 апреля 2025 года Вооружённые Силы Российской Федерации во время боевых действий завершили разгром группировки украинских боевиков, вторгшейся в Курскую область.',
      'ru',
    );
    expect(heads14.some((h) => /вторгшейся\.$/.test(h))).toBe(false);
    const heads08 = smsHeads(
      'Президент осмотрел представленную на территории центра выставку «Путешествие по России», посвящённую достижениям, инновационным разработкам, культурным, природным и историческим достопримечательностям всех федеральных округов.',
      'ru',
    );
    expect(heads08.some((h) => /культурным\.$|разработкам\.$/.test(h))).toBe(false);
    expect(heads08).toContain(
      'Президент осмотрел представленную на территории центра выставку «Путешествие по России».',
    );
  });
});

describe('Russian acronyms in a translation-ready version', () => {
  it('glosses an acronym with the release’s own words, in the nominative (ru_kremlin_02)', () => {
    const input =
      'В ходе продолжительного телефонного разговора Владимира Путина с Председателем Китайской Народной Республики Си Цзиньпином проведён углублённый обмен мнениями. Владимир Путин проинформировал Председателя КНР о состоявшихся в последнее время российско-американских контактах.';
    const done = new Set<string>();
    expect(
      spellOutRussian(
        'Владимир Путин проинформировал Председателя КНР о состоявшихся в последнее время российско-американских контактах.',
        input,
        done,
      ),
    ).toBe(
      'Владимир Путин проинформировал Председателя КНР (Китайская Народная Республика) о состоявшихся в последнее время российско-американских контактах.',
    );
    expect([...done]).toEqual(['КНР']);
  });
  it('leaves out a sentence whose acronym the release never spells out (ru_kremlin_03: СВО, ВСУ)', () => {
    const text = readFileSync(fixturePath('releases', 'ru', 'ru_kremlin_03.txt'), 'utf8').replace(/^[\s\S]*?\n\n/, '');
    const v = compose(text, { audience: 'foreign' });
    expect(v.targets.find((t) => t.id === 'acronymsSpelledOut')).toMatchObject({ value: 0, met: true });
    expect(v.notes.some((n) => n.startsWith('Опущено (релиз не расшифровывает'))).toBe(true);
  });
});

describe('a Russian foreign version keeps no orphan pronoun', () => {
  it('the piece after a sentence left out for its acronym goes with it (ru_kremlin_03: «Они обеспечили …»)', () => {
    const text = readFileSync(fixturePath('releases', 'ru', 'ru_kremlin_03.txt'), 'utf8').replace(/^[\s\S]*?\n\n/, '');
    const v = compose(text, { audience: 'foreign' });
    expect(v.text).not.toContain('Они обеспечили');
    expect(v.notes.some((n) => n.includes('ВСУ') && n.includes('Они обеспечили'))).toBe(true);
  });
});

// kremlin.ru, talks with the President of Venezuela (pool kremlin_ru_news_2024-12_2025-05.jsonl;
// CC BY 4.0), the President's turn as published, shortened: read blind, the youth post quoted
// «Тепло вспоминаю все наши с ним доверительные беседы» and «Его можно было бы подписать …» without
// the sentences on Chávez and on the treaty that «ним» and «Его» stand for.
describe('a quoted sentence that points back goes with the sentence before it', () => {
  const MADURO = `Переговоры с Президентом Венесуэлы Николасом Мадуро

В.Путин: Уважаемый господин Президент, дорогой друг! Наша беседа приурочена к отмечаемой сегодня знаменательной дате – 80-летию дипломатических отношений между нашими странами. Ещё в XVIII веке Россию посещал национальный герой Венесуэлы Франсиско де Миранда. Современный этап российско-венесуэльского взаимодействия неразрывно связан с именем Президента Уго Чавеса. Тепло вспоминаю все наши с ним доверительные беседы. Сейчас отношения вышли на уровень стратегического партнёрства. С удовлетворением отмечу, что полностью согласован Договор о стратегическом партнёрстве и сотрудничестве, который создаст хороший, прочный фундамент для дальнейшего расширения многоплановых связей на долгосрочную перспективу. Его можно было бы подписать в ходе Вашего визита в Россию в удобное для Вас время.`;

  it('never quotes «с ним» or «Его …» without what they stand for', () => {
    for (const [audience, channel] of [
      ['youth', 'telegram'],
      ['youth', 'x'],
      ['rural', 'notice'],
      ['foreign', 'plain'],
    ] as const) {
      const v = compose(MADURO, { audience, channel });
      expect(v.verification.ok).toBe(true);
      if (v.text.includes('с ним доверительные')) expect(v.text).toContain('Уго Чавеса');
      if (v.text.includes('Его можно было бы подписать')) expect(v.text).toContain('Договор о стратегическом');
    }
  });
});

// kremlin.ru, the greeting on Defender of the Fatherland Day (pool kremlin_ru_news_2024-12_2025-05.jsonl;
// CC BY 4.0), the President's turn as published, shortened: read blind, its versions were strings
// of quotes and its SMS «Особые слова поздравления …», — добавил Путин (added to nothing).
describe('a congratulation is reported as what the speaker did', () => {
  const GREETING = `Поздравление по случаю Дня защитника Отечества

В.Путин: Уважаемые товарищи, друзья! Сердечно поздравляю с Днём защитника Отечества наших дорогих ветеранов, личный состав и гражданский персонал Вооружённых Сил России – всех, кто получил суровую боевую, воинскую закалку, прошёл через трудные испытания. Особые слова поздравления нашим солдатам и офицерам – участникам специальной военной операции. Уверен, что воины России будут и впредь надёжно защищать свою родную страну и свой народ.`;

  it('«Путин поздравил …» leads, and the SMS says whom he congratulated', () => {
    const post = compose(GREETING, { audience: 'youth', channel: 'telegram' });
    expect(post.verification.ok).toBe(true);
    expect(post.text).toMatch(/^Путин поздравил с Днём защитника Отечества наших дорогих ветеранов/);
    const sms = compose(GREETING, { audience: 'rural', channel: 'sms' });
    expect(sms.verification.ok).toBe(true);
    expect(sms.text).toBe(
      'Путин поздравил с Днём защитника Отечества наших дорогих ветеранов, личный состав и гражданский персонал Вооружённых Сил России.',
    );
    expect(sms.text).not.toMatch(/добавил/);
  });

  it('reports only a congratulation with nothing the person would change', () => {
    expect(congratulation('Сердечно поздравляю с праздником ветеранов.')).toBe('с праздником ветеранов.');
    expect(congratulation('От всей души поздравляю Вас с юбилеем.')).toBeNull();
    expect(congratulation('Поздравляю с праздником! Желаю успехов.')).toBeNull();
    expect(congratulation('Мы поздравляем ветеранов.')).toBeNull();
  });
});
