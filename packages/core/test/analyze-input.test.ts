/**
 * Bad input (issue "Foundation", item 8): every input gives a valid report or a typed
 * AttacheInputError with a clear message; never an uncaught TypeError, never an offset outside
 * the input.
 */
import { describe, expect, it } from 'vitest';
import { analyze, AttacheInputError, ReportSchema, type Report } from '../src/index.js';

function expectValid(input: string, report: Report): void {
  expect(ReportSchema.parse(report)).toBeTruthy();
  expect(report.length).toBe(input.length);
  const spans = [...report.sentences, ...report.findings, ...report.regions];
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(input.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
  }
  for (const f of report.findings) expect(f.actual).toBe(input.slice(f.start, f.end));
  // JSON-serialisable: a round trip gives the same data.
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
}

describe('analyze: odd but valid input gives a valid report', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t \r\n  '],
    ['NUL bytes in text', 'The Ministry\u0000 announced the plan.\u0000 It starts on Monday.'],
    ['lone surrogates', 'We met \uD800 the delegation \uDC00 today. It went well.'],
    ['emoji with ZWJ and flags', 'We 👩‍👩‍👧‍👦 welcome 🇺🇦🇫🇷 partners today! Great news 🎉. See you soon.'],
    ['right-to-left scripts', 'مرحبا بكم في موقعنا الرسمي. שלום עולם. The minister met the delegation.'],
    ['mixed scripts', 'The Президент met Le Président in Genève. Они обсудили trade.'],
    ['only punctuation', '... !!! ??? — – …'],
    ['only digits', '2025 2026 3.5% 1,000,000'],
    ['one word', 'Hello'],
  ])('%s', (_name, input) => {
    for (const format of ['text', 'markdown', 'html'] as const) expectValid(input, analyze(input, { format }));
  });

  it('broken HTML', () => {
    const input = '<p>The Ministry <b>informs that <i>the plan</i> was adopted.</p></div><p>Unclosed <a href="x';
    expectValid(input, analyze(input, { format: 'html' }));
  });

  it('5 MB of text', () => {
    const para = 'The Ministry informs citizens that the implementation of the programme will commence in March. ';
    const input = para.repeat(Math.ceil(5_000_000 / para.length));
    const report = analyze(input, { language: 'en', lint: false });
    expect(report.length).toBe(input.length);
    expect(report.counts.sentences).toBe(Math.ceil(5_000_000 / para.length));
    const last = report.sentences.at(-1)!;
    expect(input.slice(last.start, last.end)).toBe(para.trim());
  });
});

describe('analyze: refused input throws AttacheInputError with a clear message', () => {
  function refusal(fn: () => unknown): AttacheInputError {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(AttacheInputError);
      return e as AttacheInputError;
    }
    throw new Error('expected a refusal');
  }

  it('not a string', () => {
    for (const bad of [undefined, null, 42, Buffer.from('hi'), ['a'], {}]) {
      const e = refusal(() => analyze(bad as never));
      expect(e.code).toBe('not-a-string');
      expect(e.message).toMatch(/takes the text as a string/);
    }
  });

  it('binary junk', () => {
    let junk = '';
    for (let i = 0; i < 4096; i++) junk += String.fromCharCode((i * 7919) % 256);
    const e = refusal(() => analyze(junk));
    expect(e.code).toBe('binary');
    expect(e.message).toMatch(/binary data/);
  });

  it('too large', () => {
    const e = refusal(() => analyze('a'.repeat(101), { maxLength: 100 }));
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/101 characters long, over the limit of 100/);
  });

  it('bad options name the option', () => {
    expect(refusal(() => analyze('x', { language: 'xx' as never })).message).toMatch(/"language"/);
    expect(refusal(() => analyze('x', { format: 'pdf' as never })).message).toMatch(/"format"/);
    expect(refusal(() => analyze('x', { locale: 'de' as never })).message).toMatch(/"locale"/);
    expect(refusal(() => analyze('x', { colour: true } as never)).message).toMatch(/colour|Unrecognized/i);
  });
});
