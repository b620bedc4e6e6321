/**
 * Passive → active where the agent is in the sentence (English, simple past only, where no
 * agreement has to be invented): "The agreement was signed by the President on Monday." →
 * "The President signed the agreement on Monday." Plain-language guidance: plainlanguage.gov
 * "Use active voice"; ASD-STE100 (active voice).
 * Russian: passive-ru.ts (the agent and the patient re-inflected from tables, only where every
 * form is known).
 */
import type { Doc, DocSentence } from '../doc.js';
import { looksLikeParticiple, pastParticipleToPast } from '@attache/core';
import { capitalise, lowerFirst, words } from '../text.js';
import { editable, workSentences, type Draft } from './draft.js';
import { passiveToActiveRu } from './passive-ru.js';

const STOP_AGENT = new Set([
  'on',
  'in',
  'at',
  'during',
  'for',
  'with',
  'to',
  'from',
  'after',
  'before',
  'under',
  'through',
  'since',
  'as',
  'last',
  'this',
  'next',
  'yesterday',
  'today',
  'earlier',
  'when',
  'while',
  'who',
  'which',
  'that',
  'because',
  'into',
  'across',
  'over',
  'via',
  'without',
  'within',
  'between',
  'following',
  'until',
]);
const VERBISH =
  /^(is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do|be|been|being)$/i;
const LOWER_DET =
  /^(The|A|An|This|These|That|Those|Its|Their|Our|His|Her|All|Some|Many|Several|Each|Every|New|Further)$/;
const SUBJECT_PRONOUN: Record<string, string> = { he: 'him', she: 'her', they: 'them', we: 'us', i: 'me', you: 'you' };
const AGENT_PRONOUN: Record<string, string> = { him: 'he', her: 'she', them: 'they', us: 'we', me: 'I', you: 'you' };

export function passiveToActive(doc: Doc): Draft[] {
  if (doc.language === 'ru') return passiveToActiveRu(doc);
  if (doc.language !== 'en') return [];
  const out: Draft[] = [];
  for (const s of workSentences(doc)) {
    const d = inSentence(doc, s);
    if (d) out.push(d);
  }
  return out;
}

function inSentence(doc: Doc, s: DocSentence): Draft | undefined {
  const ws = words(doc.input, s.start, s.end);
  for (let i = 1; i + 2 < ws.length; i++) {
    const aux = ws[i]!.text;
    if (aux !== 'was' && aux !== 'were') continue;
    let j = i + 1;
    const adverbs: string[] = [];
    while (j < ws.length && /ly$/.test(ws[j]!.text) && adverbs.length < 2) adverbs.push(ws[j++]!.text);
    const part = ws[j];
    const by = ws[j + 1];
    if (!part || !by || by.text !== 'by' || !looksLikeParticiple(part.text)) continue;
    const past = pastParticipleToPast(part.text);
    if (!past) continue;
    // Only spaces between aux, adverbs, participle and "by".
    if (/[^\s]/.test(doc.input.slice(ws[i]!.end, by.start).replace(/[\p{L}]+/gu, ''))) continue;

    // Subject: from the clause start to the auxiliary.
    const head = doc.input.slice(s.start, ws[i]!.start);
    const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'));
    const subjStartRaw = cut < 0 ? s.start : s.start + cut + 1;
    const subjWords = words(doc.input, subjStartRaw, ws[i]!.start);
    if (subjWords.length === 0 || subjWords.length > 7) continue;
    const subjStart = subjWords[0]!.start;
    if (/[^\s"“'‘(]/.test(doc.input.slice(subjStartRaw, subjStart))) continue;
    const subjText = doc.input.slice(subjStart, ws[i]!.start).trimEnd();
    if (subjWords.some((w) => VERBISH.test(w.text) || /^(that|which|who|whom|whose|it|there|what)$/i.test(w.text)))
      continue;
    if (subjWords.some((w) => /^[a-z]{3,}ed$/.test(w.text) && w !== subjWords[0])) continue;

    // Agent: after "by", up to punctuation or a preposition.
    const agentWords: typeof ws = [];
    let k = j + 2;
    while (k < ws.length && agentWords.length < 7) {
      const w = ws[k]!;
      const gap = doc.input.slice(k === j + 2 ? by.end : ws[k - 1]!.end, w.start);
      // An initial's full stop ("Antony J. Blinken", "Mr. Smith") is inside the name, not its end.
      const initial = k > j + 2 && /^\.\s+$/.test(gap) && /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr)$/u.test(ws[k - 1]!.text);
      if (/[^\s]/.test(gap) && !initial) break;
      if (STOP_AGENT.has(w.text.toLowerCase()) || VERBISH.test(w.text)) break;
      agentWords.push(w);
      k++;
    }
    if (agentWords.length === 0) continue;
    const a0 = agentWords[0]!.text;
    if (/ing$/.test(a0) && !/^\p{Lu}/u.test(a0)) continue; // "by working together": a gerund, not an agent
    if (!/^(the|a|an|his|her|their|its|our|him|them|us|me)$/i.test(a0) && !/^\p{Lu}/u.test(a0)) continue;
    if (agentWords.length > 1 && /^(him|them|us|me)$/i.test(a0)) continue;
    if (agentWords.some((w) => /ing$/.test(w.text) && !/^\p{Lu}/u.test(w.text) && w.text.length > 5)) continue;
    const agentEnd = agentWords[agentWords.length - 1]!.end;
    // "and" closing the agent ("by the US and") would leave a dangling conjunction; "of", "the"…
    // closing it means the word limit cut a longer name ("… Antony J. Blinken of the United States").
    if (/^(and|or|of|the|for|to|in|on|at|a|an)$/i.test(agentWords[agentWords.length - 1]!.text)) continue;
    let agent = doc.input.slice(agentWords[0]!.start, agentEnd);
    if (AGENT_PRONOUN[agent.toLowerCase()]) agent = AGENT_PRONOUN[agent.toLowerCase()]!;

    const atStart = /^[\s"“'‘(]*$/.test(doc.input.slice(s.start, subjStart));
    let object = subjText;
    const first = subjWords[0]!.text;
    if (SUBJECT_PRONOUN[first.toLowerCase()] && subjWords.length === 1) object = SUBJECT_PRONOUN[first.toLowerCase()]!;
    else if (LOWER_DET.test(first)) object = lowerFirst(object);
    else if (atStart && !/^\p{Lu}/u.test(doc.input.slice(subjWords[1]?.start ?? subjStart))) {
      // A capitalised common word that started the sentence: lower it only when it is not a name.
      if (!/^\p{Lu}[\p{Ll}]+$/u.test(first) || subjWords.length === 1) return undefined;
      object = lowerFirst(object);
    }
    const agentOut = atStart ? capitalise(agent) : agent;
    const adv = adverbs.length > 0 ? adverbs.join(' ') + ' ' : '';
    const replacement = `${agentOut} ${adv}${past} ${object}`;
    if (!editable(doc, subjStart, agentEnd, replacement)) continue;
    return {
      kind: 'passive-to-active',
      start: subjStart,
      end: agentEnd,
      replacement,
      confidence: 0.7,
      safe: subjWords.length <= 6 && agentWords.length <= 6,
      findings: ['audiences/passive'],
      rationale: 'passive-to-active',
      data: { agent },
    };
  }
  return undefined;
}
