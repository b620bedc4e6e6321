/**
 * Time per release: `analyze` on ~600-word English and Russian releases, on the BUILT packages
 * (`@attache/core` → packages/core/dist, so run `pnpm run build` first), warm. Issue 11's targets:
 * ≤ 10 ms per 600-word English release, ≤ 15 ms Russian. Printed, never asserted (the machine is
 * shared): median and p90 over every timed run, and the load average (`uptime`) beside them.
 *
 * Releases: the fixtures inside the repository (test/fixtures/releases, so it runs in a bare clone)
 * of 350 words or more, their time also scaled to 600 words (ms × 600 ÷ words); and, when the
 * evaluation material is present (../shared/eval or $ATTACHE_EVAL_DIR), pool items of 570–630
 * words (State Department; kremlin.ru with its title and place, as `pnpm bench` reads them), and
 * up to 60 other items of 450–750 words per language analysed once each (so the per-word caches
 * of core hold only what earlier releases left in them, as for a new release).
 * Russian is timed twice: without the OpenCorpora morphology, then with it loaded (replacements
 * put into the form of the words they replace, as `loadRussianMorphology()` callers get).
 *
 * Before and after a change, in one run (the load is the same for both): build the old core into
 * another worktree and pass its package directory, `--against ../main/packages/core`; each release
 * then goes through both builds in turn and the ratio is printed.
 *
 * Part of `pnpm bench` (first); alone: `tsx scripts/bench-release.ts [--rounds N] [--against DIR]`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze, loadRussianMorphology, tokenize } from '@attache/core';
import { evalPath, fixturePath, hasEval, isMain, readJsonl, releaseBody } from './eval/corpus.js';

interface Doc {
  id: string;
  text: string;
  words: number;
}

interface ReleaseSet {
  label: string;
  language: 'en' | 'ru';
  docs: Doc[];
}

const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (i - lo);
};

/** The load average as `uptime` prints it (os.loadavg() where there is no `uptime`). */
export function load(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')}`;
  }
}

/** Word and number tokens of the whole text (tokenize only: nothing here fills a cache of analyze). */
const wordsOf = (text: string): number => tokenize(text).filter((t) => t.kind !== 'punct').length;

function fixtureSet(language: 'en' | 'ru'): ReleaseSet {
  const dir = fixturePath('releases', language);
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = releaseBody(readFileSync(join(dir, f), 'utf8'));
      return { id: f.replace(/\.txt$/, ''), text, words: wordsOf(text) };
    })
    .filter((d) => d.words >= 350);
  return { label: `fixtures (test/fixtures/releases/${language})`, language, docs };
}

/**
 * Pool items of 570–630 words (timed in rounds) and, apart, up to 60 other items of 450–750 words
 * per language, each analysed ONCE: their words reach the per-word caches for the first time
 * unless another release had them, as when a CMS or the CLI reads new releases.
 */
function poolSets(max: number): { rounds: ReleaseSet[]; once: ReleaseSet[] } {
  if (!hasEval() || !existsSync(evalPath('press-releases', 'pools'))) return { rounds: [], once: [] };
  const en = readJsonl<{ url: string; text: string; words: number }>(
    'press-releases/pools/us_state_department_press_releases_2021_2022.jsonl',
  ).map((d) => ({ id: d.url, text: d.text, pool: d.words }));
  const ru = readJsonl<{ url: string; title: string; place?: string; text_clean: string; words: number }>(
    'press-releases/pools/kremlin_ru_news_2024-12_2025-05.jsonl',
  ).map((d) => ({
    id: d.url,
    text: `${d.title}\n\n${d.place ? `${d.place}\n\n` : ''}${d.text_clean}`,
    pool: d.words,
  }));
  const pick = (xs: typeof en, language: 'en' | 'ru', lo: number, hi: number, n: number, not?: ReleaseSet): Doc[] =>
    xs
      .filter((d) => d.pool >= lo && d.pool <= hi && !not?.docs.some((x) => x.id === d.id))
      .slice(0, n)
      .map((d) => ({ id: d.id, text: d.text, words: wordsOf(d.text) }));
  const enRounds: ReleaseSet = {
    label: 'State Department pool, 570–630 words',
    language: 'en',
    docs: pick(en, 'en', 570, 630, max),
  };
  const ruRounds: ReleaseSet = {
    label: 'kremlin.ru pool, 570–630 words',
    language: 'ru',
    docs: pick(ru, 'ru', 570, 630, max),
  };
  return {
    rounds: [enRounds, ruRounds],
    once: [
      { label: 'State Dept., 450–750 words, each once', language: 'en', docs: pick(en, 'en', 450, 750, 60, enRounds) },
      { label: 'kremlin.ru, 450–750 words, each once', language: 'ru', docs: pick(ru, 'ru', 450, 750, 60, ruRounds) },
    ],
  };
}

interface Timing {
  ms: number[];
  per600: number[];
  cpu: number[];
}

type Analyze = (text: string, options: { language: 'en' | 'ru' }) => unknown;

/**
 * Warm-up rounds, then `rounds` rounds over every release in turn (so load drift is shared); with
 * several builds, each release goes through each build in turn, the order alternating by round.
 */
