/**
 * Phrase matching for the list rules (existence, substitution): every list of a language is
 * compiled once into a map keyed by the first word's form (and, in Russian, its stem), so a
 * text is matched in one pass over its tokens, whatever the number of entries. Optional words
 * are expanded into variants at compile time; the longest match at a position wins, and
 * matches do not overlap.
 */
import type { LanguageCode } from '../schema.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { englishForms, inflectVerb, type FormTag } from '../morph/en-verbs.js';
import { norm, stemRu } from './morph.js';
import type { ListEntry, ListFile } from './schema.js';

export type MatchTag = FormTag | 'stem';

interface Alt {
  /** Surface forms (normalised) this alternative accepts, with the form each one is. */
  forms: Map<string, FormTag>;
  /** Russian stem, for stem matching. */
  stem?: string;
}

interface Word {
  alts: Alt[];
  optional: boolean;
  /** A comma may stand after this word in the text. */
  commaAfter: boolean;
  /** A gap: any 0 to `gap` words here (`*` = 3, `*2` = 2), with no punctuation between them. */
  gap?: number;
}

export interface Variant {
  words: Word[];
  entry: ListEntry;
  ruleId: string;
  /** Lower wins a tie between equally long matches (list order). */
  priority: number;
}

export interface PhraseMatch {
  variant: Variant;
  /** Index of the first and one past the last matched token in the sentence's token array. */
  from: number;
  to: number;
  start: number;
  end: number;
  tags: MatchTag[];
}

export class PatternError extends Error {}

/** Parses one pattern into words; throws PatternError with a reason when it is broken. */
export function compilePattern(pattern: string, language: LanguageCode, match: 'exact' | 'stem' | undefined): Word[] {
  const mode = match ?? (language === 'ru' ? 'stem' : 'exact');
  const pieces = pattern.trim().split(/\s+/);
  const words: Word[] = [];
  for (let raw of pieces) {
    const gap = /^\*([1-5])?$/.exec(raw);
    if (gap) {
      if (words.length === 0) throw new PatternError('a pattern cannot start with a gap');
      if (words.at(-1)!.gap !== undefined) throw new PatternError('two gaps in a row');
      words.push({ alts: [], optional: false, commaAfter: false, gap: gap[1] ? Number(gap[1]) : 3 });
      continue;
    }
    let commaAfter = false;
    if (raw === ',') {
      const prev = words.at(-1);
      if (!prev) throw new PatternError('a pattern cannot start with a comma');
      prev.commaAfter = true;
      continue;
    }
    if (raw.endsWith(',')) {
      commaAfter = true;
      raw = raw.slice(0, -1);
    }
    let optional = false;
    if (raw.endsWith('?')) {
      optional = true;
      raw = raw.slice(0, -1);
    }
    const alts: Alt[] = [];
    for (let a of raw.split('|')) {
      let how: 'exact' | 'stem' | 'inflect' = mode;
      if (a.startsWith('=')) {
        how = 'exact';
        a = a.slice(1);
      } else if (a.startsWith('~')) {
        how = 'stem';
        a = a.slice(1);
      }
      if (a.endsWith('+')) {
        how = 'inflect';
        a = a.slice(0, -1);
      }
      const w = norm(a);
      if (!w) throw new PatternError(`empty word in "${raw}"`);
      const toks = tokenize(w);
      if (toks.length !== 1 || toks[0]!.text !== w)
        throw new PatternError(`"${a}" is not one word (use spaces between words, no punctuation other than a comma)`);
      if (how === 'stem' && language !== 'ru')
        throw new PatternError(`"~${a}": stem matching is available for Russian only`);
      if (how === 'inflect' && language !== 'en')
        throw new PatternError(`"${a}+": inflection is available for English only`);
      if (how === 'inflect') alts.push({ forms: englishForms(w) });
      else if (how === 'stem') alts.push({ forms: new Map([[w, 'base']]), stem: stemRu(w) });
      else alts.push({ forms: new Map([[w, 'base']]) });
    }
    words.push({ alts, optional, commaAfter });
  }
  if (words.length === 0) throw new PatternError('empty pattern');
  if (words.at(-1)!.gap !== undefined) throw new PatternError('a pattern cannot end with a gap');
  if (words.every((w) => w.optional)) throw new PatternError('every word is optional');
  return words;
}

function expand(words: Word[]): Word[][] {
  let out: Word[][] = [[]];
  for (const w of words) {
    const req: Word = { ...w, optional: false };
    if (!w.optional) out = out.map((v) => [...v, req]);
    else {
      const withIt = out.map((v) => [...v, req]);
      // Skipping the word: the comma allowed after it moves to the previous word.
      const without = out.map((v) => {
        if (!w.commaAfter || v.length === 0) return v;
        const last = v.at(-1)!;
        return [...v.slice(0, -1), { ...last, commaAfter: true }];
      });
      out = [...withIt, ...without];
    }
  }
  return out.filter((v) => v.length > 0);
}

