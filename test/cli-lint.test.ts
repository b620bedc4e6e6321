/**
 * End-to-end: `attache lint` as a child process (the built packages/cli/dist/bin.js) on the real
 * releases in test/fixtures/releases. Build first: `pnpm run build`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Report } from '@attache/core';
import {
  assertBuilt,
  attache,
  listReleases,
  readRelease,
  release,
  RELEASES,
  tempDir,
} from '../packages/cli/test/helpers.js';

interface JsonOut {
  files: { path: string; report?: Report; error?: string; suppressed?: number; targets?: { met: boolean } }[];
}

const ANSI = /\u001b\[[0-9;]*m/;
const EN = join(RELEASES, 'en');
const RU = join(RELEASES, 'ru');

function lintJson(
  args: string[],
  opts: Parameters<typeof attache>[1] = {},
): { code: number; out: JsonOut; stderr: string } {
  const r = attache(['lint', '--format', 'json', ...args], opts);
  return { code: r.code, out: JSON.parse(r.stdout) as JsonOut, stderr: r.stderr };
}

const count = (fs: readonly Finding[], sev: Finding['severity']): number => fs.filter((f) => f.severity === sev).length;

/** A release with at least one finding that carries a safe fix, and its findings. */
let fixable: { name: string; findings: Finding[] } | undefined;
let enJson: JsonOut;

beforeAll(() => {
  assertBuilt();
  enJson = lintJson([EN]).out;
  for (const f of enJson.files) {
    const fs = f.report?.findings ?? [];
    if (!fixable && fs.some((x) => x.fix)) fixable = { name: f.path.split('/').pop()!, findings: fs };
  }
});

