/**
 * Readability formulas as pure functions of counts, with the constants of their publications.
 *
 * Every function takes plain numbers and returns `null` when a denominator is zero, so no caller
 * ever sees NaN or Infinity. Notation in the comments: ASL = words / sentences (average sentence
 * length), ASW = syllables / words (average syllables per word).
 *
 * Peer vectors that check this arithmetic: shared/eval/readability/wooorm_formula_vectors.json
 * (words/* packages), ruts_russian_test_vectors.json (ruTS), textstat_0.7.11_*.json (textstat).
 */

function ratio(a: number, b: number): number | null {
  return b > 0 && Number.isFinite(a) && Number.isFinite(b) ? a / b : null;
}

function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/** Constants of a Flesch-style ease formula: base − sentence·ASL − syllable·ASW. */
export interface FleschConstants {
  base: number;
  sentence: number;
  syllable: number;
  /** Who adapted it, and where. */
  source: string;
}

/**
 * Flesch Reading Ease and its language adaptations (base / ASL weight / ASW weight).
 * The ASW weight is the per-100-words coefficient × 100 ("0.6 × syllables per 100 words" = 60·ASW).
 */
export const FLESCH_CONSTANTS = {
  /** Flesch, R. (1948). A new readability yardstick. J. Applied Psychology 32(3), 221–233. */
  en: { base: 206.835, sentence: 1.015, syllable: 84.6, source: 'Flesch 1948' },
  /** Oborneva, I. V. (2006). Автоматизированная оценка сложности учебных текстов на основе статистических параметров (dissertation), Russian adaptation. */
  ru: { base: 206.835, sentence: 1.3, syllable: 60.1, source: 'Oborneva 2006' },
  /** Kandel, L. & Moles, A. (1958). Application de l'indice de Flesch à la langue française. Cahiers Études de Radio-Télévision 19, 253–274. */
  fr: { base: 207, sentence: 1.015, syllable: 73.6, source: 'Kandel & Moles 1958' },
  /** Fernández Huerta, J. (1959). Medidas sencillas de lecturabilidad. Consigna 214, 29–32 (ASL form, as corrected by Law 2011 and used by textstat). */
  es: { base: 206.84, sentence: 1.02, syllable: 60, source: 'Fernández Huerta 1959' },
  /** Amstad, T. (1978). Wie verständlich sind unsere Zeitungen? (dissertation, Zürich). */
  de: { base: 180, sentence: 1, syllable: 58.5, source: 'Amstad 1978' },
  /** Franchina, V. & Vacca, R. (1986). Adaptation of Flesch readability index on a bilingual text. Linguaggi 3, 47–49. Data only: Italian is not analysed. */
  it: { base: 217, sentence: 1.3, syllable: 60, source: 'Franchina & Vacca 1986' },
  /** Douma, W. H. (1960). De leesbaarheid van landbouwbladen. Data only: Dutch is not analysed. */
  nl: { base: 206.835, sentence: 0.93, syllable: 77, source: 'Douma 1960' },
} as const satisfies Record<string, FleschConstants>;

/** Flesch-style reading ease: base − sentence·ASL − syllable·ASW (higher = easier). */
export function fleschEase(
  words: number,
  sentences: number,
  syllables: number,
  k: FleschConstants = FLESCH_CONSTANTS.en,
): number | null {
  const asl = ratio(words, sentences);
  const asw = ratio(syllables, words);
  if (asl === null || asw === null) return null;
  return finite(k.base - k.sentence * asl - k.syllable * asw);
}

/** Flesch Reading Ease, English: 206.835 − 1.015·ASL − 84.6·ASW (Flesch 1948). */
export function fleschReadingEase(words: number, sentences: number, syllables: number): number | null {
  return fleschEase(words, sentences, syllables, FLESCH_CONSTANTS.en);
}

