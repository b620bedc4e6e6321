// A sentence of a quotation that runs over several sentences is quoted whole on its own
// (quote-piece.ts); a blind reading of kremlin.ru items (seed 31337) found such pieces shortened
// and read as the office's own words («И конечно, особо отмечу Ваш созидательный вклад.» as an SMS).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRussianMorphology } from '@attache/core';
import { compose } from '../src/index.js';
import { quotePiece } from '../src/compose/quote-piece.js';
import { ruSmsLines } from '../src/compose/ru-lead.js';

describe('quotePiece', () => {
  it('closes the first sentence, opens the last, wraps the middle (Russian stop after the guillemet)', () => {
    expect(quotePiece('В послании говорится: «Праздник объединяет людей.', 'ru')).toBe(
      'В послании говорится: «Праздник объединяет людей».',
    );
    expect(quotePiece('Важно, что традиции живут.', 'ru')).toBe('«Важно, что традиции живут».');
    expect(quotePiece('И потому праздник отмечают по всей стране».', 'ru')).toBe(
      '«И потому праздник отмечают по всей стране».',
    );
    expect(quotePiece('Разве это не важно?', 'ru')).toBe('«Разве это не важно?»');
  });
  it('English keeps the stop inside; balanced marks stay as they are', () => {
    expect(quotePiece('We are grateful to our partners.', 'en')).toBe('“We are grateful to our partners.”');
    expect(quotePiece('She said: “We will help.', 'en')).toBe('She said: “We will help.”');
    expect(quotePiece('The “Black Sea Grain Initiative” ended.', 'en')).toBe('The “Black Sea Grain Initiative” ended.');
  });
});

describe('a message quoted whole (Russian)', () => {
  beforeAll(async () => {
    await loadRussianMorphology();
  });
  const MESSAGE = `# Поздравление с Днём строителя

В послании, в частности, говорится: «Строители возводят дома, школы и больницы. Отрадно, что в отрасль приходит молодёжь, которая продолжает традиции старших поколений и осваивает новые технологии строительства. И потому этот праздник широко отмечается по всей стране».`;

  it('opens on the sentence that says whose words they are, and quotes each piece whole', () => {
    const v = compose(MESSAGE, { audience: 'youth', channel: 'telegram' });
    expect(v.text).toMatch(/^В послании, в частности, говорится: «Строители возводят дома, школы и больницы»\./);
    expect(v.text).not.toMatch(/(?:^|[.!?]\s)Отрадно/u);
    expect(v.verification.ok).toBe(true);
  });

  it('an SMS never sends a bare quotation when a line says whose it is', () => {
    expect(
      ruSmsLines(['«И потому праздник отмечают по всей стране».', 'В послании говорится: «Строители возводят дома».']),
    ).toEqual(['В послании говорится: «Строители возводят дома».']);
    expect(ruSmsLines(['«И потому праздник отмечают».'])).toEqual(['«И потому праздник отмечают».']);
  });
});

describe('an SMS cut inside a quotation', () => {
  beforeAll(async () => {
    await loadRussianMorphology();
  });
  it('closes the quotation after the “…”, and is never empty', () => {
    const v = compose(
      `# Поздравление с Днём строителя

В послании, в частности, говорится: «Строители возводят дома, школы, больницы, мосты и дороги, которые служат людям долгие годы и делают жизнь в наших городах и сёлах удобнее и безопаснее, а их труд заслуживает глубокого уважения. Отрадно, что в отрасль приходит молодёжь».`,
      { audience: 'rural', channel: 'sms' },
    );
    expect(v.text).toMatch(/^В послании, в частности, говорится: «Строители .*…»$/u);
    expect(v.text.length).toBeLessThanOrEqual(160);
    expect(v.verification.ok).toBe(true);
  });
});
