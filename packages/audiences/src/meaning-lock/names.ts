/** Names in the meaning lock: capitalised words and multi-word proper nouns, and how a name is found again. */
import type { TextLike } from '../round-text.js';
import type { Ctx } from './ctx.js';
import { CONNECTORS, FUNCTION_WORDS } from './words.js';
export function names(ctx: Ctx): void {
  const src = ctx.work;
  const tokRe = /[\p{L}\p{M}\p{N}]+(?:['’\-.&][\p{L}\p{M}\p{N}]+)*\.?/gu;
  const toks: { text: string; start: number; end: number; initial: boolean; cap: boolean }[] = [];
  let m: RegExpExecArray | null;
  while ((m = tokRe.exec(src)) !== null) {
    let text = m[0];
    // Keep the dot of "U.S." but not a sentence-final full stop.
    if (text.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(text)) text = text.slice(0, -1);
    const start = m.index;
    const initial = startsSentence(src, start);
    const cap = /^\p{Lu}/u.test(text);
    toks.push({ text, start, end: start + text.length, initial, cap });
  }
  const nonInitialCaps = new Set(toks.filter((t) => t.cap && !t.initial).map((t) => t.text));
  const isName = (i: number): boolean => {
    const t = toks[i]!;
    if (!t.cap) return false;
    if (/^\p{N}/u.test(t.text)) return false;
    if (t.text === 'I') return false;
    if (
      /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(
        t.text,
      )
    )
      return false;
    if (!t.initial) return true;
    if (FUNCTION_WORDS.has(t.text)) return false;
    if (/^(?:\p{Lu}[\p{Lu}\p{N}.&-]+)$/u.test(t.text) && t.text.length >= 2) return true; // acronym
    if (/\p{N}/u.test(t.text)) return true;
    if (nonInitialCaps.has(t.text)) return true;
    const next = toks[i + 1];
    return next !== undefined && next.cap && src.slice(t.end, next.start) === ' ' && !FUNCTION_WORDS.has(next.text);
  };
  let i = 0;
  while (i < toks.length) {
    if (!isName(i)) {
      i++;
      continue;
    }
    let j = i;
    // Extend over following names, and over connectors between names ("Department of State").
    while (j + 1 < toks.length) {
      const gap = src.slice(toks[j]!.end, toks[j + 1]!.start);
      if (gap !== ' ') break;
      if (toks[j + 1]!.cap && !/^\p{N}/u.test(toks[j + 1]!.text)) {
        j++;
        continue;
      }
      if (
        CONNECTORS.has(toks[j + 1]!.text) &&
        j + 2 < toks.length &&
        toks[j + 2]!.cap &&
        src.slice(toks[j + 1]!.end, toks[j + 2]!.start) === ' '
      ) {
        j += 2;
        continue;
      }
      break;
    }
    const start = toks[i]!.start;
    const end = toks[j]!.end;
    const text = ctx.text.slice(start, end);
    ctx.facts.push({ kind: 'name', key: text, text, start, end });
    i = j + 1;
  }
}

/** True when the word at `pos` starts a sentence, a heading, a list item or a line. */
export function startsSentence(src: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[\s"“«„'‘([]/u.test(src[i]!)) {
    if (src[i] === '\n') return true;
    i--;
  }
  if (i < 0) return true;
  const c = src[i]!;
  if (/[.!?:;•]/.test(c)) return true;
  if (/[-–—*]/.test(c)) {
    // A list mark at the start of a line.
    let k = i - 1;
    while (k >= 0 && /[ \t]/.test(src[k]!)) k--;
    return k < 0 || src[k] === '\n';
  }
  if (/["”»’)\]]/.test(c)) return i > 0 && /[.!?]/.test(src[i - 1]!);
  return false;
}

/** True when `name` occurs in `text` as whole words (or with its first letter lowered: it started a sentence). */
export function occurs(text: string | TextLike, name: string, near = 0): boolean {
  const test = (n: string): boolean =>
    typeof text === 'string' ? occursIn(text, n, 0, text.length) : occursAround(text, n, near);
  if (test(name)) return true;
  const lowered = name[0]!.toLowerCase() + name.slice(1);
  return lowered !== name && /\s/.test(name) && test(lowered);
}

/**
 * True when `n` occurs as whole words in `s` at an index ≥ `first`, ending at or before `last`.
 * A slice of a longer text keeps two characters of context on each cut side and trusts only
 * the matches inside it: the characters around a match must all be there (a surrogate pair
 * needs both halves) for the boundary test to read what it reads on the whole text.
 */
function occursIn(s: string, n: string, first: number, last: number): boolean {
  if (!s.includes(n)) return false;
  const esc = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (first === 0 && last === s.length) return new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'u').test(s);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'gu');
  re.lastIndex = first;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const end = m.index + m[0].length;
    if (end > last) return false;
    if (m.index >= first) return true;
    re.lastIndex = Math.max(end, m.index + 1);
  }
  return false;
}

/** `occursIn` on a view, read in windows around `near` that double until they cover it. */
function occursAround(text: TextLike, n: string, near: number): boolean {
  const len = text.length;
  for (let w = 4096; ; w *= 2) {
    const a = Math.max(0, near - w);
    const b = Math.min(len, near + w);
    const from = Math.max(0, a - 2);
    const to = Math.min(len, b + 2);
    const s = text.slice(from, to);
    if (occursIn(s, n, from === 0 ? 0 : a - from, to === len ? s.length : b - from)) return true;
    if (a === 0 && b === len) return false;
  }
}

/**
 * A longer name that holds a speaker's name ("About CDE", "CDE’s Technology Manager") is kept
 * when the speaker became "we"/"us"/"our" and the rest of the name is still there.
 */
export function speakerPart(name: string, speakers: Set<string>, after: string | TextLike, near?: number): boolean {
  for (const sp of speakers) {
    const bare = sp.replace(/^(the|The) /, '');
    if (!name.includes(bare) || name === bare) continue;
    const rest = name
      .replace(bare, ' ')
      .replace(/^(?:['’]s)/, '')
      .replace(/\s(?:['’]s)/, ' ')
      .trim()
      .split(/\s+/)
      .filter((w) => w.length > 0 && /^\p{Lu}/u.test(w));
    if (rest.every((w) => occurs(after, w, near))) return true;
  }
  return false;
}