describe('attache lint: output formats on real releases', () => {
  it('json: one entry per release, each report consistent with its input', () => {
    expect(enJson.files.map((f) => f.path.split('/').pop())).toEqual(listReleases('en'));
    for (const f of enJson.files) {
      expect(f.error).toBeUndefined();
      const text = readRelease('en', f.path.split('/').pop()!);
      const rep = f.report!;
      expect(rep.version).toBe(1);
      expect(rep.length).toBe(text.length);
      expect(rep.language.code).toBe('en');
      for (const x of rep.findings) expect(text.slice(x.start, x.end)).toBe(x.actual);
    }
    // The releases are officialese: the linter has something to say about them.
    expect(enJson.files.reduce((n, f) => n + f.report!.findings.length, 0)).toBeGreaterThan(0);
  });

  it('json reports validate against @attache/core report.schema.json', async () => {
    const { validateReport } = await import('../packages/cli/test/report-validate.js');
    for (const f of enJson.files) {
      const r = validateReport(f.report);
      expect(r.errors).toBe('');
    }
  });

  it('stylish: grouped by file, line:column, severity, message, rule id, the sentence with the span marked', () => {
    const r = attache(['lint', EN]);
    expect(r.stdout).not.toMatch(ANSI);
    // A finding on a short span inside a longer sentence: row, sentence, carets under the span.
    const file = enJson.files.find((f) =>
      f.report!.findings.some((x) => x.actual.length < 30 && x.loc.start.line === x.loc.end.line),
    )!;
    const f0 = [...file.report!.findings]
      .sort((a, b) => a.start - b.start)
      .find((x) => x.actual.length < 30 && x.loc.start.line === x.loc.end.line)!;
    const lines = r.stdout.split('\n');
    const head = lines.indexOf(file.path);
    expect(head).toBeGreaterThanOrEqual(0);
    const rowAt = lines.findIndex(
      (l, i) =>
        i > head &&
        l.startsWith(`  ${f0.loc.start.line}:${f0.loc.start.column} `) &&
        l.endsWith(`  ${f0.ruleId}`) &&
        l.includes(f0.message),
    );
    expect(rowAt).toBeGreaterThan(head);
    const row = lines[rowAt]!;
    expect(row).toMatch(/^ {2}\d+:\d+ +(error|warning|suggestion) +\S.* {2}\S+$/);
    expect(row).toContain(f0.severity);
    const sentence = lines[rowAt + 1]!;
    const carets = lines[rowAt + 2]!;
    expect(carets.trim()).toMatch(/^\^+$/);
    const at = carets.indexOf('^');
    expect(sentence.slice(at, at + carets.trim().length)).toBe(f0.actual.replace(/\s+/g, ' '));
    // Every finding row is followed by its sentence (whole-sentence findings need no carets).
    const end = lines.indexOf('', head);
    const rows = lines.slice(head + 1, end).flatMap((l, i) => (/^ {2}\d+:\d+ /.test(l) ? [i + head + 1] : []));
    expect(rows.length).toBe(file.report!.findings.length);
    expect(rows.every((i) => lines[i + 1]!.startsWith(' '.repeat(10)))).toBe(true);
    expect(r.stdout).toMatch(/problems? \(\d+ errors?, \d+ warnings?, \d+ suggestions?/);
  });

  it('stylish: colour only when forced, never with NO_COLOR', () => {
    const file = release('en', 'en_govuk_03.txt');
    expect(attache(['lint', file]).stdout).not.toMatch(ANSI);
    expect(attache(['lint', file, '--color']).stdout).toMatch(ANSI);
    expect(attache(['lint', file, '--color'], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(attache(['lint', file], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(attache(['lint', file, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });

  it('github: one workflow command per finding, positions from the report', () => {
    const r = attache(['lint', EN, '--format', 'github']);
    const lines = r.stdout.trim().split('\n').filter(Boolean);
    const total = enJson.files.reduce((n, f) => n + f.report!.findings.length, 0);
    expect(lines).toHaveLength(total);
    for (const l of lines) {
      expect(l).toMatch(
        /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=attache [^:,]+::.+$/,
      );
    }
    const f = enJson.files.find((x) => x.report!.findings.length > 0)!;
    const x = [...f.report!.findings].sort((a, b) => a.start - b.start)[0]!;
    expect(lines).toContain(
      `::${x.severity === 'suggestion' ? 'notice' : x.severity} file=${f.path},line=${x.loc.start.line},col=${x.loc.start.column},endLine=${x.loc.end.line},endColumn=${x.loc.end.column},title=attache ${x.ruleId}::${x.message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`,
    );
  });

  it('github: file names with , and : are escaped', () => {
    const t = tempDir({ 'a,b:c.txt': release('en', 'en_govuk_03.txt') });
    try {
      const r = attache(['lint', 'a,b:c.txt', '--format', 'github', '--max-grade', '1'], { cwd: t.dir });
      expect(r.stdout).toContain('file=a%2Cb%3Ac.txt,');
      expect(r.stdout).toContain('::error file=a%2Cb%3Ac.txt,title=attache target/maxGrade::');
    } finally {
      t.cleanup();
    }
  });

  it('--output writes the file and nothing to stdout', () => {
    const t = tempDir();
    try {
      const out = join(t.dir, 'sub', 'report.json');
      const r = attache(['lint', release('ru', 'ru_kremlin_01.txt'), '--format', 'json', '--output', out]);
      expect(r.stdout).toBe('');
      const data = JSON.parse(readFileSync(out, 'utf8')) as JsonOut;
      expect(data.files[0]!.report!.language.code).toBe('ru');
    } finally {
      t.cleanup();
    }
  });

  it('Russian releases: reports in Russian with --locale ru', () => {
    const { out } = lintJson([RU, '--locale', 'ru']);
    expect(out.files).toHaveLength(listReleases('ru').length);
    for (const f of out.files) expect(f.report!.language.code).toBe('ru');
    const msgs = out.files.flatMap((f) => f.report!.findings.map((x) => x.message));
    expect(msgs.length).toBeGreaterThan(0);
    expect(msgs.some((m) => /[а-яё]/i.test(m))).toBe(true);
  });
});

describe('attache lint: exit codes', () => {
  it('0 for a clean text', () => {
    const r = attache(['lint', '-', '--language', 'en'], {
      input: 'We met the mayor today. She said the road opens on Monday.\n',
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('1 exactly when a release has findings at error severity', () => {
    for (const f of enJson.files.slice(0, 6)) {
      const r = attache(['lint', join(RELEASES, 'en', f.path.split('/').pop()!)]);
      expect(r.code).toBe(count(f.report!.findings, 'error') > 0 ? 1 : 0);
    }
  });

  it('1 with more warnings than --max-warnings, 0 at the limit', () => {
    const f = enJson.files.find(
      (x) => count(x.report!.findings, 'warning') > 0 && count(x.report!.findings, 'error') === 0,
    );
    if (!f) return; // every release with warnings also has errors: covered above
    const file = join(EN, f.path.split('/').pop()!);
    const n = count(f.report!.findings, 'warning');
    const over = attache(['lint', file, '--max-warnings', String(n - 1)]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain(`more than --max-warnings ${n - 1}`);
    expect(attache(['lint', file, '--max-warnings', String(n)]).code).toBe(0);
  });

  it('--quiet shows errors only; warnings still count for --max-warnings', () => {
    const { out } = lintJson([EN, '--quiet']);
    for (const f of out.files) expect(f.report!.findings.every((x) => x.severity === 'error')).toBe(true);
  });

  it('1 when a target is missed (--max-grade, --max-formality), with the figures', () => {
    const file = release('en', 'en_kremlin_04.txt');
    const r = attache(['lint', file, '--max-grade', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/grade [\d.]+ is above the target of 1 \(maxGrade\)/);
    const j = lintJson([file, '--max-formality', '0']);
    expect(j.code).toBe(1);
    expect(j.out.files[0]!.targets!.met).toBe(false);
  });

  it('2 for usage errors: unknown flag, bad value, unknown command, no input', () => {
    const unknown = attache(['lint', '--frobnicate', EN]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown option --frobnicate');
    expect(unknown.stderr).toContain('attache lint --help');
    const typo = attache(['lint', '--max-warnigs', '3', EN]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Did you mean --max-warnings?');
    const bad = attache(['lint', '--max-warnings', 'many', EN]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Invalid value "many" for --max-warnings');
    const fmt = attache(['lint', '--format', 'xml', EN]);
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toContain('Use one of: stylish, json, sarif, github');
    expect(attache(['lint', '--format', EN]).code).toBe(2);
    const wrongCmd = attache(['score', '--fix', EN]);
    expect(wrongCmd.code).toBe(2);
    expect(wrongCmd.stderr).toContain('does not apply to "attache score"');
    const cmd = attache(['lnt', EN]);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain('Did you mean "attache lint"?');
    const none = attache(['lint']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('needs at least one file');
    for (const r of [unknown, typo, bad, fmt, wrongCmd, cmd, none]) expect(r.stdout).toBe('');
  });

  it('2 for a missing file, saying what to do', () => {
    const r = attache(['lint', 'releases/no-such-release.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No such file or directory: releases/no-such-release.txt');
    expect(r.stderr).toContain('Check the path');
  });

  it('2 for a directory of binaries, and for binary data in a .txt file', () => {
    const t = tempDir();
    try {
      const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
      mkdirSync(join(t.dir, 'bin'));
      writeFileSync(join(t.dir, 'bin', 'photo.jpg'), bytes);
      writeFileSync(join(t.dir, 'bin', 'archive.zip'), bytes);
      const dir = attache(['lint', 'bin'], { cwd: t.dir });
      expect(dir.code).toBe(2);
      expect(dir.stderr).toContain('No files to check in bin');
      expect(dir.stderr).toContain('--no-error-on-unmatched-pattern');
      expect(attache(['lint', 'bin', '--no-error-on-unmatched-pattern'], { cwd: t.dir }).code).toBe(0);

      writeFileSync(join(t.dir, 'bin', 'release.txt'), bytes);
      writeFileSync(join(t.dir, 'bin', 'ok.txt'), 'The minister opened the new school on Friday.\n');
      const txt = attache(['lint', 'bin', '--format', 'json'], { cwd: t.dir });
      expect(txt.code).toBe(2);
      expect(txt.stderr).toContain('bin/release.txt is a binary file');
      const out = JSON.parse(txt.stdout) as JsonOut;
      expect(out.files.find((f) => f.path === 'bin/ok.txt')!.report).toBeDefined();

      writeFileSync(join(t.dir, 'latin1.txt'), Buffer.from([0x4d, 0xe9, 0x74, 0xe9, 0x6f, 0x2e, 0x0a]));
      const enc = attache(['lint', 'latin1.txt'], { cwd: t.dir });
      expect(enc.code).toBe(2);
      expect(enc.stdout + enc.stderr).toContain('not valid UTF-8');
    } finally {
      t.cleanup();
    }
  });
});

describe('attache lint: inputs', () => {
  it('stdin with "-": text by default; --stdin-filename sets the path and the format', () => {
    const text = readRelease('en', 'en_usdos_02.txt');
    const plain = lintJson(['-'], { input: text });
    expect(plain.out.files[0]!.path).toBe('<stdin>');
    expect(plain.out.files[0]!.report!.format).toBe('text');
    const fromFile = lintJson([release('en', 'en_usdos_02.txt')]).out.files[0]!.report!;
    expect(plain.out.files[0]!.report!.findings).toEqual(fromFile.findings);

    const html = `<html><body><h1>Statement</h1><p>${text.split('\n\n').slice(1, 4).join('</p><p>')}</p></body></html>`;
    const named = lintJson(['-', '--stdin-filename', 'press/statement.html'], { input: html });
    expect(named.out.files[0]!.path).toBe('press/statement.html');
    expect(named.out.files[0]!.report!.format).toBe('html');
    const forced = lintJson(['-', '--stdin-filename', 'statement.txt', '--format-in', 'markdown'], {
      input: '# Title\n\nThe minister met farmers.\n',
    });
    expect(forced.out.files[0]!.report!.format).toBe('markdown');
  });

  it('directories recurse into .txt/.md/.markdown/.html/.htm; globs; .attacheignore; node_modules and .git skipped', () => {
    const src = release('en', 'en_govuk_05.txt');
    const t = tempDir();
    try {
      const files = [
        'a.txt',
        'sub/b.md',
        'sub/deep/c.markdown',
        'd.html',
        'e.htm',
        'skip.json',
        'node_modules/x/n.txt',
        '.git/g.txt',
        'old/o.txt',
        'keep.txt',
      ];
      for (const f of files) {
        mkdirSync(join(t.dir, f, '..'), { recursive: true });
        writeFileSync(join(t.dir, f), readFileSync(src));
      }
      writeFileSync(join(t.dir, '.attacheignore'), '# archive\nold/\nkeep.txt\n');
      const dir = lintJson(['.'], { cwd: t.dir });
      expect(dir.out.files.map((f) => f.path)).toEqual(['a.txt', 'd.html', 'e.htm', 'sub/b.md', 'sub/deep/c.markdown']);
      expect(dir.out.files.map((f) => f.report!.format)).toEqual(['text', 'html', 'html', 'markdown', 'markdown']);

      const glob = lintJson(['sub/**/*.{md,markdown}'], { cwd: t.dir });
      expect(glob.out.files.map((f) => f.path)).toEqual(['sub/b.md', 'sub/deep/c.markdown']);

      const explicitIgnored = attache(['lint', 'keep.txt', 'a.txt', '--format', 'json'], { cwd: t.dir });
      expect(explicitIgnored.stderr).toContain('keep.txt is ignored by .attacheignore');
      expect((JSON.parse(explicitIgnored.stdout) as JsonOut).files.map((f) => f.path)).toEqual(['a.txt']);

      const all = lintJson(['.', '--no-ignore'], { cwd: t.dir });
      expect(all.out.files.map((f) => f.path)).toContain('old/o.txt');
      expect(all.out.files.map((f) => f.path)).not.toContain('node_modules/x/n.txt');

      const noMatch = attache(['lint', '*.rst'], { cwd: t.dir });
      expect(noMatch.code).toBe(2);
      expect(noMatch.stderr).toContain('No files match the pattern "*.rst"');
    } finally {
      t.cleanup();
    }
  });

  it('worker threads give the same results as the main thread', () => {
    const serial = attache(['lint', EN, '--format', 'json', '--concurrency', 'off']);
    const workers = attache(['lint', EN, '--format', 'json', '--concurrency', '2']);
    expect(workers.code).toBe(serial.code);
    expect(workers.stdout).toBe(serial.stdout);
  });

  it('--cache: the second run is served from the cache and says the same', () => {
    const t = tempDir();
    try {
      const args = ['lint', RU, '--format', 'json', '--cache', '--cache-location', join(t.dir, 'cache')];
      // English lines: a run over Russian releases otherwise speaks Russian.
      const env = { ATTACHE_DEBUG_CACHE: '1', ATTACHE_LOCALE: 'en' };
      const first = attache(args, { env });
      const second = attache(args, { env });
      expect(first.stderr).toContain(`cache: 0 hit(s), ${listReleases('ru').length} miss(es)`);
      expect(second.stderr).toContain(`cache: ${listReleases('ru').length} hit(s), 0 miss(es)`);
      expect(second.stdout).toBe(first.stdout);
      // A different config is a different key.
      const other = attache([...args, '--max-grade', '3'], { env });
      expect(other.stderr).toContain('0 hit(s)');
    } finally {
      t.cleanup();
    }
  });
});

describe('attache lint: baseline', () => {
  it('records findings, then fails only on new ones, robust to shifted lines', () => {
    const name = 'en_govuk_03.txt';
    const t = tempDir({ [name]: release('en', name) });
    try {
      const baseline = join(t.dir, '.attache-baseline.json');
      const first = attache(['lint', name, '--baseline', baseline, '--update-baseline', '--format', 'json'], {
        cwd: t.dir,
      });
      expect(first.code).toBe(0);
      const recorded = JSON.parse(readFileSync(baseline, 'utf8')) as {
        version: number;
        files: Record<string, { ruleId: string; actual: string; count: number }[]>;
      };
      expect(recorded.version).toBe(1);
      const before = (JSON.parse(attache(['lint', name, '--format', 'json'], { cwd: t.dir }).stdout) as JsonOut)
        .files[0]!.report!.findings;
      const total = before.length;
      expect(
        Object.values(recorded.files)
          .flat()
          .reduce((n, e) => n + e.count, 0),
      ).toBe(total);
      expect((JSON.parse(first.stdout) as JsonOut).files[0]!.suppressed ?? 0).toBe(total);

      // Unchanged: nothing new, exit 0.
      const same = attache(['lint', name, '--baseline', baseline], { cwd: t.dir });
      expect(same.code).toBe(0);

      // Prepend a paragraph that repeats a flagged sentence: lines shift, one occurrence is new.
      const text = readFileSync(join(t.dir, name), 'utf8');
      const f = before.find((x) => x.suggestions.length > 0) ?? before[0];
      if (!f) return;
      const rep = (JSON.parse(attache(['lint', name, '--format', 'json'], { cwd: t.dir }).stdout) as JsonOut).files[0]!
        .report!;
      const s = rep.sentences.find((x) => x.start <= f.start && f.end <= x.end)!;
      const sentence = text.slice(s.start, s.end);
      writeFileSync(join(t.dir, name), `${sentence}\n\n${text}`);
      const after = attache(['lint', name, '--baseline', baseline, '--format', 'json'], { cwd: t.dir });
      const out = JSON.parse(after.stdout) as JsonOut;
      const fresh = out.files[0]!.report!.findings;
      expect(fresh.length).toBeGreaterThan(0);
      expect(fresh.some((x) => x.ruleId === f.ruleId && x.actual === f.actual)).toBe(true);
      expect(out.files[0]!.suppressed).toBe(total);
    } finally {
      t.cleanup();
    }
  });

  it('records missed targets too: a recorded one no longer fails the run, one it did not record does', () => {
    const name = 'en_govuk_03.txt';
    const t = tempDir({ [name]: release('en', name) });
    try {
      const baseline = join(t.dir, 'b.json');
      const missed = attache(['lint', name, '--max-grade', '1'], { cwd: t.dir });
      expect(missed.code).toBe(1);
      expect(missed.stdout).toContain('target/maxGrade');
      const first = attache(['lint', name, '--max-grade', '1', '--baseline', baseline, '--update-baseline'], {
        cwd: t.dir,
      });
      expect(first.code, first.stdout + first.stderr).toBe(0);
      const recorded = JSON.parse(readFileSync(baseline, 'utf8')) as {
        files: Record<string, { ruleId: string; actual: string; count: number }[]>;
      };
      expect(recorded.files[name]).toContainEqual({ ruleId: 'target/maxGrade', actual: '', count: 1 });

      const again = attache(['lint', name, '--max-grade', '1', '--baseline', baseline], { cwd: t.dir });
      expect(again.code, again.stdout).toBe(0);
      expect(again.stdout).not.toContain('target/maxGrade');
      const json = JSON.parse(
        attache(['lint', name, '--max-grade', '1', '--baseline', baseline, '--format', 'json'], { cwd: t.dir }).stdout,
      ) as { files: { targets?: { met: boolean; failed: unknown[]; results: { id: string; met: boolean }[] } }[] };
      expect(json.files[0]!.targets).toMatchObject({ met: true, failed: [] });
      // What the text measures is still reported.
      expect(json.files[0]!.targets!.results).toContainEqual(expect.objectContaining({ id: 'maxGrade', met: false }));

      // A target the baseline did not record still fails the run.
      const other = attache(['lint', name, '--max-grade', '1', '--max-formality', '1', '--baseline', baseline], {
        cwd: t.dir,
      });
      expect(other.code).toBe(1);
      expect(other.stdout).toContain('target/maxFormality');
      expect(other.stdout).not.toContain('target/maxGrade');
    } finally {
      t.cleanup();
    }
  });

  it('a missing baseline without --update-baseline is an error that says how to make one', () => {
    const r = attache(['lint', release('en', 'en_govuk_03.txt'), '--baseline', '/nonexistent/b.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--update-baseline');
    expect(attache(['lint', EN, '--update-baseline']).code).toBe(2);
  });
});

describe('attache lint: fixes', () => {
  it('--fix-dry-run prints a unified diff and writes nothing; --fix writes; a second run has nothing left to fix', () => {
    if (!fixable) throw new Error('no English release has a finding with a safe fix: the fix tests need one');
    const t = tempDir({ [fixable.name]: release('en', fixable.name) });
    try {
      const original = readFileSync(join(t.dir, fixable.name), 'utf8');
      const dry = attache(['lint', fixable.name, '--fix-dry-run'], { cwd: t.dir });
      expect(dry.stdout).toMatch(new RegExp(`^--- a/${fixable.name.replace('.', '\\.')}\\s*\\n\\+\\+\\+ b/`, 'm'));
      expect(dry.stdout).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@/m);
      expect(dry.stderr).toMatch(/would be applied; nothing was written/);
      expect(readFileSync(join(t.dir, fixable.name), 'utf8')).toBe(original);
      const fix = fixable.findings.find((x) => x.fix)!;
      expect(dry.stdout).toContain(`-`);
      expect(dry.stdout).toContain(fix.fix!.text);

      const applied = attache(['lint', fixable.name, '--fix'], { cwd: t.dir });
      expect(applied.stdout).toMatch(/Fixed \d+ problems? in 1 file/);
      const fixed = readFileSync(join(t.dir, fixable.name), 'utf8');
      expect(fixed).not.toBe(original);
      expect(fixed).toContain(fix.fix!.text);

      const again = attache(['lint', fixable.name, '--fix-dry-run'], { cwd: t.dir });
      expect(again.stdout).toBe('');
      expect(again.stderr).toContain('no safe fixes');
    } finally {
      t.cleanup();
    }
  });

  it('--fix refuses stdin; --fix with --fix-dry-run is a contradiction', () => {
    expect(attache(['lint', '-', '--fix'], { input: 'x' }).stderr).toContain(
      '--fix cannot write back to standard input',
    );
    expect(attache(['lint', EN, '--fix', '--fix-dry-run']).code).toBe(2);
  });
});

describe('attache lint on an empty or clean file', () => {
  it('says there is nothing to check, or no problem, instead of printing nothing', () => {
    const t = tempDir();
    try {
      writeFileSync(join(t.dir, 'empty.txt'), '');
      writeFileSync(join(t.dir, 'clean.txt'), 'We met the mayor today.\n');
      const empty = attache(['lint', 'empty.txt'], { cwd: t.dir });
      expect(empty.code).toBe(0);
      expect(empty.stdout).toBe('empty.txt: empty, nothing to check.\n✔ No problems in 1 file.\n');
      const clean = attache(['lint', 'clean.txt'], { cwd: t.dir });
      expect(clean.code).toBe(0);
      expect(clean.stdout).toBe('✔ No problems in 1 file.\n');
      const both = attache(['lint', 'clean.txt', 'empty.txt', release('en', 'en_govuk_03.txt')], { cwd: t.dir });
      expect(both.stdout).not.toContain('No problems');
      expect(both.stdout).toContain('empty.txt: empty');
    } finally {
      t.cleanup();
    }
  });
});
