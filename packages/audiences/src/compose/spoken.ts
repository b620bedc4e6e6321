/**
 * Spoken register for English versions a young reader gets: the words a digital team writes
 * where the release writes office English. Each row is a pattern, what it becomes, when it does
 * not apply, and its source (ids of core's source registry). compose keeps a change only when the
 * verifier passes the sentence (a version may reword; it may never alter a fact, an actor, a
 * hedge or a quote), and never inside a quotation.
 */
import { englishForms, inflectVerb, tagWords, type FormTag } from '@attache/core';
import { escapeRe } from '../text.js';
import { enQuoted, inQuoted, ruQuoted } from './ru-plain.js';

/**
 * The longest sentence of an English youth version, the lead included, in words: longer ones lose
 * their tail of detail when the verifier passes the head. Spoken register: the White House
 * briefing answers and social posts average 10–13 words a sentence (`wh-briefings`, the source of
 * the youth target of 12 on average, compose/targets.ts).
 */
export const YOUTH_SPOKEN_WORDS = 15;

export interface SpokenRow {
  /** What the row matches (a verb's base with `+`: every form of it). */
  pattern: string;
  /** What it becomes (a verb's base with `+`: inflected as the match was). */
  to: string;
  /** The match is left alone when the words after it match this. */
  notBefore?: RegExp;
  /** The match is left alone when the words before it match this (the text up to it). */
  notAfter?: RegExp;
  sources: string[];
  why: string;
}

