/**
 * Anatomy: the parts of a release, found in the prose after the source layer (so one reading
 * serves plain text, Markdown and HTML). Offsets are into `Prose.text`; `analyze` maps them to the
 * original input.
 *
 * What is found, and how (`by`):
 * - `title`: the first block when it is a heading or a short line without sentence punctuation
 *   followed by more text (`first-heading`, `first-line`), unless it reads as a dateline or byline;
 *   words without a sentence end glued before the first Russian speaker label of the body
 *   (`heading-before-label`); a kremlin.ru event heading glued to the first sentence ("Пленарное
 *   заседание съезда РСПП На повестке дня – …": `heading-before-sentence`).
 * - `dateline`: short lines at the head of the text that name a place ("Washington, DC",
 *   "Москва, Кремль": `place`), a venue ("Treaty Room": `venue`), a date or time (`date`, `time`),
 *   "Via Teleconference" (`remote`), or any other short line between the title and the body
 *   (`head-line`).
 * - `byline`: "The following is attributable to …", "The below is attributable to …"
 *   (`attributable-to`), "Office of the Spokesperson" (`office`), "The text of the following
 *   statement was released by …", "The following is being released jointly by …", "The following is the text of a joint statement …", "The
 *   governments of Canada, …, and the United States have issued the following joint statement."
 *   (`statement-released-by`), "Antony J. Blinken, Secretary of State" and "SECRETARY ANTONY J.
 *   BLINKEN" at the head (`name-title`).
 * - `speech`: one speaker's turn, from its label to the next label (or to agreed text, a contact,
 *   boilerplate, a heading, a "* * *" separator or the end). Labels: at the start of a block,
 *   "SECRETARY BLINKEN:", "QUESTION:", "MR PRICE:", "Mr. Gonzalez:", "Assistant Secretary
 *   Nichols:", "Deputy Secretary of State Sherman:"; in a dialogue, where two speakers each open two
 *   or more turns, also names with or without a title after a comma, "Alexandra de Hoop Scheffer:",
 *   "Irene Braam, Executive Director of the Bertelsmann Foundation:" (`speaker-label`); in Russian also inside a block after a sentence end, "В.Путин:",
 *   "М.Диас-Канель Бермудес (как переведено) :", "Вопрос:", "Реплика:" (`speaker-label`). A
 *   "(Via interpreter)" after the colon belongs to the label. Capitals followed by a colon are a
 *   label only when they hold a role or title word, or when the turn is a sentence of six or more
 *   words: "VESSEL NAME: Hong Kong Star" is a field, not a speaker. Remarks published with no
 *   label, whose body opens as speech ("Good afternoon. Thank you for being here.", "Thank you
 *   very much, Madam President", "I’m pleased to welcome you all to …"), are one turn from the body's start (`spoken-opening`). A block
 *   that is only an English lead-in ending "said:" ("Road Safety Minister Robert Goodwill said:",
 *   "British High Commissioner to Pakistan, Jane Marriott CMG OBE, said:": GOV.UK's layout, whose
 *   blockquote a text export loses) opens that person's turn: the next block, and the blocks after
 *   it while they speak in the first or second person ("I", "we", "our", "you"), as a speech
 *   does; the first block in the office's third-person voice ("The next step is …") ends it
 *   (`said-lead-in`).
 * - `agreed-text`: between "Begin text:" and "End text." (`begin-text`; to the end of the text
 *   when "End text." is missing); after "The text of the following statement was released by …"
 *   when no "Begin text:" follows (`statement-released-by`); after "Текст Указа:" (`decree-text`);
 *   the body of a text whose title is a joint statement, communiqué or declaration
 *   (`joint-statement-title`); the body of a joint statement with no lead-in, whose first sentence
 *   has the signatories as its subject ("We, the Foreign Ministers of …", "The undersigned members
 *   of …", "The Friends of Sudan call on …", "Canada, France, Germany, …, as members of …":
 *   `joint-statement-opening`); a body that opens with numbered points "1. … 2. …" (`numbered-points`); a body that calls itself
 *   "this joint statement" or says "We are joined by A, B, C …" (`joint-statement-self`);
 *   a long «Указ …» quoted whole (`quoted-decree`). The markers
 *   themselves are `boilerplate` (`begin-text-marker`, `end-text-marker`).
 * - `contact`: a block that starts "For further information", "For more information", "For additional information", "For
 *   media inquiries", "For any questions", "Please submit any media inquiries", "Media contact", "Press contact", "Contact:", "Для справок", "Контакты" (`contact-line`).
 * - `boilerplate`: "Notes to editors" and everything after it (`notes-to-editors`), "###" and
 *   "-30-" (`end-mark`), "* * *" (`separator`), "***THE DAILY PUBLIC SCHEDULE …***" (`banner`),
 *   "Смотрите также …" to the end of its block (`see-also`); two or more metadata lines opening
 *   the text, each a known field name and a value ("Source: https://…", "Date: 2022-03-21",
 *   "Licence: …", "Источник: …": `header-fields`), as CMS exports and wire feeds put above a release; HTML navigation, footers and asides
 *   come from the source layer (`html:nav` …).
 *
 * Every scan is linear in the prose length: regular expressions are anchored at block starts or
 * run with bounded quantifiers.
 */
import { russianMorphology } from '../morph/ru.js';
import type { Prose, ProseBlock, ProseRegion } from './types.js';

// ------------------------------------------------------------------ patterns

const TERMINAL = /[.!?…]["'”’»)\]]*$/u;
/** A block that only introduces the next one as someone's words: "Prime Minister Theresa May said:" (the speaker captured). */
const SAID_LEAD_IN =
  /^([\p{Lu}][^!?:;\n]{2,160}?)[ \u00a0](?:said|says|added|adds|commented|comments|explained|stated|told [\p{L} ]{1,40}):$/u;
/** A full stop that ends a sentence (not an initial's or a title's: "Antony J. Blinken", "Mr. Price"). */
const SENTENCE_END_INSIDE =
  /(?<!(?:^|[\s.])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sen|Rep|Gov|Amb|Prof|Hon))[.!?][ \u00a0]+\p{Lu}/u;
