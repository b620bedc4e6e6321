/**
 * Restructure: a selected sentence of the release becomes the short sentences a reader of the
 * channel gets. Each step only omits or reorders what the release says (a version summarises;
 * it never alters), and compose keeps a step's result only when the verifier passes it:
 * - subordinate detail a summary may omit, when the channel is short: a non-restrictive relative
 *   clause (", which …"), an "as well as …" or ", including …" tail, a participial tail
 *   (", increasing …"), a bracketed aside, a dash aside, a linking opener ("In that vein, ");
 * - a long title after a name's first mention: "Assistant Secretary of State for Population,
 *   Refugees, and Migration (PRM) Julieta Valls Noyes" → "Julieta Valls Noyes, Assistant
 *   Secretary of State for Population, Refugees, and Migration", then "Noyes"; a portfolio list
 *   with no acronym to its rank: "Under Secretary for Civilian Security, Democracy, and Human
 *   Rights Uzra Zeya" → "Under Secretary Uzra Zeya", then "Zeya"; "Secretary of State Antony J.
 *   Blinken" stays at first, then "Blinken";
 * - one idea per sentence: "X will do A and B" → "X will do A. X will also B." (the subject
 *   repeated, its title dropped); a trip and each thing it is for: "X will travel to P May 14-16 to
 *   attend A, join B, and to pay C" → "X will travel to P May 14-16. X will attend A. X will also
 *   join B. …" (`splitTravel`).
 * Heuristics are rows (STYLE.md): each pattern says what it omits.
 */
import { baseOfThird, IRREGULAR_PASTS, tagWords } from '@attache/core';
import { keepsAmounts } from './en-heads.js';
import { enQuoted, ruQuoted } from './ru-plain.js';

/** A capitalised word, or an abbreviation with its stops ("U.S."): no word ends a sentence inside an office. */
const CAP_WORD = "(?:(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}’'-]*)";
/** A person's office: a title and its portfolio ("Senior Official for …", "Special Envoy for …"). */
const RANK =
  '(?:Secretary|Minister|Ambassador|Envoy|Official|Representative|Spokesperson|Administrator|Coordinator|Director|Counselor|Commissioner|Adviser|Advisor|Chair|Chairman|Chief|Head)';
const OFFICE = `(?:the\\s+)?(?:${CAP_WORD}\\s+){0,3}${RANK}\\s+(?:of|for|to|at|on)\\s`;
/** A word of an office's portfolio: no second rank, no honorific (a second person begins there:
 * "Minister for Foreign Affairs of Japan and the Honorable Antony Blinken, Secretary of State …"). */
const PORTFOLIO_WORD = `(?!${RANK}\\b|Honou?rable\\b|H\\.E\\.|Dr\\.|Mr\\.|Ms\\.|Mrs\\.)${CAP_WORD}`;
/** A verb after a subject ("…, led discussions", "…, signed for Ghana", "…, will deliver"). */
const VERB_NEXT = '(?:will|would|is|was|has|had|led|met|said|spoke|signed|joined|\\p{Ll}{2,}ed|\\p{Ll}{2,}s)\\b';
/** An office said aside after a name, to its closing comma (see its row in `OMISSIBLE`); a comma
 * inside it only before a capitalised word ("Bureau of Arms Control, Verification and Compliance"). */
const OFFICE_ASIDE = new RegExp(
  `,(?<=\\p{Lu}[\\p{L}’'-]+,)\\s+${OFFICE}(?:\\s*(?:of|for|the|and|on|to|in|at)|,?\\s*${PORTFOLIO_WORD}){0,16}?,` +
    `(?=\\s+(?:and\\s+(?:${CAP_WORD}\\s+){1,3}?\\p{Lu}[\\p{L}’'-]*,\\s+${OFFICE}|${VERB_NEXT}))`,
  'gu',
);

/** Detail a short version may omit, as rows: what it matches and why it may go. */
export const OMISSIBLE: Record<
  'en' | 'ru',
  Array<{
    re: RegExp;
    to: string;
    why: string;
    shortOnly?: true;
    /** Not in the lead, where it says who the news is about ("Mike Hammer, Special Envoy for the Horn of Africa, will travel …"). */
    notInLead?: true;
  }>
