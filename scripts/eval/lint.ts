/**
 * `pnpm eval lint`: the linter on real releases.
 * - density: findings per 1,000 words by rule and language on the 51 releases (35 en + 16 ru),
 *   and on the two pools with `--pools`;
 * - the sentence invariants: sentences with two sentence-level findings, short sentences flagged;
 * - precision per rule and language on the labelled samples in `lint-labels/` (see LABELLING.md):
 *   every `*.jsonl` there is printed; each held-out sample (`heldout*.jsonl`) was scored once
 *   on documents the rules had not been tuned on, and serves as dev afterwards (LABELLING.md
 *   says which is which).
 *   An empty sample (`heldout3-ru.jsonl`) prints "—"; LABELLING.md says why it has no rows.
 */
import { existsSync, readdirSync } from 'node:fs';
import { analyze, loadRussianMorphology } from '../../packages/core/src/index.js';
import { isMain } from './corpus.js';
import { allDocs, printScore, readSample, score, type Doc } from './lint-precision.js';

const SENTENCE_RULES = new Set(['sentence-length', 'hard-sentence']);

function density(title: string, docs: Doc[]): void {
  console.log(`\n### Density: ${title}`);
  for (const lang of ['en', 'ru'] as const) {
    const mine = docs.filter((d) => d.lang === lang);
    if (mine.length === 0) continue;
    const per = new Map<string, number>();
    let words = 0;
    let fixable = 0;
    let doubled = 0;
    let short = 0;
    for (const d of mine) {
      const r = analyze(d.text, { language: lang });
      words += r.counts.words;
      const bySentence = new Map<number, number>();
      for (const f of r.findings) {
        per.set(f.ruleId, (per.get(f.ruleId) ?? 0) + 1);
        if (f.fix) fixable++;
        if (!SENTENCE_RULES.has(f.ruleId)) continue;
        const s = r.sentences.findIndex((x) => x.start <= f.start && f.end <= x.end);
        bySentence.set(s, (bySentence.get(s) ?? 0) + 1);
        if (s >= 0 && r.sentences[s]!.words <= 15) short++;
      }
      for (const n of bySentence.values()) if (n > 1) doubled++;
    }
    const total = [...per.values()].reduce((a, b) => a + b, 0);
    console.log(
      `${lang}: ${mine.length} texts, ${words} words, ${total} findings = ${((total / words) * 1000).toFixed(1)} per 1,000 words (${fixable} with a safe fix); sentences with two sentence findings: ${doubled}; sentences of ≤ 15 words flagged for length or difficulty: ${short}`,
    );
    for (const [rule, n] of [...per.entries()].sort((a, b) => b[1] - a[1]))
      console.log(
        `  ${rule.padEnd(28)} ${String(n).padStart(5)}  ${((n / words) * 1000).toFixed(2).padStart(6)} per 1,000 words`,
      );
  }
}

export async function evaluate(options: { pools?: boolean } = {}): Promise<void> {
  // As a press office's tool would: the Russian morphology loaded, so replacements agree.
  await loadRussianMorphology();
  console.log('\n## Lint (shared/eval/press-releases)');
  const docs = allDocs();
  density(
    'the 51 releases',
    docs.filter((d) => d.set === 'releases'),
  );
  if (options.pools ?? process.argv.includes('--pools'))
    density(
      'the pools (2,025 state.gov + 200 kremlin.ru)',
      docs.filter((d) => d.set !== 'releases'),
    );
  const dir = new URL('./lint-labels/', import.meta.url);
  if (!existsSync(dir)) return;
  console.log('\n## Lint precision on the labelled samples (scripts/eval/lint-labels, LABELLING.md)');
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.jsonl'))
    .sort())
    printScore(f, score(readSample(new URL(f, dir).pathname)));
}

if (isMain(import.meta.url)) await evaluate();
