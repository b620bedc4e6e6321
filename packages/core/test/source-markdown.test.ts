import { describe, expect, it } from 'vitest';
import { extractProse } from '../src/source/index.js';
import type { Prose } from '../src/source/types.js';

function blocks(input: string, p: Prose): [string, string, string][] {
  return p.blocks.map((b) => {
    const [s, e] = p.toOriginal(b.start, b.end);
    return [b.kind, p.text.slice(b.start, b.end), input.slice(s, e)];
  });
}

function regions(input: string, p: Prose): [string, string, string][] {
  return p.regions.map((r) => {
    const [s, e] = p.toOriginal(r.start, r.end);
    return [r.kind, p.text.slice(r.start, r.end), input.slice(s, e)];
  });
}

/** Each prose character maps to a source range whose text decodes to it (or is markup-free). */
function expectCharMap(input: string, p: Prose, prose: string, source: string): void {
  const i = p.text.indexOf(prose);
  expect(i).toBeGreaterThanOrEqual(0);
  const [s, e] = p.toOriginal(i, i + prose.length);
  expect(input.slice(s, e)).toBe(source);
}

describe("extractProse(…, 'markdown')", () => {
  it('strips inline markup, escapes and character references, mapping back exactly', () => {
    const input = 'Hel**lo**, _big_ ~~old~~ world \\* 5 &amp; co&rsquo;s &#8220;text&#x201D;.';
    const p = extractProse(input, 'markdown');
    expect(p.text).toBe('Hello, big old world * 5 & co’s “text”.');
    expect(blocks(input, p)).toEqual([['paragraph', p.text, input]]);
    expectCharMap(input, p, 'Hello', 'Hel**lo');
    expectCharMap(input, p, '*', '\\*');
    expectCharMap(input, p, '&', '&amp;');
    expectCharMap(input, p, '’', '&rsquo;');
    expectCharMap(input, p, '“text”', '&#8220;text&#x201D;');
    expect(regions(input, p)).toEqual([['quote', '“text”', '&#8220;text&#x201D;']]);
  });

  it('keeps headings, paragraphs, list items and table cells as blocks; drops code and HTML blocks', () => {
    const input = [
      '# Title *one*',
      '',
      'Setext title',
      '============',
      '',
      'A paragraph',
      'on two lines.',
      '',
      '- item one',
      '- item two with `x = 1`',
      '  1. nested',
      '- [ ] task',
      '',
      '```js',
      'const notProse = 1;',
      '```',
      '',
      '    indented code',
      '',
      '<div>',
      'raw html block',
      '</div>',
      '',
      '| Name | Value |',
      '|------|-------|',
      '| a &amp; b | 3.5 |',
      '',
      '---',
      '',
      '[ref]: https://example.org "Title"',
      '',
      'End.',
    ].join('\n');
    const p = extractProse(input, 'markdown');
    expect(blocks(input, p)).toEqual([
      // A block ends where its last prose character ends: the closing "*" is not included.
      ['heading', 'Title one', 'Title *one'],
      ['heading', 'Setext title', 'Setext title'],
      ['paragraph', 'A paragraph\non two lines.', 'A paragraph\non two lines.'],
      ['list-item', 'item one', 'item one'],
      ['list-item', 'item two with x = 1', 'item two with `x = 1'],
      ['list-item', 'nested', 'nested'],
      ['list-item', 'task', 'task'],
      ['table-cell', 'Name', 'Name'],
      ['table-cell', 'Value', 'Value'],
      ['table-cell', 'a & b', 'a &amp; b'],
      ['table-cell', '3.5', '3.5'],
      ['paragraph', 'End.', 'End.'],
    ]);
    expect(p.text).not.toContain('notProse');
    expect(p.text).not.toContain('indented code');
    expect(p.text).not.toContain('raw html');
    expect(p.text.split('\n\n')).toHaveLength(12);
    expect(regions(input, p)).toEqual([['code', 'x = 1', 'x = 1']]);
  });

  it('keeps link text, drops link URLs, image alt text and footnote references', () => {
    const input =
      'See [the release](https://state.gov/x "T") and [ref link][ref], ![a chart](c.png) done[^1].\n\n[ref]: https://example.org\n\n[^1]: The note.';
    const p = extractProse(input, 'markdown');
    expect(blocks(input, p)).toEqual([
      [
        'paragraph',
        'See the release and ref link,  done.',
        'See [the release](https://state.gov/x "T") and [ref link][ref], ![a chart](c.png) done[^1].',
      ],
      ['other', 'The note.', 'The note.'],
    ]);
    expect(p.text).not.toContain('state.gov');
    expect(p.text).not.toContain('chart');
  });

  it('keeps autolinks and bare URLs and marks them', () => {
    const input =
      'Visit <https://x.org/a>, www.example.com or https://y.org/b. Mail <me@example.org> or you@example.com.';
    const p = extractProse(input, 'markdown');
    expect(p.text).toBe(
      'Visit https://x.org/a, www.example.com or https://y.org/b. Mail me@example.org or you@example.com.',
    );
    expect(regions(input, p)).toEqual([
      ['url', 'https://x.org/a', 'https://x.org/a'],
      ['url', 'www.example.com', 'www.example.com'],
      ['url', 'https://y.org/b', 'https://y.org/b'],
      ['email', 'me@example.org', 'me@example.org'],
      ['email', 'you@example.com', 'you@example.com'],
    ]);
  });

  it('marks inline code as a region and keeps it in the prose', () => {
    const input = 'Run `` a`b `` or `npm test` now.';
    const p = extractProse(input, 'markdown');
    expect(p.text).toBe('Run a`b or npm test now.');
    expect(regions(input, p)).toEqual([
      ['code', 'a`b', 'a`b'],
      ['code', 'npm test', 'npm test'],
    ]);
  });

  it('marks block quotes (whole) and quotations inside them; drops the "> " prefixes', () => {
    const input = '> The minister said: “We agree.”\n> Second line.\n>\n> Second paragraph.\n\nAfter.';
    const p = extractProse(input, 'markdown');
    expect(blocks(input, p)).toEqual([
      ['blockquote', 'The minister said: “We agree.”\nSecond line.', 'The minister said: “We agree.”\n> Second line.'],
      ['blockquote', 'Second paragraph.', 'Second paragraph.'],
      ['paragraph', 'After.', 'After.'],
    ]);
    expect(regions(input, p)).toEqual([
      [
        'blockquote',
        'The minister said: “We agree.”\nSecond line.\n\nSecond paragraph.',
        'The minister said: “We agree.”\n> Second line.\n>\n> Second paragraph.',
      ],
      ['quote', '“We agree.”', '“We agree.”'],
    ]);
  });

  it('collects HTML comments with their original offsets, wherever they are', () => {
    const input =
      '<!-- attache-disable plain-words -->\n\nText <!-- attache-disable-line --> more.\n\n- item <!-- c3 -->\n\n```\n<!-- not a comment -->\n```\n<!---->';
    const p = extractProse(input, 'markdown');
    expect(p.comments.map((c) => [c.text, input.slice(c.start, c.end)])).toEqual([
      ['attache-disable plain-words', '<!-- attache-disable plain-words -->'],
      ['attache-disable-line', '<!-- attache-disable-line -->'],
      ['c3', '<!-- c3 -->'],
      ['', '<!---->'],
    ]);
    expect(p.comments[0]).toMatchObject({ start: 0, end: 36 });
    expect(blocks(input, p)).toEqual([
      ['paragraph', 'Text  more.', 'Text <!-- attache-disable-line --> more.'],
      ['list-item', 'item', 'item'],
    ]);
  });

  it('leaves YAML front matter out of the prose', () => {
    const input = '---\ntitle: "Not prose."\ndate: 2024-01-01\n---\n\n# Heading\n\nBody.';
    const p = extractProse(input, 'markdown');
    expect(blocks(input, p)).toEqual([
      ['heading', 'Heading', 'Heading'],
      ['paragraph', 'Body.', 'Body.'],
    ]);
  });

  it('turns a hard break into a newline mapped to the line ending', () => {
    const input = 'Line one  \nline two\\\nline three';
    const p = extractProse(input, 'markdown');
    expect(p.text).toBe('Line one\nline two\nline three');
    const first = p.text.indexOf('\n');
    expect(p.toOriginal(first, first + 1)).toEqual([10, 11]);
  });

  it('maps block separators to a point where the previous block ended', () => {
    const input = '# A\n\nB';
    const p = extractProse(input, 'markdown');
    expect(p.text).toBe('A\n\nB');
    expect(p.toOriginal(1, 3)).toEqual([3, 3]);
    expect(p.toOriginal(0, 4)).toEqual([2, 6]);
    expect(p.toOriginal(3, 3)).toEqual([5, 5]);
    expect(p.toOriginal(4, 4)).toEqual([6, 6]);
  });

  it('returns no prose for a document of code only', () => {
    const p = extractProse('```\ncode\n```\n', 'markdown');
    expect(p.text).toBe('');
    expect(p.blocks).toEqual([]);
    expect(p.toOriginal(0, 0)).toEqual([0, 0]);
  });
});
