/**
 * Attribution and modality: an action the version shares with the release (same verb, a shared
 * object word) keeps its actor, and keeps its hedges and modality (may, will, plans to, not).
 */
import { scanAcronyms } from '@attache/core';
import { aliases, sameNames } from '../names.js';
import { isPronounActor, type Action } from '../clauses.js';
import type { VerifyContext, VerifyFinding, VerifyMessageId, VerifyRule } from '../types.js';
import { worded } from '../messages.js';

const norm = (w: string): string =>
  w
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/\./g, '')
    .replace(/s$/, '');

const byStem = new WeakMap<object, Map<string, Action[]>>();

function matches(ctx: VerifyContext, o: Action): Action[] {
  if (o.object.length === 0) return [];
  let index = byStem.get(ctx.source);
  if (!index) {
    index = new Map();
    for (const a of ctx.source.actions) {
      const list = index.get(a.stem);
      if (list) list.push(a);
      else index.set(a.stem, [a]);
    }
    byStem.set(ctx.source, index);
  }
  const objs = new Set(o.object);
  return (index.get(o.stem) ?? []).filter((s) => s.object.some((x) => objs.has(x)));
}

/** The release's name runs as comparison keys, and for each key the runs that contain it (in text order). */
interface RunIndex {
  keys: string[][];
  byKey: Map<string, number[]>;
  /** The keys of every run that contains all of a set of capitalised words (the set sorted, joined by spaces). */
  wide: Map<string, Set<string>>;
}

const runIndexCache = new WeakMap<object, RunIndex>();

function runIndex(ctx: VerifyContext): RunIndex {
  let index = runIndexCache.get(ctx.source);
  if (!index) {
    index = { keys: [], byKey: new Map(), wide: new Map() };
    for (const r of ctx.source.names.runs) {
      const at = index.keys.length;
      const keys = r.tokens.map((t) => norm(t.text));
      index.keys.push(keys);
      for (const k of new Set(keys)) {
        const list = index.byKey.get(k);
        if (list) list.push(at);
        else index.byKey.set(k, [at]);
      }
    }
    runIndexCache.set(ctx.source, index);
  }
  return index;
}

/** The keys of the release's name runs that contain every word of `caps`. */
function runsWith(ctx: VerifyContext, caps: string[]): Set<string> {
  const index = runIndex(ctx);
  const id = [...new Set(caps)].sort().join(' ');
  let set = index.wide.get(id);
  if (!set) {
    set = new Set();
    // only the runs that contain the rarest of the words can contain them all
    let runs: number[] = [];
    for (const [i, c] of caps.entries()) {
      const list = index.byKey.get(c) ?? [];
      if (i === 0 || list.length < runs.length) runs = list;
    }
    for (const at of runs) {
      const ks = index.keys[at]!;
      if (caps.every((c) => ks.includes(c))) for (const k of ks) set.add(k);
    }
    index.wide.set(id, set);
  }
  return set;
}

/** An entity's keys, widened by the keys of the release's runs that contain its capitalised words. */
type Wide = (key: string) => boolean;

/** Entities of a source actor, each widened by the names the release writes that contain it ("the Secretary" → Secretary of State Antony J. Blinken). */
const wideCache = new WeakMap<Action, Wide[]>();

function widened(ctx: VerifyContext, s: Action): Wide[] {
  const hit = wideCache.get(s);
  if (hit) return hit;
  const out = s.entities.map((e): Wide => {
    const own = new Set(e);
    const caps = s.actor
      .filter((t) => /^\p{Lu}/u.test(t.text))
      .map((t) => norm(t.text))
      .filter((k) => e.includes(k));
    if (caps.length === 0) return (k) => own.has(k);
    const runs = runsWith(ctx, caps);
    return (k) => own.has(k) || runs.has(k);
  });
  wideCache.set(s, out);
  return out;
}

function isWe(a: Action): boolean {
  const w = a.actor.filter((t) => t.kind !== 'punct').map((t) => t.text.toLowerCase());
  return w.length === 1 && (w[0] === 'we' || w[0] === 'us');
}

const longFormCache = new WeakMap<object, Array<[RegExp, string]>>();

