/**
 * English word classes and helpers of the splitter: auxiliaries, finite verbs, subject starts,
 * subordinators, verbs in -s, modals, and the subject of a clause.
 */
import { words, type WordToken } from '../../text.js';
import { DETERMINER_CUES } from '../../lang/en-cues.js';
import { IRREGULAR_PASTS } from '@attache/core';
import type { Doc, DocSentence } from '../../doc.js';

/** Auxiliaries and modals: a finite verb of their own. */
export const EN_AUX: ReadonlySet<string> = new Set([
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'may',
  'might',
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'did',
  'does',
]);
export const EN_FINITE = new Set([
  ...EN_AUX,
  'do',
  'remains',
  'remain',
  'continues',
  'continue',
  'says',
  'announces',
  'welcomes',
  'includes',
  'supports',
  'provides',
  'condemns',
  'calls',
  'urges',
  'notes',
  'recognizes',
  'recognises',
  'looks',
  'expects',
  'plans',
  'works',
  'funds',
  'offers',
  'believes',
  'takes',
  'makes',
  'helps',
  'seeks',
  'aims',
  'reflects',
  'marks',
  'represents',
  'requires',
  'allows',
  'enables',
  'ensures',
  'stands',
  'shows',
  'gives',
  'brings',
  'builds',
  'leads',
  'set',
  'shall',
  'need',
  'needs',
  'want',
  'wants',
  'hope',
  'hopes',
  'agree',
  'agrees',
  'face',
  'faces',
  'reaffirm',
  'reaffirms',
]);
export const EN_SUBJECT_START = new Set([
  'the',
  'this',
  'these',
  'those',
  'that',
  'it',
  'they',
  'we',
  'he',
  'she',
  'i',
  'you',
  'its',
  'their',
  'our',
  'his',
  'her',
  'there',
  'a',
  'an',
  'many',
  'some',
  'most',
  'all',
  'each',
  'both',
  'several',
  'no',
  'other',
  'such',
  'one',
  'two',
  'three',
  'every',
  'more',
  'further',
  'new',
  'local',
  'participants',
  'officials',
]);

export function enVerbCue(w: string): boolean {
  const x = w.toLowerCase();
  // "-ed" only on a lower-case word: "United" in "the United States" is a name.
  return EN_FINITE.has(x) || EN_IRREGULAR_PAST.has(x) || /^[a-z]{3,}ed$/.test(w) || SUBJECT_AUX.test(x);
}

/**
 * A pronoun with its auxiliary contracted ("they’ll", "we’re", "it’s"): a subject and a finite
 * verb in one word. Spoken register writes them (White House statements: "They’ll help bring
 * manufacturing jobs back …, and they’re squarely focused on …"), and without them the split
 * found neither the left clause's verb nor the right one's subject.
 */