function timeSet(set: ReleaseSet, builds: readonly Analyze[], rounds: number, warm = 3): Timing[] {
  const out: Timing[] = builds.map(() => ({ ms: [], per600: [], cpu: [] }));
  for (let r = 0; r < warm + rounds; r++)
    for (const d of set.docs)
      for (let k = 0; k < builds.length; k++) {
        const b = r % 2 ? builds.length - 1 - k : k;
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        builds[b]!(d.text, { language: set.language });
        const ms = performance.now() - t0;
        const cpu = process.cpuUsage(c0);
        if (r < warm) continue;
        out[b]!.ms.push(ms);
        out[b]!.per600.push((ms * 600) / d.words);
        out[b]!.cpu.push((cpu.user + cpu.system) / 1000);
      }
  return out;
}

function line(label: string, set: ReleaseSet, t: Timing, target: number, base?: Timing): string {
  const words = set.docs.map((d) => d.words);
  const med = quantile(t.ms, 0.5);
  const med600 = quantile(t.per600, 0.5);
  const ratio = base ? `  ×${(med / quantile(base.ms, 0.5)).toFixed(2)} of the baseline` : '';
  return (
    `${label.padEnd(50)} ${String(set.docs.length).padStart(3)}  ${`${Math.min(...words)}–${Math.max(...words)}`.padStart(9)}` +
    `  ${med.toFixed(2).padStart(6)}  ${quantile(t.ms, 0.9).toFixed(2).padStart(6)}  ${quantile(t.cpu, 0.5).toFixed(2).padStart(6)}` +
    `  ${med600.toFixed(2).padStart(7)}  ${quantile(t.per600, 0.9).toFixed(2).padStart(7)}` +
    `  ${med600 <= target ? 'ok' : 'OVER'} (≤ ${target})${ratio}`
  );
}

/** Whether a source file of core is newer than its build (the figures would be of old code). */
function staleBuild(): boolean {
  const root = fileURLToPath(new URL('../packages/core/', import.meta.url));
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'analyze.js'))) return true;
  // The newest file on each side: tsc -b leaves an output whose text did not change untouched,
  // so the build's time is that of its newest file, not of one entry point's.
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((e) =>
        e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
      ),
    );
  return newest(join(root, 'src')) > newest(dist);
}

interface Core {
  analyze: Analyze;
  /** Builds of core before issue 14 loaded compromise for English: a baseline may have it. */
  loadEnglishTagger?(): Promise<unknown>;
  loadRussianMorphology(): Promise<unknown>;
}

export interface BenchReleaseOptions {
  /** Timed rounds over each set (after 3 warm-up rounds). Default 10. */
  rounds?: number;
  /** Pool items per language at most. Default 30. */
  poolItems?: number;
  /** Another built @attache/core (its package directory) timed in the same rounds, for a ratio. */
  against?: string;
}

export async function benchRelease(options: BenchReleaseOptions = {}): Promise<void> {
  const rounds = options.rounds ?? 10;
  const builds: Array<{ name: string; core: Core }> = [{ name: '', core: { analyze, loadRussianMorphology } }];
  if (options.against) {
    const entry = pathToFileURL(join(resolve(options.against), 'dist', 'index.js')).href;
    builds.push({ name: 'baseline', core: (await import(entry)) as Core });
  }
  console.log(`# analyze per release (built @attache/core, Node ${process.version}, warm, ${rounds} rounds)\n`);
  if (options.against) console.log(`baseline: ${resolve(options.against)}, timed in the same rounds\n`);
  if (staleBuild())
    console.log('(packages/core/src is newer than its dist: run `pnpm run build` for current figures)\n');
  for (const b of builds) await b.core.loadEnglishTagger?.();
  const pools = poolSets(options.poolItems ?? 30);
  const sets = [fixtureSet('en'), fixtureSet('ru'), ...pools.rounds];
  console.log(`load before: ${load()}\n`);
  console.log(
    `${'releases'.padEnd(50)} ${'n'.padStart(3)}  ${'words'.padStart(9)}  ${'median'.padStart(6)}  ${'p90'.padStart(6)}  ${'cpu'.padStart(6)}` +
      `  ${'med/600'.padStart(7)}  ${'p90/600'.padStart(7)}  target (ms per 600 words)`,
  );
  const target = { en: 10, ru: 15 } as const;
  const fns = builds.map((b) => b.core.analyze);
  const print = (label: string, set: ReleaseSet, ts: Timing[]): void => {
    for (let k = 0; k < builds.length; k++)
      console.log(
        line(
          `${set.language}  ${label}${builds[k]!.name ? ` [${builds[k]!.name}]` : ''}`,
          set,
          ts[k]!,
          target[set.language],
          k === 0 ? ts[1] : undefined,
        ),
      );
  };
  // Fixtures first (they warm the code), then the releases seen once, then the pool in rounds.
  for (const set of sets.slice(0, 2)) print(set.label, set, timeSet(set, fns, rounds));
  for (const set of pools.once) print(set.label, set, timeSet(set, fns, 1, 0));
  for (const set of sets.slice(2)) print(set.label, set, timeSet(set, fns, rounds));
  for (const b of builds) await b.core.loadRussianMorphology();
  for (const set of sets.filter((s) => s.language === 'ru'))
    print(`${set.label} +morph`, set, timeSet(set, fns, rounds));
  console.log(`\nload after:  ${load()}`);
  console.log(
    '(ms per release, wall clock; cpu = median CPU ms of the process per run; med/600 and p90/600 scale each run to 600 words: ms × 600 ÷ words)\n',
  );
}

if (isMain(import.meta.url)) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const rounds = arg('--rounds');
  const against = arg('--against');
  await benchRelease({ ...(rounds ? { rounds: Number(rounds) } : {}), ...(against ? { against } : {}) });
}
