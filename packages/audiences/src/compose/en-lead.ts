/**
 * The news first (English): a release often opens with a stance or a scene (“The United States
 * strongly supports Tunisia’s democracy …”, “More than two months into the Kremlin’s war, it is
 * impossible not to be moved …”) and says what happened a sentence or three later (“Tunisia’s
 * July 25 constitutional referendum was marked by low voter participation.”, “I am authorizing
 * today … up to $150 million …”). A web editor leads with the news: the amount, the figure, the
 * date. Both cases were found reading pool versions (issue 12: State Department items 50 and 640).
 */
/** What newsFirst reads of a candidate sentence (select.ts's `Picked`). */
interface Candidate {
  text: string;
  role: string;
  score: number;
  seq?: number;
  speaker?: string;
  quoted?: boolean;
}

/** An amount, a share or a count with its unit, or a day of a month: what makes a sentence news. */
export const HARD_FACT =
  /[$€£]\s?\d|\b\d[\d,.]*\s*(?:%|percent|per cent|million|billion|trillion|people|persons|doses|tons|tonnes)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * What the office does on the day, said with the day: "today we add nine Nicaraguans to the … list"
 * (pool item 1108, where every version led with the act behind the list and none said who was
 * added), "Today, the United States is designating …", "… is imposing sanctions today on …". The
 * news of a statement that opens on a stance, as much as an amount or a date.
 */
export const DONE_TODAY =
  /\b[Tt]oday,?\s+(?:we|I|the United States|the (?:U\.S\.\s)?(?:State\s)?Department(?:\sof\s\p{Lu}\p{Ll}+)?|the Secretary|the President)\s+(?:(?:is|are|am|has|have|will)\s+)?(?:(?:\p{Ll}+ly|also|formally|jointly)\s+)?(?!(?:again|also|still|too|not|now|all|must|should|can|could|would|may|might)\b)(?!(?:mark|marks|remember|celebrate|honou?r|commemorate|join|reflect|recogni[sz]e|pause|mourn|stand)\b)\p{Ll}{3,}\b|\b(?:is|are|am)\s+\p{Ll}+ing\s+(?:[\p{L}-]+\s+){0,3}?(?:today|this week)\b/u;

/**
 * What is done today said whole: after its "today" nothing points back to a sentence before it
 * ("Today, we are enacting additional sanctions in connection with this repression." leads no
 * version: which repression, the sentence before says; pool item 1443). A frame before "today"
 * ("To advance this priority, today we add …") is one a short channel leaves out (restructure.ts).
 */
function doneToday(text: string): boolean {
  const m = DONE_TODAY.exec(text);
  return !!m && !/\b(?:this|these|that|those|such)\s+\p{Ll}/u.test(text.slice(m.index));
}

/**
 * A sentence that opens on what was done before the day: "In recent weeks, the United States
 * imposed sanctions on Cuban military and security leaders …" before "Today, we are enacting
 * additional sanctions …" (pool item 1443: every version led with the earlier sanctions).
 */
const BEFORE =
  /^(?:In (?:recent|the past|the last) (?:days|weeks|months|years)|(?:Over|During|In) the (?:past|last) (?:few |several |two |three )?(?:days|weeks|months|years)|Last (?:week|month|year)|Earlier this (?:week|month|year)|Previously|Since (?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|the start))\b/u;

/**
 * Words of a sentence that is a stance, a feeling or a scene rather than an event (“condemns the
 * detention …”, “welcomes the release …” are a statement's news: not among them; pool item 2000).
 */
const STANCE =
  /\b(?:supports?|committed|impossible|stands?|remains?|continues?|believes?|reaffirms?|deeply|concerned|values?|recogni[sz]es?|pleased|proud|honou?red|important|shared?)\b/i;

/**
 * The candidates with the lead moved to the first of the next three sentences of the release that
 * states a hard fact or what is done today (`doneToday`), when the first states none and reads as
 * a stance; or to the first of the next two that says what is done today, when the first opens on
 * what was done before (`BEFORE`). The first stays a candidate (what it says can follow the news).
 * Speech, quotations and a sentence opening with a pronoun (“This launch …”, `pronounStart`) never lead.
 */
export function newsFirst<T extends Candidate>(out: T[], pronounStart: RegExp): T[] {
  const first = out.find((p) => p.role === 'lead');
  if (!first || first.speaker || first.seq === undefined) return out;
  const at = first.seq;
  /** The first sentence of the release's next `within` that `news` reads as news, made the lead. */
  const moveTo = (within: number, news: (text: string) => boolean): boolean => {
    const next = out.find(
      (p) =>
        p !== first &&
        p.seq !== undefined &&
        p.seq > at &&
        p.seq <= at + within &&
        !p.speaker &&
        !p.quoted &&
        !pronounStart.test(p.text) &&
        news(p.text),
    );
    if (!next) return false;
    first.role = 'detail';
    next.role = 'lead';
    next.score = Math.max(next.score, first.score);
    return true;
  };
  // what was done before, when the next sentences say what is done today
  if (BEFORE.test(first.text) && !DONE_TODAY.test(first.text) && moveTo(2, doneToday)) return out;
  if (!HARD_FACT.test(first.text) && STANCE.test(first.text)) moveTo(3, (t) => HARD_FACT.test(t) || doneToday(t));
  return out;
}
