/**
 * `rewrite(input, { audience, accept })`: applies proposals, re-analyses, and proposes again
 * (up to `passes` rounds, for accept 'safe'), so that edits that overlapped in one round land
 * in the next. Every edit is checked by the independent meaning lock and the hygiene check
 * before it is kept; the whole rewrite is checked again at the end (rewrite-passages.ts): a
 * changed passage the verifier, the lock or the hygiene check refuses is put back as the input
 * had it, with its edits, and a round whose result still fails is undone.
 */
import { analyze, type AnalyzeOptions, type LanguageCode, type Locale, type Report } from '@attache/core';
import { docFor, issuerOf, KIND_PRIORITY } from './adapter.js';
import { unifiedDiff, type DiffHunk } from './diff.js';
import { checkHygiene, type HygieneReport } from './hygiene.js';
import { AudienceInputError, describeValue, requireOptions, requireString } from './guard.js';
import { checkMeaning, type LockReport } from './meaning-lock.js';
import { carry, settle } from './rewrite-settle.js';
import type { AppliedProposal, RejectedProposal } from './rewrite-types.js';
import { checkEdit, guardedSpans, mergeGuarded, placeholderNote, rebase, touches } from './rewrite-verify.js';
import { SpanGrid } from './lookup.js';
import { indexOfIn, lastIndexOfIn, RoundText, withEdit, type TextLike } from './round-text.js';
import type { Audience, Proposal } from './types.js';
import type { VerifyReport } from './verify/index.js';

export interface RewriteOptions {
  audience: Audience;
  /** 'safe': every proposal marked safe, over several rounds; or the ids of proposals to apply
   * (ids from `audience.propose` on the same input; one round). Default 'safe'. */
  accept?: 'safe' | string[];
  /** Language of the input ('auto' detects). */
  language?: 'auto' | LanguageCode;
  format?: AnalyzeOptions['format'];
  /** Locale of rationales and messages. */
  locale?: Locale;
  /** Most rounds of propose → apply → analyse for accept 'safe'. Default 4. */
  passes?: number;
  /** Longest input analysed (core's `maxLength`); core's default when absent. */
  maxLength?: number;
}

export type { AppliedProposal, RejectedProposal } from './rewrite-types.js';

export interface RewriteResult {
  /** The rewritten text. */
  text: string;
  applied: AppliedProposal[];
  /** Proposals the meaning lock or the hygiene check refused. */
  rejected: RejectedProposal[];
  /** Word-level hunks, offsets into the input (`before`) and the rewrite (`after`). */
  diff: DiffHunk[];
  /** The same change as a line-level unified diff (`diff -u` format). */
  unified: string;
  before: Report;
  after: Report;
  /** The meaning lock over the whole rewrite (input → text). */
  lock: LockReport;
  /** Hygiene defects the rewrite introduced. */
  hygiene: HygieneReport;
  /** The independent verifier over the whole rewrite (input → text), speech and agreed text protected. */
  verification: VerifyReport;
  /** True only when the meaning lock, the hygiene check and the verifier all pass the text.
   * Rounds are undone until they do, so this is false only when the input itself fails a check. */
  ok: boolean;
  /** For the editor: what the rewrite would not put in the text (placeholders: write these yourself). */
  notes: string[];
}

/**
 * The text around an edit that the checks compare: its paragraph, or in a long paragraph the
 * sentences within ~400 characters of it (so that checking stays linear in the text's length).
 */
function windowAround(text: TextLike, start: number, end: number): [number, number] {
  const [ps] = paragraphAround(text, start);
  const [, pe] = paragraphAround(text, end);
  if (pe - ps <= 2000) return [ps, pe];
  let a = Math.max(ps, start - 400);
  const back = lastIndexOfIn(text, '. ', a);
  a = back >= ps ? back + 2 : ps;
  let b = Math.min(pe, end + 400);
  const fwd = indexOfIn(text, '. ', b);
  b = fwd >= 0 && fwd < pe ? fwd + 1 : pe;
  return [a, b];
}

/** Start and end of the paragraph (text between blank lines) that holds `pos`; the searches read only as far as its ends. */
function paragraphAround(text: TextLike, pos: number): [number, number] {
  const before = lastIndexOfIn(text, '\n\n', Math.max(0, pos - 1));
  const after = indexOfIn(text, '\n\n', pos);
  return [before < 0 ? 0 : before + 2, after < 0 ? text.length : after];
}

