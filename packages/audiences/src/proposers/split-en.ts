/**
 * English split points: "; ", ", and " + subject, ", but ", ", which " + verb, ", so ", and a
 * second predicate of the same subject ("met X and discussed Y").
 */
import type { Doc, DocSentence } from '../doc.js';
import { capitalise, words } from '../text.js';
import { lastSegment, wordAt, type Point } from './split-common.js';

const EN_FINITE = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'may',
  'might',
  'did',
  'does',
  'do',
  'remains',
  'remain',
  'continues',
  'continue',
  'said',
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
  'met',
  'made',
  'took',
  'gave',
  'held',
  'led',
  'spoke',
  'went',
  'came',
  'saw',
  'told',
  'sent',
  'set',
  'left',
  'began',
  'won',
  'became',
  'built',
  'brought',
  'thought',
  'found',
  'kept',
  'paid',
  'sought',
  'wrote',
  'chose',
  'knew',
  'rose',
  'fell',
  'grew',
  'spent',
  'lost',
  'stood',
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
  return EN_FINITE.has(x) || /^[a-z]{3,}ed$/.test(x);
}
export function enPoints(doc: Doc, s: DocSentence): Point[] {
  const out: Point[] = [];
  const text = s.text;
  const re = /(;|,|:) +(and|but|which|so|where|after which)? *(?=\S)/g;
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
    if (m[1] === ':') {
      // "We have one aim: we will keep our staff safe." — only between two full clauses.
      if (conj || !leftHasVerb || !rightHasVerb || !/^\p{Ll}/u.test(next.text) || !EN_SUBJECT_START.has(nextLower))
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
      const subj = EN_SUBJECT_START.has(nextLower) || /^\p{Lu}/u.test(next.text);
      if (!subj || !rightHasVerb || !leftHasVerb) continue;
      out.push({
        start: at,
        end: next.end,
        replacement: '. ' + capitalise(next.text),
        confidence: 0.75,
        pattern: ', and',
      });
    } else if (m[1] === ',' && conj === 'but') {
      const subj = EN_SUBJECT_START.has(nextLower) || /^\p{Lu}/u.test(next.text);
      if (!subj || !rightHasVerb || !leftHasVerb) continue;
      out.push({ start: at, end: next.start, replacement: '. But ', confidence: 0.8, pattern: ', but' });
    } else if (m[1] === ',' && conj === 'so') {
      const subj = EN_SUBJECT_START.has(nextLower) || /^\p{Lu}/u.test(next.text);
      if (!subj || !rightHasVerb || !leftHasVerb) continue;
      out.push({ start: at, end: next.start, replacement: '. So ', confidence: 0.75, pattern: ', so' });
    } else if (m[1] === ',' && conj === 'which') {
      // ", which will create jobs." → ". This will create jobs." — only when the clause runs to the end.
      if (!enVerbCue(next.text) && !/^[a-z]+s$/.test(next.text)) continue;
      if (!leftHasVerb) continue;
      const rest = doc.input.slice(next.start, s.end);
      if (/[,;:(—–]/.test(rest.replace(/,(?= (?:and|or) )/g, ''))) continue;
      const plural = /^(are|were|have)$/i.test(next.text);
      out.push({
        start: at,
        end: next.start,
        replacement: plural ? '. These ' : '. This ',
        confidence: 0.65,
        pattern: ', which',
      });
    }
  }
  return out;
}

const EN_IRREGULAR_PAST = new Set([
  'met',
  'made',
  'took',
  'gave',
  'held',
  'led',
  'spoke',
  'went',
  'came',
  'saw',
  'told',
  'sent',
  'left',
  'began',
  'won',
  'became',
  'built',
  'brought',
  'thought',
  'found',
  'kept',
  'paid',
  'sought',
  'wrote',
  'chose',
  'knew',
  'said',
  'spent',
  'stood',
  'understood',
  'undertook',
  'upheld',
  'withdrew',
  'struck',
  'taught',
  'heard',
  'sold',
]);
const EN_AUX = new Set([
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
const EN_DET_PREP = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'our',
  'his',
  'her',
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
    if (!c2 || !EN_OBJECT_START.test(next.text)) continue;
    // The first verb: the leftmost verb of the same kind in the clause.
    let v1 = -1;
    let crossed = false;
    for (let b = k - 1; b >= 0; b--) {
      if (/[;:()—–"“”]/.test(gapBefore(b + 1))) break;
      const w = ws[b]!.text;
      // "X noted that … and stressed that …": a second verb of saying belongs to X.
      if (w === 'that' && SPEECH.test(v2.text) && b > 0 && SPEECH.test(ws[b - 1]!.text)) {
        v1 = b - 1;
        crossed = true;
        break;
      }
      if (EN_SUBORDINATE.test(w) && w === w.toLowerCase()) break;
      const c1 = enClass(w, ws[b - 1]?.text);
      if (c1 && (c1 === c2 || c2 === 'modal' || (c1 === 'modal' && c2 !== 'past'))) v1 = b;
    }
    if (v1 < 1) continue;
    // "represents X, contradicts Y, and is Z": splitting off the last would leave "X, contradicts Y." without its "and".
    if (!crossed && ws.slice(v1 + 1, k).some((w, i) => enClass(w.text, ws[v1 + i]?.text) === c2)) continue;
    if (/^(is|are|was|were)$/.test(ws[v1]!.text) && c2 === 'past') continue; // a list of passive participles
    if (c2 === 'past' && /^(has|have|had)$/i.test(ws[v1 - 1]?.text ?? '')) continue;
    // The subject: the words right before the first verb, back to punctuation or the sentence start.
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
      if (
        enClass(w, ws[b - 1]?.text) ||
        EN_AUX.has(w.toLowerCase()) ||
        (EN_SUBORDINATE.test(w) && w === w.toLowerCase())
      )
        break;
      subjStart = b;
      const gap = gapBefore(b);
      if (b === 0 || /[,;:.!?—–(]/.test(gap) || /\n/.test(gap)) break;
    }
    if (subjStart < 0 || subjEnd < subjStart) continue;
    const gapStart = gapBefore(subjStart);
    if (!(subjStart === 0 || /[,;:.!?—–(]/.test(gapStart))) continue; // the subject must start a clause
    if (subjStart === 0 && /[^\s"“«(]/.test(doc.input.slice(s.start, ws[0]!.start))) continue;
    const subjWords = ws.slice(subjStart, subjEnd + 1).map((w) => w.text);
    if (subjWords.some((w) => /^(which|who|that|it|there|what)$/i.test(w))) continue;
    // "and" right after a comma that closes an opening phrase ("…, and") is fine; inside the subject is not.
    let subject = doc.input.slice(ws[subjStart]!.start, ws[subjEnd]!.end);
    if (/[,;:]/.test(subject)) continue;
    if (/^(A|An|a|an) /.test(subject)) subject = 'The' + subject.slice(subject.indexOf(' '));
    subject = subject[0]!.toUpperCase() + subject.slice(1);
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
