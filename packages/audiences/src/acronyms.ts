/**
 * Acronyms and their definitions in the text itself: "Defence Science and Technology Laboratory
 * (Dstl)", "Dstl (the Defence Science and Technology Laboratory)", "Министерство иностранных дел
 * (МИД)". Used to spell acronyms out (rural), to expand them at first use and build the
 * glossary (foreign), and to know what the issuing institution calls itself.
 */
import { words } from './text.js';

export interface AcronymDefinition {
  acronym: string;
  /** The long form as written ("Defence Science and Technology Laboratory"). */
  long: string;
  /** True when the text writes "the" before the long form. */
  article: boolean;
  /** Span of the whole definition (long form and acronym with the brackets). */
  start: number;
  end: number;
}

// Loose on purpose ("Dstl"): the initials check confirms a definition.
const ACRONYM = /^[\p{Lu}][\p{L}&.]{1,9}$/u;
const FUNCTION_WORDS = new Set([
  'of',
  'for',
  'and',
  'the',
  'on',
  'in',
  'to',
  'at',
  'by',
  '&',
  'и',
  'по',
  'в',
  'на',
  'для',
  'с',
]);

/** True when the initials of `ws` spell `acronym` (with or without function words). */
function initialsMatch(ws: string[], acronym: string): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  const all = ws.map((w) => w[0]!.toLowerCase()).join('');
  const content = ws
    .filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()))
    .map((w) => w[0]!.toLowerCase())
    .join('');
  // Compound words may give two letters ("Minobrnauki"): accept a prefix match of all letters.
  return all === letters || content === letters;
}

export function findDefinitions(text: string): Map<string, AcronymDefinition> {
  const out = new Map<string, AcronymDefinition>();
  const re = /\(([^()\n]{2,80})\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const inner = m[1]!.trim();
    const open = m.index;
    const close = m.index + m[0].length;
    if (ACRONYM.test(inner)) {
      // Long Form (ACR): try the shortest run of words before the bracket that spells it.
      const before = words(text, Math.max(0, open - 200), open);
      for (let n = 1; n <= Math.min(10, before.length); n++) {
        const ws = before.slice(before.length - n);
        if (!/^\p{Lu}/u.test(ws[0]!.text)) continue;
        if (/[.;:!?\n]/.test(text.slice(ws[0]!.start, open))) break;
        if (
          initialsMatch(
            ws.map((w) => w.text),
            inner,
          )
        ) {
          const startLong = ws[0]!.start;
          const article = /\b(the|The)\s+$/.test(text.slice(Math.max(0, startLong - 4), startLong));
          if (!out.has(inner))
            out.set(inner, {
              acronym: inner,
              long: text.slice(startLong, open).trim(),
              article,
              start: startLong,
              end: close,
            });
          break;
        }
      }
      continue;
    }
    // ACR (the Long Form)
    const prev = words(text, Math.max(0, open - 12), open).pop();
    if (!prev || !ACRONYM.test(prev.text) || /\S/.test(text.slice(prev.end, open))) continue;
    const article = /^(the|The)\s/.test(inner);
    const long = inner.replace(/^(the|The)\s+/, '');
    const ws = words(long).map((w) => w.text);
    if (ws.length >= 2 && /^\p{Lu}/u.test(long) && initialsMatch(ws, prev.text) && !out.has(prev.text)) {
      out.set(prev.text, { acronym: prev.text, long, article, start: prev.start, end: close });
    }
  }
  return out;
}

/** Acronym-looking words of the text (2–6 capitals, optionally with digits/dots), with offsets. */
export function acronymUses(text: string): { text: string; start: number; end: number }[] {
  return words(text).filter(
    (w) => /^(?=(?:.*\p{Lu}){2})[\p{Lu}][\p{Lu}\p{N}.&-]{1,7}$/u.test(w.text) && !/^[IVXLC]+$/.test(w.text),
  );
}
