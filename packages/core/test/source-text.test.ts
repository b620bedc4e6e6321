import { describe, expect, it } from 'vitest';
import { extractProse } from '../src/source/index.js';
import type { Prose } from '../src/source/types.js';

/** [kind, original slice] of every block. */
function blocks(input: string, p: Prose): [string, string][] {
  return p.blocks.map((b) => {
    const [s, e] = p.toOriginal(b.start, b.end);
    return [b.kind, input.slice(s, e)];
  });
}

/** [kind, original slice] of every region. */
function regions(input: string, p: Prose): [string, string][] {
  return p.regions.map((r) => {
    const [s, e] = p.toOriginal(r.start, r.end);
    return [r.kind, input.slice(s, e)];
  });
}

describe("extractProse(…, 'text')", () => {
  it('keeps the input as prose with an identity offset map', () => {
    const input = 'One. Two.\n\nThree.';
    const p = extractProse(input, 'text');
    expect(p.text).toBe(input);
    expect(p.toOriginal(0, 4)).toEqual([0, 4]);
    expect(p.toOriginal(11, 17)).toEqual([11, 17]);
    expect(p.toOriginal(5, 5)).toEqual([5, 5]);
    expect(p.toOriginal(17, 17)).toEqual([17, 17]);
    expect(p.comments).toEqual([]);
  });

  it('clamps offsets outside the prose', () => {
    const p = extractProse('abc', 'text');
    expect(p.toOriginal(-5, 99)).toEqual([0, 3]);
    expect(p.toOriginal(2, 1)).toEqual([2, 2]);
    expect(p.toOriginal(Number.NaN, Number.POSITIVE_INFINITY)).toEqual([0, 3]);
  });

  it('never maps a boundary into the middle of a surrogate pair', () => {
    const input = 'a😀b';
    const p = extractProse(input, 'text');
    // prose offset 2 is between the halves of 😀 (offsets 1..3)
    expect(p.toOriginal(1, 2)).toEqual([1, 3]);
    expect(p.toOriginal(2, 4)).toEqual([3, 4]);
    expect(p.toOriginal(2, 2)).toEqual([3, 3]);
  });

  it('splits paragraphs at blank lines and trims them', () => {
    const input = '  First paragraph, first line.  \n\n\t\nSecond paragraph.\n   \nThird.\n';
    const p = extractProse(input, 'text');
    expect(blocks(input, p)).toEqual([
      ['paragraph', 'First paragraph, first line.'],
      ['paragraph', 'Second paragraph.'],
      ['paragraph', 'Third.'],
    ]);
    expect(p.blocks.map((b) => [b.start, b.end])).toEqual([
      [2, 30],
      [36, 53],
      [58, 64],
    ]);
  });

  it('keeps a hard-wrapped paragraph together', () => {
    const input =
      'The Department of State is taking action against officials for their\n' +
      'involvement in repressive acts against members of ethnic and religious\n' +
      'minority groups inside and outside of the borders.\n\nNext paragraph.';
    const p = extractProse(input, 'text');
    expect(blocks(input, p)).toEqual([
      ['paragraph', input.slice(0, input.indexOf('\n\n'))],
      ['paragraph', 'Next paragraph.'],
    ]);
  });

  it('reads one paragraph per line when the lines end sentences (press-release style)', () => {
    const input =
      'Prime Minister Theresa May said:\nThis year, the United Kingdom has had much to celebrate.\nFour years after the success of London 2012, our athletes did it again.';
    const p = extractProse(input, 'text');
    expect(blocks(input, p)).toEqual([
      ['paragraph', 'Prime Minister Theresa May said:'],
      ['paragraph', 'This year, the United Kingdom has had much to celebrate.'],
      ['paragraph', 'Four years after the success of London 2012, our athletes did it again.'],
    ]);
  });

  it('makes list items and title lines blocks of their own, without the bullet', () => {
    const input =
      'U.S. Foreign Policy\n- Prioritize engagements with diplomatic partners.\n- Update the interpretation guidance\n* third item\n1. numbered\n2) also numbered\n(a) lettered\n• bullet';
    const p = extractProse(input, 'text');
    expect(blocks(input, p)).toEqual([
      ['heading', 'U.S. Foreign Policy'],
      ['list-item', 'Prioritize engagements with diplomatic partners.'],
      ['list-item', 'Update the interpretation guidance'],
      ['list-item', 'third item'],
      ['list-item', 'numbered'],
      ['list-item', 'also numbered'],
      ['list-item', 'lettered'],
      ['list-item', 'bullet'],
    ]);
  });

  it('recognises a short title line before a longer line, and "# " headings', () => {
    const input =
      'Colombia’s Independence Day\nOn behalf of the Government of the United States, I send best wishes to the people of Colombia.\n\n# Notes to editors\nCDE is part of Dstl.\n\nBackground\n\nText.';
    const p = extractProse(input, 'text');
    expect(blocks(input, p)).toEqual([
      ['heading', 'Colombia’s Independence Day'],
      ['paragraph', 'On behalf of the Government of the United States, I send best wishes to the people of Colombia.'],
      ['heading', 'Notes to editors'],
      ['paragraph', 'CDE is part of Dstl.'],
      ['heading', 'Background'],
      ['paragraph', 'Text.'],
    ]);
  });

  it('handles CRLF and CR line endings', () => {
    const input = 'First line.\r\nSecond line.\r\n\r\nThird.\rFourth.';
    const p = extractProse(input, 'text');
    expect(blocks(input, p)).toEqual([
      ['paragraph', 'First line.'],
      ['paragraph', 'Second line.'],
      ['paragraph', 'Third.'],
      ['paragraph', 'Fourth.'],
    ]);
  });

  it('marks URLs and e-mail addresses, leaving trailing punctuation out', () => {
    const input =
      'See https://www.state.gov/colombias-independence-day/. Or www.talktofrank.com, or (https://en.wikipedia.org/wiki/Foo_(bar)). Write to cde@dstl.gov.uk. Ftp: ftp://files.example.org/a.txt';
    const p = extractProse(input, 'text');
    expect(regions(input, p)).toEqual([
      ['url', 'https://www.state.gov/colombias-independence-day/'],
      ['url', 'www.talktofrank.com'],
      ['url', 'https://en.wikipedia.org/wiki/Foo_(bar)'],
      ['email', 'cde@dstl.gov.uk'],
      ['url', 'ftp://files.example.org/a.txt'],
    ]);
  });

  it('does not take an @ inside a URL or a bare @ for an e-mail address', () => {
    const input = 'Follow @rfj_usa at https://twitter.com/@rfj_usa or mail me@ nowhere, a@b.';
    const p = extractProse(input, 'text');
    expect(regions(input, p)).toEqual([['url', 'https://twitter.com/@rfj_usa']]);
  });

  it('marks quotations with their marks, in several typographic conventions', () => {
    const input =
      'He said “we agree” and "we will". Она сказала: «Мы согласны». Er sagte „ja“. Ils ont dit « oui ». She called it ‘historic’.';
    const p = extractProse(input, 'text');
    expect(regions(input, p)).toEqual([
      ['quote', '“we agree”'],
      ['quote', '"we will"'],
      ['quote', '«Мы согласны»'],
      ['quote', '„ja“'],
      ['quote', '« oui »'],
      ['quote', '‘historic’'],
    ]);
  });

  it('does not take apostrophes for quotation marks', () => {
    const input =
      'We don’t agree with Sustain’s view. CDE’s funding, the ministers’ meeting and rock ’n’ roll are fine. ‘It’s the UK’s turn,’ she said.';
    const p = extractProse(input, 'text');
    expect(regions(input, p)).toEqual([['quote', '‘It’s the UK’s turn,’']]);
  });

  it('nests quotations and ignores unclosed ones', () => {
    const input = '«Он сказал: „Да“, — и ушёл» и “an unclosed quote.';
    const p = extractProse(input, 'text');
    expect(regions(input, p)).toEqual([
      ['quote', '«Он сказал: „Да“, — и ушёл»'],
      ['quote', '„Да“'],
    ]);
  });

  it('keeps regions inside their block and nests a URL in a quote', () => {
    const input = '“Visit https://example.org now.”\n\n“Unclosed\n\nclosed.”';
    const p = extractProse(input, 'text');
    expect(regions(input, p)).toEqual([
      ['quote', '“Visit https://example.org now.”'],
      ['url', 'https://example.org'],
    ]);
  });
});
