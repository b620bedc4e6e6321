import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { CANDIDATES } from '../../packages/core/src/lang/candidates.js';
import { RU_DICTIONARY_FILES } from '../../packages/core/src/morph/ru.js';
import { pruneFrancData, splitFrancData, type FrancData } from './scripts/franc-candidates.js';

const src = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The chunks of the worker's build, recorded by `workerGraph` for `workerSize`. */
interface WorkerChunk {
  file: string;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  /** Source modules in the chunk, relative to the repository root (npm packages as `npm:name/…`). */
  modules: string[];
}
const workerChunks: WorkerChunk[] = [];
const REPO = src('../../');

function moduleName(id: string): string {
  const clean = id.replace(/\?.*$/, '').replaceAll('\\', '/');
  const npm = clean.lastIndexOf('/node_modules/');
  if (npm >= 0) return `npm:${clean.slice(npm + '/node_modules/'.length)}`;
  return clean.startsWith(REPO) ? clean.slice(REPO.length) : clean;
}

/** Records the worker bundle's chunks, their imports and their modules. */
function workerGraph(): Plugin {
  return {
    name: 'attache-worker-graph',
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        workerChunks.push({
          file: out.fileName.replace(/^assets\//, ''),
          isEntry: out.isEntry,
          imports: out.imports.map((f) => f.replace(/^assets\//, '')),
          dynamicImports: out.dynamicImports.map((f) => f.replace(/^assets\//, '')),
          modules: out.moduleIds.map(moduleName),
        });
      }
    },
  };
}

const francIndex = createRequire(src('../../packages/core/package.json')).resolve('franc');
const francData = join(dirname(francIndex), 'data.js');
const ALL_SCRIPTS = '?all-scripts';
const ON_DEMAND_SCRIPTS = '\0attache-franc-on-demand-scripts';

/**
 * franc, as core's `lang/detect.ts` imports it, is answered by `src/franc-on-demand.ts`, which holds
 * an instance of franc with core's candidates' Latin-script models only (`attache:franc-latin`:
 * franc's own `index.js`, its `data.js` served through `splitFrancData`); a second instance with
 * all the candidates' models (`attache:franc-all`: the same `index.js` and `data.js` under a query,
 * pruned by `pruneFrancData`) is in `src/franc-models.ts`, a chunk the worker imports before a text
 * with a character of another script. Both are generated here from the installed franc package
 * (MIT, © Titus Wormer; its models come from UDHR translations); see scripts/franc-candidates.ts.
 */
export function francOnDemand(): Plugin {
  const detect = /[\\/]packages[\\/]core[\\/]src[\\/]lang[\\/]detect\.ts$/;
  const loadData = async (): Promise<FrancData> =>
    ((await import(pathToFileURL(francData).href)) as { data: FrancData }).data;
  return {
    name: 'attache-franc-on-demand',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source === 'attache:franc-latin') return francIndex;
      if (source === 'attache:franc-all') return francIndex + ALL_SCRIPTS;
      if (source === 'attache:franc-on-demand-scripts') return ON_DEMAND_SCRIPTS;
      if (!importer) return null;
      if (source === 'franc' && detect.test(importer)) return src('src/franc-on-demand.ts');
      if (importer === francIndex + ALL_SCRIPTS) {
        if (source === './data.js') return francData + ALL_SCRIPTS;
        return this.resolve(source, francIndex, { ...options, skipSelf: true });
      }
      return null;
    },
    async load(id) {
      // `vite` dev adds its own query (`?v=…`) to a package's files.
      const file = id.replace(/\?.*$/, '');
      const all = id.startsWith(file + ALL_SCRIPTS);
      if (file === francIndex && all) return readFileSync(francIndex, 'utf8');
      if (file === francData && all) {
        // The Latin models come from the worker's own data module (the same object, in the same
        // order): the chunk holds the other scripts' models only.
        const pruned = pruneFrancData(await loadData(), CANDIDATES);
        const entries = Object.entries(pruned).map(([script, models]) =>
          script === 'Latin' ? `  Latin: latin.Latin,\n` : `  ${JSON.stringify(script)}: ${JSON.stringify(models)},\n`,
        );
        return `import { data as latin } from ${JSON.stringify(francData)};\nexport const data = {\n${entries.join('')}};\n`;
      }
      if (file === francData)
        return `export const data = ${JSON.stringify(splitFrancData(await loadData(), CANDIDATES).latin)};\n`;
      if (id === ON_DEMAND_SCRIPTS) {
        const { expressions } = (await import(pathToFileURL(join(dirname(francIndex), 'expressions.js')).href)) as {
          expressions: Record<string, RegExp>;
        };
        const scripts = splitFrancData(await loadData(), CANDIDATES).onDemandScripts;
        return `export const ON_DEMAND_SCRIPTS = {\n${scripts.map((s) => `  ${JSON.stringify(s)}: ${String(expressions[s])},\n`).join('')}};\n`;
      }
      return null;
    },
  };
}

/**
 * Keeps out of the worker's main chunk what an English analysis of the page's input does not use:
 * - core's Russian word lists (`lint/data/ru-lists.ts`, ≈ 17 kB gzip): core's list registry imports
 *   a stub exporting `null`, and the worker imports the real module, a chunk of its own, when a
 *   text may be Russian (`provideBuiltinLists`);
 * - the HTML entity table (`entities`, ≈ 16 kB): core's two users of it, `source/entities.ts` and
 *   `source/named-reference.ts`, are answered by `src/entities-on-demand.ts`, which the worker
 *   gives the real decoders (`src/entities-impl.ts`, a chunk) before a text with an "&";
 * - core's HTML reader with htmlparser2 (≈ 8 kB): the page offers text and Markdown only, so
 *   `source/html.ts` is replaced by `src/html-unavailable.ts`, which says so;
 * - core's Markdown reader (`source/markdown.ts` with micromark and mdast, ≈ 25 kB): core's
 *   `source/index.ts` imports `src/markdown-on-demand.ts`, which the worker gives the real reader
 *   (a chunk) before a text set to Markdown;
 * - core's Russian dictionary (`morph/ru.ts`, ≈ 4 kB, and its reader's chunk): the page never
 *   loads it (it calls neither `loadRussianMorphology` nor audiences' `prepare`), so
 *   `russianMorphology()` is always undefined here, as the stub below answers; its
 *   `loadRussianMorphology` rejects, saying so.
 */
/**
 * The word lists' `examples` (the sentences each entry must flag and leave alone) serve the tests
 * and the rule docs, never an analysis: the page's copy of core's and the audiences' lists goes
 * without them (6 kB gzip of the English path).
 */
export function dropListExamples(): Plugin {
  const lists = /[\\/]packages[\\/](?:core[\\/]src[\\/]lint|audiences[\\/]src)[\\/]data[\\/].*\.json$/;
  const strip = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(strip)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>)
              .filter(([k]) => k !== 'examples')
              .map(([k, x]) => [k, strip(x)]),
          )
        : v;
  return {
    name: 'attache-drop-list-examples',
    enforce: 'pre',
    transform(code, id) {
      if (!lists.test(id.replace(/\?.*$/, ''))) return null;
      return { code: JSON.stringify(strip(JSON.parse(code))), map: null };
    },
  };
}

