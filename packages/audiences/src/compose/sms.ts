/**
 * The one SMS of a rural version: the news (the lead) in as few words as the release allows,
 * then the link. A lead too long for one message is shortened only by leaving detail out, never
 * by rewording: a tail after a cut point (a clause boundary, a purpose "to …", "where …", a
 * prepositional tail such as "in Berlin on 19 July") goes, the longest faithful head that fits
 * wins, and each head is kept only when it still has a finite verb and the verifier passes it.
 * When the release's address is too long to leave room for the news, the news goes without it
 * and a note asks for a short link. Never an empty message: when nothing fits, the shortest
 * faithful head is cut between words ("…") and the note says so.
 */
import { postLength, type Channel } from './channels.js';
import { clauseCuts, wordCut } from './render.js';
import { CONGRATULATES_BEFORE, omitDetail } from './restructure.js';
import { russianMorphology, tagWords } from '@attache/core';
import { EN_POINTS_BACK, fragment } from './select.js';
import { RU_POINTS_BACK, ruFragment, ruHeadStands, ruWholeHead } from './ru-heads.js';
import { notesIn } from './notes.js';
import { cutsList, keepsAmounts, LEAD_IN } from './en-heads.js';
import { lacksComplement } from './en-complete.js';

/** Where a sentence may end early: the start of a tail a summary may leave out (no fact is altered by omitting it). */
const TAIL: Record<'en' | 'ru', RegExp> = {
  // (and before an event's participle and its host: "participated in a trilateral meeting | hosted by
  // Republic of Korea (ROK) Special Representative … Kim Gunn", pool item 419: the 390-character
  // sentence was cut across two posts at "hosted | by")
  en: /\s(?=(?:pursuant to|in order to|to (?!the\b|a\b|an\b)\p{Ll}+|where|while|as part of|during|following|after|before|from|for|with|at|in|on|amid|including|regarding|about|through|under|between|against|(?:hosted|co-hosted|organi[sz]ed|convened|chaired|co-chaired|sponsored) by|,)\s)/gu,
  // (and a dash before a closing apposition that names again what the last noun is: «… и зону
  // адаптации | – демонстрационно-тренировочное пространство.», ru_kremlin_04; only the last
  // dash: «ведут 200 – по числу дней … – гранитных ступеней» is not cut)
  ru: /\s(?=(?:для|чтобы|в рамках|в ходе|по итогам|с целью|с участием|где|который|которая|которые|в|на|с|по|о|об|при)\s)|,\s(?=\p{Ll})|\s(?=[–—]\s\p{Ll}[^–—]*$)/gu,
};

/**
 * A Russian sentence without the participial phrase set off by commas after its subject
 * («Подполковник Сергей Владимирович Чебнёв, | завершивший к моменту начала СВО военную службу, |
 * отправился на фронт добровольцем.», ru_kremlin_03): what is left is the whole main clause. The
 * phrase opens with a full active or passive participle and holds no comma of its own; with the
 * morphology only.
 */
export function ruWithoutParticiple(s: string): string | null {
  const m = russianMorphology();
  if (!m) return null;
  const x = /,\s+(\p{Ll}+)\s[^,;:«»()–—]+,\s+(\p{Ll}+)/u.exec(s);
  if (!x) return null;
  if (!m.parse(x[1]!).some((p) => p.pos === 'PRTF' && p.score >= 0.3)) return null;
  // between the subject and its predicate: the predicate right after the phrase, none before it
  // (a phrase after the object, «осмотрел выставку, посвящённую разработкам, культурным …», runs on
  // past its comma into a list)
  const finite = (w: string): boolean => m.parse(w.toLowerCase()).some((p) => p.pos === 'VERB' && p.score >= 0.3);
  if (!finite(x[2]!) || (s.slice(0, x.index).match(/\p{L}+/gu) ?? []).some(finite)) return null;
  const rest = x.index + x[0].length - x[2]!.length;
  return `${s.slice(0, x.index)} ${s.slice(rest)}`;
}

/**
 * A head that says who did what to whom: it does not end on its verb, an adverb, a preposition, a
 * conjunction or an article ("Blinken spoke today." / "… partners and."), nor inside a title
 * ("… co-hosted Japan’s Minister." cut before "for Foreign Affairs"), and it has a lowercase verb.
 */
