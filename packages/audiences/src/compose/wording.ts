import { scanAcronyms, type Report } from '@attache/core';
import { EN } from '../data/index.js';
import { SpanGrid } from '../lookup.js';
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
      // not a day of a date ("July 18", "18 July") nor one end of a range ("18-24": "eighteen-24" was
      // printed), nor the hour of a time ("9:00 a.m.": "nine:00 a.m." was printed, a blind reading,
      // seed 2424)
      /(?<![\d,.$:]|(?:January|February|March|April|May|June|July|August|September|October|November|December) |[-–])\b(\d{1,2})\b(?![\d,.%:]|[-–]\d| ?(?:January|February|March|April|May|June|July|August|September|October|November|December))/g,
      (m, n: string) => (Number(n) >= 2 && Number(n) <= 20 ? SMALL[Number(n)]! : m),
    );
}
const say = (n: string): string => (/^\d+$/.test(n) && Number(n) >= 2 && Number(n) <= 20 ? SMALL[Number(n)]! : n);

/** Words of a sentence that sends readers to an address for more. */
const MORE_AT = /\b(?:information|details|visit|website|site|apply|register|learn|read|see|found|available)\b/iu;
/** Words of a line for the press alone: where journalists ask, what is streamed, where to accredit. */
const PRESS_ONLY = /\b(?:media|press|journalists?|reporters?|livestream\w*|streamed|credential\w*)\b/iu;

/** A link to an account on a social network: where to follow the office, not to read more of this release. */
const SOCIAL =
  /^(?:https?:\/\/)?(?:www\.|m\.)?(?:twitter\.com|x\.com|facebook\.com|fb\.com|instagram\.com|youtube\.com|youtu\.be|t\.me|vk\.com|ok\.ru|linkedin\.com|flickr\.com|tiktok\.com|threads\.net|bsky\.app)(?:\/|$)/iu;

/**
 * The release's link for "Read more": its first web address (with its scheme, or bare from
 * "www."), passing over an account on a social network while the release gives another ("More
 * information about this reward offer is located on the Rewards for Justice website at
 * www.rewardsforjustice.net. … Follow us on Twitter at https://twitter.com/RFJ_USA.", every
 * Rewards for Justice offer in the State Department pool, whose versions sent readers to Twitter).
 */
export function firstLink(input: string): string | null {
  const links = [...input.matchAll(/(?<![\p{L}\p{N}@/.-])(?:https?:\/\/|www\.)[^\s<>"'’”)\]]+[^\s<>"'’”)\].,;:!?]/gu)]
    // a bare "www." address only where the release sends readers to it for more ("More information
    // … is located on the … website at www.rewardsforjustice.net"), not a site it is streamed on nor
    // where journalists send their questions ("livestreamed on www.state.gov", "media inquiries via
    // the web form … on www.state.gov": every media note in the State Department pool)
    .filter((m) => {
      if (!/^www\./iu.test(m[0])) return true;
      const before = input.slice(Math.max(0, m.index - 200), m.index);
      const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
      return MORE_AT.test(sentence) && !PRESS_ONLY.test(sentence);
    })
    .map((m) => m[0]);
  return links.find((l) => !SOCIAL.test(l)) ?? links[0] ?? null;
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

/**
 * What the release asks its readers to do, in its own words: a sentence (not speech) that urges
 * anyone, the public or "you" to call, text, write, report, apply or register, or that tells them
 * to ("Call …", "Visit …"). "We encourage anyone with information on past or planned attacks
 * against U.S. persons or property in Afghanistan to text Rewards for Justice via Signal, Telegram,
 * or WhatsApp at +1-202-702-7843." (every Rewards for Justice offer in the State Department pool:
 * their plain notices said neither the release nor the brief says what to do.)
 */
export function releaseAction(report: Report, input: string): { text: string; contact: boolean } | null {
  // (the speech near each sentence, not every region per sentence: linear on a long transcript)
  const speech = new SpanGrid<{ start: number; end: number }>();
  for (const r of report.regions ?? []) if (r.kind === 'speech' || r.kind === 'quote') speech.add(r, r.start, r.end);
  for (const s of report.sentences) {
    const text = clean(input.slice(s.start, s.end));
    // (nor a line for journalists: "Please email EAP-Press@state.gov with any media inquiries.")
    if (text.split(/\s+/).length > 45 || /[“”"«»]/u.test(text) || PRESS_ONLY.test(text)) continue;
    if (!ACTION.test(text)) continue;
    if (speech.near(s.start, s.end).some((r) => r.start <= s.start && r.end >= s.end)) continue;
    return { text, contact: CONTACT.test(text) };
  }
  return null;
}

/** The verbs of an action a reader can take. */
const TAKE =
  '(?:call|text|phone|contact|e-?mail|write to|report|submit|send|apply|register|sign up|enrol|enroll|visit|share)';
const ACTION = new RegExp(
  `\\b(?:encourages?|urges?|asks?|invites?|calls? on|requests?)\\s+(?:anyone|everyone|all|those|people|members of the public|the public|citizens|residents|you|individuals|applicants)\\b(?:[^.;]|\\.(?=\\S|\\s+\\p{Ll})){0,120}?\\bto\\s+${TAKE}\\b|^(?:Please\\s+)?(?:Call|Text|Contact|E-?mail|Report|Submit|Apply|Register|Visit)\\s+(?!for\\b)`,
  'iu',
);
/** A telephone number, an e-mail address or a web address: whom or where to call. */
const CONTACT = /\+?\d[\d\s().-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.-]+|\bwww\.|https?:\/\//u;
