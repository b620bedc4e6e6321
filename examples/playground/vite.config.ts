import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const src = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * After the build, prints what the analysis worker weighs (gzip, level 9): the worker itself and
 * the chunks it imports (compromise, English tagging, fetched on the first English analysis).
 * Issue 14's target for the English path is ≤ 250 kB gzip.
 */
function workerSize(): Plugin {
  return {
    name: 'attache-worker-size',
    apply: 'build',
    closeBundle() {
      const assets = src('dist/assets');
      if (!existsSync(assets)) return;
      const files = readdirSync(assets);
      const worker = files.find((f) => /^worker-[\w-]+\.js$/.test(f));
      if (!worker) return;
      const kB = (f: string): number => gzipSync(readFileSync(join(assets, f)), { level: 9 }).length / 1024;
      const code = readFileSync(join(assets, worker), 'utf8');
      const chunks = [...new Set([...code.matchAll(/["'`]\.\/([\w-]+\.js)["'`]/g)].map((m) => m[1]!))];
      const own = kB(worker);
      const parts = chunks.map((c) => ({ c, kb: kB(c) }));
      const total = own + parts.reduce((a, p) => a + p.kb, 0);
      console.log(
        `analysis worker: ${own.toFixed(1)} kB gzip` +
          parts.map((p) => ` + ${p.c} ${p.kb.toFixed(1)} kB`).join('') +
          ` = ${total.toFixed(1)} kB gzip for the English path (target ≤ 250 kB: ${total <= 250 ? 'met' : 'MISSED'})`,
      );
    },
  };
}

// Relative base: the built `dist/` works from any folder of any static host, and offline.
// `@attache/core` and `@attache/audiences` resolve to their sources (as the root vitest config
// does), so the page never runs a stale build of them.
export default defineConfig(({ command }) => ({
  base: './',
  plugins: [workerSize()],
  resolve: {
    // The analysis runs in a Web Worker, which has no `document`: prefer packages' "worker"
    // builds (decode-named-character-reference, used by the Markdown parser, otherwise picks
    // its DOM build, which calls document.createElement).
    conditions: ['worker', ...defaultClientConditions],
    alias: [
      { find: /^@attache\/core$/, replacement: src('../../packages/core/src/index.ts') },
      { find: /^@attache\/audiences$/, replacement: src('../../packages/audiences/src/index.ts') },
    ],
  },
  // Preact's JSX runtime; its development variant (with source positions) only in `vite` dev.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: command === 'serve' } },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // The worker carries the whole analysis (compromise, word lists, models): large by design.
    chunkSizeWarningLimit: 2500,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
}));
