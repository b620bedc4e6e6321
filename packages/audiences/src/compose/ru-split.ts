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
import { russianMorphology } from '@attache/core';
import { ruAndVerb, ruGerund } from '../proposers/split-sentence/ru-more.js';
import { ruPoints } from '../proposers/split-sentence/ru-rules.js';
import type { AudienceId } from '../types.js';
import { splitShort, type SplitRules } from './split-short.js';
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

/**
 * Russian: no cut inside a quotation or a name in guillemets; a decree's point has no subject
 * («Назначить Кикотя …, освободив его …»): «Он освободил его …» would name none.
 */
const RU_RULES: SplitRules = {
  language: 'ru',
  points: (doc, sent) => [...ruPoints(doc, sent), ...ruAndVerb(doc, sent), ...ruGerund(doc, sent)],
  quotation: /[«“][^»”]*[»”]/gu,
  refusePieces: ([first, second]) => /^(?:Он|Она|Оно|Они)(?!\p{L})/u.test(second!) && opensWithInfinitive(first!),
};

/**
 * `s` as short sentences (itself alone when no cut holds). `maxWords`: a piece over it is cut
 * again (at most three cuts); `ok`: the verifier, asked about the pieces together.
 */
export function splitRussian(s: string, maxWords: number, ok: (text: string) => boolean, cuts = 3): string[] {
  return splitShort(s, maxWords, ok, RU_RULES, cuts);
}
