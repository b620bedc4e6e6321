/**
 * Syllable counter evaluation.
 *
 *   npx tsx scripts/eval/syllables.ts
 *
 * 1. Token-weighted agreement with the CMU Pronouncing Dictionary (first pronunciation, phones
 *    ending in 0/1/2) over the words of the US State Department pool
 *    (shared/eval/press-releases/pools/us_state_department_press_releases_2021_2022.jsonl, field
 *    `text`), counting only tokens found in CMU. Ours, our heuristic without the table, and the npm
 *    `syllable` package side by side. The pool is only measured here: nothing is fitted on it.
 * 2. Agreement on CMU headwords (type-weighted).
 * 3. The `syllable` package's own test vectors (shared/eval/syllables/syllable_npm_test_vectors.json)
 *    and textstat 1.0.0a1's 27 word → syllable pairs (shared/eval/readability/textstat_1.0.0a1_test_vectors.json).
 * 4. Other languages: textstat 0.7.11 syllable totals (Pyphen-based, so approximate), computed by
 *    textstat on its own sample texts (textstat_0.7.11_test_vectors.json / _local_outputs.json).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dictionary } from 'cmu-pronouncing-dictionary';
import { syllable } from 'syllable';
import { tokenize } from '../../packages/core/src/text/tokenize.js';
import { syllables, heuristicSyllablesEn } from '../../packages/core/src/syllables/index.js';
import type { LanguageCode } from '../../packages/core/src/schema.js';
import { EVAL_DIR } from './corpus.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = EVAL_DIR;
const POOL = resolve(SHARED, 'press-releases/pools/us_state_department_press_releases_2021_2022.jsonl');

function pct(a: number, b: number): string {
  return b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(2)}%`;
}

function cmuCounts(): { first: Map<string, number>; all: Map<string, number[]> } {
  const first = new Map<string, number>();
  const all = new Map<string, number[]>();
  for (const [key, pron] of Object.entries(dictionary)) {
    const base = key.replace(/\(\d+\)$/, '');
    const n = pron.split(' ').filter((p) => /[012]$/.test(p)).length;
    if (base === key) first.set(base, n);
    const list = all.get(base) ?? [];
    list.push(n);
    all.set(base, list);
  }
  return { first, all };
}

export interface PoolAgreement {
  tokens: number;
  ours: number;
  oursAny: number;
  heuristic: number;
  peer: number;
  docs: number;
}

export function poolAgreement(): PoolAgreement {
  const { first, all } = cmuCounts();
  const res: PoolAgreement = { tokens: 0, ours: 0, oursAny: 0, heuristic: 0, peer: 0, docs: 0 };
  const cacheOurs = new Map<string, number>();
  const cachePeer = new Map<string, number>();
  const cacheHeur = new Map<string, number>();
  for (const line of readFileSync(POOL, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { text?: string };
    if (!doc.text) continue;
    res.docs++;
    for (const tok of tokenize(doc.text)) {
      if (tok.kind !== 'word') continue;
      const lower = tok.text.toLowerCase().replace(/[’ʼ]/g, "'");
      const expected = first.get(lower);
      if (expected === undefined) continue;
      res.tokens++;
      let o = cacheOurs.get(tok.text);
      if (o === undefined) cacheOurs.set(tok.text, (o = syllables(tok.text, 'en')));
      let p = cachePeer.get(tok.text);
      if (p === undefined) cachePeer.set(tok.text, (p = syllable(tok.text)));
      let h = cacheHeur.get(lower);
      if (h === undefined) cacheHeur.set(lower, (h = heuristicSyllablesEn(lower)));
      if (o === expected) res.ours++;
      if (all.get(lower)!.includes(o)) res.oursAny++;
      if (h === expected) res.heuristic++;
      if (p === expected) res.peer++;
    }
  }
  return res;
}

interface SyllableVectors {
  fixture: Record<string, number>;
  fixture_overrides_in_test: Record<string, number>;
  api_cases: { word: string; syllables: number }[];
}

interface TextstatTexts {
  texts: Record<string, string>;
  cases: {
    metric: string;
    text_id: string | null;
    text_inline: string | null;
    args: Record<string, unknown>;
    expected: unknown;
  }[];
}

function textstatWordsSyllables(text: string, language: LanguageCode): number {
  let n = 0;
  for (const tok of tokenize(text)) n += syllables(tok.text, language);
  return n;
}

export async function evaluate(): Promise<void> {
  console.log('\n## Syllables\n');
  const pool = poolAgreement();
  console.log(
    `State Department pool: ${pool.docs} releases, ${pool.tokens} word tokens found in CMU (first pronunciation)`,
  );
  console.log(
    `  Attaché syllables()            ${pct(pool.ours, pool.tokens)}   (any CMU pronunciation: ${pct(pool.oursAny, pool.tokens)})`,
  );
  console.log(`  Attaché heuristic, no table    ${pct(pool.heuristic, pool.tokens)}`);
  console.log(`  npm syllable@5.0.1             ${pct(pool.peer, pool.tokens)}`);

  const { first } = cmuCounts();
  let head = 0;
  let headOurs = 0;
  let headHeur = 0;
  let headPeer = 0;
  for (const [w, n] of first) {
    if (!/^[a-z]+$/.test(w)) continue;
    head++;
    if (syllables(w, 'en') === n) headOurs++;
    if (heuristicSyllablesEn(w) === n) headHeur++;
    if (syllable(w) === n) headPeer++;
  }
  console.log(
    `CMU alphabetic headwords (${head}): Attaché ${pct(headOurs, head)}, heuristic alone ${pct(headHeur, head)}, syllable ${pct(headPeer, head)}`,
  );

  const dataFile = resolve(ROOT, 'packages/core/src/syllables/data/en-exceptions.ts');
  const data = readFileSync(dataFile);
  console.log(`Exception table: ${data.length} bytes raw, ${gzipSync(data, { level: 9 }).length} bytes gzipped`);

  const vec = JSON.parse(
    readFileSync(resolve(SHARED, 'syllables/syllable_npm_test_vectors.json'), 'utf8'),
  ) as SyllableVectors;
  const fixture = { ...vec.fixture, ...vec.fixture_overrides_in_test };
  let fx = 0;
  let fxOk = 0;
  let fxCmu = 0;
  let fxCmuOk = 0;
  for (const [w, n] of Object.entries(fixture)) {
    fx++;
    if (syllables(w, 'en') === n) fxOk++;
    const c = first.get(w.toLowerCase());
    if (c !== undefined && c === n) {
      fxCmu++;
      if (syllables(w, 'en') === n) fxCmuOk++;
    }
  }
  let api = 0;
  let apiOk = 0;
  for (const c of vec.api_cases) {
    api++;
    if (syllables(c.word, 'en') === c.syllables) apiOk++;
  }
  console.log(
    `syllable npm fixture: ${fxOk}/${fx} (${pct(fxOk, fx)}); on the ${fxCmu} fixture words where the fixture agrees with CMU: ${pct(fxCmuOk, fxCmu)}`,
  );
  console.log(`syllable npm regression cases: ${apiOk}/${api} (${pct(apiOk, api)})`);

  const ts1 = JSON.parse(readFileSync(resolve(SHARED, 'readability/textstat_1.0.0a1_test_vectors.json'), 'utf8')) as {
    english_word_syllables: { word: string; syllables: number }[];
  };
  const wrong1: string[] = [];
  for (const c of ts1.english_word_syllables) {
    const got = syllables(c.word, 'en');
    if (got !== c.syllables) wrong1.push(`${c.word} ${got}≠${c.syllables}`);
  }
  const n1 = ts1.english_word_syllables.length;
  console.log(
    `textstat 1.0.0a1 word pairs: ${n1 - wrong1.length}/${n1}${wrong1.length ? ` (misses: ${wrong1.join(', ')})` : ''}`,
  );

  const ts = JSON.parse(
    readFileSync(resolve(SHARED, 'readability/textstat_0.7.11_test_vectors.json'), 'utf8'),
  ) as TextstatTexts;
  const wordCases = ts.cases.filter((c) => c.metric === 'count_syllables' && c.text_inline);
  let wcOk = 0;
  for (const c of wordCases) {
    const margin = Number(c.args['margin'] ?? 0);
    if (Math.abs(textstatWordsSyllables(c.text_inline!, 'en') - Number(c.expected)) <= margin) wcOk++;
  }
  console.log(`textstat 0.7.11 count_syllables word cases (with their margins): ${wcOk}/${wordCases.length}`);

  console.log('Other languages vs textstat 0.7.11 (Pyphen hyphenation points + 1; approximate by design):');
  const local = JSON.parse(readFileSync(resolve(SHARED, 'readability/textstat_0.7.11_local_outputs.json'), 'utf8')) as {
    items: { id: string; lang: string; outputs: Record<string, unknown> }[];
  };
  const langOf: Record<string, LanguageCode> = { ru_RU: 'ru', es_ES: 'es', de_DE: 'de', fr_FR: 'fr' };
  for (const item of local.items) {
    const lang = langOf[item.lang];
    const m = /^textstat_resources\.(.+)$/.exec(item.id);
    if (!lang || !m) continue;
    const text = ts.texts[m[1]!];
    if (text === undefined || m[1] === 'LONG_TEXT') continue;
    const theirs = Number(item.outputs['count_syllables']);
    const ours = textstatWordsSyllables(text, lang);
    console.log(
      `  ${m[1]} (${lang}): ours ${ours}, textstat ${theirs} (${((100 * (ours - theirs)) / theirs).toFixed(1)}%)`,
    );
  }
  for (const c of ts.cases.filter((x) => x.metric.startsWith('syllable_count(EASY_TEXT)'))) {
    const lang = String(c.args['lang']).slice(0, 2) as LanguageCode;
    if (!['en', 'de', 'es', 'fr'].includes(lang)) continue;
    const ours = textstatWordsSyllables(ts.texts['EASY_TEXT']!, lang);
    console.log(
      `  EASY_TEXT (English text) with ${c.args['lang']} rules: ours ${ours}, textstat ${String(c.expected)}`,
    );
  }
  // Russian: ruTS counts one syllable per vowel; its test text has 198 syllables in 61 words.
  const ruts = JSON.parse(readFileSync(resolve(SHARED, 'readability/ruts_russian_test_vectors.json'), 'utf8')) as {
    text: string;
    expected_basic_stats_normalize_True: { n_syllables: number; n_words: number };
  };
  const ruWords = tokenize(ruts.text).filter((t) => t.kind === 'word');
  const ruSyl = ruWords.reduce((s, t) => s + syllables(t.text, 'ru'), 0);
  console.log(
    `  ruTS text (ru): ours ${ruSyl} syllables / ${ruWords.length} words, ruTS ${ruts.expected_basic_stats_normalize_True.n_syllables} / ${ruts.expected_basic_stats_normalize_True.n_words} (we give vowelless words like "в" one syllable)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  evaluate().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
