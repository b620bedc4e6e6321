/**
 * Formula arithmetic against peer vectors:
 * - shared/eval/readability/wooorm_formula_vectors.json (18 cases from the words/* packages)
 * - shared/eval/readability/ruts_russian_test_vectors.json (6 Russian scores from ruTS counts)
 * - shared/eval/readability/textstat_0.7.11_local_outputs.json (textstat's own counts → its scores)
 * - shared/eval/readability/textstat_0.7.4_test_vectors.json (McAlpine EFLAW 30.8 on LONG_TEXT)
 */
import { readFileSync } from 'node:fs';
import { vectorPath } from '../../../scripts/eval/corpus.js';
import { describe, expect, it } from 'vitest';
import * as f from '../src/readability/formulas.js';

/** Peer vectors, kept in test/fixtures/vectors (copies of the evaluation material's, MIT; see its README). */
const load = <T>(p: string): T => JSON.parse(readFileSync(vectorPath(p.replace(/^.*\//, '')), 'utf8')) as T;

interface WooormCase {
  package: string;
  fn: string;
  input: Record<string, number>;
  expected: number | [number, number | string];
}

/** Maps a words/* test case to our function: the packages' input names → our arguments. */
function wooormValue(c: WooormCase): number | [number, number] | null {
  const i = c.input;
  const word = i['word'] ?? 0;
  const sentence = i['sentence'] ?? 0;
  const syllable = i['syllable'] ?? 0;
  switch (c.fn) {
    case 'flesch':
      return f.fleschReadingEase(word, sentence, syllable);
    case 'fleschKincaid':
      return f.fleschKincaidGrade(word, sentence, syllable);
    case 'gunningFog':
      return f.gunningFog(word, sentence, i['complexPolysillabicWord'] ?? 0);
    case 'smogFormula':
      return f.smog(i['polysillabicWord'] ?? 0, sentence);
    case 'colemanLiau':
      return f.colemanLiau(word, sentence, i['letter'] ?? 0);
    case 'automatedReadability':
      return f.automatedReadabilityIndex(word, sentence, i['character'] ?? 0);
    case 'daleChallFormula':
      return f.daleChall(word, sentence, i['difficultWord'] ?? 0);
    case 'daleChallGradeLevel(daleChallFormula(input))':
      return f.daleChallGradeLevel(f.daleChall(word, sentence, i['difficultWord'] ?? 0)!);
    case 'spacheFormula':
      return f.spache(word, sentence, i['unfamiliarWord'] ?? 0);
    default:
      throw new Error(`unmapped wooorm function ${c.fn}`);
  }
}

describe('wooorm_formula_vectors.json (words/* packages)', () => {
  const { cases } = load<{ cases: WooormCase[] }>('wooorm_formula_vectors.json');
  it('has the 18 cases', () => expect(cases).toHaveLength(18));
  for (const c of cases) {
    it(`${c.package} ${JSON.stringify(c.input)} → ${JSON.stringify(c.expected)}`, () => {
      const got = wooormValue(c);
      if (Array.isArray(c.expected)) {
        const [lo, hi] = c.expected;
        expect(got).toEqual([lo, hi === 'Infinity' ? Number.POSITIVE_INFINITY : hi]);
      } else {
        expect(got).not.toBeNull();
        expect(Math.abs((got as number) - c.expected)).toBeLessThan(0.01);
      }
    });
  }
});

describe('ruts_russian_test_vectors.json (ruTS Russian constants)', () => {
  const v = load<{
    expected_readability: Record<string, { approx: number }>;
    expected_basic_stats_normalize_True: Record<string, number>;
  }>('ruts_russian_test_vectors.json');
  const s = v.expected_basic_stats_normalize_True;
  const W = s['n_words']!;
  const S = s['n_sents']!;
  const Syl = s['n_syllables']!;
  const L = s['n_letters']!;
  const complex = s['n_complex_words']!;
  const long = s['n_long_words']!;
  const ours: Record<string, number | null> = {
    flesch_kincaid_grade: f.fleschKincaidGradeRu(W, S, Syl),
    flesch_reading_easy: f.fleschReadingEaseRu(W, S, Syl),
    coleman_liau_index: f.colemanLiauRu(W, S, L),
    smog_index: f.smogRu(complex, S),
    automated_readability_index: f.automatedReadabilityIndexRu(W, S, L),
    // ruTS counts long words as >= 6 letters; LIX takes whatever long-word count it is given.
    lix: f.lix(W, S, long),
  };
  it('covers the six expected scores', () =>
    expect(Object.keys(v.expected_readability).sort()).toEqual(Object.keys(ours).sort()));
  for (const [id, exp] of Object.entries(v.expected_readability)) {
    it(`${id} = ${exp.approx}`, () => {
      expect(Math.abs(ours[id]! - exp.approx)).toBeLessThan(0.01);
    });
  }
  it('Oborneva constants are 206.835 / 1.3 / 60.1', () => {
    expect(f.FLESCH_CONSTANTS.ru).toMatchObject({ base: 206.835, sentence: 1.3, syllable: 60.1 });
  });
});

describe('textstat 0.7.11: its own counts reproduce its scores (textstat_0.7.11_local_outputs.json)', () => {
  const { items } = load<{ items: { id: string; lang: string; outputs: Record<string, number | string> }[] }>(
    'textstat_0.7.11_local_outputs.json',
  );
  const consts: Record<string, f.FleschConstants> = {
    en_US: f.FLESCH_CONSTANTS.en,
    ru_RU: f.FLESCH_CONSTANTS.ru,
    de_DE: f.FLESCH_CONSTANTS.de,
    es_ES: f.FLESCH_CONSTANTS.es,
    fr_FR: f.FLESCH_CONSTANTS.fr,
    it_IT: f.FLESCH_CONSTANTS.it,
  };
  const num = (o: Record<string, number | string>, k: string): number => Number(o[k]);
  it('covers every item with counts', () => expect(items.length).toBeGreaterThan(100));
  for (const item of items) {
    const o = item.outputs;
    const W = num(o, 'count_words(rm_punctuation=True)');
    const S = num(o, 'count_sentences');
    const Syl = num(o, 'count_syllables');
    const poly = num(o, 'count_polysyllable_words');
    const long = num(o, 'count_long_words(>6 chars)');
    const L = num(o, 'count_letters');
    it(`${item.id} (${item.lang})`, () => {
      const k = consts[item.lang];
      if (k) expect(f.fleschEase(W, S, Syl, k)).toBeCloseTo(num(o, 'flesch_reading_ease'), 6);
      expect(f.fleschKincaidGrade(W, S, Syl)).toBeCloseTo(num(o, 'flesch_kincaid_grade'), 6);
      expect(f.smog(poly, S)).toBeCloseTo(num(o, 'smog_index'), 6);
      expect(f.lix(W, S, long)).toBeCloseTo(num(o, 'lix'), 6);
      expect(f.rix(S, long)).toBeCloseTo(num(o, 'rix'), 6);
      if ('fernandez_huerta' in o) expect(f.fernandezHuerta(W, S, Syl)).toBeCloseTo(num(o, 'fernandez_huerta'), 6);
      if ('gutierrez_polini' in o) expect(f.gutierrezPolini(W, S, L)).toBeCloseTo(num(o, 'gutierrez_polini'), 6);
      if ('crawford' in o) expect(f.crawford(W, S, Syl)).toBeCloseTo(num(o, 'crawford'), 6);
      // textstat 0.7.11 uses 206.84 where Szigriszt-Pazos (1993) printed 206.835: exactly 0.005 apart.
      if ('szigriszt_pazos' in o)
        expect(f.szigrisztPazos(W, S, Syl)! + 0.005).toBeCloseTo(num(o, 'szigriszt_pazos'), 6);
      const wc = { words: W, sentences: S, polysyllables: poly, longWords: long, monosyllables: 0 };
      for (const v of [2, 3, 4] as const) {
        const key = `wiener_sachtextformel_v${v}`;
        if (key in o) expect(f.wienerSachtextformel(wc, v)).toBeCloseTo(num(o, key), 6);
      }
    });
  }
});

describe('textstat 0.7.4: McAlpine EFLAW on LONG_TEXT (textstat_0.7.4_test_vectors.json)', () => {
  it('(372 words + 151 mini-words) / 17 sentences rounds to 30.8', () => {
    // Counts from textstat_0.7.11_test_vectors.json: count_words 372, count_miniwords(max 3) 151, count_sentences 17.
    expect(Math.round(f.mcalpineEflaw(372, 17, 151)! * 10) / 10).toBe(30.8);
  });
});

describe('guards and other formulas', () => {
  it('returns null, never NaN or Infinity, on zero denominators', () => {
    const all = [
      f.fleschReadingEase(0, 0, 0),
      f.fleschKincaidGrade(10, 0, 12),
      f.gunningFog(0, 1, 0),
      f.smog(3, 0),
      f.colemanLiau(0, 1, 5),
      f.automatedReadabilityIndex(5, 0, 20),
      f.lix(0, 0, 0),
      f.rix(0, 4),
      f.mcalpineEflaw(5, 0, 2),
      f.daleChall(0, 0, 0),
      f.spache(0, 1, 0),
      f.crawford(0, 1, 0),
      f.wienerSachtextformel({ words: 0, sentences: 0, polysyllables: 0, longWords: 0, monosyllables: 0 }),
    ];
    for (const v of all) expect(v).toBeNull();
  });
  it('Kandel–Moles and Amstad use their published constants', () => {
    // 10 words, 1 sentence, 15 syllables
    expect(f.kandelMoles(10, 1, 15)).toBeCloseTo(207 - 1.015 * 10 - 73.6 * 1.5, 9);
    expect(f.fleschAmstad(10, 1, 15)).toBeCloseTo(180 - 10 - 58.5 * 1.5, 9);
    expect(f.fernandezHuertaAsPublished(100, 5, 200)).toBeCloseTo(206.84 - 0.6 * 200 - 1.02 * 5, 9);
  });
  it('SMOG without normalisation equals the normalised form at 30 sentences', () => {
    expect(f.smogUnnormalised(12)).toBeCloseTo(f.smog(12, 30)!, 9);
  });
  it("maps Flesch scores to grades along Flesch's table", () => {
    expect(f.fleschScoreToGrade(90)).toBe(5);
    expect(f.fleschScoreToGrade(65)).toBeCloseTo(7.5, 9);
    expect(f.fleschScoreToGrade(0)).toBe(17);
    expect(f.fleschScoreToGrade(-200)).toBe(22);
    expect(f.fleschScoreToGrade(150)).toBe(0);
    expect(f.fleschScoreToGrade(null)).toBeNull();
  });
});
