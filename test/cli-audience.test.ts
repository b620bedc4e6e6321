/** End-to-end: `attache rewrite` and `attache checklist` (the @attache/audiences adapters) on real releases. */
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

beforeAll(assertBuilt);

interface RewriteJson {
  files: {
    path: string;
    audience: string;
    text: string;
    applied: { id: string; kind: string; safe: boolean }[];
    rejected: { id: string; reason: string }[];
    meaningLock: { ok: boolean };
    verification: { ok: boolean; counts: Record<string, number> };
    ok: boolean;
    notes: string[];
    targets: PolicyResult;
    before: Report;
    after: Report;
  }[];
}

interface ChecklistJson {
  files: {
    path: string;
    audience: string;
    items: { id: string; status: string; label: string; evidence: unknown[] }[];
    targets: PolicyResult;
  }[];
}

const EN = release('en', 'en_usdos_02.txt');
// en_usdos_02 is agreed text from "Begin text." on: its only edit was in the provenance header, which
// the verifier refuses ("Obtained from:" → "Got from:"). A release with prose of its own:
const PROSE = release('en', 'en_govuk_02.txt');
const RU = release('ru', 'ru_kremlin_05.txt');

describe('attache rewrite', () => {
  it('text: the rewritten release on stdout, a summary on stderr', () => {
    const r = attache(['rewrite', '--audience', 'youth', PROSE]);
    expect(r.code).toBe(0);
    const input = readRelease('en', 'en_govuk_02.txt');
    expect(r.stdout).not.toBe(input);
    expect(r.stdout.length).toBeGreaterThan(input.length / 2);
    expect(r.stderr).toMatch(
      /en_govuk_02\.txt → youth: \d+ proposal\(s\) applied.*grade [\d.]+, formality \d+ → grade [\d.]+, formality \d+; targets (met|missed)/,
    );
  });

  it('json: applied proposals, before/after reports, the meaning lock, the audience targets', () => {
    for (const audience of ['youth', 'rural', 'foreign']) {
      const r = attache(['rewrite', '--audience', audience, '--format', 'json', EN, RU]);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as RewriteJson;
      expect(out.files.map((f) => f.audience)).toEqual([audience, audience]);
      for (const f of out.files) {
        expect(f.meaningLock.ok).toBe(true);
        expect(f.verification.ok).toBe(true);
        expect(f.ok).toBe(true);
        expect(f.applied.every((p) => p.safe)).toBe(true);
        expect(f.after.length).toBe(f.text.length);
        expect(f.targets.results.length).toBeGreaterThan(0);
      }
    }
  });

  it('--accept all never writes a placeholder: it becomes a note on stderr and in the JSON', () => {
    const r = attache(['rewrite', '--audience', 'rural', '--accept', 'all', EN]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\[(?:who is affected|кого это касается)/);
    expect(r.stderr).toMatch(/en_usdos_02\.txt: note: Not put in the text \(it would be a placeholder\): /);
    const j = JSON.parse(
      attache(['rewrite', '--audience', 'rural', '--accept', 'all', '--format', 'json', EN]).stdout,
    ) as RewriteJson;
    expect(j.files[0]!.notes.length).toBeGreaterThan(0);
    expect(j.files[0]!.rejected.some((x) => x.reason === 'placeholder')).toBe(true);
  });

  it('diff: a unified diff per file; --accept picks proposals by kind', () => {
    const r = attache(['rewrite', '--audience', 'youth', '--format', 'diff', PROSE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^--- a\/.*en_govuk_02\.txt\n\+\+\+ b\/.*en_govuk_02\.txt\s+rewrite for youth\n@@ /m);
    const byKind = JSON.parse(
      attache(['rewrite', '--audience', 'youth', '--format', 'json', '--accept', 'substitution', EN]).stdout,
    ) as RewriteJson;
    expect(byKind.files[0]!.applied.every((p) => p.kind === 'substitution')).toBe(true);
    const unknown = attache(['rewrite', '--audience', 'youth', '--accept', 'no-such-thing', EN]);
    expect(unknown.code).toBe(0);
    expect(unknown.stderr).toContain('no proposal "no-such-thing"');
  });

  it('reads stdin; the audience may come from the config', () => {
    const stdin = attache(['rewrite', '--audience', 'rural', '-', '--stdin-filename', 'r.txt'], {
      input: readRelease('ru', 'ru_kremlin_05.txt'),
    });
    expect(stdin.code).toBe(0);
    expect(stdin.stderr).toContain('r.txt → rural');
    const t = tempDir({ 'a.txt': EN });
    try {
      writeFileSync(join(t.dir, '.attacherc.json'), JSON.stringify({ audience: 'foreign' }));
      const r = attache(['rewrite', 'a.txt'], { cwd: t.dir });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('a.txt → foreign');
    } finally {
      t.cleanup();
    }
  });

  it('exit 2: no audience, several files as text, a missing file, a bad --audience', () => {
    const none = attache(['rewrite', EN]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Pass --audience youth, rural or foreign');
    const many = attache(['rewrite', '--audience', 'youth', EN, RU]);
    expect(many.code).toBe(2);
    expect(many.stderr).toContain('--format diff or --format json');
    expect(attache(['rewrite', '--audience', 'youth', 'missing.txt']).code).toBe(2);
    const bad = attache(['rewrite', '--audience', 'teens', EN]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Use one of: youth, rural, foreign');
    expect(attache(['rewrite', '--audience', 'youth', '--max-warnings', '1', EN]).stderr).toContain(
      'does not apply to "attache rewrite"',
    );
  });
});

describe('attache checklist', () => {
  it('stylish: items to fix, to check by hand and passed, with evidence and the targets; exit 1 when a check fails', () => {
    const r = attache(['checklist', '--audience', 'foreign', EN]);
    const out = JSON.parse(
      attache(['checklist', '--audience', 'foreign', '--format', 'json', EN]).stdout,
    ) as ChecklistJson;
    const items = out.files[0]!.items;
    expect(items.length).toBeGreaterThanOrEqual(12);
    const failed = items.some((i) => i.status === 'fail');
    expect(r.code).toBe(failed ? 1 : 0);
    expect(r.stdout).toMatch(/checklist for foreign readers · \d+ items: \d+ to fix, \d+ to check by hand, \d+ passed/);
    for (const i of items) expect(r.stdout).toContain(i.label);
    expect(r.stdout).toContain('Targets for foreign readers');
  });

  it('markdown: a review checklist, in Russian with --locale ru', () => {
    const r = attache(['checklist', '--audience', 'youth', '--format', 'markdown', '--locale', 'ru', RU]);
    expect([0, 1]).toContain(r.code);
    // The heading and the table of targets are Russian too (the CLI's catalogue, src/messages.ts).
    expect(r.stdout).toMatch(/^## Чек-лист для аудитории youth: /);
    expect(r.stdout).toMatch(/^- \[( |x)\] \*\*[А-Яа-яЁё]/m);
    expect(r.stdout).toContain('| Цель | Предел | Значение | Достигнута |');
    expect(r.stdout).not.toMatch(/Checklist for|\| Target \|/);
  });

  it('json for a directory; exit 2 for a missing file or no audience', () => {
    const dir = attache(['checklist', '--audience', 'rural', '--format', 'json', join(RELEASES, 'ru')]);
    const out = JSON.parse(dir.stdout) as ChecklistJson;
    expect(out.files.length).toBe(listReleases('ru').length);
    expect(dir.code).toBe(out.files.some((f) => f.items.some((i) => i.status === 'fail')) ? 1 : 0);
    expect(attache(['checklist', '--audience', 'rural', 'missing.txt']).code).toBe(2);
    expect(attache(['checklist', EN]).code).toBe(2);
  });
});

describe('--audience on lint and score', () => {
  it("applies the adapter's targets; flags still win", () => {
    const r = attache(['score', EN, '--audience', 'youth', '--format', 'json']);
    const f = (JSON.parse(r.stdout) as { files: { targets: PolicyResult }[] }).files[0]!;
    expect(f.targets.results.map((t) => t.id)).toContain('maxGrade');
    expect(r.code).toBe(f.targets.met ? 0 : 1);
    const relaxed = attache(['score', EN, '--audience', 'youth', '--max-grade', '30', '--format', 'json']);
    const g = (JSON.parse(relaxed.stdout) as { files: { targets: PolicyResult }[] }).files[0]!;
    expect(g.targets.results.find((t) => t.id === 'maxGrade')!.limit).toBe(30);
  });
});

describe('rewrite and checklist on an empty file', () => {
  it('say the file is empty instead of passing in silence; a file with text gets no such line', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'empty.txt'), '\n');
      writeFileSync(join(dir, 'text.txt'), 'The Ministry hereby informs that the school opened today.\n');
      for (const cmd of ['rewrite', 'checklist']) {
        const empty = attache([cmd, '--audience', 'youth', 'empty.txt'], { cwd: dir });
        expect(empty.code, empty.stderr).toBe(0);
        expect(empty.stderr).toContain('attache: empty.txt: empty, nothing to check.');
        const ru = attache([cmd, '--audience', 'youth', 'empty.txt', '--locale', 'ru'], { cwd: dir });
        expect(ru.stderr).toContain('attache: empty.txt: пустой файл, проверять нечего.');
        const text = attache([cmd, '--audience', 'youth', 'text.txt'], { cwd: dir });
        expect(text.code).toBeLessThan(2);
        expect(text.stderr).not.toContain('nothing to check');
      }
    } finally {
      cleanup();
    }
  });
});
