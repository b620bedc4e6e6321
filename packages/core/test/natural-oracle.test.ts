/**
 * Core's own Russian stemmer (src/morph/snowball-ru.ts) and Jaro–Winkler (src/text/jaro-winkler.ts)
 * against natural's, the reference oracle (natural is a devDependency of core only: its database
 * clients never reach a user's install).
 */
// oxlint-disable-next-line typescript/triple-slash-reference -- natural's deep modules have no types of their own
/// <reference path="./natural.d.ts" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import porterRu from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';
import naturalJaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { describe, expect, it } from 'vitest';
import { fixturePath, releaseBody } from '../../../scripts/eval/corpus.js';
import { snowballRu } from '../src/morph/snowball-ru.js';
import { jaroWinkler } from '../src/text/jaro-winkler.js';

function words(lang: 'en' | 'ru'): string[] {
  const dir = fixturePath('releases', lang);
  const out = new Set<string>();
  for (const f of readdirSync(dir))
    for (const m of releaseBody(readFileSync(join(dir, f), 'utf8')).matchAll(/\p{L}+/gu))
      out.add(lang === 'ru' ? m[0].toLowerCase().replace(/ё/g, 'е') : m[0]);
  return [...out].sort();
}

describe('Russian stemmer (Snowball) against natural', () => {
  const ru = words('ru').filter((w) => /^[а-я]+$/.test(w));

  it('agrees with natural on at least 97 % of the words of the Russian fixtures', () => {
    const differ = ru.filter((w) => snowballRu(w) !== porterRu.stem(w));
    expect(ru.length).toBeGreaterThan(1000);
    expect(differ.length / ru.length).toBeLessThan(0.03);
  });

  it('follows the published algorithm where natural departs from it', () => {
    // Step 3 removes ость/ост in R2; natural keeps it.
    expect(snowballRu('договоренности')).toBe('договорен');
    expect(porterRu.stem('договоренности')).toBe('договореност');
    // Step 4 undoubles a final нн only; natural undoubles нн anywhere in the word.
    expect(snowballRu('родственников')).toBe('родственник');
    expect(porterRu.stem('родственников')).toBe('родственик');
    // Verb endings of group 2 include "уют".
    expect(snowballRu('требуют')).toBe('треб');
  });

  it('stems inflected forms of one word alike, and leaves words without a vowel alone', () => {
    for (const forms of [
      ['президент', 'президента', 'президенту', 'президентом', 'президенте', 'президенты', 'президентов'],
      ['встреча', 'встречи', 'встрече', 'встречу', 'встречей'],
      ['российский', 'российского', 'российскому', 'российским', 'российской', 'российские'],
    ])
      expect(new Set(forms.map(snowballRu)).size, forms[0]).toBe(1);
    expect(snowballRu('мгту')).toBe('мгту');
    expect(snowballRu('')).toBe('');
  });
});

describe('Jaro–Winkler against natural', () => {
  it('equals natural on every pair of words of two fixtures (English and Russian)', () => {
    const ws = [...words('en').slice(0, 400), ...words('ru').slice(0, 300)];
    let pairs = 0;
    for (const a of ws)
      for (const b of ws) {
        pairs++;
        const ours = jaroWinkler(a, b);
        const theirs = naturalJaroWinkler(a, b);
        if (Math.abs(ours - theirs) > 1e-12) expect({ a, b, ours }).toEqual({ a, b, ours: theirs });
      }
    expect(pairs).toBeGreaterThan(400_000);
  });

  it('gives the textbook values', () => {
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 4);
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.8133, 4);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('Kyiv', 'Kyiv')).toBe(1);
  });
});
