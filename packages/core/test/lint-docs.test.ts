/**
 * Every rule has a doc page whose examples still hold (ESLint's habit): each ```text incorrect
 * example gets at least one finding of the rule, each ```text correct example none
 * (`lang=ru` marks Russian examples). The rules table and each doc's meta block are generated
 * (`scripts/gen-rules-table.ts`) and must be current.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/lint/rules/index.js';
import type { LanguageCode } from '../src/schema.js';
import { DOCS_DIR, ruleDoc, rulesReadme } from '../scripts/gen-rules-table.js';
import { lintRule } from './lint-helpers.js';

interface Example {
  kind: 'correct' | 'incorrect';
  language: LanguageCode;
  text: string;
}

function examples(doc: string): Example[] {
  const out: Example[] = [];
  for (const m of doc.matchAll(/^```text (correct|incorrect)(?: lang=(\w+))?\n([\s\S]*?)\n```$/gm)) {
    out.push({ kind: m[1] as Example['kind'], language: (m[2] ?? 'en') as LanguageCode, text: m[3]! });
  }
  return out;
}

describe('rule docs', () => {
  it('exist for every rule, and only for rules', () => {
    const docs = readdirSync(DOCS_DIR)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => f.slice(0, -3))
      .sort();
    expect(docs).toEqual([...RULES.keys()].sort());
  });

  for (const [id, rule] of RULES) {
    describe(`${id}`, () => {
      const path = join(DOCS_DIR, `${id}.md`);
      const doc = existsSync(path) ? readFileSync(path, 'utf8') : '';
      const exs = examples(doc);

      it('has the sections, and a correct and an incorrect example in English and in Russian', () => {
        const missing = ['## Why', '## How it works', '## Fixes', '## Options', '## Examples'].filter(
          (h) => !doc.includes(h),
        );
        for (const lang of ['en', 'ru'] as const) {
          if (!rule.meta.languages.includes(lang)) continue;
          for (const kind of ['correct', 'incorrect'] as const)
            if (!exs.some((e) => e.kind === kind && e.language === lang)) missing.push(`${kind} example (${lang})`);
        }
        expect(missing).toEqual([]);
      });

      for (const ex of exs) {
        it(`${ex.kind} (${ex.language}): ${ex.text.slice(0, 60)}`, () => {
          const found = lintRule(id, ex.text, ex.language);
          const got =
            ex.kind === 'incorrect'
              ? found.length > 0
                ? 'reported'
                : 'not reported'
              : found.map((f) => f.actual).join('; ') || 'clean';
          expect(got).toBe(ex.kind === 'incorrect' ? 'reported' : 'clean');
        });
      }

      it('has a current meta block (run scripts/gen-rules-table.ts)', async () => {
        expect(doc).toBe(await ruleDoc(id, doc));
      });
    });
  }

  it('README.md (the rules table) is current: run scripts/gen-rules-table.ts', async () => {
    expect(readFileSync(join(DOCS_DIR, 'README.md'), 'utf8')).toBe(await rulesReadme());
  });
});
