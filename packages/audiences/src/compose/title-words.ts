/**
 * The title method of extractive summarising (Edmundson 1969, “New Methods in Automatic
 * Extracting”, J. ACM 16(2): 264–285: a sentence that shares words with the title is likelier to
 * carry the document's subject): the editor's headline says what the release is about, so a
 * sentence that repeats its words is the news, not the scene around it. GOV.UK's “Public approval
 * for driving limits for 16 drugs” opens with “the government’s ambition … moved a step closer”;
 * the sentence that says “the recommended limits for 16 different drugs have now been approved”
 * shares four of the title's six words (../shared/eval en_govuk_03).
 */
import type { Report } from '@attache/core';

/** Words that carry no subject of their own (function words, a release's furniture). */
const STOP = new Set(
  (
    'a an and are as at be by for from has have in into is it its of on or the to with will was were ' +
    'this that these those their our his her after over about new more than what who how why ' +
    'u.s united states department secretary statement statements release press readout remarks ' +
    'и в во на с со к ко по о об от до за из для при не что как это его ее её их а но или же ли ' +
    'президент президента россии российской федерации встреча заявление'
  ).split(' '),
);

/** A word's rough stem: lower case, a few inflectional endings off, at most six letters. */
export function roughStem(word: string): string {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  const en = /^[a-z]/.test(w);
  const bare = en
    ? w.replace(/(?:ations?|ings?|ed|es|s|e|al)$/u, '')
    : w.replace(
        /(?:ами|ями|ого|его|ому|ему|ыми|ими|ой|ей|ий|ый|ая|яя|ое|ее|ые|ие|ам|ям|ах|ях|ов|ев|ом|ем|ую|юю|а|я|о|е|ы|и|у|ю|ь)$/u,
        '',
      );
  return bare.slice(0, 6);
}

/** The content words of a text, as rough stems. */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.’'-]*/gu)) {
    const w = m[0].replace(/[.’'-]+$/u, '');
    if (STOP.has(w.toLowerCase()) || (w.length < 3 && !/\d/.test(w))) continue;
    out.add(/\d/.test(w) ? w : roughStem(w));
  }
  return out;
}

/** The release's title: its title region, else a “Title:” field of a header. */
export function releaseTitle(report: Report, input: string): string | null {
  const region = (report.regions ?? []).find((r) => r.kind === 'title');
  if (region) return input.slice(region.start, region.end).trim();
  const field = /^(?:Title|Заголовок|Название)\s*:\s*(.{5,300})$/mu.exec(input.slice(0, 3000));
  return field ? field[1]!.trim() : null;
}

/** The share of the title's content words a sentence repeats (0 when the title has fewer than two). */
export function titleShare(title: Set<string>, sentence: string): number {
  if (title.size < 2) return 0;
  const own = contentStems(sentence);
  let shared = 0;
  for (const t of title) if (own.has(t)) shared++;
  return shared / title.size;
}
