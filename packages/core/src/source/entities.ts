/**
 * Decoding one character reference at a time, so that every decoded character can be mapped
 * back to the exact source range of its reference (`&rsquo;` → ’ maps to all seven characters).
 */
// `entities/decode` at the major version htmlparser2 uses, so that a bundle holds one copy of
// the HTML entity tables (issue 14: the playground's worker carried two).
import { DecodingMode, EntityDecoder, htmlDecodeTree } from 'entities/decode';

let decoded: number[] = [];
const decoder = new EntityDecoder(htmlDecodeTree, (cp: number) => {
  decoded.push(cp);
});

export interface DecodedReference {
  /** The decoded text (one or two code points). */
  text: string;
  /** Length of the reference in the source, including "&" (and ";" when present). */
  length: number;
}

/**
 * Decodes the character reference that starts with the "&" at `str[at]`. `strict` requires the
 * terminating semicolon (CommonMark); otherwise HTML's legacy rules apply (`&amp` without ";").
 * Returns undefined when there is no valid reference there.
 */
export function decodeReferenceAt(str: string, at: number, strict: boolean): DecodedReference | undefined {
  if (str.charCodeAt(at) !== 0x26 || at + 1 >= str.length) return undefined;
  decoded = [];
  try {
    decoder.startEntity(strict ? DecodingMode.Strict : DecodingMode.Legacy);
    let n = decoder.write(str, at + 1);
    if (n < 0) n = decoder.end();
    if (n <= 0 || decoded.length === 0) return undefined;
    if (strict && str.charCodeAt(at + n - 1) !== 0x3b) return undefined;
    let text = '';
    for (const cp of decoded) text += String.fromCodePoint(cp);
    return { text, length: n };
  } catch {
    return undefined;
  }
}
