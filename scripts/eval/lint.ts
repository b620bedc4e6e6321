/** Officialese lint on the real releases: findings per 1,000 words by rule, through analyze(). */
import { analyze } from '../../packages/core/src/index.js';
import { isMain, releases } from './corpus.js';

export async function evaluate(): Promise<void> {
  console.log('\n## Lint: findings per 1,000 words by rule (shared/eval/press-releases)\n');
  for (const lang of ['en', 'ru'] as const) {
    const docs = releases(lang);
    const per = new Map<string, number>();
    let words = 0;
    let fixable = 0;
    for (const d of docs) {
      const r = analyze(d.text, { language: lang });
      words += r.counts.words;
      for (const f of r.findings) {
        per.set(f.ruleId, (per.get(f.ruleId) ?? 0) + 1);
        if (f.fix) fixable++;
      }
    }
    const total = [...per.values()].reduce((a, b) => a + b, 0);
    console.log(`${lang}: ${docs.length} releases, ${words} words, ${total} findings (${fixable} with a safe fix)`);
    for (const [rule, n] of [...per.entries()].sort((a, b) => b[1] - a[1])) {
      console.log(
        `  ${rule.padEnd(28)} ${String(n).padStart(5)}  ${((n / words) * 1000).toFixed(2).padStart(6)} per 1,000 words`,
      );
    }
  }
}

if (isMain(import.meta.url)) await evaluate();
