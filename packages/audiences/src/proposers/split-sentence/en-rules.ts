/**
 * The English split rules as rows, like the Russian ones (`ru-rules.ts`): each row reads one kind
 * of site of `en-sites.ts` (a separator, "and" + a second verb, a bare "and" + a subject, a
 * closing participle, ", including"), claims the sites it is for (`when`), names the guards of
 * `en-guards.ts` that veto it (`unless`), makes its edit (`split`), and carries its confidence and
 * an example of a split and of a sentence it leaves whole (`test/split-rules.test.ts` runs both).
 * At each site the first row that claims it decides it. A new rule is a row here plus, if none
 * fits, a guard in `en-guards.ts`.
 */
import { verbForms } from '@attache/core';
import { capitalise, words } from '../../text.js';
import type { Doc, DocSentence } from '../../doc.js';
import { rulePoint, type Point } from './points.js';
import {
  AND_CLAUSE_GUARDS,
  AND_VERB_GUARDS,
  EN_GUARDS,
  INCLUDING_GUARDS,
  mainTense,
  PARTICIPLE_GUARDS,
  type AndClauseGuard,
  type AndVerbGuard,
  type EnGuard,
  type IncludingGuard,
  type ParticipleGuard,
} from './en-guards.js';
import {
  andClauseSites,
  andVerbSites,
  includingSites,
  participleSites,
  separatorSites,
  type AndClauseSite,
  type AndVerbSite,
  type EnSite,
  type IncludingSite,
  type ParticipleSite,
} from './en-sites.js';
import { EN_SUBJECT_START, enClass, SUBJECT_AUX } from './en-words.js';

export interface EnSplitRule<X = EnSite, G extends string = EnGuard> {
  /** The rule id (tests and docs name the row by it). */
  id: string;
  /** True when the site is this row's (for a separator: its separator and conjunction). */
  when(x: X): boolean;
  /** Named guards; any that holds vetoes the split (and no later row is tried). */
  unless: G[];
  /** The edit from the separator on. */
  split(x: X): { end: number; replacement: string; pattern: string };
  confidence: number;
  /** A sentence split by this row (the edit marked `[[…]]`, its replacement) and one it leaves whole. */
  examples: { split: string; replacement: string; keep: string };
}

/** Guards every separator row has. */
const ALWAYS: EnGuard[] = ['thatReported'];

/** ", but " → ". But ": the conjunction stays, capitalised; the next word keeps its case. */
const keepConjunction = (x: EnSite, word: string) => ({
  end: x.next.start,
  replacement: `. ${word} `,
  pattern: ', ' + x.conj,
});

