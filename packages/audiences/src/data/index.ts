/**
 * The word lists, as data (Vale's habit): one JSON file per list and language, every entry with
 * the id of its source in core's registry (`SOURCES` of @attache/core, one for both packages). `test/data.test.ts` checks them (no duplicates, no
 * empty fields, every source known).
 */
import { builtinLists, ListFileSchema, type ListEntry, type ListFile } from '@attache/core';
import enContractions from './en/contractions.json' with { type: 'json' };
import enBoilerplate from './en/boilerplate.json' with { type: 'json' };
import enEveryday from './en/everyday.json' with { type: 'json' };
import enHidden from './en/hidden-verbs.json' with { type: 'json' };
import enIdioms from './en/idioms.json' with { type: 'json' };
import enPhrasal from './en/phrasal-verbs.json' with { type: 'json' };
import enLongForms from './en/long-forms.json' with { type: 'json' };
import ruBoilerplate from './ru/boilerplate.json' with { type: 'json' };
import ruEveryday from './ru/everyday.json' with { type: 'json' };
import ruHidden from './ru/hidden-verbs.json' with { type: 'json' };
import ruIdioms from './ru/idioms.json' with { type: 'json' };
import ruPassive from './ru/passive.json' with { type: 'json' };

/** Conditions on the words around a match. */
export interface Conditions {
  /** The next word must not be one of these (another sense). */
  notBefore?: string[];
  /** The word before must not be one of these ("can be obtained": a passive, whose participle "got" reads wrong). */
  notAfter?: string[];
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

/**
 * A light verb + noun ("make a decision") → the verb (English), a row of core's list schema:
 * `pattern` starts with `verb+` (every form) and may have `a|b` alternatives and optional `x?`
 * words; `to` is the replacement, its first word inflected like the verb.
 */
export interface HiddenVerbEntry extends Conditions {
  pattern: string;
  to: string;
  source: string;
}

/** An acronym and its official long form, with "the" where the name takes it. */
export interface LongFormEntry {
  acronym: string;
  long: string;
  source: string;
  /** For an "official-names" row: the organisation's own page that gives the name. */
  url?: string;
  /** A body that meets in numbered sessions ("COP 26"): the number goes in the bracket. */
  sessions?: boolean;
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

/**
 * An audience list in core's list-file schema that extends core's built-in list of the same
 * rule: a row whose pattern is one of core's and that gives no replacement takes core's
 * replacement, forms and source (the audience says only what it adds: that the edit is safe to
 * apply, its conditions); a row with a replacement is an override or an addition.
 */
export function extendCoreList(raw: unknown, name: string): ListEntry[] {
  const ext = ListFileSchema.parse(raw);
  const base = builtinLists(ext.language).find((l) => l.rule === ext.rule);
  if (!base) throw new Error(`${name}: core has no "${ext.rule}" list in ${ext.language}`);
  const byPattern = new Map(base.entries.map((e) => [e.pattern, e]));
  return ext.entries.map((e) => {
    if (e.replace.length > 0) return e;
    const b = byPattern.get(e.pattern);
    if (!b || b.replace.length === 0)
      throw new Error(`${name}: "${e.pattern}" gives no replacement and is not in core's ${ext.rule} list`);
    return { ...e, replace: b.replace, ...(e.forms || b.forms ? { forms: e.forms ?? b.forms } : {}), source: b.source };
  });
}

/** The conditions of a row (`when.notBefore`, `when.before` with `#end`, `when.notAfter` of single words), and `fix: false` as a suggestion. */
function conditionsOf(e: ListEntry, name: string): Conditions {
  const { notBefore, before, notAfter, ...rest } = e.when ?? {};
  const unknown = Object.keys(rest);
  if (unknown.length > 0) throw new Error(`${name}: "${e.pattern}": the audiences do not read when.${unknown[0]}`);
  const c: Conditions = {};
  if (notBefore) c.notBefore = notBefore;
  if (notAfter) {
    // one word each, alternatives split ("be|been"): the audiences compare the word before only
    c.notAfter = notAfter.flatMap((w) => w.split('|'));
    if (c.notAfter.some((w) => /\s|^#/.test(w)))
      throw new Error(`${name}: "${e.pattern}": the audiences read when.notAfter as single words`);
  }
  if (before) {
    c.onlyBefore = before.filter((w) => w !== '#end');
    if (c.onlyBefore.length < before.length) c.clauseEnd = true;
  }
  if (!e.fix) c.suggest = true;
  return c;
}

/** English rows: `word+ rest` is a verb inflected by code, anything else a fixed phrase. */
function toEnglish(rows: ListEntry[], name: string): (PhraseEntry | VerbEntry)[] {
  return rows.map((e) => {
    const to = e.replace[0]!.replaceAll('+', '');
    const verb = /^(\S+)\+(?: (.+))?$/.exec(e.pattern);
    const c = conditionsOf(e, name);
    return verb
      ? { verb: verb[1]!, ...(verb[2] ? { rest: verb[2] } : {}), to, source: e.source, ...c }
      : { phrase: e.pattern, to, source: e.source, ...c };
  });
}

/** Russian rows: their exact surface forms, or the pattern itself → the first replacement. */
function toForms(rows: ListEntry[], name: string): FormsEntry[] {
  return rows.map((e) => ({
    id: e.pattern,
    forms: e.forms ? Object.entries(e.forms) : [[e.pattern, e.replace[0]!]],
    source: e.source,
    ...conditionsOf(e, name),
  }));
}

/** English hidden-verb rows: the pattern, and the first replacement without its `+`. */
function toHidden(rows: ListEntry[], name: string): HiddenVerbEntry[] {
  return rows.map((e) => {
    if (!/^\S+\+ /.test(e.pattern)) throw new Error(`${name}: "${e.pattern}" does not start with a verb+`);
    return { pattern: e.pattern, to: e.replace[0]!.replaceAll('+', ''), source: e.source, ...conditionsOf(e, name) };
  });
}

let enHiddenRows: HiddenVerbEntry[] | undefined;
let enEverydayRows: (PhraseEntry | VerbEntry)[] | undefined;
let ruEverydayRows: FormsEntry[] | undefined;
let ruHiddenRows: FormsEntry[] | undefined;

export const EN = {
  /** Exact phrases for core's hidden-verbs (data/en/hidden-verbs.json, core's list schema, like the Russian list). */
  get hiddenVerbs(): HiddenVerbEntry[] {
    return (enHiddenRows ??= toHidden(extendCoreList(enHidden, 'en/hidden-verbs.json'), 'en/hidden-verbs.json'));
  },
  phrasalVerbs: enPhrasal.entries as unknown as VerbEntry[],
  idioms: enIdioms.entries as unknown as PhraseEntry[],
  /** Extends core's plain-words list (data/en/everyday.json lists only additions and overrides). */
  get everyday(): (PhraseEntry | VerbEntry)[] {
    return (enEverydayRows ??= toEnglish(extendCoreList(enEveryday, 'en/everyday.json'), 'en/everyday.json'));
  },
  boilerplate: enBoilerplate.entries as unknown as FormsEntry[],
  /** Validated at load by core's list schema (the one a user's style file uses). */
  contractions: ListFileSchema.parse(enContractions) as ListFile,
  /** Official long forms of acronyms releases leave undefined ("ECOWAS"), for foreign readers (data/en/long-forms.json). */
  longForms: enLongForms.entries as LongFormEntry[],
};

export const RU = {
  /** Exact forms for core's hidden-verbs (data/ru/hidden-verbs.json, core's list schema). */
  get hiddenVerbs(): FormsEntry[] {
    return (ruHiddenRows ??= toForms(extendCoreList(ruHidden, 'ru/hidden-verbs.json'), 'ru/hidden-verbs.json'));
  },
  idioms: ruIdioms.entries as unknown as FormsEntry[],
  /** Extends core's plain-words list (data/ru/everyday.json lists only additions and overrides). */
  get everyday(): FormsEntry[] {
    return (ruEverydayRows ??= toForms(extendCoreList(ruEveryday, 'ru/everyday.json'), 'ru/everyday.json'));
  },
  boilerplate: ruBoilerplate.entries as unknown as FormsEntry[],
  passive: ruPassive as unknown as RuPassiveData,
};
