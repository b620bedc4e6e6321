/**
 * What a shortened English sentence must keep (sms.ts's heads, restructure.ts's omissions): its
 * amounts, every item of a list it gives, and a lead-in that says nothing alone stays whole.
 */
import { tagWords } from '@attache/core';

/**
 * Amounts and shares (“$150 million”, “40 percent”, “3,700 businesses” aside), and a sentence's
 * term (“sentencing of … Navalny on additional spurious charges to nine more years”: a blind
 * reading, seed 777, where the head kept the sentencing and dropped its term): what a shortened
 * sentence must keep.
 */
const AMOUNT =
  /[$€£]\s?\d[\d,.]*(?:\s*(?:million|billion|trillion))?|\b\d[\d,.]*\s*(?:%|percent|per cent|million|billion|trillion)|\bto\s(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty)\s(?:more\s|additional\s)?years?\b/g;

/**
 * Whether `head`, a shortened `sentence`, still states each amount and share the sentence states
 * (English). A head that keeps “I’m authorizing today … a drawdown.” and leaves out “up to
 * $150 million” drops the news (pool item 640).
 */
export function keepsAmounts(head: string, sentence: string, counts = false): boolean {
  return (
    (sentence.match(AMOUNT) ?? []).every((a) => head.includes(a.trim())) &&
    // with `counts`, a count and what it counts do not both go (COUNT)
    (!counts ||
      ((sentence.match(COUNT) ?? []).every(
        (c) => head.includes(c.trim()) || head.includes(c.trim().split(/\s+/).at(-1)!),
      ) &&
        // nor the places a list names: "… installations of three new temporary art exhibitions at
        // Chief of Mission residences in Canada, Poland, and Slovenia" (pool item 0, seed 8080: the
        // youth post said where nothing was)
        (sentence.match(PLACES) ?? []).every((p) => head.includes(p)) &&
        // nor what a visit or a meeting was for, when that is the news (PURPOSE)
        (sentence.match(PURPOSE) ?? []).every((p) => head.includes(p.replace(/^,\s+/u, ''))) &&
        // nor the days of a trip (TRIP_DAYS)
        (sentence.match(TRIP_DAYS) ?? []).every((d) => head.includes(d.trim()))))
  );
}

/** A month's name. */
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/** A verb of travel, after which a lead's days and purpose belong to the trip (TRIP_DAYS, PURPOSE). */
const TRAVEL = String.raw`(?:travel|travels|traveling|travelling|visit|visits|visiting|lead a delegation)`;

/**
 * The days of a trip the lead announces: "… will travel to Pakistan, Tunisia, and the United Arab
 * Emirates | from March 21 to March 30" (pool item 1027, a blind comparison, seed 4646: the notice
 * said where and not when). Only after a verb of travel.
 */
const TRIP_DAYS = new RegExp(
  String.raw`(?<=\b${TRAVEL}\b[^.;:]{0,120}?)\s(?:from\s|on\s|between\s)?${MONTH}\s\d{1,2}(?:\s?[-–]\s?(?:${MONTH}\s)?\d{1,2})?(?:\s(?:to|and|through|until)\s(?:${MONTH}\s)?\d{1,2})?`,
  'gu',
);

/**
 * What a meeting or a visit was for, set off by a comma, when that is its news: "… met today with
 * Japanese Prime Minister Kishida Fumio in Tokyo, Japan, to offer his condolences … on the
 * assassination of former Japanese Prime Minister Abe Shinzo" (pool item 159, seed 4343: every
 * short version said only that they met). Its verb and object, which a head of the lead keeps.
 */
// (and the meeting a trip is made to attend, with or without the comma: "Bonnie Jenkins is visiting
// Brussels, Belgium to attend a meeting of NATO’s Arms Control, Disarmament and Nonproliferation
// Committee", pool item 157, whose notice had kept only where she went once a head of its lead
// could be read, seed 4646)
const PURPOSE = new RegExp(
  String.raw`(?:,\s+(?:in order\s+)?to\s+(?:offer|express|convey|extend|pay|sign|attend|mark|commemorate|launch|open|inaugurate|announce)\s+(?:(?:his|her|their|its|our|the|a|an)\s+)?(?:[\p{L}-]+\s+)?(?:condolences|sympath(?:y|ies)|respects|tribute|agreement|accord|treaty|memorandum|funeral|inauguration|summit|ceremony|anniversary|launch|opening)|(?<=\b${TRAVEL}\b[^.;:]{0,80}?),?\s+to\s+(?:attend|participate in|take part in|co-host|host|chair|lead)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:meeting|ministerial|conference|summit|forum|session|dialogue|consultations|talks))\b`,
  'gu',
);

