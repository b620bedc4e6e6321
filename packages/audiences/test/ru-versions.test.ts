/**
 * Russian versions (compose/ru-spoken.ts, ru-heads.ts, lines.ts): the questions a youth post asks,
 * a head that never ends inside a clause, a foreign version that spells out every acronym even
 * when the lead has one, a radio script that repeats only a short lead. Sentences from the
 * kremlin.ru releases in ../shared/eval/press-releases/ru, as the releases give them.
 */
import { loadRussianMorphology } from '@attache/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../src/compose/index.js';
import { ruWholeHead } from '../src/compose/ru-heads.js';
import { ruAskQuestions, ruFuture, ruRepeatLead } from '../src/compose/ru-spoken.js';

beforeAll(async () => {
  await loadRussianMorphology();
});

describe('questions in a Russian youth post', () => {
  it('reads the future tense from the dictionary, not from a noun that looks like a verb (ru_kremlin_05, _07)', () => {
    expect(ruFuture('Россия и США продолжат работу по достижению прочного мира.')).toBe(true);
    expect(ruFuture('В качестве жеста доброй воли будут переданы 23 тяжелораненых украинских военнослужащих.')).toBe(
      true,
    );
    // «о запрете» (запрёте) and «мер» (мёр) are nouns here
    expect(
      ruFuture(
        'Россия и США согласились разработать меры по реализации договоренностей президентов двух стран о запрете ударов.',
      ),
    ).toBe(false);
    expect(ruFuture('С этой целью создаются российская и американская экспертные группы.')).toBe(false);
  });

  it('asks «Что дальше?» before what will happen and «О чём говорили?» before the topic, once each, never first', () => {
    const lines = [
      'Владимир Путин провёл телефонный разговор с Президентом Турции.',
      'Обсуждалась ситуация на Ближнем Востоке.',
      'Разговор носил конструктивный характер.',
      'Президенты продолжат контакты.',
    ];
    expect(ruAskQuestions(lines)).toEqual([lines[0], 'О чём говорили?', lines[1], lines[2], 'Что дальше?', lines[3]]);
    // the lead itself is the topic: no question before another sentence about it
    expect(ruAskQuestions(['Лидеры обсудили ситуацию.', 'Также обсуждались вопросы торговли.', 'Это важно.'])).toEqual([
      'Лидеры обсудили ситуацию.',
      'Также обсуждались вопросы торговли.',
      'Это важно.',
    ]);
    // never between a sentence and the one pointing back to it
    expect(ruAskQuestions(['Путин провёл встречу.', 'Министр доложил о работе.', 'Он продолжит её.'])).not.toContain(
      'Что дальше?',
    );
  });
});

describe('Russian heads', () => {
  it('a head never ends inside a clause it opened before that clause has its predicate (ru_kremlin_05)', () => {
    const full =
      'Подчёркнуто, что ключевым условием для недопущения эскалации конфликта и работы в направлении его разрешения политико-дипломатическим путём – должно стать полное прекращение иностранной военной помощи.';
    expect(ruWholeHead('Подчёркнуто, что ключевым условием для недопущения эскалации конфликта и работы.', full)).toBe(
      false,
    );
    expect(
      ruWholeHead(
        'Путин сообщил, что обмен пленными состоится 19 марта.',
        'Путин сообщил, что обмен пленными состоится 19 марта в Москве по итогам переговоров.',
      ),
    ).toBe(true);
  });
});

describe('Russian heads end where the phrase is whole', () => {
  it('not between an adverb and the preposition of its compound preposition (ru_kremlin_14: «…, наравне.»)', () => {
    const full =
      'Мы всегда будем чтить корейских героев, отдавших жизни за Россию, за нашу общую свободу, наравне с российскими братьями по оружию.';
    expect(
      ruWholeHead(
        'Мы всегда будем чтить корейских героев, отдавших жизни за Россию, за нашу общую свободу, наравне.',
        full,
      ),
    ).toBe(false);
    const v = compose(`Российский народ никогда не забудет подвига корейских бойцов спецназа. ${full}`, {
      audience: 'rural',
      channel: 'notice',
      language: 'ru',
    });
    expect(v.text).not.toMatch(/наравне\./u);
  });
});

