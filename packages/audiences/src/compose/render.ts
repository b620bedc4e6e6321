/**
 * Render: sentences into a channel's parts. A thread packs whole sentences into posts, the news
 * first, and splits an over-long sentence only at a clause boundary (never inside a name, a
 * title, a number or an abbreviation); the link and at most the channel's hashtags come last.
 */
import { postLength, type Channel } from './channels.js';

/** Offsets where a long sentence may be cut: after ", " / "; " / " – " with no name, number or abbreviation across it. */
export function clauseCuts(s: string): number[] {
  const out: number[] = [];
  const re = /(,|;| –| —)\s+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const before = s.slice(0, m.index);
    const after = s.slice(m.index + m[0].length);
    if (/\d$/.test(before) && /^\d/.test(after)) continue; // 1, 000
    if (/\b(?:\p{Lu}[\p{L}.]*)$/u.test(before) && /^\p{Lu}/u.test(after) && !/^(and|but|which|who)\b/.test(after))
      continue; // Washington, D.C. / Austria, Brazil
    if (/\b(Jr|Sr|Inc|Ltd|D\.C)\.?$/.test(before) || /^(Jr|Sr|Inc|Ltd|D\.C)\b/.test(after)) continue;
    // a list of names stays whole: "Hla Myo Aung, and Aung Thura Zaw"
    if (/\p{Lu}[\p{L}’'.-]*$/u.test(before) && /^(?:and|or|и|или)\s+\p{Lu}/u.test(after)) continue;
    if (before.split(/\s+/).length < 5 || after.split(/\s+/).length < 4) continue;
    out.push(m.index + m[0].length);
  }
  return out;
}

/** Pieces of a sentence that each fit `limit`, cut at clause boundaries; null when it cannot be cut so. */
export function fitSentence(s: string, limit: number, channel: Channel): string[] | null {
  if (postLength(s, channel) <= limit) return [s];
  // a cut outside a quotation first: one inside it only when the quotation is longer than a post
  const cuts = clauseCuts(s)
    .toReversed()
    .sort((a, b) => Number(quoteOpen(s.slice(0, a))) - Number(quoteOpen(s.slice(0, b))));
  for (const c of cuts) {
    const head = s.slice(0, c).trimEnd();
    if (postLength(head, channel) > limit) continue;
    const tail = fitSentence(s.slice(c), limit, channel);
    if (tail) return [head, ...tail];
  }
  return null;
}

/** Whole sentences packed into posts of at most `maxChars`; the first post holds the lead alone when it must. */
export function packThread(sentences: readonly string[], closing: string, channel: Channel): string[] {
  const max = channel.maxChars ?? Infinity;
  const posts = packWithin(sentences, closing, channel, max);
  // the marks a quotation closed and opened again at a post's edge take room: pack tighter
  if (posts.every((p) => postLength(p, channel) <= max)) return posts;
  return packWithin(sentences, closing, channel, max - 4);
}

function packWithin(sentences: readonly string[], closing: string, channel: Channel, max: number): string[] {
  const posts: string[] = [];
  let cur = '';
  /** The pieces `cur` is made of. */
  let held: string[] = [];
  sentences.forEach((s, i) => {
    const pieces = fitSentence(s, max, channel) ?? wordCut(s, max, channel);
    for (const p of pieces) {
      const joined = cur ? `${cur} ${p}` : p;
      if (
        cur &&
        (postLength(joined, channel) > max ||
          (i === 1 && posts.length === 0 && postLength(joined, channel) > max * 0.75))
      ) {
        // never a post's end inside a quotation: the post ends before the piece that opens it
        // when the quotation and what follows fit the next post
        const k = quoteOpen(cur) ? held.findLastIndex((_, j) => !quoteOpen(held.slice(0, j).join(' '))) : -1;
        const moved = k > 0 ? [...held.slice(k), p].join(' ') : '';
        if (k > 0 && postLength(moved, channel) <= max) {
          posts.push(held.slice(0, k).join(' '));
          held = [...held.slice(k), p];
          cur = moved;
        } else {
          posts.push(cur);
          cur = p;
          held = [p];
        }
      } else {
        cur = joined;
        held.push(p);
      }
    }
  });
  if (closing) {
    const joined = cur ? `${cur}\n\n${closing}` : closing;
    if (cur && postLength(joined, channel) > max) {
      posts.push(cur);
      cur = closing;
    } else cur = joined;
  }
  if (cur) posts.push(cur);
  return closeQuotes(posts);
}

/**
 * A quotation longer than a post is closed at the post's end and opened again at the next one's
 * start, so that each post reads on its own: «… состраданию». | «И потому …». A post cut inside
 * a sentence of the quotation marks the cut with "…" inside the marks.
 */
export function closeQuotes(posts: readonly string[]): string[] {
  let open: string | null = null;
  return posts.map((post) => {
    let p = open ? `${open}${/^\p{Ll}/u.test(post) ? '…' : ''}${post}` : post;
    const pairs = { '«': '»', '“': '”' } as const;
    const stack: Array<'«' | '“'> = [];
    for (const ch of p) {
      if (ch === '«' || ch === '“') stack.push(ch);
      else if ((ch === '»' || ch === '”') && stack.length > 0) stack.pop();
    }
    const last = stack[0];
    open = last ?? null;
    if (!last) return p;
    // the closing mark before the post's final stop («… состраданию».), or after a cut («…, …»)
    const close = pairs[last];
    const m = /([.!?…]+)$/u.exec(p.trimEnd());
    p = p.trimEnd();
    if (m && m[1] === '.') p = `${p.slice(0, -1)}${close}.`;
    else if (m) p = `${p}${close}`;
    else p = `${p.replace(/[,;:]$/u, '')} …${close}`;
    return p;
  });
}

/** A quotation is open at the end of `text` (more «“ than »” before it). */
export function quoteOpen(text: string): boolean {
  return (text.match(/[«“]/gu) ?? []).length > (text.match(/[»”]/gu) ?? []).length;
}

/**
 * Last resort for a sentence with no clause boundary that fits: cut between words, never between
 * two capitalised words (a name or title), two numbers, or after an abbreviation; "…" marks the cut.
 */
export function wordCut(s: string, limit: number, channel: Channel): string[] {
  if (postLength(s, channel) <= limit) return [s];
  const re = / /g;
  let best = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const before = s.slice(0, m.index);
    const after = s.slice(m.index + 1);
    if (postLength(before + ' …', channel) > limit) break;
    if (/\p{Lu}[\p{L}.’'-]*,?$/u.test(before) && /^(?:(?:and|or|и|или)\s)?\p{Lu}/u.test(after)) continue;
    if (/\d[\d,.]*$/.test(before) && /^(\d|million|billion|percent|%|млн|млрд|тыс)/.test(after)) continue;
    if (/\b\p{L}{1,3}\.$/u.test(before)) continue;
    if (/^(of|the|and|for|и|в|на|с)\b/u.test(after) && /\p{Lu}[\p{L}]*$/u.test(before)) continue;
    best = m.index;
  }
  if (best <= 2) return [s];
  return [s.slice(0, best) + ' …', ...wordCut('… ' + s.slice(best + 1), limit, channel)];
}