export interface CompiledList {
  ruleId: string;
  list: ListFile;
}

/** All the phrase lists of one language, compiled into one index. */
interface Node {
  /** One-word variants. */
  single: Variant[];
  /** Longer variants by the key of their second word. */
  next: Map<string, Variant[]>;
}

function keysOf(w: Word): Set<string> {
  const keys = new Set<string>();
  if (w.gap !== undefined) return new Set(['*']);
  for (const alt of w.alts) {
    if (alt.stem !== undefined) keys.add('s:' + alt.stem);
    else for (const f of alt.forms.keys()) keys.add('f:' + f);
  }
  return keys;
}

export class PhraseMatcher {
  /** Two-level index: first word's key → (one-word variants, second word's key → variants). */
  private readonly index = new Map<string, Node>();
  readonly language: LanguageCode;
  readonly size: number;

  constructor(language: LanguageCode, lists: readonly ListFile[]) {
    this.language = language;
    let priority = 0;
    let size = 0;
    for (const list of lists) {
      for (const entry of list.entries) {
        const words = compilePattern(entry.pattern, language, list.match);
        const orders = [words];
        if (entry.anyOrder) {
          // "A * B" also as "B * A" ("уделять внимание" / "внимание будем уделять").
          const at = words.findIndex((w) => w.gap !== undefined);
          if (at > 0) orders.push([...words.slice(at + 1), words[at]!, ...words.slice(0, at)]);
        }
        for (const vw of orders.flatMap(expand)) {
          const variant: Variant = { words: vw, entry, ruleId: list.rule, priority };
          const second = vw.length > 1 && vw[1]!.gap === undefined ? keysOf(vw[1]!) : null;
          for (const k of keysOf(vw[0]!)) {
            let node = this.index.get(k);
            if (!node) this.index.set(k, (node = { single: [], next: new Map() }));
            if (!second) node.single.push(variant);
            else
              for (const k2 of second) {
                let arr = node.next.get(k2);
                if (!arr) node.next.set(k2, (arr = []));
                arr.push(variant);
              }
          }
          size++;
        }
        priority++;
      }
    }
    this.size = size;
  }

