/**
 * Front coding of a sorted word list: each word is stored as the length of the prefix it shares
 * with the word before it (one base-36 digit, so at most 35) and the rest of the word, and the
 * entries are joined by a comma. "abate,abated,abbey" becomes "0abate,5d,2bey". The worker's
 * compromise stores its lexicon so (vite.config.ts, `compromiseForWorker`): encoded at build time
 * from compromise's own packed word lists, decoded when the chunk loads. Under gzip it is smaller
 * than compromise's packed tries, and decoding needs no trie code.
 */

const SEPARATOR = ',';
const MAX_SHARED = 35;

/** The front-coded form of `words`, which must be sorted (by code unit) and free of commas. */
export function encodeFrontCoded(words: readonly string[]): string {
  let prev = '';
  const out: string[] = [];
  for (const word of words) {
    if (word.includes(SEPARATOR)) throw new Error(`front coding: a word holds the separator: ${JSON.stringify(word)}`);
    if (word < prev) throw new Error(`front coding: the words are not sorted at ${JSON.stringify(word)}`);
    const limit = Math.min(prev.length, word.length, MAX_SHARED);
    let shared = 0;
    while (shared < limit && prev.charCodeAt(shared) === word.charCodeAt(shared)) shared++;
    out.push(shared.toString(36) + word.slice(shared));
    prev = word;
  }
  return out.join(SEPARATOR);
}

/** The words of a front-coded list, in their order. */
export function decodeFrontCoded(coded: string): string[] {
  const words: string[] = [];
  if (coded === '') return words;
  let prev = '';
  for (const entry of coded.split(SEPARATOR)) {
    prev = prev.slice(0, parseInt(entry[0]!, 36)) + entry.slice(1);
    words.push(prev);
  }
  return words;
}
