/**
 * The list rules: officialese phrases, hidden verbs, diplomatic boilerplate and hedges. Their
 * words live in `data/<lang>/<rule>.json`; the engine matches all lists in one pass.
 */
import { z } from 'zod';
import type { ListFile } from '../schema.js';
import type { Rule } from '../types.js';
import { docsUrl } from '../util.js';

const NoOptions = z.object({}).strict();
type NoOptions = z.infer<typeof NoOptions>;

export const plainWords: Rule<NoOptions> = {
  meta: {
    id: 'plain-words',
    kind: 'substitution',
    languages: ['en', 'ru'],
    description: 'Officialese words and phrases, with the plain words to write instead.',
    url: docsUrl('plain-words'),
    severity: 'warning',
    messages: ['replace', 'rephrase', 'omit', 'replaceForm'],
    fixable: true,
    options: NoOptions,
    data: true,
    sources: ['plainlanguage-words', 'govuk-words', 'gal', 'chukovsky', 'glavred', 'ilyakhov'],
  },
  phrase: { fixes: true, messageId: (e, s) => (s.length > 0 ? 'replace' : e.note ? 'rephrase' : 'omit') },
};

export const hiddenVerbs: Rule<NoOptions> = {
  meta: {
    id: 'hidden-verbs',
    kind: 'substitution',
    languages: ['en', 'ru'],
    description: 'Nominalisations that hide the verb ("make a decision", "оказание помощи"): use the verb.',
    url: docsUrl('hidden-verbs'),
    severity: 'warning',
    messages: ['verb', 'replaceForm'],
    fixable: true,
    options: NoOptions,
    data: true,
    sources: ['plainlanguage-hidden-verbs', 'gal', 'chukovsky', 'ilyakhov'],
  },
  phrase: { fixes: true, messageId: () => 'verb' },
};

export const diplomaticBoilerplate: Rule<NoOptions> = {
  meta: {
    id: 'diplomatic-boilerplate',
    kind: 'existence',
    languages: ['en', 'ru'],
    description: 'Diplomatic formulas that say nothing ("a frank exchange of views"): say what happened.',
    url: docsUrl('diplomatic-boilerplate'),
    severity: 'warning',
    messages: ['boilerplate', 'boilerplateHint'],
    fixable: false,
    options: NoOptions,
    data: true,
    sources: ['orwell', 'glavred', 'ilyakhov', 'gal'],
  },
  phrase: { fixes: false, messageId: (e) => (e.note ? 'boilerplateHint' : 'boilerplate') },
};

export const hedges: Rule<NoOptions> = {
  meta: {
    id: 'hedges',
    kind: 'existence',
    languages: ['en', 'ru'],
    description: 'Hedges and weasel words that blur a statement ("it would appear", "по всей видимости").',
    url: docsUrl('hedges'),
    severity: 'suggestion',
    messages: ['hedge'],
    fixable: false,
    options: NoOptions,
    data: true,
    sources: ['plainlanguage-words', 'glavred', 'ilyakhov'],
  },
  phrase: { fixes: false, messageId: () => 'hedge' },
};

/** A rule made from a user's style file whose id is not a built-in rule. */
export function customRule(
  list: ListFile,
  languages: readonly ListFile['language'][] = [list.language],
): Rule<NoOptions> & { template?: string } {
  const substitution = list.kind === 'substitution';
  return {
    meta: {
      id: list.rule,
      kind: list.kind,
      languages,
      description: list.description ?? '',
      url: '',
      severity: list.severity ?? 'warning',
      messages: ['existence', 'substitution'],
      fixable: substitution,
      options: NoOptions,
      data: true,
      sources: [],
    },
    phrase: {
      fixes: substitution,
      messageId: (_e, s) => (substitution && s.length > 0 ? 'substitution' : 'existence'),
    },
    ...(list.message ? { template: list.message } : {}),
  };
}
