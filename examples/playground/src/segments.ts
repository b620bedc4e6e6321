/**
 * Turns a report into runs of text for the highlighted view: each sentence is a run (with its
 * difficulty), and inside it the spans of findings become marks. Pure data, rendered as text
 * nodes by the page (never as HTML), and tested in Node.
 */
import type { Finding, Sentence } from '@attache/core';

/** Rules about a whole sentence: shown on the sentence (heat map), not as an inline mark. */
export const SENTENCE_RULES = new Set(['hard-sentence', 'sentence-length']);

export interface Mark {
  start: number;
  end: number;
  /** The findings shown by this mark: the first placed one and those that overlap it. */
  findings: Finding[];
  /** The most severe of them. */
  severity: Finding['severity'];
}

export interface Piece {
  start: number;
  end: number;
  /** Index into `marks`, or -1. */
  mark: number;
  /** The first piece of its mark (the focusable one). */
  first: boolean;
}

export interface Run {
  /** Index into the report's sentences, or -1 for text between sentences. */
  sentence: number;
  pieces: Piece[];
}

export interface Layout {
  runs: Run[];
  marks: Mark[];
  /** Sentence-level findings by sentence index. */
  sentenceFindings: Map<number, Finding[]>;
}

const RANK: Record<Finding['severity'], number> = { error: 3, warning: 2, suggestion: 1 };

export function layout(text: string, sentences: readonly Sentence[], findings: readonly Finding[]): Layout {
  const n = text.length;
  const clamp = (x: number): number => Math.max(0, Math.min(n, x));
  const sentenceFindings = new Map<number, Finding[]>();
  const inline: Finding[] = [];
  for (const f of findings) {
    if (SENTENCE_RULES.has(f.ruleId)) {
      const i = sentences.findIndex((s) => f.start < s.end && s.start < f.end);
      if (i >= 0) {
        const list = sentenceFindings.get(i) ?? [];
        list.push(f);
        sentenceFindings.set(i, list);
        continue;
      }
    }
    if (f.end > f.start) inline.push(f);
  }

  // Marks: greedy by start (longer first); an overlapping finding joins the mark it overlaps.
  inline.sort((a, b) => a.start - b.start || b.end - a.end);
  const marks: Mark[] = [];
  for (const f of inline) {
    const host = marks.find((m) => f.start < m.end && m.start < f.end);
    if (host) {
      host.findings.push(f);
      if (RANK[f.severity] > RANK[host.severity]) host.severity = f.severity;
    } else marks.push({ start: clamp(f.start), end: clamp(f.end), findings: [f], severity: f.severity });
  }

  const cuts = new Set<number>([0, n]);
  for (const s of sentences) cuts.add(clamp(s.start)).add(clamp(s.end));
  for (const m of marks) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);

  // Sentences do not overlap; marks do not overlap: a pointer walk over each gives the owner.
  const sortedSentences = sentences.map((s, i) => ({ s, i })).sort((a, b) => a.s.start - b.s.start);
  let si = 0;
  let mi = 0;
  const seen = new Set<number>();
  const runs: Run[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!;
    const end = points[k + 1]!;
    if (end <= start) continue;
    while (si < sortedSentences.length && sortedSentences[si]!.s.end <= start) si++;
    while (mi < marks.length && marks[mi]!.end <= start) mi++;
    const cur = sortedSentences[si];
    const sentence = cur && cur.s.start <= start && end <= cur.s.end ? cur.i : -1;
    const m = marks[mi];
    const mark = m && m.start <= start && end <= m.end ? mi : -1;
    const first = mark >= 0 && !seen.has(mark);
    if (first) seen.add(mark);
    const last = runs[runs.length - 1];
    const piece: Piece = { start, end, mark, first };
    if (last && last.sentence === sentence && sentence >= 0) last.pieces.push(piece);
    else if (last && last.sentence === -1 && sentence === -1) last.pieces.push(piece);
    else runs.push({ sentence, pieces: [piece] });
  }
  return { runs, marks, sentenceFindings };
}