export const SUBJECT_AUX = /^(?:we|they|he|she|it|i|you|there|that)['’](?:ll|re|ve|d|s|m)$/;

/** Finite forms that show a clause has begun: auxiliaries and modals. */
export const isFiniteAux = (w: string): boolean => EN_AUX.has(w) || w === 'do';

/**
 * True when the words from `from` open a clause: a subject of at most five words (no
 * punctuation, no relative word, no preposition that would make it a phrase) and then a finite
 * verb. "…, and public debt has decreased" opens one; "…, and Burkina Faso as they …" and
 * "…, and teachers who have …" do not.
 */
export function startsClause(doc: Doc, from: number, end: number): boolean {
  let ws = words(doc.input, from, end).slice(0, 8);
  // "…, and profoundly impaired …": a leading adverb does not make a subject.
  while (ws.length > 1 && /^[a-z]+ly$/.test(ws[0]!.text) && doc.input.slice(ws[0]!.end, ws[1]!.start) === ' ')
    ws = ws.slice(1);
  for (let i = 0; i < ws.length; i++) {
    if (i > 0 && doc.input.slice(ws[i - 1]!.end, ws[i]!.start) !== ' ') return false;
    const w = ws[i]!.text;
    const x = w.toLowerCase();
    if (i === 0 && x === 'that') {
      // "…, and that includes …": a demonstrative subject; "…, and that the letters …": reported speech.
      const v = ws[1]?.text ?? '';
      return isFiniteAux(v) || EN_S_VERBS.has(v);
    }
    if (/^(who|whom|whose|which|that|where|when|as|to|of|for|with|by|from|between|among|including|and|or)$/.test(x))
      return false;
    if (i === 0) {
      // "…, but has also cared …", "…, and before the premium is added": no subject, or a subordinate clause.
      if (isFiniteAux(x) || EN_S_VERBS.has(x) || EN_IRREGULAR_PAST.has(x) || /^[a-z]{3,}ed$/.test(w)) return false;
      if (
        /^(before|after|if|because|although|though|while|since|until|unless|once|whether|than|so|but|not|also|what|how|why|who|whom|whose|which|where|when)$/.test(
          x,
        )
      )
        return false;
      if (SUBJECT_AUX.test(x)) return ws[1] !== undefined && doc.input.slice(ws[0]!.end, ws[1]!.start) === ' ';
      if (/^(we|they|he|she|it|i|you|there)$/.test(x))
        return ws[1] !== undefined && doc.input.slice(ws[0]!.end, ws[1]!.start) === ' ';
      continue;
    }
    if (isFiniteAux(w)) return true;
    if (w === x && EN_S_VERBS.has(x)) return true;
    if (w === x && (EN_IRREGULAR_PAST.has(x) || /^[a-z]{3,}ed$/.test(x))) {
      // "…, and people affected by conflict": a participle after its noun, not a verb.
      const after = ws[i + 1];
      return after !== undefined && after.text !== 'by' && doc.input.slice(ws[i]!.end, after.start) === ' ';
    }
  }
  return false;
}

/** Irregular simple pasts: the verb table's, and "set" (the same as its base). */
export const EN_IRREGULAR_PAST: ReadonlySet<string> = new Set([...IRREGULAR_PASTS, 'set']);
export const EN_SUBORDINATE =
  /\b(that|which|who|whom|whose|when|where|while|if|because|although|though|as|since|until|unless|whether|so that|after|before)\b/i;

/** Third-person verbs that are rarely nouns (so "and continues" is a second predicate). */
export const EN_S_VERBS = new Set([
  'welcomes',
  'condemns',
  'announces',
  'remains',
  'continues',
  'includes',
  'provides',
  'urges',
  'notes',
  'recognizes',
  'recognises',
  'expects',
  'believes',
  'seeks',
  'reflects',
  'represents',
  'requires',
  'allows',
  'enables',
  'ensures',
  'reaffirms',
  'agrees',
  'wants',
  'is',
  'has',
  'does',
  'contradicts',
  'underscores',
  'demonstrates',
  'strengthens',
  'supports',
  'commends',
  'applauds',
  'congratulates',
  'thanks',
  'encourages',
  'intends',
  'undermines',
  'violates',
  'threatens',
  'remains',
  'stands',
  'joins',
  'shares',
  'extends',
]);
export const SPEECH =
  /^(said|added|noted|stressed|emphasi[sz]ed|underlined|underscored|pointed|recalled|explained|observed|remarked|reiterated|confirmed|announced|expressed|thanked|welcomed|called|urged|told|assured|informed|reported|agreed|stated|highlighted)$/;
export const EN_MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might']);
/** After these a verb-looking word is not a verb: determiners (shared with the list matcher), prepositions, conjunctions, a few adverbs. */
export const EN_DET_PREP = new Set([
  ...DETERMINER_CUES,
  'of',
  'for',
  'with',
  'in',
  'on',
  'by',
  'to',
  'from',
  'and',
  'or',
  'newly',
  'recently',
  'jointly',
]);
export const EN_OBJECT_START =
  /^(the|a|an|his|her|their|its|our|to|with|on|that|in|for|them|him|it|this|these|those|all|new|further|both|each|every|any|no|more|up|out|about|at|from|by|against|us|me|you|[A-Z0-9].*)$/;

export function enClass(w: string, prev: string | undefined): 'past' | 's' | 'modal' | undefined {
  if (prev && EN_DET_PREP.has(prev.toLowerCase())) return undefined;
  const x = w.toLowerCase();
  if (w !== x) return undefined; // a capitalised word is a name
  if (EN_MODALS.has(x)) return 'modal';
  if (EN_IRREGULAR_PAST.has(x) || /^[a-z]{3,}ed$/.test(x)) return 'past';
  if (EN_S_VERBS.has(x)) return 's';
  return undefined;
}

/**
 * The subject of the clause whose finite verb is `ws[v1]`: the words right before it (adverbs
 * skipped), back to punctuation or the sentence start, re-capitalised; "a/an" becomes "The".
 * Undefined when the words before the verb do not start a clause or hold a relative word.
 */
export function subjectOf(doc: Doc, s: DocSentence, ws: WordToken[], v1: number): string | undefined {
  const gapBefore = (i: number): string => doc.input.slice(i === 0 ? s.start : ws[i - 1]!.end, ws[i]!.start);
  let a = v1 - 1;
  while (
    a >= 0 &&
    /^(also|today|now|jointly|further|strongly|firmly|fully|again|recently|newly|[a-z]+ly)$/.test(ws[a]!.text)
  )
    a--;
  const subjEnd = a;
  let subjStart = -1;
  for (let b = subjEnd; b >= 0 && subjEnd - b < 6; b--) {
    const w = ws[b]!.text;
    if (enClass(w, ws[b - 1]?.text) || EN_AUX.has(w.toLowerCase()) || (EN_SUBORDINATE.test(w) && w === w.toLowerCase()))
      break;
    subjStart = b;
    const gap = gapBefore(b);
    if (b === 0 || /[,;:—–(]/.test(gap) || /\n/.test(gap)) break;
  }
  if (subjStart < 0 || subjEnd < subjStart) return undefined;
  const gapStart = gapBefore(subjStart);
  if (!(subjStart === 0 || /[,;:—–(]/.test(gapStart))) return undefined; // the subject must start a clause
  if (subjStart === 0 && /[^\s"“«(]/.test(doc.input.slice(s.start, ws[0]!.start))) return undefined;
  const subjWords = ws.slice(subjStart, subjEnd + 1).map((w) => w.text);
  if (subjWords.some((w) => /^(which|who|that|it|there|what)$/i.test(w))) return undefined;
  // "We’re committed to … and will continue": the subject is the pronoun without its contracted verb;
  // "It’s not directed … and will allow": a negation belongs to the first verb, not to the subject.
  const clitic = /^(we|they|he|she|i|you)['’](re|ve|s|m|d|ll)$/i.exec(subjWords[subjWords.length - 1]!);
  if (clitic && subjWords.length === 1) return clitic[1]![0]!.toUpperCase() + clitic[1]!.slice(1);
  if (subjWords.some((w) => /^(not|never)$/i.test(w) || /['’](re|ve|s|m|d|ll)$/i.test(w))) return undefined;
  // "…, with the assistance of the CAA, refined …": a phrase between commas is not the subject.
  if (!/^(\p{Lu}|the$|a$|an$|this$|these$|those$|its$|their$|our$|his$|her$|we$|they$|he$|she$)/u.test(subjWords[0]!))
    return undefined;
  let subject = doc.input.slice(ws[subjStart]!.start, ws[subjEnd]!.end);
  if (/[,;:]/.test(subject)) return undefined;
  if (/^(A|An|a|an) /.test(subject)) subject = 'The' + subject.slice(subject.indexOf(' '));
  return subject[0]!.toUpperCase() + subject.slice(1);
}
