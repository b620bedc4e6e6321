/**
 * Spoken register for English versions a young reader gets: the words a digital team writes
 * where the release writes office English. Each row is a pattern, what it becomes, when it does
 * not apply, and its source (ids of core's source registry). compose keeps a change only when the
 * verifier passes the sentence (a version may reword; it may never alter a fact, an actor, a
 * hedge or a quote), and never inside a quotation.
 */
import { englishForms, inflectVerb, tagWords, type FormTag } from '@attache/core';

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
const US_NOT_BEFORE = /^(?:\s*(?:of\b|\p{Lu})|\.)/u;
const US_NOT_AFTER = /\p{Lu}[\p{L}’'.-]*\s+(?:of\s+)?$/u;

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
    notAfter: /\b(?:the|this|that|these|those|its|our|their|his|her|your|an|a|any|no|each)\s+$/i,
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
    // "are required to register" is an obligation, not a need
    notBefore: /^\s+(?:to|that)\b/,
    notAfter: /\b(?:is|are|was|were|be|been|being)\s+$/i,
    sources: ['plainlanguage-words', 'pec-az'],
    why: '“require” → “need”',
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

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
 * quotation marks is never touched (a sentence with a quotation is returned as it is).
 */
export function spoken(s: string, curly = true, contract = true): string {
  if (/[“”"«»]/.test(s)) return s;
  let t = s;
  for (const { re, row, forms, to: verb } of rows()) {
    re.lastIndex = 0;
    t = t.replace(re, (m: string, ...args: unknown[]) => {
      const at = args.find((a) => typeof a === 'number') as number;
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
  if (contract) for (const [re, to] of SPOKEN_CONTRACTIONS) t = t.replace(re, curly ? to : to.replace('’', "'"));
  return t;
}

/** A sentence that says what someone will do next: “Zeya will then visit …”, “We’ll also consider …”. */
const NEXT =
  /^(?!(?:It|This|That|These|Those|There)\b)(?:We|They|He|She|(?:The\s)?\p{Lu}[\p{L}.’'-]*(?:\s(?:of\s|for\s|the\s)?\p{Lu}[\p{L}.’'-]*){0,4})(?:’ll|'ll|\swill)\s+(?:(?:also|then|now|soon)\s+)?(?!not\b|be\b)\p{Ll}/u;

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
    // (also past a short "by/of/among …" after the noun: "the largest commitment by any nation | to address …")
    if (
      !/^in order/.test(m[0].trim()) &&
      (TAKES_INFINITIVE.test(head) ||
        TAKES_INFINITIVE.test(head.replace(/\s+(?:by|of|from|among|for)\s+[^,]{1,30}$/u, '')))
    )
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
