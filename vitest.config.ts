import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// One root config (textlint's habit): unit tests live beside the code in packages/*/test,
// cross-package tests (corpus evaluations, CLI end-to-end, browser) in test/.
export default defineConfig({
  resolve: {
    // Tests run against the sources, so they never see a stale build. (The CLI end-to-end
    // tests run the built binary on purpose.)
    alias: [
      {
        find: /^@attache\/core\/testing$/,
        replacement: fileURLToPath(new URL('./packages/core/src/testing.ts', import.meta.url)),
      },
      {
        find: /^@attache\/core$/,
        replacement: fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // expect.poll waits for a state (a page analysed, a tab selected); its default of 1 s is a
    // wall-clock bound that a loaded CI machine misses (the 2,000-word playground analysis did).
    expect: { poll: { timeout: 30_000 } },
    // Fails the run when a test changed a tracked file (test/tracked-files.global.ts).
    globalSetup: ['test/tracked-files.global.ts'],
  },
});
