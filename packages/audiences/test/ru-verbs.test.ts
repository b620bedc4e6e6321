/**
 * Hidden verbs of another government back to verbs in a Russian version (compose/ru-verbs.ts):
 * the verb agrees with the light verb it replaces, the object takes the new case (an animate one
 * its genitive form), and a coordinated object, a title before a name, speech and what the
 * verifier refuses stay as written. Sentences from kremlin.ru readouts (../shared/eval/press-releases/ru,
 * CC BY 4.0) and their versions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRussianMorphology } from '@attache/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasEval, releaseBody, releasesDir } from '../../../scripts/eval/corpus.js';
import { compose } from '../src/compose/index.js';
import { ruCharacter, ruGovernedVerbs, ruIsDash } from '../src/compose/ru-verbs.js';

const yes = (): boolean => true;

beforeAll(async () => {
  await loadRussianMorphology();
});

describe('ruGovernedVerbs', () => {
  it('the verb for the light verb and its noun, the object in the verb’s case', () => {
    // ru_kremlin_02's passive «выражена поддержка начавшемуся диалогу» once made active
    expect(ruGovernedVerbs('С китайской стороны выразили поддержку начавшемуся диалогу России и США.', yes)).toBe(
      'С китайской стороны поддержали начавшийся диалог России и США.',
    );
    // ru_kremlin_05: a person's names, animate, take the genitive form of the accusative
    expect(
      ruGovernedVerbs(
        'Владимир Путин выразил признательность Дональду Трампу за стремление способствовать достижению благородной цели.',
        yes,
      ),
    ).toBe('Владимир Путин поблагодарил Дональда Трампа за стремление способствовать достижению благородной цели.');
    // ru_kremlin_01: «о» + verbal noun after a verb of agreeing is the infinitive
    expect(ruGovernedVerbs('Владимир Путин и Дональд Трамп договорились о продолжении личных контактов.', yes)).toBe(
      'Владимир Путин и Дональд Трамп договорились продолжить личные контакты.',
    );
    expect(ruGovernedVerbs('Стороны условились обеспечить выполнение достигнутых договорённостей.', yes)).toBe(
      'Стороны условились выполнить достигнутые договорённости.',
    );
    expect(ruGovernedVerbs('Президент выразил благодарность участникам форума.', yes)).toBe(
      'Президент поблагодарил участников форума.',
    );
    // thanks for what, no one named (kremlin.ru pool, news/76521, made active)
    expect(
      ruGovernedVerbs(
        'С российской стороны выразили признательность за оказываемое ОАЭ посредническое содействие.',
        yes,
      ),
    ).toBe('С российской стороны поблагодарили за оказываемое ОАЭ посредническое содействие.');
  });

  it('an object it cannot move whole stays as written', () => {
    for (const s of [
      // coordinated: «поблагодарил врачей и медсёстрам» would be half changed
      'Президент выразил благодарность врачам и медсёстрам.',
      // a title before a name: «Президента США Дональду Трампу»
      'Президент выразил благодарность Президенту США Дональду Трампу.',
      // a name in guillemets (ru_kremlin_07)
      'Стороны условились обеспечить реализацию «Черноморской инициативы».',
      // speech
      'Путин сказал: «Мы выразили поддержку этому решению».',
    ])
      expect(ruGovernedVerbs(s, yes)).toBe(s);
    expect(ruGovernedVerbs('Президент выразил благодарность участникам форума.', () => false)).toBe(
      'Президент выразил благодарность участникам форума.',
    );
  });
});

describe('ruCharacter', () => {
  it('«носил … характер» with the adjectives in the instrumental, the verb «быть» in the same form', () => {
    // ru_kremlin_02
    expect(ruCharacter('Разговор носил тёплый и дружеский характер.', yes)).toBe('Разговор был тёплым и дружеским.');
    // a kremlin.ru readout (pool)
    expect(
      ruCharacter('Телефонный разговор лидеров носил конструктивный, деловой и содержательный характер.', yes),
    ).toBe('Телефонный разговор лидеров был конструктивным, деловым и содержательным.');
    expect(ruCharacter('Переговоры носили конструктивный характер.', yes)).toBe('Переговоры были конструктивными.');
    expect(ruCharacter('Встреча носила рабочий характер.', yes)).toBe('Встреча была рабочей.');
  });

  it('the present (no gender to agree with), speech, and what the verifier refuses stay', () => {
    expect(ruCharacter('Она носит стратегический характер.', yes)).toBe('Она носит стратегический характер.');
    const said = 'Путин сказал: «Разговор носил дружеский характер».';
    expect(ruCharacter(said, yes)).toBe(said);
    expect(ruCharacter('Встреча носила рабочий характер.', () => false)).toBe('Встреча носила рабочий характер.');
  });
});

describe('ruIsDash', () => {
  it('«является» as a dash, the phrase in the instrumental in the nominative', () => {
    // ru_kremlin_15: the phrase opens the sentence
    expect(ruIsDash('Центральным элементом комплекса является 85-метровая скульптура «Родина-мать зовёт!».', yes)).toBe(
      'Центральный элемент комплекса — 85-метровая скульптура «Родина-мать зовёт!».',
    );
    expect(ruIsDash('Главной целью проекта является создание инфраструктуры.', yes)).toBe(
      'Главная цель проекта — создание инфраструктуры.',
    );
    // the phrase after the link, plural
    expect(ruIsDash('Эти страны являются важными партнёрами.', yes)).toBe('Эти страны — важные партнёры.');
  });

  it('a superlative, a coordinated phrase, «одним из», speech and what the verifier refuses stay', () => {
    for (const s of [
      // «крупнейшим» → «крупный» would lose the degree
      'Россия является крупнейшим торговым партнёром Китая.',
      'Россия является крупным партнёром и инвестором.',
      'Китай является одним из ключевых партнёров России.',
      'Путин сказал: «Россия является надёжным партнёром».',
      // a personal pronoun takes no dash (ru_kremlin_03's «Ольга … является членом Совета …» once a pronoun)
      'Она является членом Совета при губернаторе Калининградской области.',
      // a second predicate: «… детей и — член Совета» (ru_kremlin_03)
      'Супруга Героя Ольга воспитывает троих детей и является членом Совета при губернаторе Калининградской области.',
    ])
      expect(ruIsDash(s, yes)).toBe(s);
    expect(ruIsDash('Эти страны являются важными партнёрами.', () => false)).toBe(
      'Эти страны являются важными партнёрами.',
    );
  });
});

describe('in a version', () => {
  it.skipIf(!hasEval())('ru_kremlin_02’s youth thread says who supported what with the verb', () => {
    const text = releaseBody(readFileSync(join(releasesDir('ru'), 'ru_kremlin_02.txt'), 'utf8'));
    const v = compose(text, { audience: 'youth', channel: 'x' });
    expect(v.verification.ok).toBe(true);
    expect(v.text).toMatch(/поддержали начавшийся диалог России и США/);
    expect(v.text).not.toMatch(/выразили поддержку/);
    expect(v.text).toMatch(/Разговор был тёплым и дружеским\./);
  });
});