export function endsWhole(h: string): boolean {
  const words = h.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
  const tags = tagWords(words);
  const last = tags.at(-1);
  if (!last || /^(verb|aux|adv|prep|conj|det|art|pron)$/.test(last.pos)) return false;
  if (/^(?:today|now|also|and|or|but|the|a|an|of|to)$/i.test(last.text)) return false;
  // "… the need for Israelis and Palestinians to be able." (pool reading): "able" asks for its infinitive
  if (/^(?:able|unable)$/i.test(last.text)) return false;
  const joined = words.join(' ');
  // "adopts a humorous tone by playing." : a gerund after a preposition needs what it governs
  if (/ing$/i.test(last.text) && tags.at(-2)?.pos === 'prep') return false;
  // "Syed also took part." says nothing without what in; "… in line." without "with what"
  if (/\b(?:took|take|takes|taking) part$/i.test(joined)) return false;
  if (
    /\b(?:in (?:line|support|favou?r|charge|front|view|terms|order|addition|response|light|place|the event)|on behalf|as part|by means)$/i.test(
      joined,
    )
  )
    return false;
  // a clause cut before its verb: "These are precious moments when people from many backgrounds."
  const sub = tags.findLastIndex((t) =>
    /^(?:when|where|who|which|whose|whom|because|if|while|although)$/i.test(t.text),
  );
  if (sub >= 0 && !tags.slice(sub + 1).some((t) => t.pos === 'verb' || t.pos === 'aux')) return false;
  // a reported clause cut before its verb: "… and stressed that cooperation." (pool item 1900)
  const that = tags.findLastIndex((t, i) => /^that$/i.test(t.text) && /^(?:verb|aux)$/.test(tags[i - 1]?.pos ?? ''));
  if (that >= 0 && !tags.slice(that + 1).some((t) => t.pos === 'verb' || t.pos === 'aux')) return false;
  // a "that" clause opened by a fronted phrase and cut before its verb: "… committed to the American
  // people that, following the withdrawal of U.S. forces."
  if (
    /\bthat,\s[^,]*$/iu.test(h) &&
    !tags.slice(tags.findLastIndex((t) => /^that$/i.test(t.text)) + 1).some((t) => t.pos === 'verb' || t.pos === 'aux')
  )
    return false;
  if (/^(?:Minister|Secretary|Ambassador|Director|Envoy|Representative|Coordinator|Minister-\p{L}+)$/u.test(last.text))
    return false;
  // a word that still asks for its complement: "… by making it easier." "… the sort of investments."
  // "… intended, among other things." "… support for Cypriot-led." (en-complete.ts)
  if (lacksComplement(h)) return false;
  return tags.some((t) => (t.pos === 'verb' || t.pos === 'aux') && /^\p{Ll}/u.test(t.text));
}

/** A verb that takes an object and an infinitive, a few words before the cut: the infinitive stays. */
const ASKS_INFINITIVE =
  /\b(?:allow|enable|help|urge|encourage|ask|invite|permit|force|require|call(?:s|ed|ing)? on|want|expect|need|plan|aim|seek|continue|work|wish(?:es|ed|ing)? for|hope[sd]? for|hoping for)\p{Ll}*(?:\s+\S+){0,9}$/u;

/**
 * "for X" as the subject of the infinitive after it: "opportunities that create space for Yemenis
 * | to meet …", "a platform for leaders | to announce …", "everything seems to be in place for
 * Russia | to engage …" (pool reading): cut there, the head says the opposite of who acts.
 */
