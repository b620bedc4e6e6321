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

function sourceOf(input: string, p: Prose, prose: string, from = 0): string {
  const i = p.text.indexOf(prose, from);
  expect(i).toBeGreaterThanOrEqual(0);
  const [s, e] = p.toOriginal(i, i + prose.length);
  return input.slice(s, e);
}

describe("extractProse(…, 'html')", () => {
  it('joins inline elements without breaking words and collapses whitespace', () => {
    const input = '<p>Hel<b>lo</b>   <span> wide\n\t world</span>, <a href="https://x.org">link <em>text</em></a>!</p>';
    const p = extractProse(input, 'html');
    expect(p.text).toBe('Hello wide world, link text!');
    expect(sourceOf(input, p, 'Hello')).toBe('Hel<b>lo');
    expect(sourceOf(input, p, 'link text')).toBe('link <em>text');
    expect(p.text).not.toContain('x.org');
  });

  it('decodes character references and maps each decoded character to the whole reference', () => {
    const input =
      '<p>CDE&rsquo;s &amp; Co &#8220;quoted&#x201d; &copy 2024 &nbsp;x &#x1F600; &notit; &bogus; 3 &lt; 4</p>';
    const p = extractProse(input, 'html');
    expect(p.text).toBe('CDE’s & Co “quoted” © 2024 \u00a0x 😀 ¬it; &bogus; 3 < 4');
    expect(sourceOf(input, p, '’')).toBe('&rsquo;');
    expect(sourceOf(input, p, '&')).toBe('&amp;');
    expect(sourceOf(input, p, '©')).toBe('&copy');
    expect(sourceOf(input, p, '\u00a0')).toBe('&nbsp;');
    expect(sourceOf(input, p, '😀')).toBe('&#x1F600;');
    // the low half of 😀 alone maps to the point after the reference, never inside it
    const i = p.text.indexOf('😀');
    const [s, e] = p.toOriginal(i + 1, i + 2);
    expect(s).toBe(e);
    expect(input.slice(0, s).endsWith('&#x1F600;')).toBe(true);
    expect(sourceOf(input, p, '&bogus;')).toBe('&bogus;');
    expect(regions(input, p)).toEqual([['quote', '“quoted”', '&#8220;quoted&#x201d;']]);
  });

  it('starts a block at every block element and at <br>, with the right kinds', () => {
    const input = [
      '<h1>Title</h1>',
      '<div>Intro<p>Para <i>one</i></p>Tail</div>',
      'Line<br>break<br/>again<hr>After rule',
      '<ul><li>First<li>Second <b>item</b></ul>',
      '<table><tr><th>Head</th><td>Cell &amp; more</td></tr></table>',
      '<dl><dt>Term</dt><dd>Definition</dd></dl>',
      '<figure><img src="a.png" alt="Not prose"><figcaption>Caption</figcaption></figure>',
      '<section><article><h2>Sub</h2><p>Text.</p></article></section>',
    ].join('\n');
    const p = extractProse(input, 'html');
    expect(blocks(input, p)).toEqual([
      ['heading', 'Title', 'Title'],
      ['paragraph', 'Intro', 'Intro'],
      ['paragraph', 'Para one', 'Para <i>one'],
      ['paragraph', 'Tail', 'Tail'],
      ['paragraph', 'Line', 'Line'],
      ['paragraph', 'break', 'break'],
      ['paragraph', 'again', 'again'],
      ['paragraph', 'After rule', 'After rule'],
      ['list-item', 'First', 'First'],
      ['list-item', 'Second item', 'Second <b>item'],
      ['table-cell', 'Head', 'Head'],
      ['table-cell', 'Cell & more', 'Cell &amp; more'],
      ['list-item', 'Term', 'Term'],
      ['list-item', 'Definition', 'Definition'],
      ['other', 'Caption', 'Caption'],
      ['heading', 'Sub', 'Sub'],
      ['paragraph', 'Text.', 'Text.'],
    ]);
    expect(p.text).not.toContain('Not prose');
  });

  it('leaves out head, script, style, noscript, template, pre and textarea; marks inline code', () => {
    const input =
      '<!DOCTYPE html><html><head><title>Page title</title><meta charset="utf-8"><style>p { color: red }</style></head>' +
      '<body><script>var s = "<p>not prose</p>";</script><noscript>Enable JS</noscript><template><p>Tpl</p></template>' +
      '<p>Run <code>npm&nbsp;test</code> or <kbd>Ctrl</kbd>.</p><pre>preformatted\ntext</pre><textarea>typed</textarea><p>End.</p></body></html>';
    const p = extractProse(input, 'html');
    expect(p.text).toBe('Run npm\u00a0test or Ctrl.\n\nEnd.');
    expect(regions(input, p)).toEqual([
      ['code', 'npm\u00a0test', 'npm&nbsp;test'],
      ['code', 'Ctrl', 'Ctrl'],
    ]);
  });

  it('ends an unclosed <head> where body content starts, as a browser does', () => {
    const input = '<html><head><title>Title</title><meta charset="utf-8"><p>First &amp; only.</p>';
    const p = extractProse(input, 'html');
    expect(blocks(input, p)).toEqual([['paragraph', 'First & only.', 'First &amp; only.']]);
    const text = extractProse('<head><title>T</title>Loose text', 'html');
    expect(text.text).toBe('Loose text');
  });

  it('marks blockquotes and <q> as regions, and quotation marks in text', () => {
    const input =
      '<p>Before.</p><blockquote><p>Quoted one.</p><p>Quoted <q>inner</q> two.</p></blockquote><p>He said «да» and &ldquo;yes&rdquo;.</p>';
    const p = extractProse(input, 'html');
    expect(blocks(input, p).map((b) => b[0])).toEqual(['paragraph', 'blockquote', 'blockquote', 'paragraph']);
    expect(regions(input, p)).toEqual([
      ['blockquote', 'Quoted one.\n\nQuoted inner two.', 'Quoted one.</p><p>Quoted <q>inner</q> two.'],
      ['quote', 'inner', 'inner'],
      ['quote', '«да»', '«да»'],
      ['quote', '“yes”', '&ldquo;yes&rdquo;'],
    ]);
  });

  it('collects comments with original offsets', () => {
    const input = '<!-- attache-disable --><p>A<!--inline-->B</p>\n<!-- attache-enable plain-words -->';
    const p = extractProse(input, 'html');
    expect(p.text).toBe('AB');
    expect(p.comments).toEqual([
      { text: 'attache-disable', start: 0, end: 24 },
      { text: 'inline', start: 28, end: 41 },
      { text: 'attache-enable plain-words', start: 47, end: 82 },
    ]);
    for (const c of p.comments) expect(input.slice(c.start, c.end)).toMatch(/^<!--[\s\S]*-->$/);
  });

  it('reads broken HTML without throwing', () => {
    const cases: [string, string[]][] = [
      ['<p>Unclosed <b>bold <i>both</p><p>Next', ['Unclosed bold both', 'Next']],
      ['</p>Stray close</div> a < b and 3<4 <<>> <p>x', ['Stray close a < b and 3<4 <<>>', 'x']],
      ['<p>text <!-- never closed', ['text']],
      ['<div><span>deep<div>inner</span>out', ['deep', 'inner', 'out']],
      ['<p attr="unterminated>text</p>', []],
      ['<<<>>>&&&;;;</>', ['<<<>>>&&&;;;']],
      ['<script>unclosed script <p>not prose', []],
      ['<p>a</p></body></html><p>after end</p>', ['a', 'after end']],
      ['<table><td>cell<tr>row</table>', ['cell', 'row']],
    ];
    for (const [input, expected] of cases) {
      const p = extractProse(input, 'html');
      expect(
        p.blocks.map((b) => p.text.slice(b.start, b.end)),
        input,
      ).toEqual(expected);
      for (const b of p.blocks) {
        const [s, e] = p.toOriginal(b.start, b.end);
        expect(0 <= s && s <= e && e <= input.length).toBe(true);
      }
    }
  });

  it('maps text after markup exactly', () => {
    const input = '<p class="lead">The <abbr title="United States">U.S.</abbr> Department&rsquo;s release.</p>';
    const p = extractProse(input, 'html');
    expect(p.text).toBe('The U.S. Department’s release.');
    expect(sourceOf(input, p, 'U.S. Department’s')).toBe('U.S.</abbr> Department&rsquo;s');
    expect(p.toOriginal(0, p.text.length)).toEqual([16, input.length - 4]);
  });
});
