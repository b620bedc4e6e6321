/**
 * A decree's text in a kremlin.ru release: the lead-in that gives it («Текст Указа:») and its
 * points, which compose quotes as the decree's words and never rewords (lines.ts).
 */
import { russianMorphology } from '@attache/core';

/** «Текст Указа:», «Текст Распоряжения:» (kremlin.ru): the release gives a decree's text. */
export const RU_DECREE_TEXT = /(?<!\p{L})Текст\s+(Указа|Распоряжения|Постановления)\s*:/u;
/** Where a decree's words are: «В указе говорится: …». */
export const RU_DECREE_IN: Record<string, string> = {
  Указа: 'указе',
  Распоряжения: 'распоряжении',
  Постановления: 'постановлении',
};

/**
 * A decree's point: led by its infinitive («Назначить …», «Принять отставку …») or by its
 * addressee in the dative, then the infinitive («Министру внутренних дел … обеспечить …»).
 */
export function ruDecreePoint(s: string): boolean {
  const m = russianMorphology();
  const words = s.match(/[\p{L}-]+/gu) ?? [];
  if (!m || words.length === 0) return false;
  const top = (w: string) => m.parse(w.toLowerCase())[0];
  if (top(words[0]!)?.pos === 'INFN') return true;
  return (
    /^\p{Lu}/u.test(words[0]!) &&
    m.parse(words[0]!.toLowerCase()).some((p) => p.pos === 'NOUN' && p.case === 'datv') &&
    words.slice(1, 14).some((w) => top(w)?.pos === 'INFN') &&
    !words.some((w) => ['VERB', 'PRTS'].includes(top(w)?.pos ?? ''))
  );
}

/**
 * The lead of a release that gives a decree's text, from its title when the title says what the
 * decree does, with a verb or a short participle: «Ирина Гехт назначена врио губернатора Ненецкого
 * автономного округа» (kremlin.ru pool item 111, a blind reading, seed 2424: the versions opened on
 * the decree's own words, «Назначить Гехт Ирину Альфредовну временно исполняющей обязанности …», and
 * the SMS gave the governor's resignation, not the appointment). Null for a title that names the
 * decree only («Указ о …»), or without the morphology.
 */
export function ruDecreeLead(input: string, title: string | null): string | null {
  if (!title || !RU_DECREE_TEXT.test(input)) return null;
  const m = russianMorphology();
  const t = title.trim().replace(/\s+/gu, ' ');
  const words = t.match(/[\p{L}-]+/gu) ?? [];
  if (!m || words.length < 3 || /[?!:]$/u.test(t)) return null;
  const acts = words.some((w) => m.parse(w.toLowerCase()).some((p) => p.pos === 'VERB' || p.pos === 'PRTS'));
  return acts ? (/[.…]$/u.test(t) ? t : `${t}.`) : null;
}
