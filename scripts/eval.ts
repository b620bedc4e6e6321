/**
 * `pnpm eval`: measures Attaché against ../shared/eval (peer vectors, human ratings, real releases).
 * Figures are computed on the `test` split where the data has one; nothing here sets a weight.
 */
import { existsSync } from 'node:fs';
import { hasEval, EVAL_DIR } from './eval/corpus.js';

if (!hasEval()) {
  console.error(`No evaluation material at ${EVAL_DIR}. Set ATTACHE_EVAL_DIR to the shared/eval folder.`);
  process.exit(2);
}
const only = process.argv.slice(2);
const sections = ['language', 'readability', 'syllables', 'formality', 'lint', 'audiences', 'versions'].filter(
  (s) => only.length === 0 || only.includes(s),
);
for (const name of sections) {
  if (!existsSync(new URL(`./eval/${name}.ts`, import.meta.url))) {
    console.log(`\n## ${name}: no evaluation yet`);
    continue;
  }
  const mod = (await import(`./eval/${name}.js`)) as { evaluate: () => Promise<void> };
  await mod.evaluate();
}
