/** The audience's own safe edits, applied to the sentences a version takes from the release. */
import { analyze } from '@attache/core';
import { rewrite } from '../rewrite.js';
import type { Audience, Proposal } from '../types.js';
import { clean } from './wording.js';

/**
 * Edits not marked safe for an edit in place that a version may still make, since the verifier
 * passes or refuses each sentence of it: a long sentence split, a hidden verb back to a verb,
 * a one-word plain substitution ("facilitate" → "help"), a contraction.
 */
const VERSION_KINDS = (p: Proposal): boolean =>
  p.kind === 'split-sentence' ||
  p.kind === 'hidden-verb' ||
  p.kind === 'contraction' ||
  p.kind === 'everyday-word' ||
  (p.kind === 'substitution' && /^\p{L}+$/u.test(p.original) && /^\p{L}+$/u.test(p.replacement));

/**
 * The audience’s safe edits on each sentence (two rounds): one rewrite of the sentences as
 * paragraphs, split back (each alone when the split does not give one paragraph per sentence).
 * An edit that turned a sentence into a list is not kept (a version's sentence stays one line);
 * a sentence whose rewrite throws stays as it is.
 */
export function rewriteEach(sentences: string[], audience: Audience, language: 'en' | 'ru' = 'en'): string[] {
  if (sentences.length === 0) return [];
  const run = (t: string): string | null => {
    try {
      // first the edits a version may make beyond the safe ones (the verifier judges each sentence after)
      const ids = audience
        .propose(analyze(t, { language }), t)
        .filter((p) => (language === 'ru' ? p.kind === 'split-sentence' : p.safe || VERSION_KINDS(p)))
        .map((p) => p.id);
      const first = ids.length ? rewrite(t, { audience, accept: ids, language }).text : t;
      // Russian: splits only (a substitution can leave the verb's government wrong: «проинформировал
      // Председателя» → «сообщил Председателя»)
      return language === 'ru' ? first : rewrite(first, { audience, accept: 'safe', language, passes: 2 }).text;
    } catch {
      return null;
    }
  };
  const keep = (edited: string | null | undefined, s: string): string =>
    edited == null || edited.trim().includes('\n') ? s : clean(edited);
  const joined = sentences.some((s) => s.includes('\n')) ? null : run(sentences.join('\n\n'));
  const parts = joined?.split(/\n[ \t]*\n/) ?? [];
  return parts.length === sentences.length
    ? parts.map((t, i) => keep(t, sentences[i]!))
    : sentences.map((s) => keep(run(s), s));
}
