/**
 * Idioms and phrasal verbs found in a text, by the proposers' list matcher: what the foreign
 * audience's `idiomsLeft` and the checklist's "idioms" item report.
 */
import { EN, RU } from './data/index.js';
import type { Doc, Span } from './doc.js';
import { compilePhrases, compileVerbs, matchList } from './proposers/match-list.js';
import { re } from './spans.js';

let idiomLists: { en: ReturnType<typeof compileVerbs>[]; ru: ReturnType<typeof compileVerbs>[] } | undefined;

export function idiomSpans(doc: Doc, withPhrasal: boolean): Span[] {
  idiomLists ??= {
    en: [compilePhrases(EN.idioms), compileVerbs(EN.phrasalVerbs)],
    ru: [],
  };
  if (doc.language === 'ru') {
    const out: Span[] = [];
    for (const e of RU.idioms)
      for (const [form] of e.forms) out.push(...re(doc, new RegExp(`(?<![\\p{L}])${form}(?![\\p{L}])`, 'giu')));
    return out;
  }
  const lists = withPhrasal ? idiomLists.en : idiomLists.en.slice(0, 1);
  return lists.flatMap((l) =>
    matchList(doc, l, { kind: 'idiom', rationale: 'idiom', confidence: 1, safe: true, ruleId: 'x' }).map((d) => ({
      start: d.start,
      end: d.end,
    })),
  );
}

/**
 * Idioms and (for foreign readers) phrasal verbs left in a text: the figure the evaluation
 * reports. The same matcher as the proposals, counting also the uses whose verb form it could
 * not tell (which it does not rewrite); uses inside quotes and names are not counted.
 */
export function idiomsLeft(doc: Doc): Span[] {
  if (doc.language === 'ru') return idiomSpans(doc, true);
  const lists = [compilePhrases(EN.idioms), compileVerbs(EN.phrasalVerbs)];
  return lists.flatMap((l) =>
    matchList(doc, l, {
      kind: 'idiom',
      rationale: 'idiom',
      confidence: 1,
      safe: true,
      ruleId: 'x',
      countOnly: true,
    }).map((d) => ({ start: d.start, end: d.end })),
  );
}
