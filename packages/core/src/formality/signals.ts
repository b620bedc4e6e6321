/**
 * Per-sentence formality signals: raw, interpretable values (counts, rates, proportions, 0/1 flags)
 * that the linear model in `model.ts` standardises and weighs.
 */
import type { LanguageCode } from '../schema.js';
import type { Token } from '../text/tokenize.js';
import { countPos, fScore, tagWords } from '../pos/index.js';
import { MARKERS, type LanguageMarkers } from './markers.js';
import enWords from './data/en-words.json' with { type: 'json' };

interface WordTable {
  /** Rated words grouped by their value: { "-1.2": "lol omg …" }. */
  groups: Record<string, string>;
}

const WORD_TABLES: Partial<Record<LanguageCode, WordTable>> = { en: enWords as WordTable };
const wordMaps = new Map<LanguageCode, Map<string, number>>();

/** The dev-rated word table of a language (lower-case word → mean rating offset), if it has one. */
export function wordFormality(language: LanguageCode): Map<string, number> | null {
  const table = WORD_TABLES[language];
  if (!table) return null;
  let m = wordMaps.get(language);
  if (!m) {
    m = new Map();
    for (const [value, list] of Object.entries(table.groups)) {
      const v = Number(value);
      if (list) for (const w of list.split(' ')) m.set(w, v);
    }
    wordMaps.set(language, m);
  }
  return m;
}

/** Mean offset of the distinct lower-case words found in the table (0 when none is). */
export function vocabularyScore(lowerWords: readonly string[], table: Map<string, number> | null): number {
  if (!table) return 0;
  let s = 0;
  let n = 0;
  for (const w of new Set(lowerWords)) {
    const v = table.get(w);
    if (v === undefined) continue;
    s += v;
    n++;
  }
  return n === 0 ? 0 : s / n;
}

