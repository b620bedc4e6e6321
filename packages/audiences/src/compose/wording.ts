import { scanAcronyms } from '@attache/core';
import { EN } from '../data/index.js';
import { indefiniteArticle } from '../text.js';
/**
 * How the composer rewords a sentence taken from the release: marks removed, dates and numbers
 * as a reader or a newsreader takes them, one idea per sentence.
 */
/** Markdown emphasis and heading marks out of a sentence taken from the input. */
export const clean = (s: string): string =>
  s
    .replace(/^[#>*\-\s]+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** "February 21, 2022" → "21 February 2022" (GOV.UK; no reader takes it for another day). */
export function unambiguousDates(s: string): string {
  // the comma that closes a US date inside a noun phrase goes with the US order ("against jailed
  // July 11, 2021, protesters" → "against jailed 11 July 2021 protesters"); after a preposition the
  // date is a phrase of its own and its comma stays ("On July 11, 2021, the government …")
  return s.replace(
    new RegExp(`\\b(${MONTHS}) (\\d{1,2}),? (\\d{4})\\b(,(?= \\p{Ll}))?`, 'gu'),
    (_all, month: string, day: string, year: string, comma: string | undefined, at: number) => {
      const phrase = /\b(?:on|in|by|since|until|till|from|before|after|of|to|between|and|through|during)\s$/iu.test(
        s.slice(0, at),
      );
      return `${day} ${month} ${year}${comma && phrase ? ',' : ''}`;
    },
  );
}

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** Numbers as a newsreader says them: "$5 million" → "five million dollars", "12%" → "12 percent". */
export function spokenNumbers(s: string): string {
  return s
    .replace(
      /\$(\d+(?:\.\d+)?) (million|billion|trillion)\b/g,
      (_, n: string, scale: string) => `${say(n)} ${scale} dollars`,
    )
    .replace(/\$(\d{1,3}(?:,\d{3})*)(?!\.\d)\b/g, (_, n: string) => `${n} dollars`)
    .replace(/(\d+(?:\.\d+)?)\s?%/g, '$1 percent')
    .replace(
      // not a day of a date ("July 18", "18 July") nor one end of a range ("18-24": "eighteen-24" was printed)
      /(?<![\d,.$]|(?:January|February|March|April|May|June|July|August|September|October|November|December) |[-–])\b(\d{1,2})\b(?![\d,.%]|[-–]\d| ?(?:January|February|March|April|May|June|July|August|September|October|November|December))/g,
      (m, n: string) => (Number(n) >= 2 && Number(n) <= 20 ? SMALL[Number(n)]! : m),
    );
}
const say = (n: string): string => (/^\d+$/.test(n) && Number(n) >= 2 && Number(n) <= 20 ? SMALL[Number(n)]! : n);

export function firstLink(input: string): string | null {
  const m = /\bhttps?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?]/.exec(input);
  return m ? m[0] : null;
}

/**
 * The text before a spelled-out acronym with its indefinite article fitted to the long form: "an
 * RS entity-level agency" → "a Republika Srpska (RS) entity-level agency" (State Department pool).
 */
function articleFor(before: string, long: string): string {
  const m = /\b(a|an|A|An)(\s+)$/u.exec(before);
  const word = /^[\p{L}\p{N}.]+/u.exec(long)?.[0];
  if (!m || !word) return before;
  const want = indefiniteArticle(word);
  if (m[1]!.toLowerCase() === want) return before;
  return `${before.slice(0, m.index)}${m[1]![0] === 'A' ? `A${want.slice(1)}` : want}${m[2]}`;
}

/** Bodies that meet in numbered sessions ("COP 26", "COP26"): long-forms.json rows with `sessions`. */
const SESSIONS = new Set(EN.longForms.filter((e) => e.sessions).map((e) => e.acronym));

/**
 * The first use of each acronym in a version, spelled out as the release spells it ("PRM" →
 * "Population, Refugees, and Migration (PRM)"); `longForms` loses each acronym once used.
 */
export function spellOut(s: string, longForms: Map<string, string>, language: 'en' | 'ru'): string {
  if (longForms.size === 0) return s;
  let out = s;
  // a use as written, or before a possessive ("PRC’s": the use ends at the acronym)
  const uses = scanAcronyms(s, { language })
    .uses.filter((u) => u.surface === u.acronym || /^['’]s$/u.test(u.surface.slice(u.acronym.length)))
    .map((u) => ({ ...u, end: u.start + u.acronym.length }));
  for (const u of uses.toReversed()) {
    // a numbered session of a body ("COP 26", "COP27": the 26th Conference of the Parties) takes the
    // body's long form, the number inside the bracket with the acronym ("the Conference of the
    // Parties (COP 26)")
    const numbered = /^(\p{Lu}{2,})(\d{1,3})$/u.exec(u.acronym);
    const body = numbered && SESSIONS.has(numbered[1]!) && !longForms.has(u.acronym) ? numbered[1]! : u.acronym;
    const given = longForms.get(body);
    if (!given) continue;
    const session =
      body !== u.acronym ? '' : SESSIONS.has(body) ? (/^ \d{1,3}\b/.exec(out.slice(u.end))?.[0] ?? '') : '';
    if (session || body !== u.acronym) {
      if (uses.some((v) => v.start < u.start && (v.acronym === u.acronym || v.acronym.startsWith(body)))) continue;
      const before = out.slice(0, u.start);
      if (/[\p{L}\p{N}_@#/]$/u.test(before) || s.includes(given.replace(/^the /, ''))) {
        longForms.delete(body);
        continue;
      }
      const long = /(?:\b(?:the|a|an|its|their|our|this|that)|['’]s)\s+$/iu.test(before)
        ? given.replace(/^the /, '')
        : /(?:^|[.!?:]\s+)$/u.test(before)
          ? given.replace(/^the /, 'The ')
          : given;
      out = `${articleFor(before, long)}${long} (${u.acronym}${session})${out.slice(u.end + session.length)}`;
      longForms.delete(body);
      continue;
    }
    // in the text's apostrophes ("People’s Republic of China" in a text that writes ’)
    const typed = /’/.test(s) && !/'/.test(s) ? given.replace(/'/g, '’') : given;
    const bare = typed.replace(/^the /, '');
    const before = out.slice(0, u.start);
    // a long form with its article ("the Economic Community of West African States", long-forms.json)
    // loses it after a determiner or inside a compound, and takes a capital at a sentence's start
    const long =
      bare === typed ||
      /(?:\b(?:the|a|an|its|their|our|his|her|this|that)|['’]s)\s+$/iu.test(before) ||
      // a determiner before the acronym's adjectives ("access to the global SWIFT … system")
      /\b(?:the|a|an|its|their|our|his|her|this|that)\s+(?:(?!(?:of|for|to|in|on|with|by|from|at|and|or|as|than)\s)\p{Ll}[\p{Ll}-]*\s+){1,3}$/u.test(
        before,
      ) ||
      /\p{L}\.?-$/u.test(before) ||
      /^\.?-/.test(out.slice(u.end))
        ? bare
        : /(?:^|[.!?:]\s+)$/u.test(before)
          ? `The ${bare}`
          : typed;
    if (u.inDefinition || s.includes(bare)) {
      longForms.delete(u.acronym);
      continue;
    }
    if (uses.some((v) => v.acronym === u.acronym && v.start < u.start)) continue;
    // part of a handle, a hashtag or an address ("@State_IO", "#ASEAN", "/pepfar"): left as written
    if (/[\p{L}\p{N}_@#/]$/u.test(before)) continue;
    // inside a compound ("the U.S.-Pakistan relationship") a bracket cannot go: the long form alone
    // ("the United States-Pakistan relationship"), and the acronym is still to be spelled out;
    // so too before a possessive ("the PRC's claims" → "the People's Republic of China's claims")
    const compound = /^\.?-/.exec(out.slice(u.end));
    if (compound) {
      out = `${articleFor(out.slice(0, u.start), bare)}${bare}${out.slice(u.end + compound[0].length - 1)}`;
      continue;
    }
    if (/^['’]s\b/u.test(out.slice(u.end))) {
      out = `${out.slice(0, u.start)}${long}${out.slice(u.end)}`;
      continue;
    }
    // a dotted acronym keeps its last dot inside the bracket ("the United States (U.S.) prioritization");
    // a dot that also ended the line ends it again after the bracket (not before a capital: "the
    // U.S. Department of State" goes on)
    const lastDot = u.acronym.includes('.') && out[u.end] === '.';
    if (lastDot) {
      const ends = /^\.\s*$/u.test(out.slice(u.end));
      out = `${articleFor(out.slice(0, u.start), long)}${long} (${u.acronym}.)${ends ? '.' : ''}${out.slice(u.end + 1)}`;
      longForms.delete(u.acronym);
      continue;
    }
    out = `${articleFor(out.slice(0, u.start), long)}${long} (${u.acronym})${out.slice(u.end)}`;
    longForms.delete(u.acronym);
  }
  return out;
}
