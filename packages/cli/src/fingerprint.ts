/**
 * Fingerprints of the code that produces results, @attache/cli, @attache/core and
 * @attache/audiences, so that neither the cache nor the startup snapshot outlives a rebuild or an
 * upgrade. `toolFingerprint` (the cache) hashes the size and time of every file in their dist/;
 * `buildFingerprint` (checked on every start) only their package.json and build stamp
 * (dist/.tsbuildinfo, which `tsc -b` rewrites on every build; dist/index.js where there is none).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distFile } from './paths.js';

/** Package directories of the CLI, core and audiences. */
function roots(): string[] {
  const require = createRequire(distFile('./cache.js'));
  const out = [fileURLToPath(distFile('..'))];
  for (const dep of ['@attache/core', '@attache/audiences']) {
    try {
      out.push(dirname(require.resolve(`${dep}/package.json`)));
    } catch {
      // not resolvable by path: the CLI's own files still count
    }
  }
  return out;
}

/** Versions and file stats of every built file: changes whenever one is rebuilt or upgraded. */
export function toolFingerprint(): string {
  const h = createHash('sha256');
  for (const root of roots()) {
    try {
      h.update(readFileSync(join(root, 'package.json')));
    } catch {
      /* ignore */
    }
    statTree(join(root, 'dist'), h);
  }
  return h.digest('hex').slice(0, 16);
}

/** Cheap enough for every start: package.json and the build stamp of each package. */
export function buildFingerprint(): string {
  const h = createHash('sha256');
  for (const root of roots()) {
    try {
      h.update(readFileSync(join(root, 'package.json')));
    } catch {
      /* ignore */
    }
    for (const stamp of ['dist/.tsbuildinfo', 'dist/index.js']) {
      try {
        const s = statSync(join(root, stamp));
        h.update(`${stamp} ${s.size} ${s.mtimeMs}\n`);
        break;
      } catch {
        // try the next stamp
      }
    }
  }
  return h.digest('hex').slice(0, 16);
}

/** Source maps, build info, and the snapshot's own files (written after the fingerprint is taken). */
const SKIP = /\.map$|\.tsbuildinfo$|^attache\.blob|^snapshot\.bundle/;

function statTree(dir: string, h: ReturnType<typeof createHash>): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) statTree(p, h);
    else if (e.isFile() && !SKIP.test(e.name)) {
      const s = statSync(p);
      h.update(`${p} ${s.size} ${s.mtimeMs}\n`);
    }
  }
}
