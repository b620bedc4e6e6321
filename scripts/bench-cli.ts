/**
 * `tsx scripts/bench-cli.ts [--runs N] [--skip-pool]`: how fast the `attache` command is, as a
 * user feels it. Needs the build (`pnpm run build`). Prints figures; asserts nothing.
 *
 * 1. Cold start: `attache lint` on one ~600-word release, a fresh process each run (median of N,
 *    the commands alternated run by run), side by side with textlint (a devDependency) linting the
 *    same file with its write-good and sentence-length rules: the ratio attache / textlint is the
 *    figure (target ≤ 1.0). attache runs as a user installing from npm gets it: the bundle
 *    (dist/attache.mjs), no startup snapshot (ATTACHE_NO_SNAPSHOT=1; the snapshot is not published).
 *    Beside it: `node -e ""` (the floor any Node CLI pays), the plain modules (ATTACHE_NO_BUNDLE=1),
 *    the snapshot, `attache --help`, `attache score`, and a bare `import('@attache/core')` (what
 *    loading the analyser costs; core tags English with its own lexicon, without compromise).
 * 2. The 2,025-release State Department pool, written from JSONL to one file per release in a
 *    temp dir, then `attache lint <dir>`: in the main thread, with worker threads (auto), and
 *    with --cache cold and warm. Wall time, words per second. Target: ≤ 40 s on 2 cores.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVAL_SKIP_NOTE, evalPath, fixturePath, hasEval } from './eval/corpus.js';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** ATTACHE_BIN may point at another build of the CLI. */
const bin = process.env['ATTACHE_BIN'] ?? join(repo, 'packages/cli/dist/bin.js');
/** The CLI package: `import('@attache/core')` resolves from here as the CLI's does. */
const cliDir = resolve(bin, '../..');
const poolFile = evalPath('press-releases', 'pools', 'us_state_department_press_releases_2021_2022.jsonl');

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 15;
const skipPool = args.includes('--skip-pool') || !hasEval();

const TIME = '/usr/bin/time';
const haveTime = existsSync(TIME);

/** Runs a command; wall time, and CPU time (user + sys, all threads and children) where
 * /usr/bin/time exists. CPU time says what the work costs even on a busy machine. */
function wall(
  cmd: string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): { ms: number; cpuMs: number | null; code: number; stderr: string } {
  const argv = haveTime ? [TIME, '-f', '@@cpu %U %S', ...cmd] : cmd;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0]!, argv.slice(1), {
    cwd: opts.cwd ?? repo,
    env: { ...process.env, CI: 'true', NO_COLOR: '1', ...opts.env },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  const m = /@@cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  const cpuMs = m ? (Number(m[1]) + Number(m[2])) * 1000 : null;
  return { ms, cpuMs, code: r.status ?? -1, stderr: m ? r.stderr.slice(0, m.index) : r.stderr };
}

function stats(xs: number[]): { median: number; p90: number; min: number } {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return {
    median: s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2,
    p90: s[Math.min(s.length - 1, Math.floor(s.length * 0.9))]!,
    min: s[0]!,
  };
}

/** Alternates the commands run by run, so drift in machine load hits them alike. */
function compare(
  cases: Record<string, string[]>,
  n: number,
): Record<string, ReturnType<typeof stats> & { cpu: number | null }> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  const cpu: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  // A label saying "npm" runs without the snapshot; "plain modules" without the bundle either.
  const env = (k: string): Record<string, string> => ({
    ...(/npm|plain modules/.test(k) ? { ATTACHE_NO_SNAPSHOT: '1' } : {}),
    ...(/plain modules/.test(k) ? { ATTACHE_NO_BUNDLE: '1' } : {}),
  });
  for (const [k, cmd] of Object.entries(cases)) wall(cmd, { cwd: cliDir, env: env(k) }); // warm the file system cache
  for (let i = 0; i < n; i++)
    for (const [k, cmd] of Object.entries(cases)) {
      const r = wall(cmd, { cwd: cliDir, env: env(k) });
      times[k]!.push(r.ms);
      if (r.cpuMs !== null) cpu[k]!.push(r.cpuMs);
    }
  return Object.fromEntries(
    Object.entries(times).map(([k, xs]) => [k, { ...stats(xs), cpu: cpu[k]!.length ? stats(cpu[k]!).median : null }]),
  );
}

