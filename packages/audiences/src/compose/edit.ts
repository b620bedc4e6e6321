/** The audience's own safe edits, applied to the sentences a version takes from the release. */
import { rewrite } from '../rewrite.js';
import type { Audience } from '../types.js';
import { clean } from './wording.js';

/**
 * The audience’s safe edits on each sentence (two rounds): one rewrite of the sentences as
 * paragraphs, split back (each alone when the split does not give one paragraph per sentence).
 * An edit that turned a sentence into a list is not kept (a version's sentence stays one line);
 * a sentence whose rewrite throws stays as it is.
 */
export function rewriteEach(sentences: string[], audience: Audience): string[] {
  if (sentences.length === 0) return [];
  const run = (t: string): string | null => {
    try {
      return rewrite(t, { audience, accept: 'safe', language: 'en', passes: 2 }).text;
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
