/**
 * End-to-end: the startup snapshot (dist/attache.blob, `pnpm --filter @attache/cli build:snapshot`)
 * changes how fast attache starts, never what it says. When the blob is there, every other CLI
 * test already runs through it; these compare it with the plain start.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, attache, CLI_DIR, release, RELEASES } from '../packages/cli/test/helpers.js';

const blob = join(CLI_DIR, 'dist', 'attache.blob');
const plain = { ATTACHE_NO_SNAPSHOT: '1' };

beforeAll(assertBuilt);

describe('startup snapshot', () => {
  it.skipIf(!existsSync(blob))(
    'gives the same output and exit code as the plain start, for every format',
    () => {
      const info = JSON.parse(readFileSync(`${blob}.json`, 'utf8')) as { node: string };
      expect(info.node).toBe(process.version);
      const cases = [
        ['lint', join(RELEASES, 'ru'), '--format', 'json'],
        // helpers: worker threads from a plain start, child processes from the snapshot
        ['lint', join(RELEASES, 'en'), '--format', 'json', '--concurrency', '2'],
        ['lint', release('en', 'en_usdos_11.txt'), '--format', 'sarif', '--max-grade', '5'],
        ['lint', release('en', 'en_usdos_11.txt'), '--format', 'github'],
        ['lint', release('en', 'en_usdos_11.txt')],
        ['score', release('en', 'en_usdos_11.txt')],
        ['checklist', '--audience', 'rural', release('ru', 'ru_kremlin_03.txt')],
        ['rewrite', '--audience', 'youth', release('en', 'en_govuk_02.txt')],
        ['--version'],
        ['lint', '--help'],
        ['lint', '--no-such-flag', 'x'],
      ];
      for (const args of cases) {
        const a = attache(args);
        const b = attache(args, { env: plain });
        expect({ args, code: a.code, stdout: a.stdout, stderr: a.stderr }).toEqual({
          args,
          code: b.code,
          stdout: b.stdout,
          stderr: b.stderr,
        });
      }
      // 22 child processes: on a busy two-core machine this takes minutes (a time-out, not a speed check).
    },
    600_000,
  );

  it('the plain start works without the snapshot', () => {
    const r = attache(['lint', release('en', 'en_govuk_03.txt'), '--format', 'json'], { env: plain });
    expect(r.code).toBeLessThan(2);
    expect((JSON.parse(r.stdout) as { files: unknown[] }).files).toHaveLength(1);
  });
});
