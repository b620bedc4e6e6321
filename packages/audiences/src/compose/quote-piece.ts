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
  ru: { open: '«', close: '»' },
  en: { open: '“', close: '”' },
} as const;

/** `s` with the marks the excerpt of a quotation needs; `s` itself when its marks are balanced. */
export function quotePiece(s: string, language: 'en' | 'ru'): string {
  const m = MARKS[language];
  const t = s.trim();
  let opens = (t.match(/[«“„]/gu) ?? []).length;
  let closes = (t.match(/[»”]/gu) ?? []).length;
  // a straight mark left over (an odd number of them) opens after a space, a colon or at the start
  // ('The message reads, in part:"For …'), and closes otherwise; it is closed or opened in kind
  const straight = [...t.matchAll(/"/gu)];
  let open: string = m.open;
  let shut: string = m.close;
  if (straight.length % 2 === 1) {
    const at = straight.at(-1)!.index!;
    if (at === 0 || /[\s:(]/u.test(t[at - 1]!)) opens++;
    else closes++;
    open = shut = '"';
  }
  if (opens === closes) return opens > 0 || straight.length > 0 ? t : wrap(t, open, shut, language);
  if (opens > closes) return close(t, shut, language);
  // the last sentence: its closing mark, no opening one
  return `${open}${t}`;
}

function wrap(t: string, open: string, shut: string, language: 'en' | 'ru'): string {
  return close(`${open}${t}`, shut, language);
}

/** The closing mark at the end, the final stop placed as the language puts it. */
function close(t: string, mark: string, language: 'en' | 'ru'): string {
  const m = /([.!?…]*)$/u.exec(t)!;
  const body = t.slice(0, t.length - m[1]!.length);
  const stop = m[1] || '.';
  if (language === 'ru') return stop === '.' ? `${body}${mark}.` : `${body}${stop}${mark}`;
  return `${body}${stop}${mark}`;
}
