/**
 * End-to-end (the built packages/cli/dist/bin.js): with LANG=ru_RU.UTF-8, or with --locale ru,
 * every line the CLI prints on a Russian release is Russian: findings, summaries, errors and
 * hints, `attache score` labels, checklist labels, rewrite summaries, compose notes and --help.
 * What may stay in Latin script: names (of rules, formulas, formality signals, sources cited,
 * audiences, channels, programs), file paths, option names and command lines.
 * Build first: `pnpm run build`.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, attache, readRelease, tempDir, type Run } from '../packages/cli/test/helpers.js';

/**
 * Words that make a run of Latin words an English sentence rather than a list of names
 * ("is above the target of", "cannot write the fixes to").
 */
const ENGLISH_GLUE =
  /\b(?:the|an?|of|to|in|is|are|was|and|or|not|no|for|with|on|by|from|at|as|be|been|can|cannot|has|have|this|that|it|its|than|more|run|see|use|pass|only|each|every|found|nothing|would|will|must|which|did|you|mean|expected|received)\b/i;

/** The English sentences left in `text` once names, paths, options and quoted input are taken out. */
function englishSentences(text: string, names: readonly string[]): string[] {
  const found: string[] = [];
  for (let line of text.split('\n')) {
    // Sources cited by a checklist item are titles of publications: names.
    line = line.replace(/(?:источник: .*$|_\(.*\)_$)/, ' ');
    // Quotations of the input (checklist evidence, rewrite and compose notes quote the release).
    line = line.replace(/[“«][^”»]*[”»]/g, ' ');
    for (const n of names) line = line.split(n).join(' ');
    line = line
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/(?:^|[\s(])--?[a-z][\w-]*(?:=\S*)?/g, ' ')
      .replace(/\S*[./\\]\S*/g, ' ');
    for (const run of line.match(/[A-Za-z][A-Za-z'’]*(?:[ ,;:]+[A-Za-z][A-Za-z'’]*){2,}/g) ?? [])
      if (ENGLISH_GLUE.test(run)) found.push(run);
  }
  return found;
}

const CYRILLIC = /[а-яё]{3}/i;

let dir: string;
let cleanup: () => void;
let ru: string;
let ru2: string;
let ruleIds: string[];

beforeAll(() => {
  assertBuilt();
  ({ dir, cleanup } = tempDir());
  // Two Russian releases from the fixtures, without their provenance header (English metadata).
  const body = (name: string): string =>
    readRelease('ru', name)
      .split(/\n\s*\n/)
      .slice(1)
      .join('\n\n');
  ru = join(dir, 'release.txt');
  ru2 = join(dir, 'release2.txt');
  writeFileSync(ru, body('ru_kremlin_05.txt'));
  writeFileSync(ru2, body('ru_kremlin_01.txt'));
  // A config with a wrong type and a misspelt key beside a copy of the release.
  mkdirSync(join(dir, 'bad'));
  writeFileSync(join(dir, 'bad', 'release.txt'), body('ru_kremlin_01.txt'));
  writeFileSync(join(dir, 'bad', 'attache.config.json'), JSON.stringify({ targets: { maxGrade: 'ten' }, lnt: {} }));
  // A config whose rule settings are wrong (checked by core's rule schemas).
  mkdirSync(join(dir, 'badrule'));
  writeFileSync(join(dir, 'badrule', 'release.txt'), body('ru_kremlin_01.txt'));
  writeFileSync(
    join(dir, 'badrule', 'attache.config.json'),
    JSON.stringify({ lint: { rules: { 'sentence-length': ['error', { max: 'x' }], 'plain-wrds': 'off' } } }),
  );
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0, 7]));
  writeFileSync(join(dir, 'brief.json'), JSON.stringify({ affected: 5 }));
  mkdirSync(join(dir, 'init'));
  const json = JSON.parse(attache(['lint', '--format', 'json', ru, ru2]).stdout) as {
    files: { report: { findings: { ruleId: string }[] } }[];
  };
  ruleIds = [...new Set(json.files.flatMap((f) => f.report.findings.map((x) => x.ruleId)))];
});
afterAll(() => cleanup?.());

/**
 * A cache for `--cache --verbose` whose entries are all broken (`{}`): filled by a run in each way
 * the test runs, then overwritten, so the next run reports every entry it ignores.
 */
function brokenCache(): string {
  const cache = join(dir, 'cache');
  attache(['lint', '--cache', '--cache-location', cache, ru], { env: { LANG: 'ru_RU.UTF-8' } });
  attache(['lint', '--cache', '--cache-location', cache, ru, '--locale', 'ru']);
  for (const f of readdirSync(cache, { recursive: true, encoding: 'utf8' }))
    if (f.endsWith('.json')) writeFileSync(join(cache, f), '{}');
  return cache;
}

