/**
 * Select: what a version says, chosen from the release by what each sentence does: the news
 * (who did what, when), why, what changes for the reader, what happens next, a short quote, the
 * link. Titles, datelines, bylines, “The following is attributable to …”, welcome ceremonies,
 * contacts and speaker labels are skipped; a transcript gives its principal speaker’s words.
 * Heuristics are rows (STYLE.md): a pattern, a weight, a reason.
 */
import { tagWords, type Report } from '@attache/core';
import { SpanGrid } from '../lookup.js';
import { ATTACHMENT, ruFragment } from './ru-heads.js';
import { HARD_FACT, newsFirst } from './en-lead.js';
import { ruListLead, ruPeopleList } from './ru-lists.js';
import { ruNewsFirst, ruSideNote, RU_MIN_WORDS } from './ru-lead.js';
import { enQuoted, ruQuoted } from './ru-plain.js';
import { contentStems, releaseTitle, titleShare } from './title-words.js';

/** Score for a sentence that repeats all of the title's words (the title method, title-words.ts); a share of it for some. */
const TITLE_WEIGHT = 3;

export interface Picked {
  start: number;
  end: number;
  text: string;
  /** Why it was picked: lead, why, affected, next, detail, quote. */
  role: 'lead' | 'why' | 'affected' | 'next' | 'detail' | 'quote';
  /** For speech: the speaker as written in the release. */
  speaker?: string;
  /** The sentence lies inside a quotation in the release: never reworded. */
  quoted?: boolean;
  /** Its index among the report's sentences (adjacent sentences differ by 1). */
  seq?: number;
  score: number;
  /** A courtesy, a greeting or a thanks (the ceremony cues): never the one sentence of an SMS. */
  ceremony?: boolean;
}

interface Cue {
  re: RegExp;
  weight: number;
  reason: 'why' | 'affected' | 'next' | 'concrete' | 'ceremony' | 'skip';
}