/** The release's acronym definitions ("Dstl (the Defence Science and Technology Laboratory)"): each long form with its acronym; and the other spellings of names.ts. */
function longForms(ctx: VerifyContext): Array<[RegExp, string]> {
  let forms = longFormCache.get(ctx.source);
  if (!forms) {
    const list: Array<[RegExp, string]> = [];
    const add = (long: string, short: string): void => {
      const esc = long
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\s+/g, '\\s+')
        .replace(/'/g, "['’]");
      list.push([new RegExp(`(?<![\\p{L}])(?:the\\s+)?${esc}(?![\\p{L}])`, 'giu'), short]);
    };
    const text = ctx.source.read.text;
    for (const d of scanAcronyms(text, { language: ctx.language }).definitions) {
      // "Economy and Health Dialogue of the Americas (EHA)": a bracket after a name whose initials
      // skip a word gives no long form, but the release still names the acronym by the words
      // before it: each run of two or more of them from a capitalised word to the bracket
      if (!d.long && d.shape === 'long (ACR)' && text[d.span.start] === '(')
        for (const name of namesBefore(text, d.span.start)) add(name, d.acronym.toLowerCase());
      if (!d.long || d.long.split(/\s+/).length < 2) continue;
      add(d.long, d.acronym.toLowerCase());
    }
    // and the names the verifier knows by two spellings ("Organization for Security and
    // Co-operation in Europe" = OSCE, names.ts), read as their first
    for (const group of sameNames())
      for (const long of group.slice(1)) if (long.split(' ').length > 1) add(long, group[0]!);
    // the longest first: "United States Agency for International Development" is USAID before
    // its "United States" can be read as US
    list.sort((x, y) => y[0].source.length - x[0].source.length);
    longFormCache.set(ctx.source, (forms = list));
  }
  return forms;
}

/** The capitalised names (two words or more, "of", "and", "the" inside) that end right before `open`. */
function namesBefore(text: string, open: number): string[] {
  const words = text
    .slice(Math.max(0, open - 300), open)
    .trimEnd()
    .split(/\s+/);
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (/[.,;:!?)]$/u.test(w) || !(/^\p{Lu}/u.test(w) || /^(?:of|and|for|the|on|in|to|&)$/.test(w))) break;
    run.unshift(w);
  }
  const out: string[] = [];
  for (let k = 0; k < run.length - 1; k++) if (/^\p{Lu}/u.test(run[k]!)) out.push(run.slice(k).join(' '));
  return out;
}

/** Each action's flat actor, per list of long forms (one list per release): an action meets many others. */
const flatCache = new WeakMap<Array<[RegExp, string]>, WeakMap<Action, string>>();

/** An actor as words, each long form the release defines read as its acronym, without articles. */
function flatActor(a: Action, forms: Array<[RegExp, string]>): string {
  let byAction = flatCache.get(forms);
  if (!byAction) flatCache.set(forms, (byAction = new WeakMap()));
  let flat = byAction.get(a);
  if (flat === undefined) byAction.set(a, (flat = flattened(a, forms)));
  return flat;
}