export const EN_SEPARATOR_RULES: EnSplitRule[] = [
  {
    // "We have one aim: we will keep our staff safe." — only between two full clauses.
    id: 'colon',
    when: (x) => x.sep === ':' && !x.conj,
    unless: ['leftNoVerb', 'rightNoVerb', 'notPronounNext', 'subordinateLead'],
    split: (x) => ({ end: x.next.end, replacement: '. ' + capitalise(x.next.text), pattern: ': ' }),
    confidence: 0.7,
    examples: {
      split: 'The Ministry has set one goal for the coming year[[: we]] will open a clinic in every district.',
      replacement: '. We',
      keep: 'The Ministry has set three goals for the coming year: the clinics, the schools and the roads.',
    },
  },
  {
    // "He visited Lviv, where he met officials." → "He visited Lviv. There, he met officials."
    id: 'where',
    when: (x) => x.sep === ',' && (x.conj === 'where' || x.conj === 'after which'),
    unless: ['noSubjectNext', 'rightNoVerb', 'leftNoVerb', 'moreClauses'],
    split(x) {
      const lower =
        (EN_SUBJECT_START.has(x.nextLower) || SUBJECT_AUX.test(x.nextLower)) && !/^I\b/u.test(x.next.text)
          ? x.next.text.toLowerCase()
          : x.next.text;
      return {
        end: x.next.end,
        replacement: (x.conj === 'where' ? '. There, ' : '. After that, ') + lower,
        pattern: ', ' + x.conj,
      };
    },
    confidence: 0.7,
    examples: {
      split: 'The Secretary travelled to Lviv on Monday[[, where he]] met the mayor and local officials.',
      replacement: '. There, he',
      keep: 'The Secretary travelled to Lviv on Monday, where the mayor, the governor and local officials met him.',
    },
  },
  {
    id: 'semicolon',
    when: (x) => x.sep === ';' && !x.conj,
    unless: ['rightNoVerb', 'leftNoVerb', 'listGoesOn'],
    split: (x) => ({ end: x.next.end, replacement: '. ' + capitalise(x.next.text), pattern: '; ' }),
    confidence: 0.85,
    examples: {
      split: 'The new clinic opened in the north of the region last week[[; it]] will serve ten thousand people.',
      replacement: '. It',
      keep: 'The new clinic opened in the north of the region last week; and the school in the south.',
    },
  },
  {
    id: 'and',
    when: (x) => x.sep === ',' && x.conj === 'and',
    unless: ['noClauseNext', 'leftNoVerb', 'reportedList', 'series'],
    split: (x) => ({ end: x.next.end, replacement: '. ' + capitalise(x.next.text), pattern: ', and' }),
    confidence: 0.75,
    examples: {
      split: 'The Ministry opened three new schools in the region this year[[, and the]] city will build two more.',
      replacement: '. The',
      keep: 'The Ministry opened three new schools in the region this year, and two more next year.',
    },
  },
  {
    id: 'but',
    when: (x) => x.sep === ',' && x.conj === 'but',
    unless: ['noClauseNext', 'leftNoVerb'],
    split: (x) => keepConjunction(x, 'But'),
    confidence: 0.8,
    examples: {
      split:
        'The Ministry opened three new schools in the region this year[[, but ]]we still need more teachers there.',
      replacement: '. But ',
      keep: 'The Ministry opened three new schools in the region this year, but not in the capital.',
    },
  },
  {
    id: 'so',
    when: (x) => x.sep === ',' && x.conj === 'so',
    unless: ['soThat', 'noClauseNext', 'leftNoVerb'],
    split: (x) => keepConjunction(x, 'So'),
    confidence: 0.75,
    examples: {
      split: 'The old bridge over the river was closed for repairs in May[[, so ]]buses will take the ring road.',
      replacement: '. So ',
      keep: 'The old bridge over the river was closed for repairs in May, so that the work could start.',
    },
  },
  {
    // ", which will create jobs." → ". This will create jobs." — only when the clause runs to the
    // end; after a name, "which" is the name ("…to Cuba, which has seen protests" → "It has …").
    id: 'which',
    when: (x) => x.sep === ',' && x.conj === 'which',
    unless: ['noVerbNext', 'leftNoVerb', 'moreClauses'],
    split(x) {
      const plural = /^(are|were|have)$/i.test(x.next.text);
      const before = words(x.doc.input, x.s.start, x.at).at(-1)?.text ?? '';
      const named = /^\p{Lu}/u.test(before) && !/^\p{Lu}+$/u.test(before);
      return {
        end: x.next.start,
        replacement: named ? (plural ? '. They ' : '. It ') : plural ? '. These ' : '. This ',
        pattern: ', which',
      };
    },
    confidence: 0.65,
    examples: {
      split:
        'The Government approved a new programme for rural clinics last week[[, which ]]will create two thousand jobs.',
      replacement: '. This ',
      keep: 'The Government approved a new programme for rural clinics last week, which, in turn, will create jobs.',
    },
  },
];

