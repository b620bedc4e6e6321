/**
 * `@attache/audiences/rural`: readers far from the capital and its jargon. Everyday words,
 * acronyms spelled out, concrete numbers, sentences of 15 words or fewer, "what this means for
 * you", and offline channels in the checklist.
 */
import { makeAudience } from './adapter.js';
import {
  acronymsRuralP,
  addressP,
  boilerplateP,
  everydayP,
  findingsP,
  hiddenVerbsP,
  institutionP,
  numbersP,
  passiveP,
  listP,
  splitP,
  whatItMeansP,
} from './proposers/index.js';
import type { Audience } from './types.js';

export const rural: Audience = makeAudience({
  id: 'rural',
  targets: { maxGrade: 8, maxAverageSentenceWords: 15, maxHardSentenceShare: 0.1, maxFormality: 50 },
  targetSources: {
    maxGrade: {
      sources: ['govuk-active', 'plainlanguage'],
      note: 'Grade 8 or below (GOV.UK: reading age 9, about grade 4; Attaché sets grade 8 as the pass mark).',
    },
    maxAverageSentenceWords: { sources: ['plainlanguage', 'govuk'], note: 'Sentences of about 15 words.' },
    maxHardSentenceShare: { sources: ['hemingway'], note: 'At most one sentence in ten hard.' },
    maxFormality: {
      sources: ['heylighen-dewaele'],
      note: 'Neutral rather than bureaucratic (Attaché’s formality score, after the F-score).',
    },
  },
  maxSentenceWords: 15,
  proposers: [
    findingsP,
    hiddenVerbsP,
    everydayP,
    boilerplateP,
    addressP,
    institutionP,
    passiveP,
    numbersP,
    acronymsRuralP,
    listP,
    splitP,
    whatItMeansP,
  ],
});
export default rural;
