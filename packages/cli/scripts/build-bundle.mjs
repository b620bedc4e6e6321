#!/usr/bin/env node
// @ts-check
/**
 * Builds dist/attache.mjs: the CLI with @attache/core, @attache/audiences and their dependencies
 * as minified ES modules (the entry and its chunks, split at the CLI's dynamic imports), which
 * `attache` loads instead of the ~700 separate modules of a plain install. Resolving, reading and
 * compiling those one by one is a large share of a cold start; a few files are not, and
 * `attache lint` does not load the commands (and @attache/audiences) it does not run. It ships in the npm package, so a user installing from npm gets it.
 * Run after `tsc -b` (`pnpm run build` does both).
 *
 * The Russian dictionary's files are read from @attache/core (morph.ts), not bundled.
 *
 * bin.js uses the bundle only when it is newer than every build it holds (dist/.tsbuildinfo of
 * the CLI, core and audiences): a later `tsc -b` makes it stale and the plain modules load.
 * Plain JavaScript so that it runs with node alone, after the TypeScript build.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = new URL('../dist/', import.meta.url);
const entry = fileURLToPath(new URL('cli.js', dist));
const out = fileURLToPath(new URL('attache.mjs', dist));

function fail(message) {
  rmSync(out, { force: true });
  console.error(`build-bundle: ${message}\nThe CLI still works; it loads its modules one by one.`);
  process.exit(process.argv.includes('--strict') ? 1 : 0);
}

if (!existsSync(entry)) fail(`${entry} is missing: run the TypeScript build (pnpm run build) first.`);
rmSync(out, { force: true });
// The chunks of an earlier build (name-HASH.mjs; tsc writes .js only).
for (const f of readdirSync(dist)) if (/-[A-Z0-9]{8}\.mjs$/.test(f)) rmSync(new URL(f, dist));

/**
 * franc ships trigram models of 187 languages; core's detection passes `only: CANDIDATES`
 * (packages/core/src/lang/candidates.ts), and franc filters the models by that list before
 * scoring, so the others are never read. The bundle keeps the candidates' models only (every
 * script key stays), which is most of franc's weight. The same pruning as the playground's
 * (examples/playground/scripts/franc-candidates.ts).
 */
function francCandidates() {
  return {
    name: 'franc-candidates',
    /** @param {import('esbuild').PluginBuild} b */
    setup(b) {
      b.onLoad({ filter: /[\\/]franc[\\/]data\.js$/ }, async (args) => {
        const { data } = await import(pathToFileURL(args.path).href);
        const { CANDIDATES } = await import(new URL('../../core/dist/lang/candidates.js', import.meta.url).href);
        const keep = new Set(CANDIDATES);
        /** @type {Record<string, Record<string, string>>} */
        const pruned = {};
        for (const [script, models] of Object.entries(data))
          pruned[script] = Object.fromEntries(Object.entries(models).filter(([lang]) => keep.has(lang)));
        return { contents: `export const data = ${JSON.stringify(pruned)};\n`, loader: 'js' };
      });
    },
  };
}

const { build } = await import('esbuild');
const t0 = Date.now();
try {
  await build({
    // Split at the CLI's dynamic imports: `attache lint` loads (parses, compiles) the analysis
    // only, not the rewrite, checklist and compose commands with @attache/audiences.
    entryPoints: { attache: entry },
    outdir: fileURLToPath(dist),
    outExtension: { '.js': '.mjs' },
    splitting: true,
    // Chunks sit beside the plain modules in dist/, so that `import.meta.url` (paths.ts: the
    // worker script, package.json) points at the same folder in both.
    chunkNames: '[name]-[hash]',
    plugins: [francCandidates()],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    legalComments: 'eof',
    // CommonJS dependencies inside an ES module bundle call require().
    banner: {
      js: "import { createRequire as __attacheRequire } from 'node:module';\nconst require = __attacheRequire(import.meta.url);",
    },
  });
} catch (err) {
  fail(`bundling failed: ${err instanceof Error ? err.message : String(err)}`);
}
const chunks = readdirSync(dist).filter((f) => /-[A-Z0-9]{8}\.mjs$/.test(f));
const total = chunks.reduce((n, f) => n + statSync(new URL(f, dist)).size, statSync(out).size);
console.log(
  `build-bundle: wrote dist/attache.mjs and ${chunks.length} chunks (${(total / 1024).toFixed(0)} kB, ${Date.now() - t0} ms)`,
);
