/**
 * The guards of the English split rules, as named predicates over a site of `en-sites.ts`, one
 * set per kind of site. A rule row (`en-rules.ts`) names its guards; a guard that holds vetoes
 * the split.
 */
import { words } from '../../text.js';
import {
  EN_PLURAL_FINITE,
  EN_SINGULAR_FINITE,
  tenseOf,
  type AndClauseSite,
  type AndVerbSite,
  type EnSite,
  type IncludingSite,
  type ParticipleSite,
} from './en-sites.js';
import {
  EN_AUX,
  EN_MODALS,
  EN_OBJECT_START,
  EN_S_VERBS,
  EN_SUBJECT_START,
  enClass,
  enVerbCue,
  startsClause,
  SUBJECT_AUX,
} from './en-words.js';

/** The rest of the sentence has a comma (other than before a closing "and"/"or"), a semicolon, a colon, a bracket or a dash. */
const moreClauses = (x: EnSite): boolean =>
  /[,;:(—–]/.test(x.doc.input.slice(x.next.start, x.s.end).replace(/,(?= (?:and|or) )/g, ''));

/** Guards at a separator. */
export const EN_GUARDS = {
  /** "…, but that there is still room": "that" opening a reported clause, not a demonstrative subject. */
  thatReported: (x: EnSite) =>
    x.nextLower === 'that' && !enVerbCue(x.rightWords[1] ?? '') && !EN_S_VERBS.has(x.rightWords[1] ?? ''),
  leftNoVerb: (x: EnSite) => !x.leftHasVerb,
  rightNoVerb: (x: EnSite) => !x.rightHasVerb,
  /** After a colon, only a pronoun opens a clause; after "the/a" it usually opens a list or a name. */
  notPronounNext: (x: EnSite) => !/^(we|they|he|she|it|i|you|this|these|there)$/.test(x.next.text),
  /** "As …: …", "If …: …": the colon ends a subordinate opening, not a clause. */
  subordinateLead: (x: EnSite) =>
    /^(As|If|When|While|Although|Because|Since|After|Before|Whether)$/.test(
      words(x.doc.input, x.s.start, x.at)[0]?.text ?? '',
    ),
  /** Neither a subject word nor a name follows. */
  noSubjectNext: (x: EnSite) =>
    !EN_SUBJECT_START.has(x.nextLower) && !SUBJECT_AUX.test(x.nextLower) && !/^\p{Lu}/u.test(x.next.text),
  /** The clause after it does not run to the sentence end. */
  moreClauses,
  /** "; and", "; or": a list goes on. */
  listGoesOn: (x: EnSite) => /^(and|or)$/i.test(x.next.text),
  /** What follows is no clause of its own (no subject and verb). */
  noClauseNext: (x: EnSite) => !startsClause(x.doc, x.next.start, x.s.end),
  /** ", and" closes a series of single words ("Russia’s premeditated, unprovoked, unjustified, and
   * brutal war … is far from over"): the last item of the series, no clause. */
  series: (x: EnSite) =>
    /(?:^|[\s(])[\p{L}’'-]+,\s+[\p{L}’'-]+,\s+[\p{L}’'-]+$/u.test(x.doc.input.slice(x.s.start, x.at)),
  /** "The President noted that A is growing, B is lower, and C is …": the last item is still reported. */
  reportedList: (x: EnSite) => x.reported && !/^(he|she|they|we|i)$/.test(x.nextLower),
  /** "so that": a purpose, not a result. */
  soThat: (x: EnSite) => x.nextLower === 'that',
  /** ", which" not followed by a verb. */
  noVerbNext: (x: EnSite) => !enVerbCue(x.next.text) && !/^[a-z]+s$/.test(x.next.text),
} satisfies Record<string, (x: EnSite) => boolean>;

export type EnGuard = keyof typeof EN_GUARDS;

/** Guards at "and" + a second verb. */
export const AND_VERB_GUARDS = {
  /** No verb after "and", or one that does not start a predicate (no object or verb of its own follows). */
  noSecondVerb: (x: AndVerbSite) => !x.c2 || (!EN_OBJECT_START.test(x.next.text) && !x.aux2),
  /** No verb of the same kind before it in the clause (or only the sentence's first word). */
  noFirstVerb: (x: AndVerbSite) => x.v1 < 1,
  /** "represents X, contradicts Y, and is Z": splitting off the last would leave "X, contradicts Y." without its "and". */
  listOfVerbs: (x: AndVerbSite) =>
    !x.crossed && x.ws.slice(x.v1 + 1, x.k).some((w, i) => enClass(w.text, x.ws[x.v1 + i]?.text) === x.c2),
  /** "was signed and ratified": a list of passive participles. */
  passiveList: (x: AndVerbSite) => /^(is|are|was|were)$/.test(x.ws[x.v1]?.text ?? '') && x.c2 === 'past',
  /** "has signed and ratified": participles of one perfect, with no object of the first between
   * ("has suspended operations at X and authorized Y" is two perfects, the auxiliary repeated). */
  perfectList: (x: AndVerbSite) =>
    x.c2 === 'past' && /^(has|have|had)$/i.test(x.ws[x.v1 - 1]?.text ?? '') && x.k - x.v1 < 3,
  /** No subject that can be repeated (see `subjectOf`). */
  noSubject: (x: AndVerbSite) => x.subject === undefined,
} satisfies Record<string, (x: AndVerbSite) => boolean>;

export type AndVerbGuard = keyof typeof AND_VERB_GUARDS;

/** Words that may take a clause as their object ("said the US and the EU are …"). */
const EN_COMPLEMENT =
  /^(that|whether|if|because|although|while|when|where|which|who|whom|whose|as|since|until|unless|than|said|says|say|stated|states|believe|believes|believed|think|thinks|thought|know|knows|knew|hope|hopes|hoped|expect|expects|expected|show|shows|showed|shown|find|finds|found|mean|means|meant|suggest|suggests|suggested|confirm|confirms|confirmed|ensure|ensures|ensured|note|notes|noted|agree|agrees|agreed|announce|announces|announced|recognize|recognizes|recognized|recognise|recognises|recognised|acknowledge|acknowledges|acknowledged|stress|stresses|stressed|emphasize|emphasizes|emphasized|emphasise|emphasises|emphasised|between|both|either|neither)$/i;

/** Guards at a bare "and" + subject. */
export const AND_CLAUSE_GUARDS = {
  /** No finite verb after the subject within five words. */
  noVerb: (x: AndClauseSite) => x.verb === '',
  /** "the X and the Y are": a determiner with a plural verb may be the second half of a joined subject. */
  detPlural: (x: AndClauseSite) => x.kind === 'det' && !EN_SINGULAR_FINITE.test(x.verb),
  /** "thousands has": a quantity word needs a plural verb (or a modal). */
  quantitySingular: (x: AndClauseSite) =>
    x.kind === 'quantity' && !EN_PLURAL_FINITE.test(x.verb) && !EN_MODALS.has(x.verb),
  /** "it are": not a subject and its verb. */
  itPlural: (x: AndClauseSite) => x.first === 'it' && EN_PLURAL_FINITE.test(x.verb),
  /** The part before "and" is short or has no verb of its own. */
  leftNoVerb: (x: AndClauseSite) => x.left.length < 4 || !x.left.some((w) => enVerbCue(w.text)),
  /** A word before it takes a clause as its object ("said", "that", "both"); a subordinating word only when a verb follows it
   * ("since its launch and millions have …" is two clauses). */
  clauseObject: (x: AndClauseSite) =>
    x.left.some((w, i) => {
      if (!EN_COMPLEMENT.test(w.text)) return false;
      if (!/^(since|until|as|when|while|where|if|because|although|unless|than)$/i.test(w.text)) return true;
      return x.left.slice(i + 1).some((y) => enVerbCue(y.text));
    }),
} satisfies Record<string, (x: AndClauseSite) => boolean>;

export type AndClauseGuard = keyof typeof AND_CLAUSE_GUARDS;

/** A quotation mark, bracket, dash, colon or semicolon in the rest of the sentence. */
const restBreaks = (x: { rest: string }): boolean => /[;:(—–"“”]/.test(x.rest);

/** Guards at a closing participle. */
export const PARTICIPLE_GUARDS = {
  /** The phrase does not run to the sentence end. */
  restBreaks,
  /** "…, promoting X, strengthening Y, and fighting Z": one item of a list of participle phrases. */
  participleList: (x: ParticipleSite) =>
    /\b(and|or) [a-z]+ing\b/.test(x.rest) || /, [a-z]+ing\b/.test(x.doc.input.slice(x.s.start, x.ws[x.k - 1]!.end)),
  /** More than three commas after it, or commas that do not close a list with "and/or". */
  longList: (x: ParticipleSite) => {
    const commas = (x.rest.match(/,/g) ?? []).length;
    return commas > 3 || (commas > 0 && !/,? (?:and|or) [^,]*$/.test(x.rest));
  },
  /** No finite verb in the main clause (or only as its first word), or one without a tense. */
  noMainVerb: (x: ParticipleSite) => x.v1 < 1 || !x.tense,
  /** A passive main clause ("was signed, marking …") has no agent to repeat. */
  passiveMain: (x: ParticipleSite) => /^(is|are|was|were)$/.test(x.ws[x.v1]?.text ?? ''),
  /** No subject to repeat, or one of more than five words. */
  noShortSubject: (x: ParticipleSite) => x.subject === undefined || x.subject.split(' ').length > 5,
} satisfies Record<string, (x: ParticipleSite) => boolean>;

export type ParticipleGuard = keyof typeof PARTICIPLE_GUARDS;

/** Guards at ", including". */
export const INCLUDING_GUARDS = {
  /** The word before it is no plural noun ("this", "its", "as", "focus"). */
  notPlural: (x: IncludingSite) =>
    !/[^su']s$/.test(x.noun) || /^(this|is|has|was|does|its|his|hers|ours|theirs|yours|as|us)$/i.test(x.noun),
  /** A name ("the United States"). */
  name: (x: IncludingSite) => /^\p{Lu}/u.test(x.noun),
  restBreaks,
  /** "including by …", "including within …": not a list of things. */
  notThings: (x: IncludingSite) =>
    /^(by|in|at|on|within|from|for|with|through|to|under|among|during|via|when|where|if|as|but|not|those|that)\b/.test(
      x.rest,
    ),
  /** More than four commas after it, or commas that do not close a list with "and/or". */
  longList: (x: IncludingSite) => {
    const commas = (x.rest.match(/,/g) ?? []).length;
    return commas > 4 || (commas > 0 && !/,? (?:and|or) [^,]*$/.test(x.rest));
  },
  /** "including maps, will be published": the list ends and the main verb follows. */
  mainVerbAfter: (x: IncludingSite) => {
    const aux = /\b(will|would|is|are|was|were|has|have|had|can|could|should|must|may|might)\b/.exec(x.rest);
    return aux !== null && !/\b(which|who|that)\b/.test(x.rest.slice(0, aux.index));
  },
  /** Fewer than five words before it, or no verb among them. */
  shortLeft: (x: IncludingSite) => x.before.length < 5 || !x.before.some((w) => enVerbCue(w.text)),
} satisfies Record<string, (x: IncludingSite) => boolean>;

export type IncludingGuard = keyof typeof INCLUDING_GUARDS;

/** The tense of the main verb before ", including": the sentence's first finite verb. */
export function mainTense(x: IncludingSite): ReturnType<typeof tenseOf> {
  const main = x.before.find(
    (w, i) => tenseOf(w.text) && (enClass(w.text, x.before[i - 1]?.text) || EN_AUX.has(w.text)),
  );
  return main === undefined ? undefined : tenseOf(main.text);
}
