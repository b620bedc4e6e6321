/**
 * Render: sentences into a channel's parts. A thread packs whole sentences into posts, the news
 * first, and splits an over-long sentence only at a clause boundary (never inside a name, a
 * title, a number or an abbreviation); the link and at most the channel's hashtags come last.
 */
import { tagWords } from '@attache/core';
import { postLength, type Channel } from './channels.js';

/** A title's head word: a cut right after the title it opens leaves its holder's verb for the next post. */
const TITLE_HEAD =
  /^(?:the\s)?(?:(?:Principal|Acting|Senior|Deputy|Assistant|Under|Vice|Prime|Foreign|Special|Executive|High|U\.S\.)\s)*(?:Secretary|Minister|Ambassador|President|Envoy|Representative|Spokesperson|Administrator|Coordinator|Director|Counselor|Commissioner|Governor|Senator|Advisor|Adviser|Chair|Chairman|Chairwoman|Chief|Head|Member|Prince|King|Queen|Premier|Chancellor|Mayor|Deputy)\b/u;

/**
 * Whether a comma cut at `before | after` parts a subject from its verb (English): the last
 * comma-delimited piece of the head is a title after a name ("…, Antony Blinken, Secretary of
 * State of the United States of America, | convened …"), or the tail opens with a finite verb
 * in the past or present ("| convened a virtual meeting …"): the subject is in one post, what it
 * did in the next.
 */
export function partsSubject(before: string, after: string): boolean {
  const piece =
    before
      .replace(/[,;\s]+$/u, '')
      .split(/,\s+/)
      .at(-1) ?? '';
  const first = /^\p{Ll}[\p{L}’'-]*/u.exec(after)?.[0];
  if (
    TITLE_HEAD.test(piece) &&
    first &&
    !/^(?:and|or|but|which|who|whose|where|when|while|as|including|with|in|on|at|for|to|from|by)$/.test(first)
  )
    return true;
  if (!first || /ing$/.test(first) || /^(?:and|or|but|which|who|whose|where|when|while|as|including|such)$/.test(first))
    return false;
  const tags = tagWords([
    first,
    ...(after.slice(first.length).match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? []).slice(0, 3),
  ]);
  return (
    (tags[0]?.pos === 'verb' || tags[0]?.pos === 'aux') &&
    /(?:ed|s)$|^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|met|spoke|took|gave|made|held|led|said|sent|saw|began|brought|sought|won|told)$/.test(
      first,
    )
  );
}

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
    // (after "Jr.," a post or a head may end when no name runs on: "… Christopher Kinahan, Jr., | for
    // participating in …", the lead of a reward offer that had no head, pool item 832)
    if ((/\b(Jr|Sr|Inc|Ltd|D\.C)\.?$/.test(before) && !/^\p{Ll}/u.test(after)) || /^(Jr|Sr|Inc|Ltd|D\.C)\b/.test(after))
      continue;
    // a list of names stays whole: "Hla Myo Aung, and Aung Thura Zaw"
    if (/\p{Lu}[\p{L}’'.-]*$/u.test(before) && /^(?:and|or|и|или)\s+\p{Lu}/u.test(after)) continue;
    if (before.split(/\s+/).length < 5 || after.split(/\s+/).length < 4) continue;
    // the subject in one post, its verb in the next: "…, Secretary of State, | convened …"
    if (/^\p{Lu}/u.test(s) && /^[A-Za-z]/.test(s) && partsSubject(before, after)) continue;
    out.push(m.index + m[0].length);
  }
  return out;
}

/**
 * Offsets before a phrase a post may end without (English): a prepositional or purpose tail ("…
 * Foreign Ministerial Meeting | on July 19 with over 25 countries …"), never inside a name or a
 * title ("Minister | for Foreign Affairs"), nor between a noun and its complement ("the need | for
 * …").
 */
