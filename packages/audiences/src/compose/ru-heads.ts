/**
 * Whether a Russian piece of text stands as a sentence of a version, read with the OpenCorpora
 * morphology (`loadRussianMorphology`; without it only the marks are read):
 * - `ruFragment`: the kremlin.ru page's "Дополнительно" block of related links ("Дополнительно
 *   Указ о присуждении премий … 24 марта 2025 года"), a link title run into the text ("Выступление
 *   на церемонии открытия съезда «Движения первых» 26 марта 2025 года": no finite verb, no final
 *   mark), or with the morphology any text without a predicate (a finite verb, a short participle
 *   or adjective, a predicative, or a dash standing for "это");
 * - `ruWholeHead`: a sentence cut short (sms.ts's heads) that still says who did what: it has a
 *   predicate and does not end on a word that asks for more (a verb or an infinitive waiting for
 *   its object, "договорились.", "готовность содействовать."; a preposition, a conjunction, a
 *   particle; an adjective without its noun; a number cut from its noun).
 */
import { russianMorphology, type RuParse } from '@attache/core';

const RELATED = /^(?:Дополнительно|Читайте также|Смотрите также|См\. также)\s+\p{Lu}/u;
/**
 * The rest of kremlin.ru's page run into the text: a decree's file («Указ № 179 pdf, 53.2 кБ») or
 * the block of related links after a link title («… 26 марта 2025 года Дополнительно Указ …»).
 */
export const ATTACHMENT =
  /(?<!\p{L})pdf,\s*[\d.,]+\s*[кМ]Б(?!\p{L})|\d{4}\s+года\s+(?:Дополнительно|Смотрите также|Читайте также)(?!\p{L})/u;

const MONTH = '(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)';
/**
 * kremlin.ru's block of links to related pages, run into the text by the scraper: an opener
 * («Дополнительно», «Читайте также»), then each page's title and date («Поездка в Волгоград 29
 * апреля 2025 года»), a date followed by the next title, the text or the end (a date followed by
 * a comma is a sentence's: «Центр был открыт 1 марта 2023 года, с июля …» stays).
 */
const LINK_TITLES = new RegExp(
  `(?:Дополнительно|Читайте также|Смотрите также|См\\. также)(?:\\s+[^!?]{3,300}?\\s\\d{1,2}\\s${MONTH}\\s\\d{4}\\sгода(?=\\s+\\p{Lu}|\\s*$))+`,
  'gu',
);

/** `text` with kremlin.ru's related-page titles blanked by spaces of the same length (every offset stays valid). */
export function blankLinkTitles(text: string): string {
  if (!/Дополнительно|также/u.test(text)) return text;
  return text.replace(LINK_TITLES, (m) => ' '.repeat(m.length));
}
const WORD = /[\p{L}\p{N}][\p{L}\p{N}-]*/gu;

const likely = (ps: readonly RuParse[]): RuParse[] => {
  const top = ps[0]?.score ?? 0;
  return ps.filter((p) => p.score >= Math.min(0.2, top));
};

/** A word that can be the predicate of a clause. */
function predicate(word: string): boolean {
  const m = russianMorphology()!;
  return likely(m.parse(word)).some(
    (p) =>
      (p.pos === 'VERB' && p.mood !== 'impr') ||
      p.pos === 'PRTS' ||
      p.pos === 'ADJS' ||
      p.pos === 'PRED' ||
      /^(?:есть|нет)$/u.test(p.word),
  );
}

