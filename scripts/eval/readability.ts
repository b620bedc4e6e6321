/**
 * Readability evaluation.
 *
 *   npx tsx scripts/eval/readability.ts
 *
 * 1. Formula arithmetic: the 18 words/* vectors (wooorm_formula_vectors.json) and the 6 ruTS
 *    Russian vectors (ruts_russian_test_vectors.json), within 0.01.
 * 2. The 35 English press releases (shared/eval/press-releases/en, text after the first blank
 *    line): our FKGL and FRE against textstat 0.7.11's (textstat_0.7.11_local_outputs.json).
 *    Targets: FKGL within ±1.0 and FRE within ±5 on at least 90 % of releases.
 *    To explain the differences, the counts are compared one by one, and FKGL is recomputed with
 *    textstat's sentence rule (a re-implementation of its behaviour as its vectors show it: a
 *    sentence is any run of text up to . ! or ?, and runs of at most two words are dropped).
 *
 * Sentences come from `segmentSentences` in packages/core/src/text/segment.ts when that module
 * exists and answers; otherwise from a placeholder splitter in this file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';
import { tokenize, type Token } from '../../packages/core/src/text/tokenize.js';
import { countWords } from '../../packages/core/src/counts.js';
import { computeReadability } from '../../packages/core/src/readability/index.js';
import * as f from '../../packages/core/src/readability/formulas.js';
import type { Counts, LanguageCode } from '../../packages/core/src/schema.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = resolve(ROOT, '../shared/eval');
const READ = resolve(SHARED, 'readability');

interface Range {
  start: number;
  end: number;
}

// --- placeholder sentence splitter (used only when segment.ts is not there) ---

const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr gen lt col maj capt sgt gov sen rep amb prof no nos vs etc inc ltd co corp dept est approx fig jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e a.m p.m u.s u.k u.n e.u d.c'.split(' '),
);

/** Splits at . ! ? followed by space and an upper-case letter, digit or quote, and at line breaks. */
export function placeholderSentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  const push = (end: number): void => {
    const slice = text.slice(start, end);
    if (/[\p{L}\p{N}]/u.test(slice)) {
      const lead = slice.length - slice.trimStart().length;
      out.push({ start: start + lead, end: start + slice.trimEnd().length });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < text.length && /[.!?"”’')\]]/.test(text[j]!)) j++;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && /[ \t\u00a0]/.test(text[k]!)) k++;
    const next = text[k];
    if (next !== undefined && next !== '\n' && !/[\p{Lu}\p{N}"“‘'(]/u.test(next)) continue;
    if (ch === '.') {
      const m = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(0, i - 12), i + 1));
      const word = m ? m[1]!.toLowerCase() : '';
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(m?.[1] ?? '')) continue;
    }
    push(j);
  }
  push(text.length);
  return out;
}

type Segmenter = (text: string, language: LanguageCode) => Range[];

async function loadSegmenter(): Promise<{ segment: Segmenter; name: string }> {
  const path = resolve(ROOT, 'packages/core/src/text/segment.ts');
  if (existsSync(path)) {
    try {
      const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
      const fn = mod['segmentSentences'];
      if (typeof fn === 'function') {
        const call = (text: string, language: LanguageCode): Range[] => {
          const blocks = [{ start: 0, end: text.length }];
          const res = (fn as (t: string, b: unknown, l: LanguageCode) => unknown)(text, blocks, language);
          if (!Array.isArray(res) || !res.every((r) => r && typeof r.start === 'number' && typeof r.end === 'number')) {
            throw new Error('unexpected segmentSentences result');
          }
          return res as Range[];
        };
        call('One sentence here. And another one.', 'en');
        return { segment: call, name: 'segmentSentences (src/text/segment.ts)' };
      }
    } catch (err) {
      console.log(`  (segment.ts present but not usable here: ${(err as Error).message}; using the placeholder)`);
    }
  }
  return { segment: (t) => placeholderSentences(t), name: 'placeholder splitter (scripts/eval/readability.ts)' };
}