/** The first or second person of someone speaking, not the office's third-person prose. */
const SPOKEN_PERSON = /\b(?:I|I’m|I'm|I’ve|we|We|we’re|We’re|our|Our|us|my|My|you|You|your|Your)\b/u;
const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTHS_RU = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
const DATE = new RegExp(
  `^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:(?:${MONTHS_EN})\\.? \\d{1,2},? \\d{4}|\\d{1,2} (?:${MONTHS_EN}) \\d{4}|\\d{1,2} (?:${MONTHS_RU}) \\d{4}(?: (?:года|г\\.))?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})$`,
  'iu',
);
const TIME = /^\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s+[A-Z]{2,4})?$/iu;
const REMOTE = /^(?:via (?:tele|video)conference|virtual(?: meeting)?|by (?:phone|video))$/iu;
const PLACE = /^[\p{Lu}][\p{L}.'’-]*(?: [\p{L}.'’-]+){0,3}(?:, [\p{Lu}][\p{L}.'’-]*(?: [\p{L}.'’-]+){0,3}){1,2}$/u;
const VENUE =
  /\b(?:Room|Hall|Hotel|Headquarters|Center|Centre|Residence|Building|House|Palace|Embassy|Consulate|Ministry|Auditorium|Base|Hub|Airport|Museum|University|Institute|Chancellery|Kremlin|Кремль|резиденция|Дом|зал)(?![\p{L}\p{N}])/u;
// No word boundary at the end: scraped bylines run words together ("Assistant SecretaryBureau of …").
const ROLE_EN =
  /\b(?:Secretary|Spokesperson|Spokesman|Ambassador|Administrator|Director|Minister|President|Coordinator|Envoy|Counselor|Adviser|Advisor|Chief|Representative|Deputy|Officer|Chair|Commissioner|Bureau|Governor|Senator|Prince|King|Queen|Emir|Chancellor)/u;
const ATTRIBUTABLE = /^the (?:below|following|above) (?:statement |readout )?is attributable to\b/iu;
const OFFICE = /^(?:the )?office of the spokesperson$/iu;
const RELEASED_BY =
  /^(?:the (?:text of the )?following (?:joint |trilateral |quadrilateral )?(?:statement|communiqu[eé]|declaration|text) (?:was|is) (?:released|issued|agreed|adopted|signed)\b|the following (?:joint |trilateral )?(?:statement |communiqu[eé] |declaration |text )?is being (?:released|issued)(?: jointly)? by\b|the following is the (?:text of (?:a|the) )?(?:joint |trilateral )?(?:statement|declaration|communiqu[eé])\b|the following (?:joint |trilateral )?(?:statement|declaration|communiqu[eé]) was (?:released|issued|agreed)\b|the (?:governments|leaders|foreign ministers|ministers|heads of delegation) of [^.:]{3,300}? (?:have |has )?(?:released|issued|adopted|agreed(?: on)?) the following (?:joint |trilateral |quadrilateral )?(?:statement|communiqu[eé]|declaration|text)\b)/iu;
/** The type of a release, printed above its byline: "Media Note", "Press Statement", "Remarks". */
const RELEASE_TYPE =
  /^(?:media note|press statement|press release|statement|remarks|readout|fact sheet|special briefing|department press briefing|interview|speech|op-ed|notice|заявление|пресс-релиз|стенограмма|новости)$/iu;
const BEGIN_TEXT = /^begin (?:text|quote)\s*[:.]?\s*/iu;
const END_TEXT = /^end (?:text|quote)\s*[.:]?$/iu;
const DECREE_TEXT = /^Текст (?:Указа|Распоряжения|Обращения|Заявления|Постановления)\s*:\s*/u;
const JOINT_TITLE =
  /^(?:joint (?:statement|declaration|communiqu[eé]|press statement)|(?:[\p{L}.-]+ ){0,6}joint (?:statement|declaration|communiqu[eé])|совместное заявление|декларация|коммюнике)(?![\p{L}\p{N}])/iu;
/** A joint statement with no lead-in, its signatories as the subject of the first sentence: "We,
 * the Foreign Ministers of …", "The undersigned members of the Media Freedom Coalition …", "The
 * Friends of Sudan call on …", "The Troika (Norway, the United Kingdom, and the United States) …",
 * "The members of the Troika (…) and the European Union extend …",
 * "Canada, France, Germany, Italy, …, and the European Union, as
 * members of the Friends of Sudan, welcome …" (three or more names and a comma-separated list). */
const SIGNATORY = "(?:the )?\\p{Lu}[\\p{L}’'.-]*(?: (?:of |the |and )?\\p{Lu}[\\p{L}’'.-]*){0,5}";
const JOINT_OPENING = new RegExp(
  '^(?:We, the\\b|The undersigned\\b|The (?:Friends|Group|Troika|Quint|Quad) of \\p{Lu}|The Troika \\(|The members of the (?:Troika|Quint|Quad|Friends of \\p{Lu}|Group of \\p{Lu})|The (?:Foreign |Defen[cs]e |Finance |Trade )?Ministers of (?:the )?\\p{Lu}|The (?:Governments|Leaders|Heads of State(?: and Government)?) of (?:the )?\\p{Lu}|' +
    // "Canada, France, …, and the European Union, as members of the Friends of Sudan, welcome …":
    // the signatories speak in the present tense (a release reporting them says "have committed").
    `${SIGNATORY}(?:, ${SIGNATORY}){2,},? and ${SIGNATORY},?(?: as (?:members|participants|signatories) of [^,.]{1,80},?)? (?:welcome|reiterate|call|condemn|express|affirm|reaffirm|urge|note|issue|join|commend|recognize|stand|support|share)\\b)`,
  'u',
);
/** A text that calls itself a joint statement ("This joint statement demonstrates that …"),
 * names the governments that joined it ("We are joined by Austria, Brazil, Colombia, …"), or
 * speaks for the parties in the present tense, as a communiqué does ("The parties consider …",
 * "The two sides agree …"; a release reporting them says "agreed"). */
