/**
 * Reported speech in a Russian version (issue 12: "speech as reported speech with short exact
 * quotes attributed to the speaker"). A speaker's turn, as lines.ts gives it («В.Путин: «…»»),
 * becomes:
 * - «Владимир Путин сказал, что …» when the turn is one clean declarative sentence: it ends in a
 *   full stop, holds no question, exclamation, colon, quotation or bracket, opens with no
 *   linking word or address («И …», «Поэтому …», «Вячеслав Викторович, …»), and has no word of
 *   the first or second person («мы», «наш», «считаю», «Вы») and nothing that points back
 *   («это», «такой»): reported, such a word would change whom it means, and the verb's person
 *   would have to change with it, which a version never does to a quotation;
 * - otherwise «…», — сказал Владимир Путин. when the turn is short (a short exact quote,
 *   `SHORT_QUOTE` words at most), the quotation word for word;
 * - otherwise the turn as it was.
 * The verb agrees with the speaker: the gender is read from the speaker's first name where the
 * release writes it («Валентина Матвиенко»), else from the surname in the OpenCorpora dictionary,
 * else from its ending (-ова, -ина, -ская: feminine; -ов, -ин, -ский: masculine); when it cannot
 * be read (an indeclinable surname with no first name in the release), the turn stays as it was.
 * Each line is kept only when the verifier passes it.
 */
import { russianMorphology } from '@attache/core';
import { escapeRe } from '../text.js';
import { RU_POINTS_BACK } from './ru-heads.js';

/** The longest turn quoted whole, in words (the youth target's average sentence, targets.ts: 12, and a half). */
export const SHORT_QUOTE = 18;

/** The longest turn reported, in words. */
const REPORTED_MAX = 30;

export type RuGender = 'masc' | 'femn';

const FEMININE_END = /(?:ова|ева|ёва|ина|ына|ская|цкая|ая)$/u;
const MASCULINE_END = /(?:ов|ев|ёв|ин|ын|ский|цкий|ской|ой|ый|ий)$/u;

/** The readings of `word` as a first name (any case) or a surname in the nominative. */
function nameReadings(word: string, tag: 'Name' | 'Surn') {
  const m = russianMorphology();
  if (!m) return [];
  return m.parse(word.toLowerCase()).filter((p) => p.tag.includes(tag) && (tag === 'Name' || p.case === 'nomn'));
}

/** The gender the dictionary gives `word` as a first name or a surname (null when none or both). */
function dictionaryGender(word: string, tag: 'Name' | 'Surn'): RuGender | null {
  const ps = nameReadings(word, tag);
  const top = ps[0]?.score ?? 0;
  const gs = new Set(ps.filter((p) => p.score >= 0.5 * top).map((p) => p.gender));
  if (gs.size !== 1) return null;
  const g = [...gs][0];
  return g === 'masc' || g === 'femn' ? g : null;
}

/**
 * The first name the release writes before `surname` («Владимир Путин», «с Валентиной
 * Матвиенко»), in the nominative («Валентина»), or null.
 */
export function firstNameOf(surname: string, input: string, initial?: string): string | null {
  const re = new RegExp(`(?<![\\p{L}.])(\\p{Lu}\\p{Ll}+)\\s+${escapeRe(surname)}(?!\\p{L})`, 'gu');
  for (const m of input.matchAll(re)) {
    const first = m[1]!;
    if (initial && first.charAt(0) !== initial) continue;
    if (!dictionaryGender(first, 'Name')) continue;
    const lemma = nameReadings(first, 'Name')[0]!.lemma;
    return lemma.charAt(0).toUpperCase() + lemma.slice(1);
  }
  return null;
}