function onDemandModules(): Plugin {
  const STUB = '\0attache-ru-lists-stub';
  const NO_DICTIONARY = '\0attache-no-ru-dictionary';
  const core = /[\\/]packages[\\/]core[\\/]src[\\/]/;
  return {
    name: 'attache-on-demand-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      if (source === './ru-lists.js')
        return /[\\/]packages[\\/]core[\\/]src[\\/]lint[\\/]data[\\/]index\.ts$/.test(importer) ? STUB : null;
      if (!/(?:html|markdown|entities|named-reference|ru)(?:\.[jt]s)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const file = resolved?.id.replace(/\?.*$/, '').replaceAll('\\', '/') ?? '';
      if (!core.test(file)) return null;
      if (file.endsWith('/source/html.ts')) return src('src/html-unavailable.ts');
      if (file.endsWith('/source/markdown.ts') && /[\\/]source[\\/]index\.ts$/.test(importer))
        return src('src/markdown-on-demand.ts');
      if (file.endsWith('/morph/ru.ts')) return NO_DICTIONARY;
      if (/\/source\/(?:entities|named-reference)\.ts$/.test(file) && !importer.endsWith('entities-impl.ts'))
        return src('src/entities-on-demand.ts');
      return null;
    },
    load(id) {
      if (id === NO_DICTIONARY)
        return [
          `import { AttacheInputError } from ${JSON.stringify(src('../../packages/core/src/errors.ts'))};`,
          `export const RU_DICTIONARY_FILES = ${JSON.stringify(RU_DICTIONARY_FILES)};`,
          'export function russianMorphology() { return undefined; }',
          "export function loadRussianMorphology() { return Promise.reject(new AttacheInputError('bad-option', 'The playground does not load the Russian dictionary.')); }",
          '',
        ].join('\n');
      return id === STUB ? 'export const RU_LISTS = null;\n' : null;
    },
  };
}