/** "met X and discussed Y" → "met X. The Secretary discussed Y": the subject is repeated (a pronoun would need its gender). */
export const EN_AND_VERB_RULES: EnSplitRule<AndVerbSite, AndVerbGuard>[] = [
  {
    id: 'and-verb',
    when: () => true,
    unless: ['noSecondVerb', 'noFirstVerb', 'listOfVerbs', 'passiveList', 'perfectList', 'noSubject'],
    split(x) {
      const first = x.ws[x.v1]!.text;
      const modal = x.c2 !== 'modal' && enClass(first, undefined) === 'modal' ? ' ' + first : '';
      // "has suspended X and authorized Y" → "… has authorized Y": the perfect's auxiliary is repeated
      const before = x.ws[x.v1 - 1]?.text ?? '';
      const perfect = x.c2 === 'past' && !x.aux2 && /^(has|have|had)$/i.test(before) ? ' ' + before.toLowerCase() : '';
      return { end: x.ws[x.k]!.end, replacement: `. ${x.subject}${modal}${perfect}`, pattern: 'and + verb' };
    },
    confidence: 0.65,
    examples: {
      split:
        'The department accepted most of the recommendations made by the panel[[ and]] has consulted on limits for each of the sixteen drugs.',
      replacement: '. The department',
      keep: 'The agreement was signed by both ministers in the capital on Friday and ratified by the parliament in May.',
    },
  },
];

const andClauseSplit = (x: AndClauseSite) => ({
  end: x.ws[x.k + 1]!.end,
  replacement: '. ' + (x.first === 'I' ? x.first : capitalise(x.first)),
  pattern: 'and + clause',
});
const AND_CLAUSE_GUARDS_ALL: AndClauseGuard[] = [
  'noVerb',
  'detPlural',
  'quantitySingular',
  'itPlural',
  'leftNoVerb',
  'clauseObject',
];

/** "… since its launch and millions have called …" → "… since its launch. Millions have called …". */
export const EN_AND_CLAUSE_RULES: EnSplitRule<AndClauseSite, AndClauseGuard>[] = [
  {
    // A pronoun subject with any finite verb, or a quantity word with a plural verb.
    id: 'and-clause',
    when: (x) => x.kind === 'pronoun' || x.kind === 'quantity',
    unless: AND_CLAUSE_GUARDS_ALL,
    split: andClauseSplit,
    confidence: 0.7,
    examples: {
      split:
        'Over two million people have visited the new website since its launch[[ and thousands]] have called the helpline for advice.',
      replacement: '. Thousands',
      keep: 'The minister said on Tuesday in a long interview with local radio that the region and they are working together on the new roads.',
    },
  },
  {
    // A determiner with a singular verb (a joined subject "X and the EU" would take a plural one).
    id: 'and-clause-det',
    when: (x) => x.kind === 'det',
    unless: AND_CLAUSE_GUARDS_ALL,
    split: andClauseSplit,
    confidence: 0.6,
    examples: {
      split:
        'The ministry opened three new offices in the northern districts last spring[[ and the]] governor is planning two more next year.',
      replacement: '. The',
      keep: 'During the visit to the northern districts the delegation met the governor and the mayors were invited to a later meeting in the capital.',
    },
  },
];

/** The verb of a participle's sentence, in the tense of the main verb ("will bring", "brought", "brings"). */
function participleVerb(x: ParticipleSite, base: string, plain: 'base' | 's'): string {
  const f = verbForms(base);
  if (x.tense === 'past') return f.past;
  if (x.tense === 'modal') return `${x.ws[x.v1]!.text} ${base}`;
  return x.tense === 's' || plain === 's' ? f.s : base;
}
const PARTICIPLE_GUARDS_ALL: ParticipleGuard[] = ['restBreaks', 'participleList', 'longList', 'noMainVerb'];

/** A participle phrase closing a sentence becomes a sentence of its own. */
export const EN_PARTICIPLE_RULES: EnSplitRule<ParticipleSite, ParticipleGuard>[] = [
  {
    // What the subject did while doing it: the subject repeated ("…, underscoring" → ". The Secretary underscored").
    id: 'participle-agent',
    when: (x) => x.agent !== undefined,
    unless: [...PARTICIPLE_GUARDS_ALL, 'passiveMain', 'noShortSubject'],
    split: (x) => ({
      end: x.ws[x.k]!.end,
      replacement: `. ${x.subject} ${participleVerb(x, x.agent!, 'base')}`,
      pattern: ', ' + x.word,
    }),
    confidence: 0.6,
    examples: {
      split:
        'The Secretary met the Foreign Minister in Beijing on Tuesday[[, underscoring]] the importance of open lines of communication.',
      replacement: '. The Secretary underscored',
      keep: 'The agreement was signed by both ministers in the capital on Friday afternoon, underscoring the close ties between the two countries.',
    },
  },
  {
    // What the whole event led to: "This" ("…, bringing the total to" → ". This brought the total to").
    id: 'participle-result',
    when: (x) => x.result !== undefined,
    unless: PARTICIPLE_GUARDS_ALL,
    split: (x) => ({
      end: x.ws[x.k]!.end,
      replacement: `. This ${participleVerb(x, x.result!, 's')}`,
      pattern: ', ' + x.word,
    }),
    confidence: 0.65,
    examples: {
      split:
        'The United States provided an additional $5 million in aid to the region last year[[, bringing]] the total to $50 million since 2020.',
      replacement: '. This brought',
      keep: 'The funds support refugees and displaced persons in the region, promoting respect for human rights, bringing relief, and fighting trafficking.',
    },
  },
];

