/**
 * The fuzz harness shared by `test/fuzz.test.ts` (a small count in `pnpm test`) and
 * `scripts/fuzz.ts` (`pnpm fuzz`, a large count with its figures printed).
 *
 * Three generators, each in the three formats (text, Markdown, HTML) and three language
 * settings (auto, en, ru):
 * - random Unicode: graphemes, raw UTF-16 units (lone surrogates), and release-like pieces;
 * - mutated releases: real releases (the repository's samples, plus the evaluation material's
 *   releases when present) with characters deleted, duplicated or inserted, markup fragments,
 *   NUL, lone surrogates, bidi marks, ZWJ and combining marks spliced in;
 * - nested markup: Markdown lists, block quotes, emphasis, links and images and HTML elements
 *   nested hundreds to tens of thousands deep (the reproducers of issue 15 among them).
 *
 * `checkInput` runs `analyze` (and, when asked, an audience's proposals) and returns the
 * violations: a crash (any error other than AttacheInputError), an offset outside the input, a
 * span that starts or ends inside a surrogate pair or before a combining mark (splitting a
 * grapheme), in sentences, regions, fallbacks, findings, fixes and proposals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { analyze, AttacheInputError, type Report } from '../packages/core/src/index.js';
import { audiences } from '../packages/audiences/src/index.js';
import { hasEval, releases } from '../scripts/eval/corpus.js';

export type Format = 'text' | 'markdown' | 'html';
export type Language = 'auto' | 'en' | 'ru';
export type Generator = 'unicode' | 'mutated' | 'nested';

export interface FuzzCase {
  input: string;
  format: Format;
  language: Language;
}

export interface Outcome {
  /** Thrown error that is not an AttacheInputError (a crash), else null. */
  crash: string | null;
  /** Span violations found (empty when none). */
  violations: string[];
  ms: number;
}

// ------------------------------------------------------------------------------ the inputs

/** Release texts: the repository's samples, plus the evaluation releases when present. */
export function releaseTexts(): string[] {
  const dir = fileURLToPath(new URL('../examples/samples/', import.meta.url));
  const own = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(dir + f, 'utf8'));
  if (!hasEval()) return own;
  return [...own, ...releases('en').map((r) => r.text), ...releases('ru').map((r) => r.text)];
}

const PIECES = [
  'The Ministry informs',
  ' that ',
  'U.S.',
  ' Mr. Smith',
  '. ',
  '! ',
  '? ',
  '…',
  '"',
  '“',
  '”',
  '«',
  '»',
  '\n\n',
  '\n',
  '<p>',
  '</p>',
  '<b>',
  '<!-- attache-disable -->',
  '&amp;',
  '&#x1F600;',
  '# ',
  '* ',
  '> ',
  '`code`',
  '[link](http://x.y)',
  'https://example.org/a?b=c',
  'a@b.org',
  'было принято решение',
  'т. е. ',
  '\u00a0',
  '\u0301',
  '\u0308',
  '\uD83D',
  '\uDE00',
  '😀',
  '🇺🇦',
  '👩‍👩‍👧',
  '\u200d',
  '\u202e',
  '\u200f',
  'e\u0301',
  'й',
  '\u0000',
];

export const unicodeInput: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join('')),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 50 })
    .map((a) => a.join('')),
);

const SPLICE = [
  '\u0000',
  '\uD800',
  '\uDC00',
  '\u202E',
  '\u2066',
  '\u200D',
  '\u0301',
  '\uFEFF',
  '\r',
  '<b>',
  '</p>',
  '<!--',
  '-->',
  '**',
  '_',
  '[',
  '](',
  '![',
  '`',
  '> ',
  '- ',
  '&amp',
  '&#',
  '\n\n',
  '"',
  '«',
];

