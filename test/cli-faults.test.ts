/**
 * End-to-end: the CLI under faults. Every case asserts the file system afterwards: no original
 * changed, no partial output, no temporary file left, and the documented exit code (2 for an
 * I/O error). Faults are real where the machine allows (a file-size limit with `ulimit -f`, a
 * read-only directory, `/dev/full`) and injected where it does not (ATTACHE_TEST_FAIL_WRITE_AFTER
 * makes every atomic write fail with ENOSPC part-way, as a full disk does).
 * Self-contained: the inputs are written here. Build first: `pnpm run build`.
 */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  lstatSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, tempDir } from '../packages/cli/test/helpers.js';

/** A release with many safe fixes ("utilize" → "use", "in order to" → "to"), 4 KB. */
const SENTENCE =
  'The Ministry announced today that it will utilize the new facilities in order to commence the programme.';
const FIXED = 'The Ministry announced today that it will use the new facilities to start the programme.';
const RELEASE = `${SENTENCE} `.repeat(40);
const IS_ROOT = process.getuid?.() === 0;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function env(extra: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) out[k] = v;
  delete out['NO_COLOR'];
  delete out['FORCE_COLOR'];
  out['CI'] = 'true';
  return { ...out, ...extra };
}

/** Runs the binary; `shell` wraps it in `sh -c '<prefix>; exec node bin …'` (for ulimit). */
function run(
  args: string[],
  opts: { cwd: string; env?: Record<string, string>; prefix?: string; spawn?: SpawnSyncOptions } = { cwd: '.' },
): Run {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const res = opts.prefix
    ? spawnSync('/bin/sh', ['-c', `${opts.prefix}; exec ${quoted}`], {
        cwd: opts.cwd,
        env: env(opts.env),
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        ...opts.spawn,
      })
    : spawnSync(process.execPath, [BIN, ...args], {
        cwd: opts.cwd,
        env: env(opts.env),
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        ...opts.spawn,
      });
  if (res.error) throw res.error;
  return { code: res.status, stdout: String(res.stdout ?? ''), stderr: String(res.stderr ?? '') };
}

/** Names in `dir` (recursively) that look like temporary files of an atomic write. */
function leftovers(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tmp$/.test(f));
}

let dirs: { dir: string; cleanup(): void }[] = [];
function scratch(files: Record<string, string | Buffer> = {}): string {
  const t = tempDir();
  dirs.push(t);
  for (const [name, body] of Object.entries(files)) writeFileSync(join(t.dir, name), body);
  return t.dir;
}
afterEach(() => {
  for (const d of dirs) {
    chmodSync(d.dir, 0o755);
    d.cleanup();
  }
  dirs = [];
});

beforeAll(() => assertBuilt());

