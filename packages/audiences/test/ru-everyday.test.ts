/**
 * Verbs for hidden verbs and everyday words in a Russian version (compose/ru-everyday.ts): the
 * exact forms of the audiences' lists, their conditions on the next word, speech left as said,
 * and the verifier's word last.
 */
import { describe, expect, it } from 'vitest';
import { ruEverydayRowCount, ruEverydayWords } from '../src/compose/ru-everyday.js';

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
