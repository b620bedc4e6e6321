/**
 * Russian lists in a release, as a version needs them (read with the OpenCorpora morphology,
 * `loadRussianMorphology`; without it only the marks are read):
 * - `ruPeopleList`: a sentence that names three people or more who came along or took part
 *   ("Президента сопровождали: Первый заместитель … Денис Мантуров, … Максим Орешкин, … Андрей
 *   Фурсенко, …"). Who came along is not the news: such a sentence is never a version's lead and
 *   goes first when a version is too long. A list that is the news («вручил награды …») stays.
 * - `ruListLead`: a sentence too long for any version that is a lead-in and a list of people
 *   with what each gets ("Премии Президента … присуждены: Капустину Алексею Михайловичу,
 *   директору …, – за вклад …; Никифорчину Ивану Михайловичу, …"), as the lead-in and the
 *   names alone: "Премии Президента … присуждены: Капустину Алексею Михайловичу, Никифорчину
 *   Ивану Михайловичу и Шакировой Ренате Мухаметовне." The names keep the release's case (the
 *   lead-in governs it), nothing is counted (a number the release does not give is never
 *   written), and the verifier judges the result as any other sentence.
 */
import { russianMorphology } from '@attache/core';

const CAP_WORD = /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/u;
/** A capitalised word with the capitalised word right after it (a lookahead: pairs overlap). */
const PAIR = new RegExp(`(?<![\\p{L}.])(${CAP_WORD.source})(?=\\s+(${CAP_WORD.source}))`, 'gu');

/** A first name, by the dictionary's Name tag ("Денис", "Анне"). */
function firstName(word: string): boolean {
  const m = russianMorphology();
  if (!m) return false;
  return m.parse(word).some((p) => /\bName\b/.test(p.tag));
}

/** How many people a sentence names (a first name followed by a capitalised word), each once. */
export function ruPeopleNamed(text: string): number {
  const seen = new Set<string>();
  for (const m of text.matchAll(PAIR)) if (firstName(m[1]!)) seen.add(`${m[1]} ${m[2]}`);
  return seen.size;
}

/**
 * Who came along or took part: the verbs of kremlin.ru's lists of participants («сопровождали»,
 * «приняли участие», «присутствовали», «доклады заслушали»). A list that is the news itself
 * («вручил государственные награды …», «назначил …») has none of them.
 */
const TOOK_PART =
  /(?<!\p{L})(?:сопровождал\p{L}*|приня\p{L}* участие|принимал\p{L}* участие|участвовал\p{L}*|присутствовал\p{L}*|заслушал\p{L}*|в состав\p{L}* делегаци\p{L}*)(?!\p{L})/iu;

/** A sentence that lists three people or more who came along or took part: not the news. */
export function ruPeopleList(text: string): boolean {
  if (/[«"“][^»"”]*\s[^»"”]*[»"”]\s*[,–—-]/u.test(text)) return false; // speech with its speaker
  return TOOK_PART.test(text) && ruPeopleNamed(text) >= 3;
}

/** «другие» in the case of a first name ("Алексею" → "другим"), or null when the case is unsure. */
function othersLike(name: string): string | null {
  const m = russianMorphology();
  if (!m) return null;
  const cases = new Set(
    m
      .parse(name)
      .filter((p) => /\bName\b/.test(p.tag))
      .map((p) => p.case),
  );
  if (cases.size !== 1) return null;
  const c = [...cases][0];
  return c ? m.inflect('другие', { pos: 'ADJF', case: c, number: 'plur' }) : null;
}

/** "Фамилия Имя Отчество" (any case) opening a list item, before its first comma or dash. */
const ITEM_NAME = /^\s*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s*(?=[,–—])/u;

/** The lead-in and the names of a list sentence ("… присуждены: A, …; B, …"), or null. */
export function ruListLead(text: string): string | null {
  const colon = text.indexOf(': ');
  if (colon < 20) return null;
  const lead = text.slice(0, colon).trim();
  // the lead-in says what happened: it has a predicate of its own ("присуждены", "наградить")
  if (!/\p{Ll}/u.test(lead) || /[«»"“”]/u.test(lead)) return null;
  const items = text
    .slice(colon + 2)
    .replace(/[.]\s*$/u, '')
    .split(/;\s*/u);
  const names: string[] = [];
  for (const item of items) {
    const m = ITEM_NAME.exec(item);
    if (!m) break;
    names.push(m[1]!);
  }
  if (names.length < 2 || names.length < items.length / 2) return null;
  const shown = names.slice(0, 3);
  if (names.length > shown.length) {
    // "… и другим": «другие» in the case of the names (the case the lead-in governs)
    const others = othersLike(shown[0]!.split(/\s+/)[1]!);
    if (!others) return null;
    return `${lead}: ${shown.join(', ')} и ${others}.`;
  }
  const joined = `${shown.slice(0, -1).join(', ')} и ${shown.at(-1)!}`;
  return `${lead}: ${joined}.`;
}
