/** The built-in rules, in the order of the rules table. */
import type { Rule } from '../types.js';
import { acronymDefinition } from './acronym-definition.js';
import { allCaps } from './all-caps.js';
import { ambiguousDate } from './ambiguous-date.js';
import { exclamationMarks } from './exclamation-marks.js';
import { hardSentence } from './hard-sentence.js';
import { institutionalThirdPerson } from './institutional-third-person.js';
import { nameConsistency } from './name-consistency.js';
import { passiveVoice } from './passive-voice.js';
import { diplomaticBoilerplate, hedges, hiddenVerbs, plainWords } from './phrase.js';
import { sentenceLength } from './sentence-length.js';

export { customRule } from './phrase.js';

const list: Rule<any>[] = [
  plainWords,
  hiddenVerbs,
  diplomaticBoilerplate,
  hedges,
  passiveVoice,
  institutionalThirdPerson,
  sentenceLength,
  hardSentence,
  acronymDefinition,
  nameConsistency,
  ambiguousDate,
  allCaps,
  exclamationMarks,
];

export const RULES: ReadonlyMap<string, Rule<any>> = new Map(list.map((r) => [r.meta.id, r]));
