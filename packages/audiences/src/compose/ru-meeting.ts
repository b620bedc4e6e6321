/**
 * The news of a Russian transcript, said from its title: kremlin.ru titles a meeting's transcript
 * «Встреча с Председателем Государственной Думы Вячеславом Володиным» and opens on the first turn
 * («В.Путин: Вячеслав Викторович, как работа идёт, хорошо?»); a version made of its turns never
 * said who met whom (a blind reading, seed 9999: every version opened on Volodin's «Вы поздравили,
 * оценку дали»). A newsroom leads with «Владимир Путин встретился с Председателем Государственной
 * Думы Вячеславом Володиным.»: the title's event as a verb, its first speaker as the subject.
 *
 * 70 of the 200 items of the kremlin.ru pool are such transcripts (51 «Встреча с …», 12
 * «Совещание с …», 3 «Беседа с …», 2 «Рабочая встреча с …», 2 «Переговоры с …»); more are
 * sittings («Заседание …», «Совещание по …»: «Путин выступил на заседании …»). A call's readout
 * that opens on «Лидеры …» or «С российской стороны …» (`RU_NO_WHO`) gets the same lead, its
 * subject the body's first actor («Владимир Путин провёл телефонный разговор с …»). The lead leads
 * a version and is its SMS (lines.ts), only when the verifier passes it.
 */
import { russianMorphology, type Report } from '@attache/core';

/**
 * A title's event and the verb that says it was held (masculine, feminine), before «с …»; or, for
 * a sitting whose title names no one («Заседание Военно-промышленной комиссии», «Совещание по
 * экономическим вопросам», kremlin.ru pool item 35), «выступил на» and the title, its first word
 * in the prepositional: the first speaker spoke there, which the transcript shows, not that he
 * chaired it (the President speaks first at the FSB board, «Заседание коллегии ФСБ России», which
 * he does not chair).
 */
const EVENTS: ReadonlyArray<{ re: RegExp; verb: readonly [string, string]; whole?: true }> = [
  { re: /^(?:Заседание|Совещание)(?=\s+(?!с\s))/u, verb: ['выступил на', 'выступила на'], whole: true },
  { re: /^Встреча\s+с\s+/u, verb: ['встретился с', 'встретилась с'] },
  { re: /^Рабочая встреча\s+с\s+/u, verb: ['провёл рабочую встречу с', 'провела рабочую встречу с'] },
  { re: /^Беседа\s+с\s+/u, verb: ['побеседовал с', 'побеседовала с'] },
  { re: /^Переговоры\s+с\s+/u, verb: ['провёл переговоры с', 'провела переговоры с'] },
  { re: /^Совещание\s+с\s+/u, verb: ['провёл совещание с', 'провела совещание с'] },
  {
    re: /^Телефонный разговор\s+с\s+/u,
    verb: ['провёл телефонный разговор с', 'провела телефонный разговор с'],
  },
];

/** A speaker label as kremlin.ru sets it: an initial, a stop and a surname («В.Путин», «В. Володин»). */
const LABEL = /^(\p{Lu})\.\s?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;

/** A Russian surname in the feminine («Матвиенко» is either: the masculine verb is the default). */
const FEMININE = /(?:ова|ева|ёва|ина|ына|ая)$/u;

/**
 * A readout's first sentence that says not who spoke with whom: a collective subject («Лидеры
 * выразили удовлетворение …», «Главы государств обсудили …»), none («Договорились …»,
 * «Подчёркнут обоюдный настрой …»), or one side's part («С российской стороны была выражена
 * признательность …», «С российской стороны во встрече также участвовали …»). kremlin.ru call
 * readouts open so (pool items 15, 49, 101, 113, 166, 183: the SMS was «Лидеры продолжили
 * откровенный обмен мнениями по ситуации вокруг Украины.», which leaders it never said).
 */
export const RU_NO_WHO =
  /^(?:(?:[^,]{3,120},\s+)?(?:лидеры|Лидеры|Главы государств|главы государств|Стороны|стороны|Собеседники|собеседники|Президенты|президенты)(?!\p{L})|С\s+(?:российской|нашей)\s+стороны(?!\p{L})|(?:Договорились|Условились|Обменялись|Подчёркнут\p{L}*|Подчеркнут\p{L}*|Отмечен\p{L}*|Выражен\p{L}*|Рассмотрен\p{L}*|Обсужден\p{L}*|Затронут\p{L}*|Согласован\p{L}*)(?!\p{L}))/u;

