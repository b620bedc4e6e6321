/**
 * The analysis worker: `@attache/core` and `@attache/audiences` run here, off the main thread,
 * so typing never waits for an analysis. A job runs in steps (analyse → proposals → rewrite →
 * checklist → thread) and yields between them; when a newer request has arrived meanwhile, the
 * older job stops at the next step. Results are cached per input, so switching audience or
 * accepting a proposal does not analyse the input again.
 *
 * `@attache/audiences` (proposers, rewrites, checklists, the composer) is a chunk of its own,
 * imported the first time a job needs it: an audience tab other than General, or an accepted
 * proposal. The first analysis of a text, on the General tab, loads only core (which tags English
 * with its own lexicon, without compromise), which keeps the English analysis path small (issue 14).
 */
import {
  analyze,
  AttacheInputError,
  builtinListsPending,
  evaluate,
  provideBuiltinLists,
  type AnalyzeOptions,
  type Locale,
  type Report,
  type Targets,
} from '@attache/core';
import type * as AudiencesModule from '@attache/audiences';
import { entityDecodersLoaded, provideEntityDecoders } from './entities-on-demand.js';
import { francModelsLoaded, needsFrancModels, provideFrancModels } from './franc-on-demand.js';
import { markdownReaderLoaded, provideMarkdownReader } from './markdown-on-demand.js';
import type { Proposal } from '@attache/audiences';
import type {
  AnalysisResult,
  AudienceResult,
  AudienceTab,
  RunRequest,
  UiCheckItem,
  UiProposal,
  WorkerMessage,
  Rewrite,
  VersionsRequest,
} from './protocol.js';

/** Targets of the general tab, each with its source (shown in the checklist). */
const GENERAL_TARGETS: { targets: Targets; sources: Record<string, string> } = {
  targets: { maxGrade: 9, maxAverageSentenceWords: 20, maxHardSentenceShare: 0.25, maxErrors: 0 },
  sources: {
    maxGrade: 'Hemingway Editor (aim for grade 9; hard from grade 10)',
    maxAverageSentenceWords: 'plainlanguage.gov (average 15–20 words); GOV.UK (25 at most)',
    maxHardSentenceShare: 'Hemingway Editor (hard ≥ grade 10, very hard ≥ grade 14)',
    maxErrors: 'Attaché lint rules',
  },
};

type Audiences = typeof AudiencesModule;
let audiencesLib: Promise<Audiences> | undefined;
/** The audiences package, imported once, on the first job that needs it. */
const loadAudiences = (): Promise<Audiences> => (audiencesLib ??= import('@attache/audiences'));

/**
 * core's Russian word lists are a chunk of their own in this build (vite.config.ts,
 * `russianListsOnDemand`): imported once, before the first analysis of a text that is set to
 * Russian or has a Cyrillic letter (a text without one is never detected as Russian).
 */
async function ensureLanguageData(text: string, language: string): Promise<void> {
  // franc's models of scripts other than Latin (`franc-on-demand.ts`), before the first text with
  // a character of one of them; an "&" may decode to one (a numeric character reference).
  if (!francModelsLoaded() && (needsFrancModels(text) || text.includes('&')))
    provideFrancModels((await import('./franc-models.js')).francAll);
  if (!builtinListsPending('ru') || (language !== 'ru' && !/[\u0400-\u04FF]/.test(text))) return;
  const { RU_LISTS } = await import('../../../packages/core/src/lint/data/ru-lists.js');
  if (RU_LISTS) provideBuiltinLists('ru', RU_LISTS);
}

/** The HTML entity table, a chunk of its own in this build (`entities-on-demand.ts`): imported
 * once, before the first text with an "&" (a character reference needs one). */
async function ensureEntities(text: string): Promise<void> {
  if (entityDecodersLoaded() || !text.includes('&')) return;
  provideEntityDecoders(await import('./entities-impl.js'));
}

/** Core's Markdown reader, a chunk of its own in this build (`markdown-on-demand.ts`): imported
 * once, before the first text set to Markdown. */
async function ensureMarkdown(format: RunRequest['format']): Promise<void> {
  if (format !== 'markdown' || markdownReaderLoaded()) return;
  provideMarkdownReader((await import('../../../packages/core/src/source/markdown.js')).extractMarkdown);
}

let latest = 0;
/** The worker's global scope (typed here without the WebWorker lib, which clashes with DOM). */
const scope = self as unknown as { postMessage(message: WorkerMessage, transfer: Transferable[]): void };
const post = (msg: WorkerMessage): void => scope.postMessage(msg, []);

/** Lets queued messages in, so that a newer request can supersede the running job. */
const breathe = (): Promise<void> =>
  new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(0);
  });

