/**
 * Channels as data rows (Vale's `extends:`): what kind of text a channel takes and its limits.
 * The renderer reads them, and so do the eval and the checklist. Each channel names the ids of the
 * source registry its limits come from.
 */
import type { AudienceId } from '../types.js';

export type ChannelKind = 'thread' | 'post' | 'caption' | 'notice' | 'sms' | 'script' | 'plain';

export interface Channel {
  id: ChannelId;
  audience: AudienceId;
  extends: ChannelKind;
  /** Most characters per post (graphemes as the platform counts them; a link counts `linkChars`). */
  maxChars?: number;
  /** What one link counts for (X shortens every link to t.co: 23). */
  linkChars?: number;
  /** Characters shown before "more" (Instagram). */
  foldChars?: number;
  maxHashtags?: number;
  /** Most words (a radio script: about 150 words a minute). */
  maxWords?: number;
  /** Ids of the source registry (`SOURCES` of @attache/core) its limits come from. */
  sources: string[];
  /** How the limits follow from them. */
  note: string;
}

export type ChannelId =
  'x' | 'bluesky' | 'telegram' | 'telegram-caption' | 'instagram' | 'notice' | 'sms' | 'radio' | 'plain';

export const CHANNELS: Record<ChannelId, Channel> = {
  x: {
    id: 'x',
    audience: 'youth',
    extends: 'thread',
    maxChars: 280,
    linkChars: 23,
    maxHashtags: 2,
    sources: ['x-counting-characters'],
    note: '280 weighted characters a post, every URL 23 (t.co)',
  },
  bluesky: {
    id: 'bluesky',
    audience: 'youth',
    extends: 'thread',
    maxChars: 300,
    maxHashtags: 2,
    sources: ['bluesky-post-lexicon'],
    note: 'a post holds 300 graphemes',
  },
  telegram: {
    id: 'telegram',
    audience: 'youth',
    extends: 'post',
    maxChars: 4096,
    maxHashtags: 2,
    sources: ['telegram-bot-api'],
    note: 'message text of 1–4096 characters',
  },
  'telegram-caption': {
    id: 'telegram-caption',
    audience: 'youth',
    extends: 'caption',
    maxChars: 1024,
    maxHashtags: 2,
    sources: ['telegram-bot-api'],
    note: 'media caption of 0–1024 characters',
  },
  instagram: {
    id: 'instagram',
    audience: 'youth',
    extends: 'caption',
    maxChars: 2200,
    foldChars: 125,
    maxHashtags: 2,
    sources: ['instagram-captions'],
    note: 'a caption of 2,200 characters at most, about 125 shown before “more”',
  },
  notice: {
    id: 'notice',
    audience: 'rural',
    extends: 'notice',
    sources: ['govuk'],
    note: 'GOV.UK content design: what, who, what to do, by when, whom to contact',
  },
  sms: {
    id: 'sms',
    audience: 'rural',
    extends: 'sms',
    maxChars: 160,
    sources: ['sms-3gpp'],
    note: 'one SMS holds 160 7-bit characters (Cyrillic goes as UCS-2, 70 a segment: 160 characters is 3 segments)',
  },
  radio: {
    id: 'radio',
    audience: 'rural',
    extends: 'script',
    maxWords: 150,
    sources: ['boyd-broadcast'],
    note: 'about a minute read aloud: 150 words at the slow pace, less than a minute at three words a second',
  },
  plain: {
    id: 'plain',
    audience: 'foreign',
    extends: 'plain',
    sources: ['global-english', 'asd-ste100'],
    note: 'plain international English; ASD-STE100 for sentence length',
  },
};

export const DEFAULT_CHANNEL: Record<AudienceId, ChannelId> = { youth: 'x', rural: 'notice', foreign: 'plain' };

const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/g;

/** Length of a post as the channel counts it: graphemes, every link as `linkChars` when set. */
export function postLength(text: string, channel: Channel): number {
  let t = text;
  if (channel.linkChars) t = t.replace(URL, 'x'.repeat(channel.linkChars));
  const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let n = 0;
  for (const _ of seg.segment(t)) n++;
  return n;
}
