/**
 * Every English split point the split rules find in every sentence of the English pool
 * (../shared/eval/press-releases/pools, 2,025 State Department releases), whatever the sentence's
 * length, and the split each audience would propose. Written to a JSON file so that a refactor
 * of the split rules can show the points are unchanged:
 * `tsx scripts/eval/split-points.ts /tmp/before.json`, refactor, then
 * `tsx scripts/eval/split-points.ts /tmp/after.json --compare /tmp/before.json`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyze } from '@attache/core';
import { makeDoc } from '../../packages/audiences/src/doc.js';
import { enSplitPoints } from '../../packages/audiences/src/proposers/split-sentence/index.js';
import { EVAL_SKIP_NOTE, hasEval, isMain, readJsonl } from './corpus.js';

const POOL = 'press-releases/pools/us_state_department_press_releases_2021_2022.jsonl';

/** `url → [start, end, replacement, confidence, pattern][]` over the pool. */
export function splitPoints(): Record<string, [number, number, string, number, string][]> {
  const out: Record<string, [number, number, string, number, string][]> = {};
  for (const row of readJsonl<{ url: string; text: string }>(POOL)) {
    const doc = makeDoc(analyze(row.text, { language: 'en' }), row.text);
    out[row.url] = doc.sentences.flatMap((s) =>
      enSplitPoints(doc, s).map(
        (p) => [p.start, p.end, p.replacement, p.confidence, p.pattern] as [number, number, string, number, string],
      ),
    );
  }
  return out;
}

if (isMain(import.meta.url)) {
  if (!hasEval()) {
    console.log(EVAL_SKIP_NOTE);
    process.exit(0);
  }
  const [file, flag, other] = process.argv.slice(2);
  const now = splitPoints();
  const count = Object.values(now).reduce((n, v) => n + v.length, 0);
  console.log(`${Object.keys(now).length} pool items, ${count} split points`);
  if (file) writeFileSync(file, JSON.stringify(now));
  if (flag === '--compare' && other) {
    const before = JSON.parse(readFileSync(other, 'utf8')) as typeof now;
    const keys = [...new Set([...Object.keys(before), ...Object.keys(now)])];
    const differ = keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(now[k]));
    const was = Object.values(before).reduce((n, v) => n + v.length, 0);
    console.log(`before ${was} points, after ${count}; ${differ.length}/${keys.length} items differ`);
    for (const k of differ.slice(0, 20)) console.log(k, JSON.stringify(before[k]), '→', JSON.stringify(now[k]));
    if (differ.length > 0) process.exitCode = 1;
  }
}
