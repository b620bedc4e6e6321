/**
 * The news first (English): a release often opens with a stance or a scene (“The United States
 * strongly supports Tunisia’s democracy …”, “More than two months into the Kremlin’s war, it is
 * impossible not to be moved …”) and says what happened a sentence or three later (“Tunisia’s
 * July 25 constitutional referendum was marked by low voter participation.”, “I am authorizing
 * today … up to $150 million …”). A web editor leads with the news: the amount, the figure, the
 * date. Both cases were found reading pool versions (issue 12: State Department items 50 and 640).
 */
import type { Picked } from './select.js';
import { fragment, PRONOUN_START } from './select.js';
import { smsHeads } from './sms.js';

/** An amount, a share or a count with its unit, or a day of a month: what makes a sentence news. */
export const HARD_FACT =
  /[$€£]\s?\d|\b\d[\d,.]*\s*(?:%|percent|per cent|million|billion|trillion|people|persons|doses|tons|tonnes)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * Words of a sentence that is a stance, a feeling or a scene rather than an event (“condemns the
 * detention …”, “welcomes the release …” are a statement's news: not among them; pool item 2000).
 */
const STANCE =
  /\b(?:supports?|committed|impossible|stands?|remains?|continues?|believes?|reaffirms?|deeply|concerned|values?|recogni[sz]es?|pleased|proud|honou?red|important|shared?)\b/i;

/**
 * The candidates with the lead moved to the first of the next three sentences of the release that
 * states a hard fact, when the first states none and reads as a stance; the first stays a candidate
 * (what it says can follow the news). Speech, quotations and a sentence opening with a pronoun
 * (“This launch …”) never lead.
 */
export function newsFirst(out: Picked[]): Picked[] {
  const first = out.find((p) => p.role === 'lead');
  if (!first || first.speaker || HARD_FACT.test(first.text) || !STANCE.test(first.text)) return out;
  const next = out.find(
    (p) =>
      p !== first &&
      p.seq !== undefined &&
      first.seq !== undefined &&
      p.seq > first.seq &&
      p.seq <= first.seq + 3 &&
      !p.speaker &&
      !p.quoted &&
      !PRONOUN_START.test(p.text) &&
      HARD_FACT.test(p.text),
  );
  if (!next) return out;
  first.role = 'detail';
  next.role = 'lead';
  next.score = Math.max(next.score, first.score);
  return out;
}

/** Amounts and shares (“$150 million”, “40 percent”, “3,700 businesses” aside): what a shortened sentence must keep. */
const AMOUNT =
  /[$€£]\s?\d[\d,.]*(?:\s*(?:million|billion|trillion))?|\b\d[\d,.]*\s*(?:%|percent|per cent|million|billion|trillion)/g;

/**
 * Whether `head`, a shortened `sentence`, still states each amount and share the sentence states
 * (English). A head that keeps “I’m authorizing today … a drawdown.” and leaves out “up to
 * $150 million” drops the news (pool item 640).
 */
export function keepsAmounts(head: string, sentence: string): boolean {
  return (sentence.match(AMOUNT) ?? []).every((a) => head.includes(a.trim()));
}

/**
 * What a radio script says again at its end (English): the news in a few words, the lead's
 * shortest faithful head of at least eight words (“Again: The United States announced more than
 * $200 million.”), its amounts kept, else the lead as it is. The repeat is for a listener who
 * tuned in late: the point again, not its detail (the whole lead said twice made the script's
 * hardest sentence count twice in its grade).
 */
export function againHead(lead: string, ok: (text: string) => boolean): string {
  if (lead.split(/\s+/).length <= 12) return lead;
  const heads = smsHeads(lead, 'en')
    .filter((h) => h.split(/\s+/).length >= 8 && h !== lead && keepsAmounts(h, lead) && !fragment(h, 'en'))
    .toSorted((a, b) => a.length - b.length);
  return heads.find((h) => ok(h)) ?? lead;
}

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
  const head = s.slice(0, c);
  const tail = s.slice(c).trimStart();
  if (!/,\s*$/.test(head)) {
    // a cut inside an item (“the Arctic, joint efforts | to protect democracy, and other issues”):
    // an item after the head's last comma, and the list's close ahead with no comma before it
    const last = head.lastIndexOf(', ');
    const close = tail.search(/,\s(?:and|or)\s/u);
    return (
      last >= 0 && close >= 0 && head.slice(last + 2).split(/\s+/).length <= 8 && !/[,;:.]/.test(tail.slice(0, close))
    );
  }
  return LIST_GOES_ON.test(tail) || (LAST_ITEM.test(tail) && ITEM_BEFORE.test(head));
}

/** A lead-in that says only what follows (“The following is a statement from …”): a head cut from it says nothing. */
export const LEAD_IN = /^(?:The following is|The below is|Below is)\b/u;
