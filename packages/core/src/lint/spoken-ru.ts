/**
 * Russian sentences that are plainly someone's own words though no label or quotation mark says
 * so: a sentence in the first person singular («В дни пасхальных торжеств с глубоким
 * удовлетворением хочу отметить, что …», kremlin.ru 76730, the President's Easter message set
 * in the news item without quotation marks). A press office does not write «я» in its own
 * voice, so such a sentence is speech (LABELLING.md, rule 1): the linter treats it as verbatim.
 * The first person plural («мы», «ценим») is left alone: an office writes «мы» of itself, and the
 * institutional-third-person rule asks it to.
 */
import { russianMorphology } from '../morph/ru.js';
import type { Token } from '../text/tokenize.js';
import { norm } from './morph.js';

/** The pronoun «я» in every case, and the possessive «мой» in every form. */
const FIRST_SINGULAR = new Set(
  'я меня мне мной мною мой моя мое мои моего моей моему моим моих моими мою моем'.split(' '),
);

/** Verbs only ever in the first person singular, known without the morphology. */
const FIRST_SINGULAR_VERBS = new Set(
  'хочу благодарю поздравляю желаю считаю прошу предлагаю знаю думаю надеюсь приветствую'.split(' '),
);

/** Is the sentence in the first person singular (a pronoun, or a finite verb in the 1st person singular)? */
export function firstPersonSingular(text: string, tokens: readonly Token[]): boolean {
  const morph = russianMorphology();
  for (let i = 0; i < tokens.length; i++) {
    const w = norm(tokens[i]!.text);
    // «Я.Иванов»: an initial, not the pronoun.
    if (w === 'я' && text.charAt(tokens[i]!.end) === '.') continue;
    if (FIRST_SINGULAR.has(w) || FIRST_SINGULAR_VERBS.has(w)) return true;
    if (!morph || !/^[а-я]+$/u.test(w) || w.length < 3) continue;
    const ps = morph.parse(w);
    // Every reading a finite verb of the 1st person singular: «отмечу», «скажу», «ценю».
    if (ps.length > 0 && ps.every((p) => p.pos === 'VERB' && p.person === '1per' && p.number === 'sing')) return true;
  }
  return false;
}

/** Parts of speech that can carry a Russian clause: finite verb, infinitive, short participle or
 * adjective («готовы», «подписано»), predicative («нужно», «можно»). */
const PREDICATES = new Set(['VERB', 'INFN', 'PRTS', 'ADJS', 'PRED']);

/**
 * Is the sentence a caption rather than a clause: no word that can be a predicate and no dash
 * standing for one («На повестке дня – …»)? kremlin.ru sets photo captions in the text as
 * sentences («В ходе совещания с постоянными членами Совета Безопасности (в режиме
 * видеоконференции).»): a heading-like line the office does not edit as prose (LABELLING.md,
 * rule 2). Without the morphology nothing is a caption.
 */
export function caption(text: string, tokens: readonly Token[]): boolean {
  const morph = russianMorphology();
  if (!morph || tokens.length === 0) return false;
  if (/[–—]/.test(text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end))) return false;
  let cyrillic = 0;
  for (const t of tokens) {
    const w = norm(t.text);
    if (!/^[а-яё]+(?:-[а-яё]+)*$/u.test(w)) continue;
    cyrillic++;
    if (morph.parse(w).some((p) => p.pos !== null && PREDICATES.has(p.pos))) return false;
  }
  return cyrillic >= 3;
}
