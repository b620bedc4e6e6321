/**
 * Figures for the playground's README: bundle sizes (gzip), time to first analysis after load,
 * and the worker's analysis time on a 2,000-word release, measured in Debian's Chromium with the
 * page's own performance marks. Prints a Markdown table.
 *
 *   pnpm --filter @attache/playground measure            # builds dist/ first when it is stale
 *   pnpm --filter @attache/playground measure -- --runs 7
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { chromiumAvailable, DIST, ensureBuilt, launch, MISSING_CHROMIUM, ROOT, serve } from '../test/harness.js';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 5) : 5;

const gz = (buf: Buffer | string): number => gzipSync(buf, { level: 9 }).length;
const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const range = (xs: number[]): string =>
  `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}, n = ${xs.length})`;

if (await ensureBuilt()) console.error('built dist/');

// --- Bundle sizes -------------------------------------------------------------------------------
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const assets = readdirSync(join(DIST, 'assets'));
const file = (name: string) => readFileSync(join(DIST, 'assets', name));
const mainJs = /src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
const mainCss = /href="\.\/assets\/([^"]+\.css)"/.exec(html)?.[1];
const worker = assets.find((a) => a.startsWith('worker-'));
// "ru-<hash>.js" (the UI catalogue), not "ru-lists-…" or a sample "ru-kremlin-…".
const ruUi = assets.find((a) => /^ru-[\w-]{8}\.js$/.test(a));
if (!mainJs || !worker) throw new Error('dist/ does not look like the playground build');
const main = gz(file(mainJs)) + (mainCss ? gz(file(mainCss)) : 0) + gz(html);

// Russian data of core and audiences (the worker imports the word lists on demand).
const ruData = [
  '../../packages/core/src/lint/data/ru',
  '../../packages/core/src/formality/data/ru.json',
  '../../packages/core/src/i18n/locales/ru.json',
  '../../packages/core/src/lint/locales/ru.json',
  '../../packages/audiences/src/data/ru',
  '../../packages/audiences/src/i18n/ru.json',
].flatMap((p) => {
  const abs = join(ROOT, p);
  return p.endsWith('.json')
    ? [readFileSync(abs, 'utf8')]
    : readdirSync(abs).map((f) => readFileSync(join(abs, f), 'utf8'));
});
const ruDataGz = gz(ruData.map((s) => JSON.stringify(JSON.parse(s))).join(''));

console.log('## Bundle (gzip -9)\n');
console.log('| part | raw | gzip |');
console.log('| --- | ---: | ---: |');
console.log(
  `| main chunk for English (JS ${mainJs} + CSS + HTML): UI, Preact, i18next, English UI strings | ${kb(file(mainJs).length + (mainCss ? file(mainCss).length : 0) + html.length)} | ${kb(main)} |`,
);
if (ruUi)
  console.log(
    `| Russian UI strings (lazy chunk, loaded on the first switch) | ${kb(file(ruUi).length)} | ${kb(gz(file(ruUi)))} |`,
  );
// The worker's chunks, as the build recorded them (vite.config.ts, `workerSize`).
const size = JSON.parse(readFileSync(join(DIST, '.vite', 'worker-size.json'), 'utf8')) as {
  englishPathKB: number;
  budgetKB: number;
  budgetMet: boolean;
  chunks: { file: string; englishPath: boolean; modules: string[] }[];
};
for (const c of size.chunks.filter((x) => x.englishPath)) {
  const what = c.modules.some((m) => m.startsWith('npm:compromise/'))
    ? 'compromise (English tagging), fetched before the first English analysis'
    : 'analysis worker (core, franc with the Latin-script models, English data), loaded in parallel';
  console.log(`| ${what}: ${c.file} | ${kb(file(c.file).length)} | ${kb(gz(file(c.file)))} |`);
}
console.log(
  `| English path (the rows above), against issue 14's budget of ${size.budgetKB} kB | | ${size.englishPathKB.toFixed(1)} kB (${size.budgetMet ? 'met' : `missed by ${(size.englishPathKB - size.budgetKB).toFixed(1)} kB`}) |`,
);
for (const c of size.chunks.filter((x) => !x.englishPath))
  console.log(`| on demand: ${c.file} | ${kb(file(c.file).length)} | ${kb(gz(file(c.file)))} |`);
console.log(
  `| Russian word lists, models and messages (approx., minified JSON; the word lists on demand) | | ${kb(ruDataGz)} |`,
);
const sampleIds = readdirSync(join(ROOT, 'src', 'samples'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4));
for (const id of sampleIds) {
  const a = assets.find((x) => x.startsWith(`${id}-`) && x.endsWith('.js'));
  if (a) console.log(`| sample ${id} (lazy) | ${kb(file(a).length)} | ${kb(gz(file(a)))} |`);
}

// --- In the browser ------------------------------------------------------------------------------
if (!chromiumAvailable()) {
  console.error(`\n${MISSING_CHROMIUM}`);
  process.exit(process.env['CI'] ? 1 : 0);
}
const server = await serve(DIST);
const { context, close } = await launch({ viewport: { width: 1400, height: 1000 } });
type Entry = { name: string; startTime: number; duration: number; detail: unknown };
const entries = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntries()
      .filter((e) => e.name.startsWith('attache:'))
      .map((e) => ({
        name: e.name,
        startTime: e.startTime,
        duration: e.duration,
        detail: (e as PerformanceMeasure).detail as unknown,
      })),
  );
try {
  const first: number[] = [];
  const ready: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('.app[data-ready="true"]');
    await page.waitForFunction(() => performance.getEntriesByName('attache:first-analysis').length > 0);
    const es: Entry[] = await entries(page);
    first.push(es.find((e) => e.name === 'attache:first-analysis')!.duration);
    ready.push(es.find((e) => e.name === 'attache:worker-ready')!.startTime);
    await page.close();
  }

  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('.app[data-ready="true"]');
  await page.getByTestId('sample').selectOption('en-state-dept-thailand-2022');
  await page.waitForSelector('.app[data-ready="true"]');
  const base = await page.getByLabel('Press release text').inputValue();
  const long: number[] = [];
  let words = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    await page.getByLabel('Press release text').fill(`${base} Edit ${i}.`);
    await page.waitForFunction((n) => performance.getEntriesByName('attache:worker-analyze').length >= n, i + 2);
    const es: Entry[] = (await entries(page)).filter((e) => e.name === 'attache:worker-analyze');
    const last = es[es.length - 1]!;
    words = (last.detail as { words: number }).words;
    if (i > 0) long.push(last.duration); // the first run after a sample load warms the worker's JIT
  }
  const audiences: string[] = [];
  for (const tab of ['youth', 'rural', 'foreign'] as const) {
    const before = (await entries(page)).filter((e) => e.name === 'attache:audience').length;
    await page.getByTestId(`tab-${tab}`).click();
    await page.waitForFunction((n) => performance.getEntriesByName('attache:audience').length > n, before);
    const es: Entry[] = (await entries(page)).filter((e) => e.name === 'attache:audience');
    audiences.push(`${tab} ${es[es.length - 1]!.duration.toFixed(0)} ms`);
  }

  console.log('\n## In Chromium (headless, this machine)\n');
  console.log('| figure | value |');
  console.log('| --- | --- |');
  console.log(
    `| time to first analysis after load (navigation start → first report on screen, 212-word sample) | ${range(first)} |`,
  );
  console.log(`| analysis worker ready (script loaded and evaluated) | ${range(ready)} after navigation start |`);
  console.log(`| worker analysis, ${words}-word release (\`analyze()\` inside the worker) | ${range(long)} |`);
  console.log(
    `| proposals + checklist (+ thread for youth) on the same release, first time per audience | ${audiences.join(', ')} |`,
  );
} finally {
  await close();
  await server.close();
}
