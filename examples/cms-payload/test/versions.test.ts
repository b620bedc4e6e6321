/**
 * Audience versions stored on the document, through Payload's Local API on SQLite: made when an
 * editor asks (the `regenerateVersions` checkbox, cleared by the save) or on every save; kept as
 * they were between regenerations and marked stale once the body changes; never writable
 * through the API; each one what `compose` writes, with every part within its channel's limit
 * and every fact's span pointing into the stored body.
 */
import { CHANNELS, compose, postLength } from '@attache/audiences';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  AttachePluginError,
  attachePlugin,
  bodyHash,
  REGENERATE_FIELD,
  VERSIONS_FIELD,
  type VersionsData,
} from '../src/index.js';
import { fixture, releases, startPayload, type Harness } from './payload-harness.js';

const STATEMENT = fixture('en_usdos_07.txt'); // U.S. Department of State, 2022-03-21
const GOVUK = fixture('en_govuk_02.txt'); // GOV.UK, 2014-05-08

let tick = 0;
const now = () => new Date(Date.UTC(2026, 2, 1, 9, 0, tick++));

let h: Harness;
beforeAll(async () => {
  h = await startPayload(
    [
      // On request: the X thread and the SMS; the release's address from the document as the brief's link.
      attachePlugin({
        collections: ['releases'],
        format: 'markdown',
        versions: {
          channels: ['x', 'sms'],
          brief: (doc) => (typeof doc['url'] === 'string' ? { link: doc['url'] } : undefined),
        },
        now,
      }),
      // On every save, the default channels.
      attachePlugin({ collections: ['news'], format: 'markdown', versions: { regenerate: 'every-save' }, now }),
    ],
    [
      { ...releases('releases'), fields: [...releases('releases').fields, { name: 'url', type: 'text' }] },
      releases('news'),
    ],
  );
});
afterAll(async () => {
  await h?.close();
});

type Doc = {
  id: number | string;
  title: string;
  body: string;
  url?: string;
  [REGENERATE_FIELD]?: boolean;
  [VERSIONS_FIELD]?: VersionsData | null;
};
const create = (collection: 'releases' | 'news', data: Record<string, unknown>) =>
  h.payload.create({
    collection,
    data: { title: 'Release', ...data },
    draft: true,
  }) as Promise<unknown> as Promise<Doc>;
const update = (id: Doc['id'], data: Record<string, unknown>) =>
  h.payload.update({ collection: 'releases', id, data, draft: true }) as Promise<unknown> as Promise<Doc>;
const read = (id: Doc['id']) =>
  h.payload.findByID({ collection: 'releases', id, draft: true }) as Promise<unknown> as Promise<Doc>;

/** Each stored version is compose's for that channel, within its limits, with facts traced into the body. */
function expectVersionsOf(stored: VersionsData, body: string, channels: string[], link?: string): void {
  expect(stored.items.map((v) => v.channel)).toEqual(channels);
  expect(stored.bodyHash).toBe(bodyHash(body));
  expect(stored.stale).toBe(false);
  for (const item of stored.items) {
    const channel = CHANNELS[item.channel];
    const v = compose(body, {
      audience: channel.audience,
      channel: item.channel,
      format: 'markdown',
      ...(link ? { brief: { link } } : {}),
    });
    expect(item.audience).toBe(channel.audience);
    expect(item.parts.map((p) => p.text)).toEqual(v.parts);
    expect(item.verification.ok).toBe(v.verification.ok);
    for (const p of item.parts) {
      expect(p.length).toBe(postLength(p.text, channel));
      if (channel.maxChars) {
        expect(p.limit).toBe(channel.maxChars);
        expect(p.length).toBeLessThanOrEqual(channel.maxChars);
      }
    }
    for (const f of item.facts) {
      if (f.source.in === 'release') expect(body.slice(f.source.start, f.source.end)).toBe(f.source.text);
    }
    expect(stored.summary).toContain(`${item.audience} · ${item.channel}:`);
  }
}

