#!/usr/bin/env node
/**
 * The `attache` command. When dist/attache.blob (a V8 startup snapshot of the CLI, built by
 * `pnpm --filter @attache/cli build:snapshot`) exists for this very Node.js, the run starts from
 * it: @attache/core is then already loaded, which saves most of a cold start. Otherwise, or with
 * ATTACHE_NO_SNAPSHOT=1, the modules load as usual. Both paths run the same `main`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { main as Main } from './cli.js';
import { guardOutputStreams } from './pipe.js';

interface BlobInfo {
  node: string;
  arch: string;
  platform: string;
  /** Of the CLI, core and audiences builds the blob holds: a rebuild makes the blob stale. */
  fingerprint: string;
}

/** Commands that load @attache/core; help, --version and init start faster without the blob. */
const HEAVY = new Set(['lint', 'score', 'rewrite', 'checklist']);

async function snapshotBlob(): Promise<string | undefined> {
  if (process.env['ATTACHE_NO_SNAPSHOT']) return undefined;
  const args = process.argv.slice(2);
  if (!HEAVY.has(args[0] ?? '') || args.includes('--help') || args.includes('-h')) return undefined;
  try {
    const info = JSON.parse(readFileSync(new URL('./attache.blob.json', import.meta.url), 'utf8')) as BlobInfo;
    if (info.node !== process.version || info.arch !== process.arch || info.platform !== process.platform)
      return undefined;
    if (info.fingerprint !== (await import('./fingerprint.js')).buildFingerprint()) return undefined;
    return fileURLToPath(new URL('./attache.blob', import.meta.url));
  } catch {
    return undefined;
  }
}

/**
 * dist/attache.mjs (scripts/build-bundle.mjs: the CLI, core and audiences in one module) when it
 * is newer than every build it holds, else the plain modules (after a `tsc -b` without the
 * bundle step, or with ATTACHE_NO_BUNDLE=1). Help, --version and init load little: plain modules.
 */
function entryModule(): string {
  const plain = './cli.js';
  const args = process.argv.slice(2);
  if (process.env['ATTACHE_NO_BUNDLE'] || !HEAVY.has(args[0] ?? '')) return plain;
  try {
    const bundled = statSync(new URL('./attache.mjs', import.meta.url)).mtimeMs;
    const require = createRequire(import.meta.url);
    const roots = [fileURLToPath(new URL('..', import.meta.url))];
    for (const dep of ['@attache/core', '@attache/audiences'])
      roots.push(dirname(require.resolve(`${dep}/package.json`)));
    for (const root of roots) {
      let stamp: number | undefined;
      for (const f of ['dist/.tsbuildinfo', 'dist/index.js']) {
        try {
          stamp = statSync(join(root, f)).mtimeMs;
          break;
        } catch {
          // try the next stamp
        }
      }
      if (stamp === undefined || stamp > bundled) return plain;
    }
    return './attache.mjs';
  } catch {
    return plain;
  }
}

const blob = await snapshotBlob();
let code: number | undefined;
if (blob) {
  // `--` keeps node from reading the user's arguments (--help, --version …) as its own.
  const run = spawnSync(process.execPath, ['--snapshot-blob', blob, '--', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, ATTACHE_DIST_URL: new URL('.', import.meta.url).href },
  });
  if (run.signal) process.kill(process.pid, run.signal);
  // A blob that does not start (e.g. a damaged file) falls back to the plain modules.
  if (!run.error && run.status !== null) code = run.status;
}
if (code === undefined) {
  guardOutputStreams();
  const { main } = (await import(entryModule())) as { main: typeof Main };
  code = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    // A getter: creating process.stdin costs ~20 ms, and only `-` needs it.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
  });
}
process.exitCode = code;
