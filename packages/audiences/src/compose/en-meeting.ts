/**
 * An English transcript's news from its title: who met whom, or who spoke to the press, and where
 * (the place line under the title). A transcript's turns never say it: "Secretary Antony J. Blinken
 * And German Foreign Minister Annalena Baerbock Before Their Meeting" gave versions that opened on
 * Baerbock's "In mid-May, you invited us to an important conference …" (State Department pool item
 * 262, a blind reading, seed 2424). The Russian counterpart is ru-meeting.ts.
 */

/** A person as a title names them: a rank or a country's office, then the name. */
const PERSON = /^(?:(?:[\p{Lu}][\p{L}.’'-]*|and)\s+){1,10}[\p{Lu}][\p{L}’'-]+$/u;

const RANK_END =
  /\b(?:Minister|Secretary|President|Chancellor|Ambassador|Envoy|Director|Representative|Commissioner|Chair|Governor|General)$/u;

/** The participants of a title: "A, B and C" or "A And B". */
function participants(s: string): string[] | null {
  const split = s
    .split(/\s*,\s*(?:and\s+|And\s+)?|\s+(?:and|And)\s+/u)
    .map((p) => p.trim())
    .filter(Boolean);
  // an office of two ranks is one person: "Israeli Foreign Minister and Alternate Prime Minister
  // Yair Lapid" (a part that ends on a rank has no name of its own)
  const parts: string[] = [];
  for (const p of split) {
    const last = parts.at(-1);
    if (last && RANK_END.test(last)) parts[parts.length - 1] = `${last} and ${p}`;
    else parts.push(p);
  }
  return parts.length >= 2 && parts.every((p) => PERSON.test(p)) ? parts : null;
}

/** "A and B" (or "A, B and C") as a reader writes a list. */
const list = (names: readonly string[]): string =>
  names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** The place a transcript was given at: a "City, Country" line before its first speaker's label. */
export function transcriptPlace(input: string): string | null {
  const lines = input
    .slice(0, 4000)
    .split('\n')
    .map((l) => l.trim());
  for (const l of lines.slice(0, 14)) {
    if (/^[\p{Lu}][\p{Lu}\s.’'-]{2,40}:/u.test(l)) break; // the first label
    // (not a line that names a person and an office: "Kaja Kallas, Estonian Prime Minister", item 1131)
    if (
      /^\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,2},\s\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*){0,2}$/u.test(l) &&
      !/\b(?:Minister|Secretary|President|Prince|Princess|King|Queen|Ambassador|Chancellor|Director|Envoy|Chair|Commissioner|Governor|Mayor|General)\b/u.test(
        l,
      )
    )
      return l;
  }
  return null;
}

/**
 * The lead of an English transcript whose title says who met whom before the meeting, or who gave a
 * joint press availability; null for any other title. "Secretary Antony J. Blinken And Moldovan
 * Prime Minister Natalia Gavrilita Before Their Meeting" → "Secretary Antony J. Blinken met Moldovan
 * Prime Minister Natalia Gavrilita in Washington, D.C."
 */
export function enMeetingLead(title: string | null, input: string): string | null {
  if (!title) return null;
  const t = title.trim().replace(/\s+/gu, ' ');
  const place = transcriptPlace(input);
  const at = place ? ` in ${place}` : '';
  const end = (s: string): string => (/[.]$/u.test(s) ? s : `${s}.`);
  const before = /^(.+?)\s+[Bb]efore\s+(?:[Tt]heir|[Tt]he)\s+(?:[Bb]ilateral\s+)?[Mm]eeting$/u.exec(t);
  if (before) {
    const who = participants(before[1]!);
    if (who) return end(`${who[0]} met ${list(who.slice(1))}${at}`);
  }
  const press = /^(.+?)\s+(?:[Aa]t|[Ii]n)\s+a\s+[Jj]oint\s+[Pp]ress\s+(?:[Aa]vailability|[Cc]onference)$/u.exec(t);
  if (press) {
    const who = participants(press[1]!);
    if (who) return end(`${list(who)} spoke to the press${at}`);
  }
  return null;
}
