/**
 * The little morphology the rules need: normalising words, Russian stems (the Snowball
 * stemmer of ../morph/snowball-ru.ts, cached), case and article helpers. English verb and noun inflection (utilized → used)
 * is in ../morph/en-verbs.ts, shared with the audience adapters.
 */
import { snowballRu } from '../morph/snowball-ru.js';

/** Lower case, ё → е, typographic apostrophes → ', soft hyphens and joiners removed. */
export function norm(word: string): string {
  let w = word.toLowerCase();
  if (/ё|ʼ|’|\u00ad|\u200d|‐/.test(w))
    w = w
      .replace(/ё/g, 'е')
      .replace(/[ʼ’]/g, "'")
      .replace(/\u00ad|\u200d/g, '')
      .replace(/‐/g, '-');
  return w;
}

const stemCache = new Map<string, string>();

/** Russian stem of a normalised word (Snowball); non-Cyrillic words unchanged. */
export function stemRu(word: string): string {
  let s = stemCache.get(word);
  if (s !== undefined) return s;
  s = /[а-я]/.test(word) ? snowballRu(word) : word;
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(word, s);
  return s;
}

/** Upper-cases the first letter of `s` when `model` starts with an upper-case letter. */
export function matchCase(model: string, s: string): string {
  const first = model.charAt(0);
  if (first && first !== first.toLowerCase() && first === first.toUpperCase())
    return s.charAt(0).toUpperCase() + s.slice(1);
  return s;
}

/** The case of `text` is one a fix can keep: all lower, or only the first letter upper. */
export function simpleCase(text: string): boolean {
  const rest = text.slice(1);
  return rest === rest.toLowerCase();
}

/** English: does `word` take "an" (vowel sound)? A heuristic good enough to refuse unsafe fixes. */
export function takesAn(word: string): boolean | null {
  const w = word.toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/.test(w)) return true;
  if (/^(?:u[bcdfgklmnpqrstvwxz][aeiou]|use|usu|eu|one|once|uni)/.test(w)) return false;
  if (/^[aeiou]/.test(w)) return true;
  if (/^[a-z]/.test(w)) return false;
  return null;
}
