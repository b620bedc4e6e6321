/**
 * Plain Russian words in a version's sentence: the fixes core's lint offers from its Russian
 * plain-word data (lint/data/ru/plain-words.json, sources there: «в ходе» → «во время», «по
 * окончании» → «после», «вышеупомянутых» → «этих»), already put into the form the sentence needs
 * by core (the morphology agrees them), and only those the data marks as a fix, not the
 * suggestions a writer must weigh («проинформировал» → «сообщил» changes the verb's case). Each
 * sentence keeps its edits only when the verifier passes it.
 */
import { analyze } from '@attache/core';

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