const FOR_SUBJECT = /\bfor\s+(?:[\p{L}’'.-]+\s+){0,3}[\p{L}’'.-]+$/u;

/** A noun that takes an infinitive, right before a cut ("Sweden’s request | to join NATO", "the decision | to …"). */
const ASKS_INFINITIVE_NOUN =
  /\b(?:request|requests|decision|decisions|plan|plans|effort|efforts|commitment|commitments|pledge|promise|call|calls|bid|attempt|attempts|ability|right|opportunity|opportunities|chance|intention|intent|desire|willingness|readiness|determination|resolve|failure|refusal|proposal|move|push|initiative|need|responsibility|obligation|mandate|authority|power|invitation|agreement|order|orders|steps|measures|action|actions|care|work|resources|funds|funding|time)$/iu;

/** A "from …" phrase closing the head, at most eight words long: its "to …" stays with it. */
const FROM_OPEN = /\bfrom\s+(?:(?!(?:from|to)\b)[^\s,;]+\s+){0,7}[^\s,;]+$/iu;

/** A verb of bringing a few words before a cut: its "to …" says where to, and stays. */
const BRINGS = /\b(?:bring|brought|send|sent|deliver|ship|transport|transfer)\p{Ll}*(?:\s+\S+){0,12}$/iu;

/**
 * A verb of meeting a few words before a cut: its "with …" says whom, and stays (the verb only,
 * in lower case: a "Meeting on July 19 | with over 25 countries" may still be cut).
 */
const MEETS = /\b(?:meet|meets|met|spoke|speak|speaks|talked|consulted|conferred)\b(?:\s+\S+){0,4}$/u;

/** A verb of preventing a few words before a cut: its "from …" says what is prevented, and stays. */
const PREVENTS =
  /\b(?:prevent|stop|keep|bar|ban|prohibit|restrict|deter|discourage|block|exclude|protect|shield|refrain|dissuade|preclude|save|free|release)\p{Ll}*(?:\s+\S+){0,6}$/iu;

/**
 * A noun that takes a complement ("involvement in", "support for", "the need for"): no cut right
 * after it ("… reaffirmed the need." says nothing; pool item 101; "… engage in a campaign." cut
 * before "against jailed … protesters", "… reaffirmed our shared goals." before "for improving …",
 * "one of the most important areas." before "for the protection …": seed-2026 reading).
 */
const ABSTRACT =
  /(?:\p{L}+(?:ments?|tions?|sions?|ances?|ences?|ity|ities)|role|progress|efforts?|partnerships?|relationships?|ties|dialogue|visits?|trips?|tours?|interests?|concerns?|expertise|experience|increase|rise|decline|support|commitment|stake|access|threat|attack|attacks|damage|need|needs|urgency|willingness|readiness|desire|intent|right|way|aim|goals?|areas?|priorit(?:y|ies)|opportunit(?:y|ies)|campaigns?|war|crimes|violence|framework|vision|(?<!\p{L})use|pressure|focus|emphasis|members|representatives|testament|reminder|example|catalysts?|symbol|platform|space|meetings?|talks|conversations?|strategy|agenda|calls?|appeal|hopes?|potential|capacity|mechanism|roadmap|basis|case|reasons?|ways|responsible|accountable|eligible|liable|ready|prepared|grateful|known|respect|assault|crackdown|repression|no place|work|issues|matters|steps|measures|actions|activities|sanctions|restrictions|penalties|funding|aid)$/iu;

/**
 * Where no head may end: a cut whose head ends on `before` and whose tail opens on `after` parts
 * two words that hold together. Rows (STYLE.md), each with the reading that found it.
 */
const HOLD_TOGETHER: ReadonlyArray<{ before: RegExp; after: RegExp; topic?: true }> = [
  // a preposition of two words: "including but not limited | to quantum computing" (pool item 387:
  // the head ended "(QIST) including but not limited."), "up | to", "due | to"
  {
    before: /\b(?:limited|according|due|prior|owing|close|next|thanks|up|as|similar|contrary|pursuant|subject)$/iu,
    after: /^\s*to\s/u,
  },
  // a noun that says little without its restrictive clause: "gravely concerned about the
  // environment | under which these upcoming elections are to be held" (pool item 1885, a blind
  // reading, seed 3535: the notice said "We are gravely concerned about the environment."); not any
  // noun: "a lifeline for millions of Syrians | for which there is no substitute" may end there
  {
    before:
      /\b(?:environment|conditions|circumstances|context|framework|terms|basis|process|way|manner|extent|system|rules|procedures|mechanisms?|arrangements?|situation|climate|atmosphere)$/iu,
    after: /^\s*(?:under|in|by|through|with|for|on|at|from|to|during|against|of|into|over)\s+(?:which|whom|whose)\b/u,
  },
  // a time and its day: "Media who plan to cover in person must RSVP … by 9:00 a.m. | on Wednesday,
  // May 25, 2022" (pool item 492, a blind reading, seed 2424: the post gave the hour of no day)
  {
    before:
      /(?:\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am|pm)|\bnoon|\bmidnight|\b\d{1,2}:\d{2}(?:\s?(?:ET|EDT|EST|GMT|UTC))?)$/iu,
    after:
      /^\s*on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d)/u,
  },
  // a span that runs on: "strengthening our relationship in years | to come" (pool item 1442, seed
  // 6262: every short version ended "… our relationship in years.")
  { before: /\b(?:years|months|weeks|days|decades|generations|time)$/iu, after: /^\s*to\s+come\b/u },
  // an appointment and its post: "I am appointing Amos Hochstein | to serve as the Department’s
  // Senior Advisor for Energy Security" (pool item 1461: the SMS was "I am appointing Amos Hochstein.")
  {
    before:
      /\b(?:(?:appoint|nominat|designat)\p{Ll}*|nam(?:e|es|ed|ing)|select(?:s|ed|ing)?|cho(?:se|sen|ose|oses|osing)|tap(?:s|ped|ping)?|elect(?:s|ed|ing)?)(?:\s+\S+){1,8}$/iu,
    after: /^\s*(?:to\s+(?:serve|be|become|lead|head|act)\b|as\s)/u,
  },
  // what a call or a meeting was about: "Blinken spoke today with Israeli Foreign Minister … Yair
  // Lapid | regarding the dissolution of the Knesset" (pool item 283, a blind reading, seed 2718: the
  // youth post said whom he spoke with and never what about); an SMS with no room lets it go
  {
    before:
      /\b(?:spoke|speaks|spoken|talked|talks|met|meets|called|calls|conferred|consulted|held)\b(?:\s+\S+){0,20}$/u,
    after: /^\s*(?:about|regarding|concerning)\s/u,
    topic: true,
  },
  // an adjective and the "with" it asks for: "an … investigation into the assassination of President
  // Moïse, consistent | with Haitian law" (pool item 189: the head ended "consistent.")
  {
    before:
      /\b(?:consistent|inconsistent|compatible|incompatible|along|together|line|keeping|accordance|cooperation|coordination|partnership|concert|contact|comply|complies|complied|associated|affiliated|connected|familiar|identical|equipped|charged|faced|concerned|satisfied|pleased)$/iu,
    after: /^\s*with\s/u,
  },
  // the infinitive a verb asks for: "will allow Germany and other European countries | to replenish …"
  { before: ASKS_INFINITIVE, after: /^\s*to\s/u },
  // the infinitive a noun asks for: "as we welcome Sweden’s request | to join NATO" (pool reading:
  // "… as we welcome Sweden’s request." said nothing of what was requested)
  { before: ASKS_INFINITIVE_NOUN, after: /^\s*to\s+\p{Ll}/u },
  { before: FOR_SUBJECT, after: /^\s*to\s+\p{Ll}/u },
  // what one joins someone in: "The American people join the people of Bosnia and Herzegovina | in
  // mourning and honoring the victims" (pool reading: the version never said what for, nor Srebrenica)
  { before: /\b(?:join|joins|joined|joining)\b(?:\s+\S+){1,10}$/iu, after: /^\s*in\s/u },
  // "from X" and its "to Y": "a full range of issues from reversing the tide of climate change | to
  // countering transnational crime" (pool reading)
  { before: FROM_OPEN, after: /^\s*to\s/u },
  // where a verb of bringing takes what it brings: "bringing the millions of tons of grain stuck at
  // Ukraine’s ports | to those facing food insecurity" (pool reading, 2022)
  { before: BRINGS, after: /^\s*to\s/u },
  // an amount and what it is for: "The U.S. will give $5 million | to support geothermal research"
  // (the SMS said "The U.S. will give $5 million.", for nothing)
  {
    before:
      /(?:[$€£]\s?\d[\d,.]*(?:\s*(?:million|billion|trillion))?|\d[\d,.]*\s*(?:million|billion|trillion)(?:\s+(?:dollars|euros|pounds))?)(?:\s+each)?$/u,
    after: /^\s*(?:to|for)\s/u,
  },
  // the "with" of a verb of meeting: "met today in Muscat | with Deputy Foreign Minister …" cut there
  // said "Sherman met today in Muscat." (pool reading: whom she met is the news); "Blinken met
  // yesterday | with North Macedonia’s Foreign Minister"
  { before: MEETS, after: /^\s*with\s/u },
  { before: /\b(?:met|meet|meets|spoke|speak|speaks|talked|talks|held talks)(?:\s+\S+)?$/u, after: /^\s*with\s/u },
  // people and where they come from: "will meet with senior government officials and
  // representatives | from the incoming Boric administration" (pool item 1173, a blind reading: the
  // youth post said "Nichols will meet senior government officials and representatives.")
  {
    before: /\b(?:representatives|members|officials|leaders|delegates|delegations?|experts|participants|envoys)$/u,
    after: /^\s*from\s/u,
  },
  // why one congratulates someone, said in a relative clause: "I extend my congratulations to Jim
  // O’Brien, | who began serving this week … as the Department’s Head of the Office of Sanctions
  // Coordination" (pool item 806, a blind reading: every version congratulated him on nothing)
  { before: CONGRATULATES_BEFORE, after: /^\s*,?\s*who\s/u },
  // the "from" of a verb of preventing: "designed to prevent Russia | from profiting …" (en_usdos_03:
  // "The E.O. is designed to prevent Russia." said the opposite of the release)
  { before: PREVENTS, after: /^\s*from\s/u },
];

