/**
 * The example's figures: install size of its dependency closure, and the time the plugin's hook
 * adds to a Payload save of a 600-word release (the same save with and without the plugin, on
 * SQLite through the Local API).
 *
 *   pnpm --filter @attache/cms-payload measure            (after `pnpm run build` at the root)
 *   ROUNDS=60 pnpm --filter @attache/cms-payload measure
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CollectionConfig, Plugin } from 'payload';
import { attachePlugin, computeTone, type AttachePluginOptions } from '../src/index.js';
import { fixture, releases, startPayload, type Harness } from '../test/payload-harness.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env['ROUNDS'] ?? 40);
const WARM_UP = 5;
const PEERS = /^(typescript|@typescript\/.*)$/;

// ── Install size ────────────────────────────────────────────────────────────────────────────

interface Listed {
  name?: string;
  path?: string;
  dependencies?: Record<string, Listed>;
}

/** What a package installs: a workspace package its build (dist) and manifest, others their directory. */
function installed(dir: string): number {
  if (dir.includes(`${join('node_modules', '.pnpm')}`)) return bytes(dir);
  return bytes(join(dir, 'dist')) + lstatSync(join(dir, 'package.json')).size;
}

/** Bytes of a package directory, without its node_modules (pnpm links dependencies there). */
function bytes(dir: string): number {
  let sum = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) sum += bytes(p);
    else if (entry.isFile()) sum += lstatSync(p).size;
  }
  return sum;
}

