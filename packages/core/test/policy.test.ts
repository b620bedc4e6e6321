import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/policy.js';
import type { Report } from '../src/schema.js';

function report(over: {
  grade?: number | null;
  formality?: number | null;
  eflaw?: number | null;
  severities?: string[];
  words?: number;
  sentences?: number;
  hard?: number;
}): Report {
  const sentences = over.sentences ?? 4;
  return {
    version: 1,
    format: 'text',
    length: 100,
    language: { code: 'en', confidence: 1, source: 'forced', supported: true },
    counts: {
      sentences,
      words: over.words ?? 80,
      syllables: 0,
      letters: 0,
      characters: 0,
      polysyllables: 0,
      monosyllables: 0,
      longWords: 0,
      complexWords: 0,
      miniWords: 0,
      difficultWords: 0,
      paragraphs: 1,
    },
    readability: {
      fleschReadingEase: 50,
      fleschKincaidGrade: over.grade ?? 8,
      gunningFog: null,
      smog: null,
      colemanLiau: null,
      automatedReadabilityIndex: null,
      lix: null,
      rix: null,
      mcalpineEflaw: over.eflaw ?? 20,
      daleChall: null,
      adaptations: {},
      grade: over.grade === undefined ? 8 : over.grade,
      readingAge: 13,
      tooShort: false,
      gradeFormula: 'fleschKincaidGrade',
    },
    formality: { score: over.formality === undefined ? 60 : over.formality, label: 'formal', model: 't', signals: [] },
    sentences: Array.from({ length: sentences }, (_, i) => ({
      start: i,
      end: i + 1,
      loc: { start: { line: 1, column: i + 1 }, end: { line: 1, column: i + 2 } },
      words: 20,
      syllables: 30,
      grade: 8,
      difficulty: i < (over.hard ?? 0) ? ('hard' as const) : ('ok' as const),
      formality: 50,
      quoted: false,
    })),
    regions: [],
    anatomy: { speechShare: 0, agreedShare: 0, transcript: false, turns: 0, speakers: [] },
    findings: (over.severities ?? []).map((severity) => ({
      ruleId: 'r',
      messageId: 'm',
      data: {},
      message: 'm',
      severity: severity as 'error',
      start: 0,
      end: 1,
      loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
      actual: 'x',
      suggestions: [],
    })),
  };
}

describe('evaluate (policy)', () => {
  it('reports each target with its limit, the actual figure and whether it is met', () => {
    const r = evaluate(report({ grade: 11.234, formality: 72 }), { maxGrade: 8, maxFormality: 80 });
    expect(r.met).toBe(false);
    expect(r.results).toEqual([
      { id: 'maxGrade', limit: 8, actual: 11.23, met: false, comparison: '<=' },
      { id: 'maxFormality', limit: 80, actual: 72, met: true, comparison: '<=' },
    ]);
    expect(r.failed.map((f) => f.id)).toEqual(['maxGrade']);
  });

  it('counts findings by severity, sentence shares and averages', () => {
    const r = evaluate(report({ severities: ['error', 'warning', 'warning'], hard: 2, words: 100, sentences: 4 }), {
      maxErrors: 0,
      maxWarnings: 2,
      maxHardSentenceShare: 0.25,
      maxAverageSentenceWords: 25,
      minFormality: 61,
    });
    const byId = Object.fromEntries(r.results.map((x) => [x.id, x]));
    expect(byId.maxErrors).toMatchObject({ actual: 1, met: false });
    expect(byId.maxWarnings).toMatchObject({ actual: 2, met: true });
    expect(byId.maxHardSentenceShare).toMatchObject({ actual: 0.5, met: false });
    expect(byId.maxAverageSentenceWords).toMatchObject({ actual: 25, met: true });
    expect(byId.minFormality).toMatchObject({ actual: 60, met: false, comparison: '>=' });
  });

  it('does not fail a target the report cannot measure', () => {
    const r = evaluate(report({ grade: null, formality: null }), { maxGrade: 8, maxFormality: 50 });
    expect(r.met).toBe(true);
    expect(r.results.every((x) => x.actual === null)).toBe(true);
  });

  it('rejects unknown or out-of-range targets, naming the key', () => {
    expect(() => evaluate(report({}), { maxGrad: 8 } as never)).toThrow(/maxGrad/);
    expect(() => evaluate(report({}), { maxFormality: 120 })).toThrow(/maxFormality|120/);
  });
});
