/**
 * The linter over the real press releases (the evaluation material's 35 English and 16 Russian,
 * else the fixtures' 10 and 7; scripts/eval/corpus.ts releasesDir): invariants on every finding, and the figures for the closing note (findings per
 * 1,000 words by rule) are printed by `pnpm eval lint`; timings by `pnpm bench`.
 *
 * The contexts come from the test helpers (a simple segmenter and grade), not from `analyze`:
 * the absolute counts of the sentence rules will move once the real segmenter and readability
 * formulas feed them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, lint } from '../src/lint/index.js';
import type { Finding, LanguageCode } from '../src/schema.js';
import { releasesDir } from '../../../scripts/eval/corpus.js';
import { contextOf, releaseBody } from './lint-helpers.js';

function releases(lang: LanguageCode): { name: string; body: string }[] {
  const dir = releasesDir(lang as 'en' | 'ru');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, body: releaseBody(readFileSync(join(dir, f), 'utf8')) }));
}

for (const lang of ['en', 'ru'] as LanguageCode[]) {
  const docs = releases(lang);
  describe.skipIf(docs.length === 0)(`${lang} press releases (${docs.length})`, () => {
    it('every finding is on its own sentence, matches the input, and fixes are stable', () => {
      const problems: string[] = [];
      for (const { name, body } of docs) {
        const ctx = contextOf(body, lang);
        const found = lint(ctx);
        for (const f of found) {
          const at = `${name} ${f.ruleId} "${f.actual}"`;
          if (body.slice(f.start, f.end) !== f.actual) problems.push(`${at}: actual is not input.slice(start, end)`);
          const inside = ctx.sentences.some((s) => {
            const [a, b] = ctx.prose.toOriginal(s.start, s.end);
            return a <= f.start && f.end <= b;
          });
          if (!inside) problems.push(`${at}: outside its sentence`);
          if (/\{\{/.test(f.message)) problems.push(`${at}: unfilled placeholder`);
          const quoted = ctx.prose.regions.some(
            (r) =>
              (r.kind === 'quote' || r.kind === 'blockquote') &&
              ctx.prose.toOriginal(r.start, r.end)[0] < f.end &&
              f.start < ctx.prose.toOriginal(r.start, r.end)[1],
          );
          if (f.fix && quoted) problems.push(`${at}: a fix touches quoted text`);
        }
        const once = applyFixes(body, found).text;
        const twice = applyFixes(once, lint(contextOf(once, lang)));
        for (const f of twice.applied as Finding[])
          problems.push(`${name}: second round fixes ${f.ruleId} "${f.actual}"`);
      }
      expect(problems).toEqual([]);
    });
  });
}