const SELF_JOINT =
  /(?:^|[.!?]\s+)(?:This joint statement\b|We are joined (?:in this statement )?by (?:the )?\p{Lu}[^.]{0,80}, (?:the )?\p{Lu}[^.]{0,80}, |The (?:parties|participants|signatories|two sides|three sides|four sides) (?:consider|agree|intend|reaffirm|recognize|recognise|affirm|underline|underscore|commit|decide|express|call)\b)/u;
/** The opening of a speaker's own remarks with no speaker label ("Good afternoon. Thank you for
 * being here.", "What a perfect way to celebrate …", "Thank you very much, Madam President"):
 * remarks published as given, a turn of speech. */
const SPOKEN_OPENING =
  /^(?:Good (?:morning|afternoon|evening)\b|Thank you(?: (?:all|so much|very much|everyone))?[,.!]|Thanks(?: (?:so|very) much)?[,.!]|Hello\b|Hi,? (?:everyone|everybody|all)\b|Ladies and gentlemen\b|Dear (?:friends|colleagues|guests)\b|Excellenc(?:y|ies)\b|Distinguished (?:guests|delegates|colleagues|members)\b|(?:Mr\.?|Madam) (?:President|Chair(?:man|woman)?|Secretary|Speaker|Ambassador|Prime Minister)\b|What an? (?:perfect|great|wonderful|special) (?:way|day|pleasure|honor)\b|It[’']s (?:a|an) (?:great |real |special )?(?:pleasure|honor|privilege)\b|I[’']m (?:delighted|pleased|honored|glad|happy|thrilled) to be\b|I(?:[’']m| am) (?:delighted|pleased|honored|glad|happy|thrilled) to (?:welcome|join) (?:you|all of you|everyone)\b)/u;
const CONTACT =
  /^(?:for (?:further|more|additional) information\b|for (?:any |all )?(?:further |more |additional )?(?:media |press )?(?:questions|inquiries|enquiries|queries)\b|please (?:direct|send|submit) (?:any |all )?(?:media |press )?(?:questions|inquiries|enquiries|queries)\b|(?:media|press) (?:contacts?|inquiries|enquiries)\b|contacts?:|для справок(?!\p{L})|контакты(?!\p{L})|пресс-служба\s*:)/iu;
const NOTES = /^(?:notes? (?:to|for) editors?|editor['’]s notes?|примечани[ея] для редакторов)\s*:?$/iu;
const END_MARK = /^(?:#{3}|-\s?30\s?-|\*\*\*|—\s?30\s?—)$/u;
const SEPARATOR = /^(?:\* \* \*|\*\*\*)$/u;
const BANNER = /^\*{2,3}[^*]{3,80}\*{2,3}$/u;
const SEE_ALSO = /^Смотрите также(?!\p{L})/u;
/** One line of a metadata header ("Source: https://…", "Date: 2022-03-21", "Licence: …"), as a
 * CMS export, a wire feed or an e-mail puts above a release: a known field name, a colon, a value. */
const HEADER_FIELD =
  /^(?:source|publisher|title|headline|date|published|updated|release date|licen[cs]e|copyright|rights|obtained from|retrieved from|url|link|author|authors|byline|contact|media contact|press contact|embargo|embargoed until|for release|location|subject|tags|keywords|category|language|lang|id|ref|reference|department|agency|organi[sz]ation|office|phone|tel|e-?mail|website|note|notes|источник|издатель|заголовок|дата|опубликовано|обновлено|лицензия|автор|ссылка|контакты|рубрика|теги|ключевые слова|язык|примечание)[ \u00a0]*:[ \u00a0]*\S/iu;
/** Point 1 opening the body, point 2 after a clause end in the same block, or opening the next. */
const FIRST_POINT = /^1[.)][ \u00a0]+[\p{Lu}«"“]/u;
const NEXT_POINT = /(?<=[.;:!?»”)][ \u00a0]{1,3})2[.)][ \u00a0]+[\p{Lu}«"“]/u;
const SECOND_POINT = /^2[.)][ \u00a0]+[\p{Lu}«"“]/u;

/** English speaker labels in capitals, "(…)" before the colon allowed: "SENIOR STATE DEPARTMENT OFFICIAL ONE:". */
const CAPS_LABEL =
  /^([A-Z][A-Z0-9.'’-]*(?:[ \u00a0]+[A-Z0-9][A-Z0-9.'’-]*){0,7}(?:[ \u00a0]+\([^()\n]{1,40}\))?)[ \u00a0]?:(?=\s|$)/u;
/** Mixed-case English labels led by a title: "Mr. Gonzalez:", "Assistant Secretary Nichols:". */
const TITLE_LABEL =
  /^((?:Mr|Ms|Mrs|Dr)\.? [A-Z][\p{L}'’-]+|(?:(?:Deputy|Assistant|Under|Acting) )?(?:Secretary(?: General| of State)?|Ambassador|President|(?:Prime|Foreign) Minister|Minister|Spokesperson|Moderator|Operator|Question|Participant|Interpreter)(?: [A-Z][\p{L}'’-]+){0,3})[ \u00a0]?:(?=\s)/u;
/** A mixed-case label of a name, a title and a name, or a name and its title after a comma:
 * "Alexandra de Hoop Scheffer:", "Irene Braam, Executive Director of the Bertelsmann Foundation:",
 * "U.S. Deputy Secretary of State, Ambassador Wendy Sherman:". Read as a label only in a dialogue
 * (`dialogueLabels`): capitalised words before a colon open many an ordinary paragraph
 * ("Addressing the Climate Crisis: The Request has …"). */
const NAME_LABEL =
  /^((?:[A-Z][\p{L}'’.-]*|de|van|von|der|den|da|du|del|della|la|le|bin|ibn|al|el|of|the|for|and|on)(?: (?:[A-Z][\p{L}'’.-]*|de|van|von|der|den|da|du|del|della|la|le|bin|ibn|al|el|of|the|for|and|on)){1,7})(?:, (?:[^:!?\n.]|\.(?=\S)){1,120})?[ \u00a0]?:(?=\s)/u;
const CAPS_ROLE =
  /\b(?:QUESTION|MODERATOR|OPERATOR|PARTICIPANT|INTERPRETER|AUDIENCE|STAFF|MR|MS|MRS|DR|SECRETARY|SPOKESPERSON|AMBASSADOR|PRESIDENT|MINISTER|OFFICIAL|ADMINISTRATOR|DIRECTOR|CHAIR|CHAIRMAN|CHAIRPERSON|CHAIRWOMAN|GENERAL|ENVOY|COORDINATOR|COMMISSIONER|GOVERNOR|SENATOR|REPRESENTATIVE|PREMIER|KING|QUEEN|PRINCE|EMIR|SHEIKH|HIS|HER|MAYOR|COUNSELOR|ADVISOR|ADVISER|DEPUTY|CHIEF|HEAD|JUDGE|MINISTRY|PROFESSOR|REPORTER|JOURNALIST|MEMBER|CONGRESSMAN|CONGRESSWOMAN)\b/u;
/** After the label: "(Via interpreter)", "(In French.)", "(Off-mike.)" belong to the label when
 * they open the turn. */
const LABEL_NOTE =
  /^\s*\((?:via [^()\n]{1,30}|in [A-Z][a-z]{2,15}\.?|speaks in [A-Z][a-z]{2,15}\.?|as interpreted|interpreted)\)/iu;
const RU_ROLE_WORD = '(?:Вопрос|Реплика|Ответ|Голос из зала|Голоса из зала|Ведущий|Ведущая|Модератор)';
const RU_CLERIC = '(?:Патриарх|Митрополит|Архиепископ|Епископ|Раввин|Муфтий|Верховный муфтий) [А-ЯЁ][а-яё-]+';
/** Russian labels: "В.Путин:", "В.В.Путин:", "А.Бастрыкин Бастрыкин Александр Иванович председатель … :" (a
 * scraped tooltip before " :"), "М.Диас-Канель Бермудес (как переведено) :", "Вопрос:". */
const RU_LABEL_BODY =
  `(${RU_ROLE_WORD}|${RU_CLERIC}|` +
  `(?:[А-ЯЁA-Z]\\.\\s?){1,2}[А-ЯЁ][а-яёА-ЯЁ'’-]+(?:[ \\u00a0][А-ЯЁ][а-яё'’-]+)?` +
  `(?:[ \\u00a0](?=[^:]{0,160} :)[^.!?:;«»()\\n]{1,160}?)?` +
  `(?:[ \\u00a0]\\([^()\\n]{1,40}\\))?)[ \\u00a0]?:(?=\\s)`;
const RU_LABEL = new RegExp(`(?<=[.!?…»)\\]]\\s{1,3}|\\* \\* \\*\\s{1,3})${RU_LABEL_BODY}`, 'gu');
const RU_START = new RegExp(`^${RU_LABEL_BODY}`, 'u');
/** The strict form "В.Путин: Уважаемые …" (kremlin.ru also writes "В.Путин : …") is a label even
 * after a heading that lost its line break ("Вступительное слово Президента В.Путин: Добрый день",
 * "Начало переговоров в узком составе В.Путин : Уважаемый господин Президент"). */
const RU_STRICT = /(?<=\s)((?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)[ \u00a0]?:(?=\s{1,3}[А-ЯЁ«–—])/gu;

// ------------------------------------------------------------------ the pass

interface Block extends ProseBlock {
  text: string;
}

/** Finds the anatomy of `prose`. Returned regions are sorted by start and never overlap each other. */
export function detectAnatomy(prose: Prose): ProseRegion[] {
  const text = prose.text;
  const out: ProseRegion[] = [];
  const chrome = prose.regions.filter((r) => r.kind === 'boilerplate');
  const blocks: Block[] = [];
  for (const b of prose.blocks) {
    if (chrome.some((r) => r.start <= b.start && b.end <= r.end)) continue;
    blocks.push({ ...b, text: text.slice(b.start, b.end) });
  }
  if (blocks.length === 0) return out;

  // 0. A metadata header: two or more "Field: value" lines opening the text are not its prose.
  let k = 0;
  while (k < blocks.length && blocks[k]!.text.split(/\r?\n/u).every((line) => HEADER_FIELD.test(line))) k++;
  const fieldLines = blocks.slice(0, k).reduce((n, b) => n + b.text.split(/\r?\n/u).length, 0);
  if (fieldLines >= 2 && k < blocks.length)
    push(out, 'boilerplate', blocks[0]!.start, blocks[k - 1]!.end, 'header-fields');
  else k = 0;

  // 1. The head: title, datelines, bylines, up to the first block of body text.
  let title: string | undefined;
  /** Only release types ("Media Note") so far: the next unclassified line may still be the title. */
  let typesOnly = true;
  for (; k < blocks.length; k++) {
    const b = blocks[k]!;
    const t = b.text;
    const dl = datelineKind(t);
    // "Washington, D.C." ends with a full stop and is still a dateline.
    // So does a venue line in capitals ("THE WASHINGTON FOREIGN PRESS CENTER, WASHINGTON, D.C.").
    const headingLike =
      b.kind === 'heading' ||
      dl === 'place' ||
      (dl !== null && inCapitals(t)) ||
      (!TERMINAL.test(t) && t.length <= 200 && !/[\n\r]/u.test(t));
    if (ATTRIBUTABLE.test(t) || (OFFICE.test(t) && t.length < 40)) {
      push(out, 'byline', b.start, b.end, ATTRIBUTABLE.test(t) ? 'attributable-to' : 'office');
      continue;
    }
    if (RELEASED_BY.test(t)) break; // handled below with the agreed text it introduces
    if (!headingLike || speakerAt(t) !== null || BEGIN_TEXT.test(t) || isFurniture(t)) break;
    if (k === blocks.length - 1) break; // a lone line is the text itself
    if (/:\s*$/u.test(t)) break; // a lead-in to what follows ("… in:"), not a title
    const words = t.split(/\s+/u).length;
    if (RELEASE_TYPE.test(t)) {
      push(out, 'byline', b.start, b.end, 'release-type');
      continue;
    }
    const first = typesOnly && title === undefined;
    typesOnly = false;
    // A venue word in a Title Case headline ("Ministry Opens Three Schools") does not make it a
    // venue when the markup says it is the first heading: that is the title.
    if (dl === 'venue' && first && words > 1 && b.kind === 'heading') {
      push(out, 'title', b.start, b.end, b.kind === 'heading' ? 'first-heading' : 'first-line');
      title = t;
    } else if (dl) push(out, 'dateline', b.start, b.end, dl);
    else if (isNameTitle(t)) push(out, 'byline', b.start, b.end, 'name-title');
    else if (first && words > 1) {
      push(out, 'title', b.start, b.end, b.kind === 'heading' ? 'first-heading' : 'first-line');
      title = t;
    } else if (b.kind === 'list-item' || words > 12) break;
    else if (ROLE_EN.test(t)) push(out, 'byline', b.start, b.end, 'name-title');
    else push(out, 'dateline', b.start, b.end, 'head-line');
  }

  // 2. The body, block by block.
  let agreed: { start: number; by: string } | null = null;
  const closeAgreed = (end: number): void => {
    if (agreed && agreed.start >= 0 && end > agreed.start) push(out, 'agreed-text', agreed.start, end, agreed.by);
    agreed = null;
  };
  let turn: { start: number; labelEnd: number; speaker: string; end: number; by?: string } | null = null;
  const closeTurn = (): void => {
    if (turn)
      out.push({
        kind: 'speech',
        start: turn.start,
        end: turn.end,
        by: turn.by ?? 'speaker-label',
        speaker: turn.speaker,
        labelEnd: turn.labelEnd,
      });
    turn = null;
  };
  const bodyStart = k;
  if (title !== undefined && JOINT_TITLE.test(title) && bodyStart < blocks.length)
    agreed = { start: blocks[bodyStart]!.start, by: 'joint-statement-title' };
  else if (bodyStart < blocks.length && JOINT_OPENING.test(blocks[bodyStart]!.text))
    agreed = { start: blocks[bodyStart]!.start, by: 'joint-statement-opening' };
  else if (bodyStart < blocks.length && blocks.slice(bodyStart).some((b) => SELF_JOINT.test(b.text)))
    agreed = { start: blocks[bodyStart]!.start, by: 'joint-statement-self' };
  else {
    const points = numberedPoints(text, blocks, bodyStart);
    if (points !== null) agreed = { start: points, by: 'numbered-points' };
    else if (bodyStart < blocks.length && SPOKEN_OPENING.test(blocks[bodyStart]!.text)) {
      const b = blocks[bodyStart]!;
      turn = { start: b.start, labelEnd: b.start, speaker: '', end: b.end, by: 'spoken-opening' };
    }
  }
  const dialogue = dialogueLabels(blocks.slice(bodyStart));
  let prevEnd = bodyStart > 0 ? blocks[bodyStart - 1]!.end : 0;
  let notes = false;
  for (; k < blocks.length; k++) {
    const b = blocks[k]!;
    const t = b.text;
    if (notes) {
      push(out, 'boilerplate', b.start, b.end, 'notes-to-editors');
      continue;
    }
    // Furniture ends whatever was open.
    const furniture = furnitureKind(t, b.kind);
    if (furniture) {
      closeTurn();
      closeAgreed(prevEnd);
      if (furniture === 'notes-to-editors') notes = true;
      push(out, furniture === 'contact-line' ? 'contact' : 'boilerplate', b.start, b.end, furniture);
      prevEnd = b.end;
      continue;
    }
    if (RELEASED_BY.test(t) && k <= bodyStart + 2) {
      push(out, 'byline', b.start, b.end, 'statement-released-by');
      if (!agreed) agreed = { start: -1, by: 'statement-released-by' };
      else if (agreed.start === b.start) agreed.start = -1;
      prevEnd = b.end;
      continue;
    }
    const begin = BEGIN_TEXT.exec(t);
    if (begin) {
      closeTurn();
      closeAgreed(prevEnd);
      const markEnd = b.start + begin[0].trimEnd().length;
      push(out, 'boilerplate', b.start, markEnd, 'begin-text-marker');
      const rest = b.start + begin[0].length;
      agreed = { start: rest < b.end ? rest : -1, by: 'begin-text' };
      prevEnd = b.end;
      continue;
    }
    if (agreed && END_TEXT.test(t)) {
      closeAgreed(prevEnd);
      push(out, 'boilerplate', b.start, b.end, 'end-text-marker');
      prevEnd = b.end;
      continue;
    }
    const decree = DECREE_TEXT.exec(t);
    if (decree && !agreed) {
      closeTurn();
      push(out, 'boilerplate', b.start, b.start + decree[0].trimEnd().length, 'decree-text-marker');
      agreed = { start: b.start + decree[0].length, by: 'decree-text' };
    }
    if (agreed) {
      if (agreed.start < 0) agreed.start = b.start;
      // A "Смотрите также" tail inside the block ends the decree.
      const see = t.search(/Смотрите также(?!\p{L})/u);
      if (see > 0) {
        closeAgreed(trimEnd(text, b.start + see));
        push(out, 'boilerplate', b.start + see, b.end, 'see-also');
      }
      prevEnd = b.end;
      continue;
    }
    if (b.kind === 'heading') closeTurn();
    // A "said:" lead-in's turn goes on while the blocks speak in the first or second person.
    if (turn?.by === 'said-lead-in' && turn.end > turn.labelEnd && !SPOKEN_PERSON.test(t)) closeTurn();
    const lead =
      !turn && b.kind !== 'heading' && b.kind !== 'list-item' && t.length <= 200 ? SAID_LEAD_IN.exec(t) : null;
    if (lead && !SENTENCE_END_INSIDE.test(t) && /^\S+[ \u00a0,]+\S+[ \u00a0]/u.test(t)) {
      const speaker = lead[1]!.replace(/,?[ \u00a0]*$/u, '').replace(/,$/u, '');
      turn = { start: b.start, labelEnd: b.end, speaker, end: b.end, by: 'said-lead-in' };
      prevEnd = b.end;
      continue;
    }
    // Inside the block, in order: speaker labels (at its start; in Russian transcripts scraped
    // into one block, also after a sentence end), "* * *" separators and a "Смотрите также" tail.
    const events = eventsIn(text, b, dialogue);
    // kremlin.ru glues a heading to the first turn ("Владимир Путин и Эмомали Рахмон сделали
    // заявления для СМИ В.Путин: Уважаемый …"): words without a sentence end before the first
    // label of the body are that heading.
    const ev0 = events[0];
    if (k === bodyStart && title === undefined && !turn && ev0?.speaker !== undefined && ev0.start > b.start) {
      const head = text.slice(b.start, ev0.start);
      if (!/[.!?…]/u.test(head) && head.trim().split(/\s+/u).length <= 20)
        push(out, 'title', b.start, trimEnd(text, ev0.start), 'heading-before-label');
    }
    // It glues a heading to the first sentence as well ("Заявления по итогам российско-мьянманских
    // переговоров Владимир Путин и …", "Расширенное заседание коллегии МВД Встреча посвящена …").
    if (k === bodyStart && title === undefined && !turn && !out.some((r) => r.kind === 'title')) {
      const cut = gluedRuHeading(t);
      const firstLabel = events.find((e) => e.speaker !== undefined);
      if (cut !== null && (firstLabel === undefined || b.start + cut < firstLabel.start))
        push(out, 'title', b.start, trimEnd(text, b.start + cut), 'heading-before-sentence');
    }
    for (const ev of events) {
      if (turn) turn.end = trimEnd(text, ev.start);
      closeTurn();
      if (ev.speaker !== undefined) turn = { start: ev.start, labelEnd: ev.end, speaker: ev.speaker, end: b.end };
      else push(out, 'boilerplate', ev.start, ev.end, ev.by!);
    }
    if (turn) turn.end = b.end;
    prevEnd = b.end;
  }
  closeTurn();
  closeAgreed(prevEnd);

  // 3. Decrees and statements quoted whole inside the prose: «Указ Президента …» of 30+ words.
  for (const r of prose.regions) {
    if (r.kind !== 'quote' || r.end - r.start < 200) continue;
    const inner = text.slice(r.start + 1, Math.min(r.end, r.start + 40));
    if (!/^(?:Указ|Распоряжение|Совместное заявление|Декларация|Договор|Joint Statement|Declaration)\b/u.test(inner))
      continue;
    if (out.some((o) => o.start < r.end && r.start < o.end)) continue;
    push(out, 'agreed-text', r.start, r.end, 'quoted-decree');
  }

  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

/**
 * A body that opens with numbered points ("1. … 2. …", in one scraped block or on lines) is the
 * text the parties agreed, published as it is: kremlin.ru's "Основные итоги встречи экспертных
 * групп России и США" (pool item 76526: "1. В соответствии с договоренностью … 2. США будут
 * способствовать … Примечание : …") and the agreed list of objects under the moratorium (76534).
 * A release the office writes itself opens with a sentence, not with point 1.
 */
function numberedPoints(text: string, blocks: Block[], at: number): number | null {
  const first = blocks[at];
  if (!first) return null;
  // A list item's block starts after its marker: read the line from its start.
  const start = lineStart(text, first.start);
  const head = text.slice(start, Math.min(first.end, start + 4000));
  if (!FIRST_POINT.test(head)) return null;
  const next = blocks[at + 1];
  const second = next ? text.slice(lineStart(text, next.start), next.end) : '';
  return NEXT_POINT.test(head) || SECOND_POINT.test(second) ? start : null;
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

function push(out: ProseRegion[], kind: ProseRegion['kind'], start: number, end: number, by: string): void {
  if (end > start) out.push({ kind, start, end, by });
}

function trimEnd(text: string, pos: number): number {
  while (pos > 0 && /\s/u.test(text[pos - 1]!)) pos--;
  return pos;
}

const VENUE_SMALL = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'du', 'at', 'on', 'in']);

/** A line in capitals: letters, none of them lower case ("THE WASHINGTON FOREIGN PRESS CENTER"). */
function inCapitals(t: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);
}

/** A line in capitals as a title is written: each word capitalised, the rest lower case, small words lower. */
function titleCased(t: string): string {
  return t.replace(/\p{L}+/gu, (w, at: number) =>
    at > 0 && VENUE_SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w[0]! + w.slice(1).toLowerCase(),
  );
}

function datelineKind(t: string): string | null {
  if (t.length > 120) return null;
  // a dateline in capitals, as transcripts head their venue: read as if title-cased, with the venue
  // word closing the name ("… PRESS CENTER, WASHINGTON, D.C.", not "THE MINISTRY OPENED …")
  if (inCapitals(t)) {
    t = titleCased(t);
    const venue = VENUE.exec(t);
    if (venue && !/^(?:,|\.?$)/u.test(t.slice(venue.index + venue[0].length))) return null;
  }
  if (DATE.test(t)) return 'date';
  if (TIME.test(t)) return 'time';
  if (REMOTE.test(t)) return 'remote';
  if (PLACE.test(t) && t.split(/\s+/u).length <= 6 && !ROLE_EN.test(t)) return 'place';
  // "Washington D.C." without its comma, as some transcripts head their place
  if (/^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2} D\.\s?C\.?$/u.test(t)) return 'place';
  // A venue is a name: its words are capitalised ("Thomas Jefferson Room", "Hotel Bristol"), not a
  // sentence that mentions a ministry.
  const words = t.split(/\s+/u);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !VENUE_SMALL.has(w)).length;
  if (VENUE.test(t) && words.length <= 8 && lower === 0 && !/^office of\b/iu.test(t)) return 'venue';
  return null;
}

