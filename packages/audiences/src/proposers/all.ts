/**
 * The proposers, compiled once per language (lists) and shared by the audiences.
 */
import type { AdapterContext } from '../adapter.js';
import { EN, RU } from '../data/index.js';
import type { Doc } from '../doc.js';
import { enBoilerplate, fromFindings } from './common.js';
import type { Draft } from './draft.js';
import { concreteNumbers, spellOutAcronyms, unambiguousDates, whatItMeans } from './facts.js';
import { institutionWe } from './institution.js';
import { compileForms, compileHidden, compilePhrases, compileVerbs, matchList, type CompiledList } from './lists.js';
import { bulletLists } from './list.js';
import { passiveToActive } from './passive.js';
import { splitSentences } from './split-sentence/index.js';
import { addressReader, contractions, hook } from './youth.js';

type P = (doc: Doc, ctx: AdapterContext) => Draft[];

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

export const findingsP: P = (doc) => fromFindings(doc);
export const hiddenVerbsP: P = (doc) =>
  matchList(doc, lists.hidden(doc.language), {
    kind: 'hidden-verb',
    rationale: 'hidden-verb',
    confidence: 0.85,
    safe: true,
    ruleId: 'audiences/hidden-verb',
  });
export const everydayP: P = (doc) =>
  matchList(doc, lists.everyday(doc.language), {
    kind: 'everyday-word',
    rationale: 'everyday-word',
    confidence: 0.85,
    safe: true,
    ruleId: 'audiences/everyday-word',
  });
export const idiomsP: P = (doc) => [
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
];
export const boilerplateP: P = (doc) => [
  ...matchList(doc, lists.boilerplate(doc.language), {
    kind: 'boilerplate',
    rationale: 'boilerplate',
    confidence: 0.85,
    safe: true,
    ruleId: 'audiences/boilerplate',
    deletes: true,
  }),
  ...enBoilerplate(doc),
];
export const institutionP: P = (doc, ctx) => institutionWe(doc, ctx.institution);
export const passiveP: P = (doc) => passiveToActive(doc);
export const splitP: P = (doc, ctx) => splitSentences(doc, ctx);
export const listP: P = (doc, ctx) => bulletLists(doc, ctx);
export const addressP: P = (doc) => addressReader(doc);
export const contractionsP: P = (doc) => contractions(doc);
export const hookP: P = (doc) => hook(doc);
export const whatItMeansP: P = (doc) => whatItMeans(doc);
export const acronymsRuralP: P = (doc) => spellOutAcronyms(doc, true);
export const acronymsForeignP: P = (doc) => spellOutAcronyms(doc, false);
export const numbersP: P = (doc) => concreteNumbers(doc);
export const datesP: P = (doc) => unambiguousDates(doc);

/** True when `text` contains an idiom or phrasal verb of the lists (replacements for foreign readers must not). */
export function hasIdiom(language: string, text: string): boolean {
  const ls = language === 'ru' ? [lists.idioms('ru')] : [lists.idioms('en'), lists.phrasal()];
  return ls.some((l) => {
    l.re.lastIndex = 0;
    return l.re.test(text);
  });
}
