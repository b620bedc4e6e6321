/**
 * The playground's build, in Node (no browser): what the analysis worker weighs and what it
 * holds. `vite build` writes `dist/.vite/worker-size.json` (vite.config.ts, `workerSize`): the
 * worker's chunks, their modules and gzip sizes, and which of them a first English analysis
 * fetches. These tests check that report against the files, and what must stay out of the
 * English path: the audiences package (loaded on demand) and the Russian dictionary (az).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CANDIDATES } from '../../../packages/core/src/lang/candidates.js';
import { pruneFrancData, splitFrancData } from '../scripts/franc-candidates.js';
import { ENGLISH_PATH_BUDGET_KB } from '../vite.config.js';
import { DIST, ROOT, ensureBuilt } from './harness.js';

// franc is core's dependency, resolved from there (as the worker's bundle resolves it).
const francFile = createRequire(join(ROOT, '../../packages/core/package.json')).resolve('franc/data.js');
const { data: francData } = (await import(pathToFileURL(francFile).href)) as {
  data: Record<string, Record<string, string>>;
};

interface Chunk {
  file: string;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  modules: string[];
  gzipBytes: number;
  gzipKB: number;
  englishPath: boolean;
}
interface SizeReport {
  englishPathKB: number;
  budgetKB: number;
  budgetMet: boolean;
  chunks: Chunk[];
}

const REPORT = join(DIST, '.vite', 'worker-size.json');

async function sizeReport(): Promise<SizeReport> {
  // A dist/ built before the report existed, or before it had the budget, is rebuilt.
  if (!(await ensureBuilt()) && !(existsSync(REPORT) && readFileSync(REPORT, 'utf8').includes('"budgetKB"'))) {
    rmSync(join(DIST, 'index.html'), { force: true });
    await ensureBuilt();
  }
  return JSON.parse(readFileSync(REPORT, 'utf8')) as SizeReport;
}

const gzipKB = (file: string): number => gzipSync(readFileSync(join(DIST, 'assets', file)), { level: 9 }).length / 1024;

describe('playground build: the analysis worker', () => {
  it("reports the English path (the worker and its static imports) from the built files, against issue 14's budget", async () => {
    const r = await sizeReport();
    const english = r.chunks.filter((c) => c.englishPath);
    const entry = r.chunks.find((c) => c.isEntry && c.file.startsWith('worker-'));
    expect(entry?.englishPath).toBe(true);
    // Core tags English with its own lexicon: compromise is nowhere in the worker's build.
    expect(r.chunks.filter((c) => c.modules.some((m) => m.startsWith('npm:compromise/')))).toEqual([]);
    // Every static import of an English-path chunk is on the path too.
    for (const c of english)
      for (const f of c.imports) expect(r.chunks.find((x) => x.file === f)?.englishPath).toBe(true);
    // Every figure is what the built files weigh.
    for (const c of r.chunks) expect(Math.abs(c.gzipKB - gzipKB(c.file))).toBeLessThan(0.06);
    const path = english.reduce((a, c) => a + gzipKB(c.file), 0);
    expect(Math.abs(r.englishPathKB - path)).toBeLessThan(0.06);
    // The budget is checked against the whole English path, and the verdict is the files'.
    expect(r.budgetKB).toBe(ENGLISH_PATH_BUDGET_KB);
    expect(r.budgetMet).toBe(path <= r.budgetKB);
    console.log(
      `[playground] English path ${path.toFixed(1)} kB gzip, ` +
        `issue 14's budget ${r.budgetKB} kB: ${r.budgetMet ? 'met' : `MISSED by ${(path - r.budgetKB).toFixed(1)} kB`}; ` +
        `on demand: ${r.chunks
          .filter((c) => !c.englishPath)
          .map((c) => `${c.file} ${gzipKB(c.file).toFixed(1)} kB`)
          .join(', ')}`,
    );
  });

  it('keeps the audiences package, the Russian dictionary and word lists, the entity table, the Markdown reader out of the English path', async () => {
    const r = await sizeReport();
    const english = r.chunks.filter((c) => c.englishPath).flatMap((c) => c.modules);
    const onDemand = r.chunks.filter((c) => !c.englishPath).flatMap((c) => c.modules);
    expect(english.filter((m) => m.startsWith('packages/audiences/'))).toEqual([]);
    // …but the worker can still load it (rewrites, checklists, versions).
    expect(onDemand.some((m) => m.startsWith('packages/audiences/src/'))).toBe(true);
    expect(english.filter((m) => m.startsWith('npm:az/'))).toEqual([]);
    // The page never loads the Russian dictionary: its code is not built in at all (vite.config.ts).
    expect([...english, ...onDemand].filter((m) => /\/core\/src\/morph\/(?:ru|opencorpora)\.ts$/.test(m))).toEqual([]);
    // Core's Russian word lists load when Russian text appears (vite.config.ts, russianListsOnDemand).
    expect(english.filter((m) => m.includes('/lint/data/ru'))).toEqual([]);
    expect(onDemand).toContain('packages/core/src/lint/data/ru-lists.ts');
    expect(onDemand.filter((m) => /\/lint\/data\/ru\/plain-words\.json/.test(m))).toHaveLength(1);
    // The HTML entity table loads for a text with an "&"; the HTML reader (htmlparser2) is not built in.
    expect(english.filter((m) => m.startsWith('npm:entities/') || m.startsWith('npm:htmlparser2/'))).toEqual([]);
    expect(english).not.toContain('packages/core/src/source/html.ts');
    expect(english).toContain('examples/playground/src/entities-on-demand.ts');
    expect(onDemand).toContain('packages/core/src/source/entities.ts');
    expect(onDemand.some((m) => m.startsWith('npm:entities/'))).toBe(true);
    // The Markdown reader (micromark, mdast) loads for a text set to Markdown (src/markdown-on-demand.ts).
    expect(english).toContain('examples/playground/src/markdown-on-demand.ts');
    expect(english).not.toContain('packages/core/src/source/markdown.ts');
    expect(english.filter((m) => /^npm:(?:micromark|mdast-util-from-markdown)/.test(m))).toEqual([]);
    expect(onDemand).toContain('packages/core/src/source/markdown.ts');
    // English tagging is core's own (its POS lexicon and the known-words list), not compromise.
    expect(english).toContain('packages/core/src/pos/known-words.ts');
    expect([...english, ...onDemand].filter((m) => /^npm:(?:compromise|efrt)\//.test(m))).toEqual([]);
    // Core itself is on the path, with franc.
    expect(english).toContain('packages/core/src/analyze.ts');
    expect(english.some((m) => m.startsWith('npm:franc/'))).toBe(true);
    // franc's models of non-Latin scripts load when such a character appears (src/franc-on-demand.ts).
    expect(english).toContain('examples/playground/src/franc-on-demand.ts');
    expect(english).not.toContain('examples/playground/src/franc-models.ts');
    expect(onDemand).toContain('examples/playground/src/franc-models.ts');
  });

  it("ships the word lists without their entries' examples (tests and docs read them, an analysis never)", async () => {
    const r = await sizeReport();
    const built = r.chunks.map((c) => readFileSync(join(DIST, 'assets', c.file), 'utf8')).join('\n');
    // a sentence that is only an example of plain-words' "facilitate" (core's data/en/plain-words.json)…
    expect(built).not.toContain('The USACM will facilitate regular engagement');
    // …while the entry itself, with its conditions, is there
    expect(built).toContain('unhindered|safe|humanitarian');
  });
});

describe("franc's data, pruned to core's candidate languages", () => {
  const pruned = pruneFrancData(francData, CANDIDATES);
  const modelled = (d: Record<string, Record<string, string>>): Set<string> =>
    new Set(Object.values(d).flatMap((m) => Object.keys(m)));

  it('keeps every script and exactly the candidates franc models by trigrams', () => {
    expect(Object.keys(pruned)).toEqual(Object.keys(francData));
    const full = modelled(francData);
    const kept = modelled(pruned);
    expect([...kept].sort()).toEqual(CANDIDATES.filter((c) => full.has(c)).sort());
    for (const [script, models] of Object.entries(pruned))
      for (const [lang, model] of Object.entries(models)) expect(model).toBe(francData[script]![lang]);
    // The rest of the candidates are languages of their own script (Greek, Hangul, Thai…), which
    // franc recognises by the script alone (its expressions), with no trigram model.
    expect(CANDIDATES.filter((c) => !full.has(c)).sort()).toEqual(
      ['ben', 'cmn', 'ell', 'guj', 'hye', 'jpn', 'kat', 'kor', 'pan', 'tam', 'tel', 'tha'].sort(),
    );
    expect(kept.size).toBeLessThan(full.size / 2);
  });

  it("keeps the Latin script's models in the worker and the other scripts' on demand", () => {
    const { latin, onDemandScripts } = splitFrancData(francData, CANDIDATES);
    expect(Object.keys(latin)).toEqual(Object.keys(francData));
    expect(latin['Latin']).toEqual(pruned['Latin']);
    for (const [script, models] of Object.entries(latin)) if (script !== 'Latin') expect(models).toEqual({});
    expect([...onDemandScripts].sort()).toEqual(['Arabic', 'Cyrillic', 'Devanagari', 'Ethiopic', 'Hebrew']);
  });
});