/** Commands over the Russian releases: what they print, on stdout and stderr. */
/** `fails`: a usage or input error (exit 2); the others must run (exit 0 or 1). `shows`: a line it must print. */
const COMMANDS: { name: string; args: () => string[]; input?: string; fails?: true; shows?: RegExp }[] = [
  { name: 'lint', args: () => ['lint', ru] },
  {
    name: 'lint, a missed target and too many warnings',
    args: () => ['lint', '--max-grade', '5', '--max-warnings', '0', ru],
  },
  { name: 'lint --fix-dry-run', args: () => ['lint', '--fix-dry-run', ru] },
  { name: 'lint --format github', args: () => ['lint', '--format', 'github', '--max-grade', '5', ru] },
  { name: 'lint, a clean text on stdin', args: () => ['lint', '-'], input: 'Мы открыли школу.\n' },
  { name: 'lint, an empty stdin', args: () => ['lint', '-'], input: '' },
  {
    name: 'lint --cache --verbose, broken cache entries',
    args: () => ['lint', '--cache', '--cache-location', brokenCache(), '--verbose', ru],
    shows: /запись кэша отброшена .*: не запись кэша этой версии \(attacheCache: \w+\)\n(?:.*\n)*.*кэш: найдено 0/,
  },
  { name: 'score, one file', args: () => ['score', '--max-grade', '30', ru] },
  { name: 'score, two files', args: () => ['score', '--max-grade', '12', ru, ru2] },
  { name: 'checklist', args: () => ['checklist', '--audience', 'youth', ru] },
  { name: 'checklist --format markdown', args: () => ['checklist', '--audience', 'rural', '--format', 'markdown', ru] },
  { name: 'rewrite', args: () => ['rewrite', '--audience', 'rural', ru] },
  { name: 'compose, a notice', args: () => ['compose', '--audience', 'rural', '--channel', 'notice', ru] },
  { name: 'compose, a thread', args: () => ['compose', '--audience', 'youth', ru] },
  { name: 'an unknown option', args: () => ['lint', '--frobnicate', ru], fails: true },
  { name: 'a bad value', args: () => ['lint', '--max-grade', 'x', ru], fails: true },
  { name: 'a missing file', args: () => ['lint', join(dir, 'missing.txt')], fails: true },
  { name: 'no input', args: () => ['lint'], fails: true },
  { name: 'no audience', args: () => ['checklist', ru], fails: true },
  { name: 'an invalid config', args: () => ['lint', join(dir, 'bad', 'release.txt')], fails: true },
  { name: 'lint, an empty file', args: () => ['lint', join(dir, 'empty.txt')], shows: /пуст/ },
  {
    name: 'lint, an HTML page on stdin',
    args: () => ['lint', '-'],
    input:
      '<html><body><nav>Главная Новости Контакты</nav><p>Министерство осуществляет мероприятия по обеспечению реализации программы.</p><footer>Все права защищены</footer></body></html>',
    shows: /осуществляет/,
  },
  {
    name: 'lint --update-baseline with a missed target',
    args: () => ['lint', '--max-grade', '5', '--baseline', join(dir, 'baseline.json'), '--update-baseline', ru],
    shows: /записано/,
  },
  { name: 'lint, a binary file', args: () => ['lint', join(dir, 'binary.txt')], fails: true },
  { name: 'lint, over --max-length', args: () => ['lint', '--max-length', '10', ru], fails: true },
  { name: 'lint, an unknown format', args: () => ['lint', '--format', 'xml', ru], fails: true },
  {
    name: 'a wrong rule option and an unknown rule in the config',
    args: () => ['lint', join(dir, 'badrule', 'release.txt')],
    fails: true,
    shows: /неизвестное правило/,
  },
  { name: 'score, an empty file', args: () => ['score', join(dir, 'empty.txt')] },
  { name: 'checklist, an empty file', args: () => ['checklist', '--audience', 'youth', join(dir, 'empty.txt')] },
  { name: 'rewrite, an unknown proposal', args: () => ['rewrite', '--audience', 'rural', '--accept', 'zzz', ru] },
  {
    name: 'compose, an empty release',
    args: () => ['compose', '--audience', 'youth', join(dir, 'empty.txt')],
    shows: /нет ни одного предложения/,
  },
  {
    name: 'compose, a model that cannot be reached',
    args: () => ['compose', '--audience', 'youth', '--model-url', 'http://127.0.0.1:9/v1', '--model', 'm', ru],
    shows: /не удаётся связаться/,
  },
  {
    name: 'compose, a model URL that is not one',
    args: () => ['compose', '--audience', 'youth', '--model-url', 'notaurl', '--model', 'm', ru],
    fails: true,
  },
  {
    name: 'compose, a bad brief',
    args: () => ['compose', '--audience', 'youth', '--brief', join(dir, 'brief.json'), ru],
    fails: true,
  },
  {
    name: 'compose, an unknown channel',
    args: () => ['compose', '--audience', 'youth', '--channel', 'fax', ru],
    fails: true,
  },
  { name: 'init', args: () => ['init', '--force', join(dir, 'init')] },
  { name: 'init --help', args: () => ['init', '--help'] },
  { name: 'lint --help', args: () => ['lint', '--help'] },
  { name: 'checklist --help', args: () => ['checklist', '--help'] },
  { name: '--help', args: () => ['--help'] },
];

