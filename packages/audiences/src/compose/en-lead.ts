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
 * Words of a sentence that is a stance, a feeling or a scene rather than an event (“condemns the
 * detention …”, “welcomes the release …” are a statement's news: not among them; pool item 2000).
 */
const STANCE =
  /\b(?:supports?|committed|impossible|stands?|remains?|continues?|believes?|reaffirms?|deeply|concerned|values?|recogni[sz]es?|pleased|proud|honou?red|important|shared?)\b/i;

/**
 * The candidates with the lead moved to the first of the next three sentences of the release that
 * states a hard fact, when the first states none and reads as a stance; the first stays a candidate
 * (what it says can follow the news). Speech, quotations and a sentence opening with a pronoun
 * (“This launch …”, `pronounStart`) never lead.
 */
export function newsFirst<T extends Candidate>(out: T[], pronounStart: RegExp): T[] {
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
      !pronounStart.test(p.text) &&
      HARD_FACT.test(p.text),
  );
  if (!next) return out;
  first.role = 'detail';
  next.role = 'lead';
  next.score = Math.max(next.score, first.score);
  return out;
}