/**
 * After the build, prints what the analysis worker weighs (gzip, level 9) and writes it to
 * `dist/.vite/worker-size.json`: the English path (the worker and its static imports, all fetched
 * before the first English analysis; core tags English with its own lexicon, no compromise) and, apart, the chunks loaded
 * on demand (the audiences package, the versions view, the Markdown reader, the Russian word
 * lists, franc's other scripts, the entity table). Issue 14's budget, ≤ 250 kB gzip for the
 * English analysis worker (`ENGLISH_PATH_BUDGET_KB`), is checked against the whole English path
 * (`budgetKB`, `budgetMet`).
 */
export const ENGLISH_PATH_BUDGET_KB = 250;

function workerSize(): Plugin {
  return {
    name: 'attache-worker-size',
    apply: 'build',
    closeBundle() {
      const assets = src('dist/assets');
      if (!existsSync(assets) || workerChunks.length === 0) return;
      const byFile = new Map(workerChunks.map((c) => [c.file, c]));
      const entry = workerChunks.find((c) => c.isEntry && /^worker-[\w-]+\.js$/.test(c.file));
      if (!entry) return;
      const english = new Set<string>();
      const add = (file: string): void => {
        if (english.has(file)) return;
        english.add(file);
        for (const f of byFile.get(file)?.imports ?? []) add(f);
      };
      add(entry.file);
      const gzipBytes = (f: string): number => gzipSync(readFileSync(join(assets, f)), { level: 9 }).length;
      const round1 = (x: number): number => Math.round(x * 10) / 10;
      const rows = workerChunks.map((c) => {
        const bytes = gzipBytes(c.file);
        return { ...c, gzipBytes: bytes, gzipKB: round1(bytes / 1024), englishPath: english.has(c.file) };
      });
      const sumKB = (list: typeof rows): number => list.reduce((a, r) => a + r.gzipBytes, 0) / 1024;
      const onPath = rows.filter((r) => r.englishPath);
      const englishKB = sumKB(onPath);
      const budgetMet = englishKB <= ENGLISH_PATH_BUDGET_KB;
      mkdirSync(src('dist/.vite'), { recursive: true });
      writeFileSync(
        src('dist/.vite/worker-size.json'),
        JSON.stringify(
          {
            englishPathKB: round1(englishKB),
            budgetKB: ENGLISH_PATH_BUDGET_KB,
            budgetMet,
            chunks: rows,
          },
          null,
          1,
        ),
      );
      const label = (r: (typeof rows)[number]): string => `${r.file} ${r.gzipKB.toFixed(1)} kB`;
      const verdict = budgetMet
        ? `within issue 14's budget of ${ENGLISH_PATH_BUDGET_KB} kB`
        : `MISSED by ${(englishKB - ENGLISH_PATH_BUDGET_KB).toFixed(1)} kB (issue 14's budget ${ENGLISH_PATH_BUDGET_KB} kB)`;
      console.log(
        `English path ${englishKB.toFixed(1)} kB gzip — ${verdict}: ${onPath.map(label).join(' + ')}; ` +
          `on demand: ${rows
            .filter((r) => !r.englishPath)
            .map(label)
            .join(', ')}`,
      );
    },
  };
}

// Relative base: the built `dist/` works from any folder of any static host, and offline.
// `@attache/core` and `@attache/audiences` resolve to their sources (as the root vitest config
// does), so the page never runs a stale build of them.
export default defineConfig(({ command }) => ({
  base: './',
  // francOnDemand here too: `vite` dev serves the worker through these plugins, not `worker.plugins`.
  plugins: [francOnDemand(), dropListExamples(), workerSize()],
  resolve: {
    // The analysis runs in a Web Worker, which has no `document`: prefer packages' "worker"
    // builds (decode-named-character-reference, used by the Markdown parser, otherwise picks
    // its DOM build, which calls document.createElement).
    conditions: ['worker', ...defaultClientConditions],
    alias: [
      { find: /^@attache\/core$/, replacement: src('../../packages/core/src/index.ts') },
      { find: /^@attache\/audiences$/, replacement: src('../../packages/audiences/src/index.ts') },
      // micromark's named-reference decoder, answered from the `entities` table the HTML reader
      // already bundles, instead of a second full table (character-entities, 11 kB gzip).
      {
        find: /^decode-named-character-reference$/,
        replacement: src('../../packages/core/src/source/named-reference.ts'),
      },
    ],
  },
  // Preact's JSX runtime; its development variant (with source positions) only in `vite` dev.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: command === 'serve' } },
  worker: { format: 'es', plugins: () => [francOnDemand(), dropListExamples(), onDemandModules(), workerGraph()] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: process.env.ATTACHE_SOURCEMAP === '1',
    // The worker carries the whole analysis (compromise, word lists, models): large by design.
    chunkSizeWarningLimit: 2500,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
}));
