/** Quotes verbatim and attributed to their speaker; agreed text quoted or summarised, never edited. */
import { tokenize } from '@attache/core';
import { inQuote, lastStartingBy, sentenceAt, type Read } from '../text.js';
import type { Facts, ProtectedSpan, VerifyFinding, VerifyRule } from '../types.js';
import { worded } from '../messages.js';
import { keyOf } from '../names.js';

const FOLD: Record<string, string> = {
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '`': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '‐': '-',
  '‑': '-',
  '–': '-',
  '—': '-',
};

/** JavaScript's \s, by code unit. */
const isSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) ||
  c === 32 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** The text normalised for comparison, with a map from each normalised offset back to the raw one. */
function normalisedWithMap(raw: string): { text: string; map: number[] } {
  const out: string[] = [];
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < raw.length; i++) {
    let c = raw[i]!;
    if (isSpace(raw.charCodeAt(i))) {
      if (space || out.length === 0) continue;
      space = true;
      c = ' ';
    } else space = false;
    out.push((FOLD[c] ?? c).toLowerCase());
    map.push(i);
  }
  return { text: out.join(''), map };
}

const cache = new WeakMap<Read, { text: string; map: number[] }>();
function norm(r: Read): { text: string; map: number[] } {
  let n = cache.get(r);
  if (!n) cache.set(r, (n = normalisedWithMap(r.text)));
  return n;
}

/** The index of the first value at least `x` in an ascending list, or -1. */
function firstAtOrAfter(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length ? lo : -1;
}