/** The first word of `rest` is an adjective ("nutritious food"), by the tagger, in its context. */
function adjectiveNext(rest: string): boolean {
  const words = rest.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu)?.slice(0, 3) ?? [];
  return words.length > 1 && tagWords(words)[0]?.pos === 'adj';
}

/** The most words a head of the lead may have when no shorter head stands (the longest a rural sentence may run, and half as much again). */
export const LEAD_LONGEST = 38;
/** A lead longer than this (words, its omissible detail left out) may be cut to `LEAD_LONGEST`; a shorter one keeps its places and purposes. */
export const LEAD_LONG = 50;

/**
 * An English lead too long for any version (over 60 words) that has a head of `LEAD_LONGEST` words
 * or fewer with its amounts, a sentence: the news said shorter ("The … Rewards for Justice program
 * is offering a reward of up to $10 million each for information leading to the identification or
 * location of ISIS-K leader Sanaullah Ghafari." of a 69-word offer).
 */
export function leadHasHead(s: string): boolean {
  // (a "sentence" of more than 150 words is no lead to cut, and a text with no stop would make
  // every cut a pass over all of it: hostile input stays linear)
  if (s.length > 1500 || s.split(/\s+/).length > 150) return false;
  return smsHeads(s, 'en').some(
    (h) => h.split(/\s+/).length <= LEAD_LONGEST && keepsAmounts(h, s) && endsWhole(h) && !fragment(h, 'en'),
  );
}

