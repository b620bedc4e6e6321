/** End-to-end: `attache init`, `--help` for every command, `--version`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, attache, CLI_DIR, release, tempDir } from '../packages/cli/test/helpers.js';

beforeAll(assertBuilt);

describe('attache init', () => {
  it('writes a commented starter config that the linter accepts, and will not overwrite it without --force', () => {
    const t = tempDir({ 'release.txt': release('en', 'en_govuk_03.txt') });
    try {
      const r = attache(['init'], { cwd: t.dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Wrote attache.config.json');
      const config = JSON.parse(readFileSync(join(t.dir, 'attache.config.json'), 'utf8')) as Record<string, unknown>;
      expect(config['$schema']).toMatch(/config\.schema\.json$/);
      expect(Array.isArray(config['//'])).toBe(true);
      expect((config['//'] as string[]).join(' ')).toContain('targets');
      // The $schema reference resolves to the package's schema file.
      const schemaPath = join(t.dir, config['$schema'] as string);
      expect(readFileSync(schemaPath, 'utf8')).toBe(readFileSync(join(CLI_DIR, 'config.schema.json'), 'utf8'));

      const lint = attache(['score', 'release.txt', '--format', 'json'], { cwd: t.dir });
      expect(lint.code).not.toBe(2);
      expect((JSON.parse(lint.stdout) as { files: { targets: unknown }[] }).files[0]!.targets).toBeDefined();

      const again = attache(['init'], { cwd: t.dir });
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('already exists');
      expect(again.stderr).toContain('--force');
      writeFileSync(join(t.dir, 'attache.config.json'), '{}');
      expect(attache(['init', '--force', '--language', 'ru'], { cwd: t.dir }).code).toBe(0);
      expect(JSON.parse(readFileSync(join(t.dir, 'attache.config.json'), 'utf8')).language).toBe('ru');
    } finally {
      t.cleanup();
    }
  });
});

describe('attache init in Russian', () => {
  it('--locale ru writes the notes in Russian and the choice into the config; a Russian system locale only the notes', () => {
    const t = tempDir({ 'release.txt': release('en', 'en_govuk_03.txt') });
    try {
      const r = attache(['init', '--locale', 'ru'], { cwd: t.dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^Записан attache\.config\.json/);
      const config = JSON.parse(readFileSync(join(t.dir, 'attache.config.json'), 'utf8')) as Record<string, unknown>;
      expect(config['locale']).toBe('ru');
      const notes = config['//'] as string[];
      expect(notes.length).toBeGreaterThan(5);
      // Every note is Russian prose around the key names it explains.
      for (const n of notes) expect(n, n).toMatch(/[а-яё]{3}/i);
      // The linter accepts it, and speaks Russian on an English release.
      const lint = attache(['lint', 'release.txt'], { cwd: t.dir });
      expect(lint.code).toBeLessThan(2);
      expect(lint.stdout).toMatch(/[⚠✖✔] .*(?:проблем|замечани)/);

      const sys = attache(['init', '--force'], { cwd: t.dir, env: { LANG: 'ru_RU.UTF-8' } });
      expect(sys.code).toBe(0);
      const again = JSON.parse(readFileSync(join(t.dir, 'attache.config.json'), 'utf8')) as Record<string, unknown>;
      expect(again['locale']).toBeUndefined();
      expect((again['//'] as string[])[0]).toMatch(/[а-яё]{3}/i);
      // English by default.
      attache(['init', '--force'], { cwd: t.dir });
      const en = JSON.parse(readFileSync(join(t.dir, 'attache.config.json'), 'utf8')) as Record<string, unknown>;
      expect((en['//'] as string[]).join(' ')).not.toMatch(/[а-яё]/i);
    } finally {
      t.cleanup();
    }
  });
});

describe('help and version', () => {
  it('attache --help lists the commands with real examples', () => {
    for (const args of [['--help'], ['-h'], [], ['help']]) {
      const r = attache(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: attache <command>');
      for (const c of ['lint', 'score', 'rewrite', 'checklist', 'init'])
        expect(r.stdout).toMatch(new RegExp(`^  ${c}\\s`, 'm'));
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout).toMatch(/attache lint releases\//);
    }
  });

  it.each(['lint', 'score', 'rewrite', 'checklist', 'init'])(
    'attache %s --help shows its options and examples',
    (cmd) => {
      const r = attache([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: attache ${cmd}`);
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout).toMatch(new RegExp(`^  attache ${cmd} `, 'm'));
      expect(attache(['help', cmd]).stdout).toBe(r.stdout);
    },
  );

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(CLI_DIR, 'package.json'), 'utf8')) as { version: string };
    expect(attache(['--version']).stdout.trim()).toBe(pkg.version);
  });
});