/** A release with 1–8 mutations, chosen from `seed`. */
export function mutatedInput(texts: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.nat(texts.length - 1),
      fc.array(
        fc.record({
          at: fc.double({ min: 0, max: 1, noNaN: true }),
          op: fc.constantFrom('delete', 'duplicate', 'insert', 'splice'),
          len: fc.integer({ min: 1, max: 40 }),
          piece: fc.constantFrom(...SPLICE),
          ch: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
        }),
        { minLength: 1, maxLength: 8 },
      ),
      fc.integer({ min: 200, max: 6000 }),
    )
    .map(([i, muts, cut]) => {
      let s = texts[i]!.slice(0, cut);
      for (const m of muts) {
        const at = Math.floor(m.at * s.length);
        if (m.op === 'delete') s = s.slice(0, at) + s.slice(at + m.len);
        else if (m.op === 'duplicate') s = s.slice(0, at) + s.slice(at, at + m.len) + s.slice(at);
        else if (m.op === 'insert') s = s.slice(0, at) + m.ch + s.slice(at);
        else s = s.slice(0, at) + m.piece + s.slice(at);
      }
      return s;
    });
}

/** The reproducers of issue 15, by name: each must parse without a stack overflow or a hang. */
export const REPRODUCERS: Record<string, { input: string; format: Format }> = {
  'nested list items (- - - … a, 2,121 chars)': { input: '- '.repeat(1060) + 'a', format: 'markdown' },
  '* × 10,000 (nested list items)': { input: '* '.repeat(10_000) + 'a', format: 'markdown' },
  '*a × 10,000 (emphasis, 20 KB)': { input: '*a'.repeat(10_000), format: 'markdown' },
  '![ × 11,000 (images, 22 KB)': { input: '!['.repeat(11_000), format: 'markdown' },
  '[-nested links, depth 10,000 (150 KB)': {
    input: '['.repeat(10_000) + 'text' + Array.from({ length: 10_000 }, (_, i) => `](http://e.x/${i})`).join(''),
    format: 'markdown',
  },
  '** × 12,000, text, * × 12,000 (one delimiter run on each side)': {
    input: '**'.repeat(12_000) + 'The end.' + '*'.repeat(12_000),
    format: 'markdown',
  },
  '> × 10,000 (block quotes)': { input: '>'.repeat(10_000) + ' quoted', format: 'markdown' },
  '<div> × 50,000 then </span> × 50,000': {
    input: '<div>'.repeat(50_000) + 'a' + '</span>'.repeat(50_000),
    format: 'html',
  },
};

/** Deeply nested Markdown and HTML, depth 50–12,000, with text between the levels or not. */
export const nestedInput: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    fc.constantFrom(
      '- ',
      '* ',
      '1. ',
      '> ',
      '>',
      '*',
      '**',
      '_',
      '[',
      '![',
      '`',
      '~~',
      '<div>',
      '<li><p>',
      '<b>',
      '<blockquote>',
      '<span><code>',
      '<q>',
      '<!--',
      '<svg>',
    ),
    fc.integer({ min: 50, max: 12_000 }),
    fc.constantFrom('', 'a', 'word ', 'Прочь. ', '😀', 'e\u0301'),
    fc.constantFrom('', ']', '](u)', '*', '</div>', '</b>', '\n', '\n\n', ' text.'),
    fc.boolean(),
  )
  .map(([open, depth, between, close, html]) => {
    const level = open + between;
    const input = level.repeat(depth) + 'The end.' + close.repeat(depth);
    const format: Format = open.startsWith('<') ? 'html' : html ? 'html' : 'markdown';
    return { input, format, language: 'auto' as const };
  });

// ------------------------------------------------------------------------------ the checks

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
const MARK = /^[\p{M}\u200D]/u;
const CONTROL = /^[\p{Cc}\p{Zl}\p{Zp}\p{Cf}]$/u;
const NOT_CONTROL = new Set([
  0x200c, 0x200d, 0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x6dd, 0x70f, 0x890, 0x891, 0x8e2, 0x110bd, 0x110cd,
]);

