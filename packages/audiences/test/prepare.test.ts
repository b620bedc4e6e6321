import { russianMorphology } from '@attache/core';
import { describe, expect, it } from 'vitest';
import { prepare, rewrite, rural } from '../src/index.js';

// Each test file runs in its own module state (vitest isolates files), so nothing is loaded yet.
describe('prepare', () => {
  it('loads nothing, not the Russian dictionary, for an English release', async () => {
    expect(russianMorphology()).toBeUndefined();
    await prepare('The Secretary met the Foreign Minister of Mali in Washington on Tuesday.');
    expect(russianMorphology()).toBeUndefined();
  });

  it('loads the Russian dictionary for a Russian release, detected or named', async () => {
    await prepare('Hello', { language: 'en' });
    expect(russianMorphology()).toBeUndefined();
    await prepare('Владимир Путин провёл встречу с Президентом Казахстана в Кремле.');
    const ru = russianMorphology();
    expect(ru).toBeDefined();
    // the loaded dictionary puts a replacement into the form of the word it replaces
    expect(ru!.parse('мероприятиях')[0]?.lemma).toBe('мероприятие');
    await expect(prepare('Да', { language: 'ru' })).resolves.toBeUndefined();
  });

  it('with the dictionary loaded, a safe rewrite still turns hidden verbs into verbs that agree', async () => {
    const text =
      'Глава государства провёл встречу с губернатором области. Стороны приняли участие в мероприятиях, посвящённых Дню города.';
    await prepare(text);
    // core offers these as suggestions once it can inflect; the adapter's own hidden-verb
    // proposer (which makes the verb agree with its subject) must still apply them
    expect(rewrite(text, { audience: rural, accept: 'safe' }).text).toBe(
      'Глава государства встретился с губернатором области. Стороны участвовали в мероприятиях, посвящённых Дню города.',
    );
  });
});
