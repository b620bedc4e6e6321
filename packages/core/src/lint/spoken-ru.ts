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
