/**
 * A cheap English part-of-speech tagger for counts (formality's F-score, noun/verb rates).
 *
 * Not a parser: it exists so that per-sentence counts cost microseconds and the browser bundle
 * stays small. Three layers decide a word's coarse class:
 * 1. closed classes written here by hand (pronouns, articles, determiners, prepositions,
 *    conjunctions, auxiliaries and modals, interjections);
 * 2. a compact lexicon of open-class words (`data/en-lexicon.json`) derived at build time from
 *    the Brill lexicon that ships with `natural` (pos-js, Penn Treebank tags), keeping only the
 *    words whose first tag the suffix guesser below would get wrong, and the noun/verb
 *    ambiguous words (about 12,000 words, 69 KB, 30 KB gzipped, against 4.5 MB for natural's
 *    English + Dutch lexicons; `packages/core/scripts/fit-formality.ts lexicon` writes it);
 * 3. a suffix guesser for everything else (-ly adverb, -ing/-ed verb, -tion noun, -ous adjective …),
 *    capitalised words inside a sentence being proper nouns.
 * Two context rules then resolve the noun/verb ambiguous words and "to" (infinitive marker or
 * preposition), in the spirit of Brill's (1992) transformation rules "NN VB PREV-TAG TO",
 * "NN VB PREV-TAG MD", "VB NN PREV-TAG DT".
 */
import lexiconData from './data/en-lexicon.json' with { type: 'json' };

export type Pos =
  | 'noun'
  | 'propn'
  | 'adj'
  | 'verb'
  | 'aux'
  | 'adv'
  | 'pron'
  | 'art'
  | 'det'
  | 'prep'
  | 'part'
  | 'conj'
  | 'num'
  | 'interj'
  | 'other';

export const POS_TAGS: readonly Pos[] = [
  'noun',
  'propn',
  'adj',
  'verb',
  'aux',
  'adv',
  'pron',
  'art',
  'det',
  'prep',
  'part',
  'conj',
  'num',
  'interj',
  'other',
];

/** Open-class codes used in the lexicon file. `n/v` is noun-first but also a verb, `v/n` the reverse. */
type LexClass = 'noun' | 'adj' | 'verb' | 'adv' | 'interj' | 'n/v' | 'v/n';

const words = (s: string): string[] => s.split(' ');

// Closed classes, written for this project (Penn Treebank's PRP/PRP$/WP, DT, IN, CC, MD lists as a guide),
// including common informal spellings (u, ur, ya, y'all) so they count as pronouns.
const PRONOUNS = words(
  'i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself ' +
    "it its itself they them their theirs themselves oneself u ur ya yall y'all thee thou thy ye " +
    'who whom whose whoever whomever someone somebody something anyone anybody anything everyone everybody everything ' +
    'nobody nothing noone',
);
const ARTICLES = words('a an the');
const DETERMINERS = words(
  'this these those every each either neither another any some no all both such whatever whichever which what',
);
const PREPOSITIONS = words(
  'about above across after against along alongside amid amidst among amongst around as at atop before behind below beneath ' +
    'beside besides between beyond by concerning considering despite down during except excluding following for from in ' +
    'including inside into like near nearby of off on onto opposite out outside over past per plus regarding round since than ' +
    'through throughout till to toward towards under underneath unlike until unto up upon versus via with within without ' +
    'pursuant notwithstanding amongst whereby thereof therein herein hereof',
);
const CONJUNCTIONS = words(
  'and or but nor yet so because although though while whilst whereas if unless whether that once lest whenever wherever',
);
const AUXILIARIES = words(
  'be am is are was were been being have has had having do does did doing will would shall should can could may might must ' +
    "'m 're 's 've 'll 'd ca wo sha ai",
);
const INTERJECTIONS = words(
  'oh ah aw wow hey hi hello yeah yea yep yup nope yes ok okay lol lmao rofl haha hahaha hehe hmm hm huh oops ugh ouch ' +
    'yay wow whoa omg gee gosh damn dang alas bye thanks thx please pls plz um uh er erm',
);

const CLOSED = new Map<string, Pos>();
for (const [list, pos] of [
  [PREPOSITIONS, 'prep'],
  [CONJUNCTIONS, 'conj'],
  [DETERMINERS, 'det'],
  [ARTICLES, 'art'],
  [AUXILIARIES, 'aux'],
  [INTERJECTIONS, 'interj'],
  [PRONOUNS, 'pron'],
] as const) {
  for (const w of list) CLOSED.set(w, pos);
}
CLOSED.set('not', 'adv');
CLOSED.set('there', 'adv'); // existential and locative "there": deictic, counted with adverbs
CLOSED.set('here', 'adv');
CLOSED.set("n't", 'adv');