function isNameTitle(t: string): boolean {
  if (t.length > 200) return false;
  // "Antony J. Blinken, Secretary of State", "Molly Phee, Assistant SecretaryBureau of African Affairs"
  const comma = t.indexOf(',');
  if (
    comma > 0 &&
    comma < 60 &&
    /^[\p{Lu}][\p{L}.'’-]*(?: [\p{L}.'’-]+){1,6} ?$/u.test(t.slice(0, comma)) &&
    ROLE_EN.test(t.slice(comma))
  )
    return true;
  // "SECRETARY ANTONY J. BLINKEN", "DEPUTY SECRETARY WENDY R. SHERMAN"
  return /^[A-Z][A-Z .'’-]{3,80}$/u.test(t) && CAPS_ROLE.test(t) && !/\bQUESTION|MODERATOR|OPERATOR\b/u.test(t);
}

function isFurniture(t: string): boolean {
  return furnitureKind(t, 'paragraph') !== null;
}

function furnitureKind(t: string, kind: ProseBlock['kind']): string | null {
  if (CONTACT.test(t)) return 'contact-line';
  if (NOTES.test(t) && (kind === 'heading' || t.length < 40)) return 'notes-to-editors';
  if (END_MARK.test(t)) return SEPARATOR.test(t) ? 'separator' : 'end-mark';
  if (SEPARATOR.test(t)) return 'separator';
  if (BANNER.test(t)) return 'banner';
  if (SEE_ALSO.test(t)) return 'see-also';
  return null;
}

