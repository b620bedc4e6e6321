/**
 * The news first (Russian). kremlin.ru items, as the pool and the releases give them, often open
 * with what an editor would leave for later: who else took part («Во встрече также принимала
 * участие …», ru_kremlin_03; «Пояснения также давала …», ru_kremlin_04), how a call went
 * («Разговор носил тёплый и дружеский характер»), a greeting («Поздравляю Вас …»), a question
 * of a transcript («Как работа идёт, хорошо?»), or a sentence that points back to one the page
 * lost («… последствий этой катастрофы»). A web editor leads with the news: who did what.
 * - `ruNewsFirst`: the candidates once each (a repeated sentence once), the greetings and
 *   wishes left out when the release has three news sentences or more, and the lead moved to the
 *   first news sentence of the release's first ones when the first is none;
 * - `ruSmsLines`: the lines an SMS may draw on: none that points back (an SMS is one sentence).
 * Heuristics are rows (STYLE.md): a pattern and why it is no lead.
 */
import { ruPointsBack } from './ru-heads.js';

/** What ruNewsFirst reads of a candidate sentence (select.ts's `Picked`). */
interface Candidate {
  text: string;
  role: string;
  score: number;
  start: number;
  seq?: number;
  speaker?: string;
  quoted?: boolean;
}

/** A sentence that is no lead, and why. */
export const RU_NOT_LEAD: Array<{ re: RegExp; why: string }> = [
  {
    re: /^(?:\S+\s+){0,3}также(?!\p{L})/iu,
    why: 'a side note: «также» among its first words («Во встрече также принимала участие …», «Пояснения также давала …»)',
  },
  {
    re: /(?<!\p{L})(?:принял\p{L}*|принима\p{L}*)\s+участие|(?<!\p{L})(?:участвовал\p{L}*|присутствовал\p{L}*|сопровождал\p{L}*)(?!\p{L})|(?<!\p{L})пояснения(?!\p{L})/iu,
    why: 'who else took part, came along or explained: not what happened',
  },
  {
    re: /(?<!\p{L})носил\p{L}*\s+(?:\p{L}+\s+){0,4}характер|(?<!\p{L})прош(?:ёл|ел|ла|ло|ли)\s+в\s+(?:\p{L}+\s+){0,3}атмосфере/iu,
    why: 'small talk: how a conversation went («Разговор носил тёплый и дружеский характер»)',
  },
  { re: /\?\s*»?$/u, why: 'a question' },
  {
    re: /(?<!\p{L})(?:как\s+Вы\s+(?:\p{L}+\s+)?(?:сказали|отметили|говорили)|Вы\s+тоже\s+знаете)(?!\p{L})/u,
    why: 'a reply that points back to what the other speaker said («Родной, как Вы правильно сказали, регион»)',
  },
  {
    re: /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:вич|вна|ична),/u,
    why: 'an address to someone in the room («Ирина Альфредовна, вы …»)',
  },
  { re: /^(?:Пожалуйста|Давайте|Прошу)(?!\p{L})/u, why: 'the chair giving the floor («Давайте начнём …»)' },
  {
    re: /^(?:Затем|Потом|После этого|Кроме того|Помимо этого|Вместе с тем|При этом|Также)(?!\p{L})/u,
    why: 'it goes on from a sentence before it («Затем …», «Кроме того …»)',
  },
];

/**
 * Who else took part, came along or explained («Во встрече также принимала участие …»,
 * «Пояснения давал …»): the second row of `RU_NOT_LEAD` (not its first, «также» alone, which also
 * opens news: «Отметили также серьёзные риски …»). Weighed down among a version's sentences too
 * (select.ts): a thread on a Hero's award said who else attended (ru_kremlin_03).
 */
export const ruSideNote = (text: string): boolean => RU_NOT_LEAD[1]!.re.test(text);

/**
 * A greeting or a wish, in the speaker's own words: «Поздравляю …», «Желаю …», «С праздником»,
 * «Уважаемые коллеги!», «Добрый день!». (A readout's «Президент поздравил …» is news of the day:
 * not among them.)
 */
export const RU_GREETING =
  /^[«"]?(?:Поздравля(?:ю|ем)|Желаю|Желаем|Хочу (?:поздравить|пожелать)|Позвольте (?:поздравить|пожелать|поприветствовать)|С (?:праздником|наступающим|Новым годом|Днём|днём|юбилеем)|Уважаем\p{L}*|Дорог(?:ие|ой|ая)|Добрый (?:день|вечер)|Доброе утро|Здравствуйте|Всего (?:доброго|наилучшего)|Спасибо|Благодарю)(?!\p{L})|^[«"]?(?:Мы\s+)?(?:очень\s+)?[Рр]ад[аы]?\s+(?:вас|Вас|всех)(?:\s+(?:вас|всех))?\s+(?:видеть|приветствовать)/u;

/**
 * The chair giving the floor, in eight words or fewer: «Пожалуйста, прошу – Голикова Татьяна
 * Алексеевна.», «Давайте начнём с Татьяны Алексеевны.», «Слово предоставляется …», «Прошу Вас.».
 * The meeting's procedure, never its news: no version says it (`ruNewsFirst`). Not «Прошу
 * Правительство подготовить …», an instruction, which is news.
 */
