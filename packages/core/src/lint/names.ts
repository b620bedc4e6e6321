/**
 * Names and titles as one word, for the sentence rules: "Under Secretary of State for Civilian
 * Security Uzra Zeya" or "Министр обороны Андрей Белоусов" is one thing a reader takes in at
 * once, not eight words of polysyllables. A name is a run of two or more capitalised words (or
 * acronyms, dotted forms like "U.S."), joined by spaces or hyphens, with lower-case linking words
 * ("of", "for", "and", "the", "to", "on", "de", "al", "bin") allowed between two capitalised ones.
 * A comma or any other punctuation ends a run. In English a coordinated list of noun phrases
 * counts as one unit too (`listRuns`).
 */
import { wordTags, type Pos } from '../pos/index.js';
import { sentenceGrade } from '../readability/index.js';
import type { LanguageCode } from '../schema.js';
import { syllables } from '../syllables/index.js';
import type { Token } from '../text/tokenize.js';
import type { LintSentence } from './types.js';

const LINKS = new Set([
  'of',
  'for',
  'and',
  'the',
  'to',
  'on',
  'de',
  'del',
  'da',
  'al',
  'bin',
  'van',
  'von',
  'la',
  'le',
]);

const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/** Runs of name words in a sentence's word tokens: [from, to) token indexes, two words or more. */
export function nameRuns(text: string, tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!capitalised(tokens[i]!.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    let last = i;
    while (j < tokens.length) {
      const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
      if (!/^(?:[ \u00a0]+|-)$/.test(gap)) break;
      const w = tokens[j]!.text;
      if (capitalised(w)) {
        last = j;
        j++;
      } else if (LINKS.has(w) && j + 1 < tokens.length && capitalised(tokens[j + 1]!.text)) j++;
      else break;
    }
    if (last > i) out.push([i, last + 1]);
    i = last + 1;
  }
  return out;
}

const SUBJECT = new Set(['we', 'they', 'he', 'she', 'it', 'i', 'you', 'there', 'this', 'these']);

/** Most words in one item of a coordinated list ("stabilization of displaced populations and
 * host communities" is 6). */
const ITEM_MAX = 8;

/**
 * Coordinated lists of noun phrases in an English sentence, as one unit each: "Germany, Italy,
 * Norway, and the United Kingdom", "marine conservation, plastic pollution, and illegal,
 * unreported, and unregulated fishing", "…; reduction in the size of the Council; the equitable
 * participation of women" (items separated by commas or semicolons, three or more, the last after
 * "and" / "or"). A press officer does not split a list of signatories, countries or topics: its
 * length is one thing a reader takes in as one. Returned as [from, to) token runs from the second
 * item to the end of the last (the first item stays counted, so the list counts as its first
 * item's words). An item (one name or title counting as one word) is at most ITEM_MAX words with no finite verb (an infinitive is no finite verb: "our cooperation with Allies to impose sanctions") (a list of clauses, "we
 * deter …, continue …, and act …", is no list of names); the last item ends at the next
 * punctuation, at a finite verb or relative word, or ITEM_MAX words after the conjunction.
 */
export interface ListRun {
  /** First token of the first item. */
  start: number;
  /** First token of the second item: from here to `end` the list counts for nothing. */
  second: number;
  end: number;
}

