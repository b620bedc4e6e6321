/**
 * English split points: "; ", ", and " + subject, ", but ", ", which " + verb, ", so ", and a
 * second predicate of the same subject ("met X and discussed Y").
 */
import type { Doc, DocSentence } from '../../doc.js';
import { capitalise, words, type WordToken } from '../../text.js';
import { DETERMINER_CUES } from '../../lang/en-cues.js';
import { IRREGULAR_PASTS, looksLikeParticiple, verbForms } from '@attache/core';
import { lastSegment, wordAt, type Point } from './points.js';

/** Auxiliaries and modals: a finite verb of their own. */
const EN_AUX: ReadonlySet<string> = new Set([
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
const EN_FINITE = new Set([
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
const EN_SUBJECT_START = new Set([
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

function enVerbCue(w: string): boolean {
  const x = w.toLowerCase();
  // "-ed" only on a lower-case word: "United" in "the United States" is a name.
  return EN_FINITE.has(x) || EN_IRREGULAR_PAST.has(x) || /^[a-z]{3,}ed$/.test(w);
}

/** Finite forms that show a clause has begun: auxiliaries and modals. */
const isFiniteAux = (w: string): boolean => EN_AUX.has(w) || w === 'do';

/**
 * True when the words from `from` open a clause: a subject of at most five words (no
 * punctuation, no relative word, no preposition that would make it a phrase) and then a finite
 * verb. "…, and public debt has decreased" opens one; "…, and Burkina Faso as they …" and
 * "…, and teachers who have …" do not.
 */
function startsClause(doc: Doc, from: number, end: number): boolean {
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

export function enPoints(doc: Doc, s: DocSentence): Point[] {
  const out: Point[] = [];
  const text = s.text;
  const re = /(;|,|:) +(?:(and|but|which|so|where|after which)(?![\p{L}\p{N}]))? *(?=\S)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = s.start + m.index;
    const afterConj = at + m[0].length;
    const next = wordAt(doc, afterConj, s.end);
    if (!next) continue;
    const conj = m[2];
    const rightWords = words(doc.input, next.start, s.end)
      .slice(0, 9)
      .map((w) => w.text);
    const leftSeg = lastSegment(doc, s, at);
    const leftHasVerb = words(doc.input, leftSeg, at).some((w) => enVerbCue(w.text));
    const rightHasVerb = rightWords.slice(1).some(enVerbCue);
    const nextLower = next.text.toLowerCase();
    const reported = words(doc.input, s.start, at).some(
      (w) => SPEECH.test(w.text) || /^(says|notes|believes|thinks)$/.test(w.text),
    );
    // "…, but that there is still room": "that" opening a reported clause, not a demonstrative subject.
    if (nextLower === 'that' && !enVerbCue(rightWords[1] ?? '') && !EN_S_VERBS.has(rightWords[1] ?? '')) continue;
    if (m[1] === ':') {
      // "We have one aim: we will keep our staff safe." — only between two full clauses.
      // A pronoun must follow: after "the/a" the colon usually opens a list or a name ("…: the American Rescue Plan, which …").
      if (conj || !leftHasVerb || !rightHasVerb || !/^(we|they|he|she|it|i|you|this|these|there)$/.test(next.text))
        continue;
      const lead = words(doc.input, s.start, at)[0]?.text ?? '';
      if (/^(As|If|When|While|Although|Because|Since|After|Before|Whether)$/.test(lead)) continue;
      out.push({ start: at, end: next.end, replacement: '. ' + capitalise(next.text), confidence: 0.7, pattern: ': ' });
    } else if (m[1] === ',' && (conj === 'where' || conj === 'after which')) {
      // "He visited Lviv, where he met officials." → "He visited Lviv. There, he met officials."
      const subj = EN_SUBJECT_START.has(nextLower) || /^\p{Lu}/u.test(next.text);
      if (!subj || !rightHasVerb || !leftHasVerb) continue;
      const rest = doc.input.slice(next.start, s.end);
      if (/[,;:(—–]/.test(rest.replace(/,(?= (?:and|or) )/g, ''))) continue;
      const lower = EN_SUBJECT_START.has(nextLower) && next.text !== 'I' ? next.text.toLowerCase() : next.text;
      out.push({
        start: at,
        end: next.end,
        replacement: (conj === 'where' ? '. There, ' : '. After that, ') + lower,
        confidence: 0.7,
        pattern: ', ' + conj,
      });
    } else if (m[1] === ';' && !conj) {
      if (!rightHasVerb || !leftHasVerb || /^(and|or)$/i.test(next.text)) continue;
      out.push({
        start: at,
        end: next.end,
        replacement: '. ' + capitalise(next.text),
        confidence: 0.85,
        pattern: '; ',
      });
    } else if (m[1] === ',' && conj === 'and') {
      if (!startsClause(doc, next.start, s.end) || !leftHasVerb) continue;
      // "The President noted that A is growing, B is lower, and C is …": the last item is still reported.
      if (reported && !/^(he|she|they|we|i)$/.test(nextLower)) continue;
      out.push({
        start: at,
        end: next.end,
        replacement: '. ' + capitalise(next.text),
        confidence: 0.75,
        pattern: ', and',
      });
    } else if (m[1] === ',' && conj === 'but') {
      if (!startsClause(doc, next.start, s.end) || !leftHasVerb) continue;
      out.push({ start: at, end: next.start, replacement: '. But ', confidence: 0.8, pattern: ', but' });
    } else if (m[1] === ',' && conj === 'so') {
      if (nextLower === 'that') continue; // "so that": a purpose, not a result
      if (!startsClause(doc, next.start, s.end) || !leftHasVerb) continue;
      out.push({ start: at, end: next.start, replacement: '. So ', confidence: 0.75, pattern: ', so' });
    } else if (m[1] === ',' && conj === 'which') {
      // ", which will create jobs." → ". This will create jobs." — only when the clause runs to the end.
      if (!enVerbCue(next.text) && !/^[a-z]+s$/.test(next.text)) continue;
      if (!leftHasVerb) continue;
      const rest = doc.input.slice(next.start, s.end);
      if (/[,;:(—–]/.test(rest.replace(/,(?= (?:and|or) )/g, ''))) continue;
      const plural = /^(are|were|have)$/i.test(next.text);
      // "…to Cuba, which has seen protests" → "It has seen …": after a name, "which" is the name.
      const before = words(doc.input, s.start, at).at(-1)?.text ?? '';
      const named = /^\p{Lu}/u.test(before) && !/^\p{Lu}+$/u.test(before);
      out.push({
        start: at,
        end: next.start,
        replacement: named ? (plural ? '. They ' : '. It ') : plural ? '. These ' : '. This ',
        confidence: 0.65,
        pattern: ', which',
      });
    }
  }
  return out;
}

/** Irregular simple pasts: the verb table's, and "set" (the same as its base). */
const EN_IRREGULAR_PAST: ReadonlySet<string> = new Set([...IRREGULAR_PASTS, 'set']);
const EN_SUBORDINATE =
  /\b(that|which|who|whom|whose|when|where|while|if|because|although|though|as|since|until|unless|whether|so that|after|before)\b/i;

/** Third-person verbs that are rarely nouns (so "and continues" is a second predicate). */
const EN_S_VERBS = new Set([
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
const SPEECH =
  /^(said|added|noted|stressed|emphasi[sz]ed|underlined|underscored|pointed|recalled|explained|observed|remarked|reiterated|confirmed|announced|expressed|thanked|welcomed|called|urged|told|assured|informed|reported|agreed|stated|highlighted)$/;
const EN_MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might']);
/** After these a verb-looking word is not a verb: determiners (shared with the list matcher), prepositions, conjunctions, a few adverbs. */
const EN_DET_PREP = new Set([
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
const EN_OBJECT_START =
  /^(the|a|an|his|her|their|its|our|to|with|on|that|in|for|them|him|it|this|these|those|all|new|further|both|each|every|any|no|more|up|out|about|at|from|by|against|us|me|you|[A-Z0-9].*)$/;

function enClass(w: string, prev: string | undefined): 'past' | 's' | 'modal' | undefined {
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
function subjectOf(doc: Doc, s: DocSentence, ws: WordToken[], v1: number): string | undefined {
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

/**
 * "The Secretary met X and discussed Y." → "The Secretary met X. The Secretary discussed Y."
 * A second verb of the same subject: the subject is repeated (a pronoun would need its gender).
 */
export function enAndVerb(doc: Doc, s: DocSentence): Point[] {
  const out: Point[] = [];
  const ws = words(doc.input, s.start, s.end);
  const gapBefore = (i: number): string => doc.input.slice(i === 0 ? s.start : ws[i - 1]!.end, ws[i]!.start);
  for (let k = 2; k + 2 < ws.length; k++) {
    if (ws[k]!.text !== 'and' || !/^,? $/.test(gapBefore(k))) continue;
    let j = k + 1;
    while (j < ws.length && /^(also|then|later|further|jointly|directly|strongly|fully|firmly)$/.test(ws[j]!.text)) j++;
    const v2 = ws[j];
    const next = ws[j + 1];
    if (!v2 || !next || gapBefore(j) !== ' ') continue;
    const c2 = enClass(v2.text, undefined);
    // "… and has built up trust", "… and will continue to …": an auxiliary before a verb of its own.
    const aux2 =
      /^(has|have|had|will|would|can|could|should|must|may|might)$/.test(v2.text) &&
      (looksLikeParticiple(next.text) ||
        /^(also|now|since|already|been|continue|work|seek|remain|be|[a-z]+ly)$/.test(next.text) ||
        EN_MODALS.has(v2.text));
    if (!c2 || (!EN_OBJECT_START.test(next.text) && !aux2)) continue;
    // The first verb: the leftmost verb of the same kind in the clause.
    let v1 = -1;
    let crossed = false;
    let seenVerb = false;
    for (let b = k - 1; b >= 0; b--) {
      if (/[;:()—–"“”]/.test(gapBefore(b + 1))) break;
      const w = ws[b]!.text;
      // "X noted that … and stressed that …": a second verb of saying belongs to X.
      if (w === 'that' && SPEECH.test(v2.text) && b > 0 && SPEECH.test(ws[b - 1]!.text)) {
        v1 = b - 1;
        crossed = true;
        break;
      }
      if (EN_SUBORDINATE.test(w) && w === w.toLowerCase()) {
        // "since its launch ten years ago and has built …": a preposition, not a clause of its own.
        if (!/^(since|until|after|before)$/.test(w) || seenVerb) break;
        continue;
      }
      const c1 = enClass(w, ws[b - 1]?.text);
      if (c1 || EN_AUX.has(w)) seenVerb = true;
      if (
        c1 &&
        (c1 === c2 ||
          c2 === 'modal' ||
          (c1 === 'modal' && c2 !== 'past') ||
          (c1 === 'past' && aux2 && /^(has|have)$/.test(v2.text)))
      )
        v1 = b;
    }
    if (v1 < 1) continue;
    // "represents X, contradicts Y, and is Z": splitting off the last would leave "X, contradicts Y." without its "and".
    if (!crossed && ws.slice(v1 + 1, k).some((w, i) => enClass(w.text, ws[v1 + i]?.text) === c2)) continue;
    if (/^(is|are|was|were)$/.test(ws[v1]!.text) && c2 === 'past') continue; // a list of passive participles
    if (c2 === 'past' && /^(has|have|had)$/i.test(ws[v1 - 1]?.text ?? '')) continue;
    const subject = subjectOf(doc, s, ws, v1);
    if (subject === undefined) continue;
    const modal = c2 !== 'modal' && enClass(ws[v1]!.text, undefined) === 'modal' ? ' ' + ws[v1]!.text : '';
    out.push({
      start: ws[k - 1]!.end,
      end: ws[k]!.end,
      replacement: `. ${subject}${modal}`,
      confidence: 0.65,
      pattern: 'and + verb',
    });
  }
  return out;
}

const EN_PRONOUN_SUBJECT = /^(we|they|he|she|it|i|you)$/;
const EN_DETERMINER = /^(the|this|that|these|those|its|their|our|his|her|each|every|no)$/;
const EN_QUANTITY = /^(millions|thousands|hundreds|many|most|some|others)$/;
const EN_SINGULAR_FINITE = /^(is|was|has|does)$/;
const EN_PLURAL_FINITE = /^(are|were|have|do)$/;
/** Verbs and words after which a clause may be an object ("said the US and the EU are …"). */
const EN_COMPLEMENT =
  /^(that|whether|if|because|although|while|when|where|which|who|whom|whose|as|since|until|unless|than|said|says|say|stated|states|believe|believes|believed|think|thinks|thought|know|knows|knew|hope|hopes|hoped|expect|expects|expected|show|shows|showed|shown|find|finds|found|mean|means|meant|suggest|suggests|suggested|confirm|confirms|confirmed|ensure|ensures|ensured|note|notes|noted|agree|agrees|agreed|announce|announces|announced|recognize|recognizes|recognized|recognise|recognises|recognised|acknowledge|acknowledges|acknowledged|stress|stresses|stressed|emphasize|emphasizes|emphasized|emphasise|emphasises|emphasised|between|both|either|neither)$/i;

/**
 * "… since its launch and millions have called the helpline." → "… since its launch. Millions
 * have called the helpline." A second clause joined by a bare "and": a pronoun subject with any
 * finite verb, a determiner with a singular verb (a joined subject "X and the EU" would take a
 * plural one), or a quantity word with a plural verb; never when the left part holds a word
 * that can take a clause as its object ("said", "that", "both").
 */
export function enAndClause(doc: Doc, s: DocSentence): Point[] {
  const out: Point[] = [];
  const ws = words(doc.input, s.start, s.end);
  const gap = (i: number): string => doc.input.slice(ws[i - 1]!.end, ws[i]!.start);
  for (let k = 3; k + 3 < ws.length; k++) {
    if (ws[k]!.text !== 'and' || gap(k) !== ' ' || gap(k + 1) !== ' ') continue;
    const first = ws[k + 1]!.text;
    const lower = first.toLowerCase();
    const kind = EN_PRONOUN_SUBJECT.test(first)
      ? 'pronoun'
      : EN_DETERMINER.test(first)
        ? 'det'
        : EN_QUANTITY.test(first)
          ? 'quantity'
          : undefined;
    if (!kind) continue;
    // The noun phrase: up to five words without punctuation, then a finite verb.
    let v = -1;
    for (let j = k + (kind === 'pronoun' ? 2 : 2); j < Math.min(ws.length, k + 8); j++) {
      if (gap(j) !== ' ') break;
      const w = ws[j]!.text;
      if (EN_SINGULAR_FINITE.test(w) || EN_PLURAL_FINITE.test(w) || EN_MODALS.has(w)) {
        v = j;
        break;
      }
      // "and they answer …": after a pronoun subject the verb comes next, in any form.
      if (kind === 'pronoun') {
        if (
          w === w.toLowerCase() &&
          !/^(and|or|of|to|in|on|at|for|with|by|from|the|a|an|all|both|who|which|that)$/.test(w)
        )
          v = j;
        break;
      }
      // "… and the effects it is causing": a pronoun inside the phrase opens a relative clause.
      if (EN_SUBORDINATE.test(w) || enVerbCue(w) || /^(and|or|of|to|it|they|we|he|she|i|you)$/i.test(w)) break;
    }
    if (v < 0) continue;
    const verb = ws[v]!.text;
    if (kind === 'det' && !EN_SINGULAR_FINITE.test(verb)) continue;
    if (kind === 'quantity' && !EN_PLURAL_FINITE.test(verb) && !EN_MODALS.has(verb)) continue;
    if (kind === 'pronoun' && /^(it)$/.test(lower) && EN_PLURAL_FINITE.test(verb)) continue;
    // The left part: a finite verb of its own in the same clause segment, and nothing that takes a clause.
    const left = words(doc.input, lastSegment(doc, s, ws[k]!.start), ws[k]!.start);
    if (left.length < 4 || !left.some((w) => enVerbCue(w.text))) continue;
    // A verb that takes a clause blocks the split; a subordinating word only when a verb follows it
    // ("since its launch and millions have …" is two clauses).
    const blocked = left.some((w, i) => {
      if (!EN_COMPLEMENT.test(w.text)) return false;
      if (!/^(since|until|as|when|while|where|if|because|although|unless|than)$/i.test(w.text)) return true;
      return left.slice(i + 1).some((x) => enVerbCue(x.text));
    });
    if (blocked) continue;
    if (/[;:(—–]/.test(doc.input.slice(s.start, ws[k]!.start)) && !left.length) continue;
    out.push({
      start: ws[k - 1]!.end,
      end: ws[k + 1]!.end,
      replacement: '. ' + (first === 'I' ? first : capitalise(first)),
      confidence: kind === 'det' ? 0.6 : 0.7,
      pattern: 'and + clause',
    });
  }
  return out;
}

/**
 * Participles that close a sentence and say what the subject did while doing it:
 * "The Secretary met X, underscoring Y." → "The Secretary met X. The Secretary underscored Y."
 * Value: the base form (the -ing form cannot tell "reaffirm" from "reaffirme").
 */
const EN_AGENT_PARTICIPLES: Record<string, string> = {
  underscoring: 'underscore',
  underlining: 'underline',
  reaffirming: 'reaffirm',
  affirming: 'affirm',
  highlighting: 'highlight',
  emphasizing: 'emphasize',
  emphasising: 'emphasise',
  stressing: 'stress',
  noting: 'note',
  calling: 'call',
  urging: 'urge',
  expressing: 'express',
  thanking: 'thank',
  welcoming: 'welcome',
  praising: 'praise',
  commending: 'commend',
  condemning: 'condemn',
  pledging: 'pledge',
  recognizing: 'recognize',
  recognising: 'recognise',
  acknowledging: 'acknowledge',
  citing: 'cite',
  adding: 'add',
  announcing: 'announce',
  committing: 'commit',
  discussing: 'discuss',
  encouraging: 'encourage',
  inviting: 'invite',
  offering: 'offer',
  promising: 'promise',
  reiterating: 'reiterate',
  conveying: 'convey',
  outlining: 'outline',
  describing: 'describe',
  explaining: 'explain',
};
/** Participles that say what the whole event led to: "…, bringing the total to $50 million." → "This brought …". */
const EN_RESULT_PARTICIPLES: Record<string, string> = {
  bringing: 'bring',
  making: 'make',
  raising: 'raise',
  marking: 'mark',
  ensuring: 'ensure',
  reflecting: 'reflect',
  demonstrating: 'demonstrate',
  signaling: 'signal',
  signalling: 'signal',
  showing: 'show',
  helping: 'help',
  allowing: 'allow',
  enabling: 'enable',
  creating: 'create',
  increasing: 'increase',
  contributing: 'contribute',
  strengthening: 'strengthen',
  paving: 'pave',
};

/** The tense of a finite verb: past, present (3rd person singular) or present plural. */
function tenseOf(w: string): 'past' | 's' | 'plural' | 'modal' | undefined {
  const x = w.toLowerCase();
  if (EN_MODALS.has(x)) return 'modal';
  if (/^(was|were|had|did)$/.test(x) || EN_IRREGULAR_PAST.has(x) || /^[a-z]{3,}ed$/.test(x)) return 'past';
  if (/^(is|has|does)$/.test(x) || EN_S_VERBS.has(x)) return 's';
  if (/^(are|have|do)$/.test(x)) return 'plural';
  return undefined;
}

/**
 * A participle phrase that closes a sentence becomes a sentence of its own, in the tense of the
 * main verb: the subject repeated for "underscoring/reaffirming …", "This" for "bringing/marking …".
 */
export function enParticiple(doc: Doc, s: DocSentence): Point[] {
  const out: Point[] = [];
  const ws = words(doc.input, s.start, s.end);
  for (let k = 3; k + 2 < ws.length; k++) {
    const w = ws[k]!.text;
    const agent = EN_AGENT_PARTICIPLES[w];
    const result = EN_RESULT_PARTICIPLES[w];
    if (!agent && !result) continue;
    if (doc.input.slice(ws[k - 1]!.end, ws[k]!.start) !== ', ') continue;
    // The phrase runs to the end of the sentence (a list's commas before "and/or" aside).
    const rest = doc.input.slice(ws[k]!.end, s.end);
    if (/[;:(—–"“”]/.test(rest)) continue;
    // "…, promoting X, strengthening Y, and fighting Z": one item of a list of participle phrases.
    if (/\b(and|or) [a-z]+ing\b/.test(rest) || /, [a-z]+ing\b/.test(doc.input.slice(s.start, ws[k - 1]!.end))) continue;
    const commas = (rest.match(/,/g) ?? []).length;
    if (commas > 3 || (commas > 0 && !/,? (?:and|or) [^,]*$/.test(rest))) continue;
    // The main clause: its first finite verb, before any subordinate word.
    let v1 = -1;
    for (let b = 0; b < k; b++) {
      const x = ws[b]!.text;
      if (EN_SUBORDINATE.test(x) && x === x.toLowerCase()) break;
      if (tenseOf(x) && enClass(x, ws[b - 1]?.text)) {
        v1 = b;
        break;
      }
      if (/^(is|are|was|were|has|have|had)$/.test(x)) {
        v1 = b;
        break;
      }
    }
    if (v1 < 1) continue;
    const tense = tenseOf(ws[v1]!.text);
    if (!tense) continue;
    // A passive main clause ("was signed, marking …") has no agent to repeat.
    if (/^(is|are|was|were)$/.test(ws[v1]!.text) && agent) continue;
    const base = (agent ?? result)!;
    const f = verbForms(base);
    let replacement: string;
    if (agent) {
      const subject = subjectOf(doc, s, ws, v1);
      if (subject === undefined || subject.split(' ').length > 5) continue;
      const verb =
        tense === 'past' ? f.past : tense === 's' ? f.s : tense === 'modal' ? `${ws[v1]!.text} ${base}` : base;
      replacement = `. ${subject} ${verb}`;
    } else {
      const verb = tense === 'past' ? f.past : tense === 'modal' ? `${ws[v1]!.text} ${base}` : f.s;
      replacement = `. This ${verb}`;
    }
    out.push({
      start: ws[k - 1]!.end,
      end: ws[k]!.end,
      replacement,
      confidence: agent ? 0.6 : 0.65,
      pattern: ', ' + w,
    });
  }
  return out;
}

/**
 * ", including A, B and C." closing a sentence after a plural noun → ". These include A, B and C."
 * (in the tense of the main verb: "These included …" after a past main verb).
 */
export function enIncluding(doc: Doc, s: DocSentence): Point[] {
  const out: Point[] = [];
  const re = /(\p{L}+), including (?=\S)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text)) !== null) {
    const noun = m[1]!;
    if (!/[^su']s$/.test(noun) || /^(this|is|has|was|does|its|his|hers|ours|theirs|yours|as|us)$/i.test(noun)) continue;
    if (/^\p{Lu}/u.test(noun)) continue; // a name ("the United States")
    const at = s.start + m.index + noun.length;
    const rest = doc.input.slice(at + m[0].length - noun.length, s.end);
    if (/[;:(—–"“”]/.test(rest)) continue;
    // "including by …", "including within …": not a list of things.
    if (
      /^(by|in|at|on|within|from|for|with|through|to|under|among|during|via|when|where|if|as|but|not|those|that)\b/.test(
        rest,
      )
    )
      continue;
    const commas = (rest.match(/,/g) ?? []).length;
    if (commas > 4 || (commas > 0 && !/,? (?:and|or) [^,]*$/.test(rest))) continue;
    // "including maps, will be published": the list ends and the main verb follows.
    const aux = /\b(will|would|is|are|was|were|has|have|had|can|could|should|must|may|might)\b/.exec(rest);
    if (aux && !/\b(which|who|that)\b/.test(rest.slice(0, aux.index))) continue;
    const before = words(doc.input, s.start, at);
    if (before.length < 5 || !before.some((w) => enVerbCue(w.text))) continue;
    // The tense of the main verb: the first finite verb of the sentence.
    const main = before.find((w, i) => tenseOf(w.text) && (enClass(w.text, before[i - 1]?.text) || EN_AUX.has(w.text)));
    const past = main !== undefined && tenseOf(main.text) === 'past';
    out.push({
      start: at,
      end: at + ', including'.length,
      replacement: past ? '. These included' : '. These include',
      confidence: 0.6,
      pattern: ', including',
    });
  }
  return out;
}
