import type { Finding, Report } from '@attache/core';
import { describe, expect, it } from 'vitest';
import { createColors, shouldColor } from '../src/colors.js';
import { excerpt } from '../src/formatters/excerpt.js';
import { escapeData, escapeProperty, github } from '../src/formatters/github.js';
import { uriOf } from '../src/formatters/sarif.js';
import type { FileResult, FormatContext } from '../src/formatters/types.js';

const finding = (over: Partial<Finding> = {}): Finding => ({
  start: 10,
  end: 17,
  loc: { start: { line: 1, column: 11 }, end: { line: 1, column: 18 } },
  ruleId: 'plain-words',
  messageId: 'use',
  data: {},
  message: 'Use "use", not "utilise": 100% plainer,\nreally',
  severity: 'warning',
  actual: 'utilise',
  suggestions: ['use'],
  ...over,
});

const ctx: FormatContext = { command: 'lint', cwd: '/w', version: '0.0.0', colors: createColors(false) };

function result(findings: Finding[], path = 'a.txt'): FileResult {
  return { path, abs: `/w/${path}`, stdin: false, text: 'We hereby utilise the funds.', findings, suppressed: 0 };
}

describe('github formatter', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a,b:c%')).toBe('a%2Cb%3Ac%25');
    const out = github([result([finding()], 'dir/x,y:z.txt')], ctx);
    expect(out).toBe(
      '::warning file=dir/x%2Cy%3Az.txt,line=1,col=11,endLine=1,endColumn=18,title=attache plain-words::Use "use", not "utilise": 100%25 plainer,%0Areally\n',
    );
  });

  it('maps suggestion to notice and error to error', () => {
    const out = github([result([finding({ severity: 'suggestion' }), finding({ severity: 'error' })])], ctx);
    expect(out.split('\n')[0]).toMatch(/^::notice /);
    expect(out.split('\n')[1]).toMatch(/^::error /);
  });
});

describe('sarif uri', () => {
  it('percent-encodes each segment, keeping slashes', () => {
    expect(uriOf('news/2025 statement#1.md')).toBe('news/2025%20statement%231.md');
  });
});

describe('excerpt', () => {
  it('puts the span of the finding in its sentence, whitespace collapsed', () => {
    const text = 'First one.\nWe   hereby\nutilise the funds. Last.';
    const start = text.indexOf('utilise');
    const report = {
      sentences: [
        { start: 0, end: 10 },
        { start: 11, end: text.indexOf(' Last') },
      ],
    } as unknown as Report;
    const ex = excerpt(text, report, { start, end: start + 7 });
    expect(ex.text).toBe('We hereby utilise the funds.');
    expect(ex.text.slice(ex.at, ex.at + ex.length)).toBe('utilise');
  });

  it('cuts long sentences around the span', () => {
    const text = `${'word '.repeat(60)}TARGET ${'word '.repeat(60)}`;
    const start = text.indexOf('TARGET');
    const ex = excerpt(text, undefined, { start, end: start + 6 }, 60);
    expect(ex.text.length).toBeLessThanOrEqual(60);
    expect(ex.text.slice(ex.at, ex.at + ex.length)).toBe('TARGET');
    expect(ex.text.startsWith('…')).toBe(true);
    expect(ex.text.endsWith('…')).toBe(true);
  });
});

describe('colour decision', () => {
  it('TTY only; NO_COLOR always wins; --color forces otherwise', () => {
    expect(shouldColor(undefined, true, {})).toBe(true);
    expect(shouldColor(undefined, false, {})).toBe(false);
    expect(shouldColor(undefined, true, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColor(true, false, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColor(true, false, {})).toBe(true);
    expect(shouldColor(false, true, { FORCE_COLOR: '1' })).toBe(false);
    expect(shouldColor(undefined, false, { FORCE_COLOR: '1' })).toBe(true);
  });
});
