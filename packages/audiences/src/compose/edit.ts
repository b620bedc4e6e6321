/** The audience's own safe edits, applied to the sentences a version takes from the release. */
import { analyze } from '@attache/core';
import { rewrite } from '../rewrite.js';
import type { Audience, Proposal } from '../types.js';
import { indefiniteArticle } from '../text.js';
import { clean } from './wording.js';
import { hasIdiom } from '../proposers/index.js';

/**
 * A word substitution after "a"/"an" that the article no longer fits: "an additional" → "an more"
 * (plain words: additional → more). Such an edit is not taken; the spoken register says
 * "another" (spoken.ts), and otherwise the release's word stays.
 */
export function breaksArticle(text: string, p: Pick<Proposal, 'start' | 'end' | 'replacement'>): boolean {
  const art = /\b(an?)\s+$/i.exec(text.slice(Math.max(0, p.start - 4), p.start))?.[1]?.toLowerCase();
  const word = /^[\p{L}\p{N}.]+/u.exec(p.replacement)?.[0];
  return !!art && !!word && indefiniteArticle(word) !== art;
}

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
        .filter((p) => language === 'ru' || !breaksArticle(t, p))
        .map((p) => p.id);
      const first = ids.length ? rewrite(t, { audience, accept: ids, language }).text : t;
      // Russian: splits only (a substitution can leave the verb's government wrong: «проинформировал
      // Председателя» → «сообщил Председателя»)
      if (language === 'ru') return first;
      // then the safe edits, two rounds, none that leaves its article wrong
      let out = first;
      for (let round = 0; round < 2; round++) {
        const safe = audience
          .propose(analyze(out, { language }), out)
          .filter((p) => p.safe && !breaksArticle(out, p))
          .map((p) => p.id);
        if (safe.length === 0) break;
        out = rewrite(out, { audience, accept: safe, language }).text;
      }
      return out;
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

/**
 * Only the edits of the given kinds on one sentence, or the sentence as it was: a second try for
 * a foreign reader's idioms and phrasal verbs, when the audience's edits taken together were
 * refused ("looks forward to working" → "hopes to work", though a split beside it did not pass).
 * With `idiom`, any edit whose words are an idiom or a phrasal verb of the lists counts, whatever
 * its kind (core's plain-words offers "many" for "a wide range of").
 */
export function rewriteKinds(
  sentence: string,
  audience: Audience,
  kinds: readonly string[],
  language: 'en' | 'ru' = 'en',
): string {
  try {
    const ids = audience
      .propose(analyze(sentence, { language }), sentence)
      .filter(
        (p) =>
          ((p.safe && kinds.includes(p.kind)) || (kinds.includes('idiom') && hasIdiom(language, p.original))) &&
          !breaksArticle(sentence, p),
      )
      .map((p) => p.id);
    if (ids.length === 0) return sentence;
    const out = rewrite(sentence, { audience, accept: ids, language }).text;
    return out.trim().includes('\n') ? sentence : clean(out);
  } catch {
    return sentence;
  }
}
