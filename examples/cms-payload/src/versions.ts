/**
 * Audience versions on the document: `compose` (from `@attache/audiences`) for each configured
 * channel, stored in a read-only `audienceVersions` group. They are made when an editor asks
 * (the `regenerateVersions` checkbox, cleared after the save) or on every save
 * (`regenerate: 'every-save'`); between regenerations the stored versions stay as they were
 * and are marked `stale` once the body no longer is the text they were made from.
 */
import { createHash } from 'node:crypto';
import type { Brief, Channel, ChannelId, ComposeOptions, TracedFact, VerifyFinding, Version } from '@attache/audiences';
import type { Field, FieldAccess } from 'payload';
import { label } from './labels.js';

export const VERSIONS_FIELD = 'audienceVersions';
export const REGENERATE_FIELD = 'regenerateVersions';

/** Every channel `compose` writes for, by audience. */
export const CHANNEL_IDS = [
  'x',
  'bluesky',
  'telegram',
  'telegram-caption',
  'instagram',
  'notice',
  'sms',
  'radio',
  'plain',
] as const satisfies readonly ChannelId[];

/** The audiences' default channels: a thread for X, a plain notice, a plain version for translation. */
export const DEFAULT_CHANNELS: ChannelId[] = ['x', 'notice', 'plain'];

export interface StoredPart {
  text: string;
  /** Length as the channel counts it (graphemes, a link as 23 on X), or words for a radio script. */
  length: number;
  unit: 'characters' | 'words';
  limit: number | null;
  within: boolean;
}

export interface StoredVersion {
  audience: string;
  channel: ChannelId;
  language: 'en' | 'ru';
  parts: StoredPart[];
  text: string;
  /** Facts of the version with their spans in the stored body (UTF-16 offsets). */
  facts: TracedFact[];
  targets: { id: string; value: number; max: number; met: boolean }[];
  verification: {
    ok: boolean;
    counts: Record<string, number>;
    findings: { rule: string; message: string; text: string }[];
  };
  notes: string[];
  glossary?: { term: string; kind: string; definition?: string }[];
  translatorNotes?: string[];
}

/** What the `audienceVersions` group of a document holds. */
export interface VersionsData {
  computedAt: string;
  /** True when the body has changed since the versions were made. */
  stale: boolean;
  /** SHA-256 (first 16 hex digits) of the body the versions were made from. */
  bodyHash: string;
  summary: string;
  items: StoredVersion[];
}

export interface Composer {
  compose: (input: string, options: ComposeOptions) => Version;
  channels: Record<ChannelId, Channel>;
  postLength: (text: string, channel: Channel) => number;
  /** A verifier finding's message in a language (the version's, as its notes). */
  verifyMessage: (f: VerifyFinding, locale: 'en' | 'ru') => string;
}

export async function loadComposer(): Promise<Composer> {
  const { compose, CHANNELS, postLength, verifyMessage } = await import('@attache/audiences');
  return { compose, channels: CHANNELS, postLength, verifyMessage };
}

export const bodyHash = (body: string): string => createHash('sha256').update(body).digest('hex').slice(0, 16);

function part(text: string, channel: Channel, composer: Composer): StoredPart {
  if (channel.maxWords) {
    const length = text.split(/\s+/).filter(Boolean).length;
    return { text, length, unit: 'words', limit: channel.maxWords, within: length <= channel.maxWords };
  }
  const length = composer.postLength(text, channel);
  const limit = channel.maxChars ?? null;
  return { text, length, unit: 'characters', limit, within: limit === null || length <= limit };
}

