/**
 * Targets and the one policy check that the CLI, the CMS plugin and the audience adapters share:
 * `evaluate(report, targets)` says which targets a text meets, with the figures.
 */
import { z } from 'zod';
import { AttacheInputError } from './errors.js';
import { requireObject, requireReport } from './guard.js';
import type { Report } from './schema.js';

export const TargetsSchema = z
  .object({
    /** Highest US grade level (report.readability.grade). GOV.UK aims at reading age 9 ≈ grade 4. */
    maxGrade: z.number().min(0).max(30).optional(),
    /** Highest formality score, 0..100. */
    maxFormality: z.number().min(0).max(100).optional(),
    /** Lowest formality score, 0..100 (a statement can be too casual too). */
    minFormality: z.number().min(0).max(100).optional(),
    /** Lowest Flesch Reading Ease (the language's adaptation where it has one). */
    minReadingEase: z.number().optional(),
    /** Highest McAlpine EFLAW score; ≤ 25 is "very easy" for learners of English (McAlpine 2006). */
    maxEflaw: z.number().min(0).optional(),
    /** Highest average sentence length in words (ASD-STE100: 20 procedural, 25 descriptive). */
    maxAverageSentenceWords: z.number().positive().optional(),
    /** Highest share (0..1) of sentences that are hard or very hard (Hemingway's bands). */
    maxHardSentenceShare: z.number().min(0).max(1).optional(),
    /** Most findings at error severity. */
    maxErrors: z.number().int().min(0).optional(),
    /** Most findings at warning severity. */
    maxWarnings: z.number().int().min(0).optional(),
  })
  .strict();
export type Targets = z.infer<typeof TargetsSchema>;
export type TargetId = keyof Targets;

export interface TargetResult {
  id: TargetId;
  /** The limit from the targets. */
  limit: number;
  /** What the text has; null when the report cannot say (too short, unsupported language). */
  actual: number | null;
  /** Unknown (`actual` null) counts as met: a policy should not block what it cannot measure. */
  met: boolean;
  comparison: '<=' | '>=';
}

export interface PolicyResult {
  met: boolean;
  results: TargetResult[];
  /** The targets missed, in the order of `results`. */
  failed: TargetResult[];
}

const GETTERS: Record<TargetId, { cmp: '<=' | '>='; get: (r: Report) => number | null }> = {
  maxGrade: { cmp: '<=', get: (r) => r.readability.grade },
  maxFormality: { cmp: '<=', get: (r) => r.formality.score },
  minFormality: { cmp: '>=', get: (r) => r.formality.score },
  minReadingEase: {
    cmp: '>=',
    get: (r) =>
      r.readability.adaptations['fleschOborneva'] ??
      r.readability.adaptations['fernandezHuerta'] ??
      r.readability.adaptations['fleschAmstad'] ??
      r.readability.adaptations['kandelMoles'] ??
      r.readability.fleschReadingEase,
  },
  maxEflaw: { cmp: '<=', get: (r) => r.readability.mcalpineEflaw },
  maxAverageSentenceWords: {
    cmp: '<=',
    get: (r) => (r.counts.sentences > 0 ? r.counts.words / r.counts.sentences : null),
  },
  maxHardSentenceShare: {
    cmp: '<=',
    get: (r) =>
      r.sentences.length > 0 ? r.sentences.filter((s) => s.difficulty !== 'ok').length / r.sentences.length : null,
  },
  maxErrors: { cmp: '<=', get: (r) => r.findings.filter((f) => f.severity === 'error').length },
  maxWarnings: { cmp: '<=', get: (r) => r.findings.filter((f) => f.severity === 'warning').length },
};

/** Checks a report against targets. Throws AttacheInputError ('bad-option') naming the key when
 * targets are invalid, or when `report` is not a report. */
export function evaluate(report: Report, targets: Targets): PolicyResult {
  requireReport(report, 'evaluate()');
  requireObject(targets, 'evaluate()', 'targets', 'an object of targets, e.g. { maxGrade: 8 }');
  const parsed = TargetsSchema.safeParse(targets);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((i) =>
        i.code === 'unrecognized_keys'
          ? `unknown target ${i.keys.map((k) => `"${k}"`).join(', ')}`
          : `"${i.path.join('.')}": ${i.message}`,
      )
      .join('; ');
    throw new AttacheInputError('bad-option', `evaluate(): invalid targets: ${issues}.`);
  }
  const checked = parsed.data;
  const results: TargetResult[] = [];
  for (const id of Object.keys(GETTERS) as TargetId[]) {
    const limit = checked[id];
    if (limit === undefined) continue;
    const { cmp, get } = GETTERS[id];
    const raw = get(report);
    const actual = raw === null ? null : Math.round(raw * 100) / 100;
    const met = actual === null || (cmp === '<=' ? actual <= limit : actual >= limit);
    results.push({ id, limit, actual, met, comparison: cmp });
  }
  const failed = results.filter((r) => !r.met);
  return { met: failed.length === 0, results, failed };
}
