import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, attache, BIN, type Run } from '../packages/cli/test/helpers.js';

const RELEASE = `The following is attributable to Spokesperson Ned Price:

Secretary of State Antony J. Blinken spoke yesterday with Republic of Korea (ROK) Foreign Minister Chung Eui-yong. The United States will provide $5 million to support families affected by the floods. “We stand with the people of Korea in this difficult time,” said Secretary Blinken.

https://www.state.gov/secretary-blinkens-call-with-republic-of-korea-foreign-minister-chung-3/
`;

describe('attache compose', () => {
  let dir = '';
  beforeAll(() => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'attache-compose-'));
    writeFileSync(join(dir, 'release.txt'), RELEASE);
    writeFileSync(join(dir, 'brief.json'), JSON.stringify({ hashtags: ['Korea'], contact: 'Call 0800 123 456.' }));
    writeFileSync(join(dir, 'bad.json'), '{"when": 1}');
  });
  it('prints a verified X thread that leads with the news and ends with the link and the brief’s hashtag', () => {
    const r = attache(['compose', '--audience', 'youth', '--channel', 'x', '--brief', 'brief.json', 'release.txt'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const posts = r.stdout.trim().split('\n\n---\n\n');
    // the short title the release itself uses ("said Secretary Blinken") on first mention (compose/spoken.ts)
    expect(posts[0]).toMatch(
      /^Secretary Blinken spoke yesterday with Republic of Korea \(ROK\) Foreign Minister Chung Eui-yong\./,
    );
    expect(posts.at(-1)).toMatch(/https:\/\/www\.state\.gov\/\S+\n#Korea$/);
    expect(r.stderr).toMatch(/youth\/x: \d part\(s\), verified/);
  });
  it('loads the Russian dictionary before a Russian release, as the other commands do', () => {
    // kremlin.ru, a decree (test/fixtures/releases/ru/ru_kremlin_11.txt): without the dictionary
    // the SMS was "Образовать на базе Главного управления." (an infinitive cut from its object,
    // never said to be the decree's); with it, the decree's words quoted as its own
    const r = attache(
      ['compose', '--audience', 'rural', '--channel', 'sms', 'test/fixtures/releases/ru/ru_kremlin_11.txt'],
      {},
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^В указе говорится: «/);
    expect(r.stdout).not.toMatch(/^Образовать на базе Главного управления\.$/m);
  });
  it('prints the version as JSON with facts traced to the release', () => {
    const r = attache(['compose', '--audience', 'rural', '--channel', 'sms', '--format', 'json', 'release.txt'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout) as {
      channel: string;
      parts: string[];
      facts: Array<{ source: { text: string } }>;
      verification: { ok: boolean };
    };
    expect(v.channel).toBe('sms');
    expect(v.parts.join('').length).toBeLessThanOrEqual(160);
    expect(v.verification.ok).toBe(true);
    for (const f of v.facts) expect(RELEASE).toContain(f.source.text);
  });
  it('refuses a channel of another audience and a bad brief with exit 2', () => {
    expect(attache(['compose', '--audience', 'rural', '--channel', 'x', 'release.txt'], { cwd: dir }).code).toBe(2);
    const bad = attache(['compose', '--audience', 'youth', '--brief', 'bad.json', 'release.txt'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown key\(s\) when/);
  });
  it('says what is wrong with a missing or binary release, as lint does, with exit 2 and no stack trace', () => {
    const missing = attache(['compose', '--audience', 'youth', 'no-such-release.md'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^attache: No such file or directory: no-such-release\.md\nCheck the path\./);
    writeFileSync(join(dir, 'scan.md'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    const binary = attache(['compose', '--audience', 'rural', '--channel', 'sms', 'scan.md'], { cwd: dir });
    expect(binary.code).toBe(2);
    expect(binary.stderr).toMatch(/scan\.md is a binary file/);
    for (const r of [missing, binary]) expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});

// `--model-url URL --model NAME`: a fake chat-completions server on 127.0.0.1 answers with recorded text.
const FLOODS = `Secretary of State Antony J. Blinken announced today that the United States will provide $5 million to support 1,200 families affected by the floods in the Republic of Korea. The Department may extend the program to other regions next year. “We stand with the people of Korea in this difficult time,” said Secretary Blinken.

https://www.state.gov/flood-aid-korea/
`;
const FLOODS_GOOD = `Big news: the [[P2]] will give [[N1]] to help [[N2]] families hit by the floods in the [[P3]]. [[P1]] announced it today.
---
What comes next? The [[P4]] may extend the program to other regions next year. [[Q1]] said [[P5]].
---
Read more: [[L1]]`;

function attacheAsync(args: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, CI: 'true', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

describe('attache compose --model-url --model', () => {
  let dir = '';
  let server: Server;
  let url = '';
  let replies: string[] = [];
  const seen: Array<{ auth: string | undefined; body: string }> = [];
  beforeAll(async () => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), 'attache-compose-model-'));
    writeFileSync(join(dir, 'floods.txt'), FLOODS);
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        seen.push({ auth: req.headers['authorization'], body });
        const content = replies.shift();
        if (content === undefined) return void res.writeHead(503).end('busy');
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
      });
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
  });

  it('prints the model’s thread when it passes the verifier; the key goes in the header only', async () => {
    replies = [FLOODS_GOOD];
    seen.length = 0;
    const r = await attacheAsync(
      ['compose', '--audience', 'youth', '--model-url', url, '--model', 'fake-7b', 'floods.txt'],
      dir,
      { ATTACHE_MODEL_API_KEY: 'sk-test-secret' },
    );
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n\n---\n\n')[0]).toMatch(/^Big news: the United States will give \$5 million/);
    expect(r.stderr).toMatch(/verified; targets met; written by fake-7b at 127\.0\.0\.1:\d+/);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.auth).toBe('Bearer sk-test-secret');
    expect(seen[0]!.body).not.toContain('$5 million');
    expect(r.stdout + r.stderr).not.toContain('sk-test-secret');
  });

  it('falls back to the deterministic version with a note when the model changes a number, or the server fails', async () => {
    replies = [FLOODS_GOOD.replace('[[N1]]', '$6 million')];
    const r = await attacheAsync(
      ['compose', '--audience', 'youth', '--model-url', url, '--model', 'fake-7b', '--model-tries', '1', 'floods.txt'],
      dir,
      {},
    );
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('$6 million');
    expect(r.stdout).toContain('$5 million');
    expect(r.stderr).toMatch(/note: The model’s version was not used .*the verifier found numbers: “\$6 million”/);
    expect(r.stderr).toMatch(/deterministic \(the model’s text was not used\)/);
    replies = [];
    const busy = await attacheAsync(
      ['compose', '--audience', 'youth', '--model-url', url, '--model', 'fake-7b', 'floods.txt'],
      dir,
      {},
    );
    expect(busy.code).toBe(0);
    expect(busy.stderr).toMatch(/HTTP 503: busy/);
  });

  it('needs both flags, and a URL', () => {
    expect(attache(['compose', '--audience', 'youth', '--model', 'm', 'floods.txt'], { cwd: dir }).stderr).toMatch(
      /--model needs --model-url/,
    );
    const bad = attache(['compose', '--audience', 'youth', '--model-url', 'nope', '--model', 'm', 'floods.txt'], {
      cwd: dir,
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /^attache: --model-url nope: not an http or https address\.\nExample: --model-url http:/,
    );
    const ftp = attache(
      ['compose', '--audience', 'youth', '--model-url', 'ftp://127.0.0.1/v1', '--model', 'm', 'floods.txt'],
      { cwd: dir },
    );
    expect(ftp.code).toBe(2);
    expect(ftp.stderr).toContain('--model-url ftp://127.0.0.1/v1: not an http or https address.');
  });
});