  /**
   * Matches one sentence. `tokens` are its word tokens (prose offsets); `text` the prose;
   * `enabled` filters rules. Returns non-overlapping matches, left to right.
   */
  match(
    text: string,
    tokens: readonly Token[],
    enabled: (ruleId: string) => boolean,
    accept?: (m: PhraseMatch) => boolean,
  ): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    const ru = this.language === 'ru';
    const normed = tokens.map((t) => norm(t.text));
    const stems: (string | undefined)[] = ru ? normed.map((w) => stemRu(w)) : [];
    let i = 0;
    while (i < tokens.length) {
      const cands = this.candidates(normed, stems, i);
      let best: PhraseMatch | null = null;
      for (const v of cands) {
        if (!enabled(v.ruleId)) continue;
        const m = this.tryAt(v, i, text, tokens, normed, stems);
        if (!m || (accept && !accept(m))) continue;
        if (
          !best ||
          m.to - m.from > best.to - best.from ||
          (m.to - m.from === best.to - best.from &&
            (m.end - m.start > best.end - best.start ||
              (m.end - m.start === best.end - best.start && v.priority < best.variant.priority)))
        )
          best = m;
      }
      if (best) {
        out.push(best);
        i = best.to;
      } else i++;
    }
    return out;
  }

  private candidates(normed: string[], stems: (string | undefined)[], i: number): Variant[] {
    const out: Variant[] = [];
    const nodes: Node[] = [];
    const a = this.index.get('f:' + normed[i]!);
    if (a) nodes.push(a);
    const st = stems[i];
    if (st !== undefined) {
      const b = this.index.get('s:' + st);
      if (b) nodes.push(b);
    }
    const f2 = normed[i + 1];
    const s2 = stems[i + 1];
    for (const n of nodes) {
      for (const v of n.single) out.push(v);
      if (f2 === undefined || n.next.size === 0) continue;
      const x = n.next.get('f:' + f2);
      if (x) for (const v of x) out.push(v);
      if (s2 !== undefined) {
        const y = n.next.get('s:' + s2);
        if (y) for (const v of y) out.push(v);
      }
    }
    return out;
  }

  private tryAt(
    v: Variant,
    i: number,
    text: string,
    tokens: readonly Token[],
    normed: string[],
    stems: (string | undefined)[],
  ): PhraseMatch | null {
    const tags: MatchTag[] = [];
    const end = this.matchFrom(v.words, 0, i, text, tokens, normed, stems, tags);
    if (end === null) return null;
    // A dotted abbreviation is kept whole ("i.e." with its last dot, so "(i.e., non-family)"
    // becomes "(that is, non-family)", not "(that is., …)"), unless that dot also ends the sentence.
    let to = tokens[end - 1]!.end;
    if (
      tokens[end - 1]!.text.includes('.') &&
      text.charAt(to) === '.' &&
      !/^\.(?:\s+[\p{Lu}"“«(]|\s*$)/u.test(text.slice(to, to + 3))
    )
      to++;
    return { variant: v, from: i, to: end, start: tokens[i]!.start, end: to, tags };
  }

  /** Matches words[k…] from token j; returns one past the last token, or null. */
  private matchFrom(
    words: readonly Word[],
    k: number,
    j: number,
    text: string,
    tokens: readonly Token[],
    normed: string[],
    stems: (string | undefined)[],
    tags: MatchTag[],
  ): number | null {
    if (k === words.length) return j;
    const w = words[k]!;
    if (w.gap !== undefined) {
      // The fewest words that let the rest match; no punctuation inside the gap.
      for (let g = 0; g <= w.gap; g++) {
        if (g > 0) {
          const t = tokens[j + g - 1];
          if (!t || !okGap(text.slice(tokens[j + g - 2]!.end, t.start), false)) return null;
        }
        const mark = tags.length;
        const end = this.matchFrom(words, k + 1, j + g, text, tokens, normed, stems, tags);
        if (end !== null) return end;
        tags.length = mark;
      }
      return null;
    }
    const t = tokens[j];
    if (!t) return null;
    if (k > 0) {
      const gap = text.slice(tokens[j - 1]!.end, t.start);
      const prev = words[k - 1]!;
      if (!okGap(gap, prev.gap === undefined && prev.commaAfter)) return null;
    }
    const tag = matchWord(w, normed[j]!, stems[j]);
    if (tag === null) return null;
    tags.push(tag);
    return this.matchFrom(words, k + 1, j + 1, text, tokens, normed, stems, tags);
  }
}

function okGap(gap: string, comma: boolean): boolean {
  if (/^[ \t\u00a0\u202f]+$/.test(gap)) return true;
  return comma && /^[ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*$/.test(gap);
}

function matchWord(w: Word, form: string, stem: string | undefined): MatchTag | null {
  for (const alt of w.alts) {
    const tag = alt.forms.get(form);
    if (tag !== undefined) return tag;
  }
  if (stem !== undefined) for (const alt of w.alts) if (alt.stem !== undefined && alt.stem === stem) return 'stem';
  return null;
}

/**
 * The replacements for a match, inflected like the text where the replacement marks a word with
 * `+`. `fixable` is true when the first replacement can stand in for the text as it is: every
 * word had the pattern's own form, or the only change is an inflection the replacement takes.
 */
const HAVE_BE = new Set([
  'has',
  'have',
  'had',
  'having',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "'s",
  'get',
  'got',
  'gets',
]);

export function replacementsFor(m: PhraseMatch, tokens: readonly Token[]): { suggestions: string[]; fixable: boolean } {
  const entry = m.variant.entry;
  const surface = tokens
    .slice(m.from, m.to)
    .map((t) => norm(t.text))
    .join(' ');
  const listed = entry.forms?.[surface];
  if (listed !== undefined)
    return { suggestions: [listed, ...entry.replace.map(plain).filter((r) => r !== listed)], fixable: entry.fix };
  if (m.tags.includes('stem')) return { suggestions: entry.replace.map(plain), fixable: false };
  const inflected = m.tags.filter((t) => t !== 'base');
  if (inflected.length === 0)
    return { suggestions: entry.replace.map(plain), fixable: entry.fix && entry.replace.length > 0 };
  if (inflected.length > 1 || new Set(inflected).size > 1)
    return { suggestions: entry.replace.map(plain), fixable: false };
  const tag = inflected[0] as FormTag;
  let fixable = entry.fix && entry.replace.length > 0;
  const suggestions = entry.replace.map((r, idx) => {
    if (!r.includes('+')) {
      if (idx === 0) fixable = false;
      return plain(r);
    }
    const out = r.replace(/([\p{L}'-]+)\+/gu, (_, w: string) => {
      const f = inflectVerb(w, tag);
      if (f === null) {
        if (idx === 0) fixable = false;
        // began or begun: a participle after "has", "was"…, and before its agent ("ties, illustrated
        // by the millions of …" → "shown by", not "showed by": State Department pool, heldout18-en)
        const prev = m.from > 0 ? norm(tokens[m.from - 1]!.text) : '';
        const next = m.to < tokens.length ? norm(tokens[m.to]!.text) : '';
        return inflectVerb(w, HAVE_BE.has(prev) || next === 'by' ? 'pp' : 'past') ?? w;
      }
      return f;
    });
    return out;
  });
  return { suggestions, fixable };
}

/** A replacement as shown: inflection markers removed. */
export function plain(r: string): string {
  return r.replace(/\+/g, '');
}