/** The hand-written closed class of a lower-case word, if it has one. */
export function closedClass(lower: string): Pos | undefined {
  return CLOSED.get(lower);
}

const CODE_TO_CLASS: Record<string, LexClass> = {
  N: 'noun',
  J: 'adj',
  V: 'verb',
  R: 'adv',
  U: 'interj',
  NV: 'n/v',
  VN: 'v/n',
};

interface LexiconFile {
  source: string;
  classes: Record<string, string>;
}

let LEXICON: Map<string, LexClass> | null = null;

/** Decodes the front-coded word lists: each entry is one base-36 digit (length of the prefix shared
 * with the previous entry) followed by the rest of the word; entries are separated by spaces. */
export function decodeFrontCoded(list: string): string[] {
  const out: string[] = [];
  let prev = '';
  if (list.length === 0) return out;
  for (const entry of list.split(' ')) {
    const keep = parseInt(entry[0] ?? '0', 36);
    prev = prev.slice(0, keep) + entry.slice(1);
    out.push(prev);
  }
  return out;
}

function lexicon(): Map<string, LexClass> {
  if (LEXICON) return LEXICON;
  const map = new Map<string, LexClass>();
  const data = lexiconData as LexiconFile;
  for (const [code, list] of Object.entries(data.classes)) {
    const cls = CODE_TO_CLASS[code];
    if (!cls) continue;
    for (const w of decodeFrontCoded(list)) map.set(w, cls);
  }
  LEXICON = map;
  return map;
}

/** Coarse class from the spelling alone, for words outside the lexicon (lower-case input). */
export function guessBySuffix(w: string): 'noun' | 'adj' | 'verb' | 'adv' {
  const n = w.length;
  if (n > 4 && w.endsWith('ly')) return 'adv';
  if (n > 5 && w.endsWith('ing')) return 'verb';
  if (n > 4 && w.endsWith('ed')) return 'verb';
  if (n > 5 && /(?:ize|ise|ify|izes|ises|ifies)$/.test(w)) return 'verb';
  if (n > 5 && /(?:tion|sion|ment|ness|ity|ance|ence|ism|ist|ship|hood|dom|ure|age|ery)s?$/.test(w)) return 'noun';
  if (n > 4 && /(?:ous|ive|able|ible|ful|less|ic|ical|al|ish|ary|ant|ent|est|ian|ese)$/.test(w)) return 'adj';
  return 'noun';
}

const NUMERIC = /^[\p{N}.,]+(?:st|nd|rd|th|s)?$/u;
const HAS_LETTER = /\p{L}/u;
const CAPITALISED = /^\p{Lu}/u;

/** The lexicon's view of one word, before context rules. `sentenceInitial` lets a capitalised first
 * word be looked up in lower case rather than taken as a proper noun. */
function lookup(word: string, sentenceInitial: boolean): Pos | LexClass {
  const cache = sentenceInitial ? initialCache : innerCache;
  let hit = cache.get(word);
  if (hit === undefined) {
    hit = lookupWord(word, sentenceInitial);
    if (cache.size >= LOOKUP_LIMIT) cache.clear();
    cache.set(word, hit);
  }
  return hit;
}

// The lexicon's view depends on the word and on whether it starts the sentence only: cached.
const LOOKUP_LIMIT = 20_000;
const initialCache = new Map<string, Pos | LexClass>();
const innerCache = new Map<string, Pos | LexClass>();

function lookupWord(word: string, sentenceInitial: boolean): Pos | LexClass {
  if (NUMERIC.test(word)) return 'num';
  if (!HAS_LETTER.test(word)) return 'other';
  const lower = word.toLowerCase().replace(/’/g, "'");
  const closed = CLOSED.get(lower);
  if (closed) {
    // "I" is a pronoun anywhere; other capitalised closed-class words mid-sentence are still function words,
    // except all-caps acronyms such as "US", "IT", "AND" in headings, which we keep as function words too.
    return closed;
  }
  if (CAPITALISED.test(word) && !sentenceInitial) return 'propn';
  const lex = lexicon().get(lower);
  if (lex) return lex;
  if (CAPITALISED.test(word) && sentenceInitial) {
    // Unknown capitalised first word: a name as often as not; the suffix decides for derived words.
    const g = guessBySuffix(lower);
    return g === 'noun' && !/(?:s|tion|ment|ness|ity)$/.test(lower) ? 'propn' : g;
  }
  // Hyphenated compounds take the class of their last part ("well-known" → adjective via "known").
  const dash = lower.lastIndexOf('-');
  if (dash > 0 && dash < lower.length - 1) {
    const last = lower.slice(dash + 1);
    const inner = CLOSED.get(last) ?? lexicon().get(last);
    if (inner === 'verb' || inner === 'v/n') return /(?:ed|en|ing)$/.test(last) ? 'adj' : 'noun';
    if (inner === 'adj' || inner === 'adv') return inner === 'adv' ? 'adj' : 'adj';
    return 'noun';
  }
  return guessBySuffix(lower);
}

