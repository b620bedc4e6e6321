/**
 * The generated pages (a page per proposer and checklist item, the Russian split rules) are
 * current: regenerate with `tsx packages/audiences/scripts/gen-docs.ts`. Their examples are the
 * cases proposer-cases.test.ts, checklist-items.test.ts and split-rules.test.ts run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_DIR, pages } from '../scripts/gen-docs.js';

describe('audiences docs', () => {
  const all = pages();
  it('has no stale page', () => {
    const onDisk = ['proposers', 'checklist'].flatMap((d) =>
      existsSync(join(DOCS_DIR, d)) ? readdirSync(join(DOCS_DIR, d)).map((f) => `${d}/${f}`) : [],
    );
    expect(onDisk.filter((f) => !(f in all))).toEqual([]);
  });
  for (const [path, text] of Object.entries(all)) {
    it(`${path} is current`, () => {
      const file = join(DOCS_DIR, path);
      expect(existsSync(file), `missing ${path}: run scripts/gen-docs.ts`).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(text);
    });
  }
});
