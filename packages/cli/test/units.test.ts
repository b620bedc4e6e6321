import type { Finding } from '@attache/core';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/args.js';
import { buildBaseline, partition, partitionTargets } from '../src/baseline.js';
import { CliError } from '../src/errors.js';
import { threadCount } from '../src/pool.js';
import { wantsProgress } from '../src/progress.js';

const f = (ruleId: string, actual: string, start: number): Finding => ({
  start,
  end: start + actual.length,
  loc: { start: { line: 1, column: start + 1 }, end: { line: 1, column: start + 1 + actual.length } },
  ruleId,
  messageId: 'm',
  data: {},
  message: 'm',
  severity: 'warning',
  actual,
  suggestions: [],
});

describe('argument parsing', () => {
  it('parses a full lint command line', () => {
    const p = parse([
      'lint',
      'a.txt',
      '-',
      '--stdin-filename',
      'x.md',
      '-f',
      'json',
      '--max-warnings',
      '0',
      '--max-grade',
      '9.5',
    ]);
    expect(p.kind).toBe('run');
    if (p.kind !== 'run') return;
    expect(p.options.inputs).toEqual(['a.txt', '-']);
    expect(p.options.format).toBe('json');
    expect(p.options.maxWarnings).toBe(0);
    expect(p.options.maxGrade).toBe(9.5);
    expect(p.options.concurrency).toBe('auto');
  });

  it.each([
    [['lint', '--nope', 'a'], 'Unknown option --nope'],
    [['lint', '--max-warnings=-1', 'a'], 'Invalid value "-1" for --max-warnings'],
    [['lint', '--max-warnings', '-1', 'a'], 'written --max-warnings=VALUE'],
    [['lint', '--max-warnings', '1.5', 'a'], 'Invalid value "1.5"'],
    [['lint', '--max-grade', '31', 'a'], 'Invalid value "31" for --max-grade'],
    [['lint', '--concurrency', 'lots', 'a'], 'Invalid value "lots" for --concurrency'],
    [['lint', '--fix=yes', 'a'], 'takes no value'],
    [['lint', '--format'], 'needs a value'],
    [['lint', '--language', 'xx', 'a'], 'Use one of: auto, en, ru, fr, es, de'],
    [['lint', 'a', '--stdin-filename', 'x.md'], '"-" is not among the inputs'],
    [['lint', '-', '-'], 'only once'],
    [['--format', 'json'], 'must come after a command'],
    [['lint', '--update-baseline', 'a'], 'needs --baseline'],
  ])('%j is a usage error: %s', (argv, message) => {
    let err: unknown;
    try {
      parse(argv);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CliError);
    const e = err as CliError;
    expect(`${e.message} ${e.hint ?? ''}`).toContain(message);
  });
});

describe('baseline', () => {
  it('knows findings by rule, text and occurrence, not by position', () => {
    const today = [f('plain-words', 'utilise', 10), f('plain-words', 'utilise', 40), f('passive', 'was decided', 70)];
    const data = buildBaseline([{ path: 'a.txt', findings: today }]);
    expect(data.files['a.txt']).toEqual([
      { ruleId: 'passive', actual: 'was decided', count: 1 },
      { ruleId: 'plain-words', actual: 'utilise', count: 2 },
    ]);
    const known = new Map([
      ['plain-words\u0000utilise', 2],
      ['passive\u0000was decided', 1],
    ]);
    // Same findings, shifted by an edit above them: all known.
    const shifted = today.map((x) => f(x.ruleId, x.actual, x.start + 500));
    expect(partition(shifted, known)).toEqual({ fresh: [], suppressed: 3 });
    // A third "utilise": the occurrence index 2 is new.
    const more = [...shifted, f('plain-words', 'utilise', 900)];
    const p = partition(more, known);
    expect(p.suppressed).toBe(3);
    expect(p.fresh.map((x) => x.start)).toEqual([900]);
  });
});

describe('baseline of missed targets', () => {
  const target = (id: 'maxGrade' | 'maxFormality', met: boolean) => ({
    id,
    limit: 10,
    actual: met ? 5 : 12,
    met,
    comparison: '<=' as const,
  });
  const policy = (results: ReturnType<typeof target>[]) => ({
    met: results.every((r) => r.met),
    results,
    failed: results.filter((r) => !r.met),
  });

  it('records each missed target as target/<id> with no text, and nothing for a met one', () => {
    const data = buildBaseline([
      { path: 'a.txt', findings: [], policy: policy([target('maxGrade', false), target('maxFormality', true)]) },
      { path: 'b.txt', findings: [], policy: policy([target('maxGrade', true)]) },
    ]);
    expect(data.files).toEqual({ 'a.txt': [{ ruleId: 'target/maxGrade', actual: '', count: 1 }] });
  });

  it('a known missed target no longer counts; an unknown one still does', () => {
    const known = new Map([['target/maxGrade\u0000', 1]]);
    const both = policy([target('maxGrade', false), target('maxFormality', false)]);
    const p = partitionTargets(both, known);
    expect(p.suppressed).toBe(1);
    expect(p.policy!.met).toBe(false);
    expect(p.policy!.failed.map((t) => t.id)).toEqual(['maxFormality']);
    const grade = partitionTargets(policy([target('maxGrade', false)]), known);
    expect(grade).toMatchObject({ suppressed: 1, policy: { met: true, failed: [] } });
    expect(partitionTargets(both, undefined)).toEqual({ policy: both, suppressed: 0 });
  });
});

describe('workers and progress', () => {
  it('auto uses one thread per idle core, only with several cores and enough files', () => {
    expect(threadCount('auto', 5, 2, 0)).toBe(1);
    expect(threadCount('auto', 2025, 1, 0)).toBe(1);
    expect(threadCount('auto', 2025, 2, 0)).toBe(2);
    expect(threadCount('auto', 2025, 2, 0.9)).toBe(1);
    expect(threadCount('auto', 2025, 8, 3.5)).toBe(4);
    expect(threadCount('auto', 2025, 2, 6)).toBe(1);
    expect(threadCount('off', 2025, 8, 0)).toBe(1);
    expect(threadCount(3, 2, 8, 6)).toBe(2);
    expect(threadCount(3, 100, 8, 6)).toBe(3);
  });

  it('no progress bar when piped, in CI or when disabled', () => {
    expect(wantsProgress(true, true, {})).toBe(true);
    expect(wantsProgress(true, false, {})).toBe(false);
    expect(wantsProgress(true, true, { CI: 'true' })).toBe(false);
    expect(wantsProgress(false, true, {})).toBe(false);
  });
});
