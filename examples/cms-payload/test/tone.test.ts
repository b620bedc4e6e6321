/**
 * The CMS-independent part: tone from a body in each format, the order of top findings, and
 * the editor's messages. No Payload here.
 */
import { analyze, AttacheTimeBudgetError, evaluate, type Finding } from '@attache/core';
import { describe, expect, test } from 'vitest';
import {
  computeTone,
  describeTarget,
  makeHook,
  parseOptions,
  refusalMessage,
  TONE_FIELD,
  topFindings,
  type ToneSettings,
} from '../src/index.js';
import { fixture } from './payload-harness.js';

const settings = (over: Partial<ToneSettings> = {}): ToneSettings => ({
  format: 'text',
  language: 'auto',
  locale: 'en',
  mode: 'warn',
  targets: {},
  topFindings: 5,
  storeReport: false,
  ...over,
});

describe('computeTone', () => {
  test.each([
    ['text', fixture('en_govuk_02.txt')],
    ['markdown', fixture('plain-library-hours.md.txt')],
    ['html', fixture('plain-library-hours.html.txt')],
  ] as const)('%s: figures are core’s and offsets point into the stored body', (format, body) => {
    const { tone, report } = computeTone(body, settings({ format, topFindings: 50 }), new Date(0));
    expect(tone.format).toBe(format);
    expect(tone.computedAt).toBe('1970-01-01T00:00:00.000Z');
    expect(tone.words).toBe(report.counts.words);
    expect(tone.findings.errors + tone.findings.warnings + tone.findings.suggestions).toBe(report.findings.length);
    for (const f of tone.topFindings) {
      expect(body.slice(f.start, f.end).startsWith(f.text.replace(/…$/, ''))).toBe(true);
      if (format !== 'text') expect(f.text).not.toMatch(/^[#<]/);
    }
  });

  test('the same targets give the same verdict as evaluate()', () => {
    const body = fixture('en_govuk_02.txt');
    const targets = { maxGrade: 10, maxAverageSentenceWords: 25, maxWarnings: 10 };
    const { tone, policy } = computeTone(body, settings({ targets }));
    expect(policy).toEqual(evaluate(analyze(body, {}), targets));
    expect(tone.targetsMet).toBe(policy.met);
    expect(tone.warnings).toHaveLength(policy.failed.length);
  });

  test('markup is not prose: a heading in Markdown is not read as a word "#"', () => {
    const body = '# Notice\n\nThe office will open at 9 am on Monday. Bring your letter with you.';
    const { report } = computeTone(body, settings({ format: 'markdown' }));
    expect(report.counts.words).toBe(
      analyze('Notice\n\nThe office will open at 9 am on Monday. Bring your letter with you.').counts.words,
    );
  });
});

describe('topFindings', () => {
  const f = (ruleId: string, severity: Finding['severity'], start: number): Finding => ({
    ruleId,
    severity,
    start,
    end: start + 1,
    messageId: 'm',
    data: {},
    message: `${ruleId} at ${start}`,
    actual: 'x',
    suggestions: [],
    loc: { start: { line: 1, column: start + 1 }, end: { line: 1, column: start + 2 } },
  });

  test('errors before warnings before suggestions; one per rule before a second of the same rule', () => {
    const all = [
      f('a', 'warning', 0),
      f('a', 'warning', 5),
      f('a', 'warning', 9),
      f('b', 'warning', 20),
      f('c', 'suggestion', 1),
      f('d', 'error', 30),
    ];
    expect(topFindings(all, 3).map((x) => `${x.ruleId}@${x.start}`)).toEqual(['d@30', 'a@0', 'b@20']);
    expect(topFindings(all, 5).map((x) => `${x.ruleId}@${x.start}`)).toEqual(['d@30', 'a@0', 'a@5', 'b@20', 'c@1']);
    expect(topFindings(all, 0)).toEqual([]);
  });
});

describe('messages', () => {
  test('each target reads as a figure against its limit', () => {
    const line = (
      id: Parameters<typeof describeTarget>[0]['id'],
      actual: number,
      limit: number,
      locale: 'en' | 'ru' = 'en',
    ) => describeTarget({ id, actual, limit, met: false, comparison: id.startsWith('min') ? '>=' : '<=' }, locale);
    expect(line('maxGrade', 14.26, 9)).toBe(
      'Reading grade is 14.3; the limit is 9. Shorter sentences and everyday words bring it down.',
    );
    expect(line('maxHardSentenceShare', 0.5, 0.1)).toBe(
      '50% of the sentences are hard to read; the limit is 10%. Split or simplify them.',
    );
    expect(line('maxWarnings', 12, 3)).toBe('The style check found 12 warnings; at most 3 are allowed.');
    expect(line('minFormality', 20, 40)).toMatch(/^Formality is 20 out of 100; it should be at least 40\./);
    expect(line('maxGrade', 14.26, 9, 'ru')).toMatch(/^Уровень сложности текста — 14,3 \(класс школы\); предел — 9\./);
  });

  test('a refusal with one target, and one without findings', () => {
    const t = { id: 'maxGrade' as const, actual: 12, limit: 9, met: false, comparison: '<=' as const };
    expect(refusalMessage([t], 1, [], 'en')).toBe(
      [
        'This release cannot be published yet: it misses its target.',
        '• Reading grade is 12; the limit is 9. Shorter sentences and everyday words bring it down.',
        'The draft is kept as it was. Fix these and publish again.',
      ].join('\n'),
    );
  });

  test('how many targets were missed', () => {
    const t = (id: 'maxGrade' | 'maxFormality', met: boolean) => ({
      id,
      actual: 70,
      limit: 9,
      met,
      comparison: '<=' as const,
    });
    expect(refusalMessage([t('maxGrade', false)], 2, [], 'en').split('\n')[0]).toBe(
      'This release cannot be published yet: it misses 1 of its 2 targets.',
    );
    expect(refusalMessage([t('maxGrade', false), t('maxFormality', false)], 2, [], 'en').split('\n')[0]).toBe(
      'This release cannot be published yet: it misses both its targets.',
    );
  });

  test('long quotes are cut in the refusal', () => {
    const t = { id: 'maxGrade' as const, actual: 12, limit: 9, met: false, comparison: '<=' as const };
    const finding = {
      message: 'Split it.',
      ruleId: 'hard-sentence',
      actual: 'word '.repeat(40),
      loc: { start: { line: 3, column: 1 }, end: { line: 3, column: 200 } },
    };
    const line = refusalMessage([t], 2, [finding], 'en').split('\n')[3]!;
    expect(line).toMatch(/^• Line 3: “(word ){11}word…” — Split it\. \(hard-sentence\)$/);
  });
});

describe('time budget', () => {
  const body = 'The Ministry informs that the meeting was held on Monday. '.repeat(20_000);
  const run = (mode: 'warn' | 'block', status: string) => {
    const options = parseOptions({ collections: ['releases'], mode, targets: { maxGrade: 12 }, timeBudgetMs: 1 });
    const hook = makeHook(options, settings({ mode, timeBudgetMs: 1 }));
    const data: Record<string, unknown> = { body, _status: status };
    return { data, call: () => hook({ collection: { slug: 'releases' }, data, req: {} } as never) };
  };

  test('computeTone passes it to analyze', () => {
    expect(() => computeTone(body, settings({ timeBudgetMs: 1 }))).toThrow(AttacheTimeBudgetError);
  });

  test('past the budget a save goes through without a new tone', () => {
    const { data, call } = run('warn', 'published');
    expect(call()).toBe(data);
    expect(TONE_FIELD in data).toBe(false);
  });

  test('in block mode a publish that could not be checked is refused', () => {
    const { call } = run('block', 'published');
    let err: unknown;
    try {
      call();
    } catch (e) {
      err = e;
    }
    expect((err as Error).name).toBe('ValidationError');
    expect(err).not.toBeInstanceOf(AttacheTimeBudgetError);
  });

  test("the refusal is in the editors' language", () => {
    for (const locale of ['en', 'ru'] as const) {
      const options = parseOptions({
        collections: ['releases'],
        mode: 'block',
        targets: { maxGrade: 12 },
        timeBudgetMs: 1,
      });
      const hook = makeHook(options, settings({ mode: 'block', timeBudgetMs: 1, locale }));
      let err: unknown;
      try {
        hook({ collection: { slug: 'releases' }, data: { body, _status: 'published' }, req: {} } as never);
      } catch (e) {
        err = e;
      }
      const message = (err as { data: { errors: { message: string }[] } }).data.errors[0]!.message;
      expect(message).toContain('timeBudgetMs');
      if (locale === 'ru') expect(message).toMatch(/^Проверка не уложилась в 1 мс/);
      else expect(message).toMatch(/^The check ran past its 1 ms/);
    }
  });

  test('the option defaults to 5 s and is checked', () => {
    expect(parseOptions({ collections: ['releases'] }).timeBudgetMs).toBe(5000);
    expect(() => parseOptions({ collections: ['releases'], timeBudgetMs: 0 })).toThrow(/timeBudgetMs/);
  });
});

describe('the Russian dictionary on save', () => {
  // Russian grammar: after «о» the plural «проработках» is prepositional plural, so «подготовка»
  // becomes «подготовках»; «принял участие» (masculine singular past) becomes «участвовал».
  const ru = 'Мы говорили о проработках вопросов. Губернатор принял участие в форуме и обсудил с жителями планы.';
  const call = (body: string) => {
    const hook = makeHook(parseOptions({ collections: ['releases'] }), settings({ locale: 'ru', topFindings: 10 }));
    const data: Record<string, unknown> = { body };
    return { data, result: hook({ collection: { slug: 'releases' }, data, req: {} } as never) as unknown };
  };

  test('an English body is scored synchronously, without the dictionary', () => {
    const { data, result } = call(fixture('en_govuk_02.txt'));
    expect(result).toBe(data);
  });

  test('a Russian body waits for it once, and its findings name the inflected form', async () => {
    const { data, result } = call(ru);
    expect(result).toBeInstanceOf(Promise);
    expect(await result).toBe(data);
    const messages = (data[TONE_FIELD] as { topFindings: { message: string }[] }).topFindings.map((f) => f.message);
    expect(messages.some((m) => m.includes('«подготовках»'))).toBe(true);
    expect(messages.some((m) => m.includes('«участвовал»'))).toBe(true);
    // Loaded now: the next Russian save is synchronous again.
    expect(call(ru).result).not.toBeInstanceOf(Promise);
  });
});