describe('versions on request', () => {
  let doc: Doc;
  const url = 'https://www.state.gov/promoting-accountability-for-transnational-repression/';

  test('a save without asking stores no versions', async () => {
    doc = await create('releases', { body: STATEMENT, url });
    expect(doc[VERSIONS_FIELD]?.items ?? null).toBeNull();
    expect(doc[REGENERATE_FIELD]).toBe(false);
  });

  test('ticking "regenerate" and saving stores compose’s versions and clears the box', async () => {
    doc = await update(doc.id, { [REGENERATE_FIELD]: true });
    const stored = doc[VERSIONS_FIELD]!;
    expectVersionsOf(stored, STATEMENT, ['x', 'sms'], url);
    expect(doc[REGENERATE_FIELD]).toBe(false);
    // The X thread (as many posts as compose wrote, checked above): the last ends with the brief's link.
    const x = stored.items[0]!;
    expect(x.parts.at(-1)!.text).toContain(url);
    expect(stored.computedAt).toMatch(/^2026-03-01T09:00:\d\d\.000Z$/);
    // What was stored is what is read back.
    expect((await read(doc.id))[VERSIONS_FIELD]).toEqual(stored);
  });

  test('a save that changes only the title keeps the versions as they were', async () => {
    const before = doc[VERSIONS_FIELD]!;
    doc = await update(doc.id, { title: 'Transnational repression: visa restrictions' });
    expect(doc[VERSIONS_FIELD]).toEqual(before);
  });

  test('a new body keeps the versions but marks them stale, until they are regenerated', async () => {
    const before = doc[VERSIONS_FIELD]!;
    doc = await update(doc.id, { body: GOVUK });
    expect(doc[VERSIONS_FIELD]!.computedAt).toBe(before.computedAt);
    expect(doc[VERSIONS_FIELD]!.items).toEqual(before.items);
    expect(doc[VERSIONS_FIELD]!.stale).toBe(true);
    doc = await update(doc.id, { [REGENERATE_FIELD]: true });
    expectVersionsOf(doc[VERSIONS_FIELD]!, GOVUK, ['x', 'sms'], url);
    expect(doc[VERSIONS_FIELD]!.computedAt).not.toBe(before.computedAt);
  });

  test('versions sent through the API are refused: the stored ones stay', async () => {
    const before = doc[VERSIONS_FIELD]!;
    const forged = { ...before, summary: 'forged', items: [], stale: false };
    doc = await update(doc.id, { [VERSIONS_FIELD]: forged });
    expect(doc[VERSIONS_FIELD]).toEqual(before);
    const created = await create('releases', { body: STATEMENT, [VERSIONS_FIELD]: forged });
    expect(created[VERSIONS_FIELD]?.items ?? null).toBeNull();
  });
});

describe('versions on every save', () => {
  test('every save composes the default channels (X thread, rural notice, plain version)', async () => {
    const doc = await create('news', { body: STATEMENT });
    expectVersionsOf(doc[VERSIONS_FIELD]!, STATEMENT, ['x', 'notice', 'plain']);
    const plain = doc[VERSIONS_FIELD]!.items[2]!;
    expect(Array.isArray(plain.glossary)).toBe(true);
    const next = (await h.payload.update({
      collection: 'news',
      id: doc.id,
      data: { body: GOVUK },
      draft: true,
    })) as unknown as Doc;
    expectVersionsOf(next[VERSIONS_FIELD]!, GOVUK, ['x', 'notice', 'plain']);
  });

  test('the group is read-only in the sidebar; the checkbox exists only on request', () => {
    const fields = (slug: string) => h.payload.collections[slug]!.config.fields;
    const group = fields('releases').find((f) => 'name' in f && f.name === VERSIONS_FIELD)!;
    expect(group.admin).toMatchObject({ readOnly: true, position: 'sidebar' });
    expect(fields('releases').some((f) => 'name' in f && f.name === REGENERATE_FIELD)).toBe(true);
    expect(fields('news').some((f) => 'name' in f && f.name === REGENERATE_FIELD)).toBe(false);
  });
});

describe('versions options', () => {
  test('an unknown channel, an empty list or an unknown key is refused when the config is built', () => {
    expect(() => attachePlugin({ collections: ['releases'], versions: { channels: ['tiktok' as 'x'] } })).toThrow(
      AttachePluginError,
    );
    expect(() => attachePlugin({ collections: ['releases'], versions: { channels: [] } })).toThrow(
      /at least one channel/,
    );
    expect(() =>
      attachePlugin({ collections: ['releases'], versions: { regenerate: 'always' as 'every-save' } }),
    ).toThrow(/versions\.regenerate/);
    expect(() => attachePlugin({ collections: ['releases'], versions: { colour: 1 } as never })).toThrow(
      /Unrecognized key/,
    );
  });
});
