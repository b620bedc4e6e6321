/** The before/after pairs in packages/audiences/README.md are generated: they must match the code. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hasEval } from '../scripts/eval/corpus.js';

describe.skipIf(!hasEval())('packages/audiences/README.md', () => {
  it(
    'before/after examples are current (run `pnpm --filter @attache/audiences readme` when this fails)',
    { timeout: 300_000 },
    () => {
      const run = (): string =>
        execFileSync(
          process.execPath,
          ['--import', 'tsx', 'packages/audiences/scripts/readme-examples.ts', '--check'],
          { encoding: 'utf8' },
        );
      expect(run).not.toThrow();
    },
  );
});
