/* oxlint-disable no-underscore-dangle -- Payload names the draft status of a document `_status`. */
/**
 * Block mode, through Payload's Local API on SQLite: drafts are always saved with their tone,
 * publishing a release that misses its targets is refused with the problems in words, a plain
 * release is published, and every save recomputes the tone.
 */
import { analyze, evaluate, type Targets } from '@attache/core';
import { ValidationError } from 'payload';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attachePlugin, describeTarget, type ToneData } from '../src/index.js';
import { fixture, startPayload, type Harness } from './payload-harness.js';

const TARGETS: Targets = { maxGrade: 9, maxFormality: 60, maxAverageSentenceWords: 20, maxWarnings: 3 };
const OFFICIALESE = fixture('en_usdos_07.txt'); // U.S. Department of State, 2022-03-21
const PLAIN = fixture('plain-library-hours.md.txt');

// A clock that moves one second per save, so "computedAt changed" never depends on timing.
let tick = 0;
const now = () => new Date(Date.UTC(2026, 2, 1, 9, 0, tick++));

let h: Harness;
beforeAll(async () => {
  h = await startPayload([
    attachePlugin({
      collections: ['releases'],
      field: 'body',
      format: 'markdown',
      mode: 'block',
      targets: TARGETS,
      now,
    }),
  ]);
});
afterAll(async () => {
  await h?.close();
});

type Doc = { id: number | string; title: string; body: string; _status?: string; tone: ToneData };
const create = (data: Record<string, unknown>, draft: boolean) =>
  h.payload.create({
    collection: 'releases',
    data: { title: 'Release', ...data },
    draft,
  }) as Promise<unknown> as Promise<Doc>;
const update = (id: Doc['id'], data: Record<string, unknown>, draft = false) =>
  h.payload.update({ collection: 'releases', id, data, draft }) as Promise<unknown> as Promise<Doc>;
const read = (id: Doc['id'], draft: boolean) =>
  h.payload.findByID({ collection: 'releases', id, draft }) as Promise<unknown> as Promise<Doc>;
const refusal = async (p: Promise<unknown>): Promise<string> => {
  const err: unknown = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ValidationError);
  const data = (err as ValidationError).data as { errors: { message: string; path: string }[] };
  expect(data.errors).toHaveLength(1);
  expect(data.errors[0]!.path).toBe('body');
  return data.errors[0]!.message;
};

