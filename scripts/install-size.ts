/**
 * `tsx scripts/install-size.ts [package dir …]`: what a user's `npm install` of a package weighs.
 * Packs the package (`pnpm pack`, so `workspace:` ranges become versions), installs the tarball
 * with npm into an empty temporary folder, and prints the apparent size of `node_modules`, the
 * largest packages, and for each direct dependency the packages only it brings (what removing it
 * would save). Default: packages/core. Needs the build (`pnpm run build`) and the npm registry.
 * Workspace packages the tarball depends on (@attache/*) are packed and installed from their
 * tarballs too. Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['packages/core'];

/** Apparent size of a file tree, as `du -s --apparent-size` counts it (directories' own sizes
 * included; symbolic links counted as links). */
function size(path: string): number {
  const st = lstatSync(path);
  if (!st.isDirectory()) return st.size;
  let n = st.size;
  for (const f of readdirSync(path)) n += size(join(path, f));
  return n;
}

const MB = (b: number): string => `${(b / 1e6).toFixed(2)} MB`;

function pack(dir: string, into: string): string {
  const out = execFileSync('pnpm', ['pack', '--pack-destination', into], { cwd: join(repo, dir), encoding: 'utf8' });
  const tgz = out.trim().split('\n').pop()!.trim();
  return resolve(join(repo, dir), tgz);
}

interface LockEntry {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

for (const target of targets) {
  const tmp = mkdtempSync(join(tmpdir(), 'attache-install-size-'));
  try {
    const manifest = JSON.parse(readFileSync(join(repo, target, 'package.json'), 'utf8')) as {
      name: string;
      dependencies?: Record<string, string>;
    };
    const tarballs = [pack(target, tmp)];
    // Workspace dependencies are not on the registry: install them from their own tarballs.
    for (const dep of Object.keys(manifest.dependencies ?? {}))
      if (dep.startsWith('@attache/')) tarballs.push(pack(`packages/${dep.slice('@attache/'.length)}`, tmp));
    const app = join(tmp, 'app');
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), '{"name":"app","private":true}\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs], { cwd: app });
    const nm = join(app, 'node_modules');
    const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, LockEntry>;
    };
    // Installed packages (hoisted and nested), by their node_modules path.
    const paths = Object.keys(lock.packages).filter((p) => p.startsWith('node_modules/'));
    // A package's own size: its folder less the packages nested in it (deepest first).
    const depth = (p: string): number => p.split('/node_modules/').length;
    const own = new Map<string, number>();
    for (const p of [...paths].sort((a, b) => depth(b) - depth(a))) {
      const nested = paths.filter((q) => q.startsWith(`${p}/node_modules/`));
      own.set(p, size(join(app, p)) - nested.reduce((n, q) => n + own.get(q)!, 0));
    }
    // Which packages each direct dependency reaches (Node's resolution: nested first, then up).
    const resolveDep = (from: string, name: string): string | undefined => {
      let base = from;
      for (;;) {
        const cand = `${base ? `${base}/` : ''}node_modules/${name}`;
        if (lock.packages[cand]) return cand;
        const i = base.lastIndexOf('/node_modules/');
        if (!base) return undefined;
        base = i >= 0 ? base.slice(0, i) : '';
      }
    };
    const reach = (start: string): Set<string> => {
      const seen = new Set<string>();
      const todo = [start];
      while (todo.length) {
        const p = todo.pop()!;
        if (seen.has(p)) continue;
        seen.add(p);
        const e = lock.packages[p] ?? {};
        for (const d of Object.keys({ ...e.dependencies, ...e.optionalDependencies })) {
          const r = resolveDep(p, d);
          if (r) todo.push(r);
        }
      }
      return seen;
    };
    const root = `node_modules/${manifest.name}`;
    const direct = Object.keys(manifest.dependencies ?? {});
    const reaches = new Map(direct.map((d) => [d, reach(resolveDep(root, d) ?? `node_modules/${d}`)]));
    const total = size(nm);
    console.log(
      `${manifest.name}: ${MB(total)} in node_modules (${paths.length} packages, apparent size; npm install of the packed tarball in an empty folder, ${new Date().toISOString().slice(0, 10)})`,
    );
    console.log('  largest packages:');
    for (const [p, bytes] of [...own].sort((x, y) => y[1] - x[1]).slice(0, 8))
      console.log(`    ${MB(bytes).padStart(9)}  ${p.replace(/^node_modules\//, '')}`);
    console.log('  by direct dependency (with what it alone brings; the saving if it went):');
    const rows = direct.map((d) => {
      const mine = reaches.get(d)!;
      const shared = new Set([...reaches].filter(([k]) => k !== d).flatMap(([, s]) => [...s]));
      const alone = [...mine].filter((p) => !shared.has(p));
      const sum = (ps: Iterable<string>): number => [...ps].reduce((n, p) => n + (own.get(p) ?? 0), 0);
      return { d, all: sum(mine), alone: sum(alone), n: mine.size };
    });
    for (const r of rows.sort((a, b) => b.alone - a.alone))
      console.log(
        `    ${MB(r.alone).padStart(9)} alone, ${MB(r.all).padStart(9)} with shared  ${r.d} (${r.n} packages)`,
      );
    console.log(`  ${manifest.name} itself: ${MB(own.get(root) ?? 0)}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
