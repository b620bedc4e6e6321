/**
 * Context conditions of a list entry (`when`): part of speech, neighbours before and after the
 * match, and parts of a release the entry stays out of. Data says when an entry applies, as in
 * Vale's and ESLint's rules; this module only reads it.
 */
import type { ProseRegion } from '../source/types.js';
import type { Token } from '../text/tokenize.js';
import { wordTags, type Pos } from '../pos/index.js';
import { norm } from './morph.js';
import type { EntryWhen } from './schema.js';

/** One word of a neighbour: forms and classes, any of which will do. */
interface Piece {
  forms: Set<string>;
  classes: ('cap' | 'lower' | 'num' | 'ing')[];
}

/** A neighbour parsed: an edge, or words (`comma`: a comma stands before the first of them). */
interface Parsed {
  edge: 'end' | 'start' | null;
  comma: boolean;
  pieces: Piece[];
}

const parsed = new Map<string, Parsed>();

function parse(n: string): Parsed {
  let p = parsed.get(n);
  if (p) return p;
  if (n === '#end' || n === '#start') p = { edge: n.slice(1) as 'end' | 'start', comma: false, pieces: [] };
  else
    p = {
      edge: null,
      comma: n.startsWith(', '),
      pieces: n
        .replace(/^, /, '')
        .split(' ')
        .map((w): Piece => {
          const alts = w.split('|');
          return {
            forms: new Set(alts.filter((a) => !a.startsWith('#')).map(norm)),
            classes: alts.filter((a) => a.startsWith('#')).map((a) => a.slice(1) as Piece['classes'][number]),
          };
        }),
    };
  parsed.set(n, p);
  return p;
}

function wordIs(piece: Piece, w: string): boolean {
  if (piece.forms.has(norm(w))) return true;
  return piece.classes.some((c) =>
    c === 'cap'
      ? /^\p{Lu}/u.test(w)
      : c === 'lower'
        ? /^\p{Ll}/u.test(w)
        : c === 'ing'
          ? /^\p{Ll}[\p{Ll}-]{1,}ing$/u.test(w)
          : /^\d/.test(w),
  );
}

const joined = (gap: string): boolean => /^[\s\u00a0\u202f]*[$€£₽¥]?$/.test(gap);
/** A gap that is a comma and spaces (", including …"). */
const comma = (gap: string): boolean => /^[\s\u00a0\u202f]*,[\s\u00a0\u202f]*$/.test(gap);

/** Does neighbour `n` stand right after tokens[to - 1] (dir 1) or right before tokens[from] (dir -1)? */
function neighbour(n: string, text: string, toks: readonly Token[], from: number, to: number, dir: 1 | -1): boolean {
  const { edge, comma: afterComma, pieces } = parse(n);
  if (dir === 1) {
    if (edge === 'end') return to >= toks.length || !joined(text.slice(toks[to - 1]!.end, toks[to]!.start));
    for (let k = 0; k < pieces.length; k++) {
      const t = toks[to + k];
      const gap = t ? text.slice(toks[to + k - 1]!.end, t.start) : '';
      if (!t || !(k === 0 && afterComma ? comma(gap) : joined(gap)) || !wordIs(pieces[k]!, t.text)) return false;
    }
    return pieces.length > 0;
  }
  if (edge === 'start') return from === 0 || !joined(text.slice(toks[from - 1]!.end, toks[from]!.start));
  const first = from - pieces.length;
  if (afterComma && (first < 1 || !comma(text.slice(toks[first - 1]!.end, toks[first]!.start)))) return false;
  for (let k = 0; k < pieces.length; k++) {
    const i = first + k;
    const t = toks[i];
    if (!t || !joined(text.slice(t.end, toks[i + 1]!.start)) || !wordIs(pieces[k]!, t.text)) return false;
  }
  return pieces.length > 0;
}

/** Does neighbour `n` (words, not an edge) stand anywhere in the sentence? */
function anywhere(n: string, text: string, toks: readonly Token[]): boolean {
  const { comma: afterComma, pieces } = parse(n);
  if (pieces.length === 0) return false;
  for (let i = 0; i + pieces.length <= toks.length; i++) {
    if (afterComma && (i === 0 || !comma(text.slice(toks[i - 1]!.end, toks[i]!.start)))) continue;
    let k = 0;
    while (
      k < pieces.length &&
      (k === 0 || joined(text.slice(toks[i + k - 1]!.end, toks[i + k]!.start))) &&
      wordIs(pieces[k]!, toks[i + k]!.text)
    )
      k++;
    if (k === pieces.length) return true;
  }
  return false;
}

const tagCache = new WeakMap<readonly Token[], Pos[]>();

function posAt(toks: readonly Token[], i: number): Pos | undefined {
  let tags = tagCache.get(toks);
  if (!tags) {
    tags = wordTags(toks.map((x) => x.text));
    tagCache.set(toks, tags);
  }
  return tags[i];
}

/** Do the entry's conditions hold for the match tokens[from, to) of a sentence? */
export function contextHolds(
  when: EntryWhen,
  text: string,
  toks: readonly Token[],
  from: number,
  to: number,
  regions: readonly ProseRegion[],
): boolean {
  if (when.pos) {
    const p = posAt(toks, from);
    if (p === undefined || !when.pos.includes(p as (typeof when.pos)[number])) return false;
  }
  if (when.before && !when.before.some((n) => neighbour(n, text, toks, from, to, 1))) return false;
  if (when.notBefore?.some((n) => neighbour(n, text, toks, from, to, 1))) return false;
  if (when.after && !when.after.some((n) => neighbour(n, text, toks, from, to, -1))) return false;
  if (when.notAfter?.some((n) => neighbour(n, text, toks, from, to, -1))) return false;
  if (when.notInSentence?.some((n) => anywhere(n, text, toks))) return false;
  if (when.notIn) {
    const start = toks[from]!.start;
    const end = toks[to - 1]!.end;
    const kinds = new Set<string>(when.notIn);
    if (regions.some((r) => kinds.has(r.kind as string) && r.start < end && start < r.end)) return false;
  }
  return true;
}
