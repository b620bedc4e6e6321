/**
 * Readability of a text from its counts: every formula that fits the language, with the
 * constants of its published adaptation (see `formulas.ts` for each source).
 *
 * Which formula fills which field, by language:
 * | field                   | en                  | ru (ruTS constants)  | fr            | es                 | de                 |
 * |-------------------------|---------------------|----------------------|---------------|--------------------|--------------------|
 * | fleschReadingEase       | Flesch 1948         | Oborneva 2006        | Kandel–Moles  | Fernández Huerta   | Amstad 1978        |
 * | fleschKincaidGrade      | Kincaid et al. 1975 | ruTS                 | –             | –                  | –                  |
 * | gunningFog              | Gunning 1952        | –                    | –             | –                  | –                  |
 * | smog                    | McLaughlin 1969     | ruTS                 | –             | –                  | –                  |
 * | colemanLiau             | Coleman–Liau 1975   | ruTS                 | –             | –                  | –                  |
 * | automatedReadabilityIndex | Smith–Senter 1967 | ruTS                 | –             | –                  | –                  |
 * | lix, rix                | all languages (Björnsson 1968 built LIX to work across languages)                                 |
 * | mcalpineEflaw           | McAlpine 2006       | –                    | –             | –                  | –                  |
 * | daleChall               | New Dale–Chall      | –                    | –             | –                  | –                  |
 * | grade (gradeFormula)    | FKGL                | ruTS FKGL            | Kandel–Moles → Flesch's grade table | Crawford 1989 | Wiener Sachtextformel 1 |
 *
 * `adaptations` holds the language's formulas by id: en `spache` (Dale–Chall difficult words as
 * Spache's unfamiliar words, as textstat does); ru `fleschOborneva`, `fleschKincaidRu`,
 * `colemanLiauRu`, `smogRu`, `automatedReadabilityIndexRu`; fr `kandelMoles`, `kandelMolesGrade`;
 * es `fernandezHuerta`, `fernandezHuertaAsPublished`, `szigrisztPazos`, `gutierrezPolini`,
 * `crawford`; de `fleschAmstad`, `wienerSachtextformel1`…`4`, `smogD`.
 *
 * Guards: with no word or no sentence every score is null (never NaN or Infinity). SMOG needs at
 * least three sentences (textstat returns 0 below that; McLaughlin sampled 30): null otherwise.
 *
 * `tooShort` is true under 100 words or under 3 sentences. Flesch (1949) and Dale–Chall sample 100
 * words; below three sentences SMOG is undefined and sentence length is one sentence's whim.
 *
 * `grade` is clamped to 0–22 and `readingAge` = grade + 5 (a US grade-1 pupil is about six, so
 * GOV.UK's reading age 9 is about grade 4), giving ages 5–27.
 */
import type { Counts, LanguageCode, Readability } from '../schema.js';
import * as f from './formulas.js';

export * from './formulas.js';

/** Hemingway Editor's bands: hard from grade 10, very hard from grade 14. */
export const HARD_GRADE = 10;
export const VERY_HARD_GRADE = 14;
/** Fewer words or sentences than this and the scores are flagged `tooShort`. */
export const MIN_WORDS = 100;
export const MIN_SENTENCES = 3;
export const MAX_GRADE = 22;

export type Difficulty = 'ok' | 'hard' | 'very-hard';

/** Hemingway's per-sentence bands (hemingwayapp.com: "hard to read" ≥ grade 10, "very hard" ≥ 14). */
export function difficultyOf(grade: number | null): Difficulty {
  if (grade === null || !Number.isFinite(grade)) return 'ok';
  if (grade >= VERY_HARD_GRADE) return 'very-hard';
  if (grade >= HARD_GRADE) return 'hard';
  return 'ok';
}

/** The formula that gives each language's `grade`. */
export const GRADE_FORMULA: Record<LanguageCode, string> = {
  en: 'fleschKincaidGrade',
  ru: 'fleschKincaidRu',
  fr: 'kandelMolesGrade',
  es: 'crawford',
  de: 'wienerSachtextformel1',
};

function clampGrade(g: number | null): number | null {
  if (g === null || !Number.isFinite(g)) return null;
  return Math.min(MAX_GRADE, Math.max(0, g));
}

/**
 * Grade of one sentence from its words and syllables: FKGL (en), ruTS FKGL (ru), Crawford (es),
 * and for fr and de their Flesch adaptation (Kandel–Moles, Amstad) read through Flesch's grade
 * table, since the Wiener Sachtextformel needs counts a sentence alone does not carry.
 * Null for a sentence without words. Clamped to 0–22.
 */
export function sentenceGrade(words: number, syllables: number, language: LanguageCode): number | null {
  if (!(words > 0)) return null;
  switch (language) {
    case 'en':
      return clampGrade(f.fleschKincaidGrade(words, 1, syllables));
    case 'ru':
      return clampGrade(f.fleschKincaidGradeRu(words, 1, syllables));
    case 'es':
      return clampGrade(f.crawford(words, 1, syllables));
    case 'fr':
      return clampGrade(f.fleschScoreToGrade(f.kandelMoles(words, 1, syllables)));
    case 'de':
      return clampGrade(f.fleschScoreToGrade(f.fleschAmstad(words, 1, syllables)));
    default:
      return null;
  }
}

