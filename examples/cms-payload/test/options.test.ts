/**
 * Options and configuration mistakes fail when Payload builds its config, with the key and what
 * to do; nothing here starts a database.
 */
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import { buildConfig, type CollectionConfig } from 'payload';
import { describe, expect, test } from 'vitest';
import { AttachePluginError, attachePlugin, parseOptions, type AttachePluginOptions } from '../src/index.js';
import { releases } from './payload-harness.js';

const fails = (options: unknown) => {
  try {
    attachePlugin(options as AttachePluginOptions);
  } catch (e) {
    expect(e).toBeInstanceOf(AttachePluginError);
    return (e as Error).message;
  }
  throw new Error('expected attachePlugin to throw');
};

const build = (collections: CollectionConfig[], options: AttachePluginOptions) =>
  buildConfig({
    secret: 'test',
    telemetry: false,
    collections,
    plugins: [attachePlugin(options)],
    db: sqliteAdapter({ client: { url: 'file::memory:' } }),
    typescript: { autoGenerate: false },
  });

describe('options', () => {
  test('defaults', () => {
    const o = parseOptions({ collections: ['releases'] });
    expect(o).toMatchObject({
      field: 'body',
      format: 'text',
      language: 'auto',
      locale: 'en',
      mode: 'warn',
      topFindings: 5,
      storeReport: false,
    });
    expect(o.audience).toBeUndefined();
    expect(o.targets).toBeUndefined();
  });

  test('each bad key is named, with what was expected', () => {
    const message = fails({
      collections: ['releases'],
      mode: 'strict',
      format: 'docx',
      targets: { maxGrade: 'nine' },
      audience: 'kids',
    });
    expect(message).toMatch(/^attachePlugin: invalid options\n/);
    expect(message).toContain('"mode": ');
    expect(message).toMatch(/"mode": .*"warn".*"block"/);
    expect(message).toContain('"format": ');
    expect(message).toContain('"targets.maxGrade": ');
    expect(message).toMatch(/"audience": .*"youth"/);
  });

  test('unknown keys (typos) and missing collections are refused', () => {
    expect(fails({ collections: ['releases'], colour: 'red' })).toMatch(/colour/);
    expect(fails({ collections: [] })).toMatch(/"collections": name at least one collection/);
    expect(fails({})).toMatch(/"collections"/);
    expect(fails({ collections: ['releases'], targets: { maxGrde: 9 } })).toMatch(/maxGrde/);
    expect(fails({ collections: ['releases'], toText: 'html' })).toMatch(/"toText": toText must be a function/);
  });

  test('block mode without targets or an audience has nothing to block on', () => {
    expect(fails({ collections: ['releases'], mode: 'block' })).toMatch(/block mode needs targets/);
    expect(() => attachePlugin({ collections: ['releases'], mode: 'block', audience: 'rural' })).not.toThrow();
  });
});

describe('configuration, checked when Payload builds its config', () => {
  test('a collection that does not exist', async () => {
    await expect(build([releases()], { collections: ['news'] })).rejects.toThrow(
      'attachePlugin: no collection "news" in the Payload config (collections: releases).',
    );
  });

  test('a body field that does not exist names the fields there are', async () => {
    await expect(build([releases()], { collections: ['releases'], field: 'content' })).rejects.toThrow(
      /collection "releases" has no field "content" \(its fields: title, body\)/,
    );
  });

  test('a body that is not text needs toText', async () => {
    const c: CollectionConfig = { slug: 'briefs', fields: [{ name: 'body', type: 'json' }] };
    await expect(build([c], { collections: ['briefs'] })).rejects.toThrow(
      /field "body" is a json field, not text.*toText/,
    );
    await expect(build([c], { collections: ['briefs'], toText: (v) => JSON.stringify(v) })).resolves.toBeTruthy();
  });

  test('block mode needs drafts', async () => {
    const c: CollectionConfig = { slug: 'news', fields: [{ name: 'body', type: 'textarea' }] };
    await expect(build([c], { collections: ['news'], mode: 'block', targets: { maxGrade: 9 } })).rejects.toThrow(
      /block mode refuses to publish, so drafts must exist.*versions: \{ drafts: true \}/,
    );
  });

  test('a collection that already has a tone field', async () => {
    const c = releases();
    c.fields.push({ name: 'tone', type: 'text' });
    await expect(build([c], { collections: ['releases'] })).rejects.toThrow(/already has a field named "tone"/);
  });

  test('the body may sit in a row, a collapsible or an unnamed tab', async () => {
    const c: CollectionConfig = {
      slug: 'releases',
      fields: [
        {
          type: 'tabs',
          tabs: [{ label: 'Text', fields: [{ type: 'row', fields: [{ name: 'body', type: 'textarea' }] }] }],
        },
      ],
    };
    const config = await build([c], { collections: ['releases'] });
    const fields = config.collections.find((x) => x.slug === 'releases')!.fields;
    expect(fields.some((f) => 'name' in f && f.name === 'tone')).toBe(true);
  });

  test('the tone group is read-only and in the sidebar; other collections are left alone', async () => {
    const other: CollectionConfig = { slug: 'pages', fields: [{ name: 'body', type: 'textarea' }] };
    const config = await build([releases(), other], { collections: ['releases'], audience: 'youth' });
    const tone = config.collections
      .find((x) => x.slug === 'releases')!
      .fields.find((f) => 'name' in f && f.name === 'tone');
    expect(tone).toMatchObject({ type: 'group', admin: { readOnly: true, position: 'sidebar' } });
    const names = (tone as { fields: { name?: string }[] }).fields.map((f) => f.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'computedAt',
        'formality',
        'grade',
        'readingAge',
        'findings',
        'topFindings',
        'warnings',
        'audience',
      ]),
    );
    expect(names).not.toContain('report');
    const pages = config.collections.find((x) => x.slug === 'pages')!;
    expect(pages.fields.some((f) => 'name' in f && f.name === 'tone')).toBe(false);
    expect(pages.hooks?.beforeChange ?? []).toHaveLength(0);
  });
});
