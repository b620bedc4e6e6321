/**
 * One example of each proposer: a text it leaves alone and a text it edits, with the exact span
 * and replacement. `proposer-cases.test.ts` runs them; `scripts/gen-docs.ts` prints them on each
 * proposer's page.
 */
import type { AudienceId, ProposalKind } from '../src/types.js';

export interface ProposerCase {
  audience: AudienceId;
  kind: ProposalKind;
  language: 'en' | 'ru';
  valid: string;
  invalid: string;
  replacement: string;
}

export const PROPOSER_CASES: Record<string, ProposerCase> = {
  substitution: {
    audience: 'youth',
    kind: 'substitution',
    language: 'en',
    valid: 'We met to talk.',
    invalid: 'We met [[in order to]] talk.',
    replacement: 'to',
  },
  'hidden-verb': {
    audience: 'rural',
    kind: 'hidden-verb',
    language: 'en',
    valid: 'We will investigate the case.',
    invalid: 'We will [[conduct an investigation of]] the case.',
    replacement: 'investigate',
  },
  'everyday-word': {
    audience: 'rural',
    kind: 'everyday-word',
    language: 'en',
    valid: 'The council will work with farmers.',
    invalid: 'The council will [[liaise with]] farmers.',
    replacement: 'work with',
  },
  idiom: {
    audience: 'foreign',
    kind: 'phrasal-verb',
    language: 'en',
    valid: 'The council will start a new office.',
    invalid: 'The council will [[set up]] a new office.',
    replacement: 'establish',
  },
  boilerplate: {
    audience: 'youth',
    kind: 'boilerplate',
    language: 'en',
    valid: 'The office opens on Monday.',
    invalid: '[[It should be noted that t]]he office opens on Monday.',
    replacement: 'T',
  },
  'institution-we': {
    audience: 'youth',
    kind: 'institution-we',
    language: 'en',
    valid: 'We opened a new clinic in Leeds today.',
    invalid:
      'The Ministry of Health opened a new clinic in Leeds today. [[The Ministry of Health will]] open two more next year.',
    replacement: 'We will',
  },
  'passive-to-active': {
    audience: 'youth',
    kind: 'passive-to-active',
    language: 'en',
    valid: 'The minister signed the agreement.',
    invalid: '[[The agreement was signed by the minister]].',
    replacement: 'The minister signed the agreement',
  },
  'split-sentence': {
    audience: 'rural',
    kind: 'split-sentence',
    language: 'ru',
    valid: 'Министр открыл новую школу в районе.',
    invalid:
      'Министр открыл новую большую школу в нашем районе[[; дети]] начнут занятия в сентябре этого года вместе с учителями.',
    replacement: '. Дети',
  },
  'bullet-list': {
    audience: 'rural',
    kind: 'bullet-list',
    language: 'en',
    valid: 'The fund pays for new roads.',
    invalid:
      'The ministry values its long partnership with the northern regions in[[ building new roads, training local teachers, and supporting small farms. ]]We thank every partner.',
    replacement: ':\n\n- building new roads\n- training local teachers\n- supporting small farms\n\n',
  },
  'address-reader': {
    audience: 'youth',
    kind: 'address-reader',
    language: 'en',
    valid: 'You should apply before May.',
    invalid: '[[Citizens are advised to]] apply before May.',
    replacement: 'You should',
  },
  contraction: {
    audience: 'youth',
    kind: 'contraction',
    language: 'en',
    valid: 'We have a plan.',
    invalid: 'We [[do not]] close the office.',
    replacement: "don't",
  },
  hook: {
    audience: 'youth',
    kind: 'hook',
    language: 'en',
    valid: 'We opened a clinic.',
    invalid: '[[]]The Department for Transport has opened a new office in Leeds to help drivers with their licences.',
    replacement: '[The news in one line: The Department for Transport has opened a new office in…]\n\n',
  },
  'what-it-means': {
    audience: 'rural',
    kind: 'what-it-means',
    language: 'en',
    valid: 'You can visit the farm on Monday.',
    invalid: 'The fund gives money to farmers.[[]]',
    replacement: '\n\nWhat this means for you: [who is affected, what they need to do, and by when.]',
  },
  'acronym-every-paragraph': {
    audience: 'rural',
    kind: 'acronym',
    language: 'en',
    valid: 'The Rural Payments Agency pays farmers.',
    invalid: 'The Rural Payments Agency (RPA) pays farmers.\n\nThe [[RPA]] pays monthly.',
    replacement: 'Rural Payments Agency',
  },
  acronym: {
    audience: 'foreign',
    kind: 'acronym',
    language: 'en',
    valid: 'The Rural Payments Agency pays farmers.',
    invalid: 'The [[RPA]] pays farmers. The Rural Payments Agency (RPA) is in York.',
    replacement: 'Rural Payments Agency (RPA)',
  },
  number: {
    audience: 'rural',
    kind: 'number',
    language: 'en',
    valid: 'The fund gives money to farmers.',
    invalid: 'The fund gives £[[1,500,000]] to farmers.',
    replacement: '1.5 million',
  },
  date: {
    audience: 'foreign',
    kind: 'date',
    language: 'en',
    valid: 'The office opens on 12 March 2026.',
    invalid: 'The office opens on [[03/12/2026]].',
    replacement: '12 March 2026',
  },
};