/** A speaker label at the start of `t`: [label length including any "(Via interpreter)", speaker]. */
/** The opening of a kremlin.ru event heading: an event noun, after at most two adjectives. */
const RU_EVENT_HEAD =
  /^(?:(?:Пленарное|Расширенное|Торжественное|Торжественная|Совместное|Совместная|Совместные|Международный|Международная|Рабочая|Рабочий|Официальная|Официальный|Государственный|Телефонный|Выездное|Очередное|Внеочередное|Итоговое|Итоговая|Общее|Большая|Прямая) ){0,2}(?:Встреча|Совещание|Заседание|Переговоры|Заявления|Заявление|Церемония|Вручение|Подписание|Разговор|Посещение|Беседа|Форум|Съезд|Конференция|Пресс-конференция|Поздравление|Открытие|Приём|Визит|Концерт|Выставка|Соболезнования|Коллегия|Линия|Брифинг)(?=[ \u00a0])/iu;
const RU_HEAD_GLUE = new Set(
  'в во на с со по к ко о об от до из у за под над при для без через между перед и а но или что как'.split(' '),
);

/**
 * Where kremlin.ru's heading glued to the first sentence ends, or null: the text opens with an
 * event heading ("Пленарное заседание съезда РСПП", "Вручение премий Президента …") and, before the
 * first sentence end and within 20 words, a lower-case word (not a preposition or conjunction), an
 * acronym or a closing quotation mark is followed by a capitalised word: the sentence starts there
 * ("… РСПП На повестке дня – …", "… переговоров Владимир Путин …"). In a name inside the heading
 * ("с Министром иностранных дел Китая Ван И") the cut may fall early; the heading is then shorter
 * than it is, never longer than the text before the sentence.
 */
