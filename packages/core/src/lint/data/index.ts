/**
 * The built-in word lists, one JSON file per rule and language, valid against `ListFileSchema`
 * (test/lint-data.test.ts checks every file). Loading fills the schema's defaults by hand
 * instead of parsing with zod, which cost about a twentieth of a cold `attache lint` (issue 14);
 * the same test checks that the result equals `ListFileSchema.parse` of each file.
 */
import type { LanguageCode } from '../../schema.js';
import type { ListEntry, ListEntryInput, ListFile, ListFileInput } from '../schema.js';
import enAcronyms from './en/acronym-definition.json' with { type: 'json' };
import enCaps from './en/all-caps.json' with { type: 'json' };
import enDiplomatic from './en/diplomatic-boilerplate.json' with { type: 'json' };
import enHedges from './en/hedges.json' with { type: 'json' };
import enHidden from './en/hidden-verbs.json' with { type: 'json' };
import enInstitution from './en/institutional-third-person.json' with { type: 'json' };
import enNames from './en/name-consistency.json' with { type: 'json' };
import enPassive from './en/passive-voice.json' with { type: 'json' };
import enPlain from './en/plain-words.json' with { type: 'json' };
import ruAcronyms from './ru/acronym-definition.json' with { type: 'json' };
import ruCaps from './ru/all-caps.json' with { type: 'json' };
import ruDiplomatic from './ru/diplomatic-boilerplate.json' with { type: 'json' };
import ruHedges from './ru/hedges.json' with { type: 'json' };
import ruHidden from './ru/hidden-verbs.json' with { type: 'json' };
import ruInstitution from './ru/institutional-third-person.json' with { type: 'json' };
import ruNames from './ru/name-consistency.json' with { type: 'json' };
import ruPassive from './ru/passive-voice.json' with { type: 'json' };
import ruPlain from './ru/plain-words.json' with { type: 'json' };

/** The raw JSON of every built-in list, by language (for tests and the rules table). */
export const RAW_LISTS: Partial<Record<LanguageCode, readonly unknown[]>> = {
  en: [enPlain, enHidden, enDiplomatic, enHedges, enPassive, enInstitution, enAcronyms, enNames, enCaps],
  ru: [ruPlain, ruHidden, ruDiplomatic, ruHedges, ruPassive, ruInstitution, ruAcronyms, ruNames, ruCaps],
};

const parsed = new Map<LanguageCode, ListFile[]>();

/** The built-in lists of a language (empty for a language without data). */
export function builtinLists(language: LanguageCode): ListFile[] {
  let out = parsed.get(language);
  if (!out) {
    out = (RAW_LISTS[language] ?? []).map((raw) => withDefaults(raw as ListFileInput));
    parsed.set(language, out);
  }
  return out;
}

function entryWithDefaults(e: ListEntryInput): ListEntry {
  const { examples, ...rest } = e;
  return {
    ...rest,
    replace: e.replace ?? [],
    fix: e.fix ?? false,
    ...(examples ? { examples: { flag: examples.flag ?? [], pass: examples.pass ?? [] } } : {}),
  };
}

/** A built-in list as `ListFileSchema.parse` returns it (defaults filled), for a file known to be valid. */
export function withDefaults(raw: ListFileInput): ListFile {
  const { sets, ...rest } = raw;
  return {
    ...rest,
    entries: raw.entries.map(entryWithDefaults),
    ...(sets ? { sets: Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, v.map(entryWithDefaults)])) } : {}),
  };
}
