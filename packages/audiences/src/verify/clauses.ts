/**
 * Who does what, as the verifier reads it (English): each finite verb outside quotes and
 * relative clauses, with its actor (the subject; the agent of a passive; the first verb's
 * subject for a verb coordinated after "and"), its object words and its modality (may, will,
 * plans to, not …). A shallow reading, done the same way on the source and on the version, so
 * that a version which moves an action to another actor, or drops a hedge, reads differently.
 */
import { IRREGULAR_PASTS, tagWords, type Token } from '@attache/core';
import { inQuote, type Read, type Sentence } from './text.js';
import { titleSpans, type TextSpan } from './names.js';
import {
  MODAL,
  FRAME,
  AUX,
  BE,
  ADVERB_OK,
  COMMENT,
  STOP,
  SUBORDINATORS,
  DETERMINERS,
  PRONOUNS,
  INTRO,
} from './words.js';

export interface Action {
  sentence: Sentence;
  verb: Token;
  /** Stem of the verb, for matching across tenses ("released" = "release"). */
  stem: string;
  actor: Token[];
  /** The actor as entities: one list of word keys per coordinated member. */
  entities: string[][];
  /** Content-word stems right after the verb (or the patient of a passive). */
  object: string[];
  /** Modality classes on the verb: possible, future, conditional, intent, obligation, negation. */
  modality: Set<string>;
}

