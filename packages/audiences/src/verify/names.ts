/**
 * Names, organisations and titles as the verifier reads them: capitalised words and runs of
 * them ("Secretary of State Antony J. Blinken", "Republic of Korea"), with the few spellings
 * that mean the same ("U.S." = "US" = "United States") and Russian case endings folded.
 */
import type { Read, Sentence } from './text.js';

export interface NameToken {
  start: number;
  end: number;
  text: string;
  /** The comparison key: possessive dropped, dots dropped, Russian endings folded. */
  key: string;
}

export interface NameRun {
  start: number;
  end: number;
  text: string;
  tokens: NameToken[];
}

const CONNECTORS = new Set(
  ['of', 'the', 'for', 'on', 'de', 'du', 'von', 'van', 'al', 'bin', 'и'].filter((w) => w !== 'и'),
);
/** Capitalised at a sentence's start or as a pronoun, and no name. */
const COMMON_INITIAL = new Set(
  (
    'the a an this that these those it its we our you your they their he she his her i in on at by for to from with as and but or so if when while after before today yesterday tomorrow ' +
    'also more read what who how why here there both all each every some many most no not new one two three four five six seven eight nine ten up over about under only just then now next last ' +
    'мы наш наша наше наши вы ваш это этот эта эти он она они его её их в на по для с о об и но а когда после до сегодня вчера завтра также кроме там здесь как что кто'
  ).split(' '),
);

/** Spellings that name the same thing. */
const SAME: string[][] = [
  ['us', 'united states', 'united states of america', 'america'],
  ['uk', 'united kingdom', 'britain'],
  ['un', 'united nations'],
  ['eu', 'european union'],
  ['nato', 'north atlantic treaty organization'],
  ['dprk', 'north korea', "democratic people's republic of korea"],
  ['rok', 'south korea', 'republic of korea'],
  // international organisations and states by their official English names (UNTERM; the
  // organisation's own name), which a version for foreign readers may spell out
  ['apec', 'asia-pacific economic cooperation'],
  ['asean', 'association of southeast asian nations'],
  ['au', 'african union'],
  ['auc', 'african union commission'],
  ['cop', 'conference of the parties'],
  ['covax', 'covid-19 vaccines global access'],
  ['ecowas', 'economic community of west african states'],
  ['fbi', 'federal bureau of investigation'],
  ['gcc', 'gulf cooperation council'],
  ['gdp', 'gross domestic product'],
  ['iaea', 'international atomic energy agency'],
  ['icrc', 'international committee of the red cross'],
  ['igad', 'intergovernmental authority on development'],
  ['imf', 'international monetary fund'],
  ['interpol', 'international criminal police organization'],
  ['nasa', 'national aeronautics and space administration'],
  ['noaa', 'national oceanic and atmospheric administration'],
  ['oas', 'organization of american states'],
  ['oecd', 'organisation for economic co-operation and development'],
  ['opec', 'organization of the petroleum exporting countries'],
  ['osce', 'organization for security and co-operation in europe'],
  ['pepfar', "president's emergency plan for aids relief"],
  ['prc', "people's republic of china"],
  ['sadc', 'southern african development community'],
  ['uae', 'united arab emirates'],
  ['undp', 'united nations development programme'],
  ['unhcr', 'office of the united nations high commissioner for refugees'],
  ['unicef', "united nations children's fund"],
  ['swift', 'society for worldwide interbank financial telecommunication'],
  ['unsc', 'united nations security council'],
  ['usaid', 'united states agency for international development'],
  ['wfp', 'world food programme'],
  ['who', 'world health organization'],
  ['wmd', 'weapons of mass destruction'],
  ['wto', 'world trade organization'],
  ['сша', 'соединённые штаты', 'соединенные штаты', 'соединённые штаты америки', 'соединенные штаты америки'],
  // (the adjective names the country: «Глава Российского государства» is «Президент России», kremlin.ru pool)
  ['рф', 'россия', 'российская федерация', 'российский'],
  ['оон', 'организация объединённых наций', 'организация объединенных наций'],
];