/** textstat 0.7.11's sentence count, as its vectors show it behaves. */
export function textstatSentenceCount(text: string): number {
  const runs = text.match(/\b[^.!?]+[.!?]*/gu) ?? [];
  let kept = 0;
  for (const r of runs) {
    const words = r.replace(/[^\p{L}\p{N}\s'-]/gu, ' ').split(/\s+/).filter((w) => w.length > 0);
    if (words.length > 2) kept++;
  }
  return Math.max(1, kept);
}

export function analyseCounts(text: string, language: LanguageCode, segment: Segmenter): Counts {
  const sentences = segment(text, language);
  const tokens: Token[] = [];
  const starts = new Set<number>();
  for (const s of sentences) {
    const words = tokenize(text, s.start, s.end).filter((t) => t.kind !== 'punct');
    if (words.length > 0) starts.add(tokens.length);
    tokens.push(...words);
  }
  const wc = countWords(tokens, language, starts);
  const nonEmpty = sentences.filter((s) => tokenize(text, s.start, s.end).length > 0).length;
  return { ...wc, sentences: nonEmpty, paragraphs: text.split(/\n\s*\n/).filter((p) => p.trim()).length };
}

function bodyOf(file: string): string {
  const raw = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  const at = raw.indexOf('\n\n');
  return at >= 0 ? raw.slice(at + 2) : raw;
}

interface VectorCase {
  fn: string;
  input: Record<string, number>;
  expected: number | [number, number | string];
}

function wooormPasses(): { pass: number; total: number } {
  const { cases } = JSON.parse(readFileSync(resolve(READ, 'wooorm_formula_vectors.json'), 'utf8')) as { cases: VectorCase[] };
  let pass = 0;
  for (const c of cases) {
    const i = c.input;
    const w = i['word'] ?? 0;
    const s = i['sentence'] ?? 0;
    const syl = i['syllable'] ?? 0;
    const dc = f.daleChall(w, s, i['difficultWord'] ?? 0);
    const got: Record<string, number | [number, number] | null> = {
      flesch: f.fleschReadingEase(w, s, syl),
      fleschKincaid: f.fleschKincaidGrade(w, s, syl),
      gunningFog: f.gunningFog(w, s, i['complexPolysillabicWord'] ?? 0),
      smogFormula: f.smog(i['polysillabicWord'] ?? 0, s),
      colemanLiau: f.colemanLiau(w, s, i['letter'] ?? 0),
      automatedReadability: f.automatedReadabilityIndex(w, s, i['character'] ?? 0),
      daleChallFormula: dc,
      'daleChallGradeLevel(daleChallFormula(input))': dc === null ? null : f.daleChallGradeLevel(dc),
      spacheFormula: f.spache(w, s, i['unfamiliarWord'] ?? 0),
    };
    const v = got[c.fn];
    if (Array.isArray(c.expected)) {
      const hi = c.expected[1] === 'Infinity' ? Number.POSITIVE_INFINITY : c.expected[1];
      if (Array.isArray(v) && v[0] === c.expected[0] && v[1] === hi) pass++;
    } else if (typeof v === 'number' && Math.abs(v - c.expected) < 0.01) pass++;
  }
  return { pass, total: cases.length };
}

function rutsPasses(): { pass: number; total: number } {
  const v = JSON.parse(readFileSync(resolve(READ, 'ruts_russian_test_vectors.json'), 'utf8')) as {
    expected_readability: Record<string, { approx: number }>;
    expected_basic_stats_normalize_True: Record<string, number>;
  };
  const s = v.expected_basic_stats_normalize_True;
  const [W, S, Syl, L, C, Lg] = [s['n_words']!, s['n_sents']!, s['n_syllables']!, s['n_letters']!, s['n_complex_words']!, s['n_long_words']!];
  const ours: Record<string, number | null> = {
    flesch_kincaid_grade: f.fleschKincaidGradeRu(W, S, Syl),
    flesch_reading_easy: f.fleschReadingEaseRu(W, S, Syl),
    coleman_liau_index: f.colemanLiauRu(W, S, L),
    smog_index: f.smogRu(C, S),
    automated_readability_index: f.automatedReadabilityIndexRu(W, S, L),
    lix: f.lix(W, S, Lg),
  };
  let pass = 0;
  const entries = Object.entries(v.expected_readability);
  for (const [id, e] of entries) if (ours[id] !== null && Math.abs(ours[id]! - e.approx) < 0.01) pass++;
  return { pass, total: entries.length };
}

function pct(a: number, b: number): string {
  return `${a}/${b} (${((100 * a) / b).toFixed(0)}%)`;
}

export async function evaluate(): Promise<void> {
  console.log('\n## Readability\n');
  const w = wooormPasses();
  const r = rutsPasses();
  console.log(`Formula arithmetic: wooorm ${w.pass}/${w.total}, ruTS ${r.pass}/${r.total}`);

  const { segment, name } = await loadSegmenter();
  console.log(`Sentences: ${name}`);
  const local = JSON.parse(readFileSync(resolve(READ, 'textstat_0.7.11_local_outputs.json'), 'utf8')) as {
    items: { id: string; lang: string; outputs: Record<string, number | string> }[];
  };
  const byId = new Map(local.items.map((i) => [i.id, i.outputs]));
  const dir = resolve(SHARED, 'press-releases/en');
  const files = readdirSync(dir).filter((x) => x.endsWith('.txt')).sort();
  let n = 0;
  let fkHit = 0;
  let freHit = 0;
  let fkHitTsSent = 0;
  let freHitTsSent = 0;
  let sumFk = 0;
  let sumFre = 0;
  const sums = { words: 0, sentences: 0, syllables: 0, tsWords: 0, tsSentences: 0, tsSyllables: 0, tsRuleSentences: 0 };
  const rows: string[] = [];
  for (const file of files) {
    const ts = byId.get(`press_releases/en/${file}`);
    if (!ts) continue;
    const text = bodyOf(resolve(dir, file));
    const counts = analyseCounts(text, 'en', segment);
    const read = computeReadability(counts, 'en');
    const tsFk = Number(ts['flesch_kincaid_grade']);
    const tsFre = Number(ts['flesch_reading_ease']);
    const fk = read.fleschKincaidGrade!;
    const fre = read.fleschReadingEase!;
    n++;
    if (Math.abs(fk - tsFk) <= 1) fkHit++;
    if (Math.abs(fre - tsFre) <= 5) freHit++;
    sumFk += fk - tsFk;
    sumFre += fre - tsFre;
    const tsRule = textstatSentenceCount(text);
    const fkTsSent = f.fleschKincaidGrade(counts.words, tsRule, counts.syllables)!;
    if (Math.abs(fkTsSent - tsFk) <= 1) fkHitTsSent++;
    if (Math.abs(f.fleschReadingEase(counts.words, tsRule, counts.syllables)! - tsFre) <= 5) freHitTsSent++;
    sums.words += counts.words;
    sums.sentences += counts.sentences;
    sums.syllables += counts.syllables;
    sums.tsWords += Number(ts['count_words(rm_punctuation=True)']);
    sums.tsSentences += Number(ts['count_sentences']);
    sums.tsSyllables += Number(ts['count_syllables']);
    sums.tsRuleSentences += tsRule;
    rows.push(
      `  ${file.padEnd(22)} words ${String(counts.words).padStart(4)}/${String(ts['count_words(rm_punctuation=True)']).padStart(4)}` +
        `  sent ${String(counts.sentences).padStart(3)}/${String(ts['count_sentences']).padStart(3)}` +
        `  syl ${String(counts.syllables).padStart(5)}/${String(ts['count_syllables']).padStart(5)}` +
        `  FKGL ${fk.toFixed(2).padStart(6)}/${tsFk.toFixed(2).padStart(6)}${Math.abs(fk - tsFk) <= 1 ? ' ' : '*'}` +
        `  FRE ${fre.toFixed(1).padStart(6)}/${tsFre.toFixed(1).padStart(6)}${Math.abs(fre - tsFre) <= 5 ? ' ' : '*'}`,
    );
  }
  console.log(`English press releases vs textstat 0.7.11 (ours/textstat; * = outside the band):`);
  for (const row of rows) console.log(row);
  console.log(`FKGL within ±1.0: ${pct(fkHit, n)}   (mean difference ${(sumFk / n).toFixed(2)})`);
  console.log(`FRE within ±5:    ${pct(freHit, n)}   (mean difference ${(sumFre / n).toFixed(2)})`);
  console.log(
    `Totals ours/textstat: words ${sums.words}/${sums.tsWords}, sentences ${sums.sentences}/${sums.tsSentences}, syllables ${sums.syllables}/${sums.tsSyllables}`,
  );
  console.log(
    `Diagnosis: textstat's sentence rule re-implemented here gives ${sums.tsRuleSentences} sentences (textstat: ${sums.tsSentences}); ` +
      `with it, our FKGL is within ±1.0 on ${pct(fkHitTsSent, n)} and FRE within ±5 on ${pct(freHitTsSent, n)}.`,
  );
  console.log(
    'Causes: (1) textstat splits sentences at every period ("U.S.", initials, "a.m."), never at a line break, and drops ' +
      'runs of one or two words; (2) it counts syllables of words missing from cmudict with Pyphen hyphenation points + 1, ' +
      'which undercounts names and compounds; (3) it deletes hyphens and joins the parts ("singer-songwriter" → ' +
      '"singersongwriter"); (4) it reads URLs and e-mail addresses as words.',
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  evaluate().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
