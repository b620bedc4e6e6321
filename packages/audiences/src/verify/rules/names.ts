/** Names, organisations and titles: each in the version is the release's (or the brief's), with the same title. */
import {
  aliases,
  INITIALLED,
  keyOf,
  portfolioTitles,
  shortOfPortfolio,
  type NameRun,
  type NameToken,
} from '../names.js';
import type { Facts, VerifyFinding, VerifyRule } from '../types.js';
import { worded } from '../messages.js';

const keySets = new WeakMap<Facts, ReadonlySet<string>>();

/**
 * The keys a text's names may be written with, read once per text: the release's facts are cached
 * (verify/index.ts), and a version checks each of its sentences against them.
 */
function keySet(f: Facts | null): ReadonlySet<string> {
  if (!f) return new Set();
  let s = keySets.get(f);
  if (!s) keySets.set(f, (s = readKeys(f)));
  return s;
}

function readKeys(f: Facts): Set<string> {
  const s = new Set<string>();
  for (const t of f.names.tokens) s.add(t.key);
  // each word of another spelling as written and as a key ("people's" of "People's Republic of
  // China" is the token key "people")
  const add = (a: string): void => {
    for (const w of a.split(' ')) s.add(w).add(keyOf(w, f.read.language));
  };
  for (const r of f.names.runs) for (const a of aliases(r.text)) add(a);
  for (const t of f.names.tokens) for (const a of aliases(t.text)) add(a);
  // a numbered session names its body: "COP27" names COP, the Conference of the Parties
  for (const t of f.names.tokens) {
    const session = /^(\p{Lu}{2,})\d{1,3}$/u.exec(t.text);
    if (session) for (const a of aliases(session[1]!)) add(a);
  }
  // "В.Путин" names the person a version calls "Путин"
  for (const t of f.names.tokens)
    if (INITIALLED.test(t.text)) s.add(keyOf(t.text.slice(t.text.indexOf('.') + 1), f.read.language));
  return s;
}

/** Keys of a run without its connectors and lower-case words. */
const runKeys = (r: NameRun): string[] => r.tokens.filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.key);

/** True when `small` is an in-order subsequence of `big`. */
function subsequence(small: readonly string[], big: readonly string[]): boolean {
  let i = 0;
  for (const b of big) if (i < small.length && b === small[i]) i++;
  return i === small.length;
}

export const namesRule: VerifyRule = {
  meta: {
    id: 'names',
    category: 'altered-fact',
    description:
      'Every name, organisation and acronym in the version is written in the release or the brief (Russian case endings aside).',
    source: 'issue 12: no invented or altered names',
  },
  check(ctx) {
    const known = keySet(ctx.source);
    const brief = new Set(keySet(ctx.brief));
    // the brief is the press officer's own list: every word of it may be a name (hashtags, a lone "Alliance")
    for (const s of ctx.brief?.read.sentences ?? [])
      for (const t of s.tokens) if (t.kind !== 'punct') brief.add(keyOf(t.text, ctx.language));
    const we = new Set(ctx.we.flatMap((w) => aliases(w)).flatMap((a) => a.split(' ')));
    const out: VerifyFinding[] = [];
    // the first token of the release with each key (what a search from the start finds)
    const firstByKey = new Map<string, NameToken>();
    for (const s of ctx.source.names.tokens) if (!firstByKey.has(s.key)) firstByKey.set(s.key, s);
    for (const t of ctx.output.names.tokens) {
      if (known.has(t.key) || brief.has(t.key) || we.has(t.key)) {
        const at = firstByKey.get(t.key);
        if (at)
          ctx.trace({
            kind: 'name',
            text: t.text,
            start: t.start,
            end: t.end,
            source: { in: 'release', start: at.start, end: at.end, text: at.text },
          });
        continue;
      }
      if (
        aliases(t.text)
          .slice(1)
          .some((a) => a.split(' ').every((w) => known.has(w)))
      )
        continue;
      out.push({
        rule: 'names',
        category: 'altered-fact',
        ...worded(ctx.brief ? 'names-brief' : 'names', { text: t.text }),
        start: t.start,
        end: t.end,
        text: t.text,
      });
    }
    return out;
  },
};

