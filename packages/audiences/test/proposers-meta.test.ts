/**
 * Every proposer is `{ meta, propose }`: its kinds are proposal kinds, its sources are in the
 * source registry, every kind has a proposer, every proposer an audience uses is registered,
 * and a proposer never makes a kind it does not declare, nor an unsafe proposal when it says
 * it is always safe (checked on sample texts of both languages).
 */
import { analyze, RULES } from '@attache/core';
import { describe, expect, it } from 'vitest';
import { audiences, PROPOSAL_KINDS, PROPOSERS, SOURCES } from '../src/index.js';
import { docFor } from '../src/adapter.js';

const SAMPLES = {
  en: 'The Ministry of Health has made a decision to commence the programme in order to assist citizens. Citizens are advised to apply before 12/03/2026. The WHO (World Health Organization) said that the plan, which was approved by the Cabinet, will be implemented in 1,500,000 homes, and it will set up new offices; they will open in May.',
  ru: 'Министерство здравоохранения приняло решение о начале программы, которая будет реализована в 2026 году. Гражданам необходимо осуществлять подачу заявлений до 12.03.2026; приём начнётся в мае. Договор был подписан министром.',
};

describe('proposer metadata', () => {
  const all = Object.values(PROPOSERS);
  it('names kinds of PROPOSAL_KINDS and sources of SOURCES; ids are the registry keys', () => {
    for (const [id, p] of Object.entries(PROPOSERS)) {
      expect(p.meta.id).toBe(id);
      expect(p.meta.kind.filter((k) => !PROPOSAL_KINDS.includes(k))).toEqual([]);
      expect(p.meta.sources.filter((s) => !(s in SOURCES))).toEqual([]);
      expect(p.meta.sources.length).toBeGreaterThan(0);
    }
  });
  it('answers only lint rules core has (the findings a proposal links to come from meta, not a regex on ids)', () => {
    const answered = all.flatMap((p) => p.meta.answers ?? []);
    expect(answered.length).toBeGreaterThan(5);
    expect(answered.filter((id) => !RULES.has(id))).toEqual([]);
  });
  it('links a proposal to the overlapping findings of the rules its proposer answers', () => {
    const text = 'The WHO said the plan will start on 03/04/2026.';
    const date = audiences.foreign.propose(analyze(text), text).find((p) => p.kind === 'date')!;
    expect(date.findings).toEqual(['audiences/date', 'ambiguous-date']);
  });
  it('covers every proposal kind', () => {
    const covered = new Set(all.flatMap((p) => p.meta.kind));
    expect(PROPOSAL_KINDS.filter((k) => !covered.has(k))).toEqual([]);
  });
  it('proposes only its declared kinds, in its languages, and keeps its safe promise', () => {
    for (const language of ['en', 'ru'] as const) {
      const text = SAMPLES[language];
      const doc = docFor(analyze(text, { language }), text);
      for (const p of all) {
        const ctx = { audience: 'rural' as const, maxSentenceWords: 15, institution: undefined };
        const drafts = p.propose(doc, ctx);
        if (!p.meta.languages.includes(language)) expect(drafts, p.meta.id).toEqual([]);
        expect(
          drafts.filter((d) => !p.meta.kind.includes(d.kind)).map((d) => d.kind),
          p.meta.id,
        ).toEqual([]);
        if (p.meta.safe !== 'some') expect(drafts.filter((d) => d.safe !== p.meta.safe).length, p.meta.id).toBe(0);
      }
    }
  });
  it('registers every proposer the audiences use', () => {
    const registered = new Set(Object.values(PROPOSERS));
    // The adapters keep their proposer lists private; their proposals' kinds must be declared.
    for (const a of Object.values(audiences)) {
      for (const language of ['en', 'ru'] as const) {
        const text = SAMPLES[language];
        const kinds = new Set(a.propose(analyze(text, { language }), text).map((x) => x.kind));
        const declared = new Set([...registered].flatMap((p) => p.meta.kind));
        expect([...kinds].filter((k) => !declared.has(k))).toEqual([]);
      }
    }
  });
});
