/**
 * core's `decodeNamedCharacterReference` (the playground bundles it in place of
 * decode-named-character-reference) against character-entities, the table micromark's own
 * decoder reads: the same answer for every one of HTML's named references, and false for names
 * that are not references.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeNamedCharacterReference } from '../src/source/named-reference.js';

// character-entities is reached through the packages that depend on it (pnpm keeps it private).
const fromCore = createRequire(new URL('../package.json', import.meta.url));
const fromMdast = createRequire(fromCore.resolve('mdast-util-from-markdown'));
const fromDecoder = createRequire(fromMdast.resolve('decode-named-character-reference'));
const { characterEntities } = (await import(pathToFileURL(fromDecoder.resolve('character-entities')).href)) as {
  characterEntities: Record<string, string>;
};

describe('decodeNamedCharacterReference', () => {
  it('decodes every name of character-entities to the same characters', () => {
    const names = Object.keys(characterEntities);
    expect(names.length).toBeGreaterThan(2000);
    const wrong = names.filter((n) => decodeNamedCharacterReference(n) !== characterEntities[n]);
    expect(wrong).toEqual([]);
  });

  it('answers false for what is not a named reference', () => {
    for (const n of ['', 'ampx', 'notanentity', '#123', '#x41', 'amp;', 'a b', 'AMp'])
      expect(decodeNamedCharacterReference(n)).toBe(false);
    expect(decodeNamedCharacterReference('rsquo')).toBe('\u2019');
    expect(decodeNamedCharacterReference('NotEqualTilde')).toBe('\u2242\u0338');
  });
});
