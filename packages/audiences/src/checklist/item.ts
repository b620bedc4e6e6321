/**
 * What a checklist item is: `{ meta, messages, check }`. `check` reads what its caller hands it
 * (the document, the report, the audience's targets, the thread's posts) and returns a status
 * with evidence spans; it never runs a rewrite. Labels and explanations are i18next messages
 * (`audiences:checklist.<id>.label`), kept in the item's own file.
 */
import { evaluate, type Locale, type Report, type Targets } from '@attache/core';
import type { Doc, Span } from '../doc.js';
import { re } from '../spans.js';
import type { AudienceId, ChecklistStatus } from '../types.js';
import type { SourceRef } from '../cite.js';

export { re };

/** The languages a checklist serves: English and Russian, and French, Spanish and German. */
export type ChecklistLanguage = 'en' | 'ru' | 'fr' | 'es' | 'de';

export interface ChecklistContext {
  doc: Doc;
  report: Report;
  audience: AudienceId;
  targets: Targets;
  maxSentenceWords: number;
  locale: Locale;
  /** The social thread's posts (youth), made and handed over by the caller: the checklist never
   * makes a thread or runs a rewrite itself. */
  threadPosts?: readonly string[];
}

export interface Result {
  status: ChecklistStatus;
  evidence: Span[];
  data?: Record<string, unknown>;
}

export type Check = (c: ChecklistContext) => Result;

interface Messages {
  label: string;
  explanation: string;
}

/** One checklist item, one file (`items/<id>.ts`). */
export interface ChecklistRule {
  meta: {
    id: string;
    /** The audiences whose checklist shows it (the checklist is chosen by this, not by a list elsewhere). */
    audiences: AudienceId[];
    /** The languages it checks automatically (pass / fail, or manual with hints). */
    languages: ChecklistLanguage[];
    /** Languages it has no rule for but still shows, as `manual` with no evidence: a person checks
     * it. The checklist of a text in a language in neither list leaves the item out. */
    manualIn?: ChecklistLanguage[];
    /** Where the practice comes from: ids of core's source registry. */
    sources: SourceRef[];
  };
  /** The label and explanation, per locale (`{{max}}`, `{{limit}}` … from the result's data). */
  messages: { en: Messages; ru: Messages };
  check: Check;
}

export { citeSources, type SourceRef } from '../cite.js';

export const found = (spans: Span[], ifFound: ChecklistStatus, ifNone: ChecklistStatus = 'pass'): Result => ({
  status: spans.length > 0 ? ifFound : ifNone,
  evidence: spans.slice(0, 20),
});

export const PHONE =
  /(?:\+\d[\d ()\u00a0-]{7,}\d|\b0\d{2,4}[ \u00a0-]?\d{3,4}[ \u00a0-]?\d{3,4}\b|\b8[ \u00a0-]?\(?\d{3}\)?[ \u00a0-]?\d{3}[ \u00a0-]?\d{2}[ \u00a0-]?\d{2}\b)/g;

export function target(id: 'maxGrade' | 'maxFormality' | 'maxEflaw'): Check {
  return ({ report, targets, doc }) => {
    const limit = targets[id];
    if (limit === undefined) return { status: 'manual', evidence: [] };
    const r = evaluate(report, { [id]: limit } as Targets).results[0];
    if (!r || r.actual === null) return { status: 'manual', evidence: [], data: { limit } };
    const hard = doc.sentences.filter((s, i) => report.sentences[i] && report.sentences[i]!.difficulty !== 'ok');
    return {
      status: r.met ? 'pass' : 'fail',
      evidence: r.met ? [] : hard.slice(0, 10).map((s) => ({ start: s.start, end: s.end })),
      data: { limit, actual: r.actual },
    };
  };
}