describe('a head that leaves out which person or what a verbal noun governs does not stand (kremlin.ru 76478)', () => {
  const full =
    'Назначить Гехт Ирину Альфредовну временно исполняющей обязанности Губернатора Ненецкого автономного округа до вступления в должность лица, избранного Губернатором Ненецкого автономного округа.';
  it('not «… до вступления в должность лица.» nor «… до вступления.»', () => {
    expect(
      ruWholeHead(
        'Назначить Гехт Ирину Альфредовну временно исполняющей обязанности Губернатора Ненецкого автономного округа до вступления в должность лица.',
        full,
      ),
    ).toBe(false);
    expect(
      ruWholeHead(
        'Назначить Гехт Ирину Альфредовну временно исполняющей обязанности Губернатора Ненецкого автономного округа до вступления.',
        full,
      ),
    ).toBe(false);
  });
});

describe('a decree is news for what it does', () => {
  // kremlin.ru 76613 and 76478 (the pool), as the site gives them
  const appoint =
    'Текст Указа: 1. Назначить Кикотя Андрея Владимировича первым заместителем Министра внутренних дел Российской Федерации – начальником Службы по вопросам гражданства и регистрации иностранных граждан Министерства внутренних дел Российской Федерации, освободив его от занимаемой должности. 2. Настоящий Указ вступает в силу со дня его подписания.';
  const resign =
    'Текст Указа: В связи с заявлением Губернатора Ненецкого автономного округа Бездудного Ю.В. о досрочном прекращении полномочий и в соответствии с пунктом 1 части 1 статьи 27 и пунктом 2 части 1 статьи 28 Федерального закона от 21 декабря 2021 г. № 414-Ф3 «Об общих принципах организации публичной власти в субъектах Российской Федерации» постановляю: 1. Принять отставку Губернатора Ненецкого автономного округа Бездудного Ю.В. по собственному желанию. 2. Назначить Гехт Ирину Альфредовну временно исполняющей обязанности Губернатора Ненецкого автономного округа до вступления в должность лица, избранного Губернатором Ненецкого автономного округа. 3. Настоящий Указ вступает в силу со дня его подписания.';

  it.each([
    ['youth', 'x'],
    ['rural', 'notice'],
    ['rural', 'sms'],
    ['foreign', 'plain'],
  ] as const)(
    '%s/%s: no entry-into-force clause, no point number, no subject the decree lacks',
    (audience, channel) => {
      for (const release of [appoint, resign]) {
        const v = compose(release, { audience, channel, language: 'ru' });
        expect(v.text).not.toContain('Настоящий Указ');
        expect(v.text).not.toMatch(/^\d\./u);
        expect(v.text).not.toContain('Он освободил');
        expect(v.text.trim()).not.toBe('');
      }
      // the page's decree file and related links run into the text (kremlin.ru 76540)
      const v = compose(
        `${resign} Встреча с Денисом Паслером 26 марта 2025 года Дополнительно Указ № 179 pdf, 53.2 кБ`,
        { audience, channel, language: 'ru' },
      );
      expect(v.text).not.toMatch(/pdf|кБ|Дополнительно/u);
      // the points are the decree's words, quoted and said to be its, never an infinitive as a sentence of the version
      expect(v.text).toContain(
        'В указе говорится: «Принять отставку Губернатора Ненецкого автономного округа Бездудного Ю.В. по собственному желанию».',
      );
      expect(v.text).not.toMatch(/(?:^|[.!?]\s+)(?:Принять|Назначить)\s/u);
    },
  );
});

describe('Russian foreign and radio versions', () => {
  it('a lead with an acronym the release never spells out goes when another sentence can lead', () => {
    const release =
      'Президент посетил МГТУ им. Н.Э.Баумана и побеседовал со студентами университета. Глава государства осмотрел новый кампус университета. Общая проектная вместимость нового кампуса составляет 8,9 тысячи студентов.';
    const v = compose(release, { audience: 'foreign', channel: 'plain', language: 'ru' });
    expect(v.text).not.toContain('МГТУ');
    expect(v.targets.find((t) => t.id === 'acronymsSpelledOut')!.met).toBe(true);
    expect(v.text).toContain('Глава государства осмотрел новый кампус университета.');
    // nothing else to lead with: the lead stays (a version is never empty)
    const alone = compose('Президент посетил МГТУ им. Н.Э.Баумана и побеседовал со студентами университета.', {
      audience: 'foreign',
      channel: 'plain',
      language: 'ru',
    });
    expect(alone.text).toContain('МГТУ');
  });

  it('a radio script repeats a lead of up to 12 words, not a long one', () => {
    expect(ruRepeatLead('Лидеры обсудили ситуацию вокруг Украины.')).toBe(true);
    expect(
      ruRepeatLead(
        'Во время телефонного разговора Владимира Путина с Председателем Китайской Народной Республики Си Цзиньпином проведён обмен мнениями.',
      ),
    ).toBe(false);
  });
});