const fmt = (ms: number): string => `${(ms / 1000).toFixed(3)} s`;
const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;

console.log(
  `attache CLI benchmark · node ${process.version} · ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}) · ` +
    `load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}\n(wall time counts whatever else the machine runs; cpu = user + sys of the run, all threads)\n`,
);

// 1. Cold start ---------------------------------------------------------------------------------
const sample = fixturePath('releases', 'en', 'en_kremlin_06.txt');
const blob = join(cliDir, 'dist/attache.blob');
if (!existsSync(blob)) {
  console.log('(building the startup snapshot first: node packages/cli/scripts/build-snapshot.mjs)');
  spawnSync(process.execPath, [join(cliDir, 'scripts/build-snapshot.mjs')], { stdio: 'inherit' });
}
console.log(existsSync(blob) ? 'startup snapshot: dist/attache.blob\n' : 'startup snapshot: none (plain start only)\n');
console.log(
  `1. Cold start: one release (${words(readFileSync(sample, 'utf8'))} words, en_kremlin_06.txt), median of ${runs} runs`,
);
const textlintBin = join(repo, 'node_modules/textlint/bin/textlint.js');
const haveTextlint = existsSync(textlintBin);
const LINT_NPM = 'attache lint <release> (as from npm)';
const TEXTLINT = 'textlint <release> (write-good, sentence-length)';
const cold = compare(
  {
    'node -e ""': [process.execPath, '-e', ''],
    ...(haveTextlint
      ? {
          [TEXTLINT]: [
            process.execPath,
            textlintBin,
            '--no-color',
            '--rule',
            'write-good',
            '--rule',
            'sentence-length',
            '--format',
            'json',
            sample,
          ],
        }
      : {}),
    [LINT_NPM]: [process.execPath, bin, 'lint', sample, '--format', 'json'],
    'attache lint <release> (plain modules)': [process.execPath, bin, 'lint', sample, '--format', 'json'],
    'attache lint <release> (snapshot)': [process.execPath, bin, 'lint', sample, '--format', 'json'],
    'attache --help': [process.execPath, bin, '--help'],
    'attache score <release> (as from npm)': [process.execPath, bin, 'score', sample, '--format', 'json'],
    'node -e "import(\'@attache/core\')"': [
      process.execPath,
      '--input-type=module',
      '-e',
      "await import('@attache/core')",
    ],
  },
  runs,
);
for (const [k, s] of Object.entries(cold)) {
  const cpuText = s.cpu === null ? '' : `   cpu ${fmt(s.cpu)}`;
  console.log(`   ${k.padEnd(50)} median ${fmt(s.median)}   p90 ${fmt(s.p90)}   min ${fmt(s.min)}${cpuText}`);
}
const lintCold = cold[LINT_NPM]!;
const floor = cold['node -e ""']!;
const coreImport = cold['node -e "import(\'@attache/core\')"']!;
console.log(
  `   → import of @attache/core: ${fmt(coreImport.median)} wall (${fmt(coreImport.median - floor.median)} above node alone)` +
    (coreImport.cpu !== null && floor.cpu !== null ? `, cpu ${fmt(coreImport.cpu - floor.cpu)} above node alone` : ''),
);
if (haveTextlint) {
  const tl = cold[TEXTLINT]!;
  const ratio = lintCold.median / tl.median;
  const cpuRatio = lintCold.cpu !== null && tl.cpu !== null ? lintCold.cpu / tl.cpu : null;
  console.log(
    `   → cold-start ratio attache lint / textlint: ${ratio.toFixed(2)} (median wall ${fmt(lintCold.median)} vs ${fmt(tl.median)}; ` +
      `target ≤ 1.00: ${ratio <= 1 ? 'met' : 'MISSED'})` +
      (cpuRatio === null ? '' : `; by cpu time ${cpuRatio.toFixed(2)} (${fmt(lintCold.cpu!)} vs ${fmt(tl.cpu!)})`),
  );
} else console.log('   → textlint is not installed (pnpm install): no ratio');
console.log(`   → node alone ${fmt(floor.median)}\n`);

