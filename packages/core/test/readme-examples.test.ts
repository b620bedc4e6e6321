/**
 * Every ```ts block of the package README runs without throwing (imports of '@attache/core'
 * resolve to the sources through the root vitest alias). A README example that drifts from the
 * API fails here.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const dir = new URL('./.readme-examples/', import.meta.url);

describe('README examples', () => {
  mkdirSync(dir, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has examples', () => expect(blocks.length).toBeGreaterThanOrEqual(5));

  blocks.forEach((code, i) => {
    it(`example ${i + 1} runs: ${code.split('\n').find((l) => l.includes('analyze(')) ?? ''}`, async () => {
      const file = new URL(`example-${i + 1}.ts`, dir);
      writeFileSync(file, code);
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      try {
        await import(file.href);
        expect(log).toHaveBeenCalled();
      } finally {
        log.mockRestore();
      }
    });
  });
});