function gluedRuHeading(t: string): number | null {
  if (!RU_EVENT_HEAD.test(t)) return null;
  // A sentence end is followed by a space: the full stop of an initial ("В.Путин") is not one.
  const stop = t.search(/[.!?…:;](?=[\s\u00a0]|$)/u);
  const head = stop < 0 ? t : t.slice(0, stop);
  const re = /[^\s\u00a0]+/gu;
  const words: { w: string; at: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(head)) !== null && words.length <= 21) words.push({ w: m[0], at: m.index });
  const morph = russianMorphology();
  let cut: number | null = null;
  for (let i = 2; i < Math.min(words.length, 21); i++) {
    const prev = words[i - 1]!.w;
    const w = words[i]!.w;
    // With the morphology: the heading has no finite verb ("… приняли участие Министр …" is the sentence).
    if (morph && morph.parse(prev.toLowerCase().replace(/[»”]+$/u, ''))[0]?.pos === 'VERB') break;
    if (!/^[А-ЯЁ][а-яё-]*$/u.test(w)) continue;
    const joins =
      (/^[а-яё-]+$/u.test(prev) && !RU_HEAD_GLUE.has(prev)) || /^[А-ЯЁ]{2,}$/u.test(prev) || /[»”]$/u.test(prev);
    if (!joins) continue;
    // A sentence opens with its subject or a preposition, not with a word that can only continue
    // the heading's noun phrase ("Церемония вручения государственных наград Российской Федерации").
    if (morph && !morph.parse(w.toLowerCase()).some((p) => p.case === 'nomn' || p.pos === 'PREP' || p.pos === 'CONJ'))
      continue;
    cut = words[i]!.at;
    // Without it, the first place will do; with it, the last one before a verb.
    if (!morph) break;
  }
  return cut;
}