const CUES: Record<'en' | 'ru', Cue[]> = {
  en: [
    {
      re: /\b(because|due to|in response to|in order to|so that|to help|to protect|to support|aims? to|to ensure|to prevent)\b/i,
      weight: 1.5,
      reason: 'why',
    },
    {
      re: /\b(you|your|public|residents|citizens|people|families|students|applicants|businesses|farmers|travell?ers|workers|patients|children|communities)\b/i,
      weight: 1.5,
      reason: 'affected',
    },
    {
      re: /\b(will|plans? to|next|deadline|by (?:January|February|March|April|May|June|July|August|September|October|November|December)|starting|from \d|beginning|upcoming)\b/,
      weight: 1.5,
      reason: 'next',
    },
    { re: /\d|\b(million|billion|percent)\b/, weight: 1.5, reason: 'concrete' },
    {
      // "welcomes the announcement / decision / release of …" is the news of a statement, not a
      // ceremony; so is "welcomed the launch of the Indo-Pacific Economic Framework" (pool 495)
      re: /\b(welcome[sd]?(?!(?:\s+[\w’'-]+){0,4}?\s+(?:announcement|decision|agreement|release|extension|adoption|signing|election|resolution|progress|commitment|news|steps?|report|ruling|ceasefire|truce|deal|launch|establishment|opening|entry|creation|conclusion|completion|approval|passage|appointment|accession)\b)|(?:pleased|honou?red|delighted|proud)(?!\s+to\s+(?:announce|launch|introduce|unveil|confirm|release|highlight|report|share))(?!\s+(?:of\s+(?:the fact|what|how)|that)\b)|congratulat\w*|thank\w*|grateful|privilege|warm(?:ly)?)\b/i,
      weight: -3,
      reason: 'ceremony',
    },
    {
      // a speaker's courtesies, not what the event is about: "It is a very great pleasure for me to
      // participate …", "So I was really anxious to get together with this group.", "I know some of
      // you are joining us virtually, but I’m happy to have the chance to see …", "What a perfect
      // way to celebrate International Women’s Day—to be with all of you.", "Aawatif, it’s
      // wonderful to be with you." (pool remarks); "And I’m anxious to hear from all of you today.",
      // "We have colleagues from Illumina here." (a health security roundtable, seed 2718)
      re: /\b(?:(?:great|real|very great|a) pleasure|good to (?:see|be)|nice to (?:see|be)|glad to be|(?:wonderful|great|terrific|lovely|fantastic|thrilled|so good) to (?:be|see) (?:with|here|you|all|back)|(?:good|nice) to be back|looking forward to seeing (?:you|all of you)|what a (?:perfect|wonderful|great) way to|(?:want to|let me) applaud|(?:anxious|eager) to (?:get together|be (?:here|with))|let me (?:start|begin|just)|(?:I|we) (?:want|wanted) to (?:start|begin)|so much|(?:joining|join) us|(?:happy|glad|delighted|pleased) to have (?:you|the chance|all of you|so many)|(?:I|we) know (?:some|many) of you|(?:anxious|eager|keen|looking forward) to hear(?:ing)? from|(?:I|we) (?:just )?wanted to make sure that (?:I|we) (?:was|were)|for being (?:here|with us)|(?:we|I) have (?:colleagues|friends|guests) from)\b/i,
      weight: -4,
      reason: 'ceremony',
    },
    {
      // the running of a briefing, which says nothing of its matter, never in a version: "We just
      // have one element at the top", "And so that that, happy to take your questions." (pool)
      re: /\b(?:happy to take|take (?:your|a few|some|any) questions|(?:return|go|turn) to (?:your|the) questions|(?:one|an|a few) elements? at the top|without further ado|(?:to|on|of) your question|a couple (?:of )?elements|allow me to answer)\b/i,
      weight: -20,
      reason: 'skip',
    },
    {
      // a pointer to other pages, whose links the text export lost: "Read more here about U.S.
      // COVID-19 assistance to ASEAN and here on …" (pool: the U.S.-ASEAN foreign ministers' meeting)
      // (and where to follow the office: "Follow us on Twitter at https://twitter.com/RFJ_USA.",
      // which a youth thread posted as a sentence of the news, pool item 45; "For updates follow
      // @UnderSecStateJ on Twitter.", in a notice's news, pool item 1232)
      re: /^(?:(?:Read|Learn|Find out|See) more\b|(?:Click|Go) here\b|More (?:information|details) (?:is|are|can be)\b|(?:For (?:updates|more (?:information|updates|news)),?\s+)?[Ff]ollow (?:us|the|@)|Stay (?:connected|in touch|up to date)\b|Connect with us\b)|\bclick here\b/i,
      weight: -20,
      reason: 'skip',
    },
    {
      // a transcript's gap: the words are not all there, a version cannot quote them
      re: /\((?:inaudible|crosstalk|off[- ]mic(?:e|rophone)?|laughter|applause)\)/i,
      weight: -20,
      reason: 'skip',
    },
    {
      re: /^(The following is attributable|Begin text|End text|For further information|Media (?:contact|inquiries)|###|Please see|For more information|Good (?:morning|afternoon|evening)|Hello|Hi,)/i,
      weight: -20,
      reason: 'skip',
    },
  ],
  ru: [
    { re: /(?<!\p{L})(чтобы|поскольку|так как|в целях|для того)(?!\p{L})/iu, weight: 1.5, reason: 'why' },
    {
      re: /(?<!\p{L})(граждан\p{L}*|жител\p{L}*|семь\p{L}*|дет\p{L}*|студент\p{L}*|люд\p{L}*|населени\p{L}*|вы|вас|вам)(?!\p{L})/iu,
      weight: 1.5,
      reason: 'affected',
    },
    {
      re: /(?<!\p{L})(будет|будут|планиру\p{L}*|намерен\p{L}*|предстоит|состоится|до \d+|с \d+)(?!\p{L})/iu,
      weight: 1.5,
      reason: 'next',
    },
    { re: /\d|(?<!\p{L})(млн|млрд|процент\p{L}*)(?!\p{L})/iu, weight: 1.5, reason: 'concrete' },
    {
      // "обменялись тёплыми поздравлениями" is what two leaders did: the news of their call
      re: /(?<!\p{L})(рад[аы]?|приветств\p{L}*|благодар\p{L}*|(?<!обменялись\s(?:\p{L}+\s)?)поздравл\p{L}*|спасибо|уважаем\p{L}*|добрый день)(?!\p{L})/iu,
      weight: -3,
      reason: 'ceremony',
    },
    {
      // a meeting's opening small talk in a transcript, what no version says: «Давно не виделись,
      // Рустам Нургалиевич.», «Нормально, всё в порядке, Владимир Владимирович.», «Хотел бы
      // проинформировать, доложить.» (kremlin.ru pool: a meeting with the head of Tatarstan led
      // with them, its SMS was «Давно не виделись»)
      re: /^[«"]?(?:Давно не виделись|Давно не встречались|Как (?:дела|поживаете|(?:Ваши|ваши|твои) дела|(?:у Вас|у вас|у тебя) дела|Вы|вы|ты)(?=[?,!.])|Нормально|Всё (?:хорошо|нормально|в порядке)(?=[,.!])|Рад(?:а)?\s+(?:встрече|(?:Вас|вас|тебя)\s+видеть)|(?:Я\s+)?(?:[Хх]отел(?:а|и)?\s+бы|Разрешите|Позвольте)\s+(?:Вас\s+|вас\s+)?(?:кратко\s+|коротко\s+)?(?:проинформировать|доложить)(?=[,.!]))(?!\p{L})/u,
      weight: -4,
      reason: 'ceremony',
    },
    // kremlin.ru's block of links to related pages, run into the text by the scraper
    { re: /^Дополнительно\s+\p{Lu}/u, weight: -20, reason: 'skip' },
  ],
};

/** A release's title that names a day or an anniversary it marks (a message for a national day, a holiday). */
const GREETING_DAY: Record<'en' | 'ru', RegExp> = {
  en: /\b(?:National Day|Independence Day|Day of|Anniversary|Eid al-\p{L}+|Nowruz|Diwali|Lunar New Year|Rosh Hashanah|Hanukkah|Christmas|Ramadan|Vesak|Holi)\b|(?:’s|'s)\s(?:\p{Lu}\p{L}+\s)?Day\b/u,
  ru: /(?<!\p{L})(?:[Пп]оздравлени\p{L}*|[Дд]н(?:ём|ем|я|ю) (?:\p{L}+\s)?(?:независимости|государства|России|Победы|рождения)|[Нн]ациональн\p{L}+ праздник\p{L}*|годовщин\p{L}*|юбиле\p{L}*)/u,
};
/** The greeting itself: a congratulation or a wish for the day. */
const GREETING: Record<'en' | 'ru', RegExp> = {
  en: /\b(?:congratulat\w*|celebrat\w*|best wishes|warm(?:est)? wishes)\b/i,
  ru: /(?<!\p{L})поздрав\p{L}*/iu,
};

/** Fewest content words of a title whose words, found in a congratulation, make it the news (a
 * title of two or three, "U.S. Assistance to Iceland", names a subject, not the event). */
const TITLE_NEWS_MIN = 4;

/** A congratulation on an event, which is news: "congratulate X on assuming the role of President",
 * "… on his election", "… on the peaceful transfer of power". */
const CONGRATULATED_ON =
  /\bcongratulat\w*\s(?:[^.;:]{2,160}?\s)?on\s(?:(?:his|her|their|its|the|a|an|your)\s(?:\p{Ll}+\s)?)?(?:assuming|becoming|winning|taking|being|election|re-?election|appointment|inauguration|victory|win|swearing|accession|succession|transfer|peaceful|successful|formation|conclusion|signing|independence)/iu;

const SKIP_REGIONS = new Set(['title', 'dateline', 'byline', 'contact', 'boilerplate', 'code', 'email']);
const NON_PRINCIPAL = /^(QUESTION|Q|MODERATOR|PARTICIPANT|REPORTER|ВОПРОС|МОДЕРАТОР|OPERATOR|STAFF)\b/i;

/**
 * A sentence a version cannot stand on: a quotation mark left open or closed without its pair
 * (a piece of a quotation that runs over several sentences), a contact line, or (English) no
 * finite verb: "6-monoacetylmorphine (6-MAM), 5 µg/L.", "Drug driving written ministerial statement, 27 March 2014."
 */
export function fragment(text: string, language: 'en' | 'ru'): boolean {
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  // (Russian nests a name in a name with one closing mark for both: «Российское общество «Знание»,
  // kremlin.ru pool; each such pair counts as closed)
  const shared = language === 'ru' ? count(/«[^«»]*«[^«»]*»(?![^«]*»)(?=\s*[.,;:!?)]|\s*$)/gu) : 0;
  if (count(/[“«]/g) !== count(/[”»]/g) + shared || count(/"/g) % 2 === 1) return true;
  if (/(?:^|\s)‘/.test(text) && !/’(?=[\s,.;:!?]|$)/.test(text.slice(text.search(/(?:^|\s)‘/)))) return true;
  if (/^(?:Telephone|Tel|Phone|Fax|E-?mail|Alternative number|Телефон|Тел\.|Факс)\b/iu.test(text)) return true;
  if (language !== 'en') return ruFragment(text);
  // the main clause: a relative clause (", which is administered by …") and a leading
  // subordinate clause ("As President Biden has made clear since …,") hold no verb of it
  let main = text.replace(/,\s+(?:which|who|whose|whom)\s[^,;]*(?:,|(?=[.!?]?$))/gu, ' ');
  // nor a participle said aside with its place or agent ("Further to the Negev Summit, held in Sde
  // Boker, Israel in March of this year." holds no verb of its own: a head of a 90-word lead, pool)
  main = main.replace(
    /,\s+(?:\p{Ll}+ed|held|led|made|built|set|sent|brought|given|taken|known|seen|shown|written|done|found|hosted)\s+(?:in|by|at|on|from|with|under|into|during)\s[^,;]*(?:,|(?=[.!?]?$))/gu,
    ' ',
  );
  if (SUBORDINATE.test(main)) {
    const comma = main.indexOf(', ');
    if (comma < 0) return true;
    main = main.slice(comma + 2);
  }
  // a purpose clause whose main clause was cut off: "To save lives around the world, rebuild the
  // global economy, and stop the threat of new variants." (its ", we must vaccinate …" gone; State
  // Department pool): "To" and a verb, and no comma before a subject of its own
  if (
    /^(?:In order )?[Tt]o\s+\p{Ll}+/u.test(main) &&
    // (a word of time may come between the comma and the subject: "To advance this priority, today
    // we add nine Nicaraguans to the … Corrupt and Undemocratic Actors list", the news of pool item
    // 1108, was never a candidate and no version said it: a blind reading, seed 9999)
    !/,\s+(?:(?:today|now|tomorrow|this (?:week|month|year)|also|therefore|thus),?\s+)?(?:(?:I|we|you|they|he|she|it|there|this|these|those|our|its|their|the|a|an)(?!\p{L})|\p{Lu})/u.test(
      main,
    )
  )
    return true;
  // a noun that wants what is intended, cut before it: "We acknowledge the stated intention of the
  // military forces." (its ", upon agreement among civilian parties …, to withdraw from the
  // political scene" gone: a head of a joint statement on Sudan, pool item 144)
  if (
    /\b(?:intentions?|intent|willingness|readiness|determination|desire|pledge|promise)(?:\s+(?:of|by)\s+[^,;.!?]{1,60})?[.!?]?$/u.test(
      main,
    )
  )
    return true;
  // a day that marks something: "Today marks 27 years since the Srebrenica genocide." (the tagger
  // reads "marks" as a noun; the lead of the anniversary message, pool item 162, was never a candidate)
  if (
    /^(?:Today|Tomorrow|Yesterday|(?:This|Next|Last) (?:week|month|year|day|weekend)|(?:The|This|Its|Our) (?:[\p{L}\p{N}-]+ )?(?:anniversary|day|date|year|visit|event|meeting))\s+(?:marks|celebrates|commemorates|honou?rs|begins|ends)\s/u.test(
      main,
    )
  )
    return false;
  // a named subject and its verb of stance in -s, which the tagger reads as a plural noun: "The
  // United States notes with concern the growing tensions in South Sudan, …" (the lead of a pool
  // statement was never a candidate, and no version said where: a blind reading)
  if (
    /^(?:The\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){1,5}(?:notes|calls|welcomes|condemns|urges|remains|stands|supports|applauds|commends|reiterates|recognizes|recognises|joins|congratulates|hopes|expresses|extends|mourns|celebrates|honors|honours|strongly|firmly|deeply|fully)\s+\p{Ll}/u.test(
      main,
    )
  )
    return false;
  const tags = tagWords(main.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? []);
  // a clause cut before its verb: "These are precious moments when people from many backgrounds."
  const sub = tags.findLastIndex((t) => /^(?:when|where|whose|because|although|while)$/i.test(t.text));
  if (sub >= 0 && !tags.slice(sub + 1).some((t) => t.pos === 'verb' || t.pos === 'aux')) return true;
  // a fronted phrase's participle is no verb of the sentence: "In a message addressed to the veterans …"
  const fronted =
    /^(?:In|With|Under|Through|At|On|During|After|Following)\s(?:a|an|the|his|her|its|their|this)\s\p{Ll}+\s\p{Ll}+ed\b/u.test(
      main,
    )
      ? 3
      : -1;
  // a compound verb in -ed after its named subject, which the tagger reads as a noun: "On August 2,
  // Secretary Blinken co-hosted the second Mekong-U.S. Partnership ministerial." (the news of pool
  // item 1517 was never a candidate: a blind reading, seed 9999)
  if (
    tags.some(
      (t, i) =>
        /^\p{Ll}+-\p{Ll}+ed$/u.test(t.text) &&
        /^(?:propn|pron)$/.test(tags[i - 1]?.pos ?? '') &&
        /^(?:art|det|propn|pron|num)$/.test(tags[i + 1]?.pos ?? ''),
    )
  )
    return false;
  // "the planned restrictions": a form in -ed after an article or a determiner is an adjective
  return !tags.some(
    (t, i) =>
      t.pos === 'aux' ||
      (i !== fronted &&
        t.pos === 'verb' &&
        !/(?:ing|en)$/i.test(t.text) &&
        !/^(?:art|det)$/.test(tags[i - 1]?.pos ?? '') &&
        // nor after a possessive: "Through his time in public service and by his civic activism."
        // (a head of the Nemtsov anniversary statement's second sentence, which led its youth post's
        // second part: pool, a blind reading, seed 2718)
        !/^(?:his|her|their|its|our|my|your)$/i.test(tags[i - 1]?.text ?? '') &&
        // an infinitive: "sanctions to isolate Russia"
        tags[i - 1]?.text.toLowerCase() !== 'to' &&
        // a participle after its noun, then its agent: "In these discussions launched by Secretary Blinken."
        !(/ed$/i.test(t.text) && tags[i - 1]?.pos === 'noun' && tags[i + 1]?.text.toLowerCase() === 'by')),
  );
}

/**
 * The front of a decree's point that is no news: «Текст Указа:», the preamble up to
 * «постановляю:» («В связи с заявлением … постановляю: 1. Принять отставку …») and the point's
 * number («2. Назначить …»).
 */
const DECREE_FRONT =
  /^(?:Текст (?:Указа|Распоряжения|Постановления)\s*:\s*)?(?:[^]{0,700}?(?<!\p{L})постановля(?:ю|ет|ем)\s*:\s*)?(?:\d{1,2}[.)]\s+(?=[\p{Lu}«]))?/u;
/** A decree's clause on its entry into force (with or without its number). */
const IN_FORCE =
  /^(?:\d{1,2}[.)]\s+)?Настоящ\p{L}+\s+(?:Указ|Распоряжение|Постановление|Федеральный закон|Закон)\p{L}*\s+вступа\p{L}*\s+в\s+силу/u;

/** A heading of a transcript's part: «Начало переговоров …», «Продолжение встречи …», no verb, no stop of its own. */
const RU_PART_HEADING =
  /^(?:Начало|Продолжение|Окончание|Завершение)\s+(?:[\p{L}-]+\s+){0,2}(?:переговоров|встречи|беседы|заседания|совещания|разговора|пресс-конференции)(?:\s+[\p{L}-]+){0,4}\.?$/u;

/** A Russian transcript's own line before its first turn: a statement with its stop, no question, no label. */
const OFFICE_LINE = /^(?![^]*(?:^|\s)(?:Вопрос|ВОПРОС|Реплика)\s*:)[^]*[.!…»]$/u;

/** A sentence opening with a subordinating conjunction: its main clause comes after the comma. */
const SUBORDINATE =
  /^(?:As|When|While|If|Because|Although|Though|Since|Until|Unless|Whereas|Once|So long as|Even if|Even though|Now that)\s/u;

/**
 * The headline's news leads (the title method, title-words.ts): when a sentence among the next six
 * of the release's own prose repeats half the title's words or more, and two more of them than the
 * lead does, it leads and the lead follows it. "$800 Million in Additional U.S. Security Assistance
 * for Ukraine" opens on Ukraine's forces regaining ground and says "I have authorized … a drawdown
 * … valued at up to $800 million" five sentences later (State Department pool).
 */
function titleLead(out: Picked[], title: Set<string>, shares: Map<Picked, number>, ceremonies: Set<Picked>): void {
  if (title.size < 3) return;
  const lead = out.find((p) => p.role === 'lead');
  if (!lead || lead.speaker || lead.quoted || lead.seq === undefined) return;
  const shared = (p: Picked): number => Math.round((shares.get(p) ?? 0) * title.size);
  let best: Picked | undefined;
  for (const p of out) {
    if (p === lead || p.speaker || p.quoted || ceremonies.has(p) || PRONOUN_START.test(p.text)) continue;
    if (p.seq === undefined || p.seq <= lead.seq || p.seq > lead.seq + 6) continue;
    if (!best || shared(p) > shared(best)) best = p;
  }
  if (!best || 2 * shared(best) < title.size || shared(best) - shared(lead) < 2) return;
  // nor past a lead that counts what was done when the other counts nothing: "… is designating today
  // 22 individuals connected to the regime" stays before "Today’s measures further demonstrate that
  // we will continue to take additional action against … the military" (State Department pool)
  if (COUNTS.test(lead.text) && !COUNTS.test(best.text)) return;
  lead.role = 'detail';
  best.role = 'lead';
  best.score = Math.max(best.score, lead.score);
}

/**
 * A number of something ("22 individuals", "three members") or a hard fact (en-lead.ts); not a
 * span of time ("Nearly three years into the COVID-19 pandemic, …" counts nothing done).
 */
const COUNTS = new RegExp(
  `${HARD_FACT.source}|\\b(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)\\s+(?!(?:years|months|weeks|days|hours|decades|times)\\b)(?:[a-z]+-)?[a-z]+s\\b`,
  'u',
);

/** Most words of four letters or more capitalised (two at least): a heading's Title Case. */
function titleCased(text: string): boolean {
  const long = text.match(/[\p{L}][\p{L}’'-]{3,}/gu) ?? [];
  const caps = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps >= 2 && caps >= 0.6 * long.length;
}

/** Sentences of the release a version may draw on, scored, in order. */
export function candidates(
  report: Report,
  input: string,
  language: 'en' | 'ru',
  pieces = false,
  /** Whether a first sentence over 60 words has a head that can lead (sms.ts `leadHasHead`; none by default). */
  leadHasHead: (text: string) => boolean = () => false,
): Picked[] {
  const regions = report.regions ?? [];
  const transcript = report.anatomy?.transcript ?? false;
  const labelled = regions.some((r) => r.kind === 'speech' && r.speaker);
  // a Russian transcript opens with the office's own news («Переговоры начались с беседы лидеров …»,
  // kremlin.ru) before its first turn: those sentences are the release's, and the news leads (a
  // heading over the first turn, «* * * Начало российско-венесуэльских переговоров в узком составе»,
  // ends in no stop and stays out, and so does a reporter's question before the President's first
  // answer, «Ответы на вопросы журналистов Вопрос: Владимир Владимирович, … завершилось?», news/76736)
  const firstTurn = Math.min(...regions.filter((r) => r.kind === 'speech').map((r) => r.start));
  // English: a transcript whose title names its speaker ("Secretary Antony J. Blinken Remarks to
  // the Press …") gives that speaker's words, not the moderator's running of the briefing ("MR
  // PRICE: … Secretary Blinken will have a statement. He’ll take a question or two …", which led
  // every version of pool item 1691: a blind reading, seed 5151)
  const titleText = releaseTitle(report, input) ?? '';
  const titleWords = new Set(titleText.toLowerCase().match(/\p{L}+/gu) ?? []);
  const surnameIn = (speaker: string): boolean => {
    const last = speaker.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
    return last.length > 2 && titleWords.has(last);
  };
  const titled = language === 'en' && regions.some((r) => r.kind === 'speech' && r.speaker && surnameIn(r.speaker));
  const out: Picked[] = [];
  const ceremonies = new Set<Picked>();
  let firstCeremony: Picked | undefined;
  const title = contentStems(titleText);
  /** A message for a day (a national day, an anniversary, a holiday): its greeting is its news. */
  const dayMessage = GREETING_DAY[language].test(titleText);
  /** Each candidate's share of the title's words (titleShare), read once. */
  const shares = new Map<Picked, number>();
  let body = 0;
  // The regions near each sentence (in the report's order), not every region per sentence.
  const grid = new SpanGrid<(typeof regions)[number]>();
  for (const r of regions) grid.add(r, r.start, r.end);
  for (const [seq, s] of report.sentences.entries()) {
    let text = input.slice(s.start, s.end).trim();
    if (!text || s.words < (language === 'ru' ? RU_MIN_WORDS : 5)) continue;
    // a decree's point: what it does, without its number or the preamble before «постановляю:»
    let cutFront = 0;
    if (language === 'ru') {
      const front = DECREE_FRONT.exec(text)?.[0] ?? '';
      if (front && text.length - front.length > 20) {
        cutFront = front.length;
        text = text.slice(front.length);
      }
      // «Настоящий Указ вступает в силу со дня его подписания»: when, not what
      if (IN_FORCE.test(text)) continue;
      // a sub-point («б) представить предложения …») has its addressee in the point it belongs to
      // («2. Правительству Российской Федерации: а) …»): alone it says not who is to act
      // and a point that gives an addressee its sub-points («2. Правительству … в 3-месячный срок: а)
      // представить …; б) …») is split at them by restructure: each piece would lose the addressee
      if (/^[а-яё]\)\s|:\s*а\)\s/iu.test(text)) continue;
    }
    // the title run into the body's first sentence with no stop between (kremlin.ru pages: 26 of
    // the pool's 200, «Встреча с участниками … «Знание. Первые» Федеральный марафон проводится …»):
    // the sentence starts after it
    if (
      cutFront === 0 &&
      titleText.length > 10 &&
      text.startsWith(titleText) &&
      /^\s+[\p{Lu}\p{N}]/u.test(text.slice(titleText.length)) &&
      text.length - titleText.length > 20
    ) {
      cutFront = text.length - text.slice(titleText.length).trimStart().length;
      text = text.slice(cutFront);
    }
    // the page's decree file and related links run into the text: never a sentence, even of a release that has no other
    if (language === 'ru' && ATTACHMENT.test(text)) continue;
    // a transcript's part heading run into the text: «Начало российско-мьянманских переговоров в
    // узком составе» led every version of kremlin.ru pool item 144 (a blind reading, seed 6262)
    if (language === 'ru' && RU_PART_HEADING.test(text)) continue;
    // a lead-in to a list or a quotation (“… said:”) says nothing alone, nor does a fragment cut from one
    if (/:\s*$/.test(text) || /^[\p{Ll},;–—-]/u.test(text)) continue;
    // a heading inside the body ("Award for Corporate Excellence in Climate Resilience", "Details
    // on Submitting a Recommendation"): Title Case with no stop is no sentence of the news
    if (language === 'en' && !/[.!?…:]["”’)]*$/u.test(text) && titleCased(text)) continue;
    // pieces of a quotation only when the release is nothing else (a message quoted whole)
    if (!pieces && (fragment(text, language) || (s.quoted && !s.verbatim && !/^[“"«‘]/u.test(text)))) continue;
    const around = grid.near(s.start, s.end).filter((r) => r.start <= s.start && r.end >= s.end);
    if (around.some((r) => SKIP_REGIONS.has(r.kind))) continue;
    const turn = around.find((r) => r.kind === 'speech');
    // A turn with no speaker in a text with no labelled turn is one person's remarks (core reads
    // "Good afternoon. Thank you for being here." as speech): its sentences are the release's.
    if (turn && (NON_PRINCIPAL.test(turn.speaker ?? '') || (!turn.speaker && labelled))) continue;
    if (turn?.speaker && titled && !surnameIn(turn.speaker)) continue;
    if (transcript && !turn && !(language === 'ru' && s.end <= firstTurn && OFFICE_LINE.test(text))) continue;
    // a speaker label's own text is not a sentence of the turn
    if (turn && turn.labelEnd !== undefined && s.start < turn.labelEnd) continue;
    // nor an utterance broken off ("But just let me – let me", a briefing's false start): no stop
    if (language === 'en' && turn && !/[.!?…]["”’)]*$/u.test(text)) continue;
    // nor a short turn sentence with no figure and no name, which says nothing out of its talk:
    // "So thank you very much.", "So you said a lot.", "Got to get that on the table.", "That will
    // very much continue." (State Department pool transcripts: youth threads quoted them)
    // ("I’ve been, I’ve seen them play.", a roundtable's small talk, led a youth thread: "I" is no name)
    if (language === 'en' && turn && s.words < 8 && !/\d/.test(text) && !/\s(?!I[’'\s])\p{Lu}[\p{Ll}’'.-]/u.test(text))
      continue;
    // nor a question a speaker puts to the room ("The dean of the Diplomatic Corps – where’s the
    // dean?", "Ambassador Kyota, where are you?" led every version of a reception's remarks: pool,
    // a blind reading): what the speaker asks is no news of the talk, what the speaker says is
    if (turn && /\?["”’»)]*$/u.test(text)) continue;
    let score = 0;
    const reasons = new Set<string>();
    for (const c of CUES[language]) {
      if (c.re.test(text)) {
        score += c.weight;
        reasons.add(c.reason);
      }
    }
    if (reasons.has('skip')) continue;
    // the greeting of a message for a day is what it says ("On behalf of the United States of
    // America, I congratulate the people of Iceland as you celebrate your National Day.", pool: a
    // blind reading, where no version said whose day it was), not a courtesy
    const share = titleShare(title, text);
    // so is a congratulation on what the title announces, or on an event it names ("We warmly
    // congratulate His Highness Sheikh Mohamed bin Zayed Al Nahyan on assuming the role of President
    // of the United Arab Emirates …" under "The Succession of His Highness …", pool: a blind
    // reading, seed 9191, where every version opened on the sentence after it and never said who
    // had become President)
    if (
      reasons.has('ceremony') &&
      GREETING[language].test(text) &&
      (dayMessage ||
        (share >= 0.5 && title.size >= TITLE_NEWS_MIN) ||
        (language === 'en' && CONGRATULATED_ON.test(text)))
    ) {
      reasons.delete('ceremony');
      score += 3;
    }
    score += TITLE_WEIGHT * share;
    // Russian: who came along is no lead (ru-lists.ts); a list too long for a version gives its lead-in and names
    const listLead = language === 'ru' && s.words > 40 && cutFront === 0 ? ruListLead(text) : null;
    const list = language === 'ru' && !listLead && ruPeopleList(text);
    if (list) score -= 3;
    // (and who else came along, said aside: no news in a version's body either, ru-lead.ts)
    if (language === 'ru' && !list && ruSideNote(text)) score -= 4;
    const nWords = cutFront > 0 ? text.split(/\s+/).length : s.words;
    if (nWords > 40 && !listLead) score -= 2;
    // (the first sentence of the body, the news, stays when a head of it can lead: sms.ts)
    if (nWords > 60 && !listLead && !(body === 0 && language === 'en' && leadHasHead(text))) continue;
    score -= body * 0.35; // news comes first in a release
    if (list) reasons.add('ceremony');
    if (body === 0 && !reasons.has('ceremony')) score += 4;
    const role: Picked['role'] =
      body === 0
        ? 'lead'
        : reasons.has('next')
          ? 'next'
          : reasons.has('affected')
            ? 'affected'
            : reasons.has('why')
              ? 'why'
              : 'detail';
    const p: Picked = {
      start: s.start + (input.slice(s.start, s.end).length - input.slice(s.start, s.end).trimStart().length) + cutFront,
      end: s.end,
      text: listLead ?? text,
      role,
      score,
      seq,
    };
    shares.set(p, p.text === text ? share : titleShare(title, p.text));
    if (turn?.speaker) p.speaker = turn.speaker;
    // (Russian: names in guillemets, «Ледоколов знаний», «ОПЕК плюс», are no quotation; ru-plain.ts)
    if ((s.quoted && !listLead) || (language === 'ru' ? ruQuoted(p.text).speech : enQuoted(p.text).speech))
      p.quoted = true;
    if (!reasons.has('ceremony') || body > 0) out.push(p);
    else firstCeremony ??= p;
    if (reasons.has('ceremony')) {
      ceremonies.add(p);
      p.ceremony = true;
    }
    body++;
  }
  // a courtesy leads only when nothing else can: a release of one sentence that thanks someone
  // ("Kerry will travel to Warsaw July 11-13 to engage with government counterparts, thank Poland for
  // its support of Ukraine, and …", pool item 168, had no version at all)
  if (out.length === 0 && firstCeremony) out.push(firstCeremony);
  if (out.length === 0 && !pieces) return candidates(report, input, language, true, leadHasHead);
  // the lead is the first sentence that is no ceremony (a courtesy leads only when nothing else can),
  // nor one that points back or goes on from a sentence before it ("It’s something that …", "And I
  // think we’ve seen that …": a transcript's turn mid-way, its first sentence a gap)
  const goesOn = (p: Picked): boolean => PRONOUN_START.test(p.text) || /^(?:And|So|But|Or|Now|Well)\b/.test(p.text);
  const first = out.find((p) => p.role === 'lead');
  // (outside speech, only a sentence whose subject points back: "He will also …", `EN_POINTS_BACK`)
  if (
    language === 'en' &&
    first &&
    (first.speaker ? goesOn(first) : EN_POINTS_BACK.test(first.text)) &&
    out.some((p) => !ceremonies.has(p) && !goesOn(p))
  ) {
    first.role = 'detail';
    first.score -= 4;
  }
  if (out.length > 0 && !out.some((p) => p.role === 'lead')) {
    const lead =
      out.find(
        (p) => !ceremonies.has(p) && !PRONOUN_START.test(p.text) && !/^(?:And|So|But|Or|Now|Well)\b/.test(p.text),
      ) ??
      out.find((p) => !ceremonies.has(p)) ??
      out[0]!;
    lead.role = 'lead';
    lead.score += 4;
  }
  titleLead(out, title, shares, ceremonies);
  return language === 'en' ? newsFirst(out, PRONOUN_START) : ruNewsFirst(out);
}

/**
 * A sentence that opens with a pronoun standing for something said before it (English: also after
 * a linking "And", "But", "So" or "Yet" and an adverb: "And sadly, it came as …").
 */
// ("Each of these actions alone is alarming." after a sentence the version left out: a blind
// reading of the Afghanistan media statement, where it followed a sentence on the Taliban's scrutiny)
// ("Unfortunately, the same can be said for many other cases." after "Today marks one year since the
// assassination of Haiti’s President …", pool item 189: the same as what, the version did not say)
export const PRONOUN_START =
  /^(?:(?:\p{Lu}\p{Ll}+ly,\s+)?(?:[Tt]he same|[Ss]uch|[Ll]ikewise,)\s+(?:can|could|is|was|are|were|goes|go|applies|apply|holds|hold|happened|happens)\b|(?:And|But|So|Yet|Now|Then|Today)(?:\s+\p{Ll}+)?,?\s+(?:it|this|that|these|those|they|he|she|its|their|his|her|such)\s|(?:It|This|That|These|Those|They|He|She|Its|Their|His|Her|Such|Both|The latter|The former|Он|Она|Оно|Они|Это|Этот|Эта|Эти|Его|Её|Их)(?![\p{L}-])|(?:Each|All|Both|Many|Some|None|Most|Neither|Either|One|Any) of (?:these|those|them|this)(?![\p{L}-]))/u;

/**
 * An English sentence whose subject is a pronoun standing for someone or something named before it
 * ("He will also hold bilateral meetings with …", "They will also discuss …", "It will include …"):
 * without the sentence before it the reader does not know who. Narrower than `PRONOUN_START`: "This
 * year, …" or "It is important to …" name their own subject and may lead.
 */
export const EN_POINTS_BACK =
  /^(?:(?:And|But|So|Yet|Also)(?:\s+\p{Ll}+)?,?\s+)?(?:(?:He|She|They|His|Her|Their|Its)\s|(?:It|This|These|Those)\s+(?:will|would|also|has|have|had|was|were|comes|came|follows|marks|builds|includes|included|reflects|demonstrates|shows|underscores|represents)\b)/u;

/** An aim or an effort named by "this" or "these", which the sentence before says ("We remain a
 * committed partner to supporting this aim." after the call for an investigation: pool item 189's
 * youth post gave it without the call). */
// ("To commemorate International Roma Day, we reaffirm this commitment to Roma throughout the
// world." after "the United States remains devoted to inclusion and equity …", which the version
// had left out: pool, a blind reading)
const POINTS_TO_AIM =
  /\b(?:this|these)\s+(?:aims?|goals?|efforts?|endeavou?rs?|process|initiatives?|objectives?|commitments?|pledges?|promises?|principles?|missions?|visions?|priorit(?:y|ies)|resolve|dedication|determination)\b/iu;

/** A pronoun subject after a fronted phrase ("In addition to the trauma of war, they must frequently
 * cope with …", the Roma who fled Ukraine in the sentence before, which the foreign version left out:
 * pool, a blind reading). Not "it", which is often no pronoun ("Today, it is …"). */
const FRONTED_PRONOUN = /^\p{Lu}[^,.;:!?]{2,60},\s+(?:they|he|she|these|those|their|his|her)\s/u;

/** A sentence that opens on a contrast with the one before it ("However, the Kiev regime does not
 * allow them to use this opportunity.", after the guarantee it qualifies: kremlin.ru's call with
 * Charles Michel, whose versions gave the contrast without what it contrasts with). */
const CONTRAST_START =
  /^(?:However|But|Yet|Nevertheless|Nonetheless|Still|Instead|Even so|That said|In contrast|By contrast|On the other hand|Однако|Но|Тем не менее|Вместе с тем|Зато)(?![\p{L}-])/u;

/** A sentence that needs the one before it: it opens with a pronoun (`PRONOUN_START`), a contrast
 * (`CONTRAST_START`) or a pronoun after a fronted phrase (`FRONTED_PRONOUN`), or names an aim by
 * "this" (`POINTS_TO_AIM`). */
export const pointsBack = (text: string): boolean =>
  CONTRAST_START.test(text) ||
  FRONTED_PRONOUN.test(text) ||
  POINTS_TO_AIM.test(text) ||
  (PRONOUN_START.test(text) && !POINTS_TO_NEWS.test(text));

/** "This announcement", "Today’s action": the release's own news, its lead, which every version
 * keeps; no sentence before it is needed ("This announcement of visa restrictions comes in response
 * to the actions of Cuban government officials …", pool item 180, had gone with the line before
 * it). Not "This action" or "These steps", which may be anything the sentence before named ("These
 * actions are part of a broader trend of PRC provocations", pool item 302). */
const POINTS_TO_NEWS =
  /^(?:(?:This|Today[’']s)\s+announcement|Today[’']s\s+(?:actions?|steps?|decisions?|designations?|measures?|sanctions))\b/u;

/** The best `n` sentences, the lead first, the rest in the release's order (a few more when a pronoun needs its sentence). */
export function pick(
  all: readonly Picked[],
  n: number,
  preferWords = Infinity,
  /** Words a sentence will have once restructured (default: as written). */
  words: (p: Picked) => number = (p) => p.text.split(/\s+/).length,
  /** Score lost per word over the preference. */
  perWord = 0.15,
): Picked[] {
  if (all.length === 0) return [];
  const lead = all.find((p) => p.role === 'lead') ?? all[0]!;
  // shorter sentences for audiences that read short ones: `perWord` a word over the preference
  const score = (p: Picked): number => p.score - Math.max(0, words(p) - preferWords) * perWord;
  const rest = all
    .filter((p) => p !== lead)
    .sort((a, b) => score(b) - score(a))
    .slice(0, Math.max(0, n - 1));
  // a sentence opening with a pronoun comes with the sentence before it (what the pronoun stands
  // for); without that sentence among the candidates, it is not picked
  const chosen = new Set([lead, ...rest]);
  for (const p of rest) {
    if (!pointsBack(p.text)) continue;
    const i = all.indexOf(p);
    const prev = all[i - 1];
    if (prev && prev.seq !== undefined && prev.seq === (p.seq ?? -2) - 1) chosen.add(prev);
    else chosen.delete(p);
  }
  return [lead, ...[...chosen].filter((p) => p !== lead).sort((a, b) => a.start - b.start)];
}

/** A short quotation (4–25 words) from the release with the person the sentence names as its speaker. */
export function shortQuote(
  input: string,
  language: 'en' | 'ru',
): { quote: string; speaker: string; start: number } | null {
  const re =
    language === 'ru'
      ? /«([^»]{20,200})»,?\s*[-–—]\s*(?:сказал|заявил|отметил|подчеркнул)\p{L}*\s+((?:\p{Lu}[\p{L}.]*\s?){1,3})/gu
      : /[“"]([^”"]{20,200}?)[,.]?[”"],?\s+(?:said|says|added|noted|stated)\s+((?:(?:[A-Z][\w.’'-]*|of|the)\s?){1,7})/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(input)) !== null) {
    const words = m[1]!.trim().split(/\s+/).length;
    if (words < 4 || words > 25) continue;
    const speaker = m[2]!
      .trim()
      .replace(/\s+(of|the)$/, '')
      .replace(/[.,]$/, '');
    if (!/\p{Lu}/u.test(speaker)) continue;
    return { quote: m[1]!.trim().replace(/[,.]$/, ''), speaker, start: m.index + 1 };
  }
  return null;
}