/** Not "the United States of America", "the United States Government" (a name's part), nor after a capitalised word ("Government of the United States"). */
/** A form of "be" right before: a passive or an adjective ("was emphasized", "is required"), not the verb. */
const AFTER_BE = /\b(?:is|are|was|were|be|been|being)\s+$/i;
const US_NOT_BEFORE = /^(?:\s*(?:of\b|\p{Lu})|\.)/u;
const US_NOT_AFTER = /\p{Lu}[\p{L}’'.-]*\s+(?:of\s+)?$/u;

/** What "met with" a person is not followed by: a lower-case noun that is no group of people ("met with criticism"), "the" and a lower-case word ("met with the approval"). */
const MEETS_WHOM_NOT =
  /^\s+(?!\p{Lu}|(?:the|his|her|their|our|its|senior|local|U\.S\.)\s+\p{Lu}|(?:his|her|their|our|its)\s+\p{Ll}+s\b|(?:leaders?|officials?|members?|representatives?|students?|families|survivors|activists|journalists|counterparts?|delegations?|experts|youth|women|business|civil|community|senior|local|government)\b)/u;

export const SPOKEN_ROWS: SpokenRow[] = [
  {
    pattern: 'The United States',
    to: 'The U.S.',
    notBefore: US_NOT_BEFORE,
    sources: ['ap-acronyms'],
    why: '“the United States” → “the U.S.”, initials every reader knows (the most frequent long word of the English versions: 54 times in the 35 releases’ versions, four syllables for two)',
  },
  {
    pattern: 'the United States',
    to: 'the U.S.',
    notBefore: US_NOT_BEFORE,
    notAfter: US_NOT_AFTER,
    sources: ['ap-acronyms'],
    why: '“the United States” → “the U.S.” (as above)',
  },
  {
    pattern: 'However,',
    to: 'But',
    sources: ['plainlanguage-words', 'pec-az'],
    why: '“however” → “but” opening a sentence',
  },
  {
    pattern: 'an additional',
    to: 'another',
    sources: ['plainlanguage-words', 'pec-az'],
    why: '“additional” → “another”, “more”',
  },
  {
    pattern: 'in additional',
    to: 'in extra',
    sources: ['pec-az'],
    why: '“additional” → “extra” (“$200 million in extra aid”, not “in more aid”)',
  },
  {
    pattern: 'additional',
    to: 'more',
    // "the additional funds" cannot become "the more funds"
    notAfter: /\b(?:the|this|that|these|those|its|our|their|his|her|your|an|a|any|no|each|in)\s+$/i,
    sources: ['plainlanguage-words', 'pec-az'],
    why: '“additional” → “more”',
  },
  {
    pattern: 'provide+',
    to: 'give+',
    // "provide X with Y", "provide for", "provided that" keep their verb
    notBefore: /^(?:\s+[\p{L}\p{N}$’'-]+){0,6}?\s+with\b|^\s+(?:for|that)\b|^,/u,
    sources: ['plainlanguage-words', 'pec-az'],
    why: '“provide” → “give”',
  },
  {
    pattern: 'require+',
    to: 'need+',
    // "are required to register" is an obligation, not a need; so is "as required by the INA" (a
    // law's requirement, State Department pool: "as needed by the Immigration and Nationality Act")
    notBefore: /^\s+(?:to|that|by|under)\b/,
    notAfter: AFTER_BE,
    sources: ['plainlanguage-words', 'pec-az'],
    why: '“require” → “need”',
  },
  // a readout's verbs as a newsroom says them (issue 12: "met with" → "met", "discussed" →
  // "talked about", "emphasized" → "stressed"); each keeps its subject and its object
  {
    pattern: 'met with',
    to: 'met',
    // a person or a body after it ("met with Foreign Minister Lapid", "met with the Secretary-General",
    // "met with leaders"), never "met with criticism", "met with the approval of"
    notBefore: MEETS_WHOM_NOT,
    sources: ['plainlanguage-redundancy', 'attache'],
    why: '“met with” a person → “met” (the readout’s own verb, one word)',
  },
  {
    pattern: 'meet with',
    to: 'meet',
    notBefore: MEETS_WHOM_NOT,
    sources: ['plainlanguage-redundancy', 'attache'],
    why: '“meet with” a person → “meet”',
  },
  {
    pattern: 'meets with',
    to: 'meets',
    notBefore: MEETS_WHOM_NOT,
    sources: ['plainlanguage-redundancy', 'attache'],
    why: '“meets with” a person → “meets”',
  },
  {
    pattern: 'discuss+',
    to: 'talk+ about',
    // "discussed with him the …" would read "talked about with him"; a passive ("were discussed")
    // and a participle after its noun ("the issues discussed") keep their verb
    // nor before an adverbial ("discussed in detail the developments" would read "talked about in
    // detail the developments": kremlin.ru's call with Charles Michel)
    notBefore: /^\s+(?:with|it|them|this|that|in detail|at length|in depth|thoroughly|extensively)\b|^[\s,.;:]*$/u,
    notAfter:
      /\b(?!(?:has|have|had|will|would|could|can|should|may|might|must|to|also|then|further|and|both|jointly|they|we|he|she|I|you|leaders|ministers|officials|sides|two)\s+$)\p{Ll}+\s+$/u,
    sources: ['wh-briefings'],
    why: '“discuss” → “talk about”, the spoken verb (the 40 White House briefing answers: “talk about” 10 times, “discuss” 3)',
  },
  {
    pattern: 'emphasize+',
    to: 'stress+',
    notAfter: AFTER_BE,
    sources: ['wh-briefings'],
    why: '“emphasize” → “stress” (the briefing answers: “stress” once, “emphasize”, “underscore”, “reiterate” never)',
  },
  {
    pattern: 'emphasise+',
    to: 'stress+',
    notAfter: AFTER_BE,
    sources: ['wh-briefings'],
    why: '“emphasise” → “stress”',
  },
  {
    pattern: 'underscore+',
    to: 'stress+',
    notAfter: AFTER_BE,
    sources: ['wh-briefings'],
    why: '“underscore” → “stress”',
  },
  {
    pattern: 'reiterated that',
    to: 'said again that',
    sources: ['pec-az', 'wh-briefings'],
    why: '“reiterated that …” → “said again that …”',
  },
  {
    pattern: 'reiterates that',
    to: 'says again that',
    sources: ['pec-az', 'wh-briefings'],
    why: '“reiterates that …” → “says again that …”',
  },
  {
    pattern: 'reiterate+',
    to: 'repeat+',
    notAfter: AFTER_BE,
    // only what is said again ("repeated his call", "… his condolences", "… the U.S. commitment",
    // "… support for"): "repeated the importance of …", "… the right of citizens to …" is no English
    // a newsroom writes
    notBefore:
      /^(?!\s+(?:(?:his|her|their|its|our|the|a|an)\s+)?(?:[\p{L}.’'-]+\s+){0,4}?(?:calls?|condolences|commitments?|support|concerns?|position|views?|message|invitation|appeal|demands?|requests?|offer|pledge|warning|thanks|gratitude|solidarity)\b)/u,
    sources: ['pec-az', 'wh-briefings'],
    why: '“reiterate” → “repeat” (“repeated his call for …”)',
  },
];

/** Full forms the contraction list does not hold, for a spoken version (pronoun + “will” or “is”). */
export const SPOKEN_CONTRACTIONS: Array<[RegExp, string]> = [
  [/\b(do|does|did|is|are|was|were|has|have|had|could|should|would) not\b(?!\s+only\b)/g, '$1n’t'],
  [/\bwill not\b/g, 'won’t'],
  [/\bcannot\b/g, 'can’t'],
  [/\b([Hh]e|[Ss]he|[Ww]e|[Yy]ou|[Tt]hey|I) will\b/g, '$1’ll'],
  [/\b([Ww]e|[Yy]ou|[Tt]hey) are\b(?!\s*[,.;:!?])/g, '$1’re'],
  [/\b([Ii]t|[Tt]hat|[Tt]here|[Hh]ere|[Ww]hat|[Hh]e|[Ss]he) is\b(?!\s*[,.;:!?])/g, '$1’s'],
  [/\b([Ww]e|[Yy]ou|[Tt]hey|I) have (?=\p{Ll}+(?:ed|en|wn|ne|ught|ung|ade|ent|ound|id)\b)/gu, '$1’ve '],
];

interface Compiled {
  re: RegExp;
  row: SpokenRow;
  /** For a verb row: each form matched → its tag. */
  forms?: Map<string, FormTag>;
  /** For a verb row: the replacement's head verb and the words after it. */
  to?: [string, string[]];
}

let compiled: Compiled[] | null = null;

function rows(): Compiled[] {
  if (compiled) return compiled;
  compiled = SPOKEN_ROWS.map((row) => {
    if (!row.pattern.endsWith('+')) {
      const start = /^\p{Lu}/u.test(row.pattern) ? '^' : '\\b';
      return { re: new RegExp(`${start}${escapeRe(row.pattern)}(?![\\p{L}’'-])`, 'gu'), row };
    }
    const base = row.pattern.slice(0, -1);
    const [toHead, ...toRest] = row.to.replace('+', '').split(' ');
    const forms = englishForms(base);
    const alt = [...forms.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRe)
      .join('|');
    return { re: new RegExp(`\\b(${alt})(?![\\p{L}’'-])`, 'giu'), row, forms, to: [toHead!, toRest] };
  });
  return compiled;
}

/** Keeps the case of the first letter of what it replaces. */
const caseLike = (from: string, to: string): string =>
  /^\p{Lu}/u.test(from) ? to.charAt(0).toUpperCase() + to.slice(1) : to;

/**
 * One sentence in spoken register: the rows' plainer words and the contractions. Text inside
 * quotation marks is never touched: a sentence with speech is returned as it is, one with a title
 * in quotes (`enQuoted`) is edited around it, without contractions.
 */
export function spoken(s: string, curly = true, contract = true): string {
  if (enQuoted(s).speech) return s;
  let t = metToday(s);
  const quotes = /[“”"«»]/.test(t);
  for (const { re, row, forms, to: verb } of rows()) {
    re.lastIndex = 0;
    const spans = quotes ? ruQuoted(t).spans : []; // a title in quotes stays as named
    t = t.replace(re, (m: string, ...args: unknown[]) => {
      const at = args.find((a) => typeof a === 'number') as number;
      if (inQuoted(spans, at, at + m.length)) return m;
      const before = t.slice(0, at);
      const after = t.slice(at + m.length);
      if (row.notAfter?.test(before) || row.notBefore?.test(after)) return m;
      let to: string | null = row.to;
      if (forms && verb) {
        let tag = forms.get(m.toLowerCase());
        // "provided": the past after its subject (a pronoun or a name: "The United States provided"),
        // else the participle ("has provided", "doses provided in partnership")
        if (tag === 'ed')
          tag =
            /(?:\b(?:I|[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|[Ii]t)|\p{Lu}[\p{L}.’'-]*)\s+$/u.test(before) &&
            !/\b(?:has|have|had|is|are|was|were|be|been|being)\s+$/i.test(before)
              ? 'past'
              : 'pp';
        const head = tag ? inflectVerb(verb[0], tag) : null;
        to = head ? [head, ...verb[1]].join(' ') : null;
      }
      return to === null ? m : caseLike(m, to);
    });
  }
  // the release's own apostrophe: straight when it writes straight ones
  if (contract && !quotes)
    for (const [re, to] of SPOKEN_CONTRACTIONS) t = t.replace(re, curly ? to : to.replace('’', "'"));
  return t;
}

/** A sentence that says what someone will do next: “Zeya will then visit …”, “We’ll also consider …”
 * (not a pledge for all time: “The U.S. will never forget.” in a message on the Srebrenica genocide's
 * anniversary, pool item 162, followed “What’s next?”). */
const NEXT =
  /^(?!(?:It|This|That|These|Those|There)\b)(?:We|They|He|She|(?:The\s)?\p{Lu}[\p{L}.’'-]*(?:\s(?:of\s|for\s|the\s)?\p{Lu}[\p{L}.’'-]*){0,4})(?:’ll|'ll|\swill)\s+(?:(?:also|then|now|soon)\s+)?(?!not\b|be\b|never\b|always\b|forever\b|continue\s+to\s+(?:remember|honou?r|mourn|stand)\b)\p{Ll}/u;

/**
 * The question a digital team asks before what happens next (issue 12: hand-written youth
 * versions ask questions): “What’s next?” before the first sentence after the lead that says what
 * someone will do, once a version, when the version has no question yet. It states no fact, so the
 * verifier has nothing to trace; the answer is the release's own sentence right after it.
 */
export function askWhatsNext(lines: readonly string[], curly = true): string[] {
  // a lead that is itself about what will happen leaves nothing for the question to mark
  if (lines.length < 3 || lines.some((l) => l.includes('?')) || /\b(?:will|’ll|'ll)\b/.test(lines[0]!))
    return [...lines];
  const i = lines.findIndex((l, k) => k > 0 && !/[“”"]/.test(l) && NEXT.test(l));
  if (i < 0) return [...lines];
  return [...lines.slice(0, i), curly ? 'What’s next?' : "What's next?", ...lines.slice(i)];
}

/**
 * Nouns and adjectives whose "to …" completes them rather than giving a purpose ("efforts to
 * support", "committed to ending", "able to give"): no "Why?" before it.
 */
const TAKES_INFINITIVE =
  /\b(?:able|unable|ready|willing|likely|set|due|going|about|eager|proud|pleased|honou?red|happy|glad|committed|designed|intended|expected|determined|prepared|obliged|required|decision|decided|ability|commitment|plan|plans|planned|effort|efforts|right|opportunity|attempt|need|needs|chance|way|ways|time|call|calls|pledge|promise|agreement|authority|capacity|willingness|intention|bid|move|steps|step|measures|action|actions|resolve|freedom|mandate|work|continues?|continued|seeks?|sought|aims?|aimed|wants?|hopes?|hoped|intends?|agreed|urges?|urged|asks?|asked|invites?|invited|allows?|allowed|enables?|enabled|helps?|helped|encourages?|encouraged|calls? on|called on|permits?|forces?|expects?|wishes?|tries|tried|try|order)$/i;

/**
 * A verb that takes an object and then its infinitive ("require cable and satellite TV providers |
 * to give consumers the all-in price", "urged the parties | to return"): the "to …" is what the
 * object is to do, no purpose. Up to six words of object between. ("I again called for ASEAN | to
 * urge the military to end the violence" asked "Why?" of what ASEAN was to do: pool item 1494.)
 */
const OBJECT_INFINITIVE =
  /\b(?:requir\w*|need(?:s|ed)?|ask(?:s|ed)?|urg(?:e|es|ed)|allow\w*|enabl\w*|encourag\w*|help(?:s|ed)?|invit\w*|forc(?:e|es|ed)|permit\w*|expect\w*|want\w*|call(?:s|ed|ing)? (?:on|upon|for)|persuad\w*|compel\w*|oblig\w*|direct(?:s|ed)?|instruct\w*|empower\w*|authori[sz]\w*|train(?:s|ed)?|teach\w*|taught|remind\w*|tell\w*|told|advis\w*|warn\w*|press(?:es|ed)?|inspir\w*|challeng\w*|get|gets|got|lead|leads|led|cause[sd]?)\s+(?:[\p{L}\p{N}’'.-]+\s+){0,5}[\p{L}\p{N}’'.-]+$/iu;

/**
 * The youth lead's purpose as a question and its answer (issue 12: hand-written youth versions
 * ask questions and lead with why it matters): "The U.S. announced $200 million to help families
 * in the Horn of Africa." → "The U.S. announced $200 million." + "Why? To help families in the
 * Horn of Africa." Only when the lead ends in a purpose clause ("to" or "in order to" and a verb's
 * base, to the end of the sentence), what stands before it is a whole sentence (`isWhole`), the
 * word before "to" does not ask for its infinitive ("efforts to", "able to", "will continue to"),
 * the head is no longer than `maxHead` words (a head shortened after would leave the answer
 * without what it answers: "… spoke today with the UAE Minister …. Why? To support …", where "to
 * support" went with "a strong international response"), and `ok` (the verifier) passes the
 * result. The question states no fact; the answer is the release's own words.
 */
export function askWhy(
  lines: readonly string[],
  isWhole: (head: string) => boolean,
  ok: (text: string) => boolean,
  /** The longest head, in words: a longer one would be shortened after, and the answer lose what it answers. */
  maxHead = Infinity,
): string[] {
  const lead = lines[0];
  if (!lead || /[“”"?]/.test(lead) || lines.some((l) => /^Why\?/.test(l))) return [...lines];
  for (const m of lead.matchAll(/\s(?:in order )?to\s(\p{Ll}+)\s(?=\S)/gu)) {
    const head = lead.slice(0, m.index).replace(/[\s,]+$/u, '');
    const rest = lead.slice(m.index + m[0].length - m[1]!.length - 1).trim();
    const n = head.split(/\s+/).length;
    if (n < 5 || n > maxHead || rest.split(/\s+/).length < 3) continue;
    // (also past a "by/of/among …" after the noun, a list too: "the largest commitment by any
    // nation | to address …", "about joint efforts by NATO Allies, EU partners, G7 members, and
    // other partners | to address Russia’s … build-up": State Department pool)
    const pastPhrase = [...head.matchAll(/\s+(?:by|of|from|among|for)\s+/gu)].some(
      (p) => head.length - p.index <= 90 && TAKES_INFINITIVE.test(head.slice(0, p.index)),
    );
    if (!/^in order/.test(m[0].trim()) && (TAKES_INFINITIVE.test(head) || pastPhrase || OBJECT_INFINITIVE.test(head)))
      continue;
    const verb = m[1]!;
    const tags = tagWords(['to', ...(rest.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? []).slice(0, 4)]);
    if (/(?:ing|ed)$/.test(verb) || tags[1]?.pos !== 'verb') continue;
    const sentence = `${head}.`;
    const answer = `Why? To ${rest.replace(/^to\s+/u, '')}`;
    if (!isWhole(sentence) || !ok(`${sentence} ${answer}`)) continue;
    return [sentence, answer, ...lines.slice(1)];
  }
  return [...lines];
}

/**
 * A readout's "met today with X in Rome." → "met X in Rome today." ("met today in Muscat with X." →
 * "met X in Muscat today."): the day after what was done,
 * as a newsroom writes it. Only when the object runs to the sentence's end with no comma and no
 * second clause (else "today" would land inside it), and never inside a quotation.
 */
export function metToday(s: string): string {
  if (/[“”"]/.test(s)) return s;
  return s.replace(
    /\b(met|meets) (today|yesterday)( in \p{Lu}[\p{L}.’'-]*(?:,? \p{Lu}[\p{L}.’'-]*){0,3})? with ((?:\p{Lu}|the \p{Lu}|(?:his|her|their) )[^,;:“”"]*?)\.$/u,
    (all, verb: string, day: string, place: string | undefined, rest: string) =>
      /\s(?:and(?!\s\p{Lu})|to|on|about|where|who|which|that|as|after|before)\s/u.test(rest) ||
      MEETS_WHOM_NOT.test(` ${rest}`) ||
      (place && /\sin\s/u.test(rest))
        ? all
        : `${verb} ${rest}${place ?? ''} ${day}.`,
  );
}

/** Titles that say a conjunct is a person ("the Secretary", "Foreign Minister Lapid"). */
const PERSON_TITLE =
  /\b(?:Secretary|Minister|President|Vice President|Prime Minister|Ambassador|Envoy|Chancellor|King|Queen|Emir|Crown Prince|Director|Administrator|Spokesperson|Governor|Senator|Chair|Commissioner|Counselor|Coordinator|Representative|Secretary-General|High Representative|Sultan|Premier)$/u;
const CONJUNCT = String.raw`(?:[Tt]he\s)?\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*){0,3}`;
const PAIR_OPENING = new RegExp(
  `^(${CONJUNCT})\\s+and\\s+(${CONJUNCT.replace('[Tt]he', 'the')})\\s+(?=(?:also\\s+|then\\s+|jointly\\s+)?\\p{Ll})`,
  'u',
);

/**
 * A second mention of the same pair as "They" (issue 12: "The Secretary and the Foreign Minister
 * discussed …" right after "Secretary Blinken met Foreign Minister Lapid …"): a sentence opening
 * with two people joined by "and", each a title or a surname, when the line before names both
 * (its last word occurs there as a word) and is about them (not a quotation), or is itself such a
 * "They" for the same pair. Nothing else stands between; `ok` (the verifier) judges each line.
 */
export function pairAsThey(lines: readonly string[], ok: (text: string) => boolean): string[] {
  const out = [...lines];
  // the line that named the pair, while the lines after it say "They" of it
  let anchor: string | null = null;
  for (let i = 1; i < out.length; i++) {
    const prev: string = anchor ?? lines[i - 1]!;
    anchor = null;
    const m = PAIR_OPENING.exec(out[i]!);
    if (!m || /[“”"]/.test(prev) || /\?$/.test(prev)) continue;
    const heads = [m[1]!, m[2]!].map((c) => c.split(/\s+/).at(-1)!);
    const named = (h: string): boolean => new RegExp(`(?<![\\p{L}’'-])${escapeRe(h)}(?![\\p{L}’'-])`, 'u').test(prev);
    // each a person: a title ("the Secretary") or a surname the line before gives with a first name or title
    const person = (c: string, h: string): boolean =>
      PERSON_TITLE.test(c) || new RegExp(`\\p{Lu}[\\p{L}’'.-]*\\s${h}(?![\\p{L}’'-])`, 'u').test(prev);
    if (heads[0] === heads[1] || !heads.every(named) || !person(m[1]!, heads[0]!) || !person(m[2]!, heads[1]!))
      continue;
    const t = `They ${out[i]!.slice(m[0].length)}`;
    if (ok(t)) {
      out[i] = t;
      anchor = prev;
    }
  }
  return out;
}

const SHORT_TITLE =
  /\b((?:Deputy |Under |Assistant )?(?:Secretary|Ambassador|President|Administrator|Envoy|Coordinator|Spokesperson|Chancellor|Governor|Senator))\s+(\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)?)(?![\p{L}-]|\s+\p{Lu}|\s+of\b)/gu;

/**
 * The first mention of a person with a full title and name shortened to the short title the
 * release itself uses elsewhere (issue 12: "Secretary of State Antony J. Blinken met …" →
 * "Secretary Blinken met …" where the release says "Secretary Blinken"): the long form must open
 * with the same title word and end with the same surname; only the version's first line that
 * names the person, and only when `ok` (the verifier) passes it. Never inside a quotation.
 */
export function shortFirstMention(lines: readonly string[], input: string, ok: (text: string) => boolean): string[] {
  const out = [...lines];
  const shorts = new Map<string, string>();
  for (const m of input.matchAll(SHORT_TITLE)) if (!shorts.has(m[2]!)) shorts.set(m[2]!, m[1]!);
  for (const [last, title] of shorts) {
    // (not a rank of its own that opens with the title word: "NATO Secretary General Stoltenberg"
    // is no "Secretary Stoltenberg", State Department pool item 441)
    const long = new RegExp(
      `\\b${title}(?!\\s+(?:General|-General)\\b)(?:\\s(?:of|for)(?:\\s(?:the|and))?(?:\\s\\p{Lu}[\\p{L}’'-]*){1,4})?(?:\\s\\p{Lu}[\\p{L}’'-]*|\\s\\p{Lu}\\.){1,3}\\s${last}(?![\\p{L}’'-])`,
      'u',
    );
    const i = out.findIndex((l) => new RegExp(`(?<![\\p{L}’'-])${last}(?![\\p{L}’'-])`, 'u').test(l));
    if (i < 0 || /[“”"]/.test(out[i]!)) continue;
    const m = long.exec(out[i]!);
    if (!m || out[i]!.indexOf(last) < m.index) continue;
    const t = `${out[i]!.slice(0, m.index)}${title} ${last}${out[i]!.slice(m.index + m[0].length)}`;
    if (t !== out[i] && ok(t)) out[i] = t;
  }
  return out;
}

/** A line opening with a person's title alone ("The Secretary", "The Deputy Secretary") or title and surname. */
const TITLE_OPENING =
  /^(?:The\s+((?:Deputy |Under |Assistant )?(?:Secretary|Ambassador|President|Administrator|Envoy|Coordinator|Spokesperson))|((?:Deputy |Under |Assistant )?(?:Secretary|Ambassador|President|Administrator|Envoy|Coordinator|Spokesperson))\s+(\p{Lu}\p{L}+))\s+(?=(?:also\s+)?\p{Ll})/u;

/**
 * The same person opening two lines in a row, the second time by the surname the release gives
 * with that title (issue 12: "The Secretary reaffirmed … The Secretary encouraged …", where a
 * split repeats the subject, "met X and discussed Y" → "… The Secretary discussed Y", or the
 * release says it twice): "The Secretary reaffirmed … Blinken encouraged …", as a news story
 * names someone the second time. Only when the release names the person with that title once
 * ("Secretary Blinken", "Secretary of State Antony J. Blinken": one surname for the title), and
 * `ok` (the verifier) passes the line.
 */
export function surnameAgain(lines: readonly string[], input: string, ok: (text: string) => boolean): string[] {
  const byTitle = new Map<string, Set<string>>();
  for (const m of input.matchAll(SHORT_TITLE)) {
    const set = byTitle.get(m[1]!) ?? new Set<string>();
    set.add(m[2]!);
    byTitle.set(m[1]!, set);
  }
  // "Secretary of State Antony J. Blinken": the title, its portfolio, the given names, the surname
  for (const m of input.matchAll(
    /\b((?:Deputy |Under |Assistant )?Secretary) of State(?:\s(?:\p{Lu}[\p{L}’'-]*|\p{Lu}\.)){1,3}\s(\p{Lu}[\p{L}’'-]+)(?![\p{L}’'-])/gu,
  )) {
    const set = byTitle.get(m[1]!) ?? new Set<string>();
    set.add(m[2]!);
    byTitle.set(m[1]!, set);
  }
  const out = [...lines];
  for (let i = 1; i < out.length; i++) {
    const a = TITLE_OPENING.exec(out[i - 1]!);
    const b = TITLE_OPENING.exec(out[i]!);
    if (!a || !b || a[0].replace(/\s+also\s*$/u, '').trim() !== b[0].trim() || /[“”"]/.test(out[i]!)) continue;
    const title = b[1] ?? b[2]!;
    const names = byTitle.get(title);
    const surname = b[3] ?? (names?.size === 1 ? [...names][0] : undefined);
    if (!surname || (b[3] && names && names.size > 1)) continue;
    const t = `${surname} ${out[i]!.slice(b[0].length)}`;
    if (ok(t)) out[i] = t;
  }
  return out;
}
