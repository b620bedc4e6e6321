#!/usr/bin/env node
// @ts-check
/**
 * Builds dist/attache.mjs: the CLI with @attache/core, @attache/audiences and their dependencies
 * in one minified ES module, which `attache` loads instead of the ~700 separate modules of a
 * plain install. Resolving, reading and compiling those one by one is a large share of a cold
 * start; one file is not. It ships in the npm package, so a user installing from npm gets it.
 * Run after `tsc -b` (`pnpm run build` does both).
 *
 * Left out of the bundle, loaded from node_modules only when a text needs them: compromise
 * (English part-of-speech tagging, core's pos/english-tagger.ts) and az (the Russian dictionary,
 * core's morph/ru.ts). Both are dependencies of the CLI too, so they resolve from here.
 *
 * bin.js uses the bundle only when it is newer than every build it holds (dist/.tsbuildinfo of
 * the CLI, core and audiences): a later `tsc -b` makes it stale and the plain modules load.
 * Plain JavaScript so that it runs with node alone, after the TypeScript build.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

const { build } = await import('esbuild');
const t0 = Date.now();
try {
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    legalComments: 'eof',
    external: ['compromise', 'compromise/*', 'az'],
    // CommonJS dependencies inside an ES module bundle call require().
    banner: {
      js: "import { createRequire as __attacheRequire } from 'node:module';\nconst require = __attacheRequire(import.meta.url);",
    },
  });
} catch (err) {
  fail(`bundling failed: ${err instanceof Error ? err.message : String(err)}`);
}
const kb = (statSync(out).size / 1024).toFixed(0);
console.log(`build-bundle: wrote dist/attache.mjs (${kb} kB, ${Date.now() - t0} ms)`);
