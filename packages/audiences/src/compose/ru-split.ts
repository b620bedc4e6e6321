/**
 * Russian short sentences for a version (короткие предложения): a sentence of the release over
 * the audience's length is cut where the rewrite's Russian splitter finds a clause boundary
 * (proposers/split-sentence: «; », «, а», «, но», «, при этом», «, который …» → «Он/Она/Оно/Они …»,
 * a second past-tense predicate «… и обсудил …» → «…. Он обсудил …», a closing perfective gerund
 * «…, обеспечив …» → «…. Они обеспечили …»), the most balanced cut first, then again in each
 * piece while it is still long. The splitter's rows are the rewrite's, so an edit in place and a
 * version split the same sentence the same way; only the length that starts a split is the
 * version's (its audience's average, `RU_SPLIT_OVER`). A cut is kept only when both pieces have
 * four words or more, neither is a fragment, and the verifier passes them.
 */
import { analyze, russianMorphology } from '@attache/core';
import { docFor } from '../adapter.js';
import { editable, workSentences } from '../proposers/draft.js';
import { wc, type Point } from '../proposers/split-sentence/points.js';
import { ruAndVerb, ruGerund } from '../proposers/split-sentence/ru-more.js';
import { ruPoints } from '../proposers/split-sentence/ru-rules.js';
import type { AudienceId } from '../types.js';
import { splitSentences } from './restructure.js';
import { fragment } from './select.js';
import { VERSION_TARGETS } from './targets.js';

/**
 * Words over which a version's Russian sentence is split: the audience's target average
 * (targets.ts: youth 12, rural 15; foreign, with no average target, at the rewrite's 20 less a
 * quarter), so that split pieces bring the average under the target rather than to it.
 */
export const RU_SPLIT_OVER: Record<AudienceId, number> = { youth: 10, rural: 12, foreign: 15 };

/**
 * Spare sentences a Russian version selects beyond its channel's count, for fit (fit.ts) to put
 * in place of a sentence that keeps the version from its targets. Six, measured on the 16
 * releases (dev): rural notices meeting their targets 6 → 10 of 16 (two spares) and no change
 * at twelve spares but for one foreign version.
 */
export const RU_SPARE = 6;

/**
 * The longest sentence a Russian version keeps whole when no shorter head of it stands: the rural
 * audience's limit (targets.ts, GOV.UK and ASD-STE100: no sentence over 25 words).
 */
export const RU_LONGEST: number = VERSION_TARGETS.rural.find((t) => t.id === 'longestSentenceWords')!.max;

/** A sentence led by an infinitive, as a decree's points are («Назначить …», «Принять отставку …»). */
function opensWithInfinitive(s: string): boolean {
  const first = /^[\p{L}-]+/u.exec(s)?.[0];
  const m = russianMorphology();
  if (!first || !m) return false;
  const ps = m.parse(first.toLowerCase());
  return ps[0]?.pos === 'INFN';
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** The split points of a one-sentence text, each with its two halves' word counts. */
function pointsOf(s: string): Array<{ p: Point; left: number; right: number }> {
  const report = analyze(s, { language: 'ru', lint: false });
  const doc = docFor(report, s);
  const list = workSentences(doc);
  if (list.length !== 1) return [];
  const sent = list[0]!;
  const out: Array<{ p: Point; left: number; right: number }> = [];
  for (const p of [...ruPoints(doc, sent), ...ruAndVerb(doc, sent), ...ruGerund(doc, sent)]) {
    if (!editable(doc, p.start, p.end, p.replacement)) continue;
    out.push({ p, left: wc(doc, sent.start, p.start), right: wc(doc, p.start, sent.end) });
  }
  return out;
}

/**
 * `s` as short sentences (itself alone when no cut holds). `maxWords`: a piece over it is cut
 * again (at most three cuts); `ok`: the verifier, asked about the pieces together.
 */
export function splitRussian(s: string, maxWords: number, ok: (text: string) => boolean, cuts = 3): string[] {
  if (cuts <= 0 || words(s) <= maxWords) return [s];
  // never inside a quotation or a name in guillemets
  const inside = [...s.matchAll(/[«“][^»”]*[»”]/gu)].map((m) => [m.index, m.index + m[0].length] as const);
  const candidates = pointsOf(s)
    .filter((x) => x.left >= 4 && x.right >= 4 && !inside.some(([a, b]) => x.p.start < b && x.p.end > a))
    .sort((a, b) => Math.max(a.left, a.right) - a.p.confidence * 3 - (Math.max(b.left, b.right) - b.p.confidence * 3));
  for (const { p } of candidates) {
    const text = s.slice(0, p.start) + p.replacement + s.slice(p.end);
    const pieces = splitSentences(text);
    if (pieces.length !== 2 || pieces.some((x) => fragment(x, 'ru') || words(x) < 4)) continue;
    // a decree's point has no subject («Назначить Кикотя …, освободив его …»): «Он освободил его …» would name none
    if (/^(?:Он|Она|Оно|Они)(?!\p{L})/u.test(pieces[1]!) && opensWithInfinitive(pieces[0]!)) continue;
    if (!ok(pieces.join(' '))) continue;
    return pieces.flatMap((x) => splitRussian(x, maxWords, ok, cuts - 1));
  }
  return [s];
}
