/**
 * The word lists, as data (Vale's habit): one JSON file per list and language, every entry with
 * the id of its source in core's registry (`SOURCES` of @attache/core, one for both packages). `test/data.test.ts` checks them (no duplicates, no
 * empty fields, every source known).
 */
import { ListFileSchema, type ListFile } from '@attache/core';
import enContractions from './en/contractions.json' with { type: 'json' };
import enBoilerplate from './en/boilerplate.json' with { type: 'json' };
import enEveryday from './en/everyday.json' with { type: 'json' };
import enHidden from './en/hidden-verbs.json' with { type: 'json' };
import enIdioms from './en/idioms.json' with { type: 'json' };
import enPhrasal from './en/phrasal-verbs.json' with { type: 'json' };
import ruBoilerplate from './ru/boilerplate.json' with { type: 'json' };
import ruEveryday from './ru/everyday.json' with { type: 'json' };
import ruHidden from './ru/hidden-verbs.json' with { type: 'json' };
import ruIdioms from './ru/idioms.json' with { type: 'json' };
import ruPassive from './ru/passive.json' with { type: 'json' };

/** Conditions on the words around a match. */
export interface Conditions {
  /** The next word must not be one of these (another sense). */
  notBefore?: string[];
  /** The next word must be one of these. */
  onlyBefore?: string[];
  /** With `onlyBefore`: the match may also end its clause (punctuation or the sentence's end follows). */
  clauseEnd?: boolean;
  /** This word must follow within six words. */
  ahead?: string;
  /** Not before an -ing form (the replacement would need the base form). */
  notBeforeGerund?: boolean;
  /** Proposed as a suggestion only (never safe): the plain form fits some senses, not all. */
  suggest?: boolean;
  /**
   * Before an -ing form: this replacement (inflected like `to`), and the -ing form in its base
   * form ("look forward to returning" → "hope to return"); `to` serves a noun object
   * ("look forward to the talks" → "hope for the talks").
   */
  gerundTo?: string;
}

/** A fixed phrase (English). */
export interface PhraseEntry extends Conditions {
  phrase: string;
  to: string;
  source: string;
}

/** A verb (inflected by code) plus the words that follow it (English). */
export interface VerbEntry extends Conditions {
  verb: string;
  rest?: string;
  to: string;
  source: string;
}

/** A light verb + noun ("make a decision") → the verb (English). */
export interface HiddenVerbEntry {
  verb: string;
  particle?: string;
  nouns: string[];
  dets?: string[];
  to: string;
  preps: Record<string, string>;
  source: string;
}

/** Explicit surface forms → replacements (Russian, and boilerplate in both languages). */
export interface FormsEntry extends Conditions {
  id: string;
  forms: [string, string][];
  source: string;
}

/** A short passive participle (masculine form) and the active past [masc, fem, neut, plural]. */
export interface ParticipleEntry {
  short: string;
  past: [string, string, string, string];
  /** The verb also takes a predicate in the instrumental ("утверждён министром" = as minister). */
  predicative?: boolean;
  source: string;
}

/** An imperfective verb whose -ся forms are passive: active present [3sg, 3pl] and past [m, f, n, pl]. */
export interface ReflexiveEntry {
  verb: string;
  present: [string, string];
  past: [string, string, string, string];
  source: string;
}

/** An agent in the instrumental, its nominative and gender ('pl': plural). */
export interface AgentEntry {
  instr: string;
  nom: string;
  gender: 'm' | 'f' | 'n' | 'pl';
  /** A role that may also be a predicate ("назначен министром"). */
  person?: boolean;
  source: string;
}

/** The Russian passive → active data. */
export interface RuPassiveData {
  participles: ParticipleEntry[];
  reflexives: ReflexiveEntry[];
  agents: AgentEntry[];
  /** Masculine given names, instrumental → nominative. */
  names: { instr: string; nom: string; source: string }[];
  /** Inanimate nouns (nominative) whose accusative is the nominative (m, pl), and feminine nouns (f). */
  inanimate: { m: string[]; pl: string[]; f: string[]; source: string };
}

export const EN = {
  hiddenVerbs: enHidden.entries as unknown as HiddenVerbEntry[],
  phrasalVerbs: enPhrasal.entries as unknown as VerbEntry[],
  idioms: enIdioms.entries as unknown as PhraseEntry[],
  everyday: enEveryday.entries as unknown as (PhraseEntry | VerbEntry)[],
  boilerplate: enBoilerplate.entries as unknown as FormsEntry[],
  /** Validated at load by core's list schema (the one a user's style file uses). */
  contractions: ListFileSchema.parse(enContractions) as ListFile,
};

export const RU = {
  hiddenVerbs: ruHidden.entries as unknown as FormsEntry[],
  idioms: ruIdioms.entries as unknown as FormsEntry[],
  everyday: ruEveryday.entries as unknown as FormsEntry[],
  boilerplate: ruBoilerplate.entries as unknown as FormsEntry[],
  passive: ruPassive as unknown as RuPassiveData,
};
