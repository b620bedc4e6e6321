/** End-to-end: config discovery (nearest wins), validation errors naming file and key, flags over config. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, attache, release, tempDir } from '../packages/cli/test/helpers.js';

let t: ReturnType<typeof tempDir>;

beforeAll(() => {
  assertBuilt();
  t = tempDir();
  const src = release('en', 'en_govuk_03.txt');
  for (const d of ['strict', 'strict/inner', 'pkg', 'rc', 'plain']) mkdirSync(join(t.dir, d), { recursive: true });
  for (const d of ['strict', 'strict/inner', 'pkg', 'rc', 'plain'])
    writeFileSync(join(t.dir, d, 'release.txt'), readFileSync(src));
  writeFileSync(
    join(t.dir, 'strict', 'attache.config.json'),
    JSON.stringify({ '//': 'a note', targets: { maxGrade: 1 } }),
  );
  writeFileSync(join(t.dir, 'strict', 'inner', '.attacherc.json'), JSON.stringify({ targets: { maxGrade: 30 } }));
  writeFileSync(
    join(t.dir, 'pkg', 'package.json'),
    JSON.stringify({ name: 'x', attache: { targets: { maxFormality: 0 } } }),
  );
  writeFileSync(join(t.dir, 'rc', '.attacherc.json'), JSON.stringify({ locale: 'ru', language: 'en' }));
});

afterAll(() => t?.cleanup());

const score = (args: string[]) => attache(['score', '--format', 'json', ...args], { cwd: t.dir });

describe('config lookup', () => {
  it('the nearest config above each file wins', () => {
    const strict = score(['strict/release.txt']);
    expect(strict.code).toBe(1);
    const inner = score(['strict/inner/release.txt']);
    expect(inner.code).toBe(0);
    const both = JSON.parse(score(['strict']).stdout) as {
      files: { path: string; targets: { met: boolean; results: { limit: number }[] } }[];
    };
    expect(both.files.map((f) => [f.path, f.targets.results[0]!.limit])).toEqual([
      ['strict/inner/release.txt', 30],
      ['strict/release.txt', 1],
    ]);
    expect(score(['plain/release.txt']).code).toBe(0);
  });

  it('reads the "attache" key of package.json and .attacherc.json', () => {
    const pkg = JSON.parse(score(['pkg/release.txt']).stdout) as { files: { targets: { failed: { id: string }[] } }[] };
    expect(pkg.files[0]!.targets.failed.map((f) => f.id)).toEqual(['maxFormality']);
    const rc = attache(['lint', 'rc/release.txt', '--format', 'json'], { cwd: t.dir });
    const findings = (JSON.parse(rc.stdout) as { files: { report: { findings: { message: string }[] } }[] }).files[0]!
      .report.findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => /[а-яё]/i.test(f.message))).toBe(true);
  });

  it('flags override the config; --config picks one file; --no-config ignores them', () => {
    expect(score(['strict/release.txt', '--max-grade', '30']).code).toBe(0);
    expect(score(['plain/release.txt', '--config', 'strict/attache.config.json']).code).toBe(1);
    expect(score(['strict/release.txt', '--no-config']).code).toBe(0);
    const missing = score(['plain/release.txt', '--config', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Config file not found: nope.json');
  });
});

describe('invalid config: exit 2, the message names the file and the key', () => {
  const cases: [string, string, string[]][] = [
    [
      'attache.config.json',
      JSON.stringify({ targets: { maxGrade: 'ten' } }),
      ['attache.config.json', '"targets.maxGrade"', 'expected number'],
    ],
    ['attache.config.json', JSON.stringify({ lnt: {} }), ['"lnt": unknown key', 'did you mean "lint"']],
    ['attache.config.json', JSON.stringify({ targets: { maxGrde: 3 } }), ['"targets.maxGrde": unknown key']],
    ['.attacherc.json', JSON.stringify({ language: 'klingon' }), ['.attacherc.json', '"language"']],
    ['package.json', JSON.stringify({ name: 'p', attache: { locale: 'fr' } }), ['package.json', '"attache.locale"']],
    ['attache.config.json', '{ "targets": { "maxGrade": 10, } }', ['attache.config.json', 'Invalid JSON', 'line 1']],
    [
      'attache.config.json',
      JSON.stringify({ lint: { rules: { 'no-such-rule': 'error' } } }),
      ['attache.config.json', 'rules.no-such-rule'],
    ],
    [
      'attache.config.json',
      JSON.stringify({ lint: { styles: ['missing-style.json'] } }),
      ['attache.config.json', 'lint.styles[0]'],
    ],
  ];
  it.each(cases)('%s %s', (file, content, expected) => {
    const d = tempDir({ 'release.txt': release('en', 'en_govuk_03.txt') });
    try {
      writeFileSync(join(d.dir, file), content);
      const r = attache(['lint', 'release.txt'], { cwd: d.dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      for (const e of expected) expect(r.stderr).toContain(e);
      expect(r.stderr).toContain(join(d.dir, file));
    } finally {
      d.cleanup();
    }
  });
});

describe("invalid rule settings: the CLI's own message, in the run's language", () => {
  it("names the rule's key, says what is wrong with its option and guesses a misspelt rule id", () => {
    const d = tempDir({ 'release.txt': release('en', 'en_govuk_03.txt') });
    try {
      writeFileSync(
        join(d.dir, 'attache.config.json'),
        JSON.stringify({ lint: { rules: { 'sentence-length': ['error', { max: 'x' }], 'plain-wrds': 'off' } } }),
      );
      const en = attache(['lint', 'release.txt'], { cwd: d.dir });
      expect(en.code).toBe(2);
      expect(en.stderr).toContain('"lint.rules.sentence-length.options.max": expected number, received string');
      expect(en.stderr).toContain('"lint.rules.plain-wrds": unknown rule (did you mean "plain-words"?)');
      // Not core's English wording ("lint config: …").
      expect(en.stderr).not.toContain('lint config');
      const ru = attache(['lint', 'release.txt', '--locale', 'ru'], { cwd: d.dir });
      expect(ru.code).toBe(2);
      expect(ru.stderr).toContain('"lint.rules.sentence-length.options.max": ожидалось: число; получено: строка');
      expect(ru.stderr).toContain('"lint.rules.plain-wrds": неизвестное правило (может быть, «plain-words»?)');
      // A valid option passes.
      writeFileSync(
        join(d.dir, 'attache.config.json'),
        JSON.stringify({ lint: { rules: { 'sentence-length': ['warning', { max: 30 }] } } }),
      );
      expect(attache(['lint', 'release.txt'], { cwd: d.dir }).code).toBeLessThan(2);
    } finally {
      d.cleanup();
    }
  });
});
