/**
 * End-to-end: `--format sarif` validated against the SARIF 2.1.0 JSON Schema with ajv
 * (packages/cli/test/fixtures: the schema and where it comes from).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, attache, readRelease, release, RELEASES } from '../packages/cli/test/helpers.js';
import { validateSarif } from '../packages/cli/test/sarif-validate.js';

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
}
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri?: string }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region?: Region } }[];
    }[];
  }[];
}

beforeAll(assertBuilt);

function sarif(args: string[], input?: string): { code: number; log: SarifLog } {
  const r = attache(['lint', '--format', 'sarif', ...args], input === undefined ? {} : { input });
  return { code: r.code, log: JSON.parse(r.stdout) as SarifLog };
}

describe('attache lint --format sarif', () => {
  it('is valid SARIF 2.1.0 on every English and Russian release', () => {
    for (const lang of ['en', 'ru']) {
      const { log } = sarif([join(RELEASES, lang)]);
      const v = validateSarif(log);
      expect(v.errors).toBe('');
      expect(log.version).toBe('2.1.0');
      expect(log.runs[0]!.tool.driver.name).toBe('attache');
    }
  });

  it('locates results with 1-based lines and columns and char offsets that match the text', () => {
    const name = 'en_govuk_03.txt';
    const text = readRelease('en', name);
    const { log } = sarif([release('en', name)]);
    const run = log.runs[0]!;
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
    for (const r of run.results) {
      const rule = run.tool.driver.rules[r.ruleIndex]!;
      expect(rule.id).toBe(r.ruleId);
      if (r.ruleId.startsWith('target/')) continue;
      expect(rule.helpUri).toMatch(/^https?:\/\//);
      const reg = r.locations[0]!.physicalLocation.region!;
      expect(reg.startLine).toBeGreaterThanOrEqual(1);
      expect(reg.startColumn).toBeGreaterThanOrEqual(1);
      expect(lineStarts[reg.startLine - 1]! + reg.startColumn - 1).toBe(reg.charOffset);
      expect(lineStarts[reg.endLine - 1]! + reg.endColumn - 1).toBe(reg.charOffset + reg.charLength);
      expect(['error', 'warning', 'note']).toContain(r.level);
    }
  });

  it('stays valid with missed targets, fixes, stdin and an unreadable file', () => {
    const withTargets = sarif([release('en', 'en_kremlin_04.txt'), '--max-grade', '1', '--max-formality', '1']);
    expect(withTargets.code).toBe(1);
    expect(validateSarif(withTargets.log).errors).toBe('');
    expect(withTargets.log.runs[0]!.results.filter((r) => r.ruleId.startsWith('target/')).map((r) => r.ruleId)).toEqual(
      ['target/maxGrade', 'target/maxFormality'],
    );
    const stdin = sarif(['-'], readRelease('ru', 'ru_kremlin_05.txt'));
    expect(validateSarif(stdin.log).errors).toBe('');
    expect(
      stdin.log.runs[0]!.results.every((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'stdin'),
    ).toBe(true);
    const named = sarif(
      ['-', '--stdin-filename', 'news/2025 statement.md'],
      '# Title\n\nThe ministry hereby informs citizens.\n',
    );
    expect(validateSarif(named.log).errors).toBe('');
  });

  it('the validator rejects a broken log (the test can fail)', () => {
    const { log } = sarif([release('en', 'en_govuk_03.txt')]);
    const broken = structuredClone(log) as unknown as { runs: { results: { level: string }[]; tool?: unknown }[] };
    delete broken.runs[0]!.tool;
    expect(validateSarif(broken).valid).toBe(false);
  });
});
