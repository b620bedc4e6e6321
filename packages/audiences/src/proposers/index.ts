/**
 * The proposers, each `{ meta, propose }`, shared by the audiences (which list the ones they
 * use). Word lists are compiled once per language. `PROPOSERS` is the registry the docs and
 * tests read.
 */
import type { AdapterContext } from '../adapter.js';
import { EN, RU } from '../data/index.js';
import { enBoilerplate, fromFindings } from './common.js';
import type { Proposer, ProposerMeta } from './draft.js';
import { concreteNumbers, spellOutAcronyms, unambiguousDates, whatItMeans } from './facts.js';
import { institutionWe } from './institution.js';
import {
  compileForms,
  compileHidden,
  compilePhrases,
  compileVerbs,
  matchList,
  type CompiledList,
} from './match-list.js';
import { bulletLists } from './bullet-list.js';
import { passiveToActive } from './passive.js';
import { splitSentences } from './split-sentence/index.js';
import { addressReader, contractions, hook } from './voice.js';

type P = Proposer<AdapterContext>;
const EN_RU = ['en', 'ru'] as const;
const EN_ONLY = ['en'] as const;
const p = (meta: ProposerMeta, propose: P['propose']): P => ({ meta, propose });

const cache = new Map<string, CompiledList>();
function list(key: string, make: () => CompiledList): CompiledList {
  let l = cache.get(key);
  if (!l) cache.set(key, (l = make()));
  return l;
}

const lists = {
  hidden: (lang: string) =>
    lang === 'ru'
      ? list('ru.hidden', () => compileForms(RU.hiddenVerbs))
      : list('en.hidden', () => compileHidden(EN.hiddenVerbs)),
  everyday: (lang: string) =>
    lang === 'ru'
      ? list('ru.everyday', () => compileForms(RU.everyday))
      : list('en.everyday', () => compileVerbs(EN.everyday)),
  idioms: (lang: string) =>
    lang === 'ru'
      ? list('ru.idioms', () => compileForms(RU.idioms))
      : list('en.idioms', () => compilePhrases(EN.idioms)),
  phrasal: () => list('en.phrasal', () => compileVerbs(EN.phrasalVerbs)),
  boilerplate: (lang: string) =>
    lang === 'ru'
      ? list('ru.boilerplate', () => compileForms(RU.boilerplate))
      : list('en.boilerplate', () => compileForms(EN.boilerplate)),
};