function put(target: Record<string, number>, id: string, value: number | null): void {
  if (value !== null && Number.isFinite(value)) target[id] = value;
}

/** A readability result with every figure null (what an unsupported language or an empty text gets). */
export function emptyReadability(tooShort = true): Readability {
  return {
    fleschReadingEase: null,
    fleschKincaidGrade: null,
    gunningFog: null,
    smog: null,
    colemanLiau: null,
    automatedReadabilityIndex: null,
    lix: null,
    rix: null,
    mcalpineEflaw: null,
    daleChall: null,
    adaptations: {},
    grade: null,
    readingAge: null,
    tooShort,
    gradeFormula: null,
  };
}

export function computeReadability(counts: Counts, language: LanguageCode): Readability {
  const { words, sentences, syllables } = counts;
  const tooShort = words < MIN_WORDS || sentences < MIN_SENTENCES;
  const empty = emptyReadability(tooShort);
  if (!(words > 0) || !(sentences > 0)) return empty;

  const r: Readability = { ...empty, adaptations: {} };
  const a = r.adaptations;
  const smogOk = sentences >= MIN_SENTENCES;
  r.lix = f.lix(words, sentences, counts.longWords);
  r.rix = f.rix(sentences, counts.longWords);
  let grade: number | null = null;

  switch (language) {
    case 'en': {
      r.fleschReadingEase = f.fleschReadingEase(words, sentences, syllables);
      r.fleschKincaidGrade = f.fleschKincaidGrade(words, sentences, syllables);
      r.gunningFog = f.gunningFog(words, sentences, counts.complexWords);
      r.smog = smogOk ? f.smog(counts.polysyllables, sentences) : null;
      r.colemanLiau = f.colemanLiau(words, sentences, counts.letters);
      r.automatedReadabilityIndex = f.automatedReadabilityIndex(words, sentences, counts.letters);
      r.mcalpineEflaw = f.mcalpineEflaw(words, sentences, counts.miniWords);
      r.daleChall = f.daleChall(words, sentences, counts.difficultWords);
      put(a, 'spache', f.spache(words, sentences, counts.difficultWords));
      grade = r.fleschKincaidGrade;
      break;
    }
    case 'ru': {
      r.fleschReadingEase = f.fleschReadingEaseRu(words, sentences, syllables);
      r.fleschKincaidGrade = f.fleschKincaidGradeRu(words, sentences, syllables);
      r.smog = smogOk ? f.smogRu(counts.complexWords, sentences) : null;
      r.colemanLiau = f.colemanLiauRu(words, sentences, counts.letters);
      r.automatedReadabilityIndex = f.automatedReadabilityIndexRu(words, sentences, counts.letters);
      put(a, 'fleschOborneva', r.fleschReadingEase);
      put(a, 'fleschKincaidRu', r.fleschKincaidGrade);
      put(a, 'smogRu', r.smog);
      put(a, 'colemanLiauRu', r.colemanLiau);
      put(a, 'automatedReadabilityIndexRu', r.automatedReadabilityIndex);
      grade = r.fleschKincaidGrade;
      break;
    }
    case 'fr': {
      r.fleschReadingEase = f.kandelMoles(words, sentences, syllables);
      put(a, 'kandelMoles', r.fleschReadingEase);
      grade = f.fleschScoreToGrade(r.fleschReadingEase);
      put(a, 'kandelMolesGrade', grade);
      break;
    }
    case 'es': {
      r.fleschReadingEase = f.fernandezHuerta(words, sentences, syllables);
      put(a, 'fernandezHuerta', r.fleschReadingEase);
      put(a, 'fernandezHuertaAsPublished', f.fernandezHuertaAsPublished(words, sentences, syllables));
      put(a, 'szigrisztPazos', f.szigrisztPazos(words, sentences, syllables));
      put(a, 'gutierrezPolini', f.gutierrezPolini(words, sentences, counts.letters));
      grade = f.crawford(words, sentences, syllables);
      put(a, 'crawford', grade);
      break;
    }
    case 'de': {
      r.fleschReadingEase = f.fleschAmstad(words, sentences, syllables);
      put(a, 'fleschAmstad', r.fleschReadingEase);
      const wc: f.WienerCounts = {
        words,
        sentences,
        polysyllables: counts.polysyllables,
        longWords: counts.longWords,
        monosyllables: counts.monosyllables,
      };
      for (const v of [1, 2, 3, 4] as const) put(a, `wienerSachtextformel${v}`, f.wienerSachtextformel(wc, v));
      if (smogOk) put(a, 'smogD', f.smogD(counts.polysyllables, sentences));
      grade = f.wienerSachtextformel(wc, 1);
      break;
    }
  }

  r.grade = clampGrade(grade);
  r.gradeFormula = r.grade === null ? null : GRADE_FORMULA[language];
  r.readingAge = r.grade === null ? null : r.grade + 5;
  return r;
}
