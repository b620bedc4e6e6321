/**
 * Acronyms in a text: where each is used and where (if anywhere) it is spelled out. Pure and
 * browser-safe (no lexicon, no Node built-ins). Used by the lint rules `acronym-definition` and
 * `all-caps`, and by the audience adapters (spelling acronyms out, the glossary, the issuer).
 *
 * What is an acronym (one shape rule):
 * - strict: 2–8 capitals, with digits, "&" or hyphens ("OSCE", "COVID-19", "ЕАЭС"), also with an
 *   English plural, a Russian case ending or a possessive ("NGOs", "МИДа", "NATO’s"); not a
 *   Roman numeral;
 * - dotted: single capitals joined by dots ("U.S", "E.O"; the final dot is not part of it);
 * - loose: a capital and up to nine letters ("Dstl"), only when the text defines it.
 * A strict acronym is not one when it is shouting: the whole sentence is in capitals, the word
 * stands in a run of words in capitals ("PLEASE NOTE"), or it is longer than five letters and
 * `isWord` says it is an ordinary word ("IMPORTANT").
 *
 * An acronym is spelled out by:
 * - "Long Form (ACR)" (shape 'long (ACR)'): the acronym first in a parenthesis after words;
 * - "ACR (Long Form)" (shape 'ACR (long)'): the acronym followed by a parenthesis of two words or
 *   more, in the same sentence;
 * - words earlier in the text whose initials spell it (shape 'initials': "Organization for
 *   Security and Co-operation in Europe … OSCE"), looked for only when the acronym is used
 *   before any parenthesis defines it.
 * The long form is given only when the initials of its words spell the acronym (for 'initials',
 * words that read as a name, or close before the acronym: see `nameLike`): little words
 * ("of", "the", "и", "по") may be skipped, a hyphenated word gives its first letter or the first
 * letter of each part ("Non-Governmental" → N or NG). A loose acronym is defined only so.
 */
import { textBlocks } from '../source/text.js';
import { segmentSentences } from './segment.js';
import { tokenize, type Token } from './tokenize.js';

export interface Span {
  start: number;
  end: number;
}

export type AcronymShape = 'long (ACR)' | 'ACR (long)' | 'initials' | 'ACR, long' | 'long, ACR';

export interface AcronymDefinition {
  /** The acronym ("OSCE", "NGO" for "NGOs", "E.O", "Dstl"). */
  acronym: string;
  /** The long form as written, without "the"; null when its initials do not spell the acronym. */
  long: string | null;
  /** The acronym's word in the definition (for 'initials': its first use after the long form). */
  acronymSpan: Span;
  longSpan: Span | null;
  /** The whole definition: long form and acronym with the brackets (for 'initials': the long form). */
  span: Span;
  /** True when "the" stands before the long form (or opens the parenthesis). */
  article: boolean;
  shape: AcronymShape;
}

export interface AcronymUse {
  start: number;
  end: number;
  /** The word as written ("NGOs", "МИДа", "NATO’s"). */
  surface: string;
  /** The acronym it is a form of ("NGO", "МИД", "NATO"). */
  acronym: string;
  /** The acronym's word in a parenthesis definition ("(OSCE)", "OSCE (…)"). */
  inDefinition: boolean;
}

export interface AcronymScan {
  /** Every definition, in text order (an acronym may be defined more than once). */
  definitions: AcronymDefinition[];
  /** Every use, in text order, definitions' own words included (`inDefinition`). */
  uses: AcronymUse[];
}

export interface ScanAcronymsOptions {
  /** BCP 47 language of the text (sentences, the default `isWord`). Default 'en'. */
  language?: string;
  /** Sentence spans, sorted; default: the text segmented as plain text. */
  sentences?: readonly Span[];
  /**
   * Is this word in capitals (more than five letters, as written) an ordinary word shouted
   * ("IMPORTANT") rather than an acronym? Default: Russian inflectional endings for 'ru', else no.
   */
  isWord?: (word: string) => boolean;
  /** Regions whose words are not looked at (code, URLs, e-mail addresses). */
  skip?: readonly Span[];
}

/**
 * Little words the initials may skip ("or": "racially or ethnically motivated violent extremism
 * (REMVE)", the State Department's own definition).
 */
