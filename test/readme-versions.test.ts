/**
 * The root README's "Versions" section is generated from three fixture releases by
 * packages/audiences/scripts/readme-versions.ts: it must be what `compose` writes today.
 * Needs only the fixtures in the repository (no evaluation material).
 */
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../packages/audiences/src/index.js';
import { generate, RELEASES } from '../packages/audiences/scripts/readme-versions.js';

describe('README.md versions section', () => {
  it(
    'is current (run `tsx packages/audiences/scripts/readme-versions.ts` when this fails)',
    { timeout: 300_000 },
    async () => {
      const { current, next } = await generate();
      // Compare the section alone first, so a failure shows the versions that moved.
      const section = (s: string) => s.slice(s.indexOf('<!-- versions:start'), s.indexOf('<!-- versions:end -->'));
      expect(section(current)).toBe(section(next));
      expect(current).toBe(next);
      // Three releases, each with a row per channel.
      expect(RELEASES).toHaveLength(3);
      for (const id of Object.keys(CHANNELS)) {
        const rows = section(current).match(new RegExp(`^\\| \\w+ +\\| ${id} +\\|`, 'gm')) ?? [];
        expect(rows, id).toHaveLength(3);
      }
    },
  );
});