// 2. The pool -----------------------------------------------------------------------------------
if (!hasEval()) console.log(`2. Pool: ${EVAL_SKIP_NOTE}`);
if (!skipPool) {
  const dir = mkdtempSync(join(tmpdir(), 'attache-pool-'));
  try {
    const lines = readFileSync(poolFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    let totalWords = 0;
    lines.forEach((line, i) => {
      const doc = JSON.parse(line) as { text: string };
      totalWords += words(doc.text);
      writeFileSync(join(dir, `release-${String(i).padStart(4, '0')}.txt`), doc.text);
    });
    console.log(
      `2. Pool: ${lines.length} releases, ${totalWords.toLocaleString('en')} words, one .txt file each in ${dir}`,
    );
    const cache = join(dir, '.cache');
    const lint = (extra: string[]): string[] => [
      process.execPath,
      bin,
      'lint',
      '.',
      '--format',
      'json',
      '--output',
      join(dir, '.out.json'),
      ...extra,
    ];
    const cases: [string, string[]][] = [
      ['main thread (--concurrency off)', lint(['--concurrency', 'off'])],
      ['worker threads (auto)', lint([])],
      ['--cache, cold (empty cache)', lint(['--cache', '--cache-location', cache])],
      ['--cache, warm (nothing changed)', lint(['--cache', '--cache-location', cache])],
    ];
    const results: Record<string, number> = {};
    for (const [label, cmd] of cases) {
      const r = wall(cmd, { cwd: dir });
      if (r.code === 2) throw new Error(`${label}: exit 2\n${r.stderr}`);
      results[label] = r.ms;
      const cpuText = r.cpuMs === null ? '' : `   cpu ${fmt(r.cpuMs).padStart(9)}`;
      console.log(
        `   ${label.padEnd(36)} ${fmt(r.ms).padStart(9)}   ${Math.round(totalWords / (r.ms / 1000))
          .toLocaleString('en')
          .padStart(9)} words/s   exit ${r.code}${cpuText}`,
      );
    }
    const serial = results['main thread (--concurrency off)']!;
    const workers = results['worker threads (auto)']!;
    const warm = results['--cache, warm (nothing changed)']!;
    console.log(
      `   → workers: ${(serial / workers).toFixed(2)}× the main thread; warm cache: ${(workers / warm).toFixed(1)}× faster than no cache`,
    );
    console.log(
      `   → pool wall time ${fmt(Math.min(serial, workers))} (target ≤ 40 s: ${Math.min(serial, workers) <= 40_000 ? 'met' : 'MISSED'})`,
    );

    // Where auto should switch to workers: a few sizes, serial vs 2 workers.
    console.log('\n3. The main thread alone vs with a helper, by number of files (wall, one run each)');
    for (const n of [10, 20, 40, 80, 160]) {
      const files = Array.from({ length: n }, (_, i) => `release-${String(i).padStart(4, '0')}.txt`);
      const base = [process.execPath, bin, 'lint', ...files, '--format', 'json', '--output', join(dir, '.out.json')];
      const s = wall([...base, '--concurrency', 'off'], { cwd: dir });
      const w = wall([...base, '--concurrency', '2'], { cwd: dir });
      const cpuText = s.cpuMs !== null && w.cpuMs !== null ? `   cpu ${fmt(s.cpuMs)} vs ${fmt(w.cpuMs)}` : '';
      console.log(
        `   ${String(n).padStart(4)} files   main ${fmt(s.ms)}   main + 1 helper ${fmt(w.ms)}   ${(s.ms / w.ms).toFixed(2)}×${cpuText}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