function overlaps(a: Proposal, b: Proposal): boolean {
  if (a.start === a.end || b.start === b.end)
    return (a.start >= b.start && a.start <= b.end) || (b.start >= a.start && b.start <= a.end);
  return a.start < b.end && b.start < a.end;
}

/** Non-overlapping proposals, best first (kind priority, then confidence). */
export function choose(proposals: Proposal[]): Proposal[] {
  const ranked = [...proposals].sort(
    (a, b) => KIND_PRIORITY[b.kind] - KIND_PRIORITY[a.kind] || b.confidence - a.confidence || a.start - b.start,
  );
  const chosen: Proposal[] = [];
  // Only the chosen proposals near a candidate can overlap it.
  const grid = new SpanGrid<Proposal>();
  for (const p of ranked) {
    if (grid.near(p.start, p.end).some((c) => overlaps(c, p))) continue;
    chosen.push(p);
    grid.add(p, p.start, p.end);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

export function rewrite(input: string, options: RewriteOptions): RewriteResult {
  checkRewriteArgs(input, options);
  const { audience } = options;
  const accept = options.accept ?? 'safe';
  const passes = accept === 'safe' ? (options.passes ?? 4) : 1;
  const locale = options.locale ?? 'en';
  const base: AnalyzeOptions = {
    locale,
    ...(options.format ? { format: options.format } : {}),
    ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}),
  };
  const before = analyze(input, { ...base, language: options.language ?? 'auto' });
  const language = before.language.supported ? (before.language.code as LanguageCode) : undefined;
  const opts: AnalyzeOptions = { ...base, ...(language ? { language } : {}) };

  let text = input;
  let report = before;
  const applied: AppliedProposal[] = [];
  const rejected: RejectedProposal[] = [];
  // Each round's text, for undoing rounds. Reports are not kept (a long input's report is large):
  // an undone round's is made again, as it was made (the input's is `before`).
  // `spans[k]`: where `applied[k]` stands in the current text (carried through later rounds).
  const spans: Array<[number, number]> = [];
  const history: { text: string; applied: number; spans: Array<[number, number]> }[] = [
    { text, applied: 0, spans: [] },
  ];
  const refused = new Set<string>();

  // The institution that may speak as "we" is the input's: fixed for every round.
  const issuer = before.language.supported ? (issuerOf(docFor(before, input))?.names ?? []) : [];
  // Speech, agreed text and quotations of the input: never edited, whatever a later round's analysis says.
  const guarded = guardedSpans(before);
  let fence = mergeGuarded(guarded);
  const lang: 'en' | 'ru' = language === 'ru' ? 'ru' : 'en';
  const notes: string[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const proposals = audience.propose(report, text, { locale, issuer });
    const wanted = accept === 'safe' ? proposals.filter((p) => p.safe) : proposals.filter((p) => accept.includes(p.id));
    const fresh = wanted.filter((p) => !refused.has(`${p.kind}\u0000${p.original}\u0000${p.replacement}`));
    if (fresh.length === 0) break;
    const chosen = choose(fresh);
    let changed = false;
    const firstOfPass = applied.length;
    const speakers = proposals
      .filter((p) => p.kind === 'institution-we')
      .map((p) => p.original.replace(/(’s|'s)$/, '').split(/\s+(?=\p{Ll})/u)[0]!);
    // Right to left, so earlier offsets stay valid. The round's text is never rebuilt per edit:
    // `current` holds the edits kept so far, `next` is a view of it with this edit made.
    const current = new RoundText(text);
    for (const p of chosen.toReversed()) {
      const key = `${p.kind}\u0000${p.original}\u0000${p.replacement}`;
      if (touches(fence, p.start, p.end)) {
        rejected.push({ proposal: p, pass, reason: 'protected' });
        refused.add(key);
        continue;
      }
      const next = withEdit(current, p.start, p.end, p.replacement);
      const [ps, pe] = windowAround(current, p.start, p.end);
      const delta = p.replacement.length - (p.end - p.start);
      const winBefore = current.slice(ps, pe);
      const winAfter = next.slice(ps, pe + delta);
      const lock = checkMeaning(winBefore, winAfter, {
        ...(language ? { language } : {}),
        speakers,
        names: { before: current, after: next, near: p.start },
      });
      if (!lock.ok) {
        rejected.push({ proposal: p, pass, reason: 'meaning-lock', lock });
        refused.add(`${p.kind}\u0000${p.original}\u0000${p.replacement}`);
        continue;
      }
      const hygiene = checkHygiene(winAfter, { before: winBefore });
      if (!hygiene.ok) {
        rejected.push({ proposal: p, pass, reason: 'hygiene', hygiene });
        refused.add(`${p.kind}\u0000${p.original}\u0000${p.replacement}`);
        continue;
      }
      const found = checkEdit(p, winBefore, winAfter, lang, issuer);
      if (found.length > 0) {
        const placeholder = found.some((f) => f.category === 'placeholder');
        rejected.push({ proposal: p, pass, reason: placeholder ? 'placeholder' : 'verifier', findings: found });
        if (placeholder) notes.push(placeholderNote(p, locale));
        refused.add(key);
        continue;
      }
      current.apply(p.start, p.end, p.replacement);
      applied.push({ ...p, pass });
      changed = true;
    }
    if (!changed) break;
    text = current.toString();
    // In text order within the round (they were applied right to left).
    applied.push(...applied.splice(firstOfPass).sort((a, b) => a.start - b.start));
    const round = applied.slice(firstOfPass);
    carry(spans, round);
    let shift = 0;
    for (const p of round) {
      spans.push([p.start + shift, p.start + shift + p.replacement.length]);
      shift += p.replacement.length - (p.end - p.start);
    }
    fence = rebase(fence, round);
    report = analyze(text, opts);
    history.push({ text, applied: applied.length, spans: spans.map(([a, b]) => [a, b]) });
  }

  // The whole rewrite, checked again; undo rounds until it passes (the input always does).
  // The issuing institution may have become "we": its name may go where it spoke of itself.
  const speakers = [
    ...new Set(
      applied
        .filter((p) => p.kind === 'institution-we')
        .map((p) => p.original.replace(/(’s|'s)$/, '').split(/\s+(?=\p{Ll})/u)[0]!),
    ),
  ];
  const final = { ...(language ? { language } : {}), speakers };
  let s = settle(input, text, applied, spans, { final, lang, issuer, guarded });
  let undone = false;
  while ((!s.lock.ok || !s.hygiene.ok || !s.verification.ok) && history.length > 1) {
    history.pop();
    const last = history[history.length - 1]!;
    applied.length = last.applied;
    undone = true;
    s = settle(input, last.text, applied, last.spans, { final, lang, issuer, guarded });
  }
  text = s.text;
  const kept = applied.filter((_, k) => !s.dropped.has(k));
  rejected.push(...s.rejected);
  if (undone || kept.length < applied.length) report = text === input ? before : analyze(text, opts);
  const { lock, hygiene, verification } = s;

  return {
    text,
    applied: kept,
    rejected,
    diff: s.hunks,
    unified: unifiedDiff(input, text, ['input', `rewrite (${audience.id})`]),
    before,
    after: report,
    lock,
    hygiene,
    verification,
    ok: lock.ok && hygiene.ok && verification.ok,
    notes: [...new Set(notes)],
  };
}

/** Misuse of `rewrite` gets an AudienceInputError naming the option, never a TypeError. */
function checkRewriteArgs(input: unknown, options: unknown): asserts options is RewriteOptions {
  requireString(input, 'rewrite()', 'input');
  if (options === undefined)
    throw new AudienceInputError(
      'rewrite(): "options" is required: { audience: audiences.youth } (or rural, foreign).',
    );
  requireOptions(options, 'rewrite()');
  const o = options as Record<string, unknown>;
  const a = o['audience'];
  if (typeof a === 'string') {
    throw new AudienceInputError(
      `rewrite(): "options.audience" must be an audience object, not the string ${JSON.stringify(a)}: ` +
        `import { audiences } from '@attache/audiences' and pass audiences.${['youth', 'rural', 'foreign'].includes(a) ? a : 'youth'} (youth, rural or foreign).`,
    );
  }
  if (a === null || typeof a !== 'object' || typeof (a as { propose?: unknown }).propose !== 'function') {
    throw new AudienceInputError(
      `rewrite(): "options.audience" must be an audience object such as audiences.youth, but got ${describeValue(a)}.`,
    );
  }
  const accept = o['accept'];
  if (
    accept !== undefined &&
    accept !== 'safe' &&
    !(Array.isArray(accept) && accept.every((x) => typeof x === 'string'))
  ) {
    throw new AudienceInputError(
      `rewrite(): "options.accept" must be 'safe' or an array of proposal ids, but got ${describeValue(accept)}.`,
    );
  }
}
