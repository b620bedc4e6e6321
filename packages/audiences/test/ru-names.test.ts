/**
 * The words a young or rural Russian reader uses for the readout's officialese
 * (compose/ru-names.ts): «Президент» for «глава государства», «лидеры» for «главы государств»,
 * «Россия» for «Российская Федерация» in its case, never in a title, an official name, an award
 * or a document's text, and never in a translation-ready version. Sentences from the kremlin.ru
 * releases in ../shared/eval/press-releases/ru.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRussianMorphology } from '@attache/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { releaseBody, releasesDir } from '../../../scripts/eval/corpus.js';
import { compose } from '../src/compose/index.js';
import { ruPlainNames } from '../src/compose/ru-names.js';
import { ruActive } from '../src/compose/ru-active.js';
import { verify } from '../src/verify/index.js';

/** A Russian release: from the evaluation material, else from the repository's fixtures (releasesDir). */
const release = (n: string): string =>
  releaseBody(readFileSync(join(releasesDir('ru'), `ru_kremlin_${n}.txt`), 'utf8'));

beforeAll(async () => {
  await loadRussianMorphology();
});

const NAMES_PRESIDENT = 'Президент России пригласил Президента США посетить Москву.';

describe('ruPlainNames', () => {
  it('«глава государства» → «Президент» in its case, when the release names the President (ru_kremlin_12, _04)', () => {
    expect(
      ruPlainNames(
        'Глава государства начал посещение с осмотра комплекса общежитий и досугового центра «Спектр».',
        NAMES_PRESIDENT,
      ),
    ).toBe('Президент начал посещение с осмотра комплекса общежитий и досугового центра «Спектр».');
    expect(ruPlainNames('После осмотра глава государства побеседовал со студентами Бауманки.', NAMES_PRESIDENT)).toBe(
      'После осмотра Президент побеседовал со студентами Бауманки.',
    );
    expect(
      ruPlainNames('Главу государства сопровождали мэр Москвы Сергей Собянин и Анна Цивилева.', NAMES_PRESIDENT),
    ).toBe('Президента сопровождали мэр Москвы Сергей Собянин и Анна Цивилева.');
    // a release that never names the President keeps its words
    expect(ruPlainNames('После осмотра глава государства побеседовал со студентами.', 'Визит состоялся.')).toBe(
      'После осмотра глава государства побеседовал со студентами.',
    );
  });

  it('«глава Российского государства» → «Президент России» in its case, and the verifier reads it as the release’s (kremlin.ru pool)', () => {
    const input =
      'Встреча со спецпосланником Президента США Стивеном Уиткоффом\n\nГлава Российского государства встретился со специальным посланником Президента США Стивеном Уиткоффом.';
    const s = 'Глава Российского государства встретился со специальным посланником Президента США Стивеном Уиткоффом.';
    const t = ruPlainNames(s, input);
    expect(t).toBe('Президент России встретился со специальным посланником Президента США Стивеном Уиткоффом.');
    expect(verify(input, t, { language: 'ru' }).ok).toBe(true);
    expect(ruPlainNames('Он рассказал о главе Российского государства.', input)).toBe(
      'Он рассказал о Президенте России.',
    );
    // another country is still not the release's
    expect(verify(input, 'Президент Франции встретился со специальным посланником.', { language: 'ru' }).ok).toBe(
      false,
    );
  });
  it('«главы государств» → «лидеры» (ru_kremlin_01, _15), not «главы государств и правительств»', () => {
    expect(ruPlainNames('Главы государств обсудили вопросы, связанные с обменом граждан России и США.', '')).toBe(
      'Лидеры обсудили вопросы, связанные с обменом граждан России и США.',
    );
    expect(ruPlainNames('Встреча глав государств и правительств состоится в мае.', '')).toBe(
      'Встреча глав государств и правительств состоится в мае.',
    );
  });

  it('«Российская Федерация» → «Россия» in its case after a preposition, never in a title, a name or a document (ru_kremlin_14, _03)', () => {
    expect(
      ruPlainNames(
        'Председатель КНР прибыл с официальным визитом в Российскую Федерацию для участия в мероприятиях.',
        '',
      ),
    ).toBe('Председатель КНР прибыл с официальным визитом в Россию для участия в мероприятиях.');
    expect(ruPlainNames('Тем самым положен конец попытке захвата части территории Российской Федерации.', '')).toBe(
      'Тем самым положен конец попытке захвата части территории России.',
    );
    for (const kept of [
      '26 апреля 2025 года Вооружённые Силы Российской Федерации завершили разгром группировки.',
      'Во встрече также принимала участие статс-секретарь – заместитель Министра обороны Российской Федерации.',
      'Офицер удостоен звания Героя Российской Федерации.',
      'Стороны действовали согласно Договору о всеобъемлющем стратегическом партнёрстве между Российской Федерацией и КНДР.',
    ])
      expect(ruPlainNames(kept, '')).toBe(kept);
  });

  it('leaves speech and quotations as said', () => {
    const said = 'В.Путин: «Главы государств обсудили вопросы, связанные с обменом граждан.»';
    expect(ruPlainNames(said, NAMES_PRESIDENT)).toBe(said);
  });
});