function closure(): { all: Set<string>; direct: Record<string, Set<string>> } {
  const out = execFileSync('pnpm', ['list', '--prod', '--depth', 'Infinity', '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  // pnpm 12 lists the workspace root first: pick this package.
  const root = (JSON.parse(out) as Listed[]).find((p) => p.name === '@attache/cms-payload');
  // Optional packages for other platforms are listed but not installed; TypeScript is payload's
  // peer, provided by the workspace (a user's project brings its own).
  const keep = (name: string, d: Listed) => Boolean(d.path) && existsSync(d.path!) && !PEERS.test(name);
  // The graph, as the union of every place a package is listed (pnpm prints repeats without children).
  const children = new Map<string, Set<string>>();
  const visit = (deps: Record<string, Listed> | undefined) => {
    for (const [name, d] of Object.entries(deps ?? {})) {
      if (!keep(name, d)) continue;
      const set = children.get(d.path!) ?? new Set<string>();
      children.set(d.path!, set);
      for (const [cn, c] of Object.entries(d.dependencies ?? {})) if (keep(cn, c)) set.add(c.path!);
      visit(d.dependencies);
    }
  };
  visit(root?.dependencies);
  const reach = (start: string) => {
    const seen = new Set<string>([start]);
    const todo = [start];
    while (todo.length > 0) {
      for (const c of children.get(todo.pop()!) ?? []) {
        if (seen.has(c)) continue;
        seen.add(c);
        todo.push(c);
      }
    }
    return seen;
  };
  const direct: Record<string, Set<string>> = {};
  const all = new Set<string>();
  for (const [name, d] of Object.entries(root?.dependencies ?? {})) {
    if (!keep(name, d)) continue;
    direct[name] = reach(d.path!);
    for (const p of direct[name]) all.add(p);
  }
  return { all, direct };
}

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

// ── Save timing ─────────────────────────────────────────────────────────────────────────────

/** The fixture's first 600 words (cut at whitespace, a full stop added): a 600-word release. */
function release600(): string {
  const text = fixture('en_govuk_02.txt');
  const words = [...text.matchAll(/\S+/g)];
  const last = words[599]!;
  const cut = text.slice(0, last.index + last[0].length);
  return /[.!?]$/.test(cut) ? cut : `${cut}.`;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;

/** Timestamps around the plugin's hook: a hook before it and one after it, in the same save. */
function probed(
  options: AttachePluginOptions | null,
  hookTimes: number[],
): { plugins: Plugin[]; collection: CollectionConfig } {
  let t0 = 0;
  const collection = releases();
  collection.hooks = { beforeChange: [({ data }) => ((t0 = performance.now()), data)] };
  const after: Plugin = (config) => ({
    ...config,
    collections: (config.collections ?? []).map((c) => ({
      ...c,
      hooks: {
        ...c.hooks,
        beforeChange: [...(c.hooks?.beforeChange ?? []), ({ data }) => (hookTimes.push(performance.now() - t0), data)],
      },
    })),
  });
  return { plugins: options ? [attachePlugin(options), after] : [after], collection };
}

interface Variant {
  label: string;
  options: AttachePluginOptions | null;
  saves: number[];
  hook: number[];
  h?: Harness;
}

async function main() {
  const { all, direct } = closure();
  let total = 0;
  for (const p of all) total += installed(p);
  console.log(
    `Install size (pnpm list --prod --depth Infinity; each package's own files, workspace packages their dist; TypeScript, a peer, left out):`,
  );
  console.log(`  whole example: ${all.size} packages, ${mb(total)}`);
  for (const [name, paths] of Object.entries(direct)) {
    let sum = 0;
    for (const p of paths) sum += installed(p);
    console.log(`  ${name} and its dependencies: ${paths.size} packages, ${mb(sum)}`);
  }
  const largest = [...all].map((p) => [p, installed(p)] as const).sort((a, b) => b[1] - a[1]);
  console.log(
    `  largest: ${largest
      .slice(0, 8)
      .map(([p, n]) => `${p.split('/node_modules/').at(-1)} ${mb(n)}`)
      .join(', ')}`,
  );

  const body = release600();
  const words = body.split(/\s+/).filter(Boolean).length;
  const base = {
    collections: ['releases'],
    format: 'text',
    mode: 'warn',
    targets: { maxGrade: 9, maxFormality: 60 },
  } satisfies AttachePluginOptions;
  console.log(
    `\nSave of a ${words}-word release (GOV.UK, en_govuk_02's first 600 words) as a draft, ${ROUNDS} interleaved rounds after ${WARM_UP} warm-up rounds, Node ${process.version}, ${cpus().length} CPUs, load ${loadavg()[0]!.toFixed(1)}:`,
  );

  const variants: Variant[] = [
    { label: 'without the plugin', options: null, saves: [], hook: [] },
    { label: 'with the plugin', options: base, saves: [], hook: [] },
    { label: 'with the plugin, audience foreign', options: { ...base, audience: 'foreign' }, saves: [], hook: [] },
    { label: 'with the plugin, audience rural', options: { ...base, audience: 'rural' }, saves: [], hook: [] },
    { label: 'with the plugin, audience youth', options: { ...base, audience: 'youth' }, saves: [], hook: [] },
  ];
  const hookTimes = new Map<Variant, number[]>();
  try {
    for (const v of variants) {
      const times: number[] = [];
      hookTimes.set(v, times);
      const { plugins, collection } = probed(v.options, times);
      v.h = await startPayload(plugins, [collection]);
    }
    // Interleaved rounds (the order rotates), so a busy moment on the machine hits every variant.
    for (let i = 0; i < WARM_UP + ROUNDS; i++) {
      for (let k = 0; k < variants.length; k++) {
        const v = variants[(i + k) % variants.length]!;
        const times = hookTimes.get(v)!;
        const before = times.length;
        const t0 = performance.now();
        await v.h!.payload.create({ collection: 'releases', data: { title: `Release ${i}`, body }, draft: true });
        const dt = performance.now() - t0;
        if (i >= WARM_UP) {
          v.saves.push(dt);
          v.hook.push(times[before]!);
        }
      }
    }
  } finally {
    for (const v of variants) await v.h?.close();
  }
  const none = median(variants[0]!.saves);
  for (const v of variants) {
    const line = `  ${`${v.label}:`.padEnd(36)}save median ${median(v.saves).toFixed(1)} ms (p90 ${p90(v.saves).toFixed(1)})`;
    console.log(
      v.options
        ? `${line}, the plugin's hook ${median(v.hook).toFixed(1)} ms (p90 ${p90(v.hook).toFixed(1)}), save +${(median(v.saves) - none).toFixed(1)} ms`
        : line,
    );
  }

  const alone: number[] = [];
  for (let i = 0; i < WARM_UP + ROUNDS; i++) {
    const t0 = performance.now();
    computeTone(body, {
      format: 'text',
      language: 'auto',
      locale: 'en',
      mode: 'warn',
      targets: base.targets,
      topFindings: 5,
      storeReport: false,
    });
    if (i >= WARM_UP) alone.push(performance.now() - t0);
  }
  console.log(
    `  computeTone alone (analyze + evaluate + tone):  median ${median(alone).toFixed(1)} ms, p90 ${p90(alone).toFixed(1)} ms`,
  );
}

await main();