/**
 * The first "Имя Фамилия" of the body that acts (a past verb after it, «и» and another name, or
 * «, со своей стороны,»: «Владимир Путин, со своей стороны, упомянул …»), whom `named` does not exclude, with its
 * gender: the dictionary must read the first word as a given name in the nominative («Владимир»,
 * not «Владимира»; not «Арабских Эмиратов»). Null without the dictionary.
 */
function actorOf(input: string, named: (surname: string) => boolean): { name: string; feminine: boolean } | null {
  const m = russianMorphology();
  if (!m) return null;
  const re =
    /(?<![\p{L}\p{N}]\s?)(\p{Lu}\p{Ll}+)\s(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=\s+(?:(?:ещё|еще|также|тепло|вновь|отдельно|высоко)\s+)?\p{Ll}+(?:л|ла|ли)(?:ся|сь)?(?!\p{L})|\s+и\s+\p{Lu}|,\s+со\s+своей\s+стороны,)/gu;
  for (const x of input.slice(0, 20_000).matchAll(re)) {
    if (named(x[2]!)) continue;
    const given = m
      .parse(x[1]!.toLowerCase())
      .filter((p) => p.case === 'nomn' && /\bName\b/.test(p.tag))
      .sort((a, b) => b.score - a.score)[0];
    if (given) return { name: `${x[1]} ${x[2]}`, feminine: given.gender === 'femn' };
  }
  return null;
}

/**
 * «Владимир Путин встретился с …» for a transcript whose title names a meeting, a talk or a
 * conference «с …», said by its first speaker whom the title does not name; null otherwise. The
 * first name is given only as the release writes it before the surname («Владимир Путин»);
 * otherwise the surname alone.
 */
export function ruMeetingLead(
  report: Report,
  input: string,
  title: string | null,
  /** A readout, not a transcript: its first sentence (`RU_NO_WHO` must read it), and the subject is the body's first actor. */
  readoutFirst?: string,
): string | null {
  // (a name in guillemets is no quotation: «Встреча с главой компании «Аэрофлот» Сергеем
  // Александровским», kremlin.ru pool item 63, a blind reading, seed 5757, had no lead)
  if (!title || /[.!?…:;«»"]/u.test(title.replace(/«[^«».!?…:;"]{1,40}»/gu, '')) || title.length > 200) return null;
  const event = EVENTS.find((e) => e.re.test(title));
  if (!event) return null;
  const whom = event.whole
    ? title.replace(event.re, (w) => (w === 'Заседание' ? 'заседании' : 'совещании'))
    : title.replace(event.re, '');
  // the first speaker the title does not name is the one who meets («В.Путин»), not whom it names
  // («Встреча с … Вячеславом Володиным»: «В.Володин»)
  // (a surname's stem, its case ending off: «Володин» in «Володиным»; a short one whole)
  const named = (surname: string): boolean =>
    new RegExp(`(?<!\\p{L})${surname.length > 4 ? surname.slice(0, -2) : surname}`, 'u').test(whom);
  if (readoutFirst !== undefined) {
    if (!RU_NO_WHO.test(readoutFirst)) return null;
    const actor = actorOf(input, named);
    if (!actor) return null;
    return `${actor.name} ${event.verb[actor.feminine ? 1 : 0]} ${whom}.`;
  }
  const label = (report.regions ?? [])
    .filter((r) => r.kind === 'speech' && r.speaker)
    .map((r) => LABEL.exec(r.speaker!.trim()))
    .find((m) => m && !named(m[2]!));
  if (!label) return null;
  const [, initial, surname] = label;
  const full = new RegExp(`(?<!\\p{L})(${initial}\\p{Ll}+)\\s+${surname}(?!\\p{L})`, 'u').exec(input);
  const who = full ? `${full[1]} ${surname}` : surname!;
  const verb = event.verb[FEMININE.test(surname!) ? 1 : 0];
  return `${who} ${verb} ${whom}.`;
}