/** Every signal id, in a fixed order. Each is documented in `SIGNAL_DOCS`. */
export const SIGNAL_IDS = [
  'fScore',
  'words',
  'wordLength',
  'longWords',
  'nouns',
  'adjectives',
  'prepositions',
  'articles',
  'pronouns',
  'verbs',
  'adverbs',
  'interjections',
  'contractions',
  'firstPersonSingular',
  'firstPersonPlural',
  'secondPerson',
  'thirdPerson',
  'institutionalSubject',
  'nominalisations',
  'participles',
  'passives',
  'formalMarkers',
  'informalMarkers',
  'exclamations',
  'questions',
  'ellipses',
  'emoticons',
  'lowerStart',
  'lowerI',
  'allCaps',
  'capitalised',
  'digits',
  'commas',
  'colons',
  'parentheses',
  'repeatedChars',
  'conjunctionStart',
  'noFinalPunctuation',
  'vocabulary',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

export const SIGNAL_DOCS: Record<SignalId, string> = {
  fScore: "Heylighen & Dewaele's F-score (0..100) from part-of-speech shares (English only)",
  words: 'words in the sentence',
  wordLength: 'mean word length in letters',
  longWords: 'share of words longer than six letters',
  nouns: 'share of nouns, proper nouns included (English only)',
  adjectives: 'share of adjectives (English only)',
  prepositions: 'share of prepositions (English only)',
  articles: 'share of articles (English only)',
  pronouns: 'share of pronouns (English only)',
  verbs: 'share of verbs, auxiliaries included (English only)',
  adverbs: 'share of adverbs (English only)',
  interjections: 'share of interjections (English only)',
  contractions: "share of words that are contractions (don't, I'm, gibt's) or their apostrophe-less spellings",
  firstPersonSingular: 'share of first-person singular pronouns (I, me, my; я, мне …)',
  firstPersonPlural: 'share of first-person plural pronouns (we, us, our; мы, наш …)',
  secondPerson: 'share of second-person pronouns (you, your, u; ты, вы …)',
  thirdPerson: 'share of third-person pronouns (he, she, they …)',
  institutionalSubject: 'the sentence opens with an institution or a name as its subject (1/0)',
  nominalisations: 'share of nominalisations (-tion, -ment, -ance, -ity …; -ние, -ция, -ость …)',
  participles: 'share of participles (-ed/-en; -нный, -ющий, -вший …)',
  passives: 'passive constructions (a form of "be" followed by a participle)',
  formalMarkers: 'officialese and formal connectives per word (hereby, pursuant to, however; в рамках, осуществлять …)',
  informalMarkers: 'slang, netspeak, discourse particles and hedges per word (lol, gonna, kind of; короче, типа …)',
  exclamations: 'exclamation marks',
  questions: 'question marks',
  ellipses: 'ellipses (… or ...)',
  emoticons: 'emoticons and emoji',
  lowerStart: 'the sentence starts with a lower-case letter (1/0)',
  lowerI: 'the pronoun "i" written in lower case (English)',
  allCaps: 'share of words of two or more letters written in capitals',
  capitalised: 'share of capitalised words after the first',
  digits: 'share of words that are numbers',
  commas: 'commas per word',
  colons: 'colons and semicolons',
  parentheses: 'parentheses',
  repeatedChars: 'letters or punctuation repeated three times or more (sooo, !!!, ???)',
  conjunctionStart: 'the sentence opens with a conjunction (And, But, So) (1/0)',
  noFinalPunctuation: 'the sentence does not end with . ! ? or a closing quote/bracket after one (1/0)',
  vocabulary:
    'mean formality of the words, each word rated by the sentences of the rated dev data that contain it (English only; 0 = average)',
};

interface CompiledPhrase {
  parts: { text: string; prefix: boolean }[];
}

/** Phrases indexed by their first word; phrases whose first word is a prefix pattern are kept apart. */
interface PhraseIndex {
  byFirst: Map<string, CompiledPhrase[]>;
  prefixed: CompiledPhrase[];
}

const compiled = new Map<
  LanguageCode,
  { formal: PhraseIndex; informal: PhraseIndex; sets: Record<string, Set<string>> }
>();

function compile(list: readonly string[]): PhraseIndex {
  const index: PhraseIndex = { byFirst: new Map(), prefixed: [] };
  for (const phrase of list) {
    const parts = phrase
      .split(/\s+/)
      .filter(Boolean)
      .map((part) => (part.endsWith('*') ? { text: part.slice(0, -1), prefix: true } : { text: part, prefix: false }));
    const first = parts[0];
    if (!first) continue;
    const ph = { parts };
    if (first.prefix) index.prefixed.push(ph);
    else {
      const l = index.byFirst.get(first.text);
      if (l) l.push(ph);
      else index.byFirst.set(first.text, [ph]);
    }
  }
  return index;
}

function compiledFor(language: LanguageCode) {
  let c = compiled.get(language);
  if (!c) {
    const m: LanguageMarkers = MARKERS[language];
    c = {
      formal: compile(m.formal),
      informal: compile(m.informal),
      sets: {
        firstSingular: new Set(m.firstSingular),
        firstPlural: new Set(m.firstPlural),
        second: new Set(m.second),
        third: new Set(m.third),
        conjunctionStart: new Set(m.conjunctionStart),
        institutions: new Set(m.institutions),
        passiveAux: new Set(m.passiveAux),
      },
    };
    compiled.set(language, c);
  }
  return c;
}

function matchAt(words: readonly string[], i: number, ph: CompiledPhrase): boolean {
  const k = ph.parts.length;
  if (i + k > words.length) return false;
  for (let j = 0; j < k; j++) {
    const part = ph.parts[j]!;
    const word = words[i + j]!;
    if (part.prefix ? !word.startsWith(part.text) : word !== part.text) return false;
  }
  return true;
}

/** Counts phrase occurrences in a lower-cased word list; overlapping matches of different phrases all count. */
function countPhrases(words: readonly string[], index: PhraseIndex): number {
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    const cands = index.byFirst.get(words[i]!);
    if (cands) for (const ph of cands) if (matchAt(words, i, ph)) n++;
    for (const ph of index.prefixed) if (matchAt(words, i, ph)) n++;
  }
  return n;
}

