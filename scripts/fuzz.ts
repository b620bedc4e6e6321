/**
 * `pnpm fuzz`: the large fuzz run (test/fuzz.test.ts runs a small count in `pnpm test`).
 * Generators and checks are in test/fuzz-harness.ts. Default: 100,200 inputs — 81,000 random
 * Unicode, 18,000 mutated releases (an audience's proposals checked on every 10th) and 1,200
 * deeply nested Markdown/HTML, spread evenly over the formats and languages (auto, en, ru).
 * `--scale 0.1` runs a tenth; `--seed N` changes the inputs (default 15); `--only nested` runs one
 * generator.
 *
 * Prints inputs run, crashes, span violations (with the first examples) and the slowest
 * input's time per 10 KB (an input under 10 KB counts as 10 KB).
 */
import fc from 'fast-check';
import {
  checkInput,
  FORMATS,
  LANGUAGES,
  mutatedInput,
  nestedInput,
  releaseTexts,
  unicodeInput,
  type FuzzCase,
  type Generator,
} from '../test/fuzz-harness.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const scale = opt('--scale', 1);
const seed = opt('--seed', 15);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;

const texts = releaseTexts();
const plan: { gen: Generator; runs: number; arb: fc.Arbitrary<FuzzCase>; every: number }[] = [];
for (const format of FORMATS) {
  plan.push({
    gen: 'unicode',
    runs: Math.round(27_000 * scale),
    arb: fc
      .tuple(unicodeInput, fc.constantFrom(...LANGUAGES))
      .map(([input, language]) => ({ input, format, language })),
    every: 0,
  });
  plan.push({
    gen: 'mutated',
    runs: Math.round(6_000 * scale),
    arb: fc
      .tuple(mutatedInput(texts), fc.constantFrom(...LANGUAGES))
      .map(([input, language]) => ({ input, format, language })),
    every: 10,
  });
}
plan.push({ gen: 'nested', runs: Math.round(1_200 * scale), arb: nestedInput, every: 0 });

interface Tally {
  inputs: number;
  chars: number;
  crashes: number;
  violations: number;
  slowestPer10k: number;
  slowest: string;
}
// Warm-up (lazy word lists, models, JIT), so the first input of a kind is not timed with it.
for (const format of FORMATS)
  for (const language of LANGUAGES)
    for (const a of [0, 1, 2]) checkInput({ input: texts[a % texts.length]!.slice(0, 3000), format, language }, a);

const tallies = new Map<string, Tally>();
const examples: string[] = [];
let total = 0;
const t0 = performance.now();
for (const [pi, p] of plan.entries()) {
  if (only && p.gen !== only) continue;
  for (let done = 0; done < p.runs;) {
    const batch = Math.min(p.gen === 'nested' ? 50 : 1000, p.runs - done);
    const cases = fc.sample(p.arb, { numRuns: batch, seed: seed * 1000 + pi * 100 + done });
    for (const [k, c] of cases.entries()) {
      const key = `${p.gen} ${c.format}`;
      let t = tallies.get(key);
      if (!t) tallies.set(key, (t = { inputs: 0, chars: 0, crashes: 0, violations: 0, slowestPer10k: 0, slowest: '' }));
      const o = checkInput(c, p.every > 0 && (done + k) % p.every === 0 ? done + k : -1);
      t.inputs++;
      t.chars += c.input.length;
      const per10k = (o.ms * 10_000) / Math.max(10_000, c.input.length);
      if (per10k > t.slowestPer10k) {
        t.slowestPer10k = per10k;
        t.slowest = `${c.input.length} chars, ${Math.round(o.ms)} ms: ${JSON.stringify(c.input.slice(0, 40))}…`;
      }
      if (o.crash) {
        t.crashes++;
        if (examples.length < 20)
          examples.push(`CRASH ${key} ${c.language}: ${o.crash} on ${JSON.stringify(c.input.slice(0, 200))}`);
      }
      if (o.violations.length > 0) {
        t.violations += o.violations.length;
        if (examples.length < 20)
          examples.push(`SPAN ${key} ${c.language}: ${o.violations[0]} on ${JSON.stringify(c.input.slice(0, 200))}`);
      }
    }
    done += batch;
    total += batch;
    process.stderr.write(`\r${total} inputs, ${Math.round((performance.now() - t0) / 1000)} s`);
  }
}
process.stderr.write('\n');

console.log(
  `\nFuzz: ${total.toLocaleString('en')} inputs, seed ${seed}, ${Math.round((performance.now() - t0) / 1000)} s`,
);
console.log('generator format       inputs      chars  crashes  span violations  slowest ms/10 KB');
let crashes = 0;
let violations = 0;
let slowest = 0;
for (const [key, t] of tallies) {
  crashes += t.crashes;
  violations += t.violations;
  slowest = Math.max(slowest, t.slowestPer10k);
  console.log(
    `${key.padEnd(18)} ${String(t.inputs).padStart(9)} ${String(t.chars).padStart(10)} ${String(t.crashes).padStart(8)} ${String(t.violations).padStart(16)} ${t.slowestPer10k.toFixed(0).padStart(17)}`,
  );
}
for (const [key, t] of tallies) console.log(`slowest ${key}: ${t.slowest}`);
console.log(
  `\nTotal: ${total.toLocaleString('en')} inputs, ${crashes} crashes, ${violations} span violations, slowest ${slowest.toFixed(0)} ms per 10 KB`,
);
for (const e of examples) console.log(e);
process.exitCode = crashes > 0 || violations > 0 ? 1 : 0;
