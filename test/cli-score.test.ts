/** End-to-end: `attache score` on real releases, every format and exit code. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PolicyResult, Report } from '@attache/core';
import {
  assertBuilt,
  attache,
  listReleases,
  readRelease,
  release,
  RELEASES,
  tempDir,
} from '../packages/cli/test/helpers.js';
import { validateSarif } from '../packages/cli/test/sarif-validate.js';

beforeAll(assertBuilt);

interface JsonOut {
  files: { path: string; report: Report; targets?: PolicyResult }[];
}

describe('attache score', () => {
  it('stylish: a table with one row per release, and the means', () => {
    const r = attache(['score', join(RELEASES, 'en')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^File\s+Lang\s+Words\s+Grade\s+Ease\s+Formality\s+Hard\s+Targets$/);
    for (const name of listReleases('en')) expect(r.stdout).toContain(name);
    expect(r.stdout).toMatch(
      new RegExp(`${listReleases('en').length} files · mean grade [\\d.]+ · mean formality \\d+`),
    );
  });

  it('stylish: one file gets the formulas, the formality signals and the targets', () => {
    // --locale en: a Russian text is otherwise reported in Russian (test/cli-messages-locale.test.ts).
    const r = attache(['score', release('ru', 'ru_kremlin_05.txt'), '--max-grade', '30', '--locale', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ru (detected');
    expect(r.stdout).toMatch(/Grade [\d.]+/);
    expect(r.stdout).toMatch(/Formality \d+/);
    expect(r.stdout).toContain('Readability');
    expect(r.stdout).toMatch(/✔ grade [\d.]+ is within the target of 30 \(maxGrade\)/);
  });

  it('json: the core report per file, with the policy result when targets are set', () => {
    const r = attache(['score', join(RELEASES, 'ru'), '--format', 'json', '--max-formality', '100']);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.files).toHaveLength(listReleases('ru').length);
    for (const f of out.files) {
      expect(f.report.language.code).toBe('ru');
      expect(f.report.readability.grade).not.toBeNull();
      expect(f.targets!.met).toBe(true);
      // score does not run the rules
      expect(f.report.findings).toEqual([]);
    }
  });

  it('exit 1 when a target is missed; github and sarif report it', () => {
    const file = release('en', 'en_usdos_11.txt');
    const stylish = attache(['score', file, '--max-grade', '2']);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toMatch(/✖ grade [\d.]+ is above the target of 2 \(maxGrade\)/);
    const gh = attache(['score', file, '--max-grade', '2', '--format', 'github']);
    expect(gh.code).toBe(1);
    expect(gh.stdout).toMatch(
      /^::error file=[^,]+en_usdos_11\.txt,title=attache target\/maxGrade::grade [\d.]+ is above the target of 2 \(maxGrade\)$/m,
    );
    const sarif = attache(['score', file, '--max-grade', '2', '--format', 'sarif']);
    expect(sarif.code).toBe(1);
    expect(validateSarif(JSON.parse(sarif.stdout)).errors).toBe('');
  });

  it('maxErrors / maxWarnings targets make score run the rules', () => {
    const t = tempDir({ 'r.txt': release('en', 'en_kremlin_04.txt') });
    try {
      writeFileSync(join(t.dir, 'attache.config.json'), JSON.stringify({ targets: { maxWarnings: 100000 } }));
      const r = attache(['score', 'r.txt', '--format', 'json'], { cwd: t.dir });
      expect(r.code).toBe(0);
      const f = (JSON.parse(r.stdout) as JsonOut).files[0]!;
      const result = f.targets!.results[0]!;
      expect(result.id).toBe('maxWarnings');
      expect(result.actual).toBe(f.report.findings.filter((x) => x.severity === 'warning').length);
    } finally {
      t.cleanup();
    }
  });

  it('reads standard input', () => {
    const stdin = attache(['score', '-', '--format', 'json'], { input: readRelease('en', 'en_kremlin_04.txt') });
    expect(stdin.code).toBe(0);
    const f = (JSON.parse(stdin.stdout) as JsonOut).files[0]!;
    expect(f.path).toBe('<stdin>');
    expect(f.report.counts.words).toBeGreaterThan(300);
  });
});