const LETTER = /\p{L}/gu;
const LOWER_START = /^[^\p{L}\p{N}]*\p{Ll}/u;
const UPPER_FIRST = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const EMOTICON =
  /(?:^|\s)(?:[:;=xX][-'^o]?[)(\][dDpP3/\\|*oO@]+|<3+|\^_*\^|[-oO>]_+[-oO<]|T_T|xD+|XD+)(?=\s|$|[.,!?])/gu;
const EMOJI = /\p{Extended_Pictographic}/gu;
const REPEATED = /(\p{L})\1{2,}|([!?.])\2{2,}/gu;
const FINAL = /[.!?…:;]["'”’»)\]]*\s*$/u;

function letters(word: string): number {
  return word.match(LETTER)?.length ?? 0;
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  return text.match(re)?.length ?? 0;
}

/** What the signals read of one word, apart from where it stands. */
interface WordSignals {
  lower: string;
  letters: number;
  /** No lower-case letter and an upper-case one. */
  caps: boolean;
  upperFirst: boolean;
  contraction: boolean;
  /** 1 first person singular, 2 first plural, 3 second, 4 third (a contraction's host counts), else 0. */
  person: 0 | 1 | 2 | 3 | 4;
  nominal: boolean;
  participle: boolean;
}

// Per language and word: the facts above depend on the word's text alone (markers are fixed).
const SIGNALS_LIMIT = 20_000;
const signalCache = new Map<LanguageCode, Map<string, WordSignals>>();

function wordSignals(
  t: string,
  language: LanguageCode,
  m: LanguageMarkers,
  sets: Record<string, Set<string>>,
): WordSignals {
  let cache = signalCache.get(language);
  if (!cache) signalCache.set(language, (cache = new Map()));
  let f = cache.get(t);
  if (f) return f;
  const lw = t.toLowerCase().replace(/’/g, "'");
  const L = letters(t);
  // A contraction's host still counts as its pronoun ("I'm" → I, "we're" → we).
  const host = lw.replace(/'(?:s|re|m|ve|ll|d)$/, '');
  f = {
    lower: lw,
    letters: L,
    caps: !HAS_LOWER.test(t) && /\p{Lu}/u.test(t),
    upperFirst: UPPER_FIRST.test(t),
    contraction: m.contraction !== null && m.contraction.test(lw),
    person: sets.firstSingular!.has(host)
      ? 1
      : sets.firstPlural!.has(host)
        ? 2
        : sets.second!.has(host)
          ? 3
          : sets.third!.has(host)
            ? 4
            : 0,
    nominal: lw.length >= m.nominalMinLength && m.nominal.test(lw),
    participle: m.participle !== null && lw.length >= 4 && m.participle.test(lw),
  };
  if (cache.size >= SIGNALS_LIMIT) cache.clear();
  cache.set(t, f);
  return f;
}

/**
 * Raw formality signals of one sentence. `tokens` are the sentence's tokens from `tokenize`
 * (any offsets; only `text` and `kind` are read, punctuation tokens are ignored).
 */
export function formalitySignals(sentence: string, tokens: Token[], language: LanguageCode): Record<SignalId, number> {
  const m = MARKERS[language];
  const c = compiledFor(language);
  const words = tokens.filter((t) => t.kind !== 'punct');
  const texts = words.map((t) => t.text);
  const lower = texts.map((t) => wordSignals(t, language, m, c.sets).lower);
  const n = words.length;
  const rate = (k: number) => (n === 0 ? 0 : k / n);

  let letterSum = 0;
  let long = 0;
  let caps = 0;
  let capsEligible = 0;
  let capitalised = 0;
  let digits = 0;
  let contractions = 0;
  let p1s = 0;
  let p1p = 0;
  let p2 = 0;
  let p3 = 0;
  let nominal = 0;
  let participles = 0;
  let passives = 0;
  let lowerI = 0;
  for (let i = 0; i < n; i++) {
    const t = texts[i]!;
    const f = wordSignals(t, language, m, c.sets);
    letterSum += f.letters;
    if (f.letters > 6) long++;
    if (f.letters >= 2) {
      capsEligible++;
      if (f.caps) caps++;
    }
    if (i > 0 && f.upperFirst) capitalised++;
    if (words[i]!.kind === 'number') digits++;
    if (f.contraction) contractions++;
    if (f.person === 1) p1s++;
    else if (f.person === 2) p1p++;
    else if (f.person === 3) p2++;
    else if (f.person === 4) p3++;
    if (language === 'en' && t === 'i') lowerI++;
    if (f.nominal) nominal++;
    if (f.participle) {
      participles++;
      // passive: a form of "be" one or two words before (an adverb may stand between)
      const prev1 = lower[i - 1];
      const prev2 = lower[i - 2];
      if (
        (prev1 && c.sets.passiveAux!.has(prev1)) ||
        (prev2 && c.sets.passiveAux!.has(prev2) && prev1 && /ly$|^not$|^also$|^been$/.test(prev1))
      )
        passives++;
    }
  }
  // German and Russian passives put the auxiliary anywhere in the clause: count auxiliary + participle pairs.
  if (language !== 'en' && passives === 0 && participles > 0 && lower.some((w) => c.sets.passiveAux!.has(w)))
    passives = 1;

  let pos = {
    fScore: 50,
    nouns: 0,
    adjectives: 0,
    prepositions: 0,
    articles: 0,
    pronouns: 0,
    verbs: 0,
    adverbs: 0,
    interjections: 0,
  };
  if (language === 'en' && n > 0) {
    const counts = countPos(tagWords(texts));
    const share = (k: number) => (counts.total === 0 ? 0 : k / counts.total);
    pos = {
      fScore: fScore(counts),
      nouns: share(counts.noun + counts.propn),
      adjectives: share(counts.adj),
      prepositions: share(counts.prep),
      articles: share(counts.art),
      pronouns: share(counts.pron),
      verbs: share(counts.verb + counts.aux),
      adverbs: share(counts.adv),
      interjections: share(counts.interj),
    };
  }

  const first = lower[0];
  const firstTwo = lower.slice(0, 3);
  const institutionalSubject =
    n > 0 &&
    !c.sets.firstSingular!.has(first!) &&
    !c.sets.firstPlural!.has(first!) &&
    !c.sets.second!.has(first!) &&
    (firstTwo.some((x) => c.sets.institutions!.has(x)) ||
      (n > 1 && UPPER_FIRST.test(texts[0]!) && UPPER_FIRST.test(texts[1]!) && !c.sets.conjunctionStart!.has(first!)))
      ? 1
      : 0;

  const trimmed = sentence.trim();
  const emoticons = count(trimmed, EMOTICON) + count(trimmed, EMOJI);
  return {
    fScore: pos.fScore,
    words: n,
    wordLength: n === 0 ? 0 : letterSum / n,
    longWords: rate(long),
    nouns: pos.nouns,
    adjectives: pos.adjectives,
    prepositions: pos.prepositions,
    articles: pos.articles,
    pronouns: pos.pronouns,
    verbs: pos.verbs,
    adverbs: pos.adverbs,
    interjections: pos.interjections,
    contractions: rate(contractions),
    firstPersonSingular: rate(p1s),
    firstPersonPlural: rate(p1p),
    secondPerson: rate(p2),
    thirdPerson: rate(p3),
    institutionalSubject,
    nominalisations: rate(nominal),
    participles: rate(participles),
    passives,
    formalMarkers: rate(countPhrases(lower, c.formal)),
    informalMarkers: rate(countPhrases(lower, c.informal)),
    exclamations: count(trimmed, /!/g),
    questions: count(trimmed, /\?/g),
    ellipses: count(trimmed, /…|\.{3,}/g),
    emoticons,
    lowerStart: LOWER_START.test(trimmed) ? 1 : 0,
    lowerI,
    allCaps: capsEligible === 0 ? 0 : caps / capsEligible,
    capitalised: n <= 1 ? 0 : capitalised / (n - 1),
    digits: rate(digits),
    commas: rate(count(trimmed, /,/g)),
    colons: count(trimmed, /[:;]/g),
    parentheses: count(trimmed, /[()]/g) / 2,
    repeatedChars: count(trimmed, REPEATED),
    conjunctionStart: first !== undefined && c.sets.conjunctionStart!.has(first) ? 1 : 0,
    noFinalPunctuation: trimmed.length > 0 && !FINAL.test(trimmed) ? 1 : 0,
    vocabulary: vocabularyScore(
      words.map((t) => t.text.toLowerCase()),
      wordFormality(language),
    ),
  };
}
