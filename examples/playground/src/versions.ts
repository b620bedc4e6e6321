/**
 * The versions view's work, inside the worker: `compose` a version of the input for an audience
 * and a channel, count each part as the channel does, and measure the release and the version.
 * The worker imports this module on the first versions request, so a page that never opens the
 * view never loads the composer and its verifier.
 */
import { analyze, type AnalyzeOptions } from '@attache/core';
import { citeSources, compose, CHANNELS, postLength, verifyMessage } from '@attache/audiences';
import type { UiFigures, UiVersion, UiVersionPart, VersionsRequest } from './protocol.js';

const LINK = /\bhttps?:\/\/\S+/g;

function figures(text: string, options: AnalyzeOptions): UiFigures {
  if (!text.trim()) return { grade: null, formality: null, averageSentenceWords: null };
  const r = analyze(text.replace(LINK, ''), options);
  const words = r.sentences.map((s) => s.words).filter((w) => w > 0);
  return {
    grade: r.readability.grade,
    formality: r.formality.score,
    averageSentenceWords: words.length ? words.reduce((a, b) => a + b, 0) / words.length : null,
  };
}

const cache = new Map<string, UiVersion>();

export function makeVersion(req: VersionsRequest): UiVersion {
  const key = JSON.stringify([req.text, req.format, req.language, req.locale, req.audience, req.channel]);
  const hit = cache.get(key);
  if (hit) return hit;
  const channel = CHANNELS[req.channel];
  const v = compose(req.text, {
    audience: req.audience,
    channel: req.channel,
    language: req.language === 'en' || req.language === 'ru' ? req.language : 'auto',
    format: req.format,
    locale: req.locale,
  });
  const parts: UiVersionPart[] = v.parts.map((text) => {
    if (channel.maxWords) {
      const count = text.split(/\s+/).filter(Boolean).length;
      return { text, count, limit: channel.maxWords, unit: 'words', within: count <= channel.maxWords };
    }
    const count = postLength(text, channel);
    const limit = channel.maxChars ?? null;
    return { text, count, limit, unit: 'chars', within: limit === null || count <= limit };
  });
  const options: AnalyzeOptions = { language: v.language, format: req.format };
  const version: UiVersion = {
    audience: req.audience,
    channel: {
      id: channel.id,
      kind: channel.extends,
      maxChars: channel.maxChars ?? null,
      maxWords: channel.maxWords ?? null,
      source: `${channel.note} (${citeSources(channel.sources)})`,
    },
    language: v.language,
    parts,
    text: v.text,
    facts: v.facts,
    targets: v.targets.map((t) => ({ id: t.id, value: t.value, max: t.max, met: t.met, source: t.source })),
    verification: {
      ok: v.verification.ok,
      counts: { ...v.verification.counts },
      findings: v.verification.findings.map((f) => ({
        rule: f.rule,
        category: f.category,
        // In the page's language, as the notes.
        message: verifyMessage(f, req.locale),
        text: f.text,
      })),
    },
    notes: v.notes,
    glossary: (v.glossary ?? []).map((g) => ({
      term: g.term,
      kind: g.kind,
      ...(g.definition ? { definition: g.definition } : {}),
    })),
    translatorNotes: v.translatorNotes ?? [],
    before: figures(req.text, options),
    after: figures(v.text, { language: v.language }),
  };
  cache.set(key, version);
  if (cache.size > 24) cache.delete(cache.keys().next().value!);
  return version;
}