/** A stem that lets tenses meet: lower case, -ied/-ed/-es/-s/-ing and a final e dropped. */
export function stemOf(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'");
  if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 3 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && /(ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 3 && /([^aeiou])\1$/.test(w) && !/(ss|ll)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const lower = (t: Token): string => t.text.toLowerCase().replace(/’/g, "'");

/** Verbs whose past is their base form. */
const SAME_PAST = new Set(
  'put set cut let hit hurt cost quit spread shut split cast bet bid burst thrust upset broadcast forecast'.split(' '),
);

function finiteLooking(w: string): boolean {
  return /ed$/.test(w) || IRREGULAR_PASTS.has(w) || (/[^s]s$/.test(w) && w.length > 3);
}

/**
 * Splits an actor into coordinated members, each a list of content-word keys. A comma or "and"
 * inside a portfolio title ("Under Secretary for Civilian Security, Democracy, and Human Rights
 * Uzra Zeya", names.ts) splits nothing: the title and its person are one member.
 */
export function entitiesOf(actor: readonly Token[], titles: readonly TextSpan[] = []): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  // the member opens with a preposition or a subordinator: an adverbial between commas, no actor
  let adverbial = false;
  let depth = 0;
  const end = (): void => {
    if (cur.length && !adverbial) out.push(cur);
    cur = [];
    adverbial = false;
  };
  for (const t of actor) {
    const w = lower(t);
    if (t.text === '(') depth++;
    if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || t.text === '(' || t.text === ')') continue;
    if (t.text === ',' || w === 'and' || w === '&') {
      if (titles.some((x) => t.start > x.start && t.end < x.end)) continue;
      end();
      continue;
    }
    if (t.kind === 'punct') continue;
    if (cur.length === 0 && !adverbial && (ADVERBIAL_HEADS.has(w) || SUBORDINATORS.has(w))) adverbial = true;
    if (DETERMINERS.has(w) || SUBORDINATORS.has(w) || w === "'s" || w === 's') continue;
    cur.push(w.replace(/'s$/, '').replace(/\./g, '').replace(/s$/, ''));
  }
  end();
  return out;
}

/**
 * Prepositions that open an adverbial, never a subject: a coordinated member of a "subject" that
 * opens with one is no actor ("Against tremendous odds, with extraordinary courage, and in the face
 * of Russia’s relentless brutality against civilians, Ukraine’s forces are regaining ground": the
 * actor is Ukraine’s forces, whatever words say "in the face of"). Not "with", "by", "of", "for",
 * "from": "X, with Y, met", a passive's agent and a name's "of" name people; nor "under", which
 * opens a title ("Under Secretary … Uzra Zeya").
 */
const ADVERBIAL_HEADS = new Set(
  'in on at amid amidst against despite during through throughout following upon without within beyond across towards toward'.split(
    ' ',
  ),
);

export function actions(r: Read): Action[] {
  if (r.language !== 'en') return [];
  const out: Action[] = [];
  for (const s of r.sentences) out.push(...sentenceActions(r, s));
  return out;
}

/** "’s" after these is "is" or "has", not a possessive. */
const PRONOUN_S = new Set(['it', 'he', 'she', 'that', 'there', 'what', 'who', 'here', 'where', 'let']);

/**
 * Contractions read as their two words, with exact offsets ("We’re" → "We" + "’re", "doesn’t"
 * → "does" + "n’t", "cannot" → "can" + "not"), so that "We’re suspending" and "We are
 * suspending" have the same actor and the same modality.
 */
export function splitContractions(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (t.kind === 'punct') {
      out.push(t);
      continue;
    }
    const m = /^(.+?)(n['’]t|['’](?:re|ve|ll|d|m|s))$/iu.exec(t.text) ?? /^(can)(not)$/iu.exec(t.text);
    if (!m || (/^['’]s$/i.test(m[2]!) && !PRONOUN_S.has(m[1]!.toLowerCase()))) {
      out.push(t);
      continue;
    }
    const cut = t.start + m[1]!.length;
    out.push({ ...t, end: cut, text: m[1]! }, { ...t, start: cut, text: m[2]! });
  }
  return out;
}

function sentenceActions(r: Read, s: Sentence): Action[] {
  const toks = splitContractions(s.tokens.filter((t) => !inQuote(r, t.start, t.end) || t.kind === 'punct'));
  const wordIdx: number[] = [];
  toks.forEach((t, i) => {
    if (t.kind !== 'punct') wordIdx.push(i);
  });
  const tags = tagWords(wordIdx.map((i) => toks[i]!.text));
  const pos: string[] = toks.map(() => 'punct');
  for (const tw of tags)
    if (pos[wordIdx[tw.index]!] === 'punct' || pos[wordIdx[tw.index]!] === undefined) pos[wordIdx[tw.index]!] = tw.pos;
  const titles = titleSpans(r).filter((x) => x.start < s.end && x.end > s.start);
  const out: Action[] = [];
  let boundary = 0; // where the current clause's subject may start
  let relative = false;
  // a relative clause between commas ("X, which is administered by Y, is offering"): no part of the subject
  let relFrom = -1;
  const inRelative: Array<[number, number]> = [];
  let mainActor: Token[] | null = null;
  let lastVerbEnd = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const w = lower(t);
    if (t.kind === 'punct') {
      if (t.text === ';' || t.text === ':') {
        boundary = i + 1;
        mainActor = null;
        relative = false;
      }
      if (t.text === ',' && relative) {
        relative = false;
        if (toks[relFrom]?.text === ',') inRelative.push([relFrom, i]);
      }
      continue;
    }
    if (
      (w === 'which' || w === 'who' || w === 'whom' || w === 'whose') &&
      (toks[i - 1]?.text === ',' || pos[i - 1] === 'noun' || pos[i - 1] === 'propn')
    ) {
      relative = true;
      relFrom = i - 1;
      continue;
    }
    if (
      w === 'that' &&
      i > 0 &&
      /^(said|says|say|announced|noted|stated|added|stressed|emphasized|emphasised|believe|believes|hope|hopes|agreed|confirmed|reported)$/.test(
        lower(toks[i - 1]!),
      )
    ) {
      boundary = i + 1; // a reported clause has its own subject
      continue;
    }
    if (relative) continue;
    const framed =
      lower(toks[i - 1] ?? t) === 'to' &&
      i >= 2 &&
      (FRAME[stemOf(lower(toks[i - 2]!))] ?? FRAME[stemOf(lower(toks[i - 2]!)) + 'e']) !== undefined;
    const isVerb =
      pos[i] === 'verb' ||
      framed ||
      (pos[i] === 'aux' &&
        BE.has(w) &&
        !AUX.has(lower(toks[i + 1] ?? t)) &&
        pos[i + 1] !== 'verb' &&
        pos[i + 2] !== 'verb');
    if (!isVerb) continue;
    // the verb chain before it: modals, auxiliaries, negation, a few adverbs
    let j = i - 1;
    const modality = new Set<string>();
    let hasAux = false;
    let passive = false;
    while (j >= boundary) {
      const p = lower(toks[j]!);
      // a comment adverb between commas inside the chain: "has, therefore, requested"
      if (toks[j]!.text === ',' && COMMENT.has(lower(toks[j - 1] ?? toks[j]!)) && toks[j - 2]?.text === ',') {
        j -= 3;
        continue;
      }
      if (toks[j]!.kind === 'punct') break;
      if (MODAL[p]) modality.add(MODAL[p]);
      else if (AUX.has(p)) {
        hasAux = true;
        if (BE.has(p) && /(ed|en)$/.test(w)) passive = true;
      } else if (!ADVERB_OK.has(p) && !p.endsWith('ly')) break;
      if (MODAL[p] && AUX.has(p)) hasAux = true;
      j--;
    }
    // "plans to V", "will consider V-ing": the frame's modality goes to the verb after it
    if (lower(toks[j] ?? t) === 'to' && j - 1 >= boundary) {
      const frame = stemOf(lower(toks[j - 1]!));
      const cls = FRAME[frame] ?? FRAME[frame + 'e'];
      if (cls) {
        modality.add(cls);
        const prev = out.at(-1);
        if (prev && prev.verb === toks[j - 1]) {
          out.pop();
          for (const m of prev.modality) modality.add(m);
          pushAction(prev.actor, prev.entities);
          lastVerbEnd = i;
          continue;
        }
        // the frame verb was read as a noun ("The Department plans to open"): the chain goes on before it
        j -= 2;
        hasAux = true;
        while (j >= boundary) {
          const p = lower(toks[j]!);
          if (toks[j]!.kind === 'punct') break;
          if (MODAL[p]) modality.add(MODAL[p]);
          else if (!AUX.has(p) && !ADVERB_OK.has(p) && !p.endsWith('ly')) break;
          j--;
        }
      } else continue; // a bare infinitive is no action of its own
    }
    const afterPronoun = PRONOUNS.has(lower(toks[j] ?? t));
    // a present verb after a plural subject ("state media officials continue to engage …"): its
    // actor is checked as any other's
    const prevWord = lower(toks[j] ?? t);
    const afterPlural =
      j === i - 1 &&
      pos[i] === 'verb' &&
      !/(?:ed|ing|s)$/.test(w) &&
      (pos[j] === 'noun' || pos[j] === 'propn') &&
      /[^s'’]s$/.test(prevWord);
    // a past that is also the base ("put", "set", "cut") right after a name: "Robert Schuman put
    // forward the idea" (read as no verb, the actor of the next one took in the whole clause)
    const afterName = j === i - 1 && pos[i] === 'verb' && pos[j] === 'propn' && SAME_PAST.has(w);
    const finite =
      hasAux ||
      modality.size > 0 ||
      finiteLooking(w) ||
      afterPronoun ||
      afterPlural ||
      afterName ||
      (pos[i] === 'aux' && BE.has(w));
    if (!finite) continue;
    if (!hasAux && modality.size === 0 && !afterPronoun) {
      // "the missile launches": a noun, when a verb follows it or one came before it in the clause
      const next = toks[i + 1];
      if (
        next &&
        next.kind !== 'punct' &&
        (pos[i + 1] === 'verb' || pos[i + 1] === 'aux') &&
        finiteLooking(lower(next))
      )
        continue;
      // ("that" before a noun is a determiner, no clause: "will use that opportunity to spell out
      // clearly the threat posed by Russia": "posed" is no verb of the threat's)
      if (
        lastVerbEnd >= boundary &&
        !toks
          .slice(lastVerbEnd + 1, i)
          .some(
            (x, k) =>
              ['and', 'but', 'or', 'then', ';'].includes(lower(x)) ||
              (lower(x) === 'that' && !['noun', 'adj'].includes(pos[lastVerbEnd + 2 + k] ?? '')),
          )
      )
        continue;
      const prev = lower(toks[i - 1] ?? t);
      // after a possessive it is a noun or an adjective: "Russia’s unprovoked … invasion"
      if (DETERMINERS.has(prev) || prev === "'s" || prev === 's' || /\p{L}['’]s$/u.test(prev)) continue;
    }
    if (!hasAux && /ing$/.test(w)) continue;
    const chainStart = j + 1;
    // coordinated: "X condemned A(, which …,) and reaffirmed B"
    const before = lower(toks[chainStart - 1] ?? t);
    let actor: Token[];
    if (
      (before === 'and' || before === 'but' || before === 'or' || before === 'then') &&
      mainActor &&
      lastVerbEnd >= 0
    ) {
      actor = mainActor;
    } else {
      let from = boundary;
      // a clause after ", and" / "but" starts its own subject; so does one after the object of an
      // earlier verb in the clause ("opened 12 offices and thousands have visited them")
      for (let k = chainStart - 1; k > from; k--) {
        const p = lower(toks[k]!);
        // "while noting that Ukraine is": a clause after "that" (no determiner before a noun) has its own subject
        if (p === 'that' && k + 1 < chainStart && !['noun', 'adj'].includes(pos[k + 1] ?? '')) {
          from = k + 1;
          break;
        }
        // "… stand with Greece as we deepen …": a subordinator then a pronoun just before the verb
        // opens a clause whose subject is the pronoun
        if (SUBORDINATORS.has(p) && k + 2 === chainStart && PRONOUNS.has(lower(toks[k + 1]!))) {
          from = k + 1;
          break;
        }
        const afterObject = lastVerbEnd >= boundary && k > lastVerbEnd + 1 && k + 1 < chainStart;
        if (
          (p === 'and' || p === 'but') &&
          (toks[k - 1]?.text === ',' || afterObject) &&
          k > lastVerbEnd &&
          lastVerbEnd >= from &&
          !inNameList(toks, k) &&
          // "and" between two capitalised words is inside a name: "Organization for Security and
          // Co-operation in Europe", "Trinidad and Tobago"
          !(capital(toks[k - 1]) && capital(toks[k + 1]))
        ) {
          from = k + 1;
          break;
        }
      }
      if (lastVerbEnd >= from && lastVerbEnd < chainStart) from = Math.max(from, lastVerbEnd + 1);
      let subj = toks
        .slice(from, chainStart)
        .filter((_, k) => !inRelative.some(([a, b]) => from + k >= a && from + k <= b));
      // an introductory phrase ("On Monday, …", "In a call with …,") is no subject
      // (a comma inside a portfolio title is no end of one: "Under Secretary for Civilian Security, Democracy, …")
      const comma = subj.findIndex((x) => x.text === ',' && !titles.some((y) => x.start > y.start && x.end < y.end));
      // so is a participial one ("Building on the June 15th … Meeting, H.E. Hayashi … convened"):
      // a word in -ing, then a preposition, before the comma
      const participial =
        /^\p{Lu}\p{Ll}+ing$/u.test(subj[0]?.text ?? '') && pos[from + 1] === 'prep' && from === boundary;
      if (
        comma >= 0 &&
        subj[0] &&
        (INTRO.has(lower(subj[0])) || pos[from] === 'prep' || pos[from] === 'adv' || participial)
      )
        subj = subj.slice(comma + 1);
      while (subj.length && (subj[0]!.kind === 'punct' || ['and', 'but', 'so', 'then'].includes(lower(subj[0]!))))
        subj = subj.slice(1);
      // a subject pronoun right before the verb is its subject: "it is with alarm and deep concern
      // we learned of …" is "we" learning, not "deep concern we"; "the people we met". Not the last
      // member of a coordinated subject ("Secretary Blinken and I discussed …": both acted)
      const last = subj.at(-1);
      const prior = subj.at(-2);
      if (
        subj.length > 1 &&
        last &&
        /^(?:we|i|they|he|she)$/iu.test(last.text) &&
        !(prior && (/^(?:and|or|nor|&)$/iu.test(prior.text) || prior.kind === 'punct'))
      )
        subj = [last];
      actor = subj;
      if (passive) {
        const by = toks.findIndex((x, k) => k > i && lower(x) === 'by');
        if (by > i && by - i <= 3) {
          let e = by + 1;
          while (
            e < toks.length &&
            toks[e]!.text !== '.' &&
            toks[e]!.text !== ';' &&
            !(pos[e] === 'verb' && e > by + 1)
          )
            e++;
          actor = toks.slice(by + 1, e);
        } else {
          actor = [];
        }
      }
      mainActor = actor;
    }
    const object: string[] = [];
    const patient = passive ? toks.slice(boundary, chainStart) : [];
    for (const x of patient) if (x.kind !== 'punct' && !STOP.has(lower(x))) object.push(stemOf(lower(x)));
    for (let k = i + 1; k < toks.length && object.length < 4 + patient.length; k++) {
      const x = toks[k]!;
      if (x.text === '.' || x.text === ';') break;
      if (x.kind === 'punct' || STOP.has(lower(x)) || lower(x) === 'by') continue;
      object.push(stemOf(lower(x)));
    }
    out.push({ sentence: s, verb: t, stem: stemOf(w), actor, entities: entitiesOf(actor, titles), object, modality });
    lastVerbEnd = i;

    function pushAction(a: Token[], ents: string[][]): void {
      out.push({ sentence: s, verb: t, stem: stemOf(w), actor: a, entities: ents, object: [], modality });
    }
  }
  // objects for actions re-pushed from a frame
  for (const a of out) {
    if (a.object.length) continue;
    const k = toks.indexOf(a.verb);
    for (let m = k + 1; m < toks.length && a.object.length < 4; m++) {
      const x = toks[m]!;
      if (x.text === '.' || x.text === ';') break;
      if (x.kind === 'punct' || STOP.has(lower(x))) continue;
      a.object.push(stemOf(lower(x)));
    }
  }
  return out;
}

const capital = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);

/**
 * ", and" at `k` closes a list of capitalised names ("Population, Refugees, and Migration";
 * "Austria, Brazil, and the United States"), not a clause: a capitalised word before the comma,
 * another list comma after a capitalised word before it, and a capitalised word after "and".
 */
function inNameList(toks: readonly Token[], k: number): boolean {
  if (
    !capital(toks[k - 2]) ||
    !(capital(toks[k + 1]) || (lower(toks[k + 1] ?? toks[k]!) === 'the' && capital(toks[k + 2])))
  )
    return false;
  for (let m = k - 3; m >= Math.max(0, k - 8); m--) {
    if (toks[m]!.kind !== 'punct' && !capital(toks[m]) && !['of', 'for', 'and', 'the'].includes(lower(toks[m]!)))
      return false;
    if (toks[m]!.text === ',' && capital(toks[m - 1])) return true;
  }
  return false;
}

export const isPronounActor = (a: Action): boolean =>
  a.actor.filter((t) => t.kind !== 'punct').length === 1 &&
  PRONOUNS.has(lower(a.actor.find((t) => t.kind !== 'punct')!));
