/**
 * computeReadability(), sentenceGrade(), difficultyOf(). Expected values are computed from the
 * published formulas (see src/readability/formulas.ts); the LONG_TEXT counts are textstat's
 * (shared/eval/readability/textstat_0.7.11_local_outputs.json).
 */
import { describe, expect, it } from 'vitest';
import { computeReadability, difficultyOf, sentenceGrade } from '../src/readability/index.js';
import type { Counts, LanguageCode } from '../src/schema.js';
import { ReadabilitySchema } from '../src/schema.js';
import { READABILITY_FORMULAS } from '../src/index.js';

const LONG_TEXT: Counts = {
  sentences: 17,
  words: 372,
  syllables: 549,
  letters: 1686,
  characters: 1748,
  polysyllables: 38,
  monosyllables: 249,
  longWords: 77,
  complexWords: 30,
  miniWords: 151,
  difficultWords: 57,
  paragraphs: 3,
};

describe('computeReadability', () => {
  it('English fills every English formula; FKGL is the grade', () => {
    const r = computeReadability(LONG_TEXT, 'en');
    expect(ReadabilitySchema.parse(r)).toEqual(r);
    expect(r.fleschReadingEase).toBeCloseTo(59.7712, 3); // textstat 59.771
    expect(r.fleschKincaidGrade).toBeCloseTo(10.3586, 3); // textstat 10.359
    expect(r.smog).toBeCloseTo(11.6702, 3); // textstat 11.670
    expect(r.lix).toBeCloseTo(42.5813, 3);
    expect(r.rix).toBeCloseTo(4.5294, 3);
    expect(r.mcalpineEflaw).toBeCloseTo(30.7647, 3);
    expect(r.gunningFog).not.toBeNull();
    expect(r.daleChall).not.toBeNull();
    expect(r.adaptations['spache']).toBeTypeOf('number');
    expect(r.grade).toBe(r.fleschKincaidGrade);
    expect(r.gradeFormula).toBe('fleschKincaidGrade');
    expect(r.readingAge).toBeCloseTo(r.grade! + 5, 9);
    expect(r.tooShort).toBe(false);
  });

  it('Russian uses the ruTS/Oborneva constants and no English-only formulas', () => {
    const r = computeReadability(
      { ...LONG_TEXT, words: 61, sentences: 2, syllables: 198, letters: 452, complexWords: 24, longWords: 41 },
      'ru',
    );
    expect(r.fleschReadingEase).toBeCloseTo(-27.8937, 3);
    expect(r.fleschKincaidGrade).toBeCloseTo(22.0501, 3);
    expect(r.smog).toBeNull(); // two sentences: SMOG needs three
    expect(r.adaptations['fleschOborneva']).toBeCloseTo(-27.8937, 3);
    expect(r.adaptations['colemanLiauRu']).toBeCloseTo(19.2766, 3);
    expect(r.gunningFog).toBeNull();
    expect(r.daleChall).toBeNull();
    expect(r.mcalpineEflaw).toBeNull();
    expect(r.grade).toBe(22); // clamped
    expect(r.gradeFormula).toBe('fleschKincaidRu');
    expect(r.tooShort).toBe(true);
  });

  it('French, Spanish and German fill their adaptations and a documented grade', () => {
    const fr = computeReadability(LONG_TEXT, 'fr');
    expect(fr.fleschReadingEase).toBeCloseTo(207 - 1.015 * (372 / 17) - 73.6 * (549 / 372), 9);
    expect(fr.gradeFormula).toBe('kandelMolesGrade');
    const es = computeReadability(LONG_TEXT, 'es');
    expect(es.fleschReadingEase).toBeCloseTo(206.84 - 1.02 * (372 / 17) - 60 * (549 / 372), 9);
    expect(Object.keys(es.adaptations).sort()).toEqual([
      'crawford',
      'fernandezHuerta',
      'fernandezHuertaAsPublished',
      'gutierrezPolini',
      'szigrisztPazos',
    ]);
    expect(es.gradeFormula).toBe('crawford');
    const de = computeReadability(LONG_TEXT, 'de');
    expect(de.fleschReadingEase).toBeCloseTo(180 - 372 / 17 - 58.5 * (549 / 372), 9);
    expect(de.adaptations['wienerSachtextformel2']).toBeCloseTo(
      0.2007 * (3800 / 372) + 0.1682 * (372 / 17) + 0.1373 * (7700 / 372) - 2.779,
      9,
    );
    expect(de.gradeFormula).toBe('wienerSachtextformel1');
    for (const r of [fr, es, de]) {
      expect(r.fleschKincaidGrade).toBeNull();
      expect(r.daleChall).toBeNull();
      expect(r.lix).toBeCloseTo(42.5813, 3);
    }
  });

  it('never returns NaN or Infinity: no words or no sentences → nulls', () => {
    const zero: Counts = { ...LONG_TEXT, words: 0, sentences: 0, syllables: 0 };
    for (const lang of ['en', 'ru', 'fr', 'es', 'de'] as LanguageCode[]) {
      for (const c of [zero, { ...LONG_TEXT, sentences: 0 }, { ...LONG_TEXT, words: 0 }]) {
        const r = computeReadability(c, lang);
        expect(r.grade).toBeNull();
        expect(r.readingAge).toBeNull();
        expect(r.fleschReadingEase).toBeNull();
        expect(r.adaptations).toEqual({});
        expect(r.tooShort).toBe(true);
        expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
      }
    }
  });

  it('clamps grade to 0–22 and reading age to grade + 5', () => {
    const easy = computeReadability({ ...LONG_TEXT, words: 120, sentences: 40, syllables: 120 }, 'en');
    expect(easy.fleschKincaidGrade!).toBeLessThan(0);
    expect(easy.grade).toBe(0);
    expect(easy.readingAge).toBe(5);
  });
});

describe('sentenceGrade and difficultyOf', () => {
  it('per-sentence grade by language', () => {
    expect(sentenceGrade(13, 26, 'en')).toBeCloseTo(13.08, 2); // words/flesch-kincaid vector
    expect(sentenceGrade(0, 0, 'en')).toBeNull();
    for (const lang of ['ru', 'fr', 'es', 'de'] as LanguageCode[]) {
      const g = sentenceGrade(25, 50, lang);
      expect(g).not.toBeNull();
      expect(g!).toBeGreaterThanOrEqual(0);
    }
  });
  it("Hemingway's bands: hard from 10, very hard from 14", () => {
    expect(difficultyOf(9.99)).toBe('ok');
    expect(difficultyOf(10)).toBe('hard');
    expect(difficultyOf(13.9)).toBe('hard');
    expect(difficultyOf(14)).toBe('very-hard');
    expect(difficultyOf(null)).toBe('ok');
  });
});

describe('READABILITY_FORMULAS', () => {
  it("lists every formula field of the report's readability, once, and nothing else", () => {
    const notFormulas = ['adaptations', 'grade', 'readingAge', 'tooShort', 'gradeFormula'];
    const fields = Object.keys(ReadabilitySchema.shape).filter((k) => !notFormulas.includes(k));
    expect([...READABILITY_FORMULAS].sort()).toEqual(fields.sort());
    expect(new Set(READABILITY_FORMULAS).size).toBe(READABILITY_FORMULAS.length);
  });
});