/**
 * Flesch–Kincaid Grade Level: 0.39·ASL + 11.8·ASW − 15.59.
 * Kincaid, J. P., Fishburne, R. P., Rogers, R. L. & Chissom, B. S. (1975). Derivation of new
 * readability formulas for Navy enlisted personnel. Research Branch Report 8-75.
 */
export function fleschKincaidGrade(words: number, sentences: number, syllables: number): number | null {
  const asl = ratio(words, sentences);
  const asw = ratio(syllables, words);
  if (asl === null || asw === null) return null;
  return finite(0.39 * asl + 11.8 * asw - 15.59);
}

/**
 * Gunning Fog index: 0.4·(ASL + 100·complex / words).
 * Gunning, R. (1952). The Technique of Clear Writing. McGraw-Hill. "Complex words" have three or
 * more syllables, not counting proper nouns, easy compounds and -es/-ed/-ing forms.
 */
export function gunningFog(words: number, sentences: number, complexWords: number): number | null {
  const asl = ratio(words, sentences);
  const pc = ratio(100 * complexWords, words);
  if (asl === null || pc === null) return null;
  return finite(0.4 * (asl + pc));
}

/**
 * SMOG grade, normalised to 30 sentences: 1.043·√(polysyllables·30 / sentences) + 3.1291.
 * McLaughlin, G. H. (1969). SMOG grading — a new readability formula. J. Reading 12(8), 639–646
 * (regression form; as in words/smog-formula and textstat).
 */
export function smog(polysyllables: number, sentences: number): number | null {
  const per30 = ratio(polysyllables * 30, sentences);
  if (per30 === null) return null;
  return finite(1.043 * Math.sqrt(per30) + 3.1291);
}

/**
 * SMOG grade without normalisation: 1.043·√polysyllables + 3.1291, for a sample that is already
 * McLaughlin's 30 sentences (McLaughlin 1969).
 */
export function smogUnnormalised(polysyllables: number): number | null {
  if (!(polysyllables >= 0)) return null;
  return finite(1.043 * Math.sqrt(polysyllables) + 3.1291);
}

/**
 * Coleman–Liau index: 0.0588·L − 0.296·S − 15.8, L = letters per 100 words, S = sentences per
 * 100 words. Coleman, M. & Liau, T. L. (1975). A computer readability formula designed for
 * machine scoring. J. Applied Psychology 60(2), 283–284. (textstat 0.7.11 uses 0.058 and rounds L
 * and S to two decimals; we keep the published constant.)
 */
export function colemanLiau(words: number, sentences: number, letters: number): number | null {
  const l = ratio(100 * letters, words);
  const s = ratio(100 * sentences, words);
  if (l === null || s === null) return null;
  return finite(0.0588 * l - 0.296 * s - 15.8);
}

/**
 * Automated Readability Index: 4.71·(characters / words) + 0.5·ASL − 21.43.
 * Smith, E. A. & Senter, R. J. (1967). Automated readability index. AMRL-TR-66-220.
 */
export function automatedReadabilityIndex(words: number, sentences: number, characters: number): number | null {
  const cpw = ratio(characters, words);
  const asl = ratio(words, sentences);
  if (cpw === null || asl === null) return null;
  return finite(4.71 * cpw + 0.5 * asl - 21.43);
}

/**
 * LIX (läsbarhetsindex): ASL + 100·longWords / words, long = more than six letters.
 * Björnsson, C. H. (1968). Läsbarhet. Stockholm: Liber.
 */
export function lix(words: number, sentences: number, longWords: number): number | null {
  const asl = ratio(words, sentences);
  const pl = ratio(100 * longWords, words);
  if (asl === null || pl === null) return null;
  return finite(asl + pl);
}

/**
 * RIX: long words (more than six letters) per sentence.
 * Anderson, J. (1983). Lix and Rix: variations on a little-known readability index. J. Reading 26(6), 490–496.
 */
export function rix(sentences: number, longWords: number): number | null {
  return ratio(longWords, sentences);
}

