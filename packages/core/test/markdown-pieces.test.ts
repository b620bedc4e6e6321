/**
 * Long Markdown is parsed piece by piece (issue 15: micromark's document tokenizer is quadratic
 * in the number of containers closed after lazy lines). The pieces must read exactly as the
 * whole: same nodes, same offsets into the whole text, and the same prose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { parseMarkdown, pieceCuts, PIECEWISE_ABOVE } from '../src/source/markdown.js';

const SAMPLES = join(import.meta.dirname, '../../../examples/samples');
const releases = ['state-dept-mali-2021.txt', 'kremlin-ru-2025.txt'].map((f) => readFileSync(join(SAMPLES, f), 'utf8'));

/** Blocks that would read differently if a cut fell inside them (each holds a "## " line after a blank line). */
const TRAPS = [
  'Some list:\n\n- one\n- two\nlazy line of the second item.\n\n',
  '```\ncode\n\n## not a heading: inside a fence\n```\n\n',
  '~~~~ js\nx = 1\n\n## still code\n~~~\n\n## still code after a shorter fence\n~~~~\n\n',
  '<!-- a comment\n\n## inside the comment\n-->\n\n',
  '<pre>\npre text\n\n## inside pre\n</pre>\n\n',
  '| a | b |\n| - | - |\n| 1 | 2 |\n\n',
  '> quoted\nlazy quoted line\n\n',
  '1. first\n\n   ## a heading inside the item (indented)\n\n2. second\n\n',
];

function document(size: number): string {
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < size; i++) {
    const part = `## Release ${i + 1}\n\n${releases[i % 2]!.trim()}\n\n${TRAPS[i % TRAPS.length]}`;
    parts.push(part);
    len += part.length;
  }
  return parts.join('');
}

/** The tree without line/column (a piece counts its lines from 1; offsets are what is read). */
const shape = (tree: unknown): string =>
  JSON.stringify(tree, (k, v: unknown) => (k === 'line' || k === 'column' ? undefined : v));

describe('Markdown parsed in pieces', () => {
  const text = document(PIECEWISE_ABOVE + 150_000);

  it('cuts a long document only before top-level headings, outside fences, raw HTML and containers', () => {
    const cuts = pieceCuts(text);
    expect(cuts.length).toBeGreaterThanOrEqual(3);
    for (const c of cuts) expect(text.slice(c, c + 11)).toBe('## Release ');
  });

  it('gives the same tree as the whole parse, offsets into the whole text', () => {
    expect(shape(parseMarkdown(text))).toBe(shape(parseMarkdown(text, Infinity)));
  });

  it('analyze on the long document keeps code out of the prose and lazy lines in it', () => {
    const report = analyze(text, { format: 'markdown', language: 'en', lint: false });
    const sentences = report.sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences.some((s) => s.includes('## still code'))).toBe(false);
    expect(sentences.some((s) => s.includes('lazy line of the second item'))).toBe(true);
  });

  it('does not cut a text that defines link references or footnotes', () => {
    expect(pieceCuts(text + '\n\n[ref]: https://example.org\n')).toEqual([]);
    expect(pieceCuts(text + '\n\n[^1]: A footnote.\n')).toEqual([]);
  });
});
