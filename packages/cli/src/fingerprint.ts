/**
 * A fingerprint of the code that produces results: the package.json and the size and time of
 * every file in dist/ of @attache/cli, @attache/core and @attache/audiences. The cache keys on
 * it, and the startup snapshot records it, so neither outlives a rebuild or an upgrade.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distFile } from './paths.js';

/** Versions and file stats of the CLI, core and audiences: changes whenever one is rebuilt or upgraded. */
export function toolFingerprint(): string {
  const h = createHash('sha256');
  const require = createRequire(distFile('./cache.js'));
  const cliRoot = fileURLToPath(distFile('..'));
  const roots = [cliRoot];
  for (const dep of ['@attache/core', '@attache/audiences']) {
    try {
      roots.push(dirname(require.resolve(`${dep}/package.json`)));
    } catch {
      // not resolvable by path: the CLI's own files still count
    }
  }
  for (const root of roots) {
    try {
      h.update(readFileSync(join(root, 'package.json')));
    } catch {
      /* ignore */
    }
    statTree(join(root, 'dist'), h);
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
