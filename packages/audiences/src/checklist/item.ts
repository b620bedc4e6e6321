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

export { re };

export interface ChecklistContext {
  doc: Doc;
  report: Report;
  audience: AudienceId;
  targets: Targets;
  maxSentenceWords: number;
  locale: Locale;
  /** Post lengths of the social thread (youth), computed by the caller. */
  threadPosts?: string[];
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
    /** The audiences whose checklist lists it (their configuration names it too). */
    audiences: AudienceId[];
    languages: ('en' | 'ru')[];
    /** Where the practice comes from. */
    source: string;
  };
  /** The label and explanation, per locale (`{{max}}`, `{{limit}}` … from the result's data). */
  messages: { en: Messages; ru: Messages };
  check: Check;
}

export const S = {
  govuk: 'GOV.UK style guide and “Writing for GOV.UK” (Government Digital Service)',
  ste: 'ASD-STE100 Simplified Technical English',
  global: 'Global English (Kohl, The Global English Style Guide, 2008)',
  mcalpine: 'McAlpine (2006), From Plain English to Global English — EFLAW',
  hemingway: 'Hemingway Editor readability bands',
  plain: 'Federal Plain Language Guidelines (plainlanguage.gov)',
  press: 'Press-office practice',
  wcag: 'WCAG 2.2, success criterion 1.1.1 Non-text Content; GOV.UK accessibility guidance',
  platform: 'Platform norms (X/Twitter 280-character posts) and press-office social-media practice',
  ilyakhov: 'Ильяхов, Сарычева «Пиши, сокращай» (2016)',
};

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