/** "this" or "these" and a noun that is no span of time ("this reduction", not "this week"). */
const EN_THIS_THING =
  /\b(?:this|these|This|These)\s+(?!(?:week|weekend|month|year|morning|afternoon|evening|time|day|summer|spring|fall|autumn|winter|decade|century|season|moment|fiscal|quarter|is|was|will|has|had|are|were)\b)\p{Ll}{3,}/u;

/**
 * Before "and" and a verb of a statement in the present, the subject's second act. Not a word that
 * is as often a noun ("… commitment to stability in the region and support for a two-state
 * solution", pool item 783, lost the two-state solution; "demand", "pledge"), nor a verb's noun
 * use before "for", "of" or "to" ("and stress on", "and welcome of").
 */
const SECOND_VERB =
  /,?\s(?=and\s(?:also\s)?(?:calls?\s(?=on\b|upon\b|for\b)|(?:note|urge|reaffirm|reiterate|welcome|express|stress|underscore|emphasi[sz]e|encourage|commend|applaud|recogni[sz]e|remain|highlight|announce|affirm|reject)s?\s(?!and\b|or\b|to\b|for\b|of\b|from\b|on\b)))/gu;

/** Heads of `s` that end at a cut point, longest first, each a full sentence (ends in "."). */
export function smsHeads(
  s: string,
  language: 'en' | 'ru',
  again = true,
  /** Keep what a call or a meeting was about (no cut before its "about …"); an SMS with no room lets it go. */
  keepTopic = true,
  /** `s` is a version's lead (`omitDetail`'s `lead`): who the news is about keeps the office said of them. */
  lead = false,
): string[] {
  const cuts = new Set<number>();
  // Russian: not between two titles or names ("заместителя Премьер-министра, | Министра внутренних дел …")
  for (const c of clauseCuts(s)) if (language === 'en' || !/^\p{Lu}/u.test(s.slice(c))) cuts.add(c);
  // English: the second of two objects when it opens with a possessive name ("stressed the strong
  // partnership between the United States and Israel | and America’s unwavering support for …",
  // pool item 1777), not as the "and" of "between …" or "both …" ("between the U.S. | and Israel’s …"),
  // nor after a name that may share the possessive
  if (language === 'en')
    // (or a possessive pronoun: "support for the Nicaraguan people | and their fight for free and
    // fair elections, …", a blind reading, seed 777: with no cut there, the SMS gave up the lead)
    for (const m of s.matchAll(/\s(?=and\s(?:\p{Lu}[\p{L}.-]*[’']s|their|its|his|her)\s)/gu)) {
      const before = s.slice(0, m.index);
      // (a name right before may be the first owner: "Armenia | and Azerbaijan’s historic
      // opportunity"; it ends a first object only as the end of "between … and Israel")
      const ends = /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(before) || /\bbetween\s+(?:\S+\s+){0,3}and\s+\S+$/u.test(before);
      if (ends && !/\b(?:between|both)\s+(?:(?!and\b)\S+\s+){0,3}(?!and\b)\S+$/u.test(before)) cuts.add(m.index!);
    }
  // English: the second of two objects of one preposition: "a reward … for information leading to
  // the identification or location of ISIS-K leader Sanaullah Ghafari | and for information leading
  // to the arrest …" (every Rewards for Justice offer in the State Department pool); and the second
  // topic of a call, "the importance of" or "the need for" something: "spoke … about the … attack
  // against Ukraine by Russia’s military forces | and the importance of building a strong
  // international response" (pool item 1251, whose lead ran across two posts)
  if (language === 'en')
    for (const m of s.matchAll(
      /,?\s(?=and\s(?:(?:for|to|against|with)\s\p{Ll}|(?:the|their|its|our)\s(?:importance|need|necessity|urgency|value|role)\s(?:of|for)\s))/gu,
    ))
      cuts.add(m.index!);
  // English: the second verb of one subject, a statement's second act: "… condemn Russia’s
  // unprovoked invasion of Ukraine | and note the grave impediments to international cooperation …"
  // (pool item 1204, a joint statement on the Arctic Council: with no head of its lead that fit, the
  // SMS said "We hold a responsibility to the people of the Arctic.")
  if (language === 'en')
    for (const m of s.matchAll(SECOND_VERB)) if (s.slice(0, m.index).split(/\s+/).length >= 6) cuts.add(m.index!);
  for (const m of s.matchAll(TAIL[language]))
    // not inside a name or a title: "German Ministry | for Economic Affairs", "the Committee | on
    // World Food Security" (pool item 118, seed 7373: "… the President of the UN General Assembly and
    // the Committee."), but for a day or a month after "on" ("… Kuleba | on Monday")
    if (
      !(
        /\p{Lu}[\p{L}’'.-]*$/u.test(s.slice(0, m.index)) &&
        /^\s(?:for|of|on)\s\p{Lu}/u.test(s.slice(m.index)) &&
        !/^\s(?:on)\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/u.test(
          s.slice(m.index),
        )
      ) &&
      // nor between a noun and its complement: "involvement | in …", "role | in …", "the strong
      // partnership | between the United States and Israel", "the importance | of …" (pool item 1777:
      // "Blinken and Lapid emphasized the strong partnership." said with whom no more)
      !(
        ABSTRACT.test(s.slice(0, m.index)) &&
        /^\s(?:in|on|for|with|to|against|about|regarding|between|of)\s/u.test(s.slice(m.index))
      ) &&
      // nor between a threat and whom it comes from: "defend against threats | from authoritarian regimes"
      !(
        /\b(?:threats?|risks?|dangers?|pressure|attacks?|aggression)$/iu.test(s.slice(0, m.index)) &&
        /^\s(?:from|by|of)\s/u.test(s.slice(m.index))
      ) &&
      // nor before the reason: "acting against PRC officials | for their involvement …"
      !/^\s(?:for|over)\s(?:their|his|her|its)\s/u.test(s.slice(m.index)) &&
      // nor before what a greeting is for: "my warmest congratulations to His Majesty the Emperor of
      // Japan | on the occasion of his 62nd birthday" (pool: a blind reading; the birthday is the news)
      // (or, with "on the occasion of" made plain, "… Emperor of Japan | on his 62nd birthday")
      !/^\s(?:on|at)\sthe\soccasion\sof\s/u.test(s.slice(m.index)) &&
      !/^\son\s(?:his|her|their|its|your|the)\s(?:[\p{L}\p{N}’'-]+\s){0,3}(?:birthday|anniversary|[Nn]ational [Dd]ay|[Ii]ndependence [Dd]ay|[Cc]onstitution [Dd]ay|election|re-election|inauguration|appointment|accession|coronation|jubilee)\b/u.test(
        s.slice(m.index),
      ) &&
      // (and after "congratulate X", any "on …": "We warmly congratulate His Highness Sheikh Mohamed
      // bin Zayed Al Nahyan | on assuming the role of President …", a blind reading, seed 9191: the
      // SMS congratulated him on nothing)
      !(/\bcongratulat\w*\s[^.;:]*$/iu.test(s.slice(0, m.index)) && /^\s(?:on|upon)\s/u.test(s.slice(m.index))) &&
      // nor before a direction: "the Taliban continue to move Afghanistan | in the wrong direction"
      // (a blind reading, seed 777: the head said "continue to move Afghanistan.")
      !/^\s(?:in|into)\s(?:the|a)\s(?:\p{Ll}+\s)?(?:direction|path)\b/u.test(s.slice(m.index))
    )
      cuts.add(m.index!);
  // lists of three or more short items: "federal, state, and local", "lead, manage and oversee"
  // (a name's "Jr.," is no item: "Christopher Kinahan, Jr., | for participating in, or …", pool item 832)
  const lists = [...s.matchAll(/(?:[^\s,]+(?:\s[^\s,]+){0,2},\s){1,}[^\s,]+(?:\s[^\s,]+){0,2},?\s(?:and|or)\s/gu)]
    .filter((m) => !/\b(?:Jr|Sr)\.,\s\p{Ll}/u.test(m[0]))
    .map((m) => [m.index, m.index + m[0].length] as const);
  const heads = [...cuts]
    .filter((c) => c > 0 && c < s.length - 1)
    // not inside a list: "a roundtable of federal, | state, | and local government representatives"
    .filter(
      (c) => !lists.some(([a, b]) => c > a && c < b) && (language !== 'en' || (!cutsList(s, c) && !LEAD_IN.test(s))),
    )
    // nor between two words that hold together (HOLD_TOGETHER); what a call was about only when kept
    .filter((c) => {
      const before = s.slice(0, c).trimEnd();
      const after = s.slice(c);
      return !HOLD_TOGETHER.some((r) => (keepTopic || !r.topic) && r.after.test(after) && r.before.test(before));
    })
    // nor inside a noun phrase whose restrictive clause follows: "supporting leaders at all levels
    // | in Bosnia and Herzegovina who are willing to take meaningful steps" (the leaders who are
    // willing, not all leaders)
    .filter(
      (c) => !/^\s*(?:in|at|from|of|across|within|throughout)\s[^,;:]{0,60}?\s(?:who|that|whose)\s/u.test(s.slice(c)),
    )
    // nor inside what "render" makes of its object: "attacks that are rendering farmland | in Ukraine unusable"
    .filter((c) => !/\brender(?:s|ed|ing)?(?:\s+\S+){1,3}$/iu.test(s.slice(0, c).trimEnd()))
    // nor at a comma before an adjective: a run of modifiers goes on to its noun ("providing
    // sustainable, high quality, | nutritious food" cut there said "giving sustainable, high quality.")
    .filter(
      (c) =>
        language !== 'en' ||
        !(/,\s*$/u.test(s.slice(0, c)) || /^,/u.test(s.slice(c))) ||
        !adjectiveNext(s.slice(c).replace(/^[,\s]+/u, '')) ||
        // (an adjective with its own complement, after the noun it describes, is a phrase of its
        // own: "…the assassination of President Moïse, | consistent with Haitian law and …")
        /^[,\s]+\p{Ll}+\s+(?:with|to|for)\s/u.test(s.slice(c)),
    )
    // nor after "both" before its "and": "… sell goods both domestically | and abroad"
    .filter((c) => !/\bboth\b(?![^,;]*\band\b)[^,;]*$/iu.test(s.slice(0, c)))
    .map((c) =>
      s
        .slice(0, c)
        .replace(/[\s,;:–—-]+$/u, '')
        .replace(/([^.!?…])$/u, '$1.'),
    )
    // a Russian head ending on a number is a count cut from its noun ("337 БПЛА, из них 91.")
    // (and with the morphology, a head that still says who did what: ru-heads.ts)
    .filter(
      (h) => h.split(/\s+/).length >= 4 && (language === 'en' ? endsWhole(h) : !/\d\.$/.test(h) && ruHeadStands(h, s)),
    );
  const omitted = omitDetail(s, language, 'short', lead);
  const noParticiple = language === 'ru' ? ruWithoutParticiple(s) : null;
  // (the sentence without its participial phrase, and that one's own heads)
  const more = noParticiple && !ruFragment(noParticiple) ? [noParticiple, ...smsHeads(noParticiple, language)] : [];
  // English: the heads of the sentence without its omissible detail too ("The … program,
  // administered by …, is offering a reward … of ISIS-K leader Sanaullah Ghafari, also known as …,
  // and for information …" has its head at "and for" only once both asides are gone)
  if (language === 'en' && again && omitted !== s && !fragment(omitted, language))
    more.push(...smsHeads(omitted, language, false, keepTopic, lead));
  return [
    ...new Set([s, ...(language === 'en' && fragment(omitted, language) ? [] : [omitted]), ...heads, ...more]),
  ].sort((a, b) => b.length - a.length);
}

export interface Sms {
  text: string;
  notes: string[];
}

/** The SMS for `lines` (the version's sentences, the lead first). */
export function composeSms(
  lines: readonly string[],
  link: string | undefined,
  channel: Channel,
  language: 'en' | 'ru',
  ok: (text: string) => boolean,
  /** Language of the notes. */
  locale: 'en' | 'ru' = language,
  /**
   * How many of the audience's targets a head meets (English: the reader's grade and sentence
   * length, targets.ts). Among the heads that fit, the plainest is taken, the longest of those
   * first: the news in plain words rather than the release's longest clause that fits.
   */
  plainness?: (text: string) => number,
): Sms {
  const max = channel.maxChars ?? 160;
  const tail = link ? ` ${link}` : '';
  const notes: string[] = [];
  const lead = lines[0];
  const N = notesIn(locale);
  if (!lead) return { text: '', notes: [N.smsNoSentence({})] };
  // the lead's heads first, then the next sentences' (the news is in the lead; a later sentence only when the lead cannot be shortened)
  const tried = new Map<string, boolean>();
  const good = (h: string): boolean => {
    let v = tried.get(h);
    if (v === undefined) tried.set(h, (v = !fragment(h, language) && ok(h)));
    return v;
  };
  // English: the heads that keep the sentence's amounts first (en-heads.ts)
  // a later sentence that points back ("He will also hold …", "Они обеспечили …") never opens the
  // SMS: sent alone, its pronoun stands for no one
  const pointsBack = language === 'en' ? EN_POINTS_BACK : RU_POINTS_BACK;
  // (nor, English, one that names its thing by "this" or "these": "We have seen no evidence of this
  // reduction." was a G7 statement's SMS, pool item 1289, a blind reading, seed 5151)
  const pools = lines
    .slice(0, 3)
    .filter((l, i) => i === 0 || (!pointsBack.test(l) && !(language === 'en' && EN_THIS_THING.test(l))))
    // (the lead keeps the office said of its person: "Kim, U.S. Special Representative for the
    // Democratic People’s Republic of Korea, will travel to Seoul" is no "Kim will travel …")
    .map((l, i) =>
      language === 'en'
        ? smsHeads(l, language, true, true, i === 0).toSorted(
            (a, b) => Number(keepsAmounts(b, l)) - Number(keepsAmounts(a, l)),
          )
        : smsHeads(l, language),
    );
  const plainOf = new Map<string, number>();
  const plain = (h: string): number => {
    let v = plainOf.get(h);
    if (v === undefined) plainOf.set(h, (v = plainness ? plainness(h) : 0));
    return v;
  };
  const pick = (heads: readonly string[], budget: number): string | undefined => {
    const fit = heads.filter((x) => postLength(x, channel) <= budget && good(x));
    // the first of the plainest (a stable choice: the order given breaks ties)
    return plainness
      ? fit.reduce<string | undefined>((a, x) => (a === undefined || plain(x) > plain(a) ? x : a), undefined)
      : fit[0];
  };
  const noLink = (): string => N.smsNoRoomForLink({ length: postLength(link ?? '', channel) });
  // English: the news with its count or amount and no link before a head without them ("… visa
  // restrictions on 28 Cuban officials." over "… visa restrictions." and the link; pool item 180)
  if (language === 'en' && link) {
    // the shortest such head: the link may still fit, and an SMS says the news in the fewest words
    const alone = pick(pools[0]!.filter((h) => keepsAmounts(h, lead, true)).toReversed(), max);
    const linked = pick(pools[0]!, max - tail.length);
    if (alone && (!linked || !keepsAmounts(linked, lead, true))) {
      if (postLength(alone + tail, channel) <= max) return { text: alone + tail, notes };
      notes.push(noLink());
      if (alone !== lead) notes.push(N.smsShortened({ max, sentence: alone }));
      return { text: alone, notes };
    }
  }
  for (const heads of pools) {
    const full = pick(heads, max - tail.length);
    if (full) {
      if (full !== lead) notes.push(N.smsShortened({ max, sentence: full }));
      return { text: full + tail, notes };
    }
    const alone = link ? pick(heads, max) : undefined;
    if (alone) {
      notes.push(noLink());
      return { text: alone, notes };
    }
    // no head of the lead with its topic fits: whom the call or the meeting was with, before
    // another sentence or a cut between words (pool items 1251 and 783: "… Waleed El Khereiji
    // about the premeditated, …")
    if (language === 'en' && heads === pools[0]) {
      const bare = pick(
        smsHeads(lead!, language, true, false).filter((h) => !heads.includes(h)),
        max - tail.length,
      );
      if (bare) {
        notes.push(N.smsShortened({ max, sentence: bare }));
        return { text: bare + tail, notes };
      }
    }
  }
  // nothing fits whole: the shortest faithful head, cut between words
  const shortest = pools[0]!.filter((x) => good(x)).at(-1) ?? lead;
  let cut = wordCut(shortest, /[«“]/u.test(shortest) ? max - 1 : max, channel)[0]!;
  // a cut inside a quotation closes it after the "…" (an excerpt, elided; «В поздравлении говорится:
  // «Пасхальные торжества … на добрые …»»: kremlin.ru's Easter message, where the open quotation
  // failed the verifier and the SMS came out empty)
  const opens = (cut.match(/[«“]/gu) ?? []).length;
  const closes = (cut.match(/[»”]/gu) ?? []).length;
  if (opens > closes) cut += language === 'ru' ? '»' : '”';
  notes.push(N.smsCut({ link: link ? 1 : 0 }));
  return { text: cut, notes };
}

/**
 * A sentence over `maxWords` shortened the way the SMS is: its longest head within `maxWords`
 * words that ends at a cut point, still says who did what (English) and that `ok` (the verifier)
 * passes. Null when there is none (the sentence stays whole). Quotations are never cut.
 */
export function shortenLong(
  s: string,
  maxWords: number,
  language: 'en' | 'ru',
  ok: (text: string) => boolean,
  /** `s` is the version's lead. English: a head keeps the sentence's counts too ("more than 8,000 men
   * and boys": the lead's news), and the office said of a person (`omitDetail`'s `lead`). */
  lead = false,
): string | null {
  // Russian names in guillemets («Движения первых») are no quotation; speech is (four words or more inside)
  const quoted = language === 'ru' ? /[“"]|«(?:[^»\s]+\s){3,}/u : /[“”"«»]/;
  if (quoted.test(s) || s.split(/\s+/).length <= maxWords) return null;
  // Russian: a head that still says who did what (ru-heads.ts; none without the morphology)
  // English: a head keeps the sentence's amounts and shares (en-heads.ts)
  const whole = (h: string): boolean => (language === 'en' ? keepsAmounts(h, s, lead) : ruWholeHead(h, s));
  return (
    smsHeads(s, language, true, true, lead).find(
      (h) => h.split(/\s+/).length <= maxWords && whole(h) && !fragment(h, language) && ok(h),
    ) ?? null
  );
}
