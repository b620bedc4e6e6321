/**
 * Verbs for the hidden verbs and everyday words for the bureaucratic ones in a Russian version's
 * sentence, from the audiences' own lists that `rewrite` proposes as safe (data/ru/hidden-verbs.json:
 * «приняли участие» → «участвовали», «дал поручение» → «поручил», «принял решение» → «решил»;
 * data/ru/everyday.json: «данный» → «этот», «проживают» → «живут», «приобрели» → «купили»; sources
 * there: Галь, Чуковский, Ильяхов). Each row lists the exact surface forms and theirs, so gender,
 * number, tense and case agree without guessing; the rows' conditions on the next word hold
 * («принять решение» not before «о»: «решить о …» is no Russian). Speech stays as said; a
 * sentence keeps its edits only when the verifier passes it. Core's plain-word fixes («в ходе» →
 * «во время») come first, from ru-plain.ts.
 */
import { RU, type FormsEntry } from '../data/index.js';
import { inQuoted, ruQuoted } from './ru-plain.js';

interface Row {
  from: string;
  to: string;
  notBefore?: readonly string[];
  onlyBefore?: readonly string[];
}

let rows: Row[] | undefined;

/** Every exact form of the two lists, longest first (a row of core's list without forms lists its pattern, which is a form only when it has no alternatives). */
function rowsOf(): Row[] {
  if (rows) return rows;
  const of = (e: FormsEntry): Row[] =>
    e.forms
      .filter(([from, to]) => !/[|=+*?]/u.test(from) && to.trim() !== '' && from.toLowerCase() !== to.toLowerCase())
      .map(([from, to]) => ({
        from: from.toLowerCase(),
        to,
        ...(e.notBefore ? { notBefore: e.notBefore } : {}),
        ...(e.onlyBefore ? { onlyBefore: e.onlyBefore } : {}),
      }));
  rows = [...RU.hiddenVerbs.flatMap(of), ...RU.everyday.flatMap(of)].sort((a, b) => b.from.length - a.from.length);
  return rows;
}

/** `s` with the lists' plain forms for the forms it has, when `ok` (the verifier) passes the result. */
export function ruEverydayWords(s: string, ok: (text: string) => boolean): string {
  const quoted = ruQuoted(s);
  if (quoted.speech) return s; // speech stays as said (a name in guillemets, as it is named)
  const lower = s.toLowerCase();
  const taken: Array<[number, number, string]> = [];
  for (const r of rowsOf()) {
    let from = 0;
    for (;;) {
      const i = lower.indexOf(r.from, from);
      if (i < 0) break;
      from = i + 1;
      const end = i + r.from.length;
      if (/\p{L}/u.test(lower[i - 1] ?? '') || /\p{L}/u.test(lower[end] ?? '')) continue;
      if (taken.some(([a, b]) => i < b && end > a) || inQuoted(quoted.spans, i, end)) continue;
      const next = /^\s+(\p{L}+)/u.exec(lower.slice(end))?.[1];
      if (r.notBefore && next !== undefined && r.notBefore.includes(next)) continue;
      if (r.onlyBefore && (next === undefined || !r.onlyBefore.includes(next))) continue;
      // the case of the first letter stays ("Приняли участие" → "Участвовали")
      const to = /^\p{Lu}/u.test(s[i]!) ? r.to[0]!.toUpperCase() + r.to.slice(1) : r.to;
      taken.push([i, end, to]);
    }
  }
  if (taken.length === 0) return s;
  let out = s;
  for (const [a, b, to] of taken.sort((x, y) => y[0] - x[0])) out = out.slice(0, a) + to + out.slice(b);
  return out !== s && ok(out) ? out : s;
}

/** How many exact forms the lists hold (for the tests). */
export const ruEverydayRowCount = (): number => rowsOf().length;