/** The speaker's gender from the name (a label «В.Путин», «Матвиенко», «Валентина Матвиенко») and the release. */
export function ruGender(name: string, input: string): RuGender | null {
  const words = name.split(/[\s.]+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  const surname = words.at(-1);
  if (!surname) return null;
  const given = words.length > 1 ? words[0]! : firstNameOf(surname, input, /^\p{Lu}\./u.exec(name)?.[0]?.charAt(0));
  const byName = given ? dictionaryGender(given, 'Name') : null;
  if (byName) return byName;
  const bySurname = dictionaryGender(surname, 'Surn');
  if (bySurname) return bySurname;
  const low = surname.toLowerCase();
  if (FEMININE_END.test(low)) return 'femn';
  if (MASCULINE_END.test(low)) return 'masc';
  return null;
}

/** How the version names the speaker of a label: the release's first name and surname, else the surname («В.Путин» → «Владимир Путин»). */
export function ruSpeakerName(label: string, input: string): string {
  const words = label.split(/[\s.]+/).filter(Boolean);
  const surname = words.at(-1) ?? label;
  if (words.length > 1 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return label;
  const first = firstNameOf(surname, input, /^\p{Lu}\./u.exec(label)?.[0]?.charAt(0));
  return first ? `${first} ${surname}` : surname;
}

/** «сказал» or «сказала» for the speaker (null when the gender cannot be read). */
export function ruSaid(name: string, input: string, verb = 'сказал'): string | null {
  const g = ruGender(name, input);
  return g === null ? null : g === 'femn' ? `${verb}а` : verb;
}

/** Words of the first and second person but the possessive «наш», and «наш» in its forms. */
const I_WE_YOU =
  'я|меня|мне|мной|мой|моя|моё|мое|мои|моего|моей|моему|моим|моих|мы|нас|нам|нами|ты|тебя|тебе|тобой|твой|твоя|твоё|твои|вы|вас|вам|вами|ваш|ваша|ваше|ваши|вашего|вашей|вашему|вашим|вашими|ваших|вашем';
const OURS = 'наш|наша|наше|наши|нашего|нашей|нашему|нашим|нашими|наших|нашем';
const wordsOf = (alternatives: string): RegExp => new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, 'iu');

/** Words of the first and second person, and of address. */
const PERSON = wordsOf(`${I_WE_YOU}|${OURS}`);

/** Pronouns of the third person and «это»: reported, they may take another noun of the version for theirs. */
const THIRD =
  /(?<!\p{L})(?:он|она|оно|они|его|её|ее|их|ему|ей|им|ими|него|неё|нее|них|нему|ней|ним|нём|это)(?!\p{L})/iu;

/** Openers that tie a sentence to the one before it, or address someone. */
const OPENER =
  /^(?:И|А|Но|Да|Ну|Вот|Так|Поэтому|Тем более|Тем не менее|Кстати|Конечно|Знаете|Правда|Причём|Причем|Однако|Кроме того|Вместе с тем|При этом|То есть|Значит|Во-первых|Во-вторых|Например|Безусловно|Разумеется)(?!\p{L})|^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:вич|вна|ична),/u;

/** A verb of the first or second person, or an imperative («считаю», «знаете», «давайте»). */
function personVerb(s: string): boolean {
  const m = russianMorphology();
  if (!m) return true; // without the dictionary nothing is reported
  for (const w of s.match(/\p{L}[\p{L}-]*/gu) ?? []) {
    if (/^\p{Lu}/u.test(w) && w !== s.match(/\p{L}+/u)?.[0]) continue; // a name
    const ps = m.parse(w.toLowerCase());
    const top = ps[0]?.score ?? 0;
    const likely = ps.filter((p) => p.score >= 0.5 * top);
    if (likely.some((p) => (p.pos === 'VERB' && (p.person === '1per' || p.person === '2per')) || p.mood === 'impr'))
      return true;
  }
  return false;
}

/**
 * A sentence whose subject is the speaker, left unsaid: it opens with a short adjective or
 * participle («Уверен, что …», «Готов …», «Убеждён …»): «я уверен».
 */
function impliedSpeaker(s: string): boolean {
  const m = russianMorphology();
  const first = /^\p{L}+/u.exec(s)?.[0];
  if (!m || !first) return false;
  const ps = m.parse(first.toLowerCase());
  const top = ps[0]?.score ?? 0;
  return ps.some((p) => p.score >= 0.5 * top && (p.pos === 'ADJS' || p.pos === 'PRTS'));
}