/** A list of two or more names after "in": "in Canada, Poland, and Slovenia". */
const PLACES =
  /\bin\s\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)?(?:,\s\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)?)*,?\s(?:and|or)\s\p{Lu}[\p{L}’'-]+/gu;

/**
 * A count of people or things (“28 Cuban officials”, “over 25 countries”): an SMS head that leaves
 * it out with what it counts says the measure and not whom it hits (“… has taken steps to impose
 * visa restrictions.”, pool item 180). Not a year (“2021 protests”) nor a day after its month
 * (“July 11 protesters”).
 */
const COUNT =
  /(?<!(?:January|February|March|April|May|June|July|August|September|October|November|December)\s)\b(?!(?:19|20)\d\d\b)\d[\d,]*\s+(?:\p{Lu}\p{L}+\s+)?(?:\p{Ll}{3,}s|men|women|children|people)\b/gu;

/**
 * A list the cut would end early (English): after the comma at `c`, more items follow and the
 * list closes with “and” or “or” (“the Foreign Ministers of Canada, France, Italy, Norway, | the
 * United Kingdom, the United States of America, and the High Representative …”; “discussed the
 * Arctic, | joint efforts to protect democracy, and other issues”). Cut there, the head reads as
 * the whole list: fewer signatories, fewer topics (pool items 1003, 1313). Items run to eight
 * words without a comma; a tail that opens a clause (“to …”, “which …”, “including …”, a verb
 * in -ing) is no item.
 */
const LIST_GOES_ON =
  /^(?!(?:to|which|who|whose|where|when|while|as|including|such|with|without|in|on|at|for|from|by|after|before|during|and|but|or|because|although|if|though|since|so|then|where)\b|\p{Ll}+ing\b)(?:[^,;.:\s]+(?:\s[^,;.:\s]+){0,7},\s)*[^,;.:\s]+(?:\s[^,;.:\s]+){0,7},?\s(?:and|or)\s/u;

/** The last item of a list, after its comma: “…, | and other issues of mutual interest”. */
const LAST_ITEM = /^(?:and|or)\s/u;
/** A head whose last words hold an earlier item of the list: “the Arctic, joint efforts to protect democracy,”. */
const ITEM_BEFORE = /,\s(?:[^,;.:\s]+\s){0,7}[^,;.:\s]+,\s*$/u;

export function cutsList(s: string, c: number): boolean {
  // a cut at the comma itself reads as one after it: "a vision … that is inclusive | , driven by
  // innovation, and focused on …" (pool reading)
  const sep = /^\s*([,;])/u.exec(s.slice(c))?.[1];
  const at = sep ? s.indexOf(sep, c) + 1 : c;
  const head = s.slice(0, at);
  const tail = s.slice(at).trimStart();
  // a list in semicolons: "… commitment to protect public health; | conserve our lands, …; and
  // deliver …" (pool reading)
  if (/;\s*$/u.test(head) && /;\s(?:and|or)\s/u.test(tail)) return true;
  // a list of gerunds: "They discussed promoting democracy, | protecting human rights, addressing
  // economic challenges, and …" (pool reading; LIST_GOES_ON takes a tail in -ing for a clause)
  if (
    /,\s*$/u.test(head) &&
    /^\p{Ll}+ing\s[^,;.:]*,\s(?:[^,;.:]+,\s)*(?:and|or)\s/u.test(tail) &&
    /(?:^|\s)\p{Ll}+ing\s[^,;]*,\s*$/u.test(head)
  )
    return true;
  // an aside, then the list's last item: “abduct members of … minority groups | , including those
  // who seek safety abroad, and U.S. citizens” (en_usdos_07): cut there, U.S. citizens go unsaid
  if (/^,?\s*(?:including|such as|especially|particularly|notably|in particular)\s[^,;.]+,\s(?:and|or)\s/u.test(tail))
    return true;
  if (!/,\s*$/.test(head)) {
    // a cut inside an item (“the Arctic, joint efforts | to protect democracy, and other issues”):
    // an item after the head's last comma, and the list's close ahead with no comma before it
    const last = head.lastIndexOf(', ');
    const close = tail.search(/,\s(?:and|or)\s/u);
    if (
      last >= 0 &&
      close >= 0 &&
      head.slice(last + 2).split(/\s+/).length <= 8 &&
      !/[,;:.]/.test(tail.slice(0, close))
    )
      return true;
    // … or with more items before the close: “crimes against humanity in Xinjiang, repressive
    // policies | in Tibet, crackdown on … in Hong Kong, and human rights violations” (en_usdos_07).
    // The head's last item has no verb (else its comma closed a clause: “In 2020, the U.S.
    // provided aid | to Kenya, Uganda, and Tanzania” is cut before a list, not inside one).
    // (the rest of the item is a few words, and the head's item is not the list's last: “…, and
    // Mexico | in San Jose, …”)
    const item = head.slice(last + 2);
    const m = /^([^,;:.]*),\s(.*)$/su.exec(tail);
    const rest = m?.[2];
    return (
      last >= 0 &&
      rest !== undefined &&
      !/^(?:and|or)\s/u.test(item) &&
      item.split(/\s+/).length <= 8 &&
      m![1]!.split(/\s+/).length <= 6 &&
      (LIST_GOES_ON.test(rest) || LAST_ITEM.test(rest)) &&
      !tagWords(item.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? []).some((t) => t.pos === 'verb' || t.pos === 'aux')
    );
  }
  return LIST_GOES_ON.test(tail) || (LAST_ITEM.test(tail) && ITEM_BEFORE.test(head));
}

/** A lead-in that says only what follows (“The following is a statement from …”): a head cut from it says nothing. */
export const LEAD_IN = /^(?:The following is|The below is|Below is)\b/u;