const CONTRACTION = /^(.+?)(n't|'s|'re|'m|'ve|'ll|'d)$/i;
const S_VERB_HOSTS = new Set(words('it he she that what there here who where how let when why this'));

export interface TaggedWord {
  /** The index of the input word this piece belongs to (contractions give two pieces). */
  index: number;
  text: string;
  pos: Pos;
}

/** The tag of each input word (of its first piece when a contraction gives two), by word index. */
export function wordTags(input: readonly string[]): Pos[] {
  const tags: Pos[] = [];
  for (const t of tagWords(input)) if (tags[t.index] === undefined) tags[t.index] = t.pos;
  return tags;
}

/**
 * Tags a sentence given as a list of words (punctuation excluded). Contractions are split into two
 * pieces ("don't" → do/aux + n't/adv, "I'm" → I/pron + 'm/aux, "John's" → John/propn, a possessive).
 */
export function tagWords(input: readonly string[]): TaggedWord[] {
  const pieces: { index: number; text: string; initial: boolean }[] = [];
  input.forEach((raw, index) => {
    const w = raw.replace(/’/g, "'");
    const m = CONTRACTION.exec(w);
    const initial = index === 0;
    if (m && m[1] && m[2]) {
      const host = m[1];
      const clitic = m[2].toLowerCase();
      if (clitic === "'s" && !S_VERB_HOSTS.has(host.toLowerCase())) {
        pieces.push({ index, text: host, initial }); // possessive: the noun alone
      } else {
        pieces.push({ index, text: host, initial });
        pieces.push({ index, text: clitic, initial: false });
      }
    } else {
      pieces.push({ index, text: w, initial });
    }
  });

  const first: (Pos | LexClass)[] = pieces.map((p) => lookup(p.text, p.initial));
  const out: TaggedWord[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    let t = first[i]!;
    const prev: Pos | LexClass | undefined = i > 0 ? (out[i - 1]?.pos ?? first[i - 1]) : undefined;
    if (t === 'n/v' || t === 'v/n') {
      if (prev === 'pron' || prev === 'aux' || prev === 'part') t = 'verb';
      else if (prev === 'art' || prev === 'det' || prev === 'adj' || prev === 'prep' || prev === 'num') t = 'noun';
      else if (i === 0 && input.length > 1)
        t = 'verb'; // imperative: "Report it", "Work with us"
      else t = t === 'n/v' ? 'noun' : 'verb';
    }
    if (p.text.toLowerCase() === 'to') {
      const next = first[i + 1];
      if (next === 'verb' || next === 'v/n' || next === 'n/v' || next === 'aux') t = 'part';
    }
    out.push({ index: p.index, text: p.text, pos: t as Pos });
  }
  return out;
}

export type PosCounts = Record<Pos, number> & { total: number };

export function emptyCounts(): PosCounts {
  const c = { total: 0 } as PosCounts;
  for (const t of POS_TAGS) c[t] = 0;
  return c;
}

export function countPos(tagged: readonly TaggedWord[], into: PosCounts = emptyCounts()): PosCounts {
  for (const t of tagged) {
    into[t.pos]++;
    into.total++;
  }
  return into;
}

/**
 * Heylighen & Dewaele's (1999, 2002) formality F-score:
 * F = (noun + adjective + preposition + article − pronoun − verb − adverb − interjection + 100) / 2,
 * each a percentage of all words. Proper nouns count as nouns, auxiliaries and modals as verbs.
 * 0..100; 50 when the text has no words.
 */
export function fScore(c: PosCounts): number {
  if (c.total === 0) return 50;
  const pct = (n: number) => (100 * n) / c.total;
  const plus = pct(c.noun + c.propn + c.adj + c.prep + c.art);
  const minus = pct(c.pron + c.verb + c.aux + c.adv + c.interj);
  return (plus - minus + 100) / 2;
}

/** Source note of the compact lexicon, for provenance in reports and docs. */
export const LEXICON_SOURCE: string = (lexiconData as LexiconFile).source;