/** Where a quoted passage (possibly in parts joined by an ellipsis) is in the text, or null. */
export function locate(r: Read, quoted: string, after = 0): { start: number; end: number } | null {
  const n = norm(r);
  const parts = quoted
    .split(/…|\.\.\./)
    .map((p) => normalisedWithMap(p).text.replace(/^[\s"',.;:!?-]+|[\s"',.;:!?-]+$/g, ''))
    .filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  let from = firstAtOrAfter(n.map, after);
  if (from < 0) return null;
  let first = -1;
  let last = -1;
  for (const p of parts) {
    const at = n.text.indexOf(p, from);
    if (at < 0) return null;
    if (first < 0) first = at;
    last = at + p.length;
    from = last;
  }
  return { start: n.map[first]!, end: n.map[last - 1]! + 1 };
}

export const quotesRule: VerifyRule = {
  meta: {
    id: 'quotes',
    category: 'edited-quote',
    description:
      'Every quotation in the version is verbatim from the release or the brief (parts may be joined by an ellipsis; quote marks, dashes and spacing aside).',
    source: 'issue 12: quotes verbatim; AP Stylebook: never alter quotations',
  },
  check(ctx) {
    const out: VerifyFinding[] = [];
    for (const q of ctx.output.read.quotes) {
      const at = locate(ctx.source.read, q.inner);
      if (at) {
        ctx.trace({
          kind: 'quote',
          text: q.inner,
          start: q.innerStart,
          end: q.innerStart + q.inner.length,
          source: { in: 'release', ...at, text: ctx.source.read.text.slice(at.start, at.end) },
        });
        continue;
      }
      if (ctx.brief && locate(ctx.brief.read, q.inner)) continue;
      out.push({
        rule: 'quotes',
        category: 'edited-quote',
        ...worded('quotes', { text: q.inner }),
        start: q.start,
        end: q.end,
        text: ctx.output.read.text.slice(q.start, q.end),
      });
    }
    return out;
  },
};

const LABEL = /^([A-ZА-ЯЁ][A-ZА-ЯЁ.’' -]{2,60}):/gm;
/**
 * A kremlin.ru transcript's label, an initial and a surname before a colon, run into the text
 * (the site's paragraph breaks are lost): "… Москве. В.Путин : Уважаемый …", "С.Чупшева: …".
 */
const RU_LABEL = /(?<![\p{L}.])(\p{Lu}\.\s?(?:\p{Lu}\.\s?)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s?:\s/gu;

/**
 * An English line that hands the next paragraphs to a speaker: "Road Safety Minister Robert
 * Goodwill said:" (GOV.UK's layout, its blockquote lost in a text export). The words are the
 * speaker's through the next paragraph and on while the paragraphs say "I", "we" or "you".
 */
const SAID_LINE = /^(\p{Lu}[^\n!?:;]{2,160}?),?[ \u00a0](?:said|says|added|adds|commented|stated|explained):[ \t]*$/gmu;
/** The same, for one line (no `g`: no lastIndex to carry between tests). */
const IS_SAID_LINE = new RegExp(SAID_LINE.source, 'u');
const FIRST_PERSON = /\b(?:I|we|We|our|Our|us|my|My|you|You|your|Your)\b/u;

/** Where a "said:" line's words end: its first paragraph, and the next ones in the first or second person. */
function saidReach(text: string, from: number): number {
  const paras = /[^\n]+/gu;
  paras.lastIndex = from;
  let end = from;
  for (let m = paras.exec(text), n = 0; m; m = paras.exec(text), n++) {
    if (n > 0 && (!FIRST_PERSON.test(m[0]) || IS_SAID_LINE.test(m[0]))) break;
    end = m.index + m[0].length;
  }
  return end;
}

/** A source's speaker labels ("MS. PSAKI:") in text order, and for each name key the runs that hold it. */
interface SpeakerIndex {
  /** `end`: where a "said:" line's words stop (a label's turn runs to the next label). */
  labels: Array<{ start: number; label: string; end?: number }>;
  runsByKey: Map<string, number[]>;
}

const speakerIndexes = new WeakMap<Facts, SpeakerIndex>();

/** The label whose turn holds `offset`: the last one before it, unless its words stop earlier. */
function labelAt(index: SpeakerIndex, offset: number): string | undefined {
  const l = index.labels[lastStartingBy(index.labels, offset - 1)];
  return l && (l.end === undefined || offset < l.end) ? l.label : undefined;
}

function speakerIndex(f: Facts): SpeakerIndex {
  let index = speakerIndexes.get(f);
  if (!index) {
    index = { labels: [], runsByKey: new Map() };
    LABEL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LABEL.exec(f.read.text)) !== null) index.labels.push({ start: m.index, label: m[1]! });
    if (f.read.language === 'ru') {
      for (const r of f.read.text.matchAll(RU_LABEL)) index.labels.push({ start: r.index, label: r[1]! });
      index.labels.sort((a, b) => a.start - b.start);
    } else {
      const said = [...f.read.text.matchAll(SAID_LINE)];
      for (const r of said) {
        // one sentence that names the speaker (not "… on Monday. He said:"): a full stop only after an initial or a title
        if (/(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Jr|Sr|Gen|Amb|Sen|Gov|Prof))\. /u.test(r[1]!) || !/\s/u.test(r[1]!)) continue;
        const after = r.index + r[0].length;
        index.labels.push({ start: r.index, label: r[1]!, end: saidReach(f.read.text, after) });
      }
      if (said.length > 0) index.labels.sort((a, b) => a.start - b.start);
    }
    f.names.runs.forEach((run, i) => {
      for (const k of new Set(run.tokens.map((t) => t.key))) {
        const list = index!.runsByKey.get(k);
        if (list) list.push(i);
        else index!.runsByKey.set(k, [i]);
      }
    });
    speakerIndexes.set(f, index);
  }
  return index;
}

/** A min-heap of run indices. */
class Heap {
  private readonly items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(x: number): void {
    const a = this.items;
    a.push(x);
    for (let i = a.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (a[p]! <= a[i]!) break;
      [a[p], a[i]] = [a[i]!, a[p]!];
      i = p;
    }
  }
  pop(): number {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]! < a[m]!) m = l;
        if (r < a.length && a[r]! < a[m]!) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * The speaker of a transcript's turn at `offset`: the keys of the last label before it and of the
 * names the release writes with its surname ("В.Путин" → "Владимир Путин"); null with no label.
 */
function labelSpeakers(f: Facts, offset: number): Set<string> | null {
  const index = speakerIndex(f);
  const label = labelAt(index, offset);
  if (!label) return null;
  const words = label.split(/[\s.]+/).filter(Boolean);
  const keys = new Set<string>([keyOf(label.replace(/\s+/g, ''), f.read.language)]);
  for (const w of words) keys.add(w.toLowerCase()).add(keyOf(w, f.read.language));
  const surname = keyOf(words.at(-1) ?? label, f.read.language);
  for (const at of index.runsByKey.get(surname) ?? []) for (const t of f.names.runs[at]!.tokens) keys.add(t.key);
  return keys;
}

/** Name keys of whoever may have said the passage at `offset` of the source. */
function speakersNear(f: Facts, offset: number): Set<string> {
  const r = f.read;
  const index = speakerIndex(f);
  const keys = new Set<string>();
  const held = lastStartingBy(r.sentences, offset);
  const i = held >= 0 && offset < r.sentences[held]!.end ? held : -1;
  // the quote's own sentence names its speaker; else the sentence before (a lead-in), else the one after
  const tokens = f.names.tokens;
  for (const k of [i, i - 1, i + 1, i - 2]) {
    const s = r.sentences[k];
    if (!s) continue;
    // name tokens are in text order: from the first at or after the sentence's start to its end
    for (let j = Math.max(0, lastStartingBy(tokens, s.start - 1) + 1); j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.start > s.end) break;
      if (t.start >= s.start && t.end <= s.end && !inQuote(r, t.start, t.end)) keys.add(t.key);
    }
    if (keys.size > 0) break;
  }
  // the last speaker label before the passage
  const label = labelAt(index, offset);
  if (label) keys.add(keyOf(label.replace(/\s+/g, ''), r.language));
  if (label)
    for (const w of label.split(/[\s.]+/))
      if (w) {
        keys.add(w.toLowerCase());
        keys.add(keyOf(w, r.language));
      }
  // widen with the runs that contain a key ("the Secretary" → Antony J. Blinken), in text order:
  // a run counts when a key it holds was known by the time it is reached
  const queue = new Heap();
  const queued = new Set<number>();
  const enqueue = (key: string, after: number): void => {
    for (const at of index.runsByKey.get(key) ?? [])
      if (at > after && !queued.has(at)) {
        queued.add(at);
        queue.push(at);
      }
  };
  for (const k of keys) enqueue(k, -1);
  while (queue.size > 0) {
    const at = queue.pop();
    for (const t of f.names.runs[at]!.tokens) {
      if (keys.has(t.key)) continue;
      keys.add(t.key);
      enqueue(t.key, at);
    }
  }
  return keys;
}

export const quoteSpeakerRule: VerifyRule = {
  meta: {
    id: 'quote-speaker',
    category: 'attribution',
    description:
      'A quotation the version attributes to someone named is attributed in the release to that person (the sentence around it, the two before, or the transcript’s speaker label).',
    source: 'issue 12: quotes attributed to their speaker',
  },
  check(ctx) {
    const out: VerifyFinding[] = [];
    const o = ctx.output.read;
    for (const q of o.quotes) {
      // a quoted term of a few words ("filtration", “never again”) is no speech
      if (tokenize(q.inner).length < 4) continue;
      const at = locate(ctx.source.read, q.inner);
      if (!at) continue;
      const s = sentenceAt(o, q.start) ?? { start: q.start, end: q.end };
      const named = ctx.output.names.tokens.filter(
        (t) => t.start >= s.start && t.end <= s.end && !inQuote(o, t.start, t.end),
      );
      if (named.length === 0) continue;
      let ok = false;
      for (
        let where: { start: number; end: number } | null = at;
        where && !ok;
        where = locate(ctx.source.read, q.inner, where.start + 1)
      ) {
        const near = speakersNear(ctx.source, where.start);
        ok = named.some((t) => near.has(t.key));
      }
      if (ok) continue;
      out.push({
        rule: 'quote-speaker',
        category: 'attribution',
        ...worded('quote-speaker', { text: q.inner, speaker: named.map((t) => t.text).join(' ') }),
        start: named[0]!.start,
        end: named.at(-1)!.end,
        text: o.text.slice(named[0]!.start, named.at(-1)!.end),
        source: { ...at, text: ctx.source.read.text.slice(at.start, at.end) },
      });
    }
    // a reported statement («Владимир Путин сказал, что …») whose words are
    // a passage of the release: the passage's speaker is the one named
    // (Russian: the versions that report speech; a statement the release itself reports is its own)
    for (const r of ctx.language === 'ru' ? o.text.matchAll(REPORTED) : []) {
      const inner = r[2]!;
      if (tokenize(inner).length < 4 || locate(ctx.source.read, r[0])) continue;
      const at = locate(ctx.source.read, inner);
      if (!at) continue;
      // the speaker's words as written (a name opening the sentence is no name token to the names rule)
      const from = r.index + r[0].indexOf(r[1]!);
      const named = [...r[1]!.matchAll(/\p{Lu}[\p{L}.’'-]*/gu)].map((w) => ({
        text: w[0],
        start: from + w.index,
        end: from + w.index + w[0].length,
        key: keyOf(w[0], ctx.language),
      }));
      if (named.length === 0) continue;
      let ok = false;
      for (
        let where: { start: number; end: number } | null = at;
        where && !ok;
        where = locate(ctx.source.read, inner, where.start + 1)
      ) {
        // a turn's words are its speaker's: the label decides, not the names the words mention
        const near = labelSpeakers(ctx.source, where.start) ?? speakersNear(ctx.source, where.start);
        ok = named.some((t) => near.has(t.key));
      }
      if (ok) continue;
      out.push({
        rule: 'quote-speaker',
        category: 'attribution',
        ...worded('quote-speaker', { text: inner, speaker: named.map((t) => t.text).join(' ') }),
        start: named[0]!.start,
        end: named.at(-1)!.end,
        text: o.text.slice(named[0]!.start, named.at(-1)!.end),
        source: { ...at, text: ctx.source.read.text.slice(at.start, at.end) },
      });
    }
    return out;
  },
};

/** A Russian reported statement: a capitalised name, a verb of saying, «что», the words said (to the sentence's end). */
const REPORTED =
  /(?<![\p{L}])((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*)\s+(?:сказал|заявил|отметил|подчеркнул|сообщил|добавил)а?,\s+что\s+([^.!?]+[^\s.!?])(?=[.!?](?:\s|$))/gu;

const words = (text: string, from = 0, to = text.length): string[] =>
  tokenize(text, from, to).map((t) => t.text.toLowerCase().replace(/’/g, "'"));

function grams(ws: readonly string[], n = 3): Set<string> {
  const s = new Set<string>();
  for (let i = 0; i + n <= ws.length; i++) s.add(ws.slice(i, i + n).join(' '));
  return s;
}

/** An agreed or spoken passage of the source: its words, its trigrams and its normalised text (kept per source read). */
const regionCache = new WeakMap<Read, Map<string, { p: ProtectedSpan; theirs: Set<string>; flat: string }>>();
function regionOf(r: Read, p: ProtectedSpan): { p: ProtectedSpan; theirs: Set<string>; flat: string } {
  let m = regionCache.get(r);
  if (!m) regionCache.set(r, (m = new Map()));
  const k = `${p.kind}:${p.start}:${p.end}`;
  let hit = m.get(k);
  if (!hit) {
    hit = {
      p,
      theirs: grams(words(r.text, p.start, p.end)),
      flat: normalisedWithMap(r.text.slice(p.start, p.end)).text,
    };
    m.set(k, hit);
  }
  return hit;
}

/**
 * `text` with each acronym spelled out as the release spells it ("Clean Energy Demand Initiative
 * (CEDI)", written so in `src`) read back as the bare acronym ("CEDI"): spelling out what the
 * release itself defines is no edit of agreed text (pool item 1300, issue 12).
 */
export function definedAsAcronym(text: string, src: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/\s\((\p{Lu}[\p{Lu}\p{N}.&-]{1,11})\)/gu)) {
    const before = text.slice(last, m.index);
    let found = '';
    for (let n = 8; n >= 1 && !found; n--) {
      const tail = new RegExp(`(?:\\S+\\s+){${n - 1}}\\S+$`, 'u').exec(before)?.[0];
      // the whole long form: no capitalised word of the version's name before it ("Clean Power | Demand Initiative")
      const rest = tail ? before.slice(0, before.length - tail.length) : '';
      if (tail && src.includes(`${tail} (${m[1]})`) && !/(?<!\S)(?!The\s)\p{Lu}\S*\s+$/u.test(rest)) found = tail;
    }
    out += found ? before.slice(0, before.length - found.length) + m[1] : before + m[0];
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

export const agreedTextRule: VerifyRule = {
  meta: {
    id: 'agreed-text',
    category: 'edited-quote',
    description:
      'Agreed text (a joint statement, a communiqué) is quoted word for word or summarised in other words, never edited: a version sentence that copies most of an agreed passage copies it exactly; one that copies most of a quotation in the release keeps its quotation marks.',
    source: 'issue 12; diplomatic practice: agreed language is negotiated word by word',
  },
  check(ctx) {
    const out: VerifyFinding[] = [];
    if (ctx.protected.length === 0) return out;
    const src = ctx.source.read.text;
    const regions = ctx.protected.map((p) => regionOf(ctx.source.read, p));
    const o = ctx.output.read;
    const srcFlat = norm(ctx.source.read).text;
    for (const s of o.sentences) {
      const ws = tokenize(o.text, s.start, s.end)
        .filter((t) => !inQuote(o, t.start, t.end))
        .map((t) => t.text.toLowerCase().replace(/’/g, "'"));
      if (ws.length < 8) continue;
      const mine = grams(ws);
      // a label before the sentence ("What is happening:", "Again:") is the version's own, not the source's
      // (an acronym spelled out as the release defines it reads as the acronym)
      const own = s.text.replace(/^(?:[^\n:.!?]{1,40}:\s*)+/u, '');
      const asWritten = normalisedWithMap(own).text.replace(/[.!?;:]+$/, '');
      const short = definedAsAcronym(own, src);
      const flats = short === own ? [asWritten] : [asWritten, normalisedWithMap(short).text.replace(/[.!?;:]+$/, '')];
      // the first passage this sentence copies most of, but not word for word
      // the passage shares most of this sentence's word trigrams
      const copiesMost = (x: (typeof regions)[number]): boolean => {
        let shared = 0;
        for (const g of mine) if (x.theirs.has(g)) shared++;
        return shared / Math.max(1, mine.size) >= 0.6;
      };
      const r = regions.find((x) => copiesMost(x) && !flats.some((f) => x.flat.includes(f)));
      // someone's words from a quotation of the release, copied without marks: the version gives
      // them as its own (a sentence of the Easter message's quotation, cut and sent unquoted as an SMS:
      // kremlin.ru, a blind reading, seed 31337)
      const spoken = r ? null : regions.find((x) => x.p.kind === 'speech' && !!x.p.quotation && copiesMost(x));
      if (spoken) {
        out.push({
          rule: 'agreed-text',
          category: 'edited-quote',
          ...worded('unquoted-speech', {}),
          start: s.start,
          end: s.end,
          text: s.text,
          source: { start: spoken.p.start, end: spoken.p.end, text: src.slice(spoken.p.start, spoken.p.end) },
        });
        continue;
      }
      // word for word from the release (searched last: a search of the whole release per sentence is slow)
      if (r && !flats.some((f) => srcFlat.includes(f)))
        out.push({
          rule: 'agreed-text',
          category: 'edited-quote',
          ...worded(r.p.kind === 'speech' ? 'edits-speech' : 'edits-agreed-text', {}),
          start: s.start,
          end: s.end,
          text: s.text,
          source: { start: r.p.start, end: r.p.end, text: src.slice(r.p.start, r.p.end) },
        });
    }
    return out;
  },
};