export const titlesRule: VerifyRule = {
  meta: {
    id: 'titles',
    category: 'altered-fact',
    description:
      'A name written with a title or inside a longer name (“Secretary Blinken”, “Foreign Minister Chung”) is written so in the release: no title moves to another person.',
    source: 'issue 12: names and titles keep their value',
  },
  check(ctx) {
    const out: VerifyFinding[] = [];
    const srcRuns = [...ctx.source.names.runs, ...(ctx.brief?.names.runs ?? [])].map(runKeys);
    // for each key, the runs that hold it: a run holding all of `keys` in order is among the runs of its first key
    const runsWith = new Map<string, number[]>();
    srcRuns.forEach((ks, i) => {
      for (const k of new Set(ks)) {
        const list = runsWith.get(k);
        if (list) list.push(i);
        else runsWith.set(k, [i]);
      }
    });
    const srcTokens = new Set(ctx.source.names.tokens.map((t) => t.key));
    const portfolios = [...portfolioTitles(ctx.source.read), ...(ctx.brief ? portfolioTitles(ctx.brief.read) : [])];
    for (const r of ctx.output.names.runs) {
      const keys = runKeys(r);
      if (keys.length < 2) continue;
      if (!keys.every((k) => srcTokens.has(k))) continue; // the names rule reports an unknown word
      if ((runsWith.get(keys[0]!) ?? []).some((i) => subsequence(keys, srcRuns[i]!))) continue;
      if (aliases(r.text).slice(1).length > 0) continue;
      // a portfolio title shortened to its rank and name ("Under Secretary Uzra Zeya"); a rank word
      // opening the sentence ("Under") is no name token, so the words just before the run count too
      const caps = r.tokens.filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.text);
      const before = /(?:\p{Lu}[\p{L}’'-]* ){1,3}$/u.exec(
        ctx.output.read.text.slice(Math.max(0, r.start - 60), r.start),
      );
      const forms = before ? [caps, [...before[0].trim().split(' '), ...caps]] : [caps];
      if (portfolios.some((t) => forms.some((f) => shortOfPortfolio(f, t)))) continue;
      out.push({
        rule: 'titles',
        category: 'altered-fact',
        ...worded('titles', { text: r.text }),
        start: r.start,
        end: r.end,
        text: r.text,
      });
    }
    out.push(...commaInTitle(ctx.output.read.text, [ctx.source.read.text, ctx.brief?.read.text ?? '']));
    return out;
  },
};

/** Words that open a sentence before its subject ("Today, Secretary Blinken …"): a comma after them is no title's. */
const OPENERS = new Set(
  'Today Yesterday Tomorrow Tonight Now Then Here There Meanwhile Also Finally However Again Together Separately Additionally Earlier Later Instead Still Overall First Second Third Next Last Lastly Indeed Moreover Furthermore Previously Currently Recently'.split(
    ' ',
  ),
);

/**
 * A comma the version puts between two capitalised words that the release writes together, never
 * with a comma: "Assistant, Secretary" for "Assistant Secretary", "Foreign, Minister" (a title or
 * a name cut in two reads as two people or a list). Not after an opening word (`OPENERS`).
 */
export function commaInTitle(output: string, sources: readonly string[]): VerifyFinding[] {
  const out: VerifyFinding[] = [];
  const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of output.matchAll(/(?<![\p{L}’'.-])(\p{Lu}[\p{L}’'-]*),\s+(\p{Lu}[\p{L}’'-]*)(?![\p{L}’'-])/gu)) {
    const [a, b] = [m[1]!, m[2]!];
    if (OPENERS.has(a)) continue;
    const together = new RegExp(`(?<![\\p{L}])${esc(a)} ${esc(b)}(?![\\p{L}’'-])`, 'u');
    const apart = new RegExp(`(?<![\\p{L}])${esc(a)},\\s+${esc(b)}(?![\\p{L}’'-])`, 'u');
    if (!sources.some((src) => together.test(src)) || sources.some((src) => apart.test(src))) continue;
    out.push({
      rule: 'titles',
      category: 'altered-fact',
      ...worded('titles', { text: m[0] }),
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    });
  }
  return out;
}
