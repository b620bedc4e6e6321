/**
 * The built-in word lists, one JSON file per rule and language, valid against `ListFileSchema`
 * (test/lint-data.test.ts checks every file). Loading fills the schema's defaults by hand
 * instead of parsing with zod, which cost about a twentieth of a cold `attache lint` (issue 14);
 * the same test checks that the result equals `ListFileSchema.parse` of each file.
 */
import { AttacheInputError } from '../../errors.js';
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
import { RU_LISTS } from './ru-lists.js';

/** The raw JSON of every built-in list, by language (for tests and the rules table). */
export const RAW_LISTS: Partial<Record<LanguageCode, readonly unknown[]>> = {
  en: [enPlain, enHidden, enDiplomatic, enHedges, enPassive, enInstitution, enAcronyms, enNames, enCaps],
  ...(RU_LISTS ? { ru: RU_LISTS } : {}),
};

/**
 * Languages whose lists a bundle left out of its main chunk, to be handed over with
 * `provideBuiltinLists` when a text in them appears (the playground's worker: ru-lists.ts is
 * replaced there by a stub exporting `null`). In Node.js and any ordinary bundle, none.
 */
const pending = new Set<LanguageCode>(RU_LISTS ? [] : ['ru']);

/** Hands over the raw lists of a language left out of the bundle (see `pending`). */
export function provideBuiltinLists(language: LanguageCode, raw: readonly unknown[]): void {
  RAW_LISTS[language] = raw;
  pending.delete(language);
  parsed.delete(language);
}

/** Whether the built-in lists of `language` are still to be provided (a bundle's lazy chunk). */
export function builtinListsPending(language: LanguageCode): boolean {
  return pending.has(language);
}

const parsed = new Map<LanguageCode, ListFile[]>();

/** The built-in lists of a language (empty for a language without data). */
export function builtinLists(language: LanguageCode): ListFile[] {
  let out = parsed.get(language);
  if (!out) {
    if (pending.has(language))
      throw new AttacheInputError(
        'bad-option',
        `The built-in word lists for "${language}" are not loaded in this bundle: load them (provideBuiltinLists) before analysing such text.`,
      );
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