/**
 * McAlpine EFLAW: (words + mini-words) / sentences, mini-words having at most three characters.
 * McAlpine, R. (2006). From plain English to global English (the EFLAW readability score; ≤ 20
 * very easy, 21–25 quite easy, 26–29 a little difficult, ≥ 30 very confusing for learners).
 */
export function mcalpineEflaw(words: number, sentences: number, miniWords: number): number | null {
  return ratio(words + miniWords, sentences);
}

/**
 * New Dale–Chall raw score: 0.1579·PDW + 0.0496·ASL, + 3.6365 when PDW > 5 %, PDW = percent of
 * words not on the Dale–Chall list. Dale, E. & Chall, J. S. (1948). A formula for predicting
 * readability. Educational Research Bulletin 27, 11–20, 37–54; constants as in words/dale-chall-formula.
 */
export function daleChall(words: number, sentences: number, difficultWords: number): number | null {
  const pdw = ratio(100 * difficultWords, words);
  const asl = ratio(words, sentences);
  if (pdw === null || asl === null) return null;
  return finite(0.1579 * pdw + 0.0496 * asl + (pdw > 5 ? 3.6365 : 0));
}

/**
 * The grade range of a Dale–Chall score (Chall & Dale 1995 table): < 5 → grades 0–4, < 6 → 5–6,
 * < 7 → 7–8, < 8 → 9–10, < 9 → 11–12, < 10 → 13–15 (college), else 16 and above (upper bound
 * Infinity, as in words/dale-chall-formula).
 */
export function daleChallGradeLevel(score: number): [number, number] {
  if (score < 5) return [0, 4];
  if (score < 6) return [5, 6];
  if (score < 7) return [7, 8];
  if (score < 8) return [9, 10];
  if (score < 9) return [11, 12];
  if (score < 10) return [13, 15];
  return [16, Number.POSITIVE_INFINITY];
}

/**
 * Revised Spache formula: 0.121·ASL + 0.082·(percent unfamiliar words) + 0.659.
 * Spache, G. (1953). A new readability formula for primary-grade reading materials. Elementary
 * School Journal 53(7), 410–413; revised constants (1974) as in words/spache-formula.
 */
export function spache(words: number, sentences: number, unfamiliarWords: number): number | null {
  const asl = ratio(words, sentences);
  const pu = ratio(100 * unfamiliarWords, words);
  if (asl === null || pu === null) return null;
  return finite(0.121 * asl + 0.082 * pu + 0.659);
}

// --- Russian: the constants of ruTS (github.com/SergeyShk/ruTS, ruts/readability_stats.py) ---

/** Russian Flesch–Kincaid grade (ruTS): 0.49·ASL + 7.3·ASW − 16.59. */
export function fleschKincaidGradeRu(words: number, sentences: number, syllables: number): number | null {
  const asl = ratio(words, sentences);
  const asw = ratio(syllables, words);
  if (asl === null || asw === null) return null;
  return finite(0.49 * asl + 7.3 * asw - 16.59);
}

/** Russian Flesch Reading Ease (Oborneva 2006; ruTS): 206.835 − 1.3·ASL − 60.1·ASW. */
export function fleschReadingEaseRu(words: number, sentences: number, syllables: number): number | null {
  return fleschEase(words, sentences, syllables, FLESCH_CONSTANTS.ru);
}

/** Russian Coleman–Liau (ruTS): 0.055·L − 0.35·S − 20.33, L/S per 100 words. */
export function colemanLiauRu(words: number, sentences: number, letters: number): number | null {
  const l = ratio(100 * letters, words);
  const s = ratio(100 * sentences, words);
  if (l === null || s === null) return null;
  return finite(0.055 * l - 0.35 * s - 20.33);
}

/** Russian SMOG (ruTS): 1.1·√(64.6·complex / sentences) + 0.05, complex = 4+ syllables in ruTS. */
export function smogRu(complexWords: number, sentences: number): number | null {
  const per = ratio(64.6 * complexWords, sentences);
  if (per === null) return null;
  return finite(1.1 * Math.sqrt(per) + 0.05);
}