/** Whether the code point before `k` has Grapheme_Cluster_Break Control, CR or LF (UAX #29). */
function afterControl(s: string, k: number): boolean {
  const cp =
    k >= 2 && isLow(s.charCodeAt(k - 1)) && isHigh(s.charCodeAt(k - 2)) ? s.codePointAt(k - 2)! : s.charCodeAt(k - 1);
  return !NOT_CONTROL.has(cp) && CONTROL.test(String.fromCodePoint(cp));
}

/** Why offset `k` cannot be a span boundary in `s` ('' when it can). */
function boundaryProblem(s: string, k: number): string {
  if (k <= 0 || k >= s.length) return '';
  if (isHigh(s.charCodeAt(k - 1)) && isLow(s.charCodeAt(k))) return 'splits a surrogate pair';
  // A boundary before a combining mark (or a ZWJ) cuts it off its base character.
  // UAX #29 GB4/GB5 break after a control (CR, LF, other Cc, Zl, Zp, and Cf except ZWNJ, ZWJ and
  // the prepended concatenation marks), so a mark right after one starts a grapheme of its own.
  if (MARK.test(s.slice(k, k + 2)) && !afterControl(s, k)) return 'splits a combining mark from its base';
  return '';
}

function checkSpan(s: string, what: string, start: number, end: number, out: string[]): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > s.length || start > end) {
    out.push(`${what} [${start}, ${end}) outside the input (length ${s.length})`);
    return;
  }
  for (const [k, side] of [
    [start, 'start'],
    [end, 'end'],
  ] as const) {
    const p = boundaryProblem(s, k);
    if (p) out.push(`${what} ${side} at ${k} ${p}`);
  }
}

/** The span violations of a report (and of proposals, when given). */
export function reportViolations(
  input: string,
  report: Report,
  proposals: readonly { start: number; end: number }[] = [],
): string[] {
  const out: string[] = [];
  let prevEnd = 0;
  for (const s of report.sentences) {
    checkSpan(input, 'sentence', s.start, s.end, out);
    if (s.start < prevEnd) out.push(`sentence at ${s.start} overlaps the previous one`);
    prevEnd = s.end;
  }
  for (const r of report.regions) checkSpan(input, `region ${r.kind}`, r.start, r.end, out);
  for (const f of report.fallbacks ?? []) checkSpan(input, `fallback ${f.kind}`, f.start, f.end, out);
  for (const f of report.findings) {
    checkSpan(input, `finding ${f.ruleId}`, f.start, f.end, out);
    if (input.slice(f.start, f.end) !== f.actual)
      out.push(`finding ${f.ruleId} at ${f.start}: actual is not the input's text`);
    if (f.fix) checkSpan(input, `fix of ${f.ruleId}`, f.fix.range[0], f.fix.range[1], out);
  }
  for (const p of proposals) checkSpan(input, 'proposal', p.start, p.end, out);
  return out;
}

const AUDIENCES = ['youth', 'rural', 'foreign'] as const;

/** Runs one case; `audience` ≥ 0 also checks that audience's proposals. */
export function checkInput(c: FuzzCase, audience = -1): Outcome {
  const t0 = performance.now();
  try {
    const report = analyze(c.input, { format: c.format, language: c.language });
    let proposals: { start: number; end: number }[] = [];
    if (audience >= 0 && report.language.supported) {
      proposals = audiences[AUDIENCES[audience % 3]!].propose(report, c.input);
    }
    const violations = reportViolations(c.input, report, proposals);
    return { crash: null, violations, ms: performance.now() - t0 };
  } catch (e) {
    const ms = performance.now() - t0;
    if (e instanceof AttacheInputError) return { crash: null, violations: [], ms };
    return { crash: e instanceof Error ? `${e.name}: ${e.message}` : String(e), violations: [], ms };
  }
}

export const FORMATS: readonly Format[] = ['text', 'markdown', 'html'];
export const LANGUAGES: readonly Language[] = ['auto', 'en', 'ru'];