const WAYS: { how: string; run: (args: string[], input?: string) => Run }[] = [
  { how: 'LANG=ru_RU.UTF-8', run: (args, input) => attache(args, { env: { LANG: 'ru_RU.UTF-8' }, input }) },
  {
    how: '--locale ru',
    run: (args, input) => attache([...args, '--locale', 'ru'], input === undefined ? {} : { input }),
  },
];

describe('a Russian user gets Russian from end to end', () => {
  for (const { how, run } of WAYS) {
    for (const c of COMMANDS) {
      it(`${c.name} (${how})`, () => {
        const r = run(c.args(), c.input);
        if (c.fails) expect(r.code, r.stderr).toBe(2);
        else expect(r.code, r.stderr).toBeLessThan(2);
        const out = r.stdout + r.stderr;
        expect(out, 'something is printed').toMatch(CYRILLIC);
        if (c.shows) expect(out).toMatch(c.shows);
        const names = [dir, ...ruleIds, 'Hemingway', 'attache'];
        expect(englishSentences(out, names), out).toEqual([]);
      });
    }
  }

  it('the check finds the English of the same commands with --locale en', () => {
    for (const args of [
      ['lint', ru],
      ['score', ru],
      ['lint', '--frobnicate', ru],
      ['lint', '--help'],
    ]) {
      const r = attache([...args, '--locale', 'en'], { env: { LANG: 'ru_RU.UTF-8' } });
      expect(englishSentences(r.stdout + r.stderr, [dir, ...ruleIds]).length, args.join(' ')).toBeGreaterThan(0);
    }
  });
});

describe('the order of the choices', () => {
  const error = (env: Record<string, string>, extra: string[] = []): string =>
    attache(['lint', '--frobnicate', ...extra, ru], { env }).stderr;

  it('--locale before ATTACHE_LOCALE before LC_ALL, LC_MESSAGES and LANG', () => {
    expect(error({ LANG: 'ru_RU.UTF-8' }, ['--locale', 'en'])).toMatch(/^attache: Unknown option --frobnicate/);
    expect(error({ LANG: 'ru_RU.UTF-8', ATTACHE_LOCALE: 'en' })).toMatch(/^attache: Unknown option/);
    expect(error({ LANG: 'en_US.UTF-8', ATTACHE_LOCALE: 'ru' })).toMatch(/^attache: Неизвестный параметр/);
    expect(error({ LANG: 'ru_RU.UTF-8', LC_ALL: 'C' })).toMatch(/^attache: Unknown option/);
    expect(error({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8' })).toMatch(/^attache: Неизвестный параметр/);
    expect(error({})).toMatch(/^attache: Unknown option/);
  });

  it('with no locale chosen, a Russian text is reported in Russian and an English one in English', () => {
    const ruRun = attache(['lint', ru], { env: { LANG: 'en_US.UTF-8' } });
    expect(ruRun.stdout).toMatch(/^[⚠✖] \d+ проблем/m);
    const en = attache(['lint', join(dir, '..', 'nope')], { env: { LANG: 'en_US.UTF-8' } });
    expect(en.stderr).toMatch(/^attache: No such file or directory/);
  });

  it('a Russian system locale gives Russian findings on an English text too', () => {
    const { dir: d, cleanup: done } = tempDir();
    try {
      const en = join(d, 'en.txt');
      writeFileSync(en, 'The Ministry hereby informs that it will utilize the funds prior to the deadline.\n');
      const r = attache(['lint', en], { env: { LANG: 'ru_RU.UTF-8' } });
      expect(r.stdout).toMatch(/^[⚠✖] \d+ (проблем|проблема|проблемы) \(/m);
      const forced = attache(['lint', en, '--locale', 'en'], { env: { LANG: 'ru_RU.UTF-8' } });
      expect(forced.stdout).toMatch(/^[⚠✖] \d+ problems? \(/m);
    } finally {
      done();
    }
  });
});