describe('--fix never damages the file it fixes', () => {
  it('a file-size limit hit mid-write (ulimit -f): file unchanged, no temp file, exit 2, no "Fixed"', () => {
    const dir = scratch({ 'r.txt': RELEASE });
    chmodSync(join(dir, 'r.txt'), 0o640);
    // 2 KB limit, below the 4 KB fixed text.
    const r = run(['lint', 'r.txt', '--fix'], { cwd: dir, prefix: 'ulimit -f 2' });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe(RELEASE);
    expect(statSync(join(dir, 'r.txt')).mode & 0o777).toBe(0o640);
    expect(leftovers(dir)).toEqual([]);
    expect(r.stdout).not.toMatch(/Fixed/);
    expect(r.stdout + r.stderr).toMatch(/Cannot write the fixes to r\.txt: the file size limit was reached \(EFBIG\)/);
    expect(r.stdout + r.stderr).toMatch(/left unchanged/);
  });

  it('a full disk part-way through (injected ENOSPC): file unchanged, others fixed, only they counted', () => {
    const dir = scratch({ 'big.txt': RELEASE, 'small.txt': `${SENTENCE}\n` });
    // 100 bytes fit: small.txt is written whole, big.txt fails after 100 bytes.
    const r = run(['lint', 'big.txt', 'small.txt', '--fix'], {
      cwd: dir,
      env: { ATTACHE_TEST_FAIL_WRITE_AFTER: '100' },
    });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'big.txt'), 'utf8')).toBe(RELEASE);
    expect(readFileSync(join(dir, 'small.txt'), 'utf8')).toBe(`${FIXED}\n`);
    expect(leftovers(dir)).toEqual([]);
    expect(r.stdout).toMatch(/Fixed 3 problems in 1 file\./);
    expect(r.stdout).toMatch(/Cannot write the fixes to big\.txt: the disk is full \(ENOSPC\)/);
  });

  it('a read-only directory: file unchanged, permission denied, exit 2', (ctx) => {
    const dir = scratch({ 'r.txt': RELEASE });
    chmodSync(dir, 0o555);
    // Root ignores permissions: run the child as nobody then.
    const spawnAs: SpawnSyncOptions = IS_ROOT ? { uid: 65534, gid: 65534 } : {};
    if (IS_ROOT) {
      // nobody must be able to run the CLI and enter the scratch folder (a clone under a 0700 home is not)
      const probe = `require('fs').accessSync(${JSON.stringify(BIN)}); process.chdir(${JSON.stringify(dir)})`;
      const can = spawnSync(process.execPath, ['-e', probe], { ...spawnAs, stdio: 'ignore' });
      if (can.status !== 0) {
        console.log('skipped: run as root, and user nobody cannot reach the CLI or the scratch folder from here');
        chmodSync(dir, 0o755);
        ctx.skip();
      }
    }
    const r = run(['lint', 'r.txt', '--fix'], { cwd: dir, spawn: spawnAs });
    chmodSync(dir, 0o755);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe(RELEASE);
    expect(readdirSync(dir)).toEqual(['r.txt']);
    expect(r.stdout).toMatch(/Cannot write the fixes to r\.txt: permission denied \(EACCES\)/);
    expect(r.stdout).not.toMatch(/Fixed/);
  });

  it('keeps the mode, a symbolic link, and a UTF-16 file’s encoding when the write succeeds', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${SENTENCE}\n`, 'utf16le')]);
    const dir = scratch({ 'r.txt': RELEASE, 'u.txt': utf16, 'target.txt': `${SENTENCE}\n` });
    chmodSync(join(dir, 'r.txt'), 0o600);
    symlinkSync('target.txt', join(dir, 'link.txt'));
    const r = run(['lint', 'r.txt', 'u.txt', 'link.txt', '--fix'], { cwd: dir });
    expect(r.code).not.toBe(2);
    expect(statSync(join(dir, 'r.txt')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).not.toMatch(/utilize/);
    const after = readFileSync(join(dir, 'u.txt'));
    expect([after[0], after[1]]).toEqual([0xff, 0xfe]);
    expect(after.subarray(2).toString('utf16le')).toBe(`${FIXED}\n`);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.txt'), 'utf8')).toBe(`${FIXED}\n`);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('--output is replaced whole or not at all', () => {
  for (const format of ['json', 'sarif']) {
    it(`${format}: a failed write leaves the previous report byte for byte, exit 2`, () => {
      const dir = scratch({ 'r.txt': RELEASE, 'report.out': 'PREVIOUS REPORT\n' });
      const r = run(['lint', 'r.txt', '--format', format, '--output', 'report.out'], {
        cwd: dir,
        prefix: 'ulimit -f 2',
      });
      expect(r.code).toBe(2);
      expect(readFileSync(join(dir, 'report.out'), 'utf8')).toBe('PREVIOUS REPORT\n');
      expect(leftovers(dir)).toEqual([]);
      expect(r.stderr).toMatch(/Cannot write report\.out: the file size limit was reached \(EFBIG\)/);
      expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe(RELEASE);
    });
  }

  it('no previous report: nothing is created on failure', () => {
    const dir = scratch({ 'r.txt': RELEASE });
    const r = run(['lint', 'r.txt', '--format', 'json', '--output', 'out/report.json'], {
      cwd: dir,
      env: { ATTACHE_TEST_FAIL_WRITE_AFTER: '10' },
    });
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'out', 'report.json'))).toBe(false);
    expect(leftovers(dir)).toEqual([]);
    expect(r.stderr).toMatch(/the disk is full \(ENOSPC\)/);
  });

  it('rewrite --output: the same guarantee', () => {
    const dir = scratch({ 'r.txt': RELEASE, 'out.txt': 'OLD\n' });
    const r = run(['rewrite', 'r.txt', '--audience', 'youth', '--output', 'out.txt'], {
      cwd: dir,
      env: { ATTACHE_TEST_FAIL_WRITE_AFTER: '10' },
    });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('OLD\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it('--output /dev/null and /dev/stdout are written into, never replaced', () => {
    const dir = scratch({ 'r.txt': RELEASE });
    const before = statSync('/dev/null');
    expect(run(['lint', 'r.txt', '--format', 'json', '--output', '/dev/null'], { cwd: dir }).code).toBe(0);
    const after = statSync('/dev/null');
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.rdev).toBe(before.rdev);
    // Through a real pipe (spawnSync's own stdout is a socket, which /dev/stdout cannot open).
    const piped = spawnSync(
      '/bin/sh',
      ['-c', `'${process.execPath}' '${BIN}' lint r.txt --format json --output /dev/stdout | cat`],
      { cwd: dir, env: env(), encoding: 'utf8' },
    );
    expect((JSON.parse(piped.stdout) as { files: unknown[] }).files).toHaveLength(1);
    expect(readdirSync('/dev').filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a successful --output is complete and valid', () => {
    const dir = scratch({ 'r.txt': RELEASE, 'report.json': 'OLD' });
    const r = run(['lint', 'r.txt', '--format', 'json', '--output', 'report.json', '--max-warnings', '0'], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    const out = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { files: unknown[] };
    expect(out.files).toHaveLength(1);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('init and --update-baseline write atomically too', () => {
  it('init --force over an existing config: unchanged when the write fails', () => {
    const dir = scratch({ 'attache.config.json': '{"language":"en"}\n' });
    const r = run(['init', '--force'], { cwd: dir, env: { ATTACHE_TEST_FAIL_WRITE_AFTER: '20' } });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'attache.config.json'), 'utf8')).toBe('{"language":"en"}\n');
    expect(leftovers(dir)).toEqual([]);
    expect(r.stderr).toMatch(/Cannot write attache\.config\.json: the disk is full \(ENOSPC\)\. Nothing was written\./);
  });

  it('--update-baseline: the previous baseline stays whole when the write fails', () => {
    const old = '{"version":1,"files":{}}\n';
    const dir = scratch({ 'r.txt': RELEASE, 'base.json': old });
    const r = run(['lint', 'r.txt', '--baseline', 'base.json', '--update-baseline'], {
      cwd: dir,
      env: { ATTACHE_TEST_FAIL_WRITE_AFTER: '30' },
    });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'base.json'), 'utf8')).toBe(old);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('standard output errors', () => {
  it('> /dev/full: one clear line on stderr, exit 2, no stack trace', () => {
    if (!existsSync('/dev/full')) return;
    const dir = scratch({ 'r.txt': RELEASE });
    const fd = openSync('/dev/full', 'w');
    try {
      for (const args of [
        ['lint', 'r.txt'],
        ['score', 'r.txt'],
        ['lint', 'r.txt', '--format', 'json'],
      ]) {
        const res = spawnSync(process.execPath, [BIN, ...args], {
          cwd: dir,
          env: env(),
          stdio: ['ignore', fd, 'pipe'],
          encoding: 'utf8',
        });
        expect(res.status).toBe(2);
        expect(res.stderr).toBe(
          'attache: cannot write to standard output: the disk is full (ENOSPC). The output is incomplete.\n',
        );
      }
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).toBe(RELEASE);
  });

  it('a closed pipe stays quiet', () => {
    const dir = scratch({ 'r.txt': RELEASE });
    const piped = spawnSync('/bin/sh', ['-c', `'${process.execPath}' '${BIN}' lint r.txt 2>err.log | head -c 10`], {
      cwd: dir,
      env: env(),
      encoding: 'utf8',
    });
    expect(piped.stdout).toHaveLength(10);
    expect(readFileSync(join(dir, 'err.log'), 'utf8')).toBe('');
  });
});

describe('--cache: a corrupted entry is a miss, never a pass', () => {
  const shapes: Record<string, string> = {
    'empty object': '{}',
    array: '[]',
    'null report': '{"report":null}',
    garbage: 'garbage\u0000\u00ff',
    truncated: '{"attacheCache":2,"key":"',
    'empty file': '',
    'right version, no report': '{"attacheCache":2,"key":"x","result":{}}',
    'an old format': '{"report":{"findings":[]}}',
  };

  function cacheFiles(cacheDir: string): string[] {
    return readdirSync(cacheDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(cacheDir, f));
  }

  it('each shape: recomputed, same output and exit code, a warning line with --verbose, then rewritten', () => {
    const names = Object.keys(shapes);
    const files: Record<string, string> = {};
    names.forEach((_, i) => (files[`r${i}.txt`] = `${RELEASE}\nRelease number ${i}.\n`));
    const dir = scratch(files);
    const args = ['lint', '.', '--format', 'json', '--cache', '--cache-location', 'c', '--max-warnings', '0'];
    const fresh = run(args, { cwd: dir });
    expect(fresh.code).toBe(1);
    const entries = cacheFiles(join(dir, 'c'));
    expect(entries).toHaveLength(names.length);
    const hit = run([...args, '--verbose'], { cwd: dir });
    expect(hit.stdout).toBe(fresh.stdout);
    expect(hit.stderr).toMatch(new RegExp(`cache: ${names.length} hit\\(s\\), 0 miss\\(es\\)\\.`));
    entries.forEach((f, i) => writeFileSync(f, shapes[names[i]!]!));
    const again = run([...args, '--verbose'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stdout).toBe(fresh.stdout);
    const warnings = again.stderr.split('\n').filter((l) => l.startsWith('attache: warning: cache entry ignored'));
    expect(warnings).toHaveLength(names.length);
    expect(again.stderr).toMatch(new RegExp(`cache: 0 hit\\(s\\), ${names.length} miss\\(es\\)\\.`));
    // Rewritten whole: the next run hits every entry.
    const third = run([...args, '--verbose'], { cwd: dir });
    expect(third.stdout).toBe(fresh.stdout);
    expect(third.stderr).toMatch(new RegExp(`cache: ${names.length} hit\\(s\\), 0 miss\\(es\\)\\.`));
    expect(leftovers(dir)).toEqual([]);
  });

  it('without --verbose a bad entry costs no warning line', () => {
    const dir = scratch({ 'r.txt': RELEASE });
    const args = ['lint', 'r.txt', '--cache', '--cache-location', 'c', '--max-warnings', '0', '--format', 'json'];
    const fresh = run(args, { cwd: dir });
    for (const f of cacheFiles(join(dir, 'c'))) writeFileSync(f, '{}');
    const r = run(args, { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(fresh.stdout);
    expect(r.stderr).not.toMatch(/cache/);
  });

  it('four concurrent runs on one cache agree and leave only whole entries', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++) files[`r${i}.txt`] = `${RELEASE}\nRelease number ${i}.\n`;
    const dir = scratch(files);
    const args = [BIN, 'lint', '.', '--format', 'json', '--max-warnings', '0', '--cache', '--cache-location', 'c'];
    const once = (): Promise<Run> =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, args, { cwd: dir, env: env() });
        let stdout = '';
        let stderr = '';
        // Decode as a stream: a chunk boundary may fall inside a multi-byte character
        // (“ is three bytes), and decoding each chunk alone turns it into U+FFFD.
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (d: string) => (stdout += d));
        child.stderr.on('data', (d: string) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
    const runs = await Promise.all([once(), once(), once(), once()]);
    const uncached = run(args.slice(1, 7), { cwd: dir });
    for (const r of runs) {
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('attache: 960 warnings, more than --max-warnings 0.\n');
      expect(r.stdout).toBe(uncached.stdout);
    }
    const entries = cacheFiles(join(dir, 'c'));
    expect(entries).toHaveLength(8);
    for (const f of entries) expect(() => JSON.parse(readFileSync(f, 'utf8')) as unknown).not.toThrow();
    expect(leftovers(dir)).toEqual([]);
    // And a fifth run is served wholly from it.
    const warm = run([...args.slice(1), '--verbose'], { cwd: dir });
    expect(warm.stdout).toBe(uncached.stdout);
    expect(warm.stderr).toMatch(/cache: 8 hit\(s\), 0 miss\(es\)\./);
  });
});

describe('reading: encodings and messages', () => {
  it('reads UTF-16 LE and BE with a byte order mark as text', () => {
    const text = `${SENTENCE}\n`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    const dir = scratch({ 'le.txt': le, 'be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), be]) });
    const r = run(['lint', 'le.txt', 'be.txt', '--format', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout) as {
      files: { error?: string; report?: { length: number; findings: { actual: string }[] } }[];
    };
    for (const f of out.files) {
      expect(f.error).toBeUndefined();
      expect(f.report!.length).toBe(text.length);
      expect(f.report!.findings.map((x) => x.actual)).toContain('utilize');
    }
  });

  it('invalid UTF-8: the byte offset of the first bad sequence and a hint that fits the bytes', () => {
    const cp1251 = Buffer.concat([
      Buffer.from('Press release. '),
      // "Министерство сообщает" in Windows-1251
      Buffer.from([0xcc, 0xe8, 0xed, 0xe8, 0xf1, 0xf2, 0xe5, 0xf0, 0xf1, 0xf2, 0xe2, 0xee, 0x20]),
      Buffer.from([0xf1, 0xee, 0xee, 0xe1, 0xf9, 0xe0, 0xe5, 0xf2, 0x2e, 0x0a]),
    ]);
    const latin1 = Buffer.from('Le minist\u00e8re a annonc\u00e9 une r\u00e9forme.\n', 'latin1');
    const cp1252 = Buffer.from('The \u0093new\u0094 plan \u0096 a caf\u00e9\n', 'latin1');
    const dir = scratch({ 'ru.txt': cp1251, 'fr.txt': latin1, 'q.txt': cp1252 });
    const ru = run(['lint', 'ru.txt'], { cwd: dir });
    expect(ru.code).toBe(2);
    expect(ru.stdout).toMatch(
      /ru\.txt is not valid UTF-8: the first bad byte sequence is at byte 15 \(0xCC E8 ED E8\)/,
    );
    expect(ru.stdout).toMatch(/Windows-1251.*iconv -f cp1251 -t utf-8 ru\.txt/);
    const fr = run(['lint', 'fr.txt'], { cwd: dir });
    expect(fr.stdout).toMatch(/at byte 9 \(0xE8 /);
    expect(fr.stdout).toMatch(/Latin-1.*iconv -f latin1/);
    expect(fr.stdout).not.toMatch(/1251/);
    const q = run(['lint', 'q.txt'], { cwd: dir });
    expect(q.stdout).toMatch(/at byte 4 \(0x93 /);
    expect(q.stdout).toMatch(/Windows-1252.*iconv -f cp1252/);
  });

  it('UTF-16 without a byte order mark is named as such, not as binary', () => {
    const dir = scratch({ 'u.txt': Buffer.from('Plain text in UTF-16.\n', 'utf16le') });
    const r = run(['lint', 'u.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(
      /u\.txt looks like UTF-16LE text without a byte order mark.*iconv -f utf-16le -t utf-8 u\.txt/,
    );
    expect(r.stdout).not.toMatch(/binary/);
  });
});

describe('messages', () => {
  it('--max-length: the limit is a flag, and the message names it', () => {
    const dir = scratch({ 'big.txt': RELEASE });
    const r = run(['score', 'big.txt', '--max-length', '100'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^big\.txt: The text is 4,200 characters long, over the limit of 100\. .*--max-length/m);
    expect(r.stdout).not.toMatch(/big\.txt: big\.txt/);
    expect(r.stdout).not.toMatch(/maxLength/);
    expect(run(['score', 'big.txt', '--max-length', '100000'], { cwd: dir }).code).toBe(0);
    expect(run(['score', 'big.txt', '--max-length', '0'], { cwd: dir }).stderr).toMatch(
      /Invalid value "0" for --max-length/,
    );
  });

  it('a config key path under package.json "attache" has one dot', () => {
    const dir = scratch({ 'package.json': '{"name":"x","attache":{"lnt":{}}}', 'a.txt': 'Hello.\n' });
    const r = run(['lint', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"attache\.lnt": unknown key \(did you mean "attache\.lint"\?\)/);
    expect(r.stderr).not.toMatch(/\.\./);
  });
});