describe('block mode', () => {
  let draft: Doc;

  test('a draft of an officialese release is saved with its tone filled in', async () => {
    draft = await create({ body: OFFICIALESE }, true);
    expect(draft._status).toBe('draft');
    expect(draft.body).toBe(OFFICIALESE);

    // The tone is what core says about the same text, with the same policy function.
    const report = analyze(OFFICIALESE, { format: 'markdown' });
    const policy = evaluate(report, TARGETS);
    const t = draft.tone;
    expect(t.language).toBe('en');
    expect(t.format).toBe('markdown');
    expect(t.mode).toBe('block');
    expect(t.words).toBe(report.counts.words);
    expect(t.grade).toBeCloseTo(report.readability.grade!, 1);
    expect(t.readingAge).toBeCloseTo(report.readability.readingAge!, 1);
    expect(t.formality).toBeCloseTo(report.formality.score!, 1);
    expect(t.grade!).toBeGreaterThan(9);
    expect(t.findings.errors + t.findings.warnings + t.findings.suggestions).toBe(report.findings.length);
    expect(t.findings.warnings).toBeGreaterThan(3);
    expect(t.targetsMet).toBe(false);
    expect(t.targets.map((x) => [x.target, x.limit, x.actual, x.met])).toEqual(
      policy.results.map((r) => [r.id, r.limit, r.actual, r.met]),
    );
    expect(t.warnings).toEqual(policy.failed.map((r) => describeTarget(r, 'en')));
    // The summary an editor reads in the sidebar.
    const summary = t.summary.split('\n');
    expect(summary[0]).toMatch(
      /^Formality [\d.]+ out of 100 \(formal\); reading grade [\d.]+ \(reading age [\d.]+\)\.$/,
    );
    expect(summary[1]).toBe(
      `Findings: ${t.findings.errors} errors, ${t.findings.warnings} warnings, ${t.findings.suggestions} suggestions.`,
    );
    expect(summary[2]).toBe('Misses 4 of 4 targets:');
    expect(summary.slice(3, 7)).toEqual(t.warnings.map((w) => `• ${w}`));
    expect(summary[7]).toBe('Top problems in the text:');
    // the five that matter most, or all of them when the release has fewer
    const top = Math.min(5, t.findings.errors + t.findings.warnings + t.findings.suggestions);
    expect(top).toBeGreaterThanOrEqual(4);
    expect(summary).toHaveLength(8 + top);
    expect(t.computedAt).toBe('2026-03-01T09:00:00.000Z');

    // Top findings: the five that matter most, with offsets into the stored body.
    expect(t.topFindings).toHaveLength(top);
    for (const f of t.topFindings) {
      expect(OFFICIALESE.slice(f.start, f.end).startsWith(f.text.replace(/…$/, ''))).toBe(true);
      expect(
        OFFICIALESE.split('\n')
          .slice(0, f.line - 1)
          .join('\n').length +
          (f.line > 1 ? 1 : 0) +
          f.column -
          1,
      ).toBe(f.start);
      expect(['error', 'warning', 'suggestion']).toContain(f.severity);
      expect(f.ruleId).toMatch(/^[a-z-]+$/);
    }
    // more than one kind of problem: the ranking spreads over the rules
    expect(new Set(t.topFindings.map((f) => f.ruleId)).size).toBeGreaterThanOrEqual(3);
  });

  test('publishing it is refused with a message listing figures, limits and top findings; the draft stays intact', async () => {
    const message = await refusal(update(draft.id, { _status: 'published' }));
    const lines = message.split('\n');
    expect(lines[0]).toBe('This release cannot be published yet: it misses all 4 of its targets.');
    expect(message).toMatch(/• Reading grade is [\d.]+; the limit is 9\./);
    expect(message).toMatch(/• Formality is [\d.]+ out of 100; the limit is 60\./);
    expect(message).toMatch(/• Sentences average [\d.]+ words; the limit is 20\./);
    expect(message).toMatch(/• The style check found \d+ warnings; at most 3 are allowed\./);
    expect(lines).toContain('Top problems in the text:');
    const findingLines = lines.slice(lines.indexOf('Top problems in the text:') + 1, -1);
    expect(findingLines).toHaveLength(draft.tone.topFindings.length);
    expect(findingLines.length).toBeGreaterThanOrEqual(4);
    for (const [i, f] of draft.tone.topFindings.entries()) {
      expect(findingLines[i]).toContain(`Line ${f.line}: “`);
      expect(findingLines[i]).toContain(`— ${f.message} (${f.ruleId})`);
    }
    expect(lines.at(-1)).toBe('The draft is kept as it was. Fix these and publish again.');

    const after = await read(draft.id, true);
    expect(after._status).toBe('draft');
    expect(after.body).toBe(OFFICIALESE);
    expect(after.tone.computedAt).toBe(draft.tone.computedAt);
    const published = await h.payload.find({ collection: 'releases', where: { _status: { equals: 'published' } } });
    expect(published.totalDocs).toBe(0);
  });

  test('creating it straight as published is refused, and nothing is stored', async () => {
    const before = await h.payload.count({ collection: 'releases' });
    const message = await refusal(create({ body: OFFICIALESE, _status: 'published' }, false));
    expect(message).toMatch(/^This release cannot be published yet/);
    expect(await h.payload.count({ collection: 'releases' })).toEqual(before);
  });

  let plain: Doc;
  test('a plain release is published', async () => {
    const saved = await create({ body: PLAIN }, true);
    expect(saved.tone.targetsMet).toBe(true);
    plain = await update(saved.id, { _status: 'published' });
    expect(plain._status).toBe('published');
    expect(plain.tone.targetsMet).toBe(true);
    expect(plain.tone.warnings).toEqual([]);
    expect(plain.tone.targets.every((t) => t.met)).toBe(true);
    expect(plain.tone.summary.split('\n')[2]).toBe('All 4 targets met.');
    expect(plain.tone.grade!).toBeLessThanOrEqual(9);
    expect((await read(plain.id, false)).body).toBe(PLAIN);
  });

  test('an update recomputes the tone; once fixed, the release publishes', async () => {
    const before = await read(draft.id, true);
    const rewritten = await update(draft.id, { body: PLAIN }, true);
    expect(rewritten._status).toBe('draft');
    expect(Date.parse(rewritten.tone.computedAt)).toBeGreaterThan(Date.parse(before.tone.computedAt));
    expect(rewritten.tone.grade!).toBeLessThan(before.tone.grade!);
    expect(rewritten.tone.formality!).toBeLessThan(before.tone.formality!);
    expect(rewritten.tone.words).not.toBe(before.tone.words);
    expect(rewritten.tone.targetsMet).toBe(true);
    expect(rewritten.tone.warnings).toEqual([]);

    // A title-only save still recomputes (the body comes from the stored document).
    const retitled = await update(draft.id, { title: 'Longer library hours' }, true);
    expect(Date.parse(retitled.tone.computedAt)).toBeGreaterThan(Date.parse(rewritten.tone.computedAt));
    expect(retitled.tone.words).toBe(rewritten.tone.words);

    const published = await update(draft.id, { _status: 'published' });
    expect(published._status).toBe('published');
    // What was checked is what went live: the latest draft's text.
    expect((await read(draft.id, false)).body).toBe(PLAIN);
    expect(published.tone.targetsMet).toBe(true);
  });

  test('editing a published release into officialese: publishing the edit is refused, saving it as a draft works, the live text stays', async () => {
    await refusal(update(plain.id, { body: OFFICIALESE }));
    expect((await read(plain.id, false)).body).toBe(PLAIN);

    const drafted = await update(plain.id, { body: OFFICIALESE }, true);
    expect(drafted._status).toBe('draft');
    expect(drafted.tone.targetsMet).toBe(false);
    expect(drafted.tone.warnings.length).toBe(4);
    const live = await read(plain.id, false);
    expect(live.body).toBe(PLAIN);
    expect(live._status).toBe('published');
    expect((await read(plain.id, true)).body).toBe(OFFICIALESE);
  });

  test('the tone cannot be written by the client: the hook overwrites it', async () => {
    const forged = await create({ body: OFFICIALESE, tone: { grade: 1, targetsMet: true, warnings: [] } }, true);
    expect(forged.tone.grade!).toBeGreaterThan(9);
    expect(forged.tone.targetsMet).toBe(false);
  });

  test('an empty body is saved as a draft and scored as too short', async () => {
    const empty = await create({ body: ' ' }, true);
    expect(empty.tone.words).toBe(0);
    expect(empty.tone.tooShort).toBe(true);
    // Nothing measurable misses a target (core's rule: unknown counts as met).
    expect(empty.tone.targets.filter((t) => t.actual === null).every((t) => t.met)).toBe(true);
  });
});