/** Russian Automated Readability Index (ruTS): 6.26·(letters / words) + 0.2805·ASL − 31.04. */
export function automatedReadabilityIndexRu(words: number, sentences: number, letters: number): number | null {
  const lpw = ratio(letters, words);
  const asl = ratio(words, sentences);
  if (lpw === null || asl === null) return null;
  return finite(6.26 * lpw + 0.2805 * asl - 31.04);
}

// --- Spanish ---

/**
 * Fernández Huerta (1959) as used today (Law 2011; textstat): 206.84 − 0.60·P − 1.02·ASL,
 * P = syllables per 100 words.
 */
export function fernandezHuerta(words: number, sentences: number, syllables: number): number | null {
  return fleschEase(words, sentences, syllables, FLESCH_CONSTANTS.es);
}

/**
 * Fernández Huerta (1959) exactly as printed: 206.84 − 0.60·P − 1.02·F, with F = sentences per
 * 100 words (P = syllables per 100 words). Law, G. (2011), "Error in the Fernandez Huerta
 * readability formula", LING-LIST, showed that F should have been words per sentence; kept for
 * comparison with tools that use the printed form.
 */
export function fernandezHuertaAsPublished(words: number, sentences: number, syllables: number): number | null {
  const p = ratio(100 * syllables, words);
  const f = ratio(100 * sentences, words);
  if (p === null || f === null) return null;
  return finite(206.84 - 0.6 * p - 1.02 * f);
}

/**
 * Szigriszt-Pazos perspicuity (Índice de perspicuidad): 206.835 − 62.3·ASW − ASL.
 * Szigriszt Pazos, F. (1993). Sistemas predictivos de legibilidad del mensaje escrito: fórmula de
 * perspicuidad (dissertation, Universidad Complutense de Madrid).
 */
export function szigrisztPazos(words: number, sentences: number, syllables: number): number | null {
  const asl = ratio(words, sentences);
  const asw = ratio(syllables, words);
  if (asl === null || asw === null) return null;
  return finite(206.835 - 62.3 * asw - asl);
}

/**
 * Gutiérrez de Polini comprehensibility: 95.2 − 9.7·(letters / words) − 0.35·ASL.
 * Gutiérrez de Polini, L. E. (1972). Investigación sobre lectura en Venezuela. Primeras Jornadas
 * de Educación Primaria, Caracas.
 */
export function gutierrezPolini(words: number, sentences: number, letters: number): number | null {
  const lpw = ratio(letters, words);
  const asl = ratio(words, sentences);
  if (lpw === null || asl === null) return null;
  return finite(95.2 - 9.7 * lpw - 0.35 * asl);
}

/**
 * Crawford grade (years of schooling) for Spanish: −0.205·OP + 0.049·SP − 3.407, OP = sentences
 * per 100 words, SP = syllables per 100 words. Crawford, A. N. (1989). A Spanish language Fry-type
 * readability procedure. Bilingual Education Paper Series 7(8), CSU Los Angeles.
 */
export function crawford(words: number, sentences: number, syllables: number): number | null {
  const op = ratio(100 * sentences, words);
  const sp = ratio(100 * syllables, words);
  if (op === null || sp === null) return null;
  return finite(-0.205 * op + 0.049 * sp - 3.407);
}

// --- German ---

/** Amstad's German Flesch (1978): 180 − ASL − 58.5·ASW. */
export function fleschAmstad(words: number, sentences: number, syllables: number): number | null {
  return fleschEase(words, sentences, syllables, FLESCH_CONSTANTS.de);
}

/** Inputs of the Wiener Sachtextformel. */
export interface WienerCounts {
  words: number;
  sentences: number;
  /** Words of three or more syllables (MS as a percentage of words). */
  polysyllables: number;
  /** Words of more than six letters (IW as a percentage). */
  longWords: number;
  /** Words of one syllable (ES as a percentage). */
  monosyllables: number;
}

