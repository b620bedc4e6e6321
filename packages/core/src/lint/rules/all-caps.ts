/**
 * Words in capitals read as shouting and are harder to read (GOV.UK style guide: "Do not use
 * block capitals"; Главред). Reported: a run of two or more words in capitals ("PLEASE NOTE"),
 * a single capitalised word of more than five letters ("IMPORTANT"), and listed shouted words
 * ("NOTE", "ВАЖНО"). Not reported: acronyms of five letters or fewer, acronyms spelled out in
 * the text, well-known acronyms (the list of `acronym-definition`), Roman numerals, and (Latin
 * script) one word in capitals before a capitalised word: a name ("the REMADE Institute"), nor a
 * line wholly in capitals without a sentence end (a heading, byline or schedule line:
 * "SECRETARY ANTONY J. BLINKEN", "(POOLED PRESS COVERAGE)").
 */
import { z } from 'zod';
import { builtinLists } from '../data/index.js';
import { norm } from '../morph.js';
import type { Rule } from '../types.js';
import { docsUrl } from '../util.js';
import { acronymInfo, acronymOf, firstName, looksLikeWord } from './acronyms.js';
import { knownAcronyms } from './acronym-definition.js';

const Options = z
  .object({
    /** Single words in capitals longer than this are reported (acronyms are rarely longer). */
    maxAcronym: z.number().int().min(1).default(5),
  })
  .strict();
type Options = z.infer<typeof Options>;

