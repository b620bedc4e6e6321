/**
 * Test helpers for the lint engine: a small stand-in for source parsing and segmentation, so
 * the rules can be tested (and run over the press releases) before `analyze()` wires them in.
 *
 * `contextOf(input, language)` reads a tiny Markdown-like syntax with an exact offset map:
 * - `<!-- … -->` comments are removed from the prose and kept in `prose.comments`;
 * - `**bold**` and `*em*` markers are removed;
 * - `` `code` `` keeps its text and is a `code` region; `http(s)://…` is a `url` region;
 * - “…”, "…" and «…» are `quote` regions; lines starting with `> ` are a `blockquote` (marker
 *   removed);
 * - blank lines separate blocks; sentences never cross blocks.
 */
import { LineIndex } from '../src/lines.js';
import { lint, type LintConfig, type RuleContext } from '../src/lint/index.js';
import type { LintSentence } from '../src/lint/types.js';
import type { Finding, LanguageCode } from '../src/schema.js';
import type { Prose, ProseBlock, ProseRegion, SourceComment } from '../src/source/types.js';
import { tokenize } from '../src/text/tokenize.js';

export function proseOf(input: string): Prose {
  let text = '';
  const map: number[] = []; // prose offset → original offset
  const comments: SourceComment[] = [];
  const regions: ProseRegion[] = [];
  let i = 0;
  let lineStart = true;
  let codeFrom = -1;
  let starOpen = false;
  while (i < input.length) {
    if (input.startsWith('<!--', i)) {
      const close = input.indexOf('-->', i + 4);
      const end = close < 0 ? input.length : close + 3;
      comments.push({ text: input.slice(i, end), start: i, end });
      i = end;
      continue;
    }
    if (lineStart && input.startsWith('> ', i)) {
      i += 2;
      lineStart = false;
      continue;
    }
    const ch = input[i]!;
    if (ch === '`') {
      if (codeFrom < 0) codeFrom = text.length;
      else {
        regions.push({ kind: 'code', start: codeFrom, end: text.length });
        codeFrom = -1;
      }
      i++;
      continue;
    }
    if (codeFrom < 0 && input.startsWith('**', i)) {
      i += 2;
      continue;
    }
    if (codeFrom < 0 && ch === '*' && (starOpen || isEmphasis(input, i))) {
      starOpen = !starOpen;
      i++;
      continue;
    }
    map.push(i);
    text += ch;
    lineStart = ch === '\n';
    i++;
  }
  map.push(input.length);
  // Blockquote lines (in the original) → regions over their prose.
  let pos = 0;
  for (const line of input.split('\n')) {
    if (line.startsWith('> ')) {
      const from = pos + 2;
      const to = pos + line.length;
      const ps = map.findIndex((o) => o >= from);
      let pe = map.findIndex((o) => o >= to);
      if (pe < 0) pe = text.length;
      if (ps >= 0 && pe > ps) regions.push({ kind: 'blockquote', start: ps, end: pe });
    }
    pos += line.length + 1;
  }
  for (const m of text.matchAll(/https?:\/\/[^\s)>\]]+[^\s)>\].,;:!?]/g))
    regions.push({ kind: 'url', start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(/[\w.+-]+@[\w-]+\.[\w.]+\w/g))
    regions.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(/“[^”\n]*”|«[^»\n]*»|"[^"\n]*"/g))
    regions.push({ kind: 'quote', start: m.index, end: m.index + m[0].length });
  regions.sort((a, b) => a.start - b.start || b.end - a.end);
  const blocks: ProseBlock[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n[^\n]+)*/g))
    blocks.push({ kind: 'paragraph', start: m.index, end: m.index + m[0].length });
  return {
    text,
    blocks,
    regions,
    comments,
    toOriginal(start: number, end: number): [number, number] {
      if (start >= end) return [map[start]!, map[start]!];
      return [map[start]!, map[end - 1]! + 1];
    },
  };
}

function isEmphasis(input: string, i: number): boolean {
  const ch = input[i]!;
  const close = input.indexOf(ch, i + 1);
  const nl = input.indexOf('\n', i + 1);
  return close > i + 1 && (nl < 0 || close < nl);
}

const ABBREV =
  /(?:\b(?:U\.S|U\.K|Mr|Mrs|Ms|Dr|No|St|Jr|Sr|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Prof|Inc|Ltd|Co|vs|etc|e\.g|i\.e|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|г|гг|ул|д|см|т\.е|т\.д|т\.п|им|млн|млрд|тыс|руб|проф|акад|\p{Lu})\.)$/u;

