/**
 * Russian clause helpers of the splitter: the verbs of speech and consequence, "который" and its
 * oblique forms as pronouns, the subject pronoun of a new sentence, and the asyndetic clause.
 */
import { capitalise, type WordToken } from '../../text.js';
import {
  pastOf,
  ruVerbCue,
  RU_SUBORDINATE,
  RU_PREP,
  RU_PREP_GEN,
  RU_PREP_DAT,
  RU_PRONOUN,
  genderOf,
} from './ru-words.js';

export const RU_SPEECH =
  /^(заявил|заявила|заявили|сказал|сказала|сказали|отметил|отметила|отметили|подчеркнул|подчеркнула|подчеркнули|сообщил|сообщила|сообщили|считает|считают|уверен|уверена|уверены|известно|понятно|ясно|важно|знает|думает|надеется|убеждён|убежден|говорит|добавил|добавила|напомнил|напомнила|указал|указала|признал|признала|пояснил|пояснила|констатировал|полагает|полагают|выяснилось|оказалось)$/u;
export const RU_WHAT_VERBS =
  /^(позволит|позволило|позволяет|позволила|даст|дало|даёт|дает|стало|станет|свидетельствует|привело|приведёт|приведет|приводит|поможет|помогло|помогает|означает|обеспечит|обеспечило|обеспечивает|способствует|способствовало|будет способствовать|вызвало|вызывает|говорит)$/u;

/** "который" & co. as the subject of their clause: the pronoun, and the verb forms that agree. */
export const KOTORY: Record<string, { pronoun: string; verb: RegExp; ambiguous: boolean }> = {
  который: {
    pronoun: 'Он',
    verb: /^(\p{L}+л|\p{L}+лся|\p{L}+(ет|ёт|ит|ется|ётся|ится)|будет|может|должен|стал|станет)$/u,
    ambiguous: true, // also the accusative of an inanimate masculine noun
  },
  которая: {
    pronoun: 'Она',
    verb: /^(\p{L}+ла|\p{L}+лась|\p{L}+(ет|ёт|ит|ется|ётся|ится)|будет|может|должна|стала|станет)$/u,
    ambiguous: false,
  },
  которое: {
    pronoun: 'Оно',
    verb: /^(\p{L}+ло|\p{L}+лось|\p{L}+(ет|ёт|ит|ется|ётся|ится)|будет|может|должно|стало|станет)$/u,
    ambiguous: true,
  },
  которые: {
    pronoun: 'Они',
    verb: /^(\p{L}+ли|\p{L}+лись|\p{L}+(ут|ют|ат|ят|утся|ются|ятся)|будут|могут|должны|стали|станут)$/u,
    ambiguous: true,
  },
};
/** Verbs after which no accusative object can stand, so "который" is their subject. */
export const RU_LINK =
  /^(является|являются|являлся|являлась|являлось|являлись|стал|стала|стало|стали|станет|станут|был|была|было|были|будет|будут)$/u;

/** The oblique forms of "который": the pronoun alone, and after a simple preposition ("н-"). */
export const KOTOR_OBLIQUE: Record<string, { bare?: string; afterPrep: string; poss?: string; dat?: string }> = {
  которого: { bare: 'его', afterPrep: 'него', poss: 'его' },
  которому: { bare: 'ему', afterPrep: 'нему', dat: 'ему' },
  котором: { afterPrep: 'нём' },
  которым: { bare: 'им', afterPrep: 'ним', dat: 'им' },
  которыми: { bare: 'ими', afterPrep: 'ними' },
  которых: { bare: 'их', afterPrep: 'них', poss: 'их' },
  которую: { bare: 'её', afterPrep: 'неё' },
  которой: { afterPrep: 'ней', poss: 'её', dat: 'ей' }, // after a genitive preposition: "неё"
  который: { afterPrep: 'него' },
  которое: { afterPrep: 'него' },
  которые: { afterPrep: 'них' },
};
/** Nouns before "которого" that do not make "в его …" ("в течение которого", "в целях которого"). */
export const RU_NO_POSS =
  /^(время|течение|продолжение|целях|случае|мере|отношении|связи|соответствии|результате|числе|том)$/u;

/**
 * ", <prep> котор-" and ", <noun> котор-ого/-ой/-ых" (a relative clause running to the end) →
 * a sentence that starts with the personal or possessive pronoun in the same case:
 * "…, в котором участвуют …" → "…. В нём участвуют …"; "…, население которой составляет …" →
 * "…. Её население составляет …"; "…, многие из которых …" → "…. Многие из них …";
 * "…, которого ждали …" → "…. Его ждали …". Returns the words of the new start, or undefined.
 */
