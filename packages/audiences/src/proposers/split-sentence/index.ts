/**
 * Long sentences split at clause boundaries, only where both halves are clauses of their own:
 * English "; ", ", and " + subject, ", but ", ", which " + verb, ", so ";
 * Russian "; ", ", а ", ", но ", ", однако ", ", и " + clause, ", при этом ", ", после чего ",
 * ", что позволит…" and ", который/-ая/-ое/-ые" + verb (→ "Он/Она/Оно/Они", agreeing).
 * Rules for Russian commas before "и" between clauses: Rosenthal's handbook; sentence length
 * limits: see each audience's targets.
 */
import type { Doc, DocSentence } from '../../doc.js';
import { editable, workSentences, type Draft, type ProposerContext } from '../draft.js';
import { wc, type Point } from './points.js';

import { enPoints } from './en-rules.js';
import { ruAndVerb, ruGerund } from './ru-more.js';
import { ruPoints } from './ru-rules.js';

/** Every English split point of a sentence, whatever its length (the splitter picks one). */
export function enSplitPoints(doc: Doc, s: DocSentence): Point[] {
  return enPoints(doc, s);
}

export function splitSentences(doc: Doc, ctx: ProposerContext): Draft[] {
  const out: Draft[] = [];
  const ru = doc.language === 'ru';
  for (const s of workSentences(doc)) {
    const total = wc(doc, s.start, s.end);
    if (total <= ctx.maxSentenceWords) continue;
    // A question is left whole: its parts are not statements ("And is the regime responding, showing …?").
    if (/\?\s*["'”’»)]*\s*$/.test(s.text)) continue;
    const points = ru ? [...ruPoints(doc, s), ...ruAndVerb(doc, s), ...ruGerund(doc, s)] : enSplitPoints(doc, s);
    // Both halves ≥ 4 words; the most balanced split first.
    let best: { p: Point; score: number } | undefined;
    for (const p of points) {
      const left = wc(doc, s.start, p.start);
      const right = wc(doc, p.start, s.end);
      if (left < 4 || right < 4) continue;
      if (!editable(doc, p.start, p.end, p.replacement)) continue;
      const score = Math.max(left, right) - p.confidence * 3;
      if (!best || score < best.score) best = { p, score };
    }
    if (!best) continue;
    const p = best.p;
    out.push({
      kind: 'split-sentence',
      start: p.start,
      end: p.end,
      replacement: p.replacement,
      confidence: p.confidence,
      safe: true,
      findings: ['audiences/sentence-length'],
      rationale: 'split-sentence',
      data: { words: total, max: ctx.maxSentenceWords, at: p.pattern },
    });
  }
  return out;
}
