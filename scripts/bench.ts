/**
 * `pnpm bench`: how fast `analyze` is, next to retext (readability + passive + simplify) and
 * text-readability, run side by side in this one process so the ratios compare like with like.
 * Prints medians; nothing here is asserted (machines are shared and noisy).
 *
 * Figures: analyze per ~600-word English and Russian release on the built packages, median and p90
 * (bench-release.ts, run first); median latency on ~600-word releases, words per second over the State Department
 * pool, the 16×/8× text-length ratio (linear growth ≈ 2.0), where the time goes by stage, and the
 * time per audience version (`compose`, deterministic; bench-versions.ts).
 */
import { retext } from 'retext';
import retextPassive from 'retext-passive';
import retextReadability from 'retext-readability';
import retextSimplify from 'retext-simplify';
import readability from 'text-readability';
import { analyze, detectLanguage, extractProse, segmentSentences, tokenize } from '../packages/core/src/index.js';
import { countWords } from '../packages/core/src/counts.js';
import { detectAnatomy } from '../packages/core/src/source/anatomy.js';
import { scoreFormality } from '../packages/core/src/formality/index.js';
import { LineIndex } from '../packages/core/src/lines.js';
import { lint } from '../packages/core/src/lint/index.js';
import { computeReadability, sentenceGrade, difficultyOf } from '../packages/core/src/readability/index.js';
import { EVAL_SKIP_NOTE, hasEval, readJsonl } from './eval/corpus.js';
import { benchVersions } from './bench-versions.js';
import { benchRelease } from './bench-release.js';

// 0. Issue 11's figure first: analyze per ~600-word release, English and Russian, on the built packages.
await benchRelease();
if (!hasEval()) {
  console.log(`The rest of the bench reads the pools: ${EVAL_SKIP_NOTE}`);
  process.exit(0);
}

interface PoolDoc {
  text: string;
  words: number;
}