/** One line per version, in the version's language (as its notes from compose). */
export function summaryLine(v: StoredVersion): string {
  const counts = v.parts.map((p) => (p.limit === null ? `${p.length}` : `${p.length}/${p.limit}`)).join(', ');
  const met = v.targets.filter((t) => t.met).length;
  if (v.language === 'ru') {
    const verdict = v.verification.ok
      ? `верификатор подтвердил (прослежено фактов: ${v.facts.length})`
      : `верификатор НЕ подтвердил (проблем: ${v.verification.findings.length}) — не публикуйте в таком виде`;
    const parts = v.parts.length === 0 ? 'текста нет' : `частей: ${v.parts.length} (${counts})`;
    return `${v.audience} · ${v.channel}: ${parts}; целей достигнуто: ${met} из ${v.targets.length}; ${verdict}.`;
  }
  const verdict = v.verification.ok
    ? `verifier passes (${v.facts.length} facts traced)`
    : `verifier FAILS (${v.verification.findings.length} problems): do not publish as it is`;
  const parts = v.parts.length === 0 ? 'no text' : `${v.parts.length} part(s): ${counts}`;
  return `${v.audience} · ${v.channel}: ${parts}; targets ${met} of ${v.targets.length}; ${verdict}.`;
}

export interface VersionSettings {
  channels: ChannelId[];
  format: 'text' | 'markdown' | 'html';
  language: string;
}

/** The versions of a body for each channel, as the document stores them. */
export function computeVersions(
  body: string,
  settings: VersionSettings,
  composer: Composer,
  now: Date,
  brief?: Brief,
): VersionsData {
  const language = settings.language === 'en' || settings.language === 'ru' ? settings.language : 'auto';
  const items = settings.channels.map((id): StoredVersion => {
    const channel = composer.channels[id];
    const v = composer.compose(body, {
      audience: channel.audience,
      channel: id,
      format: settings.format,
      language,
      ...(brief ? { brief } : {}),
    });
    return {
      audience: v.audience,
      channel: id,
      language: v.language,
      parts: v.parts.map((p) => part(p, channel, composer)),
      text: v.text,
      facts: v.facts,
      targets: v.targets.map((t) => ({ id: t.id, value: t.value, max: t.max, met: t.met })),
      verification: {
        ok: v.verification.ok,
        counts: { ...v.verification.counts },
        findings: v.verification.findings.map((f) => ({
          rule: f.rule,
          message: composer.verifyMessage(f, v.language),
          text: f.text,
        })),
      },
      notes: v.notes,
      ...(v.glossary
        ? {
            glossary: v.glossary.map((g) => ({
              term: g.term,
              kind: g.kind,
              ...(g.definition ? { definition: g.definition } : {}),
            })),
          }
        : {}),
      ...(v.translatorNotes ? { translatorNotes: v.translatorNotes } : {}),
    };
  });
  return {
    computedAt: now.toISOString(),
    stale: false,
    bodyHash: bodyHash(body),
    summary: items.map(summaryLine).join('\n'),
    items,
  };
}

const never: FieldAccess = () => false;

/** The read-only group that holds the versions, and (on request) the checkbox that asks for them. */
export function versionsFields(opts: { onRequest: boolean }): Field[] {
  const group: Field = {
    name: VERSIONS_FIELD,
    label: label('versions'),
    type: 'group',
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: label(opts.onRequest ? 'versionsOnRequest' : 'versionsOnSave'),
    },
    access: { create: never, update: never },
    fields: [
      {
        name: 'computedAt',
        label: label('composedAt'),
        type: 'date',
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'stale',
        label: label('stale'),
        type: 'checkbox',
      },
      { name: 'bodyHash', label: label('bodyHash'), type: 'text', admin: { hidden: true } },
      {
        name: 'summary',
        label: label('summary'),
        type: 'textarea',
        admin: { description: label('versionsSummaryDescription') },
      },
      // One JSON column (as the tone's lists): rows per post would multiply the document's tables.
      {
        name: 'items',
        label: label('versionItems'),
        type: 'json',
      },
    ],
  };
  if (!opts.onRequest) return [group];
  return [
    {
      name: REGENERATE_FIELD,
      label: label('regenerate'),
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: label('regenerateDescription') },
    },
    group,
  ];
}