/** Whether the sentence is one clean declarative sentence a version may report. */
export function reportable(inner: string): boolean {
  const s = inner.trim();
  const words = s.split(/\s+/).length;
  if (words < 4 || words > REPORTED_MAX) return false;
  if (!/[^.]\.$/u.test(s) || /[!?…;:()[\]«»"“”„]/u.test(s)) return false;
  // one sentence: no full stop inside but after an initial or an abbreviation
  if (/[^\s.]{3}\.\s+\p{Lu}/u.test(s.slice(0, -1))) return false;
  if (OPENER.test(s) || PERSON.test(s) || THIRD.test(s) || RU_POINTS_BACK.test(s)) return false;
  // an address in the middle («…, Владимир Владимирович, …»)
  if (/\p{Lu}\p{Ll}+(?:вич|вна|ична)(?!\p{L})/u.test(s)) return false;
  return !personVerb(s) && !impliedSpeaker(s);
}

/**
 * The first word in lower case unless it is a name (a place, a person, an organisation, an
 * acronym), or the release writes it with a capital inside a sentence too («росгвардия вносит
 * весомый вклад» for «Росгвардия …», which the release also writes «современной Росгвардии»:
 * kremlin.ru pool).
 */
function lowerFirst(s: string, input = ''): string {
  const first = /^\p{L}[\p{L}-]*/u.exec(s)?.[0];
  if (!first || /^\p{Lu}{2,}/u.test(first)) return s;
  const stem = first.slice(0, Math.max(4, first.length - 2));
  if (new RegExp(`[\\p{Ll}\\d,;]\\s+${escapeRe(stem)}`, 'u').test(input)) return s;
  const m = russianMorphology();
  const ps = m?.parse(first.toLowerCase()) ?? [];
  const named = ps.some((p) => p.score >= 0.1 && /\b(?:Geox|Name|Surn|Patr|Orgn|Abbr|Trad)\b/.test(p.tag));
  // a name the dictionary lacks: the clause's subject, right before its verb, with no nominative
  // reading in lower case («Куба внесла свой вклад»: «куба» is only the genitive of «куб»)
  const next = /^\p{L}[\p{L}-]*\s+(\p{Ll}+)/u.exec(s)?.[1];
  const subject =
    m !== undefined &&
    next !== undefined &&
    ps.length > 0 &&
    !ps.some((p) => p.case === 'nomn') &&
    m.parse(next).some((p) => p.score >= 0.3 && p.pos === 'VERB');
  return named || subject ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

/** First and second person words but the possessive «наш»: «наших ветеранов» reported is the office's «наших» too. */
const PERSON_BUT_OURS = wordsOf(I_WE_YOU);

/**
 * What a congratulating sentence says after its verb («Сердечно поздравляю | с Днём … ветеранов
 * …»), when it is one sentence with nothing the speaker's person would change (no «Вас», «мы»,
 * «я»), no quotation and no question; null otherwise. The rest keeps its words and its stop.
 */
export function congratulation(inner: string): string | null {
  const m =
    /^(?:(?:Сердечно|Искренне|Горячо|Тепло|От всей души|Ещё раз|Еще раз|Хочу|Хотел бы|Позвольте|Разрешите)\s+)*(?:поздравляю|поздравить)\s+(.+\.)$/u.exec(
      inner.trim(),
    );
  if (!m) return null;
  const rest = m[1]!;
  if (/[!?…;:()[\]«»"“”„]/u.test(rest) || PERSON_BUT_OURS.test(rest) || /[^\s.]{3}\.\s+\p{Lu}/u.test(rest.slice(0, -1)))
    return null;
  return rest;
}

/** A turn as lines.ts writes it: «В.Путин: «…».» (the full stop after the guillemet), «…!», «…?». */
const TURN = /^(\p{Lu}[\p{L}.\s-]{1,60}?): «(.+)»(\.)?$/u;

/**
 * One line of a version: a turn reported or quoted short (itself when neither holds, or the
 * verifier refuses it). `named`: speakers the version has named in full already (the surname
 * alone from then on, as an editor writes «Путин» after «Владимир Путин»).
 */
export function ruReported(
  line: string,
  input: string,
  ok: (text: string) => boolean,
  named: Set<string> = new Set(),
): string {
  const m = TURN.exec(line);
  if (!m) return line;
  const [, label, said0, stop] = m as unknown as [string, string, string, string | undefined];
  const inner = said0 + (stop ?? '');
  const full = ruSpeakerName(label, input);
  const name = named.has(full) ? full.split(' ').at(-1)! : full;
  const said = ruSaid(name, input);
  if (!said) return line;
  const tries: string[] = [];
  // a congratulation is what the speaker did: «Сердечно поздравляю с Днём защитника Отечества
  // ветеранов …» → «Владимир Путин поздравил с Днём защитника Отечества ветеранов …» (kremlin.ru's
  // greeting on Defender of the Fatherland Day, read blind: its versions were strings of quotes)
  const congrats = congratulation(inner);
  const congratulated = congrats && ruSaid(name, input, 'поздравил');
  if (congrats && congratulated) tries.push(`${name} ${congratulated} ${congrats}`);
  if (reportable(inner)) tries.push(`${name} ${said}, что ${lowerFirst(inner.slice(0, -1), input)}.`);
  if (inner.split(/\s+/).length <= SHORT_QUOTE && !/[«»„“]/u.test(inner)) {
    if (/[^.]\.$/u.test(inner)) tries.push(`«${inner.slice(0, -1)}», — ${said} ${name}.`);
    else if (/[!?…]$/u.test(inner)) {
      const verb = inner.endsWith('?') ? ruSaid(name, input, 'спросил') : said;
      tries.push(`«${inner}» — ${verb} ${name}.`);
    }
  }
  const out = tries.find((t) => ok(t));
  if (!out) return line;
  named.add(full);
  return out;
}

/**
 * The lines of a version with each turn reported or quoted short (ruReported), a speaker named in
 * full once and by the surname after; a quotation or a statement right after another of the same
 * speaker's says «добавил(а)» («…», — добавил Путин.; «Путин добавил, что …»).
 */
export function ruReportSpeech(lines: readonly string[], input: string, ok: (text: string) => boolean): string[] {
  let last: string | null = null;
  const named = new Set<string>();
  return lines.map((l) => {
    const label = TURN.exec(l)?.[1];
    const full = label ? ruSpeakerName(label, input) : null;
    const name = full && named.has(full) ? full.split(' ').at(-1)! : full;
    let out = ruReported(l, input, ok, named);
    if (name && full === last && out !== l) {
      const said = ruSaid(name, input);
      const added = said && ruSaid(name, input, 'добавил');
      const again = added
        ? out
            .replace(`», — ${said} ${name}.`, `», — ${added} ${name}.`)
            .replace(`${name} ${said}, что `, `${name} ${added}, что `)
        : out;
      if (again !== out && ok(again)) out = again;
    }
    last = out !== l ? full : null;
    return out;
  });
}
