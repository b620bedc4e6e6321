/**
 * Front coding of a sorted word list, as core's word lists are stored (src/pos/data/*.json) and
 * `decodeFrontCoded` (src/pos/index.ts) reads them: each word is the length of the prefix it
 * shares with the word before (base 36, at most 35) and the rest; words are joined by spaces.
 */
export function frontCode(sorted: string[]): string {
  let prev = '';
  const out: string[] = [];
  for (const w of sorted) {
    let i = 0;
    const max = Math.min(prev.length, w.length, 35);
    while (i < max && prev[i] === w[i]) i++;
    out.push(i.toString(36) + w.slice(i));
    prev = w;
  }
  return out.join(' ');
}
