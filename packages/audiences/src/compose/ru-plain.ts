/**
 * Plain Russian words in a version's sentence: the fixes core's lint offers from its Russian
 * plain-word data (lint/data/ru/plain-words.json, sources there: «в ходе» → «во время», «по
 * окончании» → «после», «вышеупомянутых» → «этих»), already put into the form the sentence needs
 * by core (the morphology agrees them), and only those the data marks as a fix, not the
 * suggestions a writer must weigh («проинформировал» → «сообщил» changes the verb's case). Each
 * sentence keeps its edits only when the verifier passes it.
 */
import { analyze, russianMorphology } from '@attache/core';

export function plainRussian(s: string, ok: (text: string) => boolean): string {
  if (/[«“"][^»”"]*\s[^»”"]*[»”"]/u.test(s)) return s; // speech stays as said
  let fixes: Array<{ start: number; end: number; text: string }>;
  try {
    fixes = analyze(s, { language: 'ru' })
      .findings.filter((f) => f.ruleId === 'plain-words' && f.fix)
      .map((f) => ({ start: f.fix!.range[0], end: f.fix!.range[1], text: f.fix!.text }));
  } catch {
    return s;
  }
  if (fixes.length === 0) return s;
  let out = s;
  let last = Infinity;
  for (const f of fixes.toSorted((a, b) => b.start - a.start)) {
    if (f.end > last) continue; // overlapping: the later one stands
    out = out.slice(0, f.start) + f.text + out.slice(f.end);
    last = f.start;
  }
  return out !== s && ok(out) ? out : s;
}

/**
 * Evaluative adjectives of the diplomatic readout that say nothing a reader can check, by lemma
 * (core's diplomatic-boilerplate data: «углублённый обмен мнениями», «актуальные вопросы»,
 * «перспективы дальнейшего развития»; Glavred's «оценка» stop words). Not «конструктивный»,
 * «тёплый», «серьёзный»: those are what the release reports («отмечен конструктивный характер»).
 */
const EVALUATIVE = new Set([
  'продолжительный',
  'углублённый',
  'углубленный',
  'подробный',
  'актуальный',
  'дальнейший',
  'обстоятельный',
  'всесторонний',
  'детальный',
  'содержательный',
]);

/**
 * `s` without the evaluative adjectives before their noun ("проведён углублённый обмен мнениями
 * по актуальным вопросам дальнейшего развития" → "проведён обмен мнениями по вопросам развития"),
 * a pair joined by "и" together ("подробный и откровенный обмен" keeps "откровенный" alone). Only
 * with the morphology (the lemma and the part of speech decide); kept only when the verifier passes.
 */
export function dropEvaluative(s: string, ok: (text: string) => boolean): string {
  const m = russianMorphology();
  if (!m || /[«“"]/u.test(s)) return s;
  const ws = [...s.matchAll(/\p{L}[\p{L}-]*/gu)].map((x) => ({
    text: x[0],
    start: x.index,
    end: x.index + x[0].length,
  }));
  const evaluative = (w: string): boolean =>
    /^\p{Ll}/u.test(w) &&
    m
      .parse(w)
      .some(
        (p) =>
          p.pos === 'ADJF' && p.score >= 0.3 && (EVALUATIVE.has(p.lemma) || EVALUATIVE.has(p.lemma.replace(/ё/g, 'е'))),
      );
  const cuts: Array<[number, number]> = [];
  for (let i = 0; i + 1 < ws.length; i++) {
    const w = ws[i]!;
    if (!evaluative(w.text)) continue;
    // the second of a pair ("прочного и продолжительного мира"): its first is what the release says, the pair stays
    const prev = ws[i - 1];
    if (prev && (/^(?:и|или|а|но)$/u.test(prev.text) || /,\s*$/u.test(s.slice(prev.end, w.start)))) continue;
    const next = ws[i + 1]!;
    if (s.slice(w.end, next.start) !== ' ') continue;
    // "A и B noun": both evaluative go together, one alone leaves "B noun"
    if (next.text === 'и' && ws[i + 2] && s.slice(next.end, ws[i + 2]!.start) === ' ') {
      const third = ws[i + 2]!;
      if (evaluative(third.text) && ws[i + 3]) cuts.push([w.start, ws[i + 3]!.start]);
      else cuts.push([w.start, third.start]);
      i += 2;
      continue;
    }
    if (/^\p{Ll}/u.test(next.text) && next.text !== 'характер') cuts.push([w.start, next.start]);
  }
  if (cuts.length === 0) return s;
  let out = s;
  for (const [a, b] of cuts.toReversed()) out = out.slice(0, a) + out.slice(b);
  out = out.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return ok(out) ? out : s;
}
