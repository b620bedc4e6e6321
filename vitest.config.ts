import { defineConfig } from 'vitest/config';

// One root config (textlint's habit): unit tests live beside the code in packages/*/test,
// cross-package tests (corpus evaluations, CLI end-to-end, browser) in test/.
export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