function flattened(a: Action, forms: Array<[RegExp, string]>): string {
  // a bracket is no part of the actor (as clauses.ts reads its entities): "Clean Energy Demand
  // Initiative (CEDI)" is the long form, read as CEDI
  let s = phrase(a).replace(/[’']s$/, '');
  for (const [re, acr] of forms) s = s.replace(re, acr);
  // a numbered session after its body's long form is the session: "the Conference of the Parties
  // (COP27)" is COP27, as the release writes it
  s = s.replace(/(?<![\p{L}])(\p{L}{2,})\s*\(\s*\1(\d{1,3})\s*\)/giu, '$1$2').replace(/\s*\(\s*[^()]*\)/g, '');
  return s
    .toLowerCase()
    .replace(/(?<![\p{L}])(?:the|a|an)\s+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Why the version's actor is not the source's (a message of the catalogue), or null when it is. */
type Why = { messageId: VerifyMessageId; data: Record<string, string> };

/** Why the version's actor is not the source's, or null when it is. */
export function actorChange(ctx: VerifyContext, o: Action, s: Action): Why | null {
  const why = actorChangeAsWritten(ctx, o, s);
  if (why === null) return null;
  // "The Environmental Protection Agency published" for "EPA published", where the release defines EPA
  const forms = longForms(ctx);
  return forms.length > 0 && flatActor(o, forms) === flatActor(s, forms) ? null : why;
}

function actorChangeAsWritten(ctx: VerifyContext, o: Action, s: Action): Why | null {
  if (o.entities.length === 0 || s.entities.length === 0) return null;
  if (isWe(o)) {
    if (isWe(s)) return null;
    const we = ctx.we.flatMap((x) => aliases(x));
    const src = s.entities.map((e) => e.join(' '));
    if (
      src.some((e) =>
        we.some((w) => w.replace(/\./g, '').replace(/s\b/g, '') === e || e.endsWith(w.replace(/\./g, ''))),
      )
    )
      return null;
    return { messageId: 'we-stands-for', data: { actor: s.actor.map((t) => t.text).join(' ') } };
  }
  if (isPronounActor(o)) return null;
  const wide = widened(ctx, s);
  for (const e of o.entities) {
    if (
      !wide.some((has) => e.every((k) => has(k))) &&
      !otherSpelling(e).some((f) => wide.some((has) => f.every((k) => has(k))))
    )
      return { messageId: 'other-actor', data: { release: phrase(s), version: phrase(o) } };
  }
  const named = (ents: string[][]): number => ents.length;
  if (s.entities.length > 1 && named(o.entities) < named(s.entities))
    return { messageId: 'joint-actor', data: { release: phrase(s), version: phrase(o) } };
  return null;
}

/** An entity's keys as clauses.ts makes them (lower case, dots and a final "s" dropped). */
const entityKeys = (form: string): string[] =>
  form
    .split(' ')
    .filter((w) => w !== 'the' && w !== 'of')
    .map((w) => w.replace(/'s$/, '').replace(/\./g, '').replace(/s$/, ''));

/** The other spellings of the same name as entity keys ("U.S." → "United States", "America"), or none. */
function otherSpelling(e: readonly string[]): string[][] {
  const mine = e.filter((w) => w !== 'of').join(' ');
  for (const group of sameNames()) {
    const forms = group.map(entityKeys);
    if (forms.some((f) => f.join(' ') === mine)) return forms.filter((f) => f.join(' ') !== mine);
  }
  return [];
}

const phrase = (a: Action): string =>
  a.actor
    .map((t) => t.text)
    .join(' ')
    .replace(/ ([,.’'])/g, '$1') || '(no one)';

export const attributionRule: VerifyRule = {
  meta: {
    id: 'attribution',
    category: 'attribution',
    description:
      'Each action the version shares with the release keeps its actor: no action moves to another person, country or thing, and a joint actor keeps every member.',
    source:
      'issue 12 (two measured attribution changes: “The Governments of Austria released the following statement, Brazil, Colombia, …”; “… and reaffirmed openness to diplomacy and dialogue with the DPRK.”)',
  },
  check(ctx) {
    const out: VerifyFinding[] = [];
    for (const o of ctx.output.actions) {
      const cands = matches(ctx, o);
      if (cands.length === 0) continue;
      const reasons = cands.map((s) => actorChange(ctx, o, s));
      if (reasons.some((r) => r === null)) continue;
      const s = cands[0]!;
      const start = o.actor[0]?.start ?? o.verb.start;
      out.push({
        rule: 'attribution',
        category: 'attribution',
        ...worded(reasons[0]!.messageId, reasons[0]!.data),
        start,
        end: o.verb.end,
        text: ctx.output.read.text.slice(start, o.verb.end),
        source: { start: s.sentence.start, end: s.sentence.end, text: s.sentence.text },
      });
    }
    return out;
  },
};

const setKey = (s: Set<string>): string => [...s].sort().join('+') || 'plain';

export const modalityRule: VerifyRule = {
  meta: {
    id: 'modality',
    category: 'modality',
    description:
      'Hedges and modality survive: an action the release says may, will, could or is planned to happen (or did not happen) is said the same way in the version.',
    source: 'issue 12: “may”, “plans to”, “will consider” survive',
  },
  check(ctx) {
    const out: VerifyFinding[] = [];
    for (const o of ctx.output.actions) {
      const cands = matches(ctx, o).filter((s) => actorChange(ctx, o, s) === null);
      if (cands.length === 0) continue;
      const mine = setKey(o.modality);
      if (cands.some((s) => setKey(s.modality) === mine)) continue;
      const s = cands[0]!;
      const start = o.actor.at(-1)?.end ?? o.verb.start;
      out.push({
        rule: 'modality',
        category: 'modality',
        ...worded('modality', { release: setKey(s.modality), version: mine }),
        start: Math.min(start, o.verb.start),
        end: o.verb.end,
        text: ctx.output.read.text.slice(Math.min(start, o.verb.start), o.verb.end).trim(),
        source: { start: s.sentence.start, end: s.sentence.end, text: s.sentence.text },
      });
    }
    return out;
  },
};
