/**
 * The notes compose() leaves for the editor come in the language of the version: a Russian
 * release gets Russian notes, an English one English notes (src/compose/notes.ts).
 */
import { describe, expect, it } from 'vitest';
import { compose } from '../src/compose/index.js';
import { NOTES } from '../src/compose/notes.js';

// The same kinds of releases as compose.test.ts: no link, no brief, so the notes say what is missing.
const RU = `Владимир Путин провёл телефонный разговор с Президентом Франции Эмманюэлем Макроном. Главы государств обсудили ситуацию на Ближнем Востоке. Президенты договорились продолжить контакты. Встреча министров состоится 12 марта 2026 года.`;
const EN = `Secretary of State Antony J. Blinken spoke yesterday with the Foreign Minister of the Republic of Korea. The United States will provide $5 million to support families affected by the floods. The ministers will meet again on March 12, 2026.`;

describe('compose notes', () => {
  it('has every note in English and Russian, the Russian ones in Cyrillic', () => {
    expect(Object.keys(NOTES.ru).sort()).toEqual(Object.keys(NOTES.en).sort());
    const vars = { found: 'x', sentence: 'y', max: 2, given: 3, count: 2, fold: 125, part: 1, length: 300 };
    for (const [id, note] of Object.entries(NOTES.ru)) {
      const text = note({ ...vars, acronyms: 'OSCE', model: 'm', why: 'w', try: 1, tries: 3 });
      expect(text, id).toMatch(/[а-яё]{3}/i);
      expect(text, id).not.toBe(NOTES.en[id as keyof typeof NOTES.en]!({ ...vars, acronyms: 'OSCE' }));
    }
  });

  it('writes the notes of a Russian version in Russian and of an English one in English', () => {
    for (const channel of ['notice', 'sms'] as const) {
      const ru = compose(RU, { audience: 'rural', channel });
      expect(ru.language).toBe('ru');
      expect(ru.notes.length, channel).toBeGreaterThan(0);
      for (const n of ru.notes) {
        expect(n, channel).toMatch(/^[А-ЯЁ]/);
        expect(n, channel).not.toMatch(/\b(?:the|neither|section|brief gives)\b/i);
      }
    }
    const en = compose(EN, { audience: 'rural', channel: 'notice' });
    expect(en.notes).toContain(NOTES.en.noLink({}));
    const ru = compose(RU, { audience: 'rural', channel: 'notice' });
    expect(ru.notes).toContain(NOTES.ru.noLink({}));
    expect(ru.notes).toContain(NOTES.ru.noWhen({}));
  });

  it('with `locale` the notes speak it, whatever the language of the version', () => {
    for (const channel of ['notice', 'sms'] as const) {
      const en = compose(EN, { audience: 'rural', channel, locale: 'ru' });
      expect(en.language).toBe('en');
      expect(en.notes.length, channel).toBeGreaterThan(0);
      for (const n of en.notes) expect(n, channel).toMatch(/^[А-ЯЁ]/);
      const ru = compose(RU, { audience: 'rural', channel, locale: 'en' });
      expect(ru.language).toBe('ru');
      for (const n of ru.notes) expect(n, channel).not.toMatch(/[а-яё]{4}\s+[а-яё]{4}/i);
    }
    expect(compose('', { audience: 'youth', locale: 'ru' }).notes).toContain(NOTES.ru.noSentence({}));
    expect(compose('', { audience: 'youth' }).notes).toContain(NOTES.en.noSentence({}));
  });
});
