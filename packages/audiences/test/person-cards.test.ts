/**
 * kremlin.ru name cards (../shared/eval kremlin_ru_news pool, e.g. news/76862 and news/76839),
 * blanked so a version reads the text without them; the sentences here are written the way the
 * scraped pages give them.
 */
import { describe, expect, it } from 'vitest';
import { blankPersonCards } from '../src/compose/person-cards.js';
import { compose } from '../src/compose/index.js';

const TALK =
  'В.Путин: Как дела, Рамзан Ахматович?\n\nР.Кадыров Кадыров Рамзан Ахматович глава Чеченской Республики : Уровень безработицы в республике снизился до 4 процентов за прошлый год.';
const CALL =
  'Состоялся телефонный разговор Владимира Путина с Президентом Республики Узбекистан Шавкатом Мирзиёевым Мирзиёев Шавкат Миромонович Президент Республики Узбекистан . Обсуждены актуальные вопросы двусторонней повестки дня.';

describe('kremlin.ru name cards', () => {
  it('blanks a card after the same person’s name, keeping every offset', () => {
    const a = blankPersonCards(TALK);
    expect(a.cards).toBe(1);
    expect(a.text).toHaveLength(TALK.length);
    expect(a.text).toMatch(/Р\.Кадыров: +Уровень безработицы/);
    expect(a.text).not.toContain('Кадыров Рамзан Ахматович');
    const b = blankPersonCards(CALL);
    expect(b.text.replace(/ {2,}/g, ' ')).toBe(
      'Состоялся телефонный разговор Владимира Путина с Президентом Республики Узбекистан Шавкатом Мирзиёевым. Обсуждены актуальные вопросы двусторонней повестки дня.',
    );
  });

  it('leaves an address and a card with no closing mark alone', () => {
    const address = 'Уважаемый Александр Григорьевич! Спасибо.';
    expect(blankPersonCards(address)).toEqual({ text: address, cards: 0 });
    const open =
      'Выступил Вячеслав Володин Володин Вячеслав Викторович Председатель Государственной Думы и Председатель Палаты представителей.';
    expect(blankPersonCards(open).cards).toBe(0);
  });

  it('gives versions without the card, verified', () => {
    const v = compose(CALL, { audience: 'rural', channel: 'notice', language: 'ru' });
    expect(v.verification.ok).toBe(true);
    expect(v.text).not.toContain('Миромонович');
    expect(v.text).toContain('Шавкатом Мирзиёевым.');
  });
});
