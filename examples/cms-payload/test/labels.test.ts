/**
 * The plugin's fields and version summaries in the editor's language: every label and
 * description the plugin adds comes as `{ en, ru }` (Payload shows the admin panel's language),
 * and a Russian release's version summary is Russian, like the notes compose() writes for it.
 */
import { CHANNELS, compose, postLength, verifyMessage } from '@attache/audiences';
import type { Field } from 'payload';
import { describe, expect, it } from 'vitest';
import { toneField } from '../src/fields.js';
import { LABELS } from '../src/labels.js';
import { computeVersions, versionsFields } from '../src/versions.js';

/** Every label and admin description in a field tree. */
function texts(fields: readonly Field[]): { where: string; value: unknown }[] {
  const out: { where: string; value: unknown }[] = [];
  for (const f of fields) {
    const name = 'name' in f ? f.name : f.type;
    if ('label' in f && f.label !== undefined) out.push({ where: `${name}.label`, value: f.label });
    const admin = (f as { admin?: { description?: unknown } }).admin;
    if (admin?.description !== undefined) out.push({ where: `${name}.description`, value: admin.description });
    if ('fields' in f && Array.isArray(f.fields)) out.push(...texts(f.fields as Field[]));
  }
  return out;
}

describe('labels', () => {
  it('gives every field the plugin adds a label and description in English and Russian', () => {
    const all = [
      ...texts([toneField({ audience: true, storeReport: true })]),
      ...texts(versionsFields({ onRequest: true })),
      ...texts(versionsFields({ onRequest: false })),
    ];
    expect(all.length).toBeGreaterThan(30);
    for (const { where, value } of all) {
      expect(value, where).toEqual({ en: expect.any(String), ru: expect.any(String) });
      const { en, ru } = value as { en: string; ru: string };
      expect(ru, where).toMatch(/[а-яё]{3}/i);
      expect(ru, where).not.toBe(en);
    }
    expect(Object.keys(LABELS.ru).sort()).toEqual(Object.keys(LABELS.en).sort());
  });

  it('writes the summary of a Russian release’s versions in Russian and an English one’s in English', () => {
    const composer = { compose, channels: CHANNELS, postLength, verifyMessage };
    const settings = { channels: ['notice', 'x'] as const, format: 'text' as const, language: 'auto' };
    const now = new Date('2026-01-01T00:00:00Z');
    const ru = computeVersions(
      'Владимир Путин провёл телефонный разговор с Президентом Франции. Главы государств обсудили ситуацию на Ближнем Востоке. Встреча министров состоится 12 марта 2026 года.',
      { ...settings, channels: [...settings.channels] },
      composer,
      now,
    );
    for (const line of ru.summary.split('\n')) {
      expect(line).toMatch(/верификатор/);
      expect(line).not.toMatch(/\b(?:verifier|targets|part\(s\)|facts traced)\b/);
    }
    const en = computeVersions(
      'The Ministry opened a new school in Leeds today. It has 300 places. Classes start on 12 March 2026.',
      { ...settings, channels: [...settings.channels] },
      composer,
      now,
    );
    for (const line of en.summary.split('\n')) expect(line).toMatch(/verifier (passes|FAILS)/);
  });
});
