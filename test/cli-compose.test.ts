import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, attache } from '../packages/cli/test/helpers.js';

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
    expect(posts[0]).toMatch(/^Secretary of State Antony J\. Blinken spoke yesterday/);
    expect(posts.at(-1)).toMatch(/https:\/\/www\.state\.gov\/\S+\n#Korea$/);
    expect(r.stderr).toMatch(/youth\/x: \d part\(s\), verified/);
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
});
