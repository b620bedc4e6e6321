/**
 * The page's state in the URL hash, so that a link reproduces what one sees.
 *
 * Format: `#z=<base64url of the deflate-raw-compressed JSON state>` (CompressionStream), or
 * `#j=<base64url of the JSON>` where the browser has no CompressionStream. A 2,000-word release
 * compresses to about 6–8 kB of hash. Texts whose encoded state would exceed `MAX_HASH` (100,000
 * characters, well under every current browser's URL limit) are left out of the link: the hash then
 * keeps the settings only, and the page says so.
 */
import type { ChannelId } from '@attache/audiences';
import {
  AUDIENCE_TABS,
  LANGUAGE_CHOICES,
  VERSION_AUDIENCES,
  VERSION_CHANNELS,
  type AudienceTab,
  type Format,
  type LanguageChoice,
  type VersionAudience,
} from './protocol.js';

export const MAX_HASH = 100_000;

export interface UrlState {
  text: string;
  format: Format;
  language: LanguageChoice;
  ui: 'en' | 'ru';
  audience: AudienceTab;
  /** Accepted / rejected proposal ids and ticked manual checklist items, per audience. */
  accepted: Partial<Record<AudienceTab, string[]>>;
  rejected: Partial<Record<AudienceTab, string[]>>;
  ticked: Partial<Record<AudienceTab, string[]>>;
  sample: string | null;
  /** The versions view, when open: its audience and channel. */
  versions?: { audience: VersionAudience; channel: ChannelId } | null;
}

export function base64url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64url(s: string): Uint8Array {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

const canCompress = (): boolean => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** Encodes the state for the hash (without the leading '#'); drops the text when too long. */
export async function encodeState(state: UrlState): Promise<{ hash: string; textDropped: boolean }> {
  const encode = async (s: UrlState): Promise<string> => {
    const json = new TextEncoder().encode(JSON.stringify(compact(s)));
    return canCompress()
      ? `z=${base64url(await pipe(json, new CompressionStream('deflate-raw')))}`
      : `j=${base64url(json)}`;
  };
  const hash = await encode(state);
  if (hash.length <= MAX_HASH) return { hash, textDropped: false };
  return { hash: await encode({ ...state, text: '', sample: null }), textDropped: true };
}

/** Decodes a hash (with or without '#'); undefined when it is not ours or is damaged. */
export async function decodeState(hash: string): Promise<Partial<UrlState> | undefined> {
  const h = hash.replace(/^#/, '');
  const m = /^([zj])=([A-Za-z0-9_-]*)$/.exec(h);
  if (!m) return undefined;
  try {
    let bytes = fromBase64url(m[2]!);
    if (m[1] === 'z') {
      if (!canCompress()) return undefined;
      bytes = await pipe(bytes, new DecompressionStream('deflate-raw'));
    }
    return sanitise(JSON.parse(new TextDecoder().decode(bytes)) as unknown);
  } catch {
    return undefined;
  }
}

/** Short keys keep the hash small; empty fields are left out. */
function compact(s: UrlState): Record<string, unknown> {
  const out: Record<string, unknown> = { v: 1, t: s.text, f: s.format, l: s.language, u: s.ui, a: s.audience };
  const nonEmpty = (r: Partial<Record<AudienceTab, string[]>>) =>
    Object.fromEntries(Object.entries(r).filter(([, v]) => v && v.length > 0));
  const acc = nonEmpty(s.accepted);
  const rej = nonEmpty(s.rejected);
  const tick = nonEmpty(s.ticked);
  if (Object.keys(acc).length) out['ac'] = acc;
  if (Object.keys(rej).length) out['rj'] = rej;
  if (Object.keys(tick).length) out['tk'] = tick;
  if (s.sample) out['s'] = s.sample;
  if (s.versions) out['vs'] = [s.versions.audience, s.versions.channel];
  return out;
}

/** Accepts only well-formed values: a link is untrusted input. */
export function sanitise(raw: unknown): Partial<UrlState> | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  if (r['v'] !== 1) return undefined;
  const out: Partial<UrlState> = {};
  if (typeof r['t'] === 'string') out.text = r['t'];
  if (r['f'] === 'text' || r['f'] === 'markdown') out.format = r['f'];
  if (typeof r['l'] === 'string' && (LANGUAGE_CHOICES as readonly string[]).includes(r['l']))
    out.language = r['l'] as LanguageChoice;
  if (r['u'] === 'en' || r['u'] === 'ru') out.ui = r['u'];
  if (typeof r['a'] === 'string' && (AUDIENCE_TABS as readonly string[]).includes(r['a']))
    out.audience = r['a'] as AudienceTab;
  const ids = (x: unknown): Partial<Record<AudienceTab, string[]>> => {
    const o: Partial<Record<AudienceTab, string[]>> = {};
    if (!x || typeof x !== 'object') return o;
    for (const tab of AUDIENCE_TABS) {
      const v = (x as Record<string, unknown>)[tab];
      if (Array.isArray(v))
        o[tab] = v.filter((id): id is string => typeof id === 'string' && id.length < 200).slice(0, 2000);
    }
    return o;
  };
  out.accepted = ids(r['ac']);
  out.rejected = ids(r['rj']);
  out.ticked = ids(r['tk']);
  out.sample = typeof r['s'] === 'string' && /^[a-z0-9-]{1,80}$/.test(r['s']) ? r['s'] : null;
  const vs = r['vs'];
  if (Array.isArray(vs) && (VERSION_AUDIENCES as readonly unknown[]).includes(vs[0])) {
    const audience = vs[0] as VersionAudience;
    if ((VERSION_CHANNELS[audience] as readonly unknown[]).includes(vs[1]))
      out.versions = { audience, channel: vs[1] as ChannelId };
  }
  return out;
}
