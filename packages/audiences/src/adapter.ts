/**
 * The common adapter: resolves the input behind a report, runs the audience's proposers,
 * links proposals to the lint findings they answer, localises rationales, and gives each
 * proposal a stable id.
 */
import { analysisOf, evaluate, type Finding, type Locale, type Report, type Targets } from '@attache/core';
import { acronymScan, spelledOut } from './acronyms.js';
import { AudienceInputError, requireReport, requireString } from './guard.js';
import { runChecklist } from './checklist/index.js';
import { makeDoc, type Doc } from './doc.js';
import { SpanGrid } from './lookup.js';
import { tr } from './i18n/index.js';
import type { Draft, Proposer, ProposerContext } from './proposers/draft.js';
import { findInstitution, type Institution } from './proposers/institution.js';
import { citeSources } from './cite.js';
import type {
  Audience,
  AudienceId,
  ChecklistItem,
  ChecklistOptions,
  Proposal,
  ProposalKind,
  ProposeOptions,
  TargetSource,
} from './types.js';

/** Everything a proposer may need beyond the doc. */
export interface AdapterContext extends ProposerContext {
  institution: Institution | undefined;
}

export interface AudienceConfig {
  id: AudienceId;
  targets: Targets;
  /** Registry ids and why, per target (the citation is made from the registry). */
  targetSources: Partial<Record<keyof Targets, Omit<TargetSource, 'source'>>>;
  maxSentenceWords: number;
  proposers: Proposer<AdapterContext>[];
  /** Drops proposals whose replacement the audience must not get (phrasal verbs for foreign readers). */
  rejectReplacement?: (doc: Doc, replacement: string) => boolean;
}

/** Order in which overlapping proposals win (higher first): small, certain edits before big ones. */
export const KIND_PRIORITY: Record<ProposalKind, number> = {
  substitution: 100,
  'hidden-verb': 95,
  idiom: 92,
  'phrasal-verb': 92,
  'everyday-word': 90,
  boilerplate: 88,
  'address-reader': 86,
  date: 84,
  number: 84,
  'institution-we': 80,
  'passive-to-active': 75,
  acronym: 70,
  contraction: 60,
  'bullet-list': 55,
  'split-sentence': 50,
  hook: 10,
  'what-it-means': 10,
};

export { AudienceInputError };

/** The input behind `report`: the argument, else the analysis kept in memory. */
export function resolveInput(report: Report, input: string | undefined, method: string, locale: Locale): string {
  requireReport(report, `${method}()`);
  if (input !== undefined) requireString(input, `${method}()`, 'input');
  const text = input ?? analysisOf(report)?.input;
  if (text === undefined) throw new AudienceInputError(tr('errors.no-input', { method }, locale));
  if (text.length !== report.length) {
    throw new AudienceInputError(
      tr('errors.length-mismatch', { actual: text.length, expected: report.length }, locale),
    );
  }
  return text;
}

export function localeOf(report: Report, options?: ProposeOptions): Locale {
  const fromAnalysis = analysisOf(report)?.options.locale;
  return options?.locale ?? (fromAnalysis === 'ru' ? 'ru' : 'en');
}

export function docFor(report: Report, input: string): Doc {
  return makeDoc(report, input);
}

/** The issuing institution of a text (its names, longest first), if it speaks of itself. */
export function issuerOf(doc: Doc): Institution | undefined {
  const defs = spelledOut(acronymScan(doc.input, doc.language));
  return findInstitution(doc, new Map([...defs].map(([k, v]) => [k, v.long])));
}

