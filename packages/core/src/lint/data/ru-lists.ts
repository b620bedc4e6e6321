/**
 * The Russian built-in word lists (raw JSON, in index.ts's order). A module of their own so that a
 * browser bundle can leave them out of its main chunk and load them when Russian text appears
 * (the playground's worker replaces this module by a stub exporting `null` and imports it on
 * demand; index.ts's `provideBuiltinLists`).
 */
import ruAcronyms from './ru/acronym-definition.json' with { type: 'json' };
import ruCaps from './ru/all-caps.json' with { type: 'json' };
import ruDiplomatic from './ru/diplomatic-boilerplate.json' with { type: 'json' };
import ruHedges from './ru/hedges.json' with { type: 'json' };
import ruHidden from './ru/hidden-verbs.json' with { type: 'json' };
import ruInstitution from './ru/institutional-third-person.json' with { type: 'json' };
import ruNames from './ru/name-consistency.json' with { type: 'json' };
import ruPassive from './ru/passive-voice.json' with { type: 'json' };
import ruPlain from './ru/plain-words.json' with { type: 'json' };

export const RU_LISTS: readonly unknown[] | null = [
  ruPlain,
  ruHidden,
  ruDiplomatic,
  ruHedges,
  ruPassive,
  ruInstitution,
  ruAcronyms,
  ruNames,
  ruCaps,
];
