import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { countPos, decodeFrontCoded, fScore, guessBySuffix, tagWords, type Pos } from '../src/pos/index.js';
import { tokenize } from '../src/text/tokenize.js';

const tag = (s: string): string =>
  tagWords(tokenize(s).map((t) => t.text))
    .map((t) => `${t.text}/${t.pos}`)
    .join(' ');
const posOf = (s: string): Pos[] => tagWords(tokenize(s).map((t) => t.text)).map((t) => t.pos);

describe('English part-of-speech helper', () => {
  it('tags closed classes by hand-written lists, including "I" (a noun in the Brill lexicon)', () => {
    expect(tag('I think the report is on the table')).toBe(
      'I/pron think/verb the/art report/noun is/aux on/prep the/art table/noun',
    );
  });

  it('resolves noun/verb ambiguity from the previous word', () => {
    expect(posOf('We will report the results')[2]).toBe('verb');
    expect(posOf('The report was published')[1]).toBe('noun');
    expect(posOf('They want to work')[2]).toBe('part');
    expect(posOf('They went to the office')[2]).toBe('prep');
  });

  it('splits contractions into host and clitic, and keeps possessives whole', () => {
    expect(tag("don't")).toBe("do/aux n't/adv");
    expect(tag("I'm here")).toBe("I/pron 'm/aux here/adv");
    expect(tag("it's")).toBe("it/pron 's/aux");
    expect(tag("the Minister's visit")).toBe('the/art Minister/propn visit/noun');
  });

  it('guesses unknown words by suffix and capitalised words mid-sentence as proper nouns', () => {
    expect(guessBySuffix('blorptionalization')).toBe('noun');
    expect(guessBySuffix('zorbingly')).toBe('adv');
    expect(guessBySuffix('snarfing')).toBe('verb');
    expect(guessBySuffix('glorbous')).toBe('adj');
    expect(posOf('We met Zbigniew')[2]).toBe('propn');
  });

  it('gives a higher F-score to nominal, prepositional prose than to pronoun- and verb-heavy speech', () => {
    const f = (s: string) => fScore(countPos(tagWords(tokenize(s).map((t) => t.text))));
    const formal = f(
      'The implementation of the agreement on the reduction of tariffs remains a priority of the government.',
    );
    const casual = f("Well, I really think you should just go and do it, honestly, we'll see.");
    expect(formal).toBeGreaterThan(65);
    expect(casual).toBeLessThan(40);
    expect(f('')).toBe(50);
  });

  it('decodes front-coded lists', () => {
    expect(decodeFrontCoded('0abandon 7ed 7ing 0zebra')).toEqual(['abandon', 'abandoned', 'abandoning', 'zebra']);
    expect(decodeFrontCoded('')).toEqual([]);
  });

  it('ships a small generated lexicon with its source', () => {
    const url = new URL('../src/pos/data/en-lexicon.json', import.meta.url);
    const raw = readFileSync(url, 'utf8');
    expect(raw.length).toBeLessThan(100 * 1024);
    const data = JSON.parse(raw) as { source: string; classes: Record<string, string> };
    expect(data.source).toMatch(/Brill/);
    expect(Object.keys(data.classes).sort()).toEqual(['J', 'N', 'NV', 'R', 'U', 'V', 'VN']);
    // Every entry disagrees with the suffix guesser or is noun/verb ambiguous: nothing stored twice.
    for (const [code, list] of Object.entries(data.classes)) {
      const expected = { N: 'noun', J: 'adj', V: 'verb', R: 'adv' }[code];
      if (!expected) continue;
      for (const w of decodeFrontCoded(list)) expect(guessBySuffix(w)).not.toBe(expected);
    }
  });

  it('is cheap: 600 words in well under 10 ms', () => {
    const words = tokenize(
      'On behalf of the Government of the United States, I send best wishes to the people of Colombia as you celebrate your Independence Day. ',
    ).map((t) => t.text);
    const sentence = words.slice(0, 20);
    for (let i = 0; i < 100; i++) tagWords(sentence);
    const t0 = performance.now();
    for (let i = 0; i < 30 * 20; i++) tagWords(sentence);
    const perSixHundred = (performance.now() - t0) / 20;
    expect(perSixHundred).toBeLessThan(10);
  });
});
