/**
 * Short sentences for a version, in either language: a sentence over the audience's length is cut
 * where the rewrite's splitter finds a clause boundary (proposers/split-sentence), the most
 * balanced cut first, then again in each piece while it is still long. A cut is kept only when
 * both pieces have four words or more, neither is a fragment, it is not inside a quotation, the
 * language's own checks let it stand, and the verifier passes the pieces. en-split.ts and
 * ru-split.ts give each language's rows and checks.
 */
import { analyze } from '@attache/core';
import { docFor } from '../adapter.js';
import type { Doc, DocSentence } from '../doc.js';
import { editable, workSentences } from '../proposers/draft.js';
import { wc, type Point } from '../proposers/split-sentence/points.js';
import { splitSentences } from './restructure.js';
import { fragment } from './select.js';

/** What a language brings to the split. */
export interface SplitRules {
  language: 'en' | 'ru';
  /** The rewrite's split points of one sentence. */
  points: (doc: Doc, sent: DocSentence) => Point[];
  /** A quotation (or a name in guillemets): no cut inside it. */
  quotation: RegExp;
  /** A cut at `p` of `s` that the language rules out before trying it. */
  refuse?: (s: string, p: Point) => boolean;
  /** Two pieces the language rules out after the cut. */
  refusePieces?: (pieces: string[]) => boolean;
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** The split points of a one-sentence text, each with its two halves' word counts. */
function pointsOf(s: string, rules: SplitRules): Array<{ p: Point; left: number; right: number }> {
  const report = analyze(s, { language: rules.language, lint: false });
  const doc = docFor(report, s);
  const list = workSentences(doc);
  if (list.length !== 1) return [];
  const sent = list[0]!;
  const out: Array<{ p: Point; left: number; right: number }> = [];
  for (const p of rules.points(doc, sent)) {
    if (!editable(doc, p.start, p.end, p.replacement)) continue;
    out.push({ p, left: wc(doc, sent.start, p.start), right: wc(doc, p.start, sent.end) });
  }
  return out;
}

/**
 * The two sentences a cut makes. A cut right after an abbreviation ("… back to the U.S., and
 * they’re …") ends the first sentence on the abbreviation's own full stop ("… to the U.S.
 * They’re …"), which splitSentences would not read as an end (it never ends a sentence after
 * "U.S.", lest "U.S. Embassy" be cut), so the two pieces are taken from the cut itself.
 */
function cutAt(s: string, p: Point): string[] {
  const before = s.slice(0, p.start);
  const text = before + p.replacement + s.slice(p.end);
  if (/^\.\s/u.test(p.replacement) && /(?:^|[\s(])(?:\p{L}\.){2,}$/u.test(before)) {
    const pieces = [before, (p.replacement.slice(2) + s.slice(p.end)).trim()];
    return splitSentences(pieces[1]!).length === 1 ? pieces : splitSentences(text);
  }
  return splitSentences(text);
}

/**
 * `s` as short sentences (itself alone when no cut holds). `maxWords`: a piece over it is cut
 * again (at most `cuts` cuts); `ok`: the verifier, asked about the pieces together.
 */
export function splitShort(
  s: string,
  maxWords: number,
  ok: (text: string) => boolean,
  rules: SplitRules,
  cuts = 3,
): string[] {
  if (cuts <= 0 || words(s) <= maxWords) return [s];
  const inside = [...s.matchAll(rules.quotation)].map((m) => [m.index, m.index + m[0].length] as const);
  const candidates = pointsOf(s, rules)
    .filter(
      (x) =>
        x.left >= 4 &&
        x.right >= 4 &&
        !inside.some(([a, b]) => x.p.start < b && x.p.end > a) &&
        !rules.refuse?.(s, x.p),
    )
    .sort((a, b) => Math.max(a.left, a.right) - a.p.confidence * 3 - (Math.max(b.left, b.right) - b.p.confidence * 3));
  for (const { p } of candidates) {
    const pieces = cutAt(s, p);
    if (pieces.length !== 2 || pieces.some((x) => fragment(x, rules.language) || words(x) < 4)) continue;
    if (rules.refusePieces?.(pieces)) continue;
    if (!ok(pieces.join(' '))) continue;
    return pieces.flatMap((x) => splitShort(x, maxWords, ok, rules, cuts - 1));
  }
  return [s];
}
