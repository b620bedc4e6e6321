/**
 * Formality: Spearman ρ against human ratings on the TEST split (never used to fit), per genre,
 * with two baselines (F-score alone, sentence length alone); document-level AUC between the English
 * press releases (must be more formal) and the White House press-briefing answers; German ρ on the
 * held-out test split; the Russian releases' scores; tagger cost and data sizes.
 *
 * Run: `tsx scripts/eval/formality.ts` or `pnpm eval formality`.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, analyzeDetailed } from '../../packages/core/src/analyze.js';
import type { LanguageCode } from '../../packages/core/src/schema.js';
import { tokenize } from '../../packages/core/src/text/tokenize.js';
import { formalitySignals, scoreFormality, FORMALITY_MODELS } from '../../packages/core/src/formality/index.js';
import { predictRaw } from '../../packages/core/src/formality/model.js';
import { countPos, tagWords } from '../../packages/core/src/pos/index.js';
import { auc, spearman } from '../../packages/core/scripts/stats.js';
import { evalPath, isMain, readJsonl, releases } from './corpus.js';

interface RatedRow {
  id: string;
  text: string;
  text_detok?: string;
  score: number;
  genre: string;
  split: 'dev' | 'test';
}

/** The document score as users get it: `analyze` on plain text. */
export function scoreDocument(text: string, language: LanguageCode) {
  return { formality: analyze(text, { language, lint: false }).formality };
}

function fmt(x: number): string {
  return x.toFixed(3);
}

function perGenre(rows: RatedRow[], preds: Record<string, number[]>): void {
  const genres = [...new Set(rows.map((r) => r.genre))].sort();
  const header = ['', 'all', ...genres].map((h) => h.padEnd(10)).join('');
  console.log(header);
  for (const [name, p] of Object.entries(preds)) {
    const cells = [
      fmt(
        spearman(
          p,
          rows.map((r) => r.score),
        ),
      ),
    ];
    for (const g of genres) {
      const idx = rows.map((r, i) => (r.genre === g ? i : -1)).filter((i) => i >= 0);
      cells.push(
        fmt(
          spearman(
            idx.map((i) => p[i]!),
            idx.map((i) => rows[i]!.score),
          ),
        ),
      );
    }
    console.log(name.padEnd(10) + cells.map((c) => c.padEnd(10)).join(''));
  }
}