export const findingsP = p(
  {
    id: 'substitution',
    kind: ['substitution'],
    languages: EN_RU,
    safe: 'some',
    sources: ['plainlanguage-words', 'govuk-words', 'ilyakhov'],
  },
  (doc) => fromFindings(doc),
);
export const hiddenVerbsP = p(
  {
    id: 'hidden-verb',
    kind: ['hidden-verb'],
    languages: EN_RU,
    safe: 'some',
    sources: ['plainlanguage-hidden-verbs', 'chukovsky'],
    answers: ['hidden-verbs'],
  },
  (doc) =>
    matchList(doc, lists.hidden(doc.language), {
      kind: 'hidden-verb',
      rationale: 'hidden-verb',
      confidence: 0.85,
      safe: true,
      ruleId: 'audiences/hidden-verb',
    }),
);
export const everydayP = p(
  {
    id: 'everyday-word',
    kind: ['everyday-word'],
    languages: EN_RU,
    safe: 'some',
    sources: ['govuk-words', 'plainlanguage-words', 'ilyakhov'],
    answers: ['plain-words'],
  },
  (doc) =>
    matchList(doc, lists.everyday(doc.language), {
      kind: 'everyday-word',
      rationale: 'everyday-word',
      confidence: 0.85,
      safe: true,
      ruleId: 'audiences/everyday-word',
    }),
);
export const idiomsP = p(
  {
    id: 'idiom',
    kind: ['idiom', 'phrasal-verb'],
    languages: EN_RU,
    safe: 'some',
    sources: ['global-english', 'asd-ste100'],
    answers: ['plain-words'],
  },
  (doc) => [
    ...matchList(doc, lists.idioms(doc.language), {
      kind: 'idiom',
      rationale: 'idiom',
      confidence: 0.8,
      safe: true,
      ruleId: 'audiences/idiom',
    }),
    ...(doc.language === 'en'
      ? matchList(doc, lists.phrasal(), {
          kind: 'phrasal-verb',
          rationale: 'phrasal-verb',
          confidence: 0.8,
          safe: true,
          ruleId: 'audiences/phrasal-verb',
        })
      : []),
  ],
);
export const boilerplateP = p(
  {
    id: 'boilerplate',
    kind: ['boilerplate'],
    languages: EN_RU,
    safe: 'some',
    sources: ['ilyakhov', 'govuk-words'],
    answers: ['diplomatic-boilerplate', 'hedges'],
  },
  (doc) => [
    ...matchList(doc, lists.boilerplate(doc.language), {
      kind: 'boilerplate',
      rationale: 'boilerplate',
      confidence: 0.85,
      safe: true,
      ruleId: 'audiences/boilerplate',
      deletes: true,
    }),
    ...enBoilerplate(doc),
  ],
);
export const institutionP = p(
  {
    id: 'institution-we',
    kind: ['institution-we'],
    languages: EN_RU,
    safe: true,
    sources: ['govuk', 'ilyakhov', 'rosental-punct'],
    answers: ['institutional-third-person'],
  },
  (doc, ctx) => institutionWe(doc, ctx.institution),
);
export const passiveP = p(
  {
    id: 'passive-to-active',
    kind: ['passive-to-active'],
    languages: EN_RU,
    safe: 'some',
    sources: ['plainlanguage-active', 'zaliznyak'],
    answers: ['passive-voice'],
  },
  (doc) => passiveToActive(doc),
);
export const splitP = p(
  {
    id: 'split-sentence',
    kind: ['split-sentence'],
    languages: EN_RU,
    safe: true,
    sources: ['govuk', 'asd-ste100', 'rosental-punct'],
    answers: ['sentence-length', 'hard-sentence'],
  },
  (doc, ctx) => splitSentences(doc, ctx),
);
export const listP = p(
  {
    id: 'bullet-list',
    kind: ['bullet-list'],
    languages: EN_ONLY,
    safe: true,
    sources: ['govuk'],
    answers: ['sentence-length', 'hard-sentence'],
  },
  (doc, ctx) => bulletLists(doc, ctx),
);
export const addressP = p(
  {
    id: 'address-reader',
    kind: ['address-reader'],
    languages: EN_RU,
    safe: 'some',
    sources: ['plainlanguage-conversational', 'govuk', 'ilyakhov'],
  },
  (doc) => addressReader(doc),
);
export const contractionsP = p(
  {
    id: 'contraction',
    kind: ['contraction'],
    languages: EN_ONLY,
    safe: true,
    sources: ['plainlanguage-conversational'],
  },
  (doc) => contractions(doc),
);
export const hookP = p(
  { id: 'hook', kind: ['hook'], languages: EN_RU, safe: false, sources: ['press-office'] },
  (doc) => hook(doc),
);
export const whatItMeansP = p(
  { id: 'what-it-means', kind: ['what-it-means'], languages: EN_RU, safe: false, sources: ['govuk', 'press-office'] },
  (doc) => whatItMeans(doc),
);
export const acronymsRuralP = p(
  {
    id: 'acronym-every-paragraph',
    kind: ['acronym'],
    languages: EN_RU,
    safe: true,
    sources: ['govuk-style'],
    answers: ['acronym-definition'],
  },
  (doc) => spellOutAcronyms(doc, true),
);
export const acronymsForeignP = p(
  {
    id: 'acronym',
    kind: ['acronym'],
    languages: EN_RU,
    safe: true,
    sources: ['global-english'],
    answers: ['acronym-definition'],
  },
  (doc) => spellOutAcronyms(doc, false),
);
export const numbersP = p(
  { id: 'number', kind: ['number'], languages: EN_RU, safe: 'some', sources: ['govuk'] },
  (doc) => concreteNumbers(doc),
);
export const datesP = p(
  {
    id: 'date',
    kind: ['date'],
    languages: EN_RU,
    safe: 'some',
    sources: ['global-english'],
    answers: ['ambiguous-date'],
  },
  (doc) => unambiguousDates(doc),
);

/** Every proposer, by id (the docs and the tests read it). */
export const PROPOSERS: Record<string, P> = Object.fromEntries(
  [
    findingsP,
    hiddenVerbsP,
    everydayP,
    idiomsP,
    boilerplateP,
    institutionP,
    passiveP,
    splitP,
    listP,
    addressP,
    contractionsP,
    hookP,
    whatItMeansP,
    acronymsRuralP,
    acronymsForeignP,
    numbersP,
    datesP,
  ].map((x) => [x.meta.id, x]),
);

/** True when `text` contains an idiom or phrasal verb of the lists (replacements for foreign readers must not). */
export function hasIdiom(language: string, text: string): boolean {
  const ls = language === 'ru' ? [lists.idioms('ru')] : [lists.idioms('en'), lists.phrasal()];
  return ls.some((l) => {
    l.re.lastIndex = 0;
    return l.re.test(text);
  });
}