export function listRuns(text: string, tokens: readonly Token[]): ListRun[] {
  const n = tokens.length;
  if (n < 6) return [];
  const lower = tokens.map((t) => t.text.toLowerCase());
  const gap = (i: number): string => (i === 0 ? '' : text.slice(tokens[i - 1]!.end, tokens[i]!.start).trim());
  const sep = (i: number): ',' | ';' | '' | 'x' => {
    // Brackets inside an item ("ransomware-as-a-service (RaaS) and …") do not break it.
    const g = gap(i)
      .replace(/[()]/g, '')
      .replace(/^[\]»”"’]+(?=[,;])/u, '');
    return g === ',' ? ',' : g === ';' ? ';' : g === '' ? '' : 'x';
  };
  let tags: Pos[] | null = null;
  const tag = (i: number): Pos | undefined => (tags ??= wordTags(tokens.map((x) => x.text)))[i];
  // A finite verb or an auxiliary; participles (-ing, -ed, -en: "stolen personal information")
  // work as adjectives inside a noun phrase.
  const finite = (i: number): boolean =>
    ((tag(i) === 'verb' && !/(?:ing|ed|en)$/.test(lower[i]!)) || tag(i) === 'aux') && lower[i - 1] !== 'to';
  const clauseWord = (i: number): boolean => /^(?:which|who|whom|whose|that|where|while|when)$/.test(lower[i]!);
  // An item that is one name or title counts as one word ("Secretary of State for Strategic
  // Energy Infrastructure Piotr Naimski").
  const runs = nameRuns(text, tokens);
  const span = (a: number, b: number): number => (runs.some(([x, y]) => x <= a && b <= y) ? 1 : b - a);
  // An item [a, b): short, no finite verb, no relative word, no break inside.
  const item = (a: number, b: number): boolean => {
    if (b - a < 1 || span(a, b) > ITEM_MAX) return false;
    for (let k = a; k < b; k++) {
      if (k > a && sep(k) !== '') return false;
      if (clauseWord(k) || (b - a > 1 && finite(k))) return false;
    }
    return true;
  };
  const out: ListRun[] = [];
  let from = 0;
  for (let j = 1; j < n - 1; j++) {
    if (j < from || !/^(?:and|or)$/.test(lower[j]!)) continue;
    const s = sep(j);
    if (s === 'x') continue;
    // The items before the conjunction, walking back over separators of one kind.
    const mark = s === '' ? null : s;
    let kind: ',' | ';' | null = mark;
    let end = j;
    let first = -1;
    let items = 0;
    for (let k = j - 1; k > 0; k--) {
      const g = sep(k);
      if (g === '') continue;
      if (g === 'x') break;
      if (kind === null) kind = g;
      if (g !== kind) break;
      if (!item(k, end)) break;
      items++;
      first = k;
      end = k;
    }
    if (items < 1 || (mark === null && items < 1)) continue;
    // "A, B and C" has one middle item (B); "A, B, and C" has one too (B): either is a list of three.
    // The last item: up to the next break, a finite verb or a relative word.
    let last = j + 1;
    while (
      last < n &&
      last - j <= ITEM_MAX &&
      (last === j + 1 || sep(last) === '') &&
      !clauseWord(last) &&
      !(finite(last) && last > j + 1)
    )
      last++;
    // A clause or a second predicate after the conjunction (", and we welcome …", "and
    // reaffirmed openness …"), not a last item.
    if (last === j + 1 || finite(j + 1) || SUBJECT.has(lower[j + 1]!)) continue;
    if (tag(j + 1) === 'verb' && /ed$/.test(lower[j + 1]!)) continue;
    if (last < n && sep(last) === '' && last - j <= ITEM_MAX && finite(last)) continue;
    // A list of adjectives before one noun ("organisational, administrative and budgetary
    // complications") is one noun phrase, not a list of things: the item before the conjunction
    // tells.
    let nouns = false;
    for (let k = j - 1; k >= first; k--) {
      if (tag(k) !== 'adj' && tag(k) !== 'adv') nouns = true;
      if (sep(k) !== '') break;
    }
    if (!nouns) continue;
    // The first item: back to the separator, a verb or a relative word before it, at most
    // ITEM_MAX words.
    let start = first - 1;
    while (start > 1 && first - start < ITEM_MAX && sep(start) === '' && !clauseWord(start - 1) && !finite(start - 1))
      start--;
    out.push({ start, second: first, end: last });
    from = last;
  }
  // A tail of examples to the end of the sentence (", including …", ", such as …") is one item too
  // (LABELLING.md, rule 4: "a tail of examples after 'including' counts as one item"), when it holds
  // no clause of its own (no finite verb, no relative word): "…, including efforts to seek a
  // peaceful return to democracy in Burma." (heldout20-en). "Several countries, including France,
  // signed …" runs on into the main clause and is not a tail.
  for (let j = 1; j < n - 2; j++) {
    const such = lower[j] === 'such' && lower[j + 1] === 'as';
    if (!(lower[j] === 'including' || such) || sep(j) !== ',') continue;
    const head = such ? j + 2 : j + 1;
    let tail = n - head >= 2;
    for (let k = head; tail && k < n; k++) if (clauseWord(k) || finite(k) || sep(k) === ';') tail = false;
    if (tail) out.push({ start: j, second: j + 1, end: n });
    break;
  }
  return out;
}

/**
 * The sentence's word count and grade with every name or title counted as one word of at most
 * two syllables, and the share of its words that are in names (a list of people and titles
 * is mostly names). The grade moves by the difference the collapse makes to the language's
 * formula, so a grade set from outside (tests) shifts the same way.
 */
export function collapsedNames(
  text: string,
  s: LintSentence,
  tokens: readonly Token[],
  language: LanguageCode,
): { words: number; grade: number | null; nameShare: number } {
  const runs = nameRuns(text, tokens);
  const lists = language === 'en' ? listRuns(text, tokens) : [];
  if (runs.length === 0 && lists.length === 0) return { words: s.words, grade: s.grade, nameShare: 0 };
  let inNames = 0;
  for (const [a, b] of runs) inNames += b - a;
  const syl = tokens.map((t) => syllables(t.text, language));
  const total = syl.reduce((x, y) => x + y, 0);
  // A list after its first item counts for nothing; a name counts as one word of at most two syllables.
  const dropped = new Uint8Array(tokens.length);
  for (const l of lists) dropped.fill(1, l.second, l.end);
  let words = 0;
  let sylAfter = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (dropped[k]) continue;
    words++;
    sylAfter += syl[k]!;
  }
  for (const [a, b] of runs) {
    let kept = 0;
    let inRun = 0;
    for (let k = a; k < b; k++)
      if (!dropped[k]) {
        kept++;
        inRun += syl[k]!;
      }
    if (kept === 0) continue;
    words -= kept - 1;
    sylAfter -= inRun - Math.min(2, inRun);
  }
  const merged = tokens.length - words;
  const before = sentenceGrade(tokens.length, total, language);
  const after = sentenceGrade(words, sylAfter, language);
  const grade = s.grade === null || before === null || after === null ? s.grade : s.grade + (after - before);
  return { words: Math.max(1, s.words - merged), grade, nameShare: tokens.length ? inNames / tokens.length : 0 };
}
