/**
 * The published shape of the CLI: `pnpm pack` of @attache/core, @attache/audiences and @attache/cli
 * (workspace: ranges become versions), installed with npm into an empty folder, then
 * `attache --help`, a lint of a real release and a Russian text (the dictionary read from the
 * installed az) from there. Needs the build (`pnpm run build`) and
 * npm's cache or registry for the third-party dependencies.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, release, REPO } from '../packages/cli/test/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'attache-packed-'));
const shell = process.platform === 'win32';

/** pnpm on the PATH, else the pinned one through npx (what `npm run quickstart` uses). */
function pnpm(args: string[], cwd: string): void {
  const direct = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell });
  if (direct.status === 0) execFileSync('pnpm', args, { cwd, stdio: 'pipe', shell });
  else execFileSync('npx', ['-y', 'pnpm@12.4.2', ...args], { cwd, stdio: 'pipe', shell });
}

beforeAll(() => {
  assertBuilt();
  const tarballs = join(dir, 'tarballs');
  for (const p of ['core', 'audiences', 'cli'])
    pnpm(['pack', '--pack-destination', tarballs], join(REPO, 'packages', p));
  const app = join(dir, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'empty', version: '1.0.0', private: true }));
  const files = readdirSync(tarballs).map((f) => join(tarballs, f));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...files], {
    cwd: app,
    stdio: 'pipe',
    shell,
  });
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the packed CLI in an empty folder', () => {
  const app = join(dir, 'app');
  const run = (args: string[]) =>
    spawnSync(join(app, 'node_modules', '.bin', 'attache'), args, {
      cwd: app,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', CI: 'true' },
      shell,
    });

  it('ships three tarballs and no start-up snapshot', () => {
    expect(readdirSync(join(dir, 'tarballs')).sort()).toEqual([
      'attache-audiences-0.1.0.tgz',
      'attache-cli-0.1.0.tgz',
      'attache-core-0.1.0.tgz',
    ]);
    expect(existsSync(join(app, 'node_modules', '@attache', 'cli', 'dist', 'attache.blob'))).toBe(false);
    expect(existsSync(join(app, 'node_modules', 'natural'))).toBe(false);
    // The one-file bundle the CLI starts from ships (what `pnpm bench:cli` times as "from npm").
    expect(existsSync(join(app, 'node_modules', '@attache', 'cli', 'dist', 'attache.mjs'))).toBe(true);
    // No compromise: core tags English with its own lexicon (issue 14), and no package depends on it.
    expect(existsSync(join(app, 'node_modules', 'compromise'))).toBe(false);
  });

  it('runs `attache --help`', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: attache <command>/m);
  });

  it('lints a real release', () => {
    const r = run(['lint', release('en', 'en_usdos_07.txt'), '--format', 'json']);
    expect(r.status).toBeLessThan(2);
    const out = JSON.parse(r.stdout) as { files: { report: { findings: unknown[]; language: { code: string } } }[] };
    expect(out.files).toHaveLength(1);
    expect(out.files[0]!.report.language.code).toBe('en');
    expect(out.files[0]!.report.findings.length).toBeGreaterThan(0);
  });

  it('inflects a Russian replacement: the dictionary is read from the installed az', () => {
    // о проработках (prepositional plural) → «подготовках»; принял участие (masc. sing. past) → «участвовал».
    const text = 'Мы говорили о проработках вопросов. Губернатор принял участие в форуме и обсудил с жителями планы.\n';
    const r = spawnSync(join(app, 'node_modules', '.bin', 'attache'), ['lint', '-', '--format', 'json'], {
      cwd: app,
      input: text,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', CI: 'true' },
      shell,
    });
    expect(r.stderr).not.toMatch(/dictionary could not be loaded/);
    const out = JSON.parse(r.stdout) as {
      files: { report: { findings: { actual: string; suggestions: string[] }[]; language: { code: string } } }[];
    };
    const report = out.files[0]!.report;
    expect(report.language.code).toBe('ru');
    const first = (actual: string) => report.findings.find((f) => f.actual === actual)?.suggestions[0];
    expect(first('проработках')).toBe('подготовках');
    expect(first('принял участие')).toBe('участвовал');
  });
});
