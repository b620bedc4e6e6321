/**
 * The institution speaks of itself in the third person: "The Ministry informs", "The Department
 * of State announces", "Министерство сообщает". Write "we" (GOV.UK style guide: "Address the
 * user as 'you'… use 'we' for the department"; Ильяхов & Сарычева on "мы" instead of the
 * organisation's name). Only the present tense is reported: "The Department announced" may be a
 * third party reporting.
 *
 * Data: `entries` are institution nouns; `sets.verbs` the verbs of announcing (English 3rd
 * person singular present; Russian likewise), each with the context it must have (`when`, as the
 * list rules read it): "reports" is announcing, not a body's place in a hierarchy ("The Commission
 * reports to the President": notBefore "to").
 */
import { z } from 'zod';
import type { Token } from '../../text/tokenize.js';
import { contextHolds } from '../context.js';
import { baseOfThird } from '../../morph/en-verbs.js';
import { norm, stemRu } from '../morph.js';
import type { EntryWhen, ListFile } from '../schema.js';
import type { Rule, RunContext } from '../types.js';
import { docsUrl, words } from '../util.js';

const Options = z.object({}).strict();
type Options = z.infer<typeof Options>;

export const institutionalThirdPerson: Rule<Options> = {
  meta: {
    id: 'institutional-third-person',
    kind: 'existence',
    languages: ['en', 'ru'],
    description: 'The institution speaking of itself in the third person ("The Ministry informs"): write "we".',
    url: docsUrl('institutional-third-person'),
    severity: 'warning',
    messages: ['thirdPerson'],
    fixable: false,
    options: Options,
    data: true,
    sources: ['govuk-words', 'ilyakhov', 'glavred'],
  },
  create(ctx) {
    const { nouns, verbs } = load(ctx.lists, ctx.language);
    for (const s of ctx.sentences) {
      const toks = words(ctx, s);
      for (let v = 1; v < toks.length; v++) {
        const vw = norm(toks[v]!.text);
        if (!verbs.has(vw)) continue;
        const when = verbs.get(vw);
        if (when && !contextHolds(when, ctx.prose.text, toks, v, v + 1, ctx.prose.regions)) continue;
        const subj = ctx.language === 'ru' ? subjectRu(ctx, toks, v, nouns) : subjectEn(ctx, toks, v, nouns);
        if (subj < 0) continue;
        let end = v;
        // "wishes to inform", "would like to inform": take the verb group.
        if (ctx.language === 'en' && (vw === 'wishes' || vw === 'would')) {
          let k = v + 1;
          while (
            k < toks.length &&
            k <= v + 3 &&
            [
              'like',
              'to',
              'inform',
              'announce',
              'advise',
              'remind',
              'notify',
              'express',
              'stress',
              'emphasise',
              'emphasize',
              'draw',
            ].includes(norm(toks[k]!.text))
          )
            k++;
          if (k - 1 > v && norm(toks[k - 1]!.text) !== 'to' && norm(toks[k - 1]!.text) !== 'like') end = k - 1;
          else continue;
        }
        const actual = ctx.prose.text.slice(toks[subj]!.start, toks[end]!.end);
        const expected =
          ctx.language === 'ru'
            ? `${cap(actual, 'мы')} ${firstPlural(vw)}`
            : `${cap(actual, 'we')} ${weForm(ctx.prose.text.slice(toks[v]!.start, toks[end]!.end))}`;
        ctx.report({
          messageId: 'thirdPerson',
          data: { actual, expected },
          start: toks[subj]!.start,
          end: toks[end]!.end,
          suggestions: [expected],
        });
      }
    }
  },
};

const cap = (model: string, w: string): string => (/^\p{Lu}/u.test(model) ? w.charAt(0).toUpperCase() + w.slice(1) : w);

function weForm(verbGroup: string): string {
  const [first, ...rest] = verbGroup.split(/(\s+)/);
  const f = first!.toLowerCase();
  // core's one rule of English third-person forms ("wishes" → "wish", "has" → "have",
  // "emphasizes" → "emphasize", not heldout27-en's "We emphasiz"); "would" has none and stays
  return [baseOfThird(f) ?? f, ...rest].join('');
}

/** сообщает → сообщаем, просит → просим, даёт → даём. */
function firstPlural(v: string): string {
  if (v.endsWith('ет')) return v.slice(0, -2) + 'ем';
  if (v.endsWith('ит')) return v.slice(0, -2) + 'им';
  return v;
}

/** The verbs of announcing, each with its context condition (undefined: none). */
type Verbs = Map<string, EntryWhen | undefined>;

const cache = new WeakMap<ListFile, { nouns: Set<string>; verbs: Verbs }>();
function load(lists: readonly ListFile[], language: string): { nouns: Set<string>; verbs: Verbs } {
  const key = lists.length === 1 ? lists[0]! : null;
  const hit = key ? cache.get(key) : undefined;
  if (hit) return hit;
  const nouns = new Set<string>();
  const verbs: Verbs = new Map();
  for (const l of lists) {
    for (const e of l.entries) nouns.add(language === 'ru' ? stemRu(norm(e.pattern)) : norm(e.pattern));
    for (const e of l.sets?.verbs ?? []) verbs.set(norm(e.pattern), e.when);
  }
  const out = { nouns, verbs };
  if (key) cache.set(key, out);
  return out;
}

const EN_LINK = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to']);

/** Index of the subject's first token ("The") or -1: capitalised words with an institution noun. */
function subjectEn(ctx: RunContext<Options>, toks: Token[], v: number, nouns: Set<string>): number {
  const text = ctx.prose.text;
  let k = v - 1;
  let noun = false;
  let first = -1;
  while (k >= 0 && k >= v - 10) {
    const gap = text.slice(toks[k]!.end, toks[k + 1]!.start);
    // "U.S. Embassy": the abbreviation's final dot may stand in the gap.
    if (/[^\s\u00a0]/.test(toks[k]!.text.includes('.') ? gap.replace(/^\./, '') : gap)) break;
    const t = toks[k]!.text;
    const w = norm(t);
    if (/^\p{Lu}/u.test(t)) {
      if (nouns.has(w)) noun = true;
      first = k;
    } else if (EN_LINK.has(w)) {
      if (w === 'the') {
        first = k;
        break;
      }
    } else break;
    k--;
  }
  if (!noun || first < 0) return -1;
  // The subject starts the sentence (or follows "the"): not "… with the Ministry informs".
  if (first === 0 || norm(toks[first]!.text) === 'the') {
    const w = norm(toks[first]!.text);
    if (first > 0 && w === 'the') {
      // "the" must open the sentence or follow a clause boundary.
      const before = text.slice(toks[first - 1]!.end, toks[first]!.start);
      if (!/[,;:—–]/.test(before)) return -1;
    }
    // The last word before the verb must be capitalised (the name, not "… of the day").
    if (!/^\p{Lu}/u.test(toks[v - 1]!.text)) return -1;
    return first;
  }
  return -1;
}

function subjectRu(ctx: RunContext<Options>, toks: Token[], v: number, nouns: Set<string>): number {
  const text = ctx.prose.text;
  // The institution opens the sentence; up to 8 words (its name) before the verb, no punctuation.
  const first = 0;
  if (v > 9) return -1;
  const w = norm(toks[first]!.text);
  if (!/^\p{Lu}/u.test(toks[first]!.text)) return -1;
  if (!nouns.has(stemRu(w)) && !nouns.has(w)) return -1;
  for (let k = first; k < v; k++) if (/[^\s\u00a0]/.test(text.slice(toks[k]!.end, toks[k + 1]!.start))) return -1;
  return first;
}