/** ", including A, B and C." closing a sentence after a plural noun → ". These include(d) A, B and C." */
export const EN_INCLUDING_RULES: EnSplitRule<IncludingSite, IncludingGuard>[] = [
  {
    id: 'including',
    when: () => true,
    unless: ['notPlural', 'name', 'restBreaks', 'notThings', 'longList', 'mainVerbAfter', 'shortLeft'],
    split: (x) => ({
      end: x.at + ', including'.length,
      replacement: mainTense(x) === 'past' ? '. These included' : '. These include',
      pattern: ', including',
    }),
    confidence: 0.6,
    examples: {
      split:
        'Last week the delegation from the capital visited several new schools and hospitals[[, including]] two clinics and a training centre.',
      replacement: '. These included',
      keep: 'In addition, full details of the planned airspace restrictions, including maps, will be published on the website next week.',
    },
  },
];

/** A row as the docs and tests list it: the kind of site it reads and the guards every row of that kind has. */
export type ListedEnRule = EnSplitRule<never, string> & { site: string; always: string[] };
const listed = <X, G extends string>(site: string, rows: EnSplitRule<X, G>[], always: G[] = []): ListedEnRule[] =>
  rows.map((r) => ({ ...(r as unknown as EnSplitRule<never, string>), site, always }));

/** Every row, in the order the splitter tries the kinds of site (docs and tests read it). */
export const EN_SPLIT_RULES: ListedEnRule[] = [
  ...listed('separator', EN_SEPARATOR_RULES, ALWAYS),
  ...listed('and + verb', EN_AND_VERB_RULES),
  ...listed('and + subject', EN_AND_CLAUSE_RULES),
  ...listed('closing participle', EN_PARTICIPLE_RULES),
  ...listed(', including', EN_INCLUDING_RULES),
];

/** The points of `rows` at `sites`: at each site, the first row that claims it, unless a guard holds. */
function pointsOf<X extends { at: number }, G extends string>(
  sites: X[],
  rows: EnSplitRule<X, G>[],
  guards: Record<G, (x: X) => boolean>,
  always: G[] = [],
): Point[] {
  const out: Point[] = [];
  for (const x of sites) {
    if (always.some((g) => guards[g](x))) continue;
    const rule = rows.find((r) => r.when(x));
    if (!rule || rule.unless.some((g) => guards[g](x))) continue;
    out.push(rulePoint(x.at, rule.split(x), rule));
  }
  return out;
}

/** The split points of the rows in one sentence, by kind of site (a point's `rule` names its row). */
export function enPoints(doc: Doc, s: DocSentence): Point[] {
  return [
    ...pointsOf(separatorSites(doc, s), EN_SEPARATOR_RULES, EN_GUARDS, ALWAYS),
    ...pointsOf(andVerbSites(doc, s), EN_AND_VERB_RULES, AND_VERB_GUARDS),
    ...pointsOf(andClauseSites(doc, s), EN_AND_CLAUSE_RULES, AND_CLAUSE_GUARDS),
    ...pointsOf(participleSites(doc, s), EN_PARTICIPLE_RULES, PARTICIPLE_GUARDS),
    ...pointsOf(includingSites(doc, s), EN_INCLUDING_RULES, INCLUDING_GUARDS),
  ];
}
