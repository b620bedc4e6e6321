/* oxlint-disable no-underscore-dangle -- Payload names the draft status of a document `_status`. */
/**
 * Warn mode with an audience on HTML bodies, a Russian collection in block mode beside it (two
 * plugin instances in one config), and a JSON body read through `toText`.
 */
import { readFileSync } from 'node:fs';
import { analyze, evaluate } from '@attache/core';
import { audiences } from '@attache/audiences';
import { ValidationError, type CollectionConfig } from 'payload';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attachePlugin, type ToneData } from '../src/index.js';
import { fixture, releases, startPayload, type Harness } from './payload-harness.js';

const toHtml = (text: string) =>
  text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`)
    .join('\n');
const OFFICIALESE_HTML = toHtml(fixture('en_usdos_07.txt'));
const PLAIN_HTML = fixture('plain-library-hours.html.txt');
// The sample holds the release text only (its provenance is in examples/samples/README.md).
const RU = readFileSync(new URL('../../samples/kremlin-ru-2025.txt', import.meta.url), 'utf8');

// Warn mode needs no drafts: a collection without versions.
const news: CollectionConfig = {
  slug: 'news',
  fields: [
    { name: 'title', type: 'text' },
    { name: 'body', type: 'code', admin: { language: 'html' } },
  ],
};
// A body stored as JSON (say, an editor's document with its HTML beside it).
const briefs: CollectionConfig = {
  slug: 'briefs',
  fields: [{ name: 'content', type: 'json' }],
};

let h: Harness;
beforeAll(async () => {
  h = await startPayload(
    [
      attachePlugin({
        collections: ['news'],
        format: 'html',
        mode: 'warn',
        audience: 'foreign',
        targets: { maxGrade: 12 },
      }),
      attachePlugin({
        collections: ['novosti'],
        locale: 'ru',
        mode: 'block',
        targets: { maxGrade: 10, maxFormality: 70 },
        topFindings: 3,
      }),
      attachePlugin({
        collections: ['briefs'],
        field: 'content',
        format: 'html',
        toText: (v) => String((v as { html?: unknown }).html ?? ''),
        storeReport: true,
      }),
    ],
    [news, releases('novosti'), briefs],
  );
});
afterAll(async () => {
  await h?.close();
});

type Doc = { id: number | string; body: string; _status?: string; tone: ToneData };

describe('warn mode, foreign audience, HTML', () => {
  test('an officialese release is saved, with the missed targets recorded as warnings', async () => {
    const doc = (await h.payload.create({
      collection: 'news',
      data: { title: 'PRC', body: OFFICIALESE_HTML },
    })) as unknown as Doc;
    expect(doc.body).toBe(OFFICIALESE_HTML);
    const t = doc.tone;
    expect(t.mode).toBe('warn');
    expect(t.format).toBe('html');
    expect(t.targetsMet).toBe(false);

    // The audience's targets, with the explicit maxGrade winning: the same merge as the CLI,
    // checked by the same function.
    const targets = { ...audiences.foreign.targets, maxGrade: 12 };
    const report = analyze(OFFICIALESE_HTML, { format: 'html' });
    const policy = evaluate(report, targets);
    expect(t.targets.map((x) => [x.target, x.limit, x.actual, x.met])).toEqual(
      policy.results.map((r) => [r.id, r.limit, r.actual, r.met]),
    );
    expect(t.targets.find((x) => x.target === 'maxGrade')?.limit).toBe(12);
    expect(t.targets.find((x) => x.target === 'maxEflaw')?.limit).toBe(audiences.foreign.targets.maxEflaw);
    // Where the limits agree, so does the audience package's own check.
    const own = audiences.foreign.evaluate(report);
    for (const result of own.results.filter((r) => r.id !== 'maxGrade')) {
      expect(t.targets.find((x) => x.target === result.id)?.met).toBe(result.met);
    }

    expect(t.warnings.length).toBe(policy.failed.length);
    expect(t.warnings.some((w) => /McAlpine EFLAW\) is [\d.]+; the limit is 25\./.test(w))).toBe(true);

    // Offsets point into the stored HTML, at prose, never at markup.
    for (const f of t.topFindings) {
      expect(OFFICIALESE_HTML.slice(f.start, f.end).startsWith(f.text.replace(/…$/, ''))).toBe(true);
      expect(f.text).not.toMatch(/<\/?p>/);
    }

    // The checklist summary is the audience package's own checklist, counted.
    const items = audiences.foreign.checklist(report, OFFICIALESE_HTML);
    expect(t.audience).toEqual({
      name: 'foreign',
      pass: items.filter((i) => i.status === 'pass').length,
      fail: items.filter((i) => i.status === 'fail').length,
      manual: items.filter((i) => i.status === 'manual').length,
      failedItems: items.filter((i) => i.status === 'fail').map((i) => i.label),
    });
    expect(t.audience!.fail).toBeGreaterThan(0);
    expect(t.summary).toContain(
      `Checklist for foreign readers: ${t.audience!.pass} pass, ${t.audience!.fail} fail, ${t.audience!.manual} to check by hand.`,
    );
  });

  test('a plain HTML release is saved with no warnings', async () => {
    const doc = (await h.payload.create({
      collection: 'news',
      data: { title: 'Library', body: PLAIN_HTML },
    })) as unknown as Doc;
    expect(doc.tone.targetsMet).toBe(true);
    expect(doc.tone.warnings).toEqual([]);
    expect(doc.tone.grade!).toBeLessThan(8);
    expect(doc.tone.words).toBe(analyze(PLAIN_HTML, { format: 'html' }).counts.words);
  });

  test('an update in warn mode recomputes the tone and keeps saving', async () => {
    const doc = (await h.payload.create({
      collection: 'news',
      data: { title: 'Library', body: PLAIN_HTML },
    })) as unknown as Doc;
    const updated = (await h.payload.update({
      collection: 'news',
      id: doc.id,
      data: { body: OFFICIALESE_HTML },
    })) as unknown as Doc;
    expect(updated.body).toBe(OFFICIALESE_HTML);
    expect(updated.tone.targetsMet).toBe(false);
    expect(updated.tone.grade!).toBeGreaterThan(doc.tone.grade!);
    expect(updated.tone.warnings.length).toBeGreaterThan(0);
  });
});

describe('a Russian collection in block mode beside it', () => {
  test('the draft is saved with Russian figures and messages; publishing is refused in Russian', async () => {
    const draft = (await h.payload.create({
      collection: 'novosti',
      data: { title: 'Разговор', body: RU },
      draft: true,
    })) as unknown as Doc;
    expect(draft._status).toBe('draft');
    expect(draft.tone.language).toBe('ru');
    expect(draft.tone.targetsMet).toBe(false);
    expect(draft.tone.warnings.join('\n')).toMatch(/Официальность — [\d,]+ из 100; предел — 70\./);
    expect(draft.tone.topFindings.length).toBeLessThanOrEqual(3);
    expect(draft.tone.summary).toMatch(
      /^Официальность [\d,]+ из 100 \([а-я ]+\); уровень сложности [\d,]+ \(возраст чтения [\d,]+\)/,
    );
    expect(draft.tone.summary).toContain('Не выполнено целей — ');
    expect(draft.tone).not.toHaveProperty('audience');

    const err: unknown = await h.payload
      .update({ collection: 'novosti', id: draft.id, data: { _status: 'published' } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    const message = ((err as ValidationError).data as { errors: { message: string }[] }).errors[0]!.message;
    expect(message).toMatch(/^Этот релиз пока нельзя опубликовать: не выполнено целей — \d из 2\./);
    expect(message).toContain('Главные замечания к тексту:');
    expect(message).toMatch(/• Строка 1: “/);
    expect(message.split('\n').at(-1)).toBe('Черновик сохранён без изменений. Исправьте это и опубликуйте снова.');
    const kept = (await h.payload.findByID({ collection: 'novosti', id: draft.id, draft: true })) as unknown as Doc;
    expect(kept._status).toBe('draft');
    expect(kept.body).toBe(RU);
  });

  test('the other instances do not touch this collection, and this one not theirs', async () => {
    const doc = (await h.payload.create({
      collection: 'news',
      data: { title: 'x', body: PLAIN_HTML },
    })) as unknown as Doc;
    expect(doc.tone.mode).toBe('warn');
    expect(doc.tone.language).toBe('en');
  });
});

describe('a JSON body through toText', () => {
  test('the text toText returns is analysed, and the full report is stored when asked', async () => {
    const doc = (await h.payload.create({
      collection: 'briefs',
      data: { content: { html: PLAIN_HTML, blocks: [] } },
    })) as unknown as {
      tone: ToneData;
    };
    expect(doc.tone.format).toBe('html');
    expect(doc.tone.words).toBe(analyze(PLAIN_HTML, { format: 'html' }).counts.words);
    // No targets and no audience: nothing to meet or miss.
    expect(doc.tone.targetsMet).toBeNull();
    expect(doc.tone.targets).toEqual([]);
    expect(doc.tone.summary).not.toMatch(/targets/);
    expect(doc.tone.report?.length).toBe(PLAIN_HTML.length);
    expect(doc.tone.report?.findings.length).toBe(
      doc.tone.findings.errors + doc.tone.findings.warnings + doc.tone.findings.suggestions,
    );
  });
});
