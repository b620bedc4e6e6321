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
