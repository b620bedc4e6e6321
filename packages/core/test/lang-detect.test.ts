import { describe, expect, it } from 'vitest';
import { detectLanguage, mayBeRussian } from '../src/lang/detect.js';
import { releases, hasEval } from '../../../scripts/eval/corpus.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The Secretary of State met the Foreign Minister of Japan today to discuss regional security.'],
    ['ru', 'Президент России провёл встречу с губернатором области и обсудил развитие региона.'],
    ['fr', 'Le président de la République a reçu aujourd’hui le ministre des affaires étrangères.'],
    // franc alone calls this Venetian; the candidate set keeps it Spanish.
    ['es', 'El presidente se reunió con el ministro de asuntos exteriores.'],
    ['de', 'Der Bundeskanzler hat heute in Berlin eine Rede über die Wirtschaft gehalten.'],
  ])('detects %s', (code, text) => {
    const r = detectLanguage(text);
    expect(r).toMatchObject({ code, source: 'detected', supported: true });
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
  });

  it('says und, with a reason, when the text is too short to tell', () => {
    for (const text of ['', '   ', 'Hello', '12 345 67', '🙂🙂🙂', 'OK!']) {
      const r = detectLanguage(text);
      expect(r.code).toBe('und');
      expect(r.supported).toBe(false);
      expect(r.note).toMatch(/short|recognised/);
    }
  });

  it('names an unsupported language instead of scoring it as English', () => {
    const ar = detectLanguage('مرحبا بكم في موقعنا الرسمي للأخبار والبيانات الصحفية الصادرة عن الوزارة');
    expect(ar).toMatchObject({ code: 'arb', supported: false });
    expect(ar.note).toMatch(/does not analyse/);
    const italian = detectLanguage(
      'Il presidente del Consiglio ha incontrato oggi i rappresentanti dei sindacati a Roma.',
    );
    expect(italian).toMatchObject({ code: 'ita', supported: false });
  });

  it('is right on every real release (the evaluation material: 35 English, 16 Russian; else the fixtures: 10, 7)', () => {
    for (const lang of ['en', 'ru'] as const) {
      const docs = releases(lang, hasEval() ? 'eval' : 'fixtures');
      expect(docs.length).toBe(hasEval() ? (lang === 'en' ? 35 : 16) : lang === 'en' ? 10 : 7);
      for (const d of docs) expect([d.id, detectLanguage(d.text).code]).toEqual([d.id, lang]);
    }
  });
});

describe('mayBeRussian (whether to load the Russian dictionary before analyze)', () => {
  it('follows an explicit language', () => {
    expect(mayBeRussian('Any text at all.', 'ru')).toBe(true);
    expect(mayBeRussian('Президент провёл встречу.', 'en')).toBe(false);
  });
  it('auto: Russian prose yes, English prose no, no Cyrillic letter never', () => {
    expect(mayBeRussian('Президент провёл встречу с губернатором области в Кремле.', 'auto')).toBe(true);
    expect(mayBeRussian('The Secretary met the Governor at the State Department today.', 'auto')).toBe(false);
    expect(mayBeRussian('', 'auto')).toBe(false);
  });
  it('auto: a Russian page whose markup outweighs its prose still counts (letters outside tags)', () => {
    const attrs = ' class="article-body main-content"'.repeat(20);
    const html = `<div${attrs}><p${attrs}>Путин провёл совещание.</p></div>`;
    expect(mayBeRussian(html, 'auto')).toBe(true);
  });
  it('auto: one Russian name in an English text does not count', () => {
    expect(
      mayBeRussian(
        'The Secretary met Foreign Minister Lavrov (Лавров) in Geneva on Friday to discuss the talks.',
        'auto',
      ),
    ).toBe(false);
  });
});
