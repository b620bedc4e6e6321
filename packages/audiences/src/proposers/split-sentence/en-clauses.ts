/**
 * English split points of a second clause: ", and" + a new subject ("… and millions have called …")
 * and a closing participle phrase ("…, underscoring …" → ". The Secretary underscored …").
 */
import { capitalise, words } from '../../text.js';
import { verbForms } from '@attache/core';
import { lastSegment, type Point } from './points.js';
import type { Doc, DocSentence } from '../../doc.js';
import { enVerbCue, EN_IRREGULAR_PAST, EN_SUBORDINATE, EN_S_VERBS, EN_MODALS, enClass, subjectOf } from './en-words.js';

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
export function tenseOf(w: string): 'past' | 's' | 'plural' | 'modal' | undefined {
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