export function obliqueStart(ws: WordToken[], k: number): string[] | undefined {
  const rel = ws[k]!.text.toLowerCase();
  const forms = KOTOR_OBLIQUE[rel];
  if (!forms) return undefined;
  const pre = ws.slice(0, k).map((w) => w.text);
  const lowerPre = pre.map((w) => w.toLowerCase());
  if (pre.some((w) => /^\p{Lu}/u.test(w) || ruVerbCue(w) || /^(и|или|а|но|что|как)$/u.test(w.toLowerCase())))
    return undefined;
  if (k === 0) return forms.bare ? [forms.bare] : undefined;
  if (lowerPre.some((w) => RU_CORRELATIVE.test(w))) return undefined; // "с теми, с которыми"
  const last = lowerPre[k - 1]!;
  if (lowerPre.join(' ') === 'в результате') return ['в', 'результате'];
  if (RU_PREP.test(last)) {
    if (rel === 'которой' && RU_PREP_GEN.test(last)) return [...pre, 'неё'];
    // The accusative "в который", "на которые" → "в него", "на них"; not "о который" (a slip).
    if (/^котор(ый|ое|ые)$/u.test(rel) && !/^(в|во|на|за|про|через|под|сквозь)$/u.test(last)) return undefined;
    return [...pre, forms.afterPrep];
  }
  if (RU_PREP_DAT.test(last)) return k === 1 && forms.dat ? [pre[0]!, forms.dat] : undefined;
  // A possessor: "население которой" → "её население", "в ходе которого" → "в его ходе".
  if (!forms.poss || lowerPre.some((w) => RU_NO_POSS.test(w) || RU_PREP_DAT.test(w))) return undefined;
  if (RU_PREP.test(lowerPre[0]!)) {
    if (k === 1) return undefined;
    // "во главе которого" → "в его главе"… not quite: "во"/"со" only stand before consonant clusters.
    return [pre[0]!.replace(/^(в|с|к)о$/iu, '$1'), forms.poss, ...pre.slice(1)];
  }
  return [forms.poss, ...pre];
}

export const RU_QUANTIFIER =
  /^(каждый|каждая|каждое|каждые|каждого|каждой|каждому|каждым|каждом|каждую|каждых|любой|любая|любое|любые|любого|любому|любым|любом|любую|любых|всякий|всякого|все|всех|всем|всеми)$/u;
/** Demonstratives that a relative clause completes ("те усилия, которые …", "там, где …"). */
export const RU_CORRELATIVE =
  /^(тот|та|то|те|того|той|тому|тем|том|ту|теми|тех|такой|такая|такое|такие|таких|таким|такую|там|туда|оттуда)$/u;

/**
 * The subject pronoun for a new sentence whose verb ends in `ending` ("л", "ла", "ли" …): the
 * speaker's "я/мы/вы" or "это" when the left part has it as its subject, else "он/она/оно/они".
 * "мы подготовили …, а также выпустили" → "Мы также выпустили", not "Они".
 */
export function subjectPronoun(left: string[], ending: string): string {
  const g = genderOf(ending);
  for (let i = left.length - 1; i >= 0; i--) {
    const w = left[i]!;
    if (/^котор/u.test(w) || (RU_SUBORDINATE.test(w) && w !== 'и' && w !== 'или')) break; // another clause's subject
    if (g === 'ли' && (w === 'мы' || w === 'вы')) return capitalise(w);
    if (g !== 'ли' && g !== 'ло' && (w === 'я' || w === 'ты')) return capitalise(w);
    if (g === 'ло' && w === 'это' && (i === left.length - 1 || pastOf(left[i + 1] ?? ''))) return 'Это';
  }
  return RU_PRONOUN[ending]!;
}

export const RU_PERSONAL = /^(он|она|оно|они)$/u;
export const RU_N_PRONOUN = /^(нём|ней|них|нему|ним|ними|него|неё|нее)$/u;

/**
 * The right part (its first `segLen` words, up to the next comma) is a clause of its own: it starts
 * with "здесь"/"там"/"сейчас"/"теперь", a preposition + "нём/ней/них …", or a possessive
 * "его/её/их" + a noun, and has a verb within three words; or it has "он/она/оно/они" + a verb.
 */
export function asyndeticClause(ws: WordToken[], lower: string[], segLen: number): boolean {
  const w0 = lower[0]!;
  const verbWithin = (from: number, n: number): boolean =>
    ws.slice(from, Math.min(segLen, from + n)).some((w) => ruVerbCue(w.text));
  if (/^(здесь|там|сейчас|теперь)$/u.test(w0)) return verbWithin(1, 3);
  if (RU_PREP.test(w0) && RU_N_PRONOUN.test(lower[1] ?? '')) return verbWithin(2, 3);
  if (/^(его|её|ее|их)$/u.test(w0)) {
    const noun = ws[1];
    if (!noun || ruVerbCue(noun.text) || /^\p{Lu}/u.test(noun.text)) return false;
    return verbWithin(2, 2);
  }
  for (let p = 0; p < Math.min(segLen - 1, 6); p++) {
    const w = ws[p]!.text.toLowerCase();
    if (RU_SUBORDINATE.test(w) || /^(а|но|однако|причём|причем)$/u.test(w) || /^\p{Lu}/u.test(ws[p]!.text))
      return false;
    if (RU_PERSONAL.test(w)) return ruVerbCue(ws[p + 1]!.text);
    if (ruVerbCue(w)) return false;
  }
  return false;
}
