/**
 * `tsx scripts/bench-ru-dict.ts [--runs N]`: what loading the Russian dictionary costs, core's own
 * reader of its gzipped files (`loadRussianMorphology()`, packages/core/dicts/ru) against Az.js
 * reading the same dictionary unpacked from the az package (a devDependency of core, the reader
 * core used before). Each run is a fresh Node process, the two alternated run by run; medians of
 * N (default 5). Figures: load time, the first parse, then the retained memory after a GC (V8
 * heap, ArrayBuffers, RSS) and 2,000 parses of 10 words. Needs the build. Prints; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

const WORDS =
  "['мероприятиях','подписала','заявляет','событие','России','документов','принимал','решение','оперативное','помощь']";
const MEASURE = `
  const m0 = process.memoryUsage(); const t0 = performance.now();
  const parse = await LOAD;
  const t1 = performance.now(); parse('мероприятиях'); const t2 = performance.now();
  const words = ${WORDS};
  const t3 = performance.now(); for (let i = 0; i < 200; i++) for (const w of words) parse(w + (i % 2 ? '' : 'и')); const t4 = performance.now();
  globalThis.gc(); const m1 = process.memoryUsage();
  console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, parses: t4 - t3, heap: (m1.heapUsed - m0.heapUsed) / 1e6,
    buffers: (m1.arrayBuffers - m0.arrayBuffers) / 1e6, rss: (m1.rss - m0.rss) / 1e6 }));`;

const core = `
  const { loadRussianMorphology } = await import(${JSON.stringify(`${repo}/packages/core/dist/index.js`)});
  ${MEASURE.replace('LOAD', 'loadRussianMorphology().then((m) => (w) => m.parse(w))')}`;
const az = `
  const { createRequire } = await import('node:module');
  const require = createRequire(${JSON.stringify(`${repo}/packages/core/package.json`)});
  const Az = require('az'); const dir = require.resolve('az/package.json').replace(/package\\.json$/, 'dicts');
  ${MEASURE.replace('LOAD', 'new Promise((res, rej) => Az.Morph.init(dir, (e) => (e ? rej(e) : res((w) => Az.Morph(w, { stutter: 0, typos: 0 })))))')}`;

type Figures = Record<'load' | 'first' | 'parses' | 'heap' | 'buffers' | 'rss', number>;
const results: Record<string, Figures[]> = { az: [], core: [] };
for (let i = 0; i < runs; i++)
  for (const [name, code] of Object.entries({ az, core })) {
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', code], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${name}: ${r.stderr}`);
    results[name]!.push(JSON.parse(r.stdout) as Figures);
  }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const med = (name: string, k: keyof Figures) => median(results[name]!.map((f) => f[k]));
console.log(`Russian dictionary, median of ${runs} fresh processes each (load average ${loadavg()[0]!.toFixed(2)}):`);
for (const name of ['az', 'core'])
  console.log(
    `  ${name === 'az' ? 'Az.js, unpacked files  ' : 'core, gzipped files    '} load ${med(name, 'load').toFixed(0)} ms, first parse ${med(name, 'first').toFixed(1)} ms, ` +
      `2,000 parses ${med(name, 'parses').toFixed(0)} ms; retained: heap ${med(name, 'heap').toFixed(1)} MB, ` +
      `ArrayBuffers ${med(name, 'buffers').toFixed(1)} MB, RSS ${med(name, 'rss').toFixed(1)} MB`,
  );
console.log(`  load time core / Az.js: ${(med('core', 'load') / med('az', 'load')).toFixed(2)}`);
