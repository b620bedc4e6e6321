/**
 * A plain word put where an officialese one stood must still fit its neighbours. These checks
 * adjust an English one-for-one substitution to the words around it, or refuse it when it would
 * not read ("more fair", "have later engaged", "enough and steady supplies", "in some ways").
 * Found by reading every safe rewrite of the English evaluation releases (and a sample of the
 * State Department pool).
 */
import type { Doc } from '../doc.js';
import { inflectPhrase } from '@attache/core';
import { matchCase, words } from '../text.js';

/** One-syllable plain adjectives and their comparative and superlative. */
const DEGREES: Record<string, [string, string]> = {
  fair: ['fairer', 'fairest'],
  strong: ['stronger', 'strongest'],
  clear: ['clearer', 'clearest'],
  simple: ['simpler', 'simplest'],
  quick: ['quicker', 'quickest'],
  big: ['bigger', 'biggest'],
  small: ['smaller', 'smallest'],
  safe: ['safer', 'safest'],
  large: ['larger', 'largest'],
  close: ['closer', 'closest'],
  new: ['newer', 'newest'],
  hard: ['harder', 'hardest'],
  easy: ['easier', 'easiest'],
  cheap: ['cheaper', 'cheapest'],
  fast: ['faster', 'fastest'],
  high: ['higher', 'highest'],
  low: ['lower', 'lowest'],
  wide: ['wider', 'widest'],
  full: ['fuller', 'fullest'],
  sure: ['surer', 'surest'],
};

/** Words after which a quantity needs "of": "several of his", "some of them". */
const PARTITIVE = /^(his|her|its|our|their|my|your|the|these|those|them|us|you|which|whom)$/;

export interface Fitted {
  start: number;
  end: number;
  replacement: string;
}

/**
 * `replacement` for `doc.input[start, end)` fitted to its context (English only; other languages
 * pass through), or undefined when no form of it reads right there.
 */
export function fitSubstitution(doc: Doc, start: number, end: number, replacement: string): Fitted | undefined {
  const same = { start, end, replacement };
  if (doc.language !== 'en') return same;
  const original = doc.input.slice(start, end).toLowerCase();
  const to = replacement.toLowerCase();
  const prevTok = words(doc.input, Math.max(0, start - 40), start).pop();
  const adjacent = prevTok && /^[ \t\u00a0]+$/.test(doc.input.slice(prevTok.end, start));
  const prev = adjacent ? prevTok.text.toLowerCase() : undefined;
  const nextM = /^([ \t\u00a0]*)([,;:]|[\p{L}\p{N}][\p{L}\p{N}'’-]*)?/u.exec(doc.input.slice(end, end + 40))!;
  const next = nextM[2]?.toLowerCase();

  // "more exclusively" → not "more only"; "more sufficient" → not "more enough".
  if (prev && /^(more|most|less|least)$/.test(prev) && /^(only|enough|many|much|some)$/.test(to)) return undefined;
  // "more equitable" → "fairer", not "more fair".
  if ((prev === 'more' || prev === 'most') && DEGREES[to]) {
    const form = DEGREES[to][prev === 'more' ? 0 : 1];
    return { start: prevTok!.start, end, replacement: matchCase(prevTok!.text, form) };
  }
  // "have subsequently engaged" → "have since engaged" ("have later engaged" does not read).
  if (original === 'subsequently' && prev && /^(have|has|['’]ve)$|['’]ve$/.test(prev))
    return { start, end, replacement: matchCase(doc.input.slice(start, end), 'since') };
  // "sufficient and steady supplies", "meaningful and sufficient support": "enough" cannot be
  // coordinated with an adjective, nor graded.
  if (to === 'enough' && ((next && /^(and|or|,)$/.test(next)) || (prev && /^(and|or|very)$/.test(prev))))
    return undefined;
  // "to anticipate and reduce disruptions": there "anticipate" means "foresee", not "expect".
  if (/^anticipat/.test(original) && /^expect/.test(to) && next && /^(and|or|,)$/.test(next)) return undefined;
  // "last year at this time" → not "last year now".
  if (original === 'at this time' && prev && /^(year|month|week|day|season)$/.test(prev)) return undefined;
  // "was not met with impunity": the passive "be met with" is not "meet".
  if (/^(met|meet) with$/.test(original) && prev && /^(is|are|was|were|be|been|being|not)$/.test(prev))
    return undefined;
  // "brought about 40 countries together": "about" is "some", not the particle.
  if (/ about$/.test(original) && next && /^(\d|one|two|three|four|five|six|seven|eight|nine|ten|a|an|half)/.test(next))
    return undefined;
  // "commercialization and scaling up of battery storage": a gerund used as a noun keeps its own word.
  if (/ing$/.test(to) && next === 'of') return undefined;
  // "countries have come to an agreement" → "have agreed", not "have agree".
  if (
    prev &&
    /^(have|has|had|having)$|['’]ve$/.test(prev) &&
    /^(come|become|run) /.test(original) &&
    /^[a-z]+$/.test(to)
  )
    return { start, end, replacement: matchCase(doc.input.slice(start, end), inflectPhrase(to, 'pp')) };
  // "a number of his ministers" → "several of his ministers"; "a number of them" → "some of them".
  if (original === 'a number of' && next && PARTITIVE.test(next))
    return { start, end, replacement: `${replacement} of` };
  // "We share a great deal of information" → "a lot of" ("much" is stiff in a statement).
  if (original === 'a great deal of' && to === 'much')
    return { start, end, replacement: matchCase(doc.input.slice(start, end), 'a lot of') };
  // "take action toward the health of workers": "act toward" means "behave toward".
  if (/action$/.test(original) && next && /^towards?$/.test(next)) return undefined;
  // "in a number of ways" means "in several ways"; "in some ways" means "to some extent".
  if (original === 'a number of' && to === 'some' && next === 'ways')
    return { start, end, replacement: matchCase(doc.input.slice(start, end), 'several') };
  return same;
}
