/**
 * Node.js 20.10 (the oldest the packages support): it has no `process.getBuiltinModule`. Core
 * used it to load compromise (English tagging) lazily; since issue 14 core tags English with its
 * own lexicon and loads nothing for it, so English analyses the same on 20.10 as on 20.20 without
 * any set-up, in the CLI and in the library.
 *
 * The Node.js 20.10 binary: `ATTACHE_NODE_20_10` (a path), else the npm package `node@20.10.0`
 * through `npx -y` (it downloads the official binary once into npm's cache). When neither works
 * (offline, no npm) the tests skip with one line saying so.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '@attache/core';
import { BIN, REPO, RELEASES, assertBuilt, listReleases } from '../packages/cli/test/helpers.js';

function findNode2010(): string | undefined {
  const given = process.env['ATTACHE_NODE_20_10'];
  if (given) return given;
  const r = spawnSync('npx', ['-y', 'node@20.10.0', '-p', 'process.version + " " + process.execPath'], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  const [version, path] = (r.stdout ?? '').trim().split(' ');
  return r.status === 0 && version === 'v20.10.0' && path ? path : undefined;
}

const NODE = findNode2010();
if (!NODE)
  console.log(
    '[skip] test/cli-node-20-10.test.ts: no Node.js 20.10 (set ATTACHE_NODE_20_10 to its binary, or let `npx -y node@20.10.0` reach the npm registry).',
  );

interface JsonOut {
  files: { path: string; report?: Report; error?: string }[];
}

function run(
  node: string,
  args: string[],
  env: Record<string, string> = {},
): { code: number; out: string; err: string } {
  const r = spawnSync(node, args, {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** What a report says, without timings. */
const gist = (r: Report | undefined) =>
  r && {
    language: r.language.code,
    findings: r.findings.map((f) => [f.ruleId, f.start, f.end, f.message]),
    grade: r.readability.grade,
    formality: r.formality.score,
  };

describe.skipIf(!NODE)('Node.js 20.10', () => {
  it('`attache lint` analyses English releases (passive voice, acronyms) as Node.js 20.20 does', () => {
    assertBuilt();
    // Passives with an agent, which passive-voice reports once the tagger has read the agent
    // (the first releases need not carry one: the rule leaves "joined by", "accompanied by" alone).
    const passives = join(mkdtempSync(join(tmpdir(), 'attache-node20-')), 'passives.txt');
    writeFileSync(
      passives,
      'The agreement was signed by the ministers on Tuesday. The report was published by the committee after a long review.\n',
    );
    const files = [
      ...listReleases('en')
        .slice(0, 3)
        .map((f) => join(RELEASES, 'en', f)),
      join(RELEASES, 'ru', listReleases('ru')[0]!),
      passives,
    ];
    const args = [BIN, 'lint', '--format', 'json', ...files];
    const old = run(NODE!, args);
    expect(old.err).not.toMatch(/tagging is not loaded|internal error/);
    expect(old.code).not.toBe(2);
    const now = run(process.execPath, args, { ATTACHE_NO_SNAPSHOT: '1' });
    const a = JSON.parse(old.out) as JsonOut;
    const b = JSON.parse(now.out) as JsonOut;
    expect(a.files.map((f) => f.error ?? null)).toEqual(files.map(() => null));
    expect(a.files.map((f) => gist(f.report))).toEqual(b.files.map((f) => gist(f.report)));
    // A rule that tags English ran.
    expect(a.files.some((f) => f.report?.findings.some((x) => x.ruleId === 'passive-voice'))).toBe(true);
    expect(old.code).toBe(now.code);
  });

  it('the library: analyze() on English needs nothing loaded there, and matches', () => {
    const text =
      'The agreement was signed by the ministers on Tuesday. The NATO summit was held in Brussels and the report was published by the OSCE.';
    const script = `
      const core = await import('@attache/core');
      try {
        const r = core.analyze(${JSON.stringify(text)}, { language: 'en' });
        console.log(JSON.stringify(r.findings.map((f) => [f.ruleId, f.start, f.end])));
      } catch (e) { console.log('ERROR ' + e.message); }`;
    const opts = ['--input-type=module', '-e'];
    const old = run(NODE!, [...opts, script]).out.trim();
    expect(old).not.toMatch(/^ERROR/);
    const current = run(process.execPath, [...opts, script]).out.trim();
    expect(old).toBe(current);
    expect(JSON.parse(old)).toContainEqual(expect.arrayContaining(['passive-voice']));
  });
});
