/**
 * dist/compromise-two.cjs (scripts/build-compromise.mjs): compromise/two with its lexicon expanded
 * at build time. It must be compromise/two in all but its start: the same model and the same tags
 * on real releases. Needs the build (`pnpm run build`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EnglishTagger } from '@attache/core';
import { CLI_DIR, RELEASES } from './helpers.js';

const require = createRequire(join(CLI_DIR, 'package.json'));
const pick = (m: { default?: EnglishTagger } & EnglishTagger): EnglishTagger => m.default ?? m;
/** A term's `id` is random per document: left out. */
const terms = (doc: ReturnType<EnglishTagger>): string =>
  JSON.stringify(doc.json(), (k: string, v: unknown) => (k === 'id' ? undefined : v));

describe('the CLI build of compromise', () => {
  const built = pick(require(join(CLI_DIR, 'dist/compromise-two.cjs')) as { default?: EnglishTagger } & EnglishTagger);
  const two = pick(require('compromise/two') as { default?: EnglishTagger } & EnglishTagger);

  it('has the model of compromise/two (every word and tag, in the same order)', () => {
    const dump = (v: unknown): string =>
      JSON.stringify(v, (_k, x: unknown) =>
        x instanceof RegExp ? String(x) : typeof x === 'function' ? String(x) : x,
      );
    expect(built).not.toBe(two);
    expect(Object.keys((built.model() as { one: { lexicon: object } }).one.lexicon).length).toBeGreaterThan(20_000);
    expect(dump(built.model())).toBe(dump(two.model()));
  });

  it('tags the English fixture releases as compromise/two does', () => {
    const files = readdirSync(join(RELEASES, 'en')).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const text = readFileSync(join(RELEASES, 'en', f), 'utf8');
      expect(terms(built(text)), f).toBe(terms(two(text)));
    }
  });
});
