/**
 * Verbs for hidden verbs and everyday words in a Russian version (compose/ru-everyday.ts): the
 * exact forms of the audiences' lists, their conditions on the next word, speech left as said,
 * and the verifier's word last.
 */
import { describe, expect, it } from 'vitest';
import { ruEverydayRowCount, ruEverydayWords } from '../src/compose/ru-everyday.js';
import { plainRussian, ruQuoted } from '../src/compose/ru-plain.js';

const yes = (): boolean => true;

describe('ruEverydayWords', () => {
  it('puts the verb for the hidden verb and the everyday word, in the same form', () => {
    expect(ruEverydayRowCount()).toBeGreaterThan(50);
    expect(ruEverydayWords('Во встрече приняли участие министры.', yes)).toBe('Во встрече участвовали министры.');
    expect(ruEverydayWords('Президент дал поручение Правительству подготовить доклад.', yes)).toBe(
      'Президент поручил Правительству подготовить доклад.',
    );
    expect(ruEverydayWords('Данный вопрос обсудили.', yes)).toBe('Этот вопрос обсудили.');
    expect(ruEverydayWords('Они проживают в Москве.', yes)).toBe('Они живут в Москве.');
  });
  it('keeps a row’s condition on the next word, speech, and what the verifier refuses', () => {
    // «решил о назначении» is no Russian
    expect(ruEverydayWords('Принял решение о назначении.', yes)).toBe('Принял решение о назначении.');
    const said = 'Путин сказал: «Мы приняли участие в этой работе».';
    expect(ruEverydayWords(said, yes)).toBe(said);
    expect(ruEverydayWords('Во встрече приняли участие министры.', () => false)).toBe(
      'Во встрече приняли участие министры.',
    );
  });
});

describe('names in guillemets are no speech (ru-plain.ts ruQuoted)', () => {
  it('the sentence around a name is made plain, the name stays as named', () => {
    // kremlin.ru pool, news/76560: «Ледоколов знаний» kept the whole sentence from every edit
    expect(
      plainRussian(
        'В ходе посещения Штаба морских операций «Атомфлота» Владимир Путин пообщался с участниками «Ледоколов знаний».',
        yes,
      ),
    ).toBe(
      'Во время посещения Штаба морских операций «Атомфлота» Владимир Путин пообщался с участниками «Ледоколов знаний».',
    );
    // inside the name nothing changes
    expect(ruEverydayWords('Участники проекта «Данный момент» приняли участие в форуме.', yes)).toBe(
      'Участники проекта «Данный момент» участвовали в форуме.',
    );
    expect(ruQuoted('Выставка «Российское общество «Знание»» открыта.')).toEqual({ speech: false, spans: [[9, 39]] });
  });

  it('a quotation of four words or more is speech, and so is a mark left open', () => {
    const said = 'Путин сказал: «Мы приняли участие в этой работе».';
    expect(ruQuoted(said).speech).toBe(true);
    expect(plainRussian('Президент сказал: «В ходе встречи мы всё обсудили».', yes)).toBe(
      'Президент сказал: «В ходе встречи мы всё обсудили».',
    );
    expect(ruQuoted('Он начал так: «В ходе встречи').speech).toBe(true);
  });
});
