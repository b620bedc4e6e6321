import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

const src = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// Relative base: the built `dist/` works from any folder of any static host, and offline.
// `@attache/core` and `@attache/audiences` resolve to their sources (as the root vitest config
// does), so the page never runs a stale build of them.
export default defineConfig(({ command }) => ({
  base: './',
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