const LITTLE = new Set([
  'of',
  'for',
  'and',
  'or',
  'the',
  'on',
  'in',
  'to',
  'at',
  'by',
  'a',
  'an',
  '&',
  'de',
  'du',
  'des',
  'la',
  'le',
  'et',
  'der',
  'die',
  'und',
  'für',
  'y',
  'del',
  'el',
  'los',
  'las',
  'da',
  'do',
  'dos',
  'das',
  'и',
  'по',
  'в',
  'на',
  'для',
  'с',
  'о',
  'об',
  'при',
  'из',
]);

const ROMAN = /^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;
const DOTTED = /^\p{Lu}(?:\.\p{Lu})+$/u;
const LOOSE = /^\p{Lu}[\p{L}&.]{1,9}$/u;

/**
 * The acronym a word stands for, by the strict or the dotted shape ("NGOs" → "NGO", "МИДа" →
 * "МИД", "U.S" → "U.S"), or null (Roman numerals, single letters, ordinary words).
 */
export function acronymOf(word: string): string | null {
  let t = word.replace(/['’ʼ]s$/, '');
  if (DOTTED.test(t)) return t;
  // English plural, Russian case endings written after the capitals: NGOs, МИДа, ООНу.
  const m = /^([\p{Lu}\d&-]+?)(s|[а-яё]{1,3})$/u.exec(t);
  if (m && /\p{Lu}.*\p{Lu}/u.test(m[1]!)) t = m[1]!;
  if (!/^[\p{Lu}\d][\p{Lu}\d&-]*$/u.test(t)) return null;
  const letters = t.match(/\p{Lu}/gu)?.length ?? 0;
  if (letters < 2 || letters > 8) return null;
  if (ROMAN.test(t)) return null;
  return t;
}

/** Russian: a word in capitals that ends like an inflected word («ВНИМАНИЕ», «ЗАПРЕЩЕНО»). */
export function russianWordInCapitals(word: string): boolean {
  return /(?:ие|ия|ий|ость|ение|ание|ый|ая|ое|ые|ов|ами|ать|ить|но|ся)$/.test(word.toLowerCase());
}

const lower = (w: string): string => w.toLowerCase().replace(/ё/g, 'е');

/** The letters of an acronym that its long form's initials must spell ("E.O" → "eo"). */
const lettersOf = (acronym: string): string => lower(acronym.replace(/[^\p{L}]/gu, ''));

/** Initials a word may give: its first letter, or (hyphenated) the first letter of each part. */
function initialsOf(word: string): string[] {
  const w = lower(word);
  const first = w.match(/\p{L}|\p{N}/u)?.[0] ?? '';
  const parts = w.split(/[-‐]/).filter((p) => p !== '');
  if (parts.length < 2) return [first];
  const each = parts.map((p) => p.match(/\p{L}|\p{N}/u)?.[0] ?? '').join('');
  return each === first ? [first] : [first, each];
}

/**
 * Do the words spell `letters` by their initials, every word used except little ones (which
 * may be skipped)? The first word must give the first letter.
 */
function spellsAll(ws: readonly string[], letters: string): boolean {
  const go = (i: number, li: number): boolean => {
    if (i === ws.length) return li === letters.length;
    const w = ws[i]!;
    for (const ini of initialsOf(w)) if (ini && letters.startsWith(ini, li) && go(i + 1, li + ini.length)) return true;
    return i > 0 && LITTLE.has(lower(w)) && go(i + 1, li);
  };
  return letters.length >= 2 && go(0, 0);
}

interface Tok {
  token: Token;
  sentence: number;
}

/** The furthest back the long form of "(Long Form, or ACR)" is read: twelve words and their spaces, generously. */
const OR_LONG_FORM = 400;

export function scanAcronyms(text: string, options: ScanAcronymsOptions = {}): AcronymScan {
  const language = options.language ?? 'en';
  const isWord = options.isWord ?? (language.startsWith('ru') ? russianWordInCapitals : () => false);
  const sentences = options.sentences ?? segmentSentences(text, textBlocks(text), language);
  const skip = options.skip ?? [];

  // Words with the sentence they are in (words outside every sentence are not looked at).
  const toks: Tok[] = [];
  let si = 0;
  // Skip spans sorted by start with the running maximum of their ends; tokens come in order, so
  // one pointer finds the spans starting before each token (linear, not tokens × spans).
  const skips = [...skip].sort((a, b) => a.start - b.start);
  const skipMaxEnd: number[] = [];
  for (const r of skips) skipMaxEnd.push(Math.max(r.end, skipMaxEnd[skipMaxEnd.length - 1] ?? -1));
  let sk = -1;
  for (const token of tokenize(text)) {
    while (si < sentences.length && sentences[si]!.end <= token.start) si++;
    const s = sentences[si];
    if (!s || token.start < s.start || token.end > s.end) continue;
    while (sk + 1 < skips.length && skips[sk + 1]!.start < token.end) sk++;
    if (sk >= 0 && skipMaxEnd[sk]! > token.start) continue;
    toks.push({ token, sentence: si });
  }

  const shout = new Map<number, boolean>();
  const shouting = (i: number): boolean => {
    let sh = shout.get(i);
    if (sh === undefined) {
      const s = sentences[i]!;
      const t = text.slice(s.start, s.end);
      const upper = t.match(/\p{Lu}/gu)?.length ?? 0;
      const lowerCount = t.match(/\p{Ll}/gu)?.length ?? 0;
      shout.set(i, (sh = upper >= 12 && upper > 2 * lowerCount));
    }
    return sh;
  };
  const capsNeighbour = (i: number, j: number): boolean => {
    const a = toks[Math.min(i, j)];
    const b = toks[Math.max(i, j)];
    const o = toks[j];
    return (
      !!a &&
      !!b &&
      !!o &&
      a.sentence === b.sentence &&
      /^[\p{Lu}\d-]+$/u.test(o.token.text) &&
      /\p{Lu}.*\p{Lu}/u.test(o.token.text) &&
      /^[\s\u00a0]+$/.test(text.slice(a.token.end, b.token.start))
    );
  };
  /** An acronym by the strict or dotted shape and not shouting, or null. */
  const strictAt = (i: number): string | null => {
    const { token, sentence } = toks[i]!;
    // Cheap test first: acronyms have an upper-case second character, a digit or a dot.
    const c1 = token.text.charAt(1);
    if (!c1 || (c1 === c1.toLowerCase() && c1 !== '.')) return null;
    const a = acronymOf(token.text);
    if (!a) return null;
    // Russian writes no acronym with dots: Cyrillic capitals joined by dots are initials
    // ("Губернатора Свердловской области Куйвашева Е.В.", "Е.В.Куйвашев").
    if (language.startsWith('ru') && DOTTED.test(a) && /^[А-ЯЁ.]+$/u.test(a)) return null;
    if (a.length > 5 && isWord(a)) return null;
    if (shouting(sentence)) return null;
    // A word in a run of capitals ("PLEASE NOTE") is shouting, not an acronym.
    if (capsNeighbour(i, i - 1) || capsNeighbour(i, i + 1)) return null;
    return a;
  };

  const definitions: AcronymDefinition[] = [];
  const candidates: { i: number; acronym: string }[] = [];
  const inDefinition = new Set<number>();
  const article = (at: number): boolean => /\b(?:the|The)\s+$/.test(text.slice(Math.max(0, at - 4), at));

  for (let i = 0; i < toks.length; i++) {
    const { token, sentence } = toks[i]!;
    const strict = strictAt(i);
    if (strict) candidates.push({ i, acronym: strict });
    // Not an acronym by itself (loose, or shouted): one if a definition confirms it.
    const bare = token.text.replace(/['’ʼ]s$/, '');
    const acronym = strict ?? acronymOf(token.text) ?? (LOOSE.test(bare) ? bare : null);
    if (!acronym) continue;
    const s = sentences[sentence]!;
    const before = text.slice(Math.max(s.start, token.start - 3), token.start);
    const after = text.slice(token.end, Math.min(s.end, token.end + 3));
    const letters = lettersOf(acronym);

    // (Long Form, or ACR): a name in another language and its letters in one bracket, "the
    // Bolivian Special Forces for the Fight Against Drug Trafficking (Fuerza Especial de Lucha
    // Contra el Narcotráfico, or FELCN)" (State Department pool)
    if (strict && /^\.?\s*\)/.test(text.slice(token.end, token.end + 3))) {
      // (read back at most OR_LONG_FORM characters: twelve words; a long sentence stays linear)
      const from = Math.max(s.start, token.start - OR_LONG_FORM);
      const head = text.slice(from, token.start);
      const open = head.lastIndexOf('(');
      const or = /,?\s+or\s+$/.exec(head);
      if (or && open >= 0 && head.lastIndexOf(')') < open) {
        const longStart = from + open + 1;
        const longEnd = from + or.index;
        const ws = tokenize(text, longStart, longEnd).map((w) => w.text);
        if (ws.length >= 2 && ws.length <= 12 && /^\p{Lu}/u.test(ws[0]!) && spellsAll(ws, letters)) {
          definitions.push({
            acronym,
            long: text.slice(longStart, longEnd),
            acronymSpan: { start: token.start, end: token.end },
            longSpan: { start: longStart, end: longEnd },
            span: { start: longStart - 1, end: text.indexOf(')', token.end) + 1 },
            article: false,
            shape: 'long (ACR)',
          });
          inDefinition.add(i);
          continue;
        }
      }
    }

    // Long Form (ACR)
    if (/\(\s*$/.test(before) && i > 0) {
      const open = text.lastIndexOf('(', token.start);
      const closes = /^\.?\s*\)/.test(text.slice(token.end, token.end + 3));
      let def: AcronymDefinition | null = null;
      if (closes) {
        const close = text.indexOf(')', token.end) + 1;
        const ws: Token[] = [];
        for (let k = i - 1; k >= 0 && ws.length < 10 && toks[k]!.sentence === sentence; k--) ws.unshift(toks[k]!.token);
        // The shortest run of words before the bracket that spells it, capitalised first.
        search: for (const capital of [true, false])
          for (let n = 1; n <= ws.length; n++) {
            const run = ws.slice(ws.length - n);
            const first = run[0]!;
            if (/[.;:!?\n]/.test(text.slice(first.end, open))) break;
            if (capital && !/^\p{Lu}/u.test(first.text)) continue;
            if (
              !spellsAll(
                run.map((w) => w.text),
                letters,
              )
            )
              continue;
            def = {
              acronym,
              long: text.slice(first.start, open).trim(),
              acronymSpan: { start: token.start, end: token.end },
              longSpan: { start: first.start, end: run[run.length - 1]!.end },
              span: { start: first.start, end: close },
              article: article(first.start),
              shape: 'long (ACR)',
            };
            break search;
          }
      }
      if (!def && strict)
        def = {
          acronym,
          long: null,
          acronymSpan: { start: token.start, end: token.end },
          longSpan: null,
          span: { start: open, end: closes ? text.indexOf(')', token.end) + 1 : token.end },
          article: false,
          shape: 'long (ACR)',
        };
      if (def) {
        definitions.push(def);
        inDefinition.add(i);
        if (!strict) candidates.push({ i, acronym });
      }
      continue;
    }

    // ACR (Long Form)
    if (/^\s*\(/.test(after)) {
      const open = text.indexOf('(', token.end);
      const close = text.indexOf(')', open);
      const inner = close > 0 ? text.slice(open + 1, close) : '';
      let def: AcronymDefinition | null = null;
      if (close > 0 && close - open <= 120 && !/[(\n]/.test(inner)) {
        const lead = /^\s*(?:(the|The)\s+)?/.exec(inner)!;
        const longStart = open + 1 + lead[0].length;
        const longEnd = open + 1 + inner.trimEnd().length;
        const ws = tokenize(text, longStart, longEnd).map((w) => w.text);
        if (ws.length >= 2 && /^\p{Lu}/u.test(text.slice(longStart, longEnd)) && spellsAll(ws, letters))
          def = {
            acronym,
            long: text.slice(longStart, longEnd),
            acronymSpan: { start: token.start, end: token.end },
            longSpan: { start: longStart, end: longEnd },
            span: { start: token.start, end: close + 1 },
            article: !!lead[1],
            shape: 'ACR (long)',
          };
      }
      if (!def && strict && close > 0 && close <= s.end && inner.trim().split(/\s+/).length >= 2)
        def = {
          acronym,
          long: null,
          acronymSpan: { start: token.start, end: token.end },
          longSpan: null,
          span: { start: token.start, end: close + 1 },
          article: false,
          shape: 'ACR (long)',
        };
      if (def) {
        definitions.push(def);
        inDefinition.add(i);
        if (!strict) candidates.push({ i, acronym });
      }
      continue;
    }

    // Appositions: "UNCLOS, the UN Convention on the Law of the Sea, …" and "Deputy Assistant
    // Secretary of State, DAS, …": the words on the other side of the comma spell the acronym.
    if (strict) {
      const def = apposition(text, toks, i, sentence, acronym, letters);
      if (def) {
        definitions.push(def);
        inDefinition.add(i);
      }
    }
  }

  const defined = new Set(definitions.map((d) => d.acronym));
  // Loose acronyms the text defines ("Dstl") are acronyms wherever they stand.
  const taken = new Set(candidates.map((c) => c.i));
  for (let i = 0; i < toks.length; i++) {
    if (taken.has(i)) continue;
    const bare = toks[i]!.token.text.replace(/['’ʼ]s$/, '');
    if (LOOSE.test(bare) && defined.has(bare) && !acronymOf(bare)) candidates.push({ i, acronym: bare });
  }
  candidates.sort((a, b) => a.i - b.i);

  // Spelled out by initials earlier in the text, when used before any parenthesis defines it
  // (the words of a parenthesis definition are uses too, so the first use comes first).
  const firstAt = new Map<string, number>();
  for (const c of candidates) if (!firstAt.has(c.acronym)) firstAt.set(c.acronym, c.i);
  const initials = firstAt.size > 0 ? toks.map((t) => initialsOf(t.token.text)) : [];
  for (const [acronym, limit] of firstAt) {
    if (inDefinition.has(limit)) continue;
    const letters = lettersOf(acronym);
    if (letters.length < 2) continue;
    for (let k = 0; k < limit; k++) {
      if (!initials[k]!.some((x) => letters.startsWith(x))) continue;
      const run = spellRun(toks, initials, k, limit, letters);
      if (run < 0) continue;
      const ws = toks.slice(k, run + 1).map((t) => t.token.text);
      if (!nameLike(ws, language, toks[limit]!.token.start - toks[run]!.token.end)) continue;
      const a = toks[k]!.token;
      const z = toks[run]!.token;
      const use = toks[limit]!.token;
      definitions.push({
        acronym,
        long: text.slice(a.start, z.end),
        acronymSpan: { start: use.start, end: use.end },
        longSpan: { start: a.start, end: z.end },
        span: { start: a.start, end: z.end },
        article: article(a.start),
        shape: 'initials',
      });
      break;
    }
  }
  definitions.sort((a, b) => a.span.start - b.span.start || a.acronymSpan.start - b.acronymSpan.start);

  const uses: AcronymUse[] = candidates.map(({ i, acronym }) => {
    const t = toks[i]!.token;
    return { start: t.start, end: t.end, surface: t.text, acronym, inDefinition: inDefinition.has(i) };
  });
  return { definitions, uses };
}

/**
 * Can these words, `gap` characters before the acronym's first use, be its long form? A name
 * in capitals ("Centre for Defence Enterprise"); in English every word but the little ones
 * ("diplomatic community" is no "D.C"), elsewhere the first ("Министерство иностранных дел").
 * An English long form in lower case ("liquified natural gas … LNG") only close before the
 * acronym (300 characters) and ending on a word that is not little: far away, initials
 * match by chance ("peaceful resolution of cross-strait issues … the PRC").
 */
const LINK = new Set(['of', 'for', 'on', 'and', 'the', 'in', 'to']);

/** An acronym inside a long form gives all its letters: "UN" → "U-N" (initials "un"). */
const spreadCaps = (w: string): string => (/^\p{Lu}{2,6}$/u.test(w) ? [...w].join('-') : w);

/** "ACR, the Long Form" or "Long Form, ACR," around toks[i], or null. */
function apposition(
  text: string,
  toks: readonly Tok[],
  i: number,
  sentence: number,
  acronym: string,
  letters: string,
): AcronymDefinition | null {
  const token = toks[i]!.token;
  const next = toks[i + 1];
  // ACR, the Long Form
  if (next && next.sentence === sentence && /^,\s+$/.test(text.slice(token.end, next.token.start))) {
    const lead = /^(the|The)$/.test(next.token.text) ? 1 : 0;
    const from = i + 1 + lead;
    const joined = (k: number): boolean =>
      !!toks[k] &&
      toks[k]!.sentence === sentence &&
      !/[^\s-]/.test(text.slice(toks[k - 1]!.token.end, toks[k]!.token.start));
    if (toks[from] && /^\p{Lu}/u.test(toks[from]!.token.text))
      for (let n = 1; n <= 10; n++) {
        const last = from + n - 1;
        if (n > 1 && !joined(last)) break;
        const ws = toks.slice(from, last + 1).map((t) => t.token.text);
        if (!/^\p{Lu}/u.test(ws[n - 1]!) || !spellsAll(ws.map(spreadCaps), letters)) continue;
        // A tail of the name: "Deputy Assistant Secretary [of State]".
        let end = last;
        while (
          joined(end + 1) &&
          (/^\p{Lu}/u.test(toks[end + 1]!.token.text) || (LINK.has(toks[end + 1]!.token.text) && joined(end + 2)))
        )
          end++;
        if (!/^(?:[,;.)]|\s*$)/.test(text.slice(toks[end]!.token.end, toks[end]!.token.end + 2))) break;
        const a = toks[from]!.token;
        const z = toks[end]!.token;
        return {
          acronym,
          long: text.slice(a.start, z.end),
          acronymSpan: { start: token.start, end: token.end },
          longSpan: { start: a.start, end: z.end },
          span: { start: token.start, end: z.end },
          article: lead === 1,
          shape: 'ACR, long',
        };
      }
  }
  // Long Form, ACR,
  const prev = toks[i - 1];
  if (
    prev &&
    prev.sentence === sentence &&
    /^,\s+$/.test(text.slice(prev.token.end, token.start)) &&
    /^(?:[,;.)]|\s*$)/.test(text.slice(token.end, token.end + 2))
  ) {
    for (let n = 2; n <= 10 && i - n >= 0; n++) {
      const run = toks.slice(i - n, i);
      if (run.some((t) => t.sentence !== sentence)) break;
      if (/[^\s-]/.test(text.slice(run[0]!.token.end, run[1]!.token.start))) break;
      if (!/^\p{Lu}/u.test(run[0]!.token.text)) continue;
      const ws = run.map((t) => t.token.text);
      if (!spellsAll(ws.map(spreadCaps), letters)) continue;
      const a = run[0]!.token;
      const z = run[n - 1]!.token;
      return {
        acronym,
        long: text.slice(a.start, z.end),
        acronymSpan: { start: token.start, end: token.end },
        longSpan: { start: a.start, end: z.end },
        span: { start: a.start, end: token.end },
        article: /\b(?:the|The)\s+$/.test(text.slice(Math.max(0, a.start - 4), a.start)),
        shape: 'long, ACR',
      };
    }
  }
  return null;
}

function nameLike(ws: readonly string[], language: string, gap: number): boolean {
  if (!language.startsWith('en')) return /^\p{Lu}/u.test(ws[0]!);
  if (ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || LITTLE.has(lower(w)))) return true;
  return gap <= 300 && !LITTLE.has(lower(ws[ws.length - 1]!));
}

/**
 * The index of the last word of a run from word k (in one sentence, before `limit`) whose
 * initials spell `letters`, little words skipped or not; -1 if none.
 */
function spellRun(
  toks: readonly Tok[],
  initials: readonly string[][],
  k: number,
  limit: number,
  letters: string,
): number {
  const sentence = toks[k]!.sentence;
  const go = (j: number, li: number): number => {
    if (li === letters.length) return j - 1;
    if (j >= limit || toks[j]!.sentence !== sentence) return -1;
    for (const ini of initials[j]!) {
      if (!ini || !letters.startsWith(ini, li)) continue;
      const r = go(j + 1, li + ini.length);
      if (r >= 0) return r;
    }
    if (j > k && LITTLE.has(lower(toks[j]!.token.text))) return go(j + 1, li);
    return -1;
  };
  return go(k, 0);
}
