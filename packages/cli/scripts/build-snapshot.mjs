#!/usr/bin/env node
// @ts-check
/**
 * Builds dist/attache.blob, a V8 startup snapshot of the CLI with @attache/core and
 * @attache/audiences loaded, for the Node.js that runs this script. Run after `tsc -b`:
 *
 *   pnpm --filter @attache/cli build:snapshot
 *
 * 1. esbuild bundles dist/snapshot.js (and everything it imports) into dist/snapshot.bundle.cjs:
 *    a snapshot's builder script may require only Node's built-in modules.
 * 2. `node --snapshot-blob dist/attache.blob --build-snapshot dist/snapshot.bundle.cjs`.
 * 3. dist/attache.blob.json records the Node.js version, platform and the fingerprint of the
 *    builds inside, which bin.js checks before using the blob.
 *
 * On any failure it says so and removes the blob: the CLI then loads its modules as usual, and
 * the script exits 0 (a slower start is no reason to fail a build) unless given --strict.
 * Plain JavaScript so that it runs with node alone, after the TypeScript build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = new URL('../dist/', import.meta.url);
const entry = fileURLToPath(new URL('snapshot.js', dist));
const bundle = fileURLToPath(new URL('snapshot.bundle.cjs', dist));
const blob = fileURLToPath(new URL('attache.blob', dist));
const info = fileURLToPath(new URL('attache.blob.json', dist));

function fail(message) {
  for (const f of [blob, info]) rmSync(f, { force: true });
  console.error(`build-snapshot: ${message}\nThe CLI still works; it loads its modules on every start.`);
  process.exit(process.argv.includes('--strict') ? 1 : 0);
}

if (!existsSync(entry)) fail(`${entry} is missing: run the TypeScript build (pnpm run build) first.`);
for (const f of [blob, info]) rmSync(f, { force: true });

const { build } = await import('esbuild');
try {
  await build({
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
    // import.meta has no meaning in the snapshot: paths.ts takes the dist URL from the launcher;
    // libraries that call createRequire(import.meta.url) at load get a placeholder.
    define: { 'import.meta.url': JSON.stringify('file:///attache-snapshot/dist/snapshot.bundle.cjs') },
  });
} catch (err) {
  fail(`bundling failed: ${err instanceof Error ? err.message : String(err)}`);
}

const t0 = Date.now();
const run = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', bundle], { encoding: 'utf8' });
if (run.status !== 0 || !existsSync(blob))
  fail(`node --build-snapshot failed:\n${(run.stderr || run.stdout).slice(0, 2000)}`);

// The fingerprint of the builds the blob holds, computed the way bin.js will.
const { buildFingerprint } = await import(new URL('fingerprint.js', dist).href);
writeFileSync(
  info,
  JSON.stringify(
    { node: process.version, arch: process.arch, platform: process.platform, fingerprint: buildFingerprint() },
    null,
    2,
  ) + '\n',
);
const mb = (statSync(blob).size / 1048576).toFixed(1);
console.log(`build-snapshot: wrote dist/attache.blob (${mb} MB, ${Date.now() - t0} ms) for Node.js ${process.version}`);