/** A simple sentence splitter for tests: . ! ? … followed by space and a capital, a digit or a quote. */
export function splitSentences(prose: Prose): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const b of prose.blocks) {
    let start = b.start;
    const part = prose.text.slice(b.start, b.end);
    const re = /[.!?…]+["”»’)]*(?=\s+["“«(]?[\p{Lu}\p{N}])/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(part)) !== null) {
      const endAbs = b.start + m.index + m[0].length;
      const before = prose.text.slice(start, b.start + m.index + 1);
      if (m[0] === '.' && ABBREV.test(before.trimEnd())) continue;
      out.push({ start, end: endAbs });
      start = endAbs;
      while (start < b.end && /\s/.test(prose.text[start]!)) start++;
    }
    if (start < b.end) out.push({ start, end: b.end });
  }
  return out.filter((s) => s.end > s.start);
}

const VOWELS: Record<string, RegExp> = { en: /[aeiouy]+/gi, ru: /[аеёиоуыэюя]/gi };

export function syllables(word: string, language: LanguageCode): number {
  const w = word.toLowerCase();
  if (language === 'ru') return Math.max(1, (w.match(VOWELS.ru!) ?? []).length);
  let n = (
    w
      .replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '')
      .replace(/^y/, '')
      .match(VOWELS.en!) ?? []
  ).length;
  return Math.max(1, n);
}

/** Flesch–Kincaid grade of one sentence (Russian: the Oborneva-style adaptation). */
export function gradeOf(words: string[], language: LanguageCode): number | null {
  if (words.length === 0) return null;
  const syl = words.reduce((a, w) => a + syllables(w, language), 0) / words.length;
  if (language === 'ru') return 0.5 * words.length + 8.4 * syl - 15.59;
  return 0.39 * words.length + 11.8 * syl - 15.59;
}

export interface ContextOptions {
  locale?: 'en' | 'ru';
  /** Override the grade of every sentence (to test hard-sentence thresholds exactly). */
  grade?: number | null;
}

export function contextOf(input: string, language: LanguageCode = 'en', opts: ContextOptions = {}): RuleContext {
  const prose = proseOf(input);
  const quoteRegions = prose.regions.filter((r) => r.kind === 'quote' || r.kind === 'blockquote');
  const skip = prose.regions.filter((r) => r.kind === 'code' || r.kind === 'url' || r.kind === 'email');
  const sentences: LintSentence[] = splitSentences(prose).map(({ start, end }) => {
    const tokens = tokenize(prose.text, start, end).filter(
      (t) => !skip.some((r) => t.start < r.end && t.end > r.start),
    );
    const grade =
      opts.grade !== undefined
        ? opts.grade
        : gradeOf(
            tokens.map((t) => t.text),
            language,
          );
    return {
      start,
      end,
      text: prose.text.slice(start, end),
      tokens,
      quoted: tokens.length > 0 && tokens.every((t) => quoteRegions.some((r) => r.start <= t.start && t.end <= r.end)),
      words: tokens.length,
      grade,
      difficulty: grade === null ? 'ok' : grade >= 14 ? 'very-hard' : grade >= 10 ? 'hard' : 'ok',
    };
  });
  return { input, prose, language, sentences, lines: new LineIndex(input), locale: opts.locale ?? 'en' };
}

export function lintText(
  input: string,
  language: LanguageCode = 'en',
  config?: LintConfig,
  opts: ContextOptions = {},
): Finding[] {
  return lint(contextOf(input, language, opts), config);
}

/** Only the findings of one rule. */
export function lintRule(
  ruleId: string,
  input: string,
  language: LanguageCode = 'en',
  config?: LintConfig,
  opts: ContextOptions = {},
): Finding[] {
  return lintText(input, language, config, opts).filter((f) => f.ruleId === ruleId);
}

/** Reads a release from the eval set: header lines, a blank line, then the text. */
export function releaseBody(raw: string): string {
  const i = raw.indexOf('\n\n');
  return i < 0 ? raw : raw.slice(i + 2);
}

// ---------------------------------------------------------------- RuleTester-style cases

export interface ExpectedError {
  messageId: string;
  /** The fix text, or null for "no fix". Omit to not check. */
  fix?: string | null;
  suggestions?: string[];
  severity?: 'error' | 'warning' | 'suggestion';
  data?: Record<string, string | number>;
}

export interface InvalidCase {
  /** The text, with every expected finding's span marked `[[…]]` (in order). */
  code: string;
  language?: LanguageCode;
  config?: LintConfig;
  opts?: ContextOptions;
  errors: ExpectedError[];
  /** The text after applyFixes, when the case has fixes. */
  output?: string;
}

export interface ValidCase {
  code: string;
  language?: LanguageCode;
  config?: LintConfig;
  opts?: ContextOptions;
}

/** Strips `[[…]]` markers, returning the text and the marked spans (exact offsets). */
export function unmark(marked: string): { code: string; spans: [number, number][] } {
  let code = '';
  const spans: [number, number][] = [];
  const open: number[] = [];
  for (let i = 0; i < marked.length; i++) {
    if (marked.startsWith('[[', i)) {
      open.push(code.length);
      i++;
    } else if (marked.startsWith(']]', i) && open.length) {
      spans.push([open.pop()!, code.length]);
      i++;
    } else code += marked[i];
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { code, spans };
}
