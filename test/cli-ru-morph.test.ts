/**
 * End-to-end: `attache lint` loads the Russian dictionary (core's morphology) for a Russian text,
 * so a word-list replacement comes in the form of the words it replaces, on every way the CLI
 * starts (startup snapshot, one-file bundle, plain modules, worker threads); and an English run
 * never loads it. Build first: `pnpm run build`.
 *
 * The expected forms are Russian grammar, not the program's output: after «о» the plural
 * «проработках» is prepositional plural, so «подготовка» becomes «подготовках»; «принял участие»
 * has a masculine singular past-tense subject, so «участвовать» becomes «участвовал», and
 * «приняли участие» (plural) becomes «участвовали». Without the dictionary, core offers none of
 * these (the message names the dictionary form «в нужной форме» instead).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '@attache/core';
import { assertBuilt, attache, tempDir } from '../packages/cli/test/helpers.js';

const RU =
  'Мы говорили о проработках вопросов. В совещании приняли участие министры регионов. ' +
  'Губернатор принял участие в форуме и обсудил с жителями планы на год.\n';
const EN =
  'The Secretary will travel to Brussels next week. She will meet ministers and discuss the plans ' +
  'for the coming year with them, and she will utilize the visit to commence new talks.\n';

/** The forms each replaced phrase must take in RU. */
const EXPECTED: Record<string, string> = {
  проработках: 'подготовках',
  'приняли участие': 'участвовали',
  'принял участие': 'участвовал',
};

interface JsonOut {
  files: { path: string; report?: Report; error?: string }[];
}

let tmp: ReturnType<typeof tempDir>;
let preload: string;

beforeAll(() => {
  assertBuilt();
  tmp = tempDir();
  writeFileSync(join(tmp.dir, 'ru.txt'), RU);
  writeFileSync(join(tmp.dir, 'ru2.txt'), RU);
  writeFileSync(
    join(tmp.dir, 'ru.html'),
    `<html><head><title>Новости</title></head><body><main><p>${RU}</p></main></body></html>`,
  );
  writeFileSync(join(tmp.dir, 'en.txt'), EN);
  // Says on stderr, at exit, whether a file of the Russian dictionary (core's dicts/ru) was read.
  preload = join(tmp.dir, 'report-dict.cjs');
  writeFileSync(
    preload,
    [
      "const fsp = require('node:fs/promises');",
      'const read = fsp.readFile;',
      'let dictRead = false;',
      'fsp.readFile = function (path, ...rest) {',
      '  if (/[\\\\/]dicts[\\\\/]ru[\\\\/]/.test(String(path))) dictRead = true;',
      '  return read.call(this, path, ...rest);',
      '};',
      "require('node:module').syncBuiltinESMExports();",
      "process.on('exit', () => process.stderr.write('dict-read=' + dictRead + '\\n'));",
      '',
    ].join('\n'),
  );
});
afterAll(() => tmp.cleanup());

function lint(args: string[], env: Record<string, string | undefined> = {}): { out: JsonOut; stderr: string } {
  const r = attache(['lint', '--format', 'json', ...args], { env });
  expect(r.stderr).not.toMatch(/dictionary could not be loaded/);
  return { out: JSON.parse(r.stdout) as JsonOut, stderr: r.stderr };
}

function suggestionsOf(report: Report | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of report?.findings ?? []) if (f.actual in EXPECTED) out[f.actual] = f.suggestions;
  return out;
}

function expectInflected(report: Report | undefined): void {
  expect(report?.language.code).toBe('ru');
  const got = suggestionsOf(report);
  for (const [actual, form] of Object.entries(EXPECTED)) expect(got[actual]?.[0], actual).toBe(form);
}

const STARTS: [string, Record<string, string>][] = [
  ['the startup snapshot (when built)', {}],
  ['the one-file bundle', { ATTACHE_NO_SNAPSHOT: '1' }],
  ['the plain modules', { ATTACHE_NO_SNAPSHOT: '1', ATTACHE_NO_BUNDLE: '1' }],
];

describe('attache lint: Russian replacements agree with their context', () => {
  for (const [name, env] of STARTS)
    it(`detected Russian, from ${name}`, () => {
      expectInflected(lint([join(tmp.dir, 'ru.txt')], env).out.files[0]!.report);
    });

  it('with --language ru, and for an HTML page', () => {
    expectInflected(lint(['--language', 'ru', join(tmp.dir, 'ru.txt')]).out.files[0]!.report);
    expectInflected(lint([join(tmp.dir, 'ru.html')]).out.files[0]!.report);
  });

  it('in worker threads too', () => {
    const { out } = lint(
      ['--concurrency', '3', join(tmp.dir, 'ru.txt'), join(tmp.dir, 'ru2.txt'), join(tmp.dir, 'ru.html')],
      {
        ATTACHE_NO_SNAPSHOT: '1',
      },
    );
    expect(out.files).toHaveLength(3);
    for (const f of out.files) expectInflected(f.report);
  });

  it('loads the dictionary for Russian only: an English run never reads it', () => {
    const env = { ATTACHE_NO_SNAPSHOT: '1', NODE_OPTIONS: `--require ${preload}` };
    const en = lint([join(tmp.dir, 'en.txt')], env);
    expect(en.out.files[0]!.report?.language.code).toBe('en');
    expect(en.stderr).toContain('dict-read=false');
    expect(lint(['--language', 'en', join(tmp.dir, 'en.txt')], env).stderr).toContain('dict-read=false');
    const ru = lint([join(tmp.dir, 'ru.txt')], env);
    expect(ru.stderr).toContain('dict-read=true');
  });
});