export const RU_GIVES_FLOOR =
  /^[«"]?(?:Пожалуйста[,.!–—\s]|Пожалуйста$|Прошу(?:,\s*|\s+)(?:пожалуйста|Вас|вас)(?!\p{L})|Давайте\s+начн\p{L}+\s+с(?!\p{L})|Слово\s+(?:предоставляется|Вам|вам)(?!\p{L})|(?:Передаю|Предоставляю)\s+слово(?!\p{L}))/u;
const givesFloor = (text: string): boolean => RU_GIVES_FLOOR.test(text) && text.split(/\s+/u).length <= 8;

/**
 * A lead that points back: it opens with a pronoun («Он …», «Это …», «Эти …», «В его рамках …»,
 * a pool item's second sentence run in as its first) or names its thing
 * with «этот» («… последствий этой катастрофы», ru_kremlin_16). Not «такой» inside the sentence,
 * which points within it («… коммерческих судов … досмотра таких судов», ru_kremlin_07).
 */
export const RU_LEAD_POINTS_BACK =
  /^(?:Он|Она|Оно|Они|Его|Её|Их|Это|Этот|Эта|Эти|Такой|Такая|Такое|Такие)(?!\p{L})|^(?:В|Во|На|По|Для|С|Со|Из|При|О|Об|К|У|От|За|Под|Над|После|До)\s+(?:его|её|ее|их|него|неё|нее|них|нём|нем|ней|нему|ним)(?!\p{L})|(?<!\p{L})(?:этот|эта|эти|этого|этому|этой|эту|этим|этими|этих|этом)(?!\p{L})/iu;

/** «в этом году», «на этой неделе»: the time of the news, not a thing said before. */
const IN_THIS_TIME = /(?<!\p{L})(?:в|на)\s+(?:этом|этой|эту)\s+(?:году|месяце|неделе|неделю)(?!\p{L})/giu;

/** Why `text` is no lead (null when it may lead). */
export function ruNotLead(text: string): string | null {
  if (RU_GREETING.test(text)) return 'a greeting or a wish';
  if (ruPointsBack(text.replace(IN_THIS_TIME, ''), RU_LEAD_POINTS_BACK))
    return 'it points back to a sentence before it';
  return RU_NOT_LEAD.find((r) => r.re.test(text))?.why ?? null;
}

/**
 * Speech or a quotation: a turn, or a sentence inside a quotation (core's reading), unless the
 * only marks are a name's guillemets («Путешествие по России», «Черноморской инициативы»).
 */
const speech = (p: Candidate): boolean =>
  !!p.speaker ||
  (!!p.quoted && (/[“"]/u.test(p.text) || /«(?:[^»\s]+\s+){3,}[^»]*»/u.test(p.text) || !/[«“"]/u.test(p.text)));

const flat = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[«»"“”.,!?:;–—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The fewest words a Russian sentence of a version has: four (English five). Russian words run
 * longer, and a readout's news may be four of them: «Обсуждалось развитие оборонно-промышленного
 * комплекса.» (ru_kremlin_13, whose versions led with who gave the reports instead).
 */
export const RU_MIN_WORDS = 4;

/** How many of the release's first candidates the lead may move to. */
const LEAD_WITHIN = 6;

/**
 * The candidates once each, the chair giving the floor left out (`RU_GIVES_FLOOR`), greetings
 * left out when three or more news sentences stand without them, and the lead the first news sentence (no speech, no quotation) within the release's first
 * `LEAD_WITHIN` candidates; when none is, the lead stays.
 */
export function ruNewsFirst<T extends Candidate>(all: T[]): T[] {
  const seen = new Set<string>();
  let out = all.filter((p) => {
    const k = flat(p.text);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (out.some((p) => !givesFloor(p.text))) out = out.filter((p) => !givesFloor(p.text));
  const news = out.filter((p) => !RU_GREETING.test(p.text) && !ruNotLead(p.text));
  if (news.length >= 3) out = out.filter((p) => !RU_GREETING.test(p.text));
  if (out.length === 0) return out;
  const lead = out.find((p) => p.role === 'lead') ?? out[0]!;
  if (!ruNotLead(lead.text) && !speech(lead)) return out;
  const next = out.slice(0, LEAD_WITHIN).find((p) => p !== lead && !speech(p) && !ruNotLead(p.text));
  // a turn may lead a transcript that has nothing else, but not a question or a greeting
  // (nor a sentence from inside a quotation, no marks of its own, when the lead is what says whose
  // words they are: «В послании Президента, в частности, говорится: «…» before «Отрадно, что …»,
  // kremlin.ru's Uraza Bayram message, a blind reading, seed 31337, led unattributed)
  const bare = (p: T): boolean => !!p.quoted && !p.speaker && !/[«“"]/u.test(p.text);
  const intro = /:\s*[«“"]/u.test(lead.text);
  const turn = next
    ? undefined
    : out.slice(0, LEAD_WITHIN).find((p) => p !== lead && !ruNotLead(p.text) && !(intro && bare(p)));
  const to = next ?? (ruNotLead(lead.text) ? turn : undefined);
  if (!to) return out;
  lead.role = 'detail';
  to.role = 'lead';
  to.score = Math.max(to.score, lead.score);
  lead.score -= 4;
  return out;
}

/** The lines an SMS may draw on: none that points back, none a bare quotation (all of them when every line is one). */
export function ruSmsLines(lines: readonly string[]): string[] {
  // (nor a quotation that says not whose it is, «И потому Ураза-байрам широко отмечается …», when a
  // line says it: an SMS is one line, read alone; a blind reading, seed 31337)
  const own = lines.filter((l) => !ruPointsBack(l) && !/^«[^«»]+»[.!?…]?$/u.test(l.trim()));
  return own.length > 0 ? own : [...lines];
}