interface Base {
  key: string;
  text: string;
  options: AnalyzeOptions;
  report: Report;
  proposals: Map<AudienceTab, UiProposal[]>;
  outcomes: Map<string, Omit<AudienceResult, 'id' | 'type' | 'ms'>>;
}
let base: Base | undefined;

/** The time budget of one analysis in the worker (core's `timeBudgetMs`). */
const ANALYZE_BUDGET_MS = 10_000;

function baseFor(req: RunRequest): { base: Base; ms: number; cached: boolean } {
  const key = JSON.stringify([req.text, req.format, req.language, req.locale]);
  if (base && base.key === key) return { base, ms: 0, cached: true };
  // A pasted text too long or too deeply nested to analyse in 10 s ends with a 'time-budget'
  // error message instead of a worker busy for minutes.
  const options: AnalyzeOptions = {
    language: req.language,
    format: req.format,
    locale: req.locale,
    timeBudgetMs: ANALYZE_BUDGET_MS,
  };
  performance.mark('attache:analyze:start');
  const t0 = performance.now();
  const report = analyze(req.text, options);
  const ms = performance.now() - t0;
  performance.measure('attache:analyze', 'attache:analyze:start');
  base = { key, text: req.text, options, report, proposals: new Map(), outcomes: new Map() };
  return { base, ms, cached: false };
}

/** The general tab's proposals: the lint findings that carry a fix (safe) or a suggestion. */
function lintProposals(report: Report, text: string): UiProposal[] {
  const out: UiProposal[] = [];
  for (const f of report.findings) {
    if (f.fix) {
      const [start, end] = f.fix.range;
      out.push({
        id: `general.fix.${start}-${end}`,
        kind: 'lint-fix',
        start,
        end,
        original: text.slice(start, end),
        replacement: f.fix.text,
        rationale: f.message,
        confidence: 0.9,
        safe: true,
        findings: [f.ruleId],
      });
    } else if (f.suggestions.length > 0) {
      out.push({
        id: `general.suggestion.${f.start}-${f.end}`,
        kind: 'lint-suggestion',
        start: f.start,
        end: f.end,
        original: f.actual,
        replacement: f.suggestions[0]!,
        rationale: f.message,
        confidence: 0.5,
        safe: false,
        findings: [f.ruleId],
      });
    }
  }
  // One proposal per span (a fix and a suggestion can share one).
  const seen = new Set<string>();
  return out.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
}

function proposalsFor(lib: Audiences | null, b: Base, audience: AudienceTab, locale: Locale): UiProposal[] {
  let ps = b.proposals.get(audience);
  if (!ps) {
    ps =
      audience === 'general' || !lib
        ? lintProposals(b.report, b.text)
        : lib.audiences[audience].propose(b.report, b.text, { locale });
    b.proposals.set(audience, ps);
  }
  return ps;
}

function makeRewrite(lib: Audiences | null, b: Base, proposals: UiProposal[], accepted: string[]): Rewrite | null {
  const wanted = new Set(accepted);
  const picked = proposals.filter((p) => wanted.has(p.id));
  if (picked.length === 0 || !lib) return null;
  const { choose, diffHunks } = lib;
  // `choose` keeps the best of overlapping proposals, as `applyProposals` does.
  const chosen = choose(picked as Proposal[]);
  let text = b.text;
  for (const p of chosen.toReversed()) text = text.slice(0, p.start) + p.replacement + text.slice(p.end);
  const lang = b.report.language.supported
    ? { language: b.report.language.code as NonNullable<AnalyzeOptions['language']> }
    : {};
  const after = analyze(text, { ...b.options, ...lang });
  return { text, applied: chosen.map((p) => p.id), diff: diffHunks(b.text, text), after };
}