function fixedIssuer(doc: Doc, names: string[]): Institution | undefined {
  if (names.length === 0) return undefined;
  let first = -1;
  for (const n of names) {
    // Whole words only: "Office" must not be found inside "Officer".
    const esc = n.replace(/^the /i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const i = doc.input.search(new RegExp(`(?<![\\p{L}])${esc}(?![\\p{L}])`, 'u'));
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  return first < 0 ? undefined : { names: [...names].sort((a, b) => b.length - a.length), first };
}

export function draftsFor(cfg: AudienceConfig, doc: Doc, options?: ProposeOptions): Draft[] {
  if (doc.language !== 'en' && doc.language !== 'ru') return [];
  const ctx: AdapterContext = {
    audience: cfg.id,
    maxSentenceWords: cfg.maxSentenceWords,
    institution: options?.issuer ? fixedIssuer(doc, options.issuer) : issuerOf(doc),
  };
  const drafts: Draft[] = [];
  for (const p of cfg.proposers) drafts.push(...p.propose(doc, ctx));
  return drafts;
}

function toProposals(cfg: AudienceConfig, doc: Doc, drafts: Draft[], locale: Locale): Proposal[] {
  const seen = new Set<string>();
  const out: Proposal[] = [];
  // Which lint rules each kind answers: the proposers' `meta.answers`.
  const answers = new Map<ProposalKind, Set<string>>();
  for (const p of cfg.proposers)
    for (const k of p.meta.kind) answers.set(k, new Set([...(answers.get(k) ?? []), ...(p.meta.answers ?? [])]));
  // The findings by position, so that each draft meets only those near it (in the findings' order).
  const grid = new SpanGrid<Finding>();
  for (const f of doc.findings) grid.add(f, f.start, f.end);
  for (const d of drafts) {
    if (cfg.rejectReplacement?.(doc, d.replacement)) continue;
    const key = `${d.start}:${d.end}:${d.replacement}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const findings = new Set(d.findings);
    if (d.kind !== 'substitution') {
      const reach = Math.max(d.end, d.start + 1);
      for (const f of grid.near(d.start, reach)) {
        if (f.start < reach && d.start < f.end && answers.get(d.kind)?.has(f.ruleId)) findings.add(f.ruleId);
      }
    }
    out.push({
      id: `${cfg.id}.${d.kind}.${d.start}-${d.end}`,
      kind: d.kind,
      start: d.start,
      end: d.end,
      original: doc.input.slice(d.start, d.end),
      replacement: d.replacement,
      rationale: tr(`rationale.${d.rationale}`, d.data ?? {}, locale),
      confidence: Math.round(d.confidence * 100) / 100,
      safe: d.safe,
      findings: [...findings],
    });
  }
  // Ids must be unique: two kinds never share a span, but the same kind may (alternatives).
  const ids = new Map<string, number>();
  for (const p of out) {
    const n = ids.get(p.id) ?? 0;
    ids.set(p.id, n + 1);
    if (n > 0) p.id = `${p.id}.${n}`;
  }
  return out.sort((a, b) => a.start - b.start || KIND_PRIORITY[b.kind] - KIND_PRIORITY[a.kind]);
}

export function makeAudience(cfg: AudienceConfig): Audience {
  return {
    id: cfg.id,
    targets: cfg.targets,
    targetSources: Object.fromEntries(
      Object.entries(cfg.targetSources).map(([k, t]) => [k, { ...t, source: citeSources(t.sources) }]),
    ),
    maxSentenceWords: cfg.maxSentenceWords,
    propose(report: Report, input?: string, options?: ProposeOptions): Proposal[] {
      const locale = localeOf(report, options);
      const text = resolveInput(report, input, `${cfg.id}.propose`, locale);
      const doc = docFor(report, text);
      return toProposals(cfg, doc, draftsFor(cfg, doc, options), locale);
    },
    checklist(report: Report, input?: string, options?: ChecklistOptions): ChecklistItem[] {
      const locale = localeOf(report, options);
      const text = resolveInput(report, input, `${cfg.id}.checklist`, locale);
      const doc = docFor(report, text);
      const posts = options?.thread?.posts;
      if (posts !== undefined && (!Array.isArray(posts) || posts.some((x) => typeof x !== 'string')))
        throw new AudienceInputError(`${cfg.id}.checklist(): "thread" must be a thread ({ posts: string[] })`);
      return runChecklist({
        doc,
        report,
        audience: cfg.id,
        targets: cfg.targets,
        maxSentenceWords: cfg.maxSentenceWords,
        locale,
        ...(posts ? { threadPosts: posts } : {}),
      });
    },
    evaluate(report: Report) {
      return evaluate(report, cfg.targets);
    },
  };
}