export function phraseCuts(s: string): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(
    /\s(?=(?:on|in|at|with|for|to|during|after|following|including|amid|through|under|across|against|between|from|by)\s)/gu,
  )) {
    const before = s.slice(0, m.index);
    const after = s.slice(m.index + 1);
    // "Minister | for Foreign Affairs", not "Meeting | on July 19"
    if (
      /\p{Lu}[\p{L}’'.-]*$/u.test(before) &&
      /^\S+\s(?:the\s)?\p{Lu}/u.test(after) &&
      !/^\S+\s(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u.test(
        after,
      )
    )
      continue;
    if (/(?:need|importance|role|support|commitment|decision|efforts?|ability|right|call|plans?)$/u.test(before))
      continue;
    if (/\b(?:the|a|an|of|and|or|to)$/iu.test(before) || /[,;:(]$/.test(before)) continue;
    if (before.split(/\s+/).length < 5 || after.split(/\s+/).length < 3) continue;
    out.push(m.index!);
  }
  return out;
}

/**
 * Pieces of a sentence that each fit `limit`, cut at clause boundaries; null when it cannot be cut
 * so. With `whole` (English: the head says who did what), a head that is a whole clause is taken
 * first, at a comma or before a phrase ("…"), the longest that fits.
 */
export function fitSentence(
  s: string,
  limit: number,
  channel: Channel,
  whole?: (head: string) => boolean,
): string[] | null {
  if (postLength(s, channel) <= limit) return [s];
  if (whole) {
    // no "…" at a phrase cut: the verifier reads a post's piece as the release's own words, and the
    // next post opening in lower case shows the sentence goes on
    const marked = (c: number): [string, string] => [s.slice(0, c).trimEnd(), s.slice(c).trimStart()];
    const cuts = [...new Set([...clauseCuts(s), ...phraseCuts(s)])].sort((a, b) => b - a);
    for (const c of cuts) {
      const [head, rest] = marked(c);
      if (postLength(head, channel) > limit || !whole(head.replace(/[\s,;:–—…]+$/u, '.'))) continue;
      const tail = fitSentence(rest, limit, channel);
      if (tail) return [head, ...tail];
    }
  }
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
  // English, no whole clause fits: before a phrase still rather than between two words ("…")
  if (whole)
    for (const c of phraseCuts(s).toReversed()) {
      const head = s.slice(0, c).trimEnd();
      if (postLength(head, channel) > limit) continue;
      const tail = fitSentence(s.slice(c).trimStart(), limit, channel, whole);
      if (tail) return [head, ...tail];
    }
  return null;
}

/** Whole sentences packed into posts of at most `maxChars`; the first post holds the lead alone when it must. */
export function packThread(
  sentences: readonly string[],
  closing: string,
  channel: Channel,
  /** English: whether a head is a whole clause (who did what), for cutting an over-long sentence. */
  whole?: (head: string) => boolean,
): string[] {
  const max = channel.maxChars ?? Infinity;
  const posts = packWithin(sentences, closing, channel, max, whole);
  // the marks a quotation closed and opened again at a post's edge take room: pack tighter
  if (posts.every((p) => postLength(p, channel) <= max)) return posts;
  return packWithin(sentences, closing, channel, max - 4, whole);
}

function packWithin(
  sentences: readonly string[],
  closing: string,
  channel: Channel,
  max: number,
  whole?: (head: string) => boolean,
): string[] {
  const posts: string[] = [];
  let cur = '';
  /** The pieces `cur` is made of. */
  let held: string[] = [];
  sentences.forEach((s, i) => {
    const pieces = fitSentence(s, max, channel, whole) ?? wordCut(s, max, channel);
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
        // nor on a question whose answer would open the next post ("… What’s next?" | "We’ll …")
        const asked = held.length > 1 && /\?$/.test(held.at(-1)!) ? `${held.at(-1)!} ${p}` : '';
        if (k > 0 && postLength(moved, channel) <= max) {
          posts.push(held.slice(0, k).join(' '));
          held = [...held.slice(k), p];
          cur = moved;
        } else if (asked && postLength(asked, channel) <= max) {
          posts.push(held.slice(0, -1).join(' '));
          held = [held.at(-1)!, p];
          cur = asked;
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