function generalChecklist(report: Report, text: string): UiCheckItem[] {
  const policy = evaluate(report, GENERAL_TARGETS.targets);
  const items: UiCheckItem[] = policy.results.map((r) => {
    const spans = (list: { start: number; end: number; loc: Report['sentences'][number]['loc'] }[]) =>
      list.map((s) => ({ start: s.start, end: s.end, loc: s.loc, text: text.slice(s.start, s.end) }));
    // The evidence of each target: the sentences (or findings) that keep it from being met.
    const evidence =
      r.id === 'maxGrade'
        ? spans(report.sentences.filter((s) => s.difficulty === 'very-hard'))
        : r.id === 'maxAverageSentenceWords'
          ? spans(report.sentences.filter((s) => s.words > r.limit))
          : r.id === 'maxHardSentenceShare'
            ? spans(report.sentences.filter((s) => s.difficulty !== 'ok'))
            : r.id === 'maxErrors'
              ? spans(report.findings.filter((f) => f.severity === 'error'))
              : [];
    return {
      id: r.id,
      status: r.met ? 'pass' : 'fail',
      automatic: true,
      labelKey: `general.targets.${r.id}`,
      data: {
        limit: round1(r.id === 'maxHardSentenceShare' ? r.limit * 100 : r.limit),
        actual: r.actual === null ? '—' : round1(r.id === 'maxHardSentenceShare' ? r.actual * 100 : r.actual),
      },
      evidence: r.met ? [] : evidence,
      source: GENERAL_TARGETS.sources[r.id] ?? '',
    };
  });
  items.push(
    {
      id: 'lead-first',
      status: 'manual',
      automatic: false,
      labelKey: 'general.manual.leadFirst',
      evidence: [],
      source: 'Inverted pyramid (AP, GOV.UK “Writing for GOV.UK”)',
    },
    {
      id: 'contact',
      status: 'manual',
      automatic: false,
      labelKey: 'general.manual.contact',
      evidence: [],
      source: 'Press-office practice',
    },
  );
  return items;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

async function run(req: RunRequest): Promise<void> {
  await ensureLanguageData(req.text, req.language);
  await ensureEntities(req.text);
  await ensureMarkdown(req.format);
  const { base: b, ms, cached } = baseFor(req);
  const analysis: AnalysisResult = {
    type: 'analysis',
    id: req.id,
    text: req.text,
    format: req.format,
    language: req.language,
    locale: req.locale,
    report: b.report,
    ms,
    cached,
  };
  post(analysis);

  await breathe();
  if (req.id !== latest) return;
  const key = JSON.stringify([req.audience, [...req.accepted].sort()]);
  const t0 = performance.now();
  let outcome = b.outcomes.get(key);
  if (!outcome) {
    // General with nothing accepted needs only core; anything else needs the audiences package.
    const lib = req.audience !== 'general' || req.accepted.length > 0 ? await loadAudiences() : null;
    if (req.id !== latest) return;
    const proposals = proposalsFor(lib, b, req.audience, req.locale);
    await breathe();
    if (req.id !== latest) return;
    const rewrite = makeRewrite(
      lib,
      b,
      proposals,
      req.accepted.filter((id) => proposals.some((p) => p.id === id)),
    );
    await breathe();
    if (req.id !== latest) return;
    const report = rewrite?.after ?? b.report;
    const text = rewrite?.text ?? b.text;
    let posts: string[] | null = null;
    if (lib && req.audience === 'youth' && report.language.supported) {
      await breathe();
      if (req.id !== latest) return;
      posts = lib.thread(report, text, { locale: req.locale }).posts;
    }
    // The checklist receives the thread from here (it makes none itself).
    const checklist: UiCheckItem[] =
      req.audience === 'general' || !lib
        ? generalChecklist(report, text)
        : lib.audiences[req.audience].checklist(report, text, {
            locale: req.locale,
            ...(posts ? { thread: { posts } } : {}),
          });
    outcome = {
      audience: req.audience,
      text: req.text,
      proposals,
      rewrite,
      checklist,
      targets: req.audience === 'general' || !lib ? GENERAL_TARGETS.targets : lib.audiences[req.audience].targets,
      thread: posts,
    };
    b.outcomes.set(key, outcome);
    if (b.outcomes.size > 12) b.outcomes.delete(b.outcomes.keys().next().value!);
  }
  post({ type: 'audience', id: req.id, ms: performance.now() - t0, ...outcome });
}

self.addEventListener('message', (e: MessageEvent<RunRequest>) => {
  const req = e.data;
  if (req?.type !== 'run') return;
  latest = Math.max(latest, req.id);
  void (async () => {
    // Requests queue up while a job runs; only the newest is worth doing.
    await breathe();
    if (req.id !== latest) return;
    try {
      await run(req);
    } catch (err) {
      post({
        type: 'error',
        id: req.id,
        message: err instanceof Error ? err.message : String(err),
        ...(err instanceof AttacheInputError ? { code: err.code } : {}),
      });
    }
  })();
});

// The versions view: its own request numbers; the composer loads on the first request.
let latestVersions = 0;
self.addEventListener('message', (e: MessageEvent<VersionsRequest>) => {
  const req = e.data;
  if (req?.type !== 'versions') return;
  latestVersions = Math.max(latestVersions, req.id);
  void (async () => {
    await breathe();
    if (req.id !== latestVersions) return;
    try {
      await ensureLanguageData(req.text, req.language);
      await ensureEntities(req.text);
      await ensureMarkdown(req.format);
      const { makeVersion } = await import('./versions.js');
      if (req.id !== latestVersions) return;
      const t0 = performance.now();
      const version = makeVersion(req);
      const { id, text, audience, channel } = req;
      post({ type: 'versions', id, text, audience, channel, version, ms: performance.now() - t0 });
    } catch (err) {
      post({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) });
    }
  })();
});

post({ type: 'ready' });