export async function evaluate(): Promise<void> {
  console.log('\n## Formality\n');

  // 1. English sentences, test split.
  const en = readJsonl<RatedRow>('formality/pavlick_tetreault_2016.jsonl').filter((r) => r.split === 'test');
  const model: number[] = [];
  const fOnly: number[] = [];
  const lenOnly: number[] = [];
  for (const r of en) {
    const text = r.text_detok ?? r.text;
    const s = formalitySignals(text, tokenize(text), 'en');
    model.push(predictRaw(FORMALITY_MODELS.en, s));
    fOnly.push(s.fScore);
    lenOnly.push(s.words);
  }
  const p = FORMALITY_MODELS.en.provenance as {
    n?: number;
    devCvSpearman?: number;
    regularisation?: { lambda?: number };
  };
  console.log(
    `English sentences (Pavlick & Tetreault 2016), test split, n=${en.length}; model fit on dev n=${p.n}, ` +
      `λ=${p.regularisation?.lambda}, dev CV ρ=${p.devCvSpearman}. Spearman ρ:`,
  );
  perGenre(en, { model, 'F-score': fOnly, length: lenOnly });
  console.log('(floor from shared/eval/README: ridge over 16 surface features ρ=0.713; F-score 0.32; length 0.57)');

  // 2. Documents: releases vs press-briefing answers.
  const releaseScores = releases('en').map((d) => ({
    id: d.id,
    score: scoreDocument(d.text, 'en').formality.score ?? NaN,
  }));
  const brief = readJsonl<{ id: string; text: string }>('informal/whitehouse_press_briefing_answers.jsonl').map(
    (d) => ({
      id: d.id,
      score: scoreDocument(d.text, 'en').formality.score ?? NaN,
    }),
  );
  const a = auc(
    releaseScores.map((d) => d.score),
    brief.map((d) => d.score),
  );
  const mean = (xs: { score: number }[]) => xs.reduce((s, x) => s + x.score, 0) / xs.length;
  const min = (xs: { score: number }[]) => Math.min(...xs.map((x) => x.score));
  const max = (xs: { score: number }[]) => Math.max(...xs.map((x) => x.score));
  console.log(
    `\nDocuments: ${releaseScores.length} English releases vs ${brief.length} press-briefing answers: AUC=${fmt(a)} ` +
      `(releases mean ${mean(releaseScores).toFixed(1)}, min ${min(releaseScores).toFixed(1)}; answers mean ${mean(brief).toFixed(1)}, max ${max(brief).toFixed(1)})`,
  );

  // 3. German, held-out test split.
  // eder2023_de.jsonl has bare NaN values in `meta`: read it tolerantly.
  const de = readFileSync(evalPath('formality', 'eder2023_de.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l.replace(/:\s*NaN\b/g, ': null')) as RatedRow)
    .filter((r) => r.split === 'test');
  const dePred = de.map((r) => predictRaw(FORMALITY_MODELS.de, formalitySignals(r.text, tokenize(r.text), 'de')));
  const deTransfer = de.map((r) => predictRaw(FORMALITY_MODELS.ru, formalitySignals(r.text, tokenize(r.text), 'de')));
  console.log(`\nGerman (Eder et al. 2023), test split, n=${de.length}: Spearman ρ`);
  perGenre(de, { model: dePred, transfer: deTransfer });
  console.log('(transfer = the English portable model used for ru/fr/es, applied to German signals)');

  // 4. Russian releases.
  const ru = releases('ru').map((d) => {
    const r = scoreDocument(d.text, 'ru');
    return `${d.id.replace('ru_kremlin_', '')}:${r.formality.score?.toFixed(0)}`;
  });
  console.log(`\nRussian releases (kremlin.ru), transferred model, label bands formal ≥ 60: ${ru.join(' ')}`);

  // 5. Cost and size.
  const sample = releases('en')
    .map((d) => d.text)
    .join(' ');
  const words = tokenize(sample).map((t) => t.text);
  const chunks: string[][] = [];
  for (let i = 0; i + 20 <= 600 && i + 20 <= words.length; i += 20) chunks.push(words.slice(i, i + 20));
  for (let k = 0; k < 50; k++) for (const c of chunks) countPos(tagWords(c));
  const N = 300;
  let t0 = performance.now();
  for (let k = 0; k < N; k++) for (const c of chunks) countPos(tagWords(c));
  const posMs = (performance.now() - t0) / N;
  // Sentences of the releases, as analyze() segments them, up to 600 words.
  const sents: { text: string; tokens: ReturnType<typeof tokenize> }[] = [];
  let taken = 0;
  for (const s of analyzeDetailed(sample, { language: 'en', lint: false }).sentences) {
    if (taken >= 600) break;
    sents.push(s);
    taken += s.words;
  }
  for (let k = 0; k < 20; k++) scoreFormality(sents, 'en');
  t0 = performance.now();
  for (let k = 0; k < 100; k++) scoreFormality(sents, 'en');
  const scoreMs = (performance.now() - t0) / 100;
  const size = (rel: string) =>
    statSync(fileURLToPath(new URL(`../../packages/core/src/${rel}`, import.meta.url))).size;
  console.log(
    `\nCost per 600 words: POS tagging ${posMs.toFixed(3)} ms; all formality signals + score ${scoreMs.toFixed(2)} ms. ` +
      `Data: pos/data/en-lexicon.json ${(size('pos/data/en-lexicon.json') / 1024).toFixed(1)} KB, ` +
      `formality/data/en.json ${(size('formality/data/en.json') / 1024).toFixed(1)} KB, ` +
      `formality/data/en-words.json ${(size('formality/data/en-words.json') / 1024).toFixed(1)} KB`,
  );
}

if (isMain(import.meta.url)) await evaluate();