/** Letters only (with hyphens): "OX11 0QX", "G20", "COVID-19" are codes, not shouting. */
function isCaps(t: string): boolean {
  const c = t.charAt(1);
  return !!c && c !== c.toLowerCase() && /^\p{Lu}[\p{Lu}-]*$/u.test(t) && (t.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

const letters = (t: string): number => t.match(/\p{L}/gu)?.length ?? 0;

export const allCaps: Rule<Options> = {
  meta: {
    id: 'all-caps',
    kind: 'existence',
    languages: ['en', 'ru', 'fr', 'es', 'de'],
    description: 'Words in capitals (shouting), not counting acronyms that are short, defined or well known.',
    url: docsUrl('all-caps'),
    severity: 'warning',
    messages: ['caps'],
    fixable: false,
    options: Options,
    data: true,
    sources: ['govuk-style', 'glavred'],
  },
  create(ctx) {
    const shouted = new Set<string>();
    const conventions = new Set<string>();
    for (const l of ctx.lists) {
      for (const e of l.entries) shouted.add(norm(e.pattern));
      for (const e of l.sets?.conventions ?? []) conventions.add(norm(e.pattern));
    }
    const known = knownAcronyms(builtinLists(ctx.language).filter((l) => l.rule === 'acronym-definition'));
    const info = acronymInfo(ctx);
    const text = ctx.prose.text;
    const { tokens, defined } = info;
    const acceptable = (t: string): boolean => {
      const w = norm(t);
      if (conventions.has(w)) return true;
      if (shouted.has(w)) return false;
      const a = acronymOf(t);
      if (!a) return true; // Roman numerals, single letters
      if (known.has(norm(a)) || defined.has(a)) return true;
      return false;
    };
    // A capitalised word used more than once is a name or an acronym (ECOWAS), not a shout.
    const uses = new Map<string, number>();
    for (const { token } of tokens) if (isCaps(token.text)) uses.set(token.text, (uses.get(token.text) ?? 0) + 1);
    const reported = new Set<string>();
    // A line in capitals with no lower-case letter and no sentence end is a heading, a byline or
    // a schedule line ("SECRETARY ANTONY J. BLINKEN", "BRIEFING SCHEDULE", "(POOLED PRESS
    // COVERAGE)" in the State Department's public schedules): the source's typography, not shouting.
    const capsLine = new Map<object, boolean>();
    const isCapsLine = (sentence: { start: number; end: number }): boolean => {
      let v = capsLine.get(sentence);
      if (v === undefined) {
        const t = text.slice(sentence.start, sentence.end).trim();
        v = !/\p{Ll}/u.test(t) && (!/[.!?…]$/u.test(t) || /^\(.*\)$/su.test(t)) && !/\n\s*\n/u.test(t);
        capsLine.set(sentence, v);
      }
      return v;
    };
    let i = 0;
    while (i < tokens.length) {
      const { token, sentence } = tokens[i]!;
      if (!isCaps(token.text) || isCapsLine(sentence)) {
        i++;
        continue;
      }
      // Extend a run of capitalised words within the sentence, spaces (or hyphens) between them.
      let j = i;
      while (
        j + 1 < tokens.length &&
        tokens[j + 1]!.sentence === sentence &&
        isCaps(tokens[j + 1]!.token.text) &&
        /^[\s\u00a0,:&-]+$/.test(text.slice(tokens[j]!.token.end, tokens[j + 1]!.token.start))
      )
        j++;
      const run = tokens.slice(i, j + 1).map((x) => x.token.text);
      // One word in capitals before a capitalised word is part of a name ("the BOTTLE Consortia",
      // "the REMADE Institute"), not a shout; a listed shouted word ("NOTE") still is. Latin
      // script only (Russian names are left to its own data).
      const next = tokens[j + 1];
      // Alone in brackets after the name it shortens ("the President’s Emergency Plan for
      // Adaptation and Resilience (PREPARE)"): an acronym given there, not a shout.
      // (so is a short title in capitals there, with its kind: "the Strengthening the Opposition to
      // Female Genital Mutilation Act (STOP FGM Act)", heldout27-en)
      const bracketed =
        text.charAt(token.start - 1) === '(' &&
        (j === i
          ? text.charAt(token.end) === ')'
          : /^(?:[\s\u00a0]+\p{Lu}[\p{L}’'-]*){0,3}\)/u.test(
              text.slice(tokens[j]!.token.end, tokens[j]!.token.end + 40),
            ));
      const inName =
        ctx.language !== 'ru' &&
        ((bracketed && j === i) ||
          (j === i &&
            !!next &&
            next.sentence === sentence &&
            /^\p{Lu}\p{Ll}/u.test(next.token.text) &&
            /^[\s\u00a0]+$/.test(text.slice(token.end, next.token.start))));
      // Shouting: a listed word ("NOTE"), or an ordinary word too long for an acronym that is
      // neither known, defined nor repeated. A run is reported whole when it holds one.
      // A person's name in capitals ("VIKTOR ZOLOTOV is a Russian General …": a designation
      // list's convention): a first name, then words that are names or no English word at all.
      if (
        ctx.language === 'en' &&
        firstName(run[0]!, ctx.language) &&
        run.slice(1).every((t) => firstName(t, ctx.language) || !looksLikeWord(t, ctx.language))
      ) {
        i = j + 1;
        continue;
      }
      // a short title of words in capitals in brackets after the name it shortens is the name, even
      // with a listed word in it ("STOP")
      if (ctx.language !== 'ru' && bracketed && j > i) {
        i = j + 1;
        continue;
      }
      const report = run.some(
        (t) =>
          !acceptable(t) &&
          (shouted.has(norm(t)) ||
            (!inName &&
              letters(t) > ctx.options.maxAcronym &&
              (uses.get(t) ?? 0) < 2 &&
              looksLikeWord(t, ctx.language))),
      );
      const key = run.join(' ');
      if (report && !reported.has(key)) {
        reported.add(key);
        const start = token.start;
        const end = tokens[j]!.token.end;
        const actual = text.slice(start, end);
        const first = text.slice(sentence.start, start).trim() === '';
        const lower = actual.toLowerCase();
        const suggestion = first ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
        ctx.report({ messageId: 'caps', data: { actual }, start, end, suggestions: [suggestion], term: norm(actual) });
      }
      i = j + 1;
    }
  },
};
