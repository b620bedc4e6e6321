/**
 * A sentence cut out of a quotation that runs over several sentences, made a whole quotation of its
 * own: the opening sentence («В поздравлении, в частности, говорится: «Пасхальные торжества …
 * поступки.») gets its closing mark, a middle sentence both marks, the last its opening mark. The
 * words stay the release's, in its order (an excerpt, as a quotation may be); what was a quotation
 * never reads as the office's own words («И конечно, особо отмечу Ваш созидательный вклад …» was an
 * SMS of its own, unquoted: a blind reading of kremlin.ru items, seed 31337). Russian puts the full
 * stop of a quoted sentence after the closing guillemet («…». Розенталь, «Справочник по
 * правописанию», § 56); English inside the closing mark.
 */
const MARKS = {
  ru: { open: '«', close: '»', opens: /[«“„"]/gu, closes: /[»”"]/gu },
  en: { open: '“', close: '”', opens: /[“"]/gu, closes: /[”"]/gu },
} as const;

/** `s` with the marks the excerpt of a quotation needs; `s` itself when its marks are balanced. */
export function quotePiece(s: string, language: 'en' | 'ru'): string {
  const m = MARKS[language];
  const t = s.trim();
  // straight quotes count both ways: an odd number of them is an open mark left unclosed
  const straight = (t.match(/"/g) ?? []).length;
  const opens = (t.match(m.opens) ?? []).length - (straight - (straight % 2)) / 2;
  const closes = (t.match(m.closes) ?? []).length - (straight - (straight % 2)) / 2;
  if (opens === closes && !(opens === 0 && straight % 2 === 1)) {
    // balanced, or none at all: a middle sentence of the quotation
    if (opens > 0 || straight > 0) return t;
    return wrap(t, m.open, m.close, language);
  }
  if (opens > closes) return close(t, m.close, language);
  // the last sentence: its closing mark, no opening one
  return `${m.open}${t}`;
}

function wrap(t: string, open: string, close_: string, language: 'en' | 'ru'): string {
  return close(`${open}${t}`, close_, language);
}

/** The closing mark at the end, the final stop placed as the language puts it. */
function close(t: string, mark: string, language: 'en' | 'ru'): string {
  const m = /([.!?…]*)$/u.exec(t)!;
  const body = t.slice(0, t.length - m[1]!.length);
  const stop = m[1] || '.';
  if (language === 'ru') return stop === '.' ? `${body}${mark}.` : `${body}${stop}${mark}`;
  return `${body}${stop}${mark}`;
}
