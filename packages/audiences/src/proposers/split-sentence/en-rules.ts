/**
 * English split points after a semicolon, a colon or a comma, as rule rows like the Russian ones
 * (`ru-rules.ts`): what the row claims (`when`: the separator and the conjunction after it), the
 * guards that veto it (named predicates of `en-guards.ts`), the edit it makes, its confidence,
 * and an example of a split and of a sentence it leaves whole (the tests run both). The first
 * row that claims a place decides it. A second predicate ("met X and discussed Y"), a closing
 * participle or ", including" list and a clause after a bare "and" are found by `en.ts` and
 * `en-clauses.ts`.
 */
import { capitalise, words } from '../../text.js';
import type { Doc, DocSentence } from '../../doc.js';
import { rulePoint, type Point } from './points.js';
import { EN_GUARDS, EN_SEPARATOR, enSite, type EnGuard, type EnSite } from './en-guards.js';
import { EN_SUBJECT_START } from './en-words.js';

export interface EnSplitRule {
  /** The rule id (tests and docs name the row by it). */
  id: string;
  /** True when the place is this row's (its separator and conjunction). */
  when(x: EnSite): boolean;
  /** Named guards; any that holds vetoes the split (and no later row is tried). */
  unless: EnGuard[];
  /** The edit from the separator on. */
  split(x: EnSite): { end: number; replacement: string; pattern: string };
  confidence: number;
  /** A sentence split by this row (the edit marked `[[…]]`, its replacement) and one it leaves whole. */
  examples: { split: string; replacement: string; keep: string };
}

/** Guards every row has. */
const ALWAYS: EnGuard[] = ['thatReported'];

/** ", but " → ". But ": the conjunction stays, capitalised; the next word keeps its case. */
const keepConjunction = (x: EnSite, word: string) => ({
  end: x.next.start,
  replacement: `. ${word} `,
  pattern: ', ' + x.conj,
});

export const EN_SPLIT_RULES: EnSplitRule[] = [
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
      const lower = EN_SUBJECT_START.has(x.nextLower) && x.next.text !== 'I' ? x.next.text.toLowerCase() : x.next.text;
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
    unless: ['noClauseNext', 'leftNoVerb', 'reportedList'],
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

/** The split points of the rows in one sentence (a point's `rule` names its row). */
export function enPoints(doc: Doc, s: DocSentence): Point[] {
  const out: Point[] = [];
  const re = new RegExp(EN_SEPARATOR);
  let m: RegExpExecArray | null;
  while ((m = re.exec(s.text)) !== null) {
    const x = enSite(doc, s, m);
    if (!x) continue;
    if (ALWAYS.some((g) => EN_GUARDS[g](x))) continue;
    const rule = EN_SPLIT_RULES.find((r) => r.when(x));
    if (!rule || rule.unless.some((g) => EN_GUARDS[g](x))) continue;
    const edit = rule.split(x);
    out.push(rulePoint(x.at, edit, rule));
  }
  return out;
}
