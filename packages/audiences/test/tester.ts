/**
 * The audiences package's testers, on `@attache/core/testing`'s SpanTester (the shape of core's
 * rule tester): a case marks each expected span `[[…]]` with exact UTF-16 offsets.
 * - `proposerTester(kind, audience)`: the proposals of one kind, with their replacement and `safe`.
 * - `splitRuleTester(language)`: the split points of one rule row, with their replacement.
 * - `checklistTester(id, audience)`: the evidence of one checklist item, with its status.
 */
import { analyze, type LanguageCode } from '@attache/core';
import { SpanTester } from '@attache/core/testing';
import { describe, it } from 'vitest';
import { makeDoc } from '../src/doc.js';
import type { Point } from '../src/proposers/split-sentence/points.js';
import { enPoints } from '../src/proposers/split-sentence/en-rules.js';
import { ruPoints } from '../src/proposers/split-sentence/ru-rules.js';
import type { Audience, ChecklistStatus, ProposalKind } from '../src/types.js';

SpanTester.describe = describe;
SpanTester.it = it;

export interface Lang {
  language?: LanguageCode;
}

/** What a proposal must say: its replacement, and whether `safe` may apply it. */
export interface ExpectedProposal {
  replacement: string;
  safe?: boolean;
}

export function proposerTester(
  kind: ProposalKind,
  audience: Audience,
  cases: Parameters<
    typeof SpanTester.run<Lang, { start: number; end: number; replacement: string; safe: boolean }, ExpectedProposal>
  >[2],
): void {
  SpanTester.run(
    `${audience.id} ${kind}`,
    {
      run: (code, o) =>
        audience.propose(analyze(code, { language: o?.language ?? 'en' }), code).filter((p) => p.kind === kind),
      pick: (p, e) => ({ replacement: p.replacement, ...(e.safe !== undefined ? { safe: p.safe } : {}) }),
      apply: (code, found) => found.reduceRight((t, p) => t.slice(0, p.start) + p.replacement + t.slice(p.end), code),
    },
    cases,
  );
}

/** The points of one Russian rule row in every sentence of `code`. */
export function ruRulePoints(rule: string, code: string): Point[] {
  const report = analyze(code, { language: 'ru' });
  const doc = makeDoc(report, code);
  return doc.sentences.flatMap((s) => ruPoints(doc, s)).filter((p) => p.rule === rule);
}

export function enRulePoints(rule: string, code: string): Point[] {
  const report = analyze(code, { language: 'en' });
  const doc = makeDoc(report, code);
  return doc.sentences.flatMap((s) => enPoints(doc, s)).filter((p) => p.rule === rule);
}

export function splitRuleTester(
  rule: string,
  points: (rule: string, code: string) => Point[],
  cases: Parameters<typeof SpanTester.run<undefined, Point, { replacement: string }>>[2],
): void {
  SpanTester.run(
    `split rule ${rule}`,
    { run: (code) => points(rule, code), pick: (p) => ({ replacement: p.replacement }) },
    cases,
  );
}

/** What a checklist item must say when it does not pass: its status (the evidence spans are the marks; `[[]]` at 0 for a fail without evidence). */
export interface ExpectedItem {
  status: ChecklistStatus;
}

export function checklistTester(
  id: string,
  audience: Audience,
  cases: Parameters<
    typeof SpanTester.run<Lang, { start: number; end: number; status: ChecklistStatus }, ExpectedItem>
  >[2],
): void {
  SpanTester.run(
    `${audience.id} checklist ${id}`,
    {
      run(code, o) {
        const item = audience
          .checklist(analyze(code, { language: o?.language ?? 'en' }), code)
          .find((c) => c.id === id);
        if (!item) throw new Error(`${audience.id} has no checklist item ${id}`);
        // A pass reports nothing; a fail or a manual item reports its evidence (or one empty span at 0).
        if (item.status === 'pass') return [];
        const none = item.status === 'fail' ? [{ start: 0, end: 0 }] : [];
        const spans = item.evidence.length > 0 ? item.evidence : none;
        return spans.map((e) => ({ start: e.start, end: e.end, status: item.status }));
      },
      pick: (f) => ({ status: f.status }),
    },
    cases,
  );
}