> = {
  en: [
    {
      re: /^(?:In that vein|At the same time|In addition|Additionally|Furthermore|Moreover|Meanwhile|To that end|In this regard|As such|Indeed|Importantly|Notably|Separately|Likewise|Further),\s+/u,
      to: '',
      why: 'a linking opener carries no fact',
    },
    {
      re: /^(?:While|Although|Following|Addressing|Building on|As part of|In line with|Consistent with|In accordance with|Nearly [^,]{1,30} into)\s[^,;“”"]{3,140},\s+(?=\p{L})/u,
      to: '',
      why: 'a concessive or background opener (“While …,”, “Following …,”) before the main clause',
    },
    {
      re: /,\s+(?:therefore|however|in turn|of course|in part|in particular|as a result|for example|for instance),(?=\s)/gu,
      to: '',
      why: 'a comment adverb between commas',
    },
    { re: /\s\([^()“”"]{1,120}\)(?=[\s,.;:])/gu, to: '', why: 'a bracketed aside', shortOnly: true },
    { re: /\s[–—]\s[^–—“”".;]{1,80}\s[–—](?=\s)/gu, to: '', why: 'a dash aside' },
    {
      // "The U.S. Department of State’s Rewards for Justice (RFJ) program, administered by the
      // Diplomatic Security Service, is offering …" (State Department pool: every Rewards for Justice
      // offer). Who runs a programme, chairs or hosts a meeting is its detail; not who came along
      // or spoke after ("accompanied by", "followed by": a co-actor), nor the item of a list
      re: /,\s+(?:administered|implemented|chaired|organi[sz]ed|hosted|co-hosted|convened|funded|sponsored|managed|operated|overseen)\sby\s[^,;:“”"]{3,100},(?=\s)(?!\s+(?:and|or)\s)/gu,
      to: '',
      why: 'who runs, chairs or hosts it, said aside (“, administered by …,”)',
      shortOnly: true,
    },
    {
      re: /,\s+(?:also known as|a\.k\.a\.|aka)\s[^,;:“”"]{2,80},(?=\s)/gu,
      to: '',
      why: 'another name, said aside (“, also known as …,”): the name the release uses stays',
      shortOnly: true,
    },
    {
      // not when the comma after it goes on with a list the clause began: "The campus, which
      // includes the restored iconic Liberty Building, | Liberty Plaza, and Parade Ground, will
      // offer …" (State Department pool: the cut left "campus Liberty Plaza, and Parade Ground")
      re: /,\s+(?:which|who|whose)\s[^,;:“”"]+(?:,(?=\s)(?!\s+(?:and|or)\s|\s+[^,;:“”"]{1,60},\s+(?:and|or)\s)|(?=[.;!?]?$))/gu,
      to: '',
      why: 'a non-restrictive relative clause (between commas, or ending the sentence)',
    },
    {
      // whose greetings or condolences they are, after them, when what they are for follows: "to
      // offer his condolences | on behalf of President Biden and the American people | on the
      // assassination of former Japanese Prime Minister Abe Shinzo" (pool item 159, seed 4343: with
      // no cut there, a short version kept the meeting and lost the assassination)
      re: /(?<=\b(?:condolences|sympathy|sympathies|congratulations|greetings|wishes|respects|gratitude|thanks|support))\s+on behalf of\s+(?:the\s+)?(?:President\s+\p{Lu}[\p{L}’'-]+|American people|United States(?: of America)?|(?:U\.S\.\s)?Government(?: of the United States(?: of America)?)?)(?:\s+and\s+(?:of\s+)?the\s+(?:American people|people of the United States))?(?=\s+(?:on|for|at|over)\s)/gu,
      to: '',
      why: 'on whose behalf a greeting or condolences are given, before what they are for',
      shortOnly: true,
    },
    {
      // a person's office said aside after the name, when the sentence goes on with its verb or the
      // next name: "Ann Ganzer, Senior Official for the Bureau of International Security and
      // Nonproliferation, and Bruce Turner, Senior Official for the Bureau of Arms Control,
      // Verification and Compliance, led discussions …" (pool item 1661, a blind reading: 32 words
      // that no head shortened). An office is a title with its portfolio ("… for …", "… of …"), then
      // only capitalised words and "of/for/the/and/on/to/in/at" to the comma, so no clause is taken
      // for an office; the shortest such aside first. Before "and" only when another name and office
      // follow: an item of a list of people ("Latvian Foreign Minister Edgars Rinkevics, | Lithuanian
      // Foreign Minister …, and …") or of offices ("the President of Mauritania, Minister of Islamic
      // Affairs, and Minister of Justice") stays
      re: OFFICE_ASIDE,
      to: '',
      why: 'a person’s office said aside after the name (“Ann Ganzer, Senior Official for …, led …”)',
      shortOnly: true,
      notInLead: true,
    },
    {
      // not when the tail holds the sentence's verb ("X as well as Y is unwavering": a joined subject)
      re: /,?\s+as well as\s(?![^,;:“”"]*\b(?:is|are|was|were|has|have|had|will|would|can|must|should|remains?)\b)[^,;:“”"]+?(?=[,;]|[.!?]?$)/gu,
      to: '',
      why: 'an “as well as …” addition',
      shortOnly: true,
    },
    {
      // not when the aside is followed by the sentence's own last item: "abduct members of …
      // groups, including those who seek safety abroad, and U.S. citizens" (en_usdos_07: the U.S.
      // citizens are no example of the groups)
      re: /,\s+(?:including|such as|among them)\s(?![^,;:“”"]+,\s(?:and|or)\s[^,;:“”"]+[.!?]?$)[^;:“”"]+?(?=[.!?]?$)/gu,
      to: '',
      why: 'an “including …” list ending the sentence',
      shortOnly: true,
    },
    {
      // the quoted title of the order goes with it: it is named, not said (ru-plain.ts, `enQuoted`)
      re: /,\s+(?:pursuant to|under|in accordance with)\s+(?:Executive Orders?|E\.O\.|Section|Sec\.)\s+\d[^;]*$/u,
      to: '',
      why: 'the legal authority ending the sentence (“, pursuant to Executive Order 14014 …”): what was done stays, the order that allows it is for the specialist reader',
      shortOnly: true,
    },
    {
      // not when the tail holds the sentence's verb: "Russia’s war against Ukraine, facilitated by …, is a breach …" (a subject's aside)
      // (nor the second of a list of gerunds: "They discussed promoting democracy, protecting human
      // rights, …, and working together …", pool reading)
      re: /,\s+(?!(?:during|according|regarding|concerning|following|notwithstanding|pending|including)\b)(?![^;:“”"]*\b(?:is|are|was|were|has|have|had|will|would|can|must|should|remains?)\b)(?![^;:“”"]*,\s(?:and|or)\s)\p{Ll}+ing\s[^;:“”"]+?(?=[.!?]?$)/gu,
      to: '',
      why: 'a participial tail (“, increasing …”) ending the sentence',
    },
    {
      // (nor the second of a list of modifiers: "a vision … that is inclusive, driven by innovation,
      // and focused on those most in need", pool reading)
      re: /,\s+(?![^;:“”"]*\b(?:is|are|was|were|has|have|had|will|would|can|must|should|remains?)\b)(?![^;:“”"]*,\s(?:and|or)\s)(?:\p{Ll}+(?:ed|en)\s(?:by|with|in|on|at|from|to|into)|based on|with)\s[^;:“”"]+?(?=[.!?]?$)/gu,
      to: '',
      why: 'a past-participle or “with …” tail (“, surrounded by …”, “, based on …”) ending the sentence',
    },
  ],
  ru: [
    {
      re: /^(?:Кроме того|Вместе с тем|При этом|Также|Помимо этого|Кроме этого),\s+|^Далее(?:,\s*|\s+)(?=\S)/u,
      to: '',
      why: 'a linking opener carries no fact',
    },
    {
      // plain-words.json: «уберите: обычно ничего не добавляет»
      re: /,?\s+(?:в свою очередь|со своей стороны),?(?=\s)/gu,
      to: '',
      why: 'a linking phrase («в свою очередь», «со своей стороны») carries no fact',
    },
    { re: /\s\([^()«»“”"]{1,120}\)(?=[\s,.;:])/gu, to: '', why: 'a bracketed aside', shortOnly: true },
    {
      // not the clause a word before it asks for («в месте, где …», «там, где …»), nor one that
      // goes on after its comma with a participle phrase of its own («…, где стояли расчёты
      // советских войск, отражавших атаки врага»: kremlin.ru pool, left «в месте отражавших атаки»)
      re: /(?<!(?<!\p{L})(?:месте|местах|место|там|туда|оттуда|тех|том|тем|то|того|те)),\s+(?:котор\p{L}+|где)\s[^,;:«»“”"]+(?:,(?=\s)(?!\s+\p{Ll}+(?:вш|ющ|ящ|ащ|ущ|енн|анн|ённ)(?:ий|ая|ое|ее|ие|его|ого|ей|ему|ому|ую|юю|им|ими|их|ым|ыми|ых|ый|ой|ом|ем)(?!\p{L}))|(?=[.;!?]?$))/gu,
      to: '',
      why: 'a relative clause (“, который …”) between commas or ending the sentence',
    },
    {
      re: /,\s+(?:в том числе|включая|а также)\s[^;:«»“”"]+?(?=[.!?]?$)/gu,
      to: '',
      why: 'a list tail ending the sentence',
    },
    {
      re: /,\s+\p{Ll}+(?:ив|ав|ев|ув|ыв|вшись)\s[^;:«»“”"]+?(?=[.!?]?$)/gu,
      to: '',
      why: 'an adverbial participle tail (“, отметив …”) ending the sentence',
    },
  ],
};

/**
 * A fronted frame a short channel (a post, a caption, an SMS) may leave out: the occasion, the
 * mandate or the programme a sentence is set in ("On behalf of the Government of the United
 * States and the American people, I send …" → "I send …"; "Building on the June 15th COVID-19
 * Senior Officials Meeting, H.E. Hayashi Yoshimasa … convened …" → "H.E. Hayashi …"; "In a display of the
 * strengthening ties between the United States and Italy, the Bureau … celebrated …", a stance), and
 * an aim said before ("To advance this priority, today we add nine Nicaraguans …", pool item 1108,
 * whose lead it became: "this priority" points to a sentence the version may leave out). Not a partner ("In partnership with
 * …", "Together with …": a co-actor) nor a time or place (a fact of the news). The frame goes only
 * when what remains is a sentence with its actor (`dropFrame`), and the verifier passes it.
 */
export const FRAME =
  /^(?:Building on|Pursuant to|In light of|On behalf of|As part of|In support of|In response to|In recognition of|In honou?r of|In celebration of|In keeping with|In the spirit of|On the occasion of|In the wake of|In view of|In the context of|Against the backdrop of|With the aim of|As a result of|In an? (?:display|show|sign|demonstration|testament) of|As an? (?:sign|symbol|demonstration|testament) of|Given|Amid)\s[^,;:“”"()]{3,160},\s+(?=\p{L})|^(?:To (?:that|this) end|In this (?:regard|respect|spirit)|To\s\p{Ll}+\s(?:this|these|that|those)\s[\p{L}-]+(?:\s[\p{L}-]+)?),\s+(?=\p{L})/u;

/** The subject a sentence opens with after its frame: a pronoun, an article, a determiner, or a name and its verb. */
const ACTOR_START =
  /^(?:I|We|You|He|She|It|They|This|These|Our|Its|Their|His|Her|The|A|An|Each|Every|Both|All|Many|Several|Some|Today’s|Today's|(?:Today|Now),?\s(?:I|we|the)\s|(?:H\.E\.|Mr\.|Ms\.|Mrs\.|Dr\.|Secretary|President|Prime Minister|Foreign Minister|Ambassador)\s\p{Lu}|(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}(?:has|have|had|is|are|was|were|will|would|can|could|must|should|may|\p{Ll}+(?:s|ed))\b)/u;

/**
 * `s` without its fronted frame (FRAME), when the rest opens with its subject and is no fragment
 * by `isFragment`; `s` itself otherwise. Speech and quotations stay whole.
 */
export function dropFrame(s: string, isFragment: (t: string) => boolean): string {
  if (enQuoted(s).speech) return s; // a title in quotes ("Executive Order 14014 “Blocking Property …”") is no speech
  const m = FRAME.exec(s);
  if (!m || /[“”"]/.test(m[0])) return s;
  const rest = s.slice(m[0].length);
  const up = rest.charAt(0).toUpperCase() + rest.slice(1);
  if (!ACTOR_START.test(up) || rest.split(/\s+/).length < 4) return s;
  const t = tidy(up);
  return isFragment(t) ? s : t;
}

const tidy = (s: string): string => {
  let t = s
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/,\s*([.;!?])/g, '$1')
    .replace(/,,/g, ',')
    .replace(/\s{2,}/g, ' ')
    .trim();
  if (/^\p{Ll}(?![)\].])/u.test(t)) t = t.charAt(0).toUpperCase() + t.slice(1); // not a list mark ("б)"), "в качестве" too
  // (a cut that ended the sentence on a name in quotes: «… с экспозицией «Рождение масштаба».)
  if (!/(?:[.!?…:]|[.!?…][”»"])$/.test(t)) t += '.';
  return t;
};

/**
 * A vague topic and its examples, the examples alone (English): "They discussed issues of regional
 * and mutual concern, including Afghanistan, the challenges posed by Iran, and …" → "They discussed
 * Afghanistan, the challenges posed by Iran, and …". The examples are the news; a short version
 * would otherwise leave them out as an "including …" tail and keep the formula (a blind reading,
 * seed 555: "They talked about issues of regional and mutual concern."). Omits words, adds none.
 */
const VAGUE_TOPIC =
  /\b(discuss(?:ed|es|ing)?|talked about|talk about|reviewed|review|addressed|address|covered|raised|exchanged views on|focused on)\s+(?:a\s+(?:wide\s+|broad\s+|full\s+)?range\s+of\s+|a\s+number\s+of\s+|several\s+|many\s+|key\s+|other\s+)?(?:(?:regional|global|bilateral|international|mutual|common|shared|important|pressing|key|critical|security|economic)(?:,?\s+and\s+|\s+|,\s+))*(?:issues|topics|matters|questions|priorities|challenges|areas)(?:\s+of\s+(?:(?:regional|global|bilateral|international|mutual|common|shared)(?:\s+and\s+|\s+))+(?:concern|interest|importance|cooperation))?,\s+including\s+(?=[^;:“”"]+[.!?]?$)/u;

export function examplesForTopic(s: string): string {
  if (/[“”"]/.test(s)) return s;
  return s.replace(VAGUE_TOPIC, (_m, verb: string) => `${verb} `);
}

/** A verb of meeting or talking, a few words back: its "with …" says whom, and is no detail. */
const MEETS_BEFORE =
  /\b(?:met|meet|meets|meeting|spoke|speak|speaks|talked|talks|held talks|conferred|consulted)\b(?:\s+[^\s]+){0,8}$/u;

/** A congratulation a few words back: the "who …" after whom it congratulates says why (sms.ts holds it too). */
export const CONGRATULATES_BEFORE = /\bcongratulat\p{L}*\b[^.;:!?]{0,80}$/u;

/** A sentence with the omissible detail left out (one string; never empty: the original when too little is left). */
export function omitDetail(
  s: string,
  language: 'en' | 'ru',
  channel: 'short' | 'plain' = 'short',
  /** `s` is the version's lead: the rows marked `notInLead` keep what they match. */
  lead = false,
): string {
  // speech stays whole; around a name or a title in quotes, detail may go, never inside it
  if ((language === 'ru' ? ruQuoted(s) : enQuoted(s)).speech) return s;
  let t = s;
  const quotes = /[“”"«»]/.test(s);
  for (const row of OMISSIBLE[language])
    if ((channel === 'short' || !row.shortOnly) && !(lead && row.notInLead)) {
      const spans = quotes ? ruQuoted(t).spans : [];
      t = t.replace(row.re, (m: string, ...rest: unknown[]) => {
        const at = rest.find((x) => typeof x === 'number') as number;
        // (a cut may take a whole quotation, a title, never part of one)
        if (spans.some(([a, b]) => (at > a && at < b) || (at + m.length > a && at + m.length < b))) return m;
        // never whom a meeting or a call was with: "Blinken met today in Washington, D.C., | with
        // His Majesty King Abdullah II of Jordan." (pool reading: the "with …" tail row left "met
        // today in Washington, D.C..")
        if (language === 'en' && /^,\s+with\s/u.test(m) && MEETS_BEFORE.test(t.slice(0, at))) return m;
        // nor why one congratulates someone, said in a relative clause: "I extend my congratulations
        // to Jim O’Brien, | who began serving this week … as the Department’s Head of the Office of
        // Sanctions Coordination" (pool item 806, a blind reading: every version congratulated him on
        // nothing)
        if (language === 'en' && /^,\s+who\s/u.test(m) && CONGRATULATES_BEFORE.test(t.slice(0, at))) return m;
        // nor the last item of a list: "in diverse areas such as technology, critical minerals, | as
        // well as positive steps …" left "such as technology, critical minerals." (pool item 184)
        if (
          language === 'en' &&
          /^,?\s+as well as\s/u.test(m) &&
          /,\s[^,;]+$/u.test(t.slice(0, at)) &&
          !/\b(?:and|or)\s[^,;]+$/u.test(t.slice(0, at))
        )
          return m;
        return row.to;
      });
    }
  // (a tail cut after an abbreviation's own stop: "D.C.." → "D.C.")
  t = tidy(t).replace(/(\p{L}\.)\.$/u, '$1');
  return t.split(/\s+/).length >= 4 ? t : s;
}

// (a rank's first words are part of it: "First Vice President Riek Machar" is "Machar" again, never
// "First Machar", pool: the South Sudan statement, a blind reading)
const HEAD =
  '(?:(?:Principal |Acting |Senior |Deputy |Assistant |Under |Vice |Prime |Foreign |Special |Executive |High |First |Second |Permanent |Former |Interim |Incoming |Outgoing |U\\.S\\. )*(?:Secretary|Minister|Ambassador|President|Envoy|Representative|Spokesperson|Administrator|Coordinator|Director|Counselor|Commissioner|Governor|Senator|Advisor|Adviser|Chair|Chairman|Chief))';
const CAP = "\\p{Lu}[\\p{L}’'.-]*";
const NAME = `(?:${CAP}|\\p{Lu}\\.)(?: (?:${CAP}|\\p{Lu}\\.)){0,3}`;
/** A title (head, then "of/for/to" and its complement) with an acronym in brackets, then a name. */
const TITLED_ACR = new RegExp(
  `\\b(${HEAD}(?: (?:of|for|to|on)(?:,? (?:of|for|to|on|and|the|in)|,? ${CAP}){1,12})?) \\((\\p{Lu}{2,6})\\) (${NAME})(?=[\\s,.;:])`,
  'gu',
);
/**
 * A title whose "for …" portfolio is a list of three or more, then the name: "Under Secretary for
 * Civilian Security, Democracy, and Human Rights Uzra Zeya". The name is taken as the last two
 * capitalised words (an initial between them kept); the verifier decides whether the short form
 * ("Under Secretary Uzra Zeya") still names the release's person.
 */
const TITLED_FOR = new RegExp(
  `\\b(${HEAD})(?: of ${CAP}(?: ${CAP})?)? for ${CAP}(?: (?:${CAP}|and|of|the)){0,4}(?:, ${CAP}(?: (?:${CAP}|of|the)){0,3}){1,6},? and (?:the )?(?:${CAP} ){1,3}(\\p{Lu}[\\p{L}’'-]+(?: \\p{Lu}\\.)? ${CAP})(?=[\\s,.;:’']|$)`,
  'gu',
);
/** A head title with an "of" complement, then a name: "Secretary of State Antony J. Blinken" (its later mentions become the surname). */
const TITLED_OF = new RegExp(
  `\\b${HEAD} of ${CAP}(?: ${CAP})? (${CAP}(?: (?:${CAP}|\\p{Lu}\\.)){1,2})(?=[\\s,.;:’']|$)`,
  'gu',
);
/** A head title right before a name, no complement: "Assistant Secretary Noyes", "Secretary Blinken". */
const TITLED_SHORT = new RegExp(`\\b${HEAD} (${NAME})(?=[\\s,.;:’']|$)`, 'gu');

/** A title's own words: its complement's capitalised words and the small words between them. */
const TITLE_WORD = `(?:of|for|to|on|the|and|${CAP})`;
/**
 * A long title after a name, between commas or ending the sentence: "Antony J. Blinken, Secretary
 * of State of the United States of America," (six words or more after the head). Not across
 * "and" before another person ("… of Japan and the Honorable Antony Blinken").
 */
const NAME_LONG_TITLE = new RegExp(
  `(${NAME}), (${HEAD}) ((?:of|for|to|on) (?:the )?${CAP}(?: (?!and (?:the )?(?:Honou?rable|H\\.E\\.|His|Her|Mr\\.?|Ms\\.?|Dr\\.?|${HEAD}))${TITLE_WORD}){4,16})(?=,|[.;:]?$)`,
  'gu',
);

/**
 * A long title after a name cut to its rank, for a short channel: "Antony J. Blinken, Secretary of
 * State of the United States of America," → "Antony J. Blinken, Secretary of State,"; "Bill
 * Nelson, Administrator of the National Aeronautics and Space Administration," → "Bill Nelson,
 * Administrator,". The rank is the head and its first complement when that is one to three
 * capitalised words ("of State", "for Foreign Affairs"), else the head alone: always the release's
 * own words, in its order (the verifier checks the title occurs in the release).
 */
export function rankOnly(s: string): string {
  if (/[“”"]/.test(s)) return s;
  return s.replace(NAME_LONG_TITLE, (all, name: string, head: string, rest: string) => {
    const first = new RegExp(
      `^(?:of|for) ${CAP}(?: (?!of\\b|for\\b|and\\b|the\\b|to\\b|on\\b)${CAP}){0,2}(?= (?:of|for|to|on|and)\\b)`,
      'u',
    ).exec(rest);
    const rank = first ? `${head} ${first[0]}` : head;
    // a name's part takes the sentence's full stop with it ("… Space Administration."): it stays
    const stop = rest.endsWith('.') ? '.' : '';
    return rank.split(' ').length + 1 < `${head} ${rest}`.split(' ').length ? `${name}, ${rank}${stop}` : all;
  });
}

export interface Mentions {
  /** Surnames already introduced in the version. */
  seen: Set<string>;
  /** The institution "we" stands for, as the release names itself (empty: the release is not its own voice). */
  we?: readonly string[];
  /** True once the version has named the institution (its first mention stays a name). */
  named?: boolean;
}

const surname = (name: string): string => name.split(' ').at(-1)!;

/**
 * Names with long titles, read in order: the first mention as "Name, Title", every later one
 * as the surname alone. `m` carries what the version has introduced so far.
 */
export function shortenTitles(s: string, m: Mentions): string {
  if (/[“”"]/.test(s)) return s;
  let t = s.replace(TITLED_ACR, (all, title: string, _acr: string, name: string) => {
    const last = surname(name);
    if (m.seen.has(last)) return last;
    m.seen.add(last);
    return `${name}, ${title},`;
  });
  t = t.replace(TITLED_SHORT, (all, name: string) => {
    const last = surname(name);
    if (m.seen.has(last)) return last;
    m.seen.add(last);
    return all;
  });
  // a portfolio title: its rank and the name at first ("Under Secretary Uzra Zeya"), then the surname
  t = t.replace(TITLED_FOR, (_all, rank: string, name: string) => {
    const last = surname(name);
    if (m.seen.has(last)) return last;
    m.seen.add(last);
    return `${rank} ${name}`;
  });
  t = t.replace(TITLED_OF, (all, name: string) => {
    const last = surname(name);
    if (m.seen.has(last)) return last;
    m.seen.add(last);
    return all;
  });
  return tidy(t.replace(/,\s*,/g, ','));
}

/** The subject to repeat: the words before the verb chain, a titled name as its surname; null when too long to repeat. */
function subjectOf(s: string, words: ReadonlyArray<{ start: number }>, from: number, to: number): string | null {
  const subj = s
    .slice(words[from]!.start, words[to]!.start)
    .trim()
    // an adverb between the subject and its verb is no part of it ("Sherman and Marsudi also
    // emphasized …": the second sentence takes its own "also")
    .replace(/(?:\s+(?:also|then|now|again|today|jointly|further))+$/u, '')
    .replace(TITLED_SHORT, (_a, name: string) => surname(name))
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  if (!subj || subj.split(/\s+/).length > 8 || /[,()]/.test(subj) || /^(It|This|That|There)$/.test(subj)) return null;
  return subj;
}

/**
 * The institution as "we", where the release speaks in its own voice (`names`: how it names
 * itself; empty otherwise) and the version has already named it: "The Department of State is
 * acting …" → "We are acting …". Only a sentence that opens with the name and a verb that can agree.
 */
export function institutionAsWe(s: string, names: readonly string[]): string {
  for (const name of names) {
    const bare = name.replace(/^the /i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(
      `^(?:[Tt]he )?${bare}\\s+((?:(?:also|now|again|strongly|firmly|fully|today)\\s+)*)([\\p{Ll}’']+)\\b`,
      'u',
    ).exec(s);
    if (!m) continue;
    const verb = m[2]!;
    const agreed = MODALS.has(verb) || /ed$/.test(verb) ? verb : verb === 'was' ? 'were' : baseOfThird(verb);
    if (!agreed) continue;
    // its own "its" right after the verb is ours: "reaffirms its support" → "reaffirm our support"
    const rest = s
      .slice(m[0].length)
      .replace(/^\s+its\b/, ' our')
      .replace(/^\s+itself\b/, ' ourselves');
    return `We ${m[1]}${agreed}${rest}`;
  }
  return s;
}

const AUXES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'be', 'being']);
/** Participles that often stand before a noun as adjectives ("related supplies", "affected communities"). */
const ATTRIBUTIVE =
  /^(?:related|associated|affected|continued|increased|improved|expanded|renewed|shared|sustained|coordinated|integrated|combined|limited|targeted|detailed|advanced|specialized|specialised|dedicated|displaced|qualified|skilled|armed|organized|organised|united|enhanced|accelerated|extended)$/;
const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall']);
const BLOCK = new Set(['who', 'which', 'that', 'whose', 'whom', 'if', 'when', 'because', 'while', 'where']);

/**
 * "X will do A and do B" → "X will do A." + "X will also do B.": a second verb coordinated with
 * the first, the same form (after the same modal, or both past), gets its own sentence with the
 * subject repeated (a titled name as its surname). Null when the sentence has no such seam.
 */
export function splitCoordinated(s: string): string[] | null {
  if (/[“”"]/.test(s)) return null;
  const words = [...s.matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*|[^\s\p{L}\p{N}]/gu)].map((x) => ({
    text: x[0].replace(/\.$/, (d) => (x.index! + x[0].length === s.length ? '' : d)),
    start: x.index!,
  }));
  const isWord = (w: { text: string }): boolean => /^[\p{L}\p{N}]/u.test(w.text);
  const wi = words.map((w, i) => (isWord(w) ? i : -1)).filter((i) => i >= 0);
  const tags = tagWords(wi.map((i) => words[i]!.text));
  const pos: string[] = words.map(() => 'punct');
  for (const t of tags) if (pos[wi[t.index]!] === 'punct') pos[wi[t.index]!] = t.pos;
  const low = (i: number): string => (words[i]?.text ?? '').toLowerCase();
  // the subject: after an opening phrase that ends in a comma, up to the verb chain
  let from = 0;
  let v = -1;
  let modal: string | null = null;
  let mi = -1;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.text === ',' && v < 0 && /^(prep|adv)$/.test(pos[0] ?? '') && from === 0) {
      from = i + 1;
      continue;
    }
    if ((MODALS.has(low(i)) || AUXES.has(low(i))) && i > from) {
      modal = low(i);
      mi = i;
      let j = i + 1;
      while (pos[j] === 'adv' || low(j) === 'also' || AUXES.has(low(j))) j++;
      if (pos[j] === 'verb' || pos[j] === 'aux') v = j;
      break;
    }
    if (
      pos[i] === 'verb' &&
      i > from &&
      !/^(art|det)$/.test(pos[i - 1] ?? '') &&
      (/(ed|[^s]s)$/.test(low(i)) || IRREGULAR_PASTS.has(low(i)))
    ) {
      v = i;
      break;
    }
    if (BLOCK.has(low(i)) || (pos[i] === 'verb' && !/^(art|det)$/.test(pos[i - 1] ?? ''))) return null;
  }
  if (v < 0 || v - from > 14 || v - from < 1) return null;
  const past = !modal && (/ed$/.test(low(v)) || IRREGULAR_PASTS.has(low(v)));
  for (let k = v + 3; k < words.length - 3; k++) {
    if (BLOCK.has(low(k)) || words[k]!.text === ';' || words[k]!.text === ':') return null;
    if (low(k) !== 'and') continue;
    // an infinitive between the verb and "and" takes the verb after it: in "will meet with senior
    // officials to discuss opportunities for the United States to promote peace and support the
    // stability …" it is the United States that would support, not the envoy (pool item 1451, a
    // blind reading, seed 555: "Feltman will also support the stability …")
    // (only after a modal, where the second verb's bare form could be either's, and only when the
    // infinitive has a subject of its own: "opportunities for the United States to …", "urge the
    // parties to …"; "will meet officials to discuss … and underscore …" is still hers, and "discussed
    // efforts to urge Russia to choose … and reaffirmed …" is theirs by its past tense)
    if (
      modal !== null &&
      words.slice(v + 1, k).some((x, j) => {
        const at = v + 1 + j;
        if (x.text.toLowerCase() !== 'to' || pos[at + 1] !== 'verb') return false;
        const before = words
          .slice(Math.max(v + 1, at - 6), at)
          .map((w) => w.text.toLowerCase())
          .join(' ');
        return /\b(?:opportunit(?:y|ies)|chance|time|need|way|room|space|calls?|pressure)\s+for\s|\b(?:urge|urged|urges|ask|asked|asks|encourage|encouraged|encourages|call on|called on|calls on|help|helped|helps|allow|allowed|allows|enable|enabled|enables|invite|invited|invites|press|pressed|presses|want|wanted|wants)\b/u.test(
          before,
        );
      })
    )
      return null;
    // nor a second verb inside a reported clause with its own verb: in "The Secretary emphasized
    // that the United States and its allies and partners are united and resolved to stand with
    // Ukraine" the allies are resolved, not the Secretary (a blind reading, seed 2424: "Blinken also
    // resolved to stand with Ukraine")
    {
      const between = words.slice(v + 1, Math.min(k, v + 41)).map((x) => x.text.toLowerCase());
      const that = between.indexOf('that');
      if (
        that >= 0 &&
        between
          .slice(that + 1)
          .some((x) => /^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might)$/.test(x))
      )
        return null;
    }
    // the last of a list of verbs: "will lead, manage, and oversee …" stays one sentence
    if (/,\s[^\s,]+(?:\s[^\s,]+)?,?\s*$/u.test(s.slice(0, words[k]!.start))) return null;
    let n = k + 1;
    const adv: string[] = [];
    while (low(n) === 'also' || low(n) === 'then') adv.push(words[n++]!.text);
    const w = low(n);
    // "… have been approved and will see …": a second verb chain with its own auxiliary
    if (/^(will|would|can|could|may|must|should|has|have|had|is|are|was|were)$/.test(w) && pos[n + 1] === 'verb') {
      const subjAux = subjectOf(s, words, from, modal ? mi : v);
      if (!subjAux) return null;
      return [tidy(s.slice(0, words[k]!.start).replace(/[,\s]+$/, '')), tidy(`${subjAux} ${s.slice(words[n]!.start)}`)];
    }
    const tagged =
      pos[n] === 'verb' || (modal !== null && pos[n] === 'noun' && /^(art|det|pron)$/.test(pos[n + 1] ?? ''));
    // the chain's auxiliaries (adverbs aside): "will", "have been"; the second verb takes the form the last one asks for
    const chain = modal
      ? words
          .slice(mi, v)
          .map((x) => x.text)
          .filter((x) => MODALS.has(x.toLowerCase()) || AUXES.has(x.toLowerCase()))
      : [];
    const participle = chain.length > 0 && AUXES.has(chain.at(-1)!.toLowerCase());
    const verb =
      tagged &&
      !/ing$/.test(w) &&
      (participle
        ? /(ed|en)$/.test(w) || IRREGULAR_PASTS.has(w)
        : modal
          ? !/(ed|s)$/.test(w)
          : past
            ? /ed$/.test(w) || IRREGULAR_PASTS.has(w)
            : /[^s]s$/.test(w));
    if (!verb || words.length - n < 3) continue;
    // a participle before its noun is an adjective: "… vaccine production and related supplies" (pool item 1900)
    if (ATTRIBUTIVE.test(w) && !/^(art|det|pron|prep)$/.test(pos[n + 1] ?? '')) continue;
    // …and so is a negated participle ("unprovoked", "unjustified"), and one joined to an
    // adjective before "and" ahead of its noun: "Russia’s unjustified and unprovoked invasion"
    if (/^un\p{Ll}{3,}ed$/u.test(w) || (/(?:ed|al|ive|ous|ful|ic)$/.test(low(k - 1)) && pos[n + 1] === 'noun'))
      continue;
    // the object of the first verb ends before "and"
    const head = s.slice(0, words[k]!.start).replace(/[,\s]+$/, '');
    const subj = subjectOf(s, words, from, modal ? mi : v);
    if (!subj) return null;
    const rest = s.slice(words[n]!.start);
    const also = adv.length ? adv.join(' ') : 'also';
    const second = chain.length
      ? `${subj} ${[chain[0], also, ...chain.slice(1)].join(' ')} ${rest}`
      : `${subj} ${also} ${rest}`;
    return [tidy(head), tidy(second)];
  }
  return null;
}

/**
 * A trip and what it is for, one idea each (English): "Secretary of State Antony J. Blinken will
 * travel to Germany, France, and the United Arab Emirates May 14-16 to attend the informal meeting
 * of NATO Foreign Ministers in Berlin, Germany, join the U.S.-EU Trade and Technology Council
 * meeting in Paris-Saclay, France, and to pay respects to the late Khalifa bin Zayed Al Nahyan in
 * Abu Dhabi, UAE." → "Secretary of State Antony J. Blinken will travel to Germany, France, and the
 * United Arab Emirates May 14-16." + "Blinken will attend the informal meeting …" + "Blinken will
 * also join …" + "Blinken will also pay respects …". A travel announcement's purposes are its news
 * (a blind reading, seed 9191: cut to its head, the post said where he went and not why). Only
 * "will travel", only purposes that open with a verb's bare form; null otherwise.
 */
export function splitTravel(s: string): string[] | null {
  if (/[“”"]/.test(s)) return null;
  const m =
    /^([^,;:()]{3,120}?)\s(will\s(?:also\s)?travel)\s((?:to|through|across)\s.{2,200}?)\sto\s(\p{Ll}[\p{Ll}-]+)\s/u.exec(
      s,
    );
  if (!m) return null;
  const [, subject, travel, where] = m as unknown as [string, string, string, string];
  // the "to …" must follow the trip, not a clause inside it: "to Montenegro on April 29, where she
  // will highlight U.S. support for and the need | to accelerate work …" (pool item 752)
  if (/\b(?:where|which|who|whom|that|when|while|whereupon)\b|\b(?:he|she|they|we|I)\s+will\b/u.test(where))
    return null;
  const rest = s
    .slice(m[0].length - m[4]!.length - 1)
    .trim()
    .replace(/[.!]$/u, '');
  // the purposes: cut before ", and (to) V", ", (to) V" and " and (to) V", where V is a verb's bare form
  const words = [...rest.matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu)];
  const tags = tagWords(words.map((w) => w[0]));
  // a verb's bare form; a word the tagger reads otherwise ("open", "press", "lead") when an article
  // or a determiner follows it ("…, open the new consulate", "to press for a ceasefire")
  const bare = (i: number): boolean => {
    const w = words[i]?.[0] ?? '';
    if (!/^\p{Ll}/u.test(w) || /(?:ing|ed|[^s]s)$/u.test(w)) return false;
    return (
      tags[i]?.pos === 'verb' ||
      (/^(?:noun|adj)$/.test(tags[i]?.pos ?? '') &&
        (/^(?:art|det)$/.test(tags[i + 1]?.pos ?? '') || (i === 0 && tags[i + 1]?.pos === 'prep')))
    );
  };
  if (!bare(0)) return null;
  const cuts: number[] = [0];
  for (let i = 1; i < words.length; i++) {
    const comma = rest.slice(words[i - 1]!.index! + words[i - 1]![0].length, words[i]!.index!).trim() === ',';
    const w = words[i]![0];
    // ", and (to) V", " and (to) V", ", (to) V"
    const v = w === 'and' ? (words[i + 1]?.[0] === 'to' ? i + 2 : i + 1) : comma ? (w === 'to' ? i + 1 : i) : -1;
    if (v < 0 || !bare(v)) continue;
    // (a noun the tagger may read as a verb: "trade, security, and support for Ukraine")
    if (/^(?:for|of|and|or)$/u.test(words[v + 1]?.[0] ?? '')) continue;
    if (i - cuts.at(-1)! < 2) continue;
    // never after an infinitive inside the purpose before it: in "to urge the parties to halt
    // hostilities, participate fully in …, and take swift action …" the verbs after the commas are
    // what the parties are urged to do, not what the envoy will do (pool item 1219)
    if (
      words
        .slice(cuts.at(-1)! + 1, i)
        .some((x, k, a) => x[0] === 'to' && k + 1 < a.length && bare(cuts.at(-1)! + 2 + k))
    )
      return null;
    cuts.push(i);
  }
  const items = cuts.map((c, k) => {
    const end = k + 1 < cuts.length ? words[cuts[k + 1]!]!.index! : rest.length;
    return rest
      .slice(words[c]!.index!, end)
      .replace(/[,\s]+(?:and\s*)?$/u, '')
      .replace(/^(?:and\s+)?(?:to\s+)?/u, '');
  });
  if (items.some((t) => t.split(/\s+/).length < 2)) return null;
  // the subject again: a titled name as its surname ("Secretary of State Antony J. Blinken" →
  // "Blinken"), else the subject as written when it is short ("The delegation")
  const titled = new RegExp(`^(?:The\\s)?${HEAD}\\b`, 'u').test(subject) && /\s\p{Lu}[\p{L}’'-]+$/u.test(subject);
  const name =
    titled && !new RegExp(`^(?:The\\s)?${HEAD}$`, 'u').test(subject)
      ? surname(subject)
      : subject.split(/\s+/).length <= 6 && !/\s(?:of|for)\s/u.test(subject)
        ? subject.replace(/(?:\s+\p{Ll}+ly)+$/u, '') // (not its adverb: "Lavrov apparently will …")
        : null;
  if (!name) return null;
  return [
    tidy(`${subject} ${travel} ${where.replace(/[,\s]+$/u, '')}`),
    ...items.map((t, k) => tidy(`${name} will ${k === 0 ? '' : 'also '}${t}`)),
  ];
}

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** Text ending in a list item that is a name: "…, Hla Myo Aung". */
const NAME_BEFORE = /,\s\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){0,3}$/u;

/**
 * One idea per sentence, where the sentence itself marks the seam: a semicolon, or ", and" /
 * ", but" before a clause with its own subject (a pronoun or a capitalised name). An acronym in
 * brackets after its long form goes (youth and rural readers get the name). The verifier then
 * decides whether the result still says what the release says.
 */
export function oneIdeaEach(s: string, language: 'en' | 'ru', keepAcronyms = false): string {
  let t = keepAcronyms ? s : s.replace(/\s\((\p{Lu}{2,6})\)(?=[\s,.’'])/gu, '');
  if (language === 'en') {
    t = t.replace(/;\s+(\p{Ll})/gu, (_, c: string) => `. ${c.toUpperCase()}`);
    // a count said after a dash with what befell it: "… in mourning and honoring the victims – more
    // than 8,000 men and boys who were murdered in July 1995." → "… honoring the victims. More than
    // 8,000 men and boys were murdered in July 1995." (pool item 162: the youth post, short of
    // words, had cut the count off and never said who the victims were)
    t = t.replace(
      /\s[–—]\s((?:(?:more than|over|nearly|almost|about|some|at least|up to)\s)?\d[\d,]*\s[^–—.;:“”"]{2,60}?)\s(?:who|that|which)\s(were|was|have been|had been|has been)\s([^–—;:“”"]+[.!?])$/u,
      (_, count: string, aux: string, rest: string) => `. ${cap(count)} ${aux} ${rest}`,
    );
    t = t.replace(
      /,\s+(?:and|but),?\s+(?:(together|today|now|also),\s+)?(we|they|he|she|it|I|(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]+\s+){0,3}\p{Lu}[\p{L}’'-]+)\s+(?=\p{Ll})(?!(?:in|of|for|on|at|to|with|from|by|and|or|the|a|an|under|between|against)\s)/gu,
      (m, adv: string | undefined, subj: string, at: number, all: string) => {
        if (/^(the\s+)?\p{Lu}/u.test(subj) && /^(The|A|An)$/.test(subj)) return m;
        // the last name of a list ("Ko Jimmy, Hla Myo Aung, and Aung Thura Zaw for …"), not a new subject
        if (
          /\p{Lu}/u.test(subj.charAt(0)) &&
          !/^(We|They|He|She|It|I)$/.test(subj) &&
          NAME_BEFORE.test(all.slice(0, at))
        )
          return m;
        return `. ${adv ? `${cap(adv)}, ${subj}` : cap(subj)} `;
      },
    );
  } else {
    t = t.replace(/;\s+(\p{Ll})/gu, (_, c: string) => `. ${c.toUpperCase()}`);
    t = t.replace(/,\s+а\s+также\s+(?=\p{Lu})/gu, '. Также ');
  }
  return t;
}

/**
 * The restructure step for one sentence: detail left out (short channels), titles shortened after
 * a name's first mention, one idea per sentence. Each step stands only if `ok` (the verifier)
 * passes its result; the pieces come back as separate sentences.
 */
export function restructure(
  sentence: string,
  o: {
    language: 'en' | 'ru';
    short: boolean;
    mentions: Mentions;
    ok: (text: string) => boolean;
    /** A short channel (a post, a caption, an SMS): fronted frames and long titles after a name go. */
    brief?: boolean;
    /** English: whether a text is a fragment (select.ts), for `dropFrame`. */
    isFragment?: (text: string) => boolean;
    /** The sentence is the version's lead (`omitDetail`'s `lead`). */
    lead?: boolean;
  },
): string[] {
  let s = sentence;
  if (o.language === 'en' && o.brief) {
    const framed = dropFrame(s, o.isFragment ?? (() => false));
    if (framed !== s && o.ok(framed)) s = framed;
    const ranked = rankOnly(s);
    if (ranked !== s && o.ok(ranked)) s = ranked;
  }
  if (o.language === 'en') {
    const seen = new Set(o.mentions.seen);
    const t = shortenTitles(s, { seen, ...(o.mentions.we ? { we: o.mentions.we } : {}) });
    if (t === s || o.ok(t)) {
      s = t;
      o.mentions.seen = seen;
    }
  }
  if (o.language === 'en') {
    const t = examplesForTopic(s);
    if (t !== s && o.ok(t)) s = t;
  }
  {
    const t = omitDetail(s, o.language, o.short ? 'short' : 'plain', o.lead);
    // English: never the tail that holds the amount (“, valued at up to $150 million …”, en-heads.ts)
    if (t !== s && o.ok(t) && (o.language !== 'en' || keepsAmounts(t, s))) s = t;
  }
  const we = o.mentions.we ?? [];
  if (o.language === 'en' && we.length > 0) {
    if (o.mentions.named) {
      const t = institutionAsWe(s, we);
      if (t !== s && o.ok(t)) s = t;
    }
    if (we.some((n) => s.includes(n.replace(/^the /i, '')))) o.mentions.named = true;
  }
  if (o.language === 'en') {
    const t = unCleft(s);
    if (t !== s && o.ok(t)) s = t;
  }
  const split = oneIdeaEach(s, o.language, !o.short);
  if (split !== s && o.ok(split)) s = split;
  const out: string[] = [];
  for (const piece of splitSentences(s)) {
    const two = o.language === 'en' ? (splitTravel(piece) ?? splitCoordinated(piece)) : null;
    if (two && o.ok(two.join(' '))) out.push(...two);
    else out.push(piece);
  }
  return out;
}

/**
 * A cleft of feeling said straight (English): "it is with alarm and deep concern we learned of the
 * Taliban’s decision …" → "we learned with alarm and deep concern of the Taliban’s decision …";
 * "It is with great sadness that I learned of …" → "I learned with great sadness of …". The same
 * words in subject–verb order (issue 12: subject–verb–object), so the news opens its clause, and a
 * clause split off it no longer opens with an "It" that seems to point back. Not before an
 * auxiliary or a modal ("It is with pleasure that I am here" stays). "It’s with …", as a youth
 * version's contractions write it, is the same cleft.
 */
const CLEFT =
  /(^|,\s+and\s+|;\s+|[.!?]\s+)[Ii]t(?:\sis|[’']s)\swith\s((?:[\p{Ll}-]+\s){0,5}?[\p{Ll}-]+)\s(?:that\s)?(we|I)\s(?!(?:am|are|was|were|have|has|had|will|would|shall|should|can|could|may|might|must|do|does|did)\b)(\p{Ll}{3,})\b/u;

export function unCleft(s: string): string {
  return s.replace(CLEFT, (_m, pre: string, feeling: string, who: string, verb: string) => {
    const subject = (pre === '' || /[.!?]\s+$/u.test(pre)) && who === 'we' ? 'We' : who;
    return `${pre}${subject} ${verb} with ${feeling}`;
  });
}

/** The sentences oneIdeaEach made: cut after ". " before a capital (never after an initial or an abbreviation). */
export function splitSentences(s: string): string[] {
  return s.split(/(?<=[^\s.]{3}[.!?])\s+(?=[\p{Lu}“«])/u).filter(Boolean);
}
