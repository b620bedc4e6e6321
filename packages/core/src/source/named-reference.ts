/**
 * A stand-in for `decode-named-character-reference` (micromark's, for core's Markdown parser) for
 * bundlers: that package's worker and Node builds carry `character-entities`, a second full table
 * of HTML's named references beside the one `entities` already holds for core's HTML reader and
 * htmlparser2. This answers from that one table; the playground's vite.config.ts aliases the
 * package to this file (issue 14: the worker's size). Not exported from the package index.
 * Same contract: a name without "&" and ";" → its characters, or false when it is not one of
 * HTML's named references. `test/named-reference.test.ts` checks it against every name of
 * character-entities.
 */
import { decodeHTMLStrict } from 'entities/decode';

export function decodeNamedCharacterReference(value: string): string | false {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(value)) return false;
  const reference = `&${value};`;
  const out = decodeHTMLStrict(reference);
  return out === reference ? false : out;
}