export function keyOf(word: string, language: 'en' | 'ru'): string {
  let w = word
    .replace(/[’']s$/i, '')
    .replace(/[’']$/, '')
    .replace(/\./g, '')
    .toLowerCase();
  if (language === 'ru' || /[а-яё]/.test(w)) w = ruStem(w);
  return w;
}

/** A Russian stem for comparing inflected names: the case ending dropped. */
export function ruStem(w: string): string {
  if (w.length <= 3) return w;
  const m =
    /(ами|ями|ого|его|ому|ему|ыми|ими|ой|ей|ом|ем|ам|ям|ах|ях|ую|юю|ая|яя|ое|ее|ые|ие|ый|ий|ов|ев|ы|и|а|я|у|ю|е|о|ь|й)$/.exec(
      w,
    );
  const cut = m && w.length - m[0].length >= 3 ? w.slice(0, -m[0].length) : w;
  return cut;
}

const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);

/** An initial run onto a surname: "В.Путин", "С.Чупшева" (kremlin.ru's transcript labels). */
export const INITIALLED = /^\p{Lu}\.\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** The first word of a sentence, or after an opening quote, a colon or a list mark. */
function initialPositions(s: Sentence): Set<number> {
  const out = new Set<number>();
  let expectStart = true;
  for (const t of s.tokens) {
    if (t.kind === 'punct') {
      if (/[:“«"„(•\-–—]/.test(t.text)) expectStart = true;
      continue;
    }
    if (expectStart) out.add(t.start);
    expectStart = false;
  }
  return out;
}

/**
 * Name tokens and runs of a text. A capitalised word at a sentence's start counts only when it
 * is no common word, or when the text also writes it capitalised elsewhere.
 */
export function names(r: Read): { tokens: NameToken[]; runs: NameRun[] } {
  const tokens: NameToken[] = [];
  const runs: NameRun[] = [];
  const capsMid = new Set<string>();
  const initials = r.sentences.map(initialPositions);
  r.sentences.forEach((s, i) => {
    for (const t of s.tokens)
      if (t.kind !== 'punct' && isCap(t.text) && !initials[i]!.has(t.start)) capsMid.add(t.text.toLowerCase());
  });
  r.sentences.forEach((s, si) => {
    let run: NameToken[] = [];
    let pending: NameToken[] = [];
    const flush = (): void => {
      if (run.length > 0) {
        runs.push({
          start: run[0]!.start,
          end: run.at(-1)!.end,
          text: r.text.slice(run[0]!.start, run.at(-1)!.end),
          tokens: run,
        });
      }
      run = [];
      pending = [];
    };
    const words = s.tokens;
    for (let k = 0; k < words.length; k++) {
      const t = words[k]!;
      if (t.kind === 'punct') {
        // a dot after an initial or inside "U.S." keeps the run; anything else ends it
        if (
          t.text === '.' &&
          run.length > 0 &&
          /^\p{Lu}{1,2}$/u.test(run.at(-1)!.text) &&
          isCap(words[k + 1]?.text ?? '')
        )
          continue;
        if ((t.text === '’' || t.text === "'") && words[k + 1]?.text === 's') {
          k++;
          continue;
        }
        flush();
        continue;
      }
      if (isCap(t.text) && !/^\p{N}/u.test(t.text) && !/^I(?:['’](?:m|ve|ll|d))?$/.test(t.text)) {
        const lower = t.text.toLowerCase();
        const initial = initials[si]!.has(t.start);
        // an initial and a surname ("В.Путин", a transcript's label) is a name wherever it stands
        const initialled = INITIALLED.test(t.text);
        if (initial && !initialled && COMMON_INITIAL.has(lower) && !capsMid.has(lower)) {
          flush();
          continue;
        }
        if (
          initial &&
          !initialled &&
          !capsMid.has(lower) &&
          !isCap(words[k + 1]?.text ?? '') &&
          // (an acronym, with a session's or a group's number too: "(COP27)", "G20")
          !/^\p{Lu}{2,}\d*$/u.test(t.text)
        ) {
          // a lone capitalised first word no other place writes capitalised: an ordinary word
          flush();
          continue;
        }
        const tok: NameToken = { start: t.start, end: t.end, text: t.text, key: keyOf(t.text, r.language) };
        if (pending.length > 0) {
          run.push(...pending);
          pending = [];
        }
        run.push(tok);
        tokens.push(tok);
        continue;
      }
      if (run.length > 0 && CONNECTORS.has(t.text.toLowerCase()) && pending.length < 2) {
        pending.push({ start: t.start, end: t.end, text: t.text, key: t.text.toLowerCase() });
        continue;
      }
      flush();
    }
    flush();
  });
  return { tokens, runs };
}

/** A Russian phrase with each word's case ending dropped, the stem's final «и», «й», «ь» too (федерации, федерация → федерац). */
const foldRu = (p: string): string =>
  p
    .split(' ')
    .map((w) => ruStem(w).replace(/[ийь]$/u, ''))
    .join(' ');

/** The groups of spellings that name the same thing (for rules that compare their own word keys). */
export const sameNames = (): readonly string[][] => SAME;

/** The keys a name may also be written as (its own key first). */
export function aliases(phrase: string): string[] {
  const p = phrase.replace(/[’']/g, "'").replace(/\./g, '').replace(/'s$/i, '').toLowerCase().replace(/^the /, '');
  const out = [p];
  for (const group of SAME) if (group.includes(p)) out.push(...group.filter((g) => g !== p));
  // Russian: the same spellings in another case («России», «Российской Федерации» = «Россия»)
  if (out.length === 1 && /[а-яё]/.test(p)) {
    const folded = foldRu(p);
    for (const group of foldedSame())
      if (group.folded.includes(folded)) out.push(...group.spellings.filter((g) => g !== p));
  }
  return out;
}

let foldedGroups: Array<{ spellings: string[]; folded: string[] }> | undefined;
/** The Russian groups of SAME with each spelling folded, once (aliases asks for every name of every sentence). */
function foldedSame(): Array<{ spellings: string[]; folded: string[] }> {
  return (foldedGroups ??= SAME.filter((g) => g.some((n) => /[а-яё]/.test(n))).map((spellings) => ({
    spellings,
    folded: spellings.map(foldRu),
  })));
}

/**
 * A title whose portfolio is a list, then the person: "Under Secretary for Civilian Security,
 * Democracy, and Human Rights Uzra Zeya", "Assistant Secretary of State for Population, Refugees,
 * and Migration (PRM) Julieta Valls Noyes". The commas and "and" belong to the title, not to a
 * list of people. Only the "for …" portfolio of a rank (a capitalised office word), a list of
 * three or more closed by ", and" or "and", and a last member of at least three capitalised words (a portfolio word, then
 * the name): "Secretary of State Blinken, Jane Doe, and John Smith" is a list of people.
 */
export interface PortfolioTitle {
  start: number;
  end: number;
  /** The rank as written ("Under Secretary"), which a short form keeps whole. */
  rank: string[];
  /** The capitalised words of the list's last member ("Human Rights Uzra Zeya"): the name is a tail of them. */
  last: string[];
}

const RANK_WORD =
  '(?:Secretary|Minister|Ambassador|Envoy|Representative|Administrator|Coordinator|Director|Commissioner|Advisor|Adviser|Counselor|Chair)';
const CAPW = "\\p{Lu}[\\p{L}’'-]*";
const PORTFOLIO = new RegExp(
  `((?:${CAPW} ){0,3}${RANK_WORD})(?: of ${CAPW}(?: ${CAPW})?)? for ${CAPW}(?: (?:${CAPW}|and|of|the)){0,4}(?:, ${CAPW}(?: (?:${CAPW}|of|the)){0,3}){1,6},? and (?:the )?((?:${CAPW} ){1,3}(?:\\(\\p{Lu}{2,6}\\) )?(?:(?:${CAPW}|\\p{Lu}\\.) ){0,2}${CAPW})`,
  'gu',
);

const RANK_ONLY = new RegExp(`^${RANK_WORD}$`, 'u');
const INITIAL = /^\p{Lu}\.?$/u;

/** `f` of a release, computed once per `Read` (every sentence of the release asks for it). */
function perRead<T>(f: (r: Read) => T): (r: Read) => T {
  const cache = new WeakMap<Read, T>();
  return (r) => {
    let v = cache.get(r);
    if (v === undefined) cache.set(r, (v = f(r)));
    return v;
  };
}

export const portfolioTitles = perRead((r: Read): PortfolioTitle[] => {
  const out: PortfolioTitle[] = [];
  if (r.language === 'en')
    for (const m of r.text.matchAll(PORTFOLIO)) {
      const last = m[2]!.split(' ').filter((w) => /^\p{Lu}/u.test(w) && !/^\(/.test(w) && !/^\p{Lu}\.$/u.test(w));
      if (last.length < 3 || last.some((w) => RANK_ONLY.test(w))) continue;
      const rank = m[1]!.split(' ');
      out.push({ start: m.index, end: m.index + m[0].length, rank, last });
    }
  return out;
});

/** A span of the release's text (start inclusive, end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
}

const OFFICE_RANK =
  '(?:Secretary|Minister|Ambassador|Envoy|Official|Representative|Spokesperson|Administrator|Coordinator|Director|Counselor|Commissioner|Adviser|Advisor|Chair|Chairman|Chief|Head)';
const OFFICE_START = `(?:the )?(?:${CAPW} ){0,3}${OFFICE_RANK} (?:of|for|to|at|on)`;
/** A portfolio's word: no second rank and no honorific, where another person begins. */
const OFFICE_WORD = `(?!${OFFICE_RANK}\\b|Honou?rable\\b|H\\.E\\.|Dr\\.|Mr\\.|Ms\\.|Mrs\\.)(?:${CAPW}|(?:\\p{Lu}\\.){2,})`;
/** "Ann Ganzer, Senior Official for the Bureau of International Security and Nonproliferation, and
 * Bruce Turner, …, led": the office after a name, between commas, up to the comma before the verb or
 * before "and" and the next name with its own office. */
const OFFICE_AFTER_NAME = new RegExp(
  `,(?<=\\p{Lu}[\\p{L}’'-]*,) ${OFFICE_START}(?:(?: (?:of|for|the|and|on|to|in|at))|,? ${OFFICE_WORD}){0,16}?(?=, (?:and (?:${CAPW} ){1,3}?${CAPW}, ${OFFICE_START}|(?!(?:and|or|who|which|that|as|in|on|at|for|with|along|the|a|an)\\b)\\p{Ll}))`,
  'gu',
);

/**
 * A person's office said aside after the name (English): each span runs from the name's last letter
 * to the office's last word, so that its commas and "and" divide no list of actors; the person and
 * the office are one member, and "Ann Ganzer and Bruce Turner led …" names both actors.
 */
export const officesAfterNames = perRead((r: Read): TextSpan[] =>
  r.language === 'en'
    ? [...r.text.matchAll(OFFICE_AFTER_NAME)].map((m) => ({ start: m.index - 1, end: m.index + m[0].length }))
    : [],
);

/** The spans whose commas and "and" divide no list of actors: portfolio titles and offices after a name. */
export const titleSpans = perRead((r: Read): TextSpan[] => [...portfolioTitles(r), ...officesAfterNames(r)]);

/**
 * Whether `words` (a title and name as written in a version, capitalised words only) is the short
 * form of a portfolio title: its rank whole, then a tail of the last member that leaves at least
 * one portfolio word out and ends in the surname ("Under Secretary Uzra Zeya", "Under Secretary Zeya").
 */
export function shortOfPortfolio(words: readonly string[], t: PortfolioTitle): boolean {
  const k = (w: string): string =>
    w
      .replace(/[’']s$/, '')
      .replace(/\./g, '')
      .toLowerCase();
  const rank = t.rank.map(k);
  // initials aside ("Jose W. Fernandez" = "Jose Fernandez"), as the release's last member is read
  const got = words.filter((w) => !INITIAL.test(w)).map(k);
  if (got.length <= rank.length || rank.some((w, i) => got[i] !== w)) return false;
  const tail = got.slice(rank.length);
  const last = t.last.map(k);
  if (tail.length >= last.length) return false;
  return tail.every((w, i) => last[last.length - tail.length + i] === w);
}
