/**
 * countWords(). Vectors: shared/eval/readability/textstat_0.7.11_test_vectors.json (count_miniwords,
 * count_long_words, count_letters on short inline texts) and ruts_russian_test_vectors.json.
 */
import { readFileSync } from 'node:fs';
import { vectorPath } from '../../../scripts/eval/corpus.js';
import { describe, expect, it } from 'vitest';
import { countWords, isFamiliarEn } from '../src/counts.js';
import { tokenize } from '../src/text/tokenize.js';

describe('countWords', () => {
  it('counts words, letters, characters, syllables and word classes', () => {
    const c = countWords(tokenize("They're here, and they're there."), 'en');
    expect(c.words).toBe(5);
    expect(c.letters).toBe(24); // textstat count_letters
    expect(c.characters).toBe(26); // apostrophes included
    expect(c.miniWords).toBe(1); // textstat count_miniwords(max_size=3)
    expect(c.monosyllables).toBe(5);
    expect(c.polysyllables).toBe(0);
  });

  it('textstat 0.7.11 count_miniwords(max 3) on inline texts', () => {
    expect(countWords(tokenize('who is me man, I, ye rogue'), 'en').miniWords).toBe(6);
  });

  it('numbers count as words, one syllable each, never complex or difficult', () => {
    const c = countWords(tokenize('In 2022 we spent 3,438,373 dollars.'), 'en');
    expect(c.words).toBe(6);
    expect(c.syllables).toBe(1 + 1 + 1 + 1 + 1 + 2);
    expect(c.complexWords).toBe(0);
  });

  it("Gunning's complex words: not proper nouns, not made so by -es/-ed/-ing, not easy compounds", () => {
    const tokens = tokenize('Government officials created the Administration plan. Interesting well-being regulation');
    // sentence starts: "Government" (0) and "Interesting" (6)
    const c = countWords(tokens, 'en', new Set([0, 6]));
    // Government (3, sentence-initial) and officials (3) count; created (only by -ed) no; Administration
    // (proper, mid-sentence) no; Interesting (CMU 3; "interest" 2 + -ing) no; well-being (easy compound) no;
    // regulation (4) yes
    expect(c.polysyllables).toBe(7);
    expect(c.complexWords).toBe(3);
    // Without sentence starts capitalisation is not used: Administration counts too.
    expect(countWords(tokens, 'en').complexWords).toBe(4);
  });

  it('difficult words: Dale–Chall list with inflections; one-syllable words never', () => {
    expect(isFamiliarEn('puzzles')).toBe(true); // textstat counts it difficult: it checks the bare list only
    expect(isFamiliarEn('sunglasses')).toBe(false);
    expect(isFamiliarEn('playing')).toBe(true);
    expect(isFamiliarEn('houses')).toBe(true);
    expect(isFamiliarEn('babies')).toBe(true);
    expect(isFamiliarEn('happier')).toBe(true);
    const c = countWords(tokenize('The quick brown fox jumps over the lazy dog'), 'en');
    expect(c.difficultWords).toBe(0); // textstat list_difficult_words(threshold 2) = []
    const d = countWords(tokenize('Cool dogs wear da sunglasses.'), 'en');
    expect(d.difficultWords).toBe(1); // sunglasses
    expect(countWords(tokenize('Дом стоит'), 'ru').difficultWords).toBe(0);
  });

  it('long words have more than six letters', () => {
    const c = countWords(tokenize('abcdef abcdefg well-known'), 'en');
    expect(c.longWords).toBe(2); // abcdefg, wellknown (9 letters)
  });

  it('Russian complex words are words of 4+ syllables (ruTS); ruTS text counts', () => {
    const v = JSON.parse(readFileSync(vectorPath('ruts_russian_test_vectors.json'), 'utf8')) as {
      text: string;
      expected_basic_stats_normalize_True: Record<string, number>;
    };
    const s = v.expected_basic_stats_normalize_True;
    const c = countWords(tokenize(v.text), 'ru');
    expect(c.words).toBe(s['n_words']);
    expect(c.letters).toBe(s['n_letters']);
    expect(c.complexWords).toBe(s['n_complex_words']);
    expect(c.monosyllables).toBe(s['n_monosyllable_words']! + 2); // ruTS gives "в"-like words 0 syllables, we give 1
  });

  it('ignores punctuation tokens and handles an empty list', () => {
    expect(countWords(tokenize('— ! ?', 0, 5, true), 'en').words).toBe(0);
    expect(countWords([], 'fr')).toEqual({
      words: 0,
      syllables: 0,
      letters: 0,
      characters: 0,
      polysyllables: 0,
      monosyllables: 0,
      longWords: 0,
      complexWords: 0,
      miniWords: 0,
      difficultWords: 0,
    });
  });
});