describe('ruActive: the verb for the readout’s passive', () => {
  it('the passive’s subject becomes the object, in the accusative (ru_kremlin_01, _10, _16)', () => {
    expect(ruActive('Обсуждалась также тема урегулирования на Украине.')).toBe(
      'Обсудили также тему урегулирования на Украине.',
    );
    expect(
      ruActive('Рассмотрены вопросы развития взаимовыгодного российско-турецкого сотрудничества в различных областях.'),
    ).toBe('Рассмотрели вопросы развития взаимовыгодного российско-турецкого сотрудничества в различных областях.');
    expect(ruActive('Проведён обмен мнениями по международным и региональным вопросам.')).toBe(
      'Обменялись мнениями по международным и региональным вопросам.',
    );
    expect(ruActive('Условлено о продолжении контактов на различных уровнях.')).toBe(
      'Договорились продолжить контакты на различных уровнях.',
    );
    // (kremlin.ru pool: a call of four presidents)
    expect(ruActive('Условлено встретиться 9 мая в Москве.')).toBe('Договорились встретиться 9 мая в Москве.');
    expect(ruActive('Достигнута договорённость о новой встрече.')).toBe('Договорились о новой встрече.');
    expect(ruActive('Достигнута договорённость, которая важна.')).toBe('Достигнута договорённость, которая важна.');
  });

  it('a passive after an adverbial opening becomes the verb too; not after a predicate or a comma (ru_kremlin_02)', () => {
    expect(
      ruActive(
        'Во время телефонного разговора Владимира Путина с Председателем Китайской Народной Республики Си Цзиньпином проведён обмен мнениями.',
      ),
    ).toBe(
      'Во время телефонного разговора Владимира Путина с Председателем Китайской Народной Республики Си Цзиньпином обменялись мнениями.',
    );
    expect(ruActive('В ходе переговоров обсуждены вопросы развития сотрудничества.')).toBe(
      'В ходе переговоров обсудили вопросы развития сотрудничества.',
    );
    for (const s of [
      'Президент сказал, что проведён обмен мнениями.',
      'Лидеры провели переговоры, обсуждены вопросы торговли.',
      'Лидеры встретились и обсуждены вопросы торговли.',
      // kremlin.ru pool: an auxiliary before the participle; a subject opening with a future verb
      'Во время визита будут обсуждены вопросы сотрудничества.',
      'Проверки также затронут деятельность организаций.',
    ])
      expect(ruActive(s)).toBe(s);
  });

  it('«Акцентирована …», «Выражена …» become «Подчеркнули …», «Выразили …» (kremlin.ru pool)', () => {
    expect(ruActive('Акцентирована приверженность России и Саудовской Аравии соблюдению обязательств.')).toBe(
      'Подчеркнули приверженность России и Саудовской Аравии соблюдению обязательств.',
    );
    expect(ruActive('Выражена поддержка начавшемуся диалогу России и США.')).toBe(
      'Выразили поддержку начавшемуся диалогу России и США.',
    );
  });

  it('«Отмечена …», «Подтверждён …», «Подчёркнут …» (short participles) become «Отметили …», «Подтвердили …», «Подчеркнули …» (pool kremlin_ru_news)', () => {
    const cases: Array<[string, string]> = [
      [
        'Отмечена решимость двух стран отстаивать правду о событиях Второй мировой войны, противодействовать попыткам пересмотра её итогов и фальсификации истории.',
        'Отметили решимость двух стран отстаивать правду о событиях Второй мировой войны, противодействовать попыткам пересмотра её итогов и фальсификации истории.',
      ],
      [
        'Отмечен конструктивный характер проведённых контактов на высшем и других уровнях.',
        'Отметили конструктивный характер проведённых контактов на высшем и других уровнях.',
      ],
      [
        'Отмечены также серьёзные риски, связанные с недоговороспособностью киевского режима, который уже неоднократно саботировал и нарушал достигнутые договорённости.',
        'Отметили также серьёзные риски, связанные с недоговороспособностью киевского режима, который уже неоднократно саботировал и нарушал достигнутые договорённости.',
      ],
      [
        'Подтверждён настрой на дальнейшее поступательное развитие российско-саудовского сотрудничества, в том числе в таких сферах, как торговля, инвестиции и энергетика.',
        'Подтвердили настрой на дальнейшее поступательное развитие российско-саудовского сотрудничества, в том числе в таких сферах, как торговля, инвестиции и энергетика.',
      ],
      // an adjective in the feminine, a noun whose nominative the dictionary ranks below its accusative
      [
        'Подтверждена неизменная готовность России к развитию практического взаимодействия с руководством Сирии.',
        'Подтвердили неизменную готовность России к развитию практического взаимодействия с руководством Сирии.',
      ],
      [
        'Подчёркнут решающий вклад Красной армии и всего советского народа в разгром нацизма.',
        'Подчеркнули решающий вклад Красной армии и всего советского народа в разгром нацизма.',
      ],
    ];
    for (const [passive, active] of cases) {
      expect(ruActive(passive)).toBe(active);
      // the verifier passes the active sentence against the release's passive one
      expect(verify(passive, active, { language: 'ru' }).ok).toBe(true);
    }
  });

  it('leaves a sentence whose second subject would need its case too (ru_kremlin_10), and one with no row', () => {
    const two =
      'Обсуждены, в частности, итоги недавних консультаций экспертных групп двух стран в Эр-Рияде и достигнутая договорённость о моратории на удары.';
    expect(ruActive(two)).toBe(two);
    const none = 'Главы государств обсудили вопросы, связанные с обменом граждан России и США.';
    expect(ruActive(none)).toBe(none);
  });
});

describe('in versions', () => {
  it('youth and rural versions say «Лидеры», the verifier passes them; a foreign version keeps the release’s words (ru_kremlin_01)', () => {
    const text = release('01');
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'radio'],
    ] as const) {
      const v = compose(text, { audience, channel });
      expect(v.text).toMatch(/^Лидеры обсудили/);
      expect(v.verification.ok).toBe(true);
    }
    expect(compose(text, { audience: 'foreign', channel: 'plain' }).text).toMatch(/^Главы государств обсудили/);
  });

  it('the verifier takes «Президент» as the release’s own only when the release names the President', () => {
    const src = release('12');
    const out = 'Президент начал посещение с осмотра комплекса общежитий и досугового центра «Спектр».';
    expect(verify(src, out, { language: 'ru' }).ok).toBe(true);
    const unnamed = 'В этот день глава государства начал посещение с осмотра комплекса общежитий.';
    expect(
      verify(unnamed, 'В этот день Президент начал посещение с осмотра комплекса общежитий.', { language: 'ru' }).ok,
    ).toBe(false);
  });
});