const pool = readJsonl<PoolDoc>('press-releases/pools/us_state_department_press_releases_2021_2022.jsonl');
const wordsOf = (t: string) => tokenize(t).length;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median milliseconds of `fn` over `runs` runs after `warm` warm-up runs. */
function time(fn: () => unknown, runs: number, warm = 3): number {
  for (let i = 0; i < warm; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

const retextProcessor = retext().use(retextReadability).use(retextPassive).use(retextSimplify);
const tools: Record<string, (text: string) => unknown> = {
  'attaché analyze (scores + all rules)': (t) => analyze(t, { language: 'en' }),
  'attaché analyze (scores only)': (t) => analyze(t, { language: 'en', lint: false }),
  'retext (readability+passive+simplify)': (t) => retextProcessor.runSync(retextProcessor.parse(t)),
  'text-readability (8 formulas)': (t) => [
    readability.fleschReadingEase(t),
    readability.fleschKincaidGrade(t),
    readability.gunningFog(t),
    readability.smogIndex(t),
    readability.colemanLiauIndex(t),
    readability.automatedReadabilityIndex(t),
    readability.daleChallReadabilityScore(t),
    readability.lix(t),
  ],
};

// 1. ~600-word releases.
const six = pool.filter((d) => d.words >= 570 && d.words <= 630).slice(0, 20);
console.log(`# Benchmarks (Node ${process.version}, ${six.length} State Department releases of 570–630 words)\n`);
console.log('## Median latency per ~600-word release\n');
const base: Record<string, number> = {};
for (const [name, fn] of Object.entries(tools)) {
  const per = six.map((d) => time(() => fn(d.text), 15));
  base[name] = median(per);
}
const ours = base['attaché analyze (scores + all rules)']!;
for (const [name, ms] of Object.entries(base)) {
  console.log(`${name.padEnd(42)} ${ms.toFixed(2).padStart(7)} ms   ×${(ms / ours).toFixed(2)} of attaché`);
}
// Russian: kremlin.ru items of 500–700 words (transcripts among them), title and place included.
const ruPool = readJsonl<{ title: string; place?: string; text_clean: string; words: number }>(
  'press-releases/pools/kremlin_ru_news_2024-12_2025-05.jsonl',
).filter((d) => d.words >= 500 && d.words <= 700);
const ruMs = median(
  ruPool.slice(0, 20).map((d) => {
    const t = `${d.title}\n\n${d.place ? `${d.place}\n\n` : ''}${d.text_clean}`;
    return time(() => analyze(t, { language: 'ru' }), 15);
  }),
);
console.log(
  `${'attaché analyze, Russian (kremlin.ru, 500–700 words)'.padEnd(42)} ${ruMs.toFixed(2).padStart(7)} ms   (${Math.min(20, ruPool.length)} items)`,
);

// 2. Where the time goes (one 600-word release, stages timed separately).
console.log('\n## Where the time goes (median ms per ~600-word release)\n');
const stageTimes: Record<string, number[]> = {};
for (const d of six) {
  const text = d.text;
  const prose = extractProse(text, 'text');
  const spans = segmentSentences(prose.text, prose.blocks, 'en');
  const toks = spans.map((s) => tokenize(prose.text, s.start, s.end));
  const sentences = spans.map((s, i) => {
    const c = countWords(toks[i]!, 'en');
    const grade = sentenceGrade(c.words, c.syllables, 'en');
    return {
      ...s,
      text: prose.text.slice(s.start, s.end),
      tokens: toks[i]!,
      quoted: false,
      words: c.words,
      grade,
      difficulty: grade === null ? ('ok' as const) : difficultyOf(grade),
    };
  });
  const docCounts = { ...countWords(toks.flat(), 'en'), sentences: spans.length, paragraphs: 1 };
  const stages: Record<string, () => unknown> = {
    'source (plain text)': () => extractProse(text, 'text'),
    'anatomy (title, turns, agreed text …)': () => detectAnatomy(prose),
    'language (franc)': () => detectLanguage(prose.text),
    'sentences (Intl.Segmenter + abbreviations)': () => segmentSentences(prose.text, prose.blocks, 'en'),
    'tokens + counts + syllables': () => spans.map((s) => countWords(tokenize(prose.text, s.start, s.end), 'en')),
    'readability formulas': () => computeReadability(docCounts, 'en'),
    'formality (POS + signals + model)': () => scoreFormality(sentences, 'en'),
    'lint (all rules)': () =>
      lint({ input: text, prose, language: 'en', sentences, lines: new LineIndex(text), locale: 'en' }),
  };
  for (const [name, fn] of Object.entries(stages)) (stageTimes[name] ??= []).push(time(fn, 10));
}
for (const [name, xs] of Object.entries(stageTimes))
  console.log(`${name.padEnd(44)} ${median(xs).toFixed(2).padStart(7)} ms`);

// 3. Throughput over the whole pool.
console.log(`\n## Throughput over the pool (${pool.length} releases)\n`);
const totalWords = pool.reduce((n, d) => n + wordsOf(d.text), 0);
for (const [name, fn] of Object.entries(tools)) {
  const t0 = performance.now();
  for (const d of pool) fn(d.text);
  const s = (performance.now() - t0) / 1000;
  console.log(
    `${name.padEnd(42)} ${Math.round(totalWords / s)
      .toLocaleString('en')
      .padStart(9)} words/s  (${s.toFixed(1)} s for ${totalWords.toLocaleString('en')} words)`,
  );
}

// 4. Linearity: 16× vs 8× the same text.
console.log('\n## Growth with length (time at 16× ÷ time at 8× a 600-word release; linear ≈ 2.0)\n');
const doc = six[0]!.text;
const x8 = Array(8).fill(doc).join('\n\n');
const x16 = Array(16).fill(doc).join('\n\n');
for (const [name, fn] of Object.entries(tools)) {
  const a = time(() => fn(x8), 9, 2);
  const b = time(() => fn(x16), 9, 2);
  console.log(
    `${name.padEnd(42)} 8×: ${a.toFixed(1).padStart(7)} ms   16×: ${b.toFixed(1).padStart(7)} ms   ratio ${(b / a).toFixed(2)}`,
  );
}

// 5. Time per version (issue 12): compose on the deterministic path.
benchVersions(six.map((d) => d.text));
