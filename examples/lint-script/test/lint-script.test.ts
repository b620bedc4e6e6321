/**
 * Runs the example as a press office's CI would: `node lint-releases.mjs releases` with the built
 * CLI (pnpm run build first), and checks the Markdown summary it writes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('..', import.meta.url));
const script = join(here, 'lint-releases.mjs');

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [script, ...args], {
    cwd: here,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('examples/lint-script', () => {
  it('writes a summary table: grade, formality, findings by severity, targets met', () => {
    expect(existsSync(join(here, '../../packages/cli/dist/bin.js'))).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'attache-example-'));
    try {
      const out = join(dir, 'summary.md');
      const summary = join(dir, 'step-summary.md');
      const r = run(['releases', '--out', out], { GITHUB_STEP_SUMMARY: summary });
      expect([0, 1]).toContain(r.code);
      const md = readFileSync(out, 'utf8');
      expect(readFileSync(summary, 'utf8')).toBe(md);
      const lines = md.split('\n');
      expect(lines).toContain('| File | Grade | Formality | Errors | Warnings | Suggestions | Targets |');
      const rows = lines.filter((l) => l.startsWith('| releases/'));
      expect(rows.map((l) => l.split('|')[1]!.trim())).toEqual([
        'releases/govuk-2015-news.txt',
        'releases/kremlin-ru.txt',
        'releases/state-dept-statement.txt',
      ]);
      for (const row of rows) {
        const cells = row.split('|').map((c) => c.trim());
        expect(cells[2]).toMatch(/^\d+\.\d$/); // grade
        expect(cells[3]).toMatch(/^\d+ \([a-z-]+\)$/); // formality
        for (const c of cells.slice(4, 7)) expect(c).toMatch(/^\d+$/);
        expect(cells[7]).toMatch(/^(✅ met|❌ .+)$/); // targets from attache.config.json
      }
      // The exit code is the CLI's: 1 exactly when something failed.
      const failed = rows.some((row) => row.includes('❌')) || rows.some((row) => Number(row.split('|')[4]) > 0);
      expect(r.code).toBe(failed ? 1 : 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('passes options through to attache and keeps its exit code for usage errors', () => {
    const strict = run(['releases', '--max-grade', '1']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('❌ maxGrade');
    const bad = run(['releases', '--max-grade', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Invalid value "x" for --max-grade');
  });
});