/**
 * Wiener Sachtextformel, variants 1–4 (a school grade, about 4 = easy to 15 = very hard).
 * Bamberger, R. & Vanecek, E. (1984). Lesen – Verstehen – Lernen – Schreiben. Wien: Jugend und Volk.
 *   1: 0.1935·MS + 0.1672·SL + 0.1297·IW − 0.0327·ES − 0.875
 *   2: 0.2007·MS + 0.1682·SL + 0.1373·IW − 2.779
 *   3: 0.2963·MS + 0.1905·SL − 1.1144
 *   4: 0.2744·MS + 0.2656·SL − 1.693
 * MS = % words of 3+ syllables, SL = ASL, IW = % words of more than six letters, ES = % words of one syllable.
 */
export function wienerSachtextformel(c: WienerCounts, variant: 1 | 2 | 3 | 4 = 1): number | null {
  const sl = ratio(c.words, c.sentences);
  const ms = ratio(100 * c.polysyllables, c.words);
  const iw = ratio(100 * c.longWords, c.words);
  const es = ratio(100 * c.monosyllables, c.words);
  if (sl === null || ms === null || iw === null || es === null) return null;
  switch (variant) {
    case 1:
      return finite(0.1935 * ms + 0.1672 * sl + 0.1297 * iw - 0.0327 * es - 0.875);
    case 2:
      return finite(0.2007 * ms + 0.1682 * sl + 0.1373 * iw - 2.779);
    case 3:
      return finite(0.2963 * ms + 0.1905 * sl - 1.1144);
    case 4:
      return finite(0.2744 * ms + 0.2656 * sl - 1.693);
  }
}

/**
 * SMOG-D for German: √(polysyllables·30 / sentences) − 2 (Bamberger & Vanecek 1984).
 */
export function smogD(polysyllables: number, sentences: number): number | null {
  const per30 = ratio(polysyllables * 30, sentences);
  if (per30 === null) return null;
  return finite(Math.sqrt(per30) - 2);
}

// --- French ---

/** Kandel & Moles (1958) French Flesch: 207 − 1.015·ASL − 73.6·ASW. */
export function kandelMoles(words: number, sentences: number, syllables: number): number | null {
  return fleschEase(words, sentences, syllables, FLESCH_CONSTANTS.fr);
}

/**
 * A US grade for a Flesch-style ease score, interpolated in Flesch's own table (Flesch 1949,
 * "The Art of Readable Writing": 90–100 very easy = grade 5, 80–90 easy = 6, 70–80 fairly easy =
 * 7, 60–70 standard = 8–9, 50–60 fairly difficult = 10–12, 30–50 difficult = 13–16, 0–30 very
 * difficult = college graduate). Anchors: 100→4, 90→5, 80→6, 70→7, 60→8, 50→10, 30→13, 0→17,
 * extended linearly beyond both ends and clamped to grades 0–22.
 */
export function fleschScoreToGrade(score: number | null): number | null {
  if (score === null || !Number.isFinite(score)) return null;
  const anchors: [number, number][] = [
    [100, 4],
    [90, 5],
    [80, 6],
    [70, 7],
    [60, 8],
    [50, 10],
    [30, 13],
    [0, 17],
  ];
  let grade: number;
  if (score >= 100) grade = 4 - (score - 100) / 10;
  else if (score <= 0) grade = 17 - (score * 4) / 30;
  else {
    grade = 17;
    for (let i = 0; i < anchors.length - 1; i++) {
      const [s1, g1] = anchors[i]!;
      const [s2, g2] = anchors[i + 1]!;
      if (score <= s1 && score >= s2) {
        grade = g1 + ((s1 - score) * (g2 - g1)) / (s1 - s2);
        break;
      }
    }
  }
  return Math.min(22, Math.max(0, grade));
}
