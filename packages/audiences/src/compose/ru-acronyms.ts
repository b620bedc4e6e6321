/**
 * Russian acronyms spelled out on first use in a translation-ready version (GOV.UK style and
 * Global English: spell out an acronym on first use), from the release's own words: kremlin.ru
 * writes «Председателем Китайской Народной Республики» once and «Председателя КНР» after, so
 * the version writes «Председателя КНР (Китайская Народная Республика)». The long form is the
 * release's run of words whose initials are the acronym's letters («ВС РФ» ← «Вооружённые Силы
 * Российской Федерации»), put into the nominative with the OpenCorpora morphology up to its head
 * noun (what follows the head, «Российской Федерации», is its complement and keeps its case), as
 * a gloss in brackets takes it. An acronym the release never spells out stays as it is (the
 * measure reports it); nothing is guessed.
 */
import { russianMorphology, scanAcronyms, type RussianMorphology } from '@attache/core';

const WORD = /\p{L}[\p{L}-]*/gu;
const fold = (s: string): string => s.toLowerCase().replace(/ё/g, 'е');

/** The release's words whose initials spell `acronym` (capitalised runs first), or null. */
function longFormIn(input: string, acronym: string): string | null {
  const letters = fold(acronym.replace(/[^\p{L}]/gu, ''));
  if (letters.length < 2 || letters.length > 6) return null;
  const ws = [...input.matchAll(WORD)];
  let best: string | null = null;
  for (let i = 0; i + letters.length <= ws.length; i++) {
    const run = ws.slice(i, i + letters.length);
    if (!run.every((w, k) => fold(w[0].charAt(0)) === letters[k])) continue;
    // one phrase: only spaces between its words
    const from = run[0]!.index;
    const last = run.at(-1)!;
    const text = input.slice(from, last.index + last[0].length);
    if (/[^\p{L}\s-]/u.test(text) || run.some((w) => w[0].length < 3)) continue;
    if (fold(text) === letters) continue;
    const capitals = run.filter((w) => /^\p{Lu}/u.test(w[0])).length;
    if (!best || capitals > (best.match(/(?:^|\s)\p{Lu}/gu)?.length ?? 0)) best = text;
  }
  return best;
}

/**
 * `phrase` in the nominative up to its head noun (the first noun), the words after it as they
 * are; null when the morphology cannot. The words up to the head are read in the one case and
 * number they share («Китайской Народной Республики»: genitive singular, though «Республики»
 * alone may be a nominative plural); a phrase already in the nominative stays as written.
 */
function nominative(m: RussianMorphology, phrase: string): string | null {
  const words = phrase.split(/\s+/);
  const headAt = words.findIndex((w) => m.parse(w).some((p) => p.pos === 'NOUN'));
  if (headAt < 0) return null;
  const np = words.slice(0, headAt + 1);
  const readings = np.map((w) =>
    m.parse(w).filter((p) => (p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'PRTF') && p.case && p.number),
  );
  if (readings.some((r) => r.length === 0)) return null;
  const key = (p: { case: string | null; number: string | null }): string => `${p.case} ${p.number}`;
  const shared = [...new Set(readings[0]!.map(key))].filter((k) => readings.every((r) => r.some((p) => key(p) === k)));
  if (shared.length === 0) return null;
  if (shared.some((k) => k.startsWith('nomn '))) return phrase;
  const [, number] = shared[0]!.split(' ') as [string, 'sing' | 'plur'];
  const head = readings[headAt]!.find((p) => key(p) === shared[0])!;
  const out: string[] = [];
  for (const [i, w] of np.entries()) {
    const isHead = i === headAt;
    const f = m.inflect(w, {
      case: 'nomn',
      number,
      ...(!isHead && number === 'sing' && head.gender ? { gender: head.gender } : {}),
    });
    if (!f) return null;
    out.push(f);
  }
  return [...out, ...words.slice(headAt + 1)].join(' ');
}

/**
 * `piece` with each acronym not yet in `done` spelled out after its first use, when the release
 * spells it out; `done` gains the acronyms spelled here. Unchanged without the morphology.
 */
export function spellOutRussian(piece: string, input: string, done: Set<string>): string {
  const m = russianMorphology();
  if (!m) return piece;
  let out = piece;
  const uses = scanAcronyms(piece, { language: 'ru' }).uses.filter((u) => !u.inDefinition && !done.has(u.acronym));
  const firsts = uses.filter((u, i) => uses.findIndex((v) => v.acronym === u.acronym) === i);
  for (const u of firsts.toReversed()) {
    const long = longFormIn(input, u.acronym);
    const nom = long ? nominative(m, long) : null;
    if (!nom) continue;
    out = `${out.slice(0, u.end)} (${nom})${out.slice(u.end)}`;
    done.add(u.acronym);
  }
  return out;
}