function speakerAt(text: string): [number, string] | null {
  // A stray mark before the label ("`MR PRICE:", "*QUESTION:") is scraping debris: part of the label.
  const lead = /^[`*_]{1,2}/u.exec(text)?.[0].length ?? 0;
  const found = speakerAfter(lead > 0 ? text.slice(lead) : text);
  return found && [found[0] + lead, found[1]];
}

function speakerAfter(t: string): [number, string] | null {
  let m = CAPS_LABEL.exec(t);
  let speaker: string | undefined;
  if (m) {
    const label = m[1]!;
    const after = t.slice(m[0].length);
    if (/[A-Z]{2}/u.test(label) && (CAPS_ROLE.test(label) || isTurnSentence(after))) speaker = label;
  }
  if (speaker === undefined) {
    m = TITLE_LABEL.exec(t);
    if (m) speaker = m[1]!;
  }
  if (speaker === undefined || !m) {
    const r = RU_START.exec(t);
    if (!r) return null;
    m = r;
    speaker = cleanRu(r[1]!);
  }
  let end = m[0].length;
  const note = LABEL_NOTE.exec(t.slice(end));
  if (note) end += note[0].length;
  return [end, speaker];
}

function isTurnSentence(after: string): boolean {
  const head = after.slice(0, 400).trim();
  if (head.startsWith('(')) return true;
  const words = head.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  return words >= 6 && /[.!?…]/u.test(head);
}

/** "А.Бастрыкин Бастрыкин Александр Иванович председатель …" → "А.Бастрыкин"; keeps "(как переведено)". */
function cleanRu(label: string): string {
  const m = /^((?:[А-ЯЁA-Z]\.\s?){1,2}[А-ЯЁ][а-яёА-ЯЁ'’-]+)(.*)$/u.exec(label);
  if (!m) return label.trim();
  const rest = m[2]!;
  const note = /\([^()]*\)\s*$/u.exec(rest);
  // A second surname ("Диас-Канель Бермудес") is part of the name; a long tooltip is not.
  const words = rest.replace(/\([^()]*\)\s*$/u, '').trim();
  const name = words.split(/\s+/u).length === 1 && words !== '' ? `${m[1]} ${words}` : m[1]!;
  return note ? `${name} ${note[0].trim()}` : name;
}

interface Event {
  start: number;
  end: number;
  /** A speaker label when set; otherwise boilerplate recognised `by`. */
  speaker?: string;
  by?: string;
}

/**
 * Whether the blocks are a dialogue with mixed-case name labels: two different speakers (the name
 * before any ", title") each open at least two blocks with a label and a sentence of their turn
 * ("Alexandra de Hoop Scheffer: …", "Deputy Secretary of State Sherman: …", again and again). A
 * fact sheet's run-in headings do not repeat; speakers in a conversation do.
 */
function dialogueLabels(blocks: readonly Block[]): boolean {
  const count = new Map<string, number>();
  for (const b of blocks) {
    const m = NAME_LABEL.exec(b.text);
    if (!m || !isTurnSentence(b.text.slice(m[0].length))) continue;
    count.set(m[1]!, (count.get(m[1]!) ?? 0) + 1);
  }
  let repeated = 0;
  for (const n of count.values()) if (n >= 2) repeated++;
  return repeated >= 2;
}

function eventsIn(text: string, b: Block, dialogue = false): Event[] {
  const out: Event[] = [];
  let at = speakerAt(b.text);
  if (!at && dialogue) {
    const m = NAME_LABEL.exec(b.text);
    if (m && isTurnSentence(b.text.slice(m[0].length))) at = [m[0].length, m[1]!];
  }
  if (at) out.push({ start: b.start, end: b.start + at[0], speaker: at[1] });
  if (b.text.length < 6) return out;
  if (/[А-ЯЁ]\.\s?[А-ЯЁ]|Вопрос\s?:|Реплика\s?:|Ответ\s?:|Патриарх|Митрополит/u.test(b.text)) {
    RU_LABEL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RU_LABEL.exec(b.text)) !== null) {
      if (m.index === 0) continue;
      const start = b.start + m.index;
      let end = start + m[0].length;
      const note = LABEL_NOTE.exec(text.slice(end, end + 50));
      if (note) end += note[0].length;
      out.push({ start, end, speaker: cleanRu(m[1]!) });
    }
    RU_STRICT.lastIndex = 0;
    while ((m = RU_STRICT.exec(b.text)) !== null) {
      const start = b.start + m.index;
      if (out.some((e) => e.start === start)) continue;
      let end = start + m[0].length;
      const note = LABEL_NOTE.exec(text.slice(end, end + 50));
      if (note) end += note[0].length;
      out.push({ start, end, speaker: m[1]! });
    }
  }
  let i = b.text.indexOf('* * *', 1);
  while (i > 0) {
    out.push({ start: b.start + i, end: b.start + i + 5, by: 'separator' });
    i = b.text.indexOf('* * *', i + 5);
  }
  const see = b.text.search(/(?<=[.!?…»]\s{1,3})Смотрите также(?!\p{L})/u);
  if (see > 0) out.push({ start: b.start + see, end: b.end, by: 'see-also' });
  out.sort((x, y) => x.start - y.start);
  // Nothing after a "Смотрите также" tail.
  const cut = out.findIndex((e) => e.by === 'see-also');
  return cut >= 0 ? out.slice(0, cut + 1) : out;
}