export function ruFragment(text: string): boolean {
  const t = text.trim();
  if (RELATED.test(t) || ATTACHMENT.test(t)) return true;
  const m = russianMorphology();
  if (!m) return false;
  // a title of a linked page: no final mark and a date at the end (before the dash below: «Международный
  // форум «Арктика – территория диалога» 27 марта 2025 года», kremlin.ru pool, news/76560)
  if (!/[.!?…»")]$/u.test(t) && /\d{4}\s+года$/u.test(t)) return true;
  if (/\s[–—]\s/.test(t)) return false; // "Россия – наш дом": a dash for the verb
  // speech keeps its own shape ("«Спасибо!»"); names and numbers alone are no sentence
  if (/^[«"“]/u.test(t)) return false;
  const words = t.match(WORD) ?? [];
  if (words.length === 0) return true;
  // the first word may be the verb ("Обсуждалась также тема …"); later capitals are names
  return !words.some((w, i) => (i === 0 || /^\p{Ll}/u.test(w)) && predicate(w.toLowerCase()));
}

/** The last word of a head asks for more: the head is cut inside a phrase. */
function dangling(word: string): boolean {
  const m = russianMorphology()!;
  const ps = likely(m.parse(word));
  if (ps.length === 0) return /\d$/.test(word);
  // a noun or a pronoun reading settles it ("вопросам", "мнениями", "их")
  if (ps.some((p) => p.pos === 'NOUN' || p.pos === 'NPRO' || p.pos === 'ADVB')) return false;
  return ps.some((p) => /^(?:VERB|INFN|PREP|CONJ|PRCL|ADJF|PRTF|NUMR|GRND)$/.test(p.pos ?? ''));
}

const pos = (w: string | undefined): Set<string> =>
  new Set(likely(russianMorphology()!.parse(w ?? '')).map((p) => p.pos ?? ''));

/**
 * Whether leaving out `tail` leaves `body` whole: the tail is no clause the body asks for
 * ("наступило время, | чтобы …"), names no person the body is about ("заслушали … представитель
 * Президента | в … округе Юрий Трутнев"), and does not go on with a list or a participial
 * phrase the body started ("выставку, посвящённую достижениям, | культурным …", "инициативы»,
 * включающей обеспечение | в Черном море безопасности …").
 */
function cutWell(body: string, tail: string): boolean {
  if (/^,?\s*(?:чтобы|что|как|ли|когда|где|куда|откуда|если)(?!\p{L})/u.test(tail)) return false;
  // "чтить героев … наравне | с российскими братьями по оружию" (ru_kremlin_14): the adverb opens
  // a compound preposition, its noun is in the tail
  const lastWord = body.match(/[\p{L}-]+$/u)?.[0]?.toLowerCase() ?? '';
  if (COMPOUND_PREPOSITION.get(lastWord)?.test(tail)) return false;
  // a verb that asks for its preposition's phrase: «поздравил Сирила Рамафозу и весь
  // южноафриканский народ | с предстоящим … праздником» (kremlin.ru pool, news/76737: the notice
  // said whom, not on what), «поблагодарил … | за …», «пригласил … | в …»
  const asked = /^\s*(со?|за|в|во|на)(?!\p{L})/u.exec(tail)?.[1];
  if (asked) {
    const m0 = russianMorphology()!;
    const near = (body.match(WORD) ?? []).slice(-8);
    if (near.some((w) => ASKS_PHRASE.get(m0.parse(w.toLowerCase())[0]?.lemma ?? '')?.test(asked))) return false;
  }
  // "тезисов | о том, что …": what the noun says is in the tail
  if (/^\s*(?:о|об|в|на|с|за|к|по)\s+(?:том|тем|то|того|тому)(?!\p{L})/u.test(tail)) return false;
  // a dash opens what the head asks for («Основная тема | – результаты …»), except a closing
  // apposition with no predicate of its own, which names again what the last noun is («… и зону
  // адаптации | – демонстрационно-тренировочное пространство.», ru_kremlin_04)
  // (so does a closing «– всех, кто …», «– тех, кто …»: the relative clause is the apposition's own,
  // «… ветеранов, личный состав … Вооружённых Сил России | – всех, кто получил суровую боевую …
  // закалку …», kremlin.ru's greeting on Defender of the Fatherland Day)
  if (
    /^\s*[–—-]/u.test(tail) &&
    !(/^\s*[–—]\s\p{Ll}[^–—]*$/u.test(tail) && ruFragment(tail.replace(/^\s*[–—]\s*/u, ''))) &&
    !/^\s*[–—]\s(?:всех|всем|всеми|все|тех|тем|теми|те),\s(?:кто|что|которые|которых|кому)\s[^–—]*$/u.test(tail)
  )
    return false;
  // a verbal noun right after its preposition asks for what it governs: «до вступления | в должность»
  if (
    /(?<!\p{L})(?:до|после|для|без|при|целях|целью)\s+\p{L}+(?:ни|ти)(?:е|я|ю|ем|и)$/iu.test(body) &&
    /^\s*(?:в|во|на|с|со|к|о|об)\s/u.test(tail)
  )
    return false;
  const m = russianMorphology()!;
  const tw = tail.match(WORD) ?? [];
  for (let i = 0; i + 1 < tw.length; i++)
    if (/^\p{Lu}/u.test(tw[i + 1]!) && m.parse(tw[i]!).some((p) => /\bName\b/.test(p.tag))) return false;
  if (/^\s*,/.test(tail)) {
    // after a comma only a new clause or phrase may be left out: a relative, a conjunction, a participle, a gerund
    const first = tw[0];
    const ps = pos(first);
    // «до вступления в должность лица, | избранного Губернатором»: the phrase says which person
    if (ps.has('PRTF') && /(?<!\p{L})(?:лиц[оаеу]?|лицами|лицом|тех|того|тем|те)$/iu.test(body)) return false;
    return /^котор/iu.test(first ?? '') || ps.has('CONJ') || ps.has('PRTF') || ps.has('GRND');
  }
  // cut inside a segment: not inside a participial or gerund phrase the segment opens
  const seg = body.slice(body.lastIndexOf(',') + 1).match(WORD) ?? [];
  const ps = pos(seg[0]);
  return !(body.includes(',') && (ps.has('PRTF') || ps.has('GRND')));
}

/** Verbs whose phrase with a preposition says what the act was (by lemma): the preposition they ask for. */
const ASKS_PHRASE = new Map<string, RegExp>([
  ['поздравить', /^со?$/u],
  ['поздравлять', /^со?$/u],
  ['поблагодарить', /^за$/u],
  ['благодарить', /^за$/u],
  ['пригласить', /^(?:в|во|на)$/u],
  ['приглашать', /^(?:в|во|на)$/u],
]);

/**
 * Adverbs that open a compound preposition («наравне с», «наряду с», «вместе с», «вплоть до»,
 * «независимо от»), each with the preposition it takes: a head cut between them ends mid-phrase.
 */
const COMPOUND_PREPOSITION = new Map<string, RegExp>([
  ...['наравне', 'наряду', 'вместе', 'совместно', 'рядом', 'одновременно', 'сообразно', 'соразмерно'].map(
    (w) => [w, /^\s*со?(?!\p{L})/u] as const,
  ),
  ...['вплоть'].map((w) => [w, /^\s*до(?!\p{L})/u] as const),
  ...['независимо', 'вдали', 'вблизи', 'недалеко', 'неподалёку', 'неподалеку', 'отдельно', 'справа', 'слева'].map(
    (w) => [w, /^\s*от(?!\p{L})/u] as const,
  ),
  ...['вслед', 'следом'].map((w) => [w, /^\s*за(?!\p{L})/u] as const),
  ...['соответственно', 'применительно', 'параллельно'].map((w) => [w, /^\s*(?:к|со?)(?!\p{L})/u] as const),
  // prepositions the dictionary may read as adverbs: their noun follows at once
  ...['согласно', 'вопреки', 'навстречу'].map((w) => [w, /^\s*\p{L}/u] as const),
]);

/** A title's head or complement, after which the name follows ("… представитель Президента | в … Юрий Трутнев"). */
const TITLE_WORD =
  /^(?:президент|председател|министр|министерств|руководител|правительств|администраци|представител|заместител|губернатор|помощник|советник|посол|директор|глав|секретар|мэр|маршал|генерал|полковник|подполковник)\p{L}*$/iu;

/**
 * A head of a Russian sentence that a version may publish in the sentence's place; `full`, the
 * sentence it was cut from, says what the cut left out: not a clause the head's last word asks
 * for ("наступило время, | чтобы наши страны работали вместе"), not what a list after a colon
 * names ("сопровождали: …", "постановляю: 1. …").
 */
export function ruWholeHead(head: string, full?: string): boolean {
  const m = russianMorphology();
  if (!m) return false;
  const words = head.match(WORD) ?? [];
  const last = words.at(-1);
  if (words.length < 4 || !last || /\d/.test(last) || /:/.test(head)) return false;
  // "обратил внимание." asks for "на что"
  if (dangling(last) || TITLE_WORD.test(last) || /^внимани[еяю]$/iu.test(last)) return false;
  // a clause cut right after its conjunction or relative word: «… – в месте, где.» (kremlin.ru
  // pool; the dictionary reads «где» as an adverb, which «dangling» lets stand)
  if (
    /^(?:где|куда|откуда|когда|что|чтобы|если|как|пока|хотя|ли|который|которая|которое|которые|которого|которой|которых|которым|которую)$/iu.test(
      last,
    )
  )
    return false;
  const body = head.replace(/[.!?…]$/u, '');
  if (full !== undefined && full.startsWith(body) && !cutWell(body, full.slice(body.length))) return false;
  // a clause the head opens has its own predicate: "Подчёркнуто, что ключевым условием для
  // недопущения эскалации конфликта и работы." was cut before "должно стать" (ru_kremlin_05)
  const sub = [...body.matchAll(/(?:^|,\s*|\s)(?:что|чтобы|котор\p{L}+|где|когда|если)\s/giu)].at(-1);
  if (sub && ruFragment(`${body.slice(sub.index + sub[0].length)}.`)) return false;
  return !ruFragment(head);
}

/** `ruWholeHead` when the morphology is loaded; without it every head stands (the marks alone were read before). */
export const ruHeadStands = (head: string, full: string): boolean => !russianMorphology() || ruWholeHead(head, full);

/**
 * A Russian sentence that points back to the one before it: it opens with a pronoun ("Она носит
 * …") or with a preposition and a possessive one («В его рамках ведётся строительство …»,
 * kremlin.ru pool, news/76559: after a sentence on the port, «его» read as the port's), it says
 * «того же» («С июля того же года он …», ru_kremlin_04), or it names its thing with a
 * demonstrative or "такой" ("откликнулся на эту инициативу", "по этому поводу", "деталей такой
 * договорённости"). Without the sentence before it, the reader takes another noun for it.
 */
export const RU_POINTS_BACK =
  /^(?:Он|Она|Оно|Они|Его|Её|Их|Это|Этот|Эта|Эти)(?!\p{L})|^(?:В|Во|На|По|При|Для|С|Со|Из|За|Под|Помимо|Кроме)\s+(?:его|её|их)(?!\p{L})|(?<!\p{L})(?:того|той|тех|тому|тем|том)\s+же(?!\p{L})|(?<!\p{L})(?:этот|эта|эти|этого|этому|этой|эту|этим|этими|этих|этом|такой|такая|такое|такие|такого|такому|такую|таким|такими|таких|таком)(?!\p{L})/iu;

/**
 * Whether a Russian sentence points back (`re`, by default `RU_POINTS_BACK`), but for "this
 * document" said of the treaty, the agreement or the text the sentence itself named first:
 * «Никол Пашинян сообщил о завершении согласования текста мирного договора … и о готовности
 * Еревана подписать этот важный документ» (kremlin.ru pool item 121, a blind reading: the peace
 * treaty, the call's news, was no lead, and the versions led with a Victory Day invitation).
 * «… последствий этой катастрофы» still points back.
 */
export function ruPointsBack(text: string, re: RegExp = RU_POINTS_BACK): boolean {
  const m = re.exec(text);
  if (!m) return false;
  const document = /^(?:этот|этого|этому|этим|этом)\s+(?:\p{L}+\s+)?документ/iu.test(text.slice(m.index));
  const named = /(?<!\p{L})(?:договор|соглашени|меморандум|деклараци|конвенци|текст)\p{L}*/iu.test(
    text.slice(0, m.index),
  );
  return !(m.index > 0 && document && named);
}

/**
 * A turn's sentence (speech, "В.Путин: «…»." as a version writes it) that points back: it opens
 * with a pronoun standing for something said before it, or has a third-person pronoun after a
 * preposition («с ним», «о них»: those forms are never anything else). Narrower than
 * `RU_POINTS_BACK`: "этот год", "такие проекты" in speech point nowhere.
 */
export const RU_TURN_POINTS_BACK =
  /(?:^|«|")(?:Он|Она|Оно|Они|Его|Её|Их|Ему|Ей|Им|Это)(?!\p{L})|(?<!\p{L})(?:с|со|о|об|обо|к|ко|у|от|для|без|про|при|на|за|перед|между|над|под)\s(?:ним|ней|ними|нём|него|неё|них|нею)(?!\p{L})/iu;

/**
 * A kremlin.ru announcement (9 of the 200 pool items) opens with the page's section word and its
 * title run into the text: «События 7 мая состоятся российско-венесуэльские переговоры 7 мая
 * Владимир Путин провёдет …» (news/76854), «События 10 мая Владимир Путин проведёт переговоры с
 * … То Ламом Анонс на 10 мая 2025 года Добавить в Календарь Календари Яндекс iCal Google По
 * приглашению …». `text` with the section word blanked, the title too when the text says it again
 * (the title's date opens the next sentence), and the calendar line («Анонс на … года», «Добавить
 * в Календарь …») blanked with a full stop that ends the title before it when nothing ends it.
 * Same length: every offset stays valid.
 */
export function blankAnnouncement(text: string): string {
  const head = /^События\s+/u.exec(text);
  if (!head) return text;
  const blank = (s: string, from: number, to: number, stop = false): string =>
    s.slice(0, from) + (stop ? '.' : ' ') + ' '.repeat(to - from - 1) + s.slice(to);
  let out = blank(text, 0, head[0].length);
  const date = /^(\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+\p{Ll}+)\s/u.exec(text.slice(head[0].length))?.[1];
  if (date) {
    const again = text.indexOf(` ${date} `, head[0].length + date.length);
    // (right after the title: no sentence ends and no calendar line comes between; «Председатель
    // КНР Си Цзиньпин 7–10 мая посетит …» says the date again inside the next sentence)
    if (again > 0 && again < 400 && !/[.!?]|Анонс/u.test(text.slice(0, again)))
      out = blank(out, head[0].length, again + 1);
  }
  const cal = /\s+Анонс на [^.!?]{3,30}?\d{4}\s+года(?:\s+Добавить в Календарь Календари Яндекс iCal Google)?/u.exec(
    out,
  );
  if (cal && cal.index < 600)
    out = blank(out, cal.index, cal.index + cal[0].length, !/[.!?»]\s*$/u.test(out.slice(0, cal.index)));
  return out;
}
