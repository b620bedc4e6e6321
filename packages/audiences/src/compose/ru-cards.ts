/**
 * kremlin.ru name cards that do not close with a mark of their own, found with the OpenCorpora
 * morphology (person-cards.ts takes those closed by " :", " ." or " ,"): the card runs on into
 * the sentence, "Андрей Чибис Чибис Андрей Владимирович губернатор Мурманской области и
 * главнокомандующий …", "Си Цзиньпином Си Цзиньпин Председатель Китайской Народной Республики
 * проведён …", "Масуд Пезешкиан Пезешкиан Масуд Президент Исламской Республики Иран в свою
 * очередь …". The card is the name again (surname first, as the site sets it; a patronymic, or
 * without one a title head from `HEADS`), then a title read as a noun phrase: its head in the
 * nominative, then words in an oblique case, capitalised words, "–" before another head, "и"
 * before a genitive ("промышленности и торговли"), "по" before a dative, "в"/"на" before a
 * capitalised word. The card ends at the first word that cannot continue the title (a verb, "и"
 * before a nominative: "и главнокомандующий", a lower-case word in the nominative after the
 * head's complement) or at punctuation. It is blanked with spaces of the same length; a mark
 * right after it moves up to the name.
 */
import { russianMorphology, type RussianMorphology } from '@attache/core';

/** Title heads a card without a patronymic must start with (the kremlin.ru card of a foreign leader). */
const HEADS =
  /^(?:Президент|Председатель|Премьер-министр|Король|Королева|Канцлер|Эмир|Султан|Наследный|Генеральный|Вице-президент|Министр|Глава|Государственный|Федеральный|Верховный|Первый)$/u;

const PATRONYMIC = /^[А-ЯЁ][а-яё]+(?:вич|вна|ична|инична|ич|кызы|оглы)$/u;

interface Tok {
  text: string;
  start: number;
  end: number;
}

const cases = (m: RussianMorphology, w: string): Set<string> =>
  new Set(
    m
      .parse(w)
      .filter((p) => p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'PRTF' || p.pos === 'NUMR')
      .map((p) => p.case ?? ''),
  );
const verbish = (m: RussianMorphology, w: string): boolean =>
  m.parse(w).some((p) => p.score >= 0.3 && /^(VERB|PRTS|GRND|ADVB|INFN|PRED)$/.test(p.pos ?? ''));

const functionWord = (m: RussianMorphology, w: string): boolean =>
  m.parse(w).some((p) => p.score >= 0.3 && /^(PREP|CONJ|PRCL|NPRO)$/.test(p.pos ?? ''));

/** Where the title that starts at `toks[i]` ends (the index after its last word), or -1 when it is no title. */
function titleEnd(m: RussianMorphology, toks: readonly Tok[], i: number, text: string): number {
  let j = i;
  let head = true; // still in the head ("полномочный представитель", "статс-секретарь")
  while (j < toks.length) {
    const t = toks[j]!;
    const gap = text.slice(toks[j - 1]?.end ?? t.start, t.start);
    if (j > i && /[,.:;!?()«»"]/.test(gap)) break;
    const w = t.text;
    const low = w.toLowerCase();
    if (w === '–' || w === '—') {
      // another head after the dash ("– заместитель Министра"), not the sentence going on ("– городских агломераций")
      const next = toks[j + 1]?.text ?? '';
      if (j + 1 < toks.length && (cases(m, next).has('nomn') || /^\p{Lu}/u.test(next))) {
        j++;
        head = true;
        continue;
      }
      break;
    }
    if (j > i && low === 'и') {
      const next = toks[j + 1]?.text ?? '';
      const c = cases(m, next);
      // "промышленности и торговли": a genitive joined to a genitive ("и вдова", "и главнокомандующий" are not)
      if (/^\p{Ll}/u.test(next) && c.has('gent') && cases(m, toks[j - 1]!.text).has('gent')) {
        j++;
        continue;
      }
      break;
    }
    if (j > i && /^(по)$/.test(low)) {
      if (cases(m, toks[j + 1]?.text ?? '').has('datv')) {
        j += 2;
        head = false;
        continue;
      }
      break;
    }
    if (j > i && /^(в|во|на|при)$/.test(low)) {
      if (/^\p{Lu}/u.test(toks[j + 1]?.text ?? '')) {
        j += 2;
        head = false;
        continue;
      }
      break;
    }
    if (/^[\p{Lu}«]/u.test(w) || /\d/.test(w)) {
      j++;
      if (j - 1 > i) head = false;
      continue;
    }
    if (j > i && (verbish(m, w) || functionWord(m, w))) break;
    const c = cases(m, w);
    if (c.size === 0) break;
    if (head && c.has('nomn')) {
      j++;
      continue;
    }
    if (c.has('gent') || c.has('loct') || c.has('datv') || c.has('ablt')) {
      head = false;
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** `text` with the run-on cards blanked (same length), and how many were. */
export function blankRunOnCards(text: string): { text: string; cards: number } {
  const m = russianMorphology();
  if (!m) return { text, cards: 0 };
  // a name in guillemets ("АО «ДОМ.РФ»") is one word of a title
  const toks: Tok[] = [...text.matchAll(/«[^«»]{1,40}»|[\p{L}\p{N}][\p{L}\p{N}-]*|[–—]/gu)].map((x) => ({
    text: x[0],
    start: x.index,
    end: x.index + x[0].length,
  }));
  let out = text;
  let cards = 0;
  for (let i = 0; i + 2 < toks.length; i++) {
    const [a, b, c] = [toks[i]!, toks[i + 1]!, toks[i + 2]!];
    if (!/^\p{Lu}\p{Ll}/u.test(a.text) || !/^\p{Lu}\p{Ll}/u.test(b.text)) continue;
    if (text.slice(a.end, b.start) !== ' ' || text.slice(b.end, c.start) !== ' ') continue;
    const before = text.slice(Math.max(0, a.start - 40), a.start);
    const stem = (w: string): string => w.slice(0, Math.max(2, w.length - 2));
    // the same person named right before (one of the two words before, any case ending, only
    // spaces between), and the given name too when there is no patronymic
    const p1 = toks[i - 1];
    const p2 = toks[i - 2];
    const named = (t: Tok | undefined, to: number): boolean =>
      !!t && t.text.startsWith(stem(a.text)) && /^\s+$/u.test(text.slice(t.end, to));
    if (!p1 || !(named(p1, a.start) || (named(p2, p1.start) && /^\s+$/u.test(text.slice(p1.end, a.start))))) continue;
    if (/Уважаем\p{L}*\s*$/u.test(before)) continue;
    let from: number;
    if (PATRONYMIC.test(c.text)) from = i + 3;
    else if (before.includes(stem(b.text)) && HEADS.test(c.text)) from = i + 2;
    else continue;
    if (from >= toks.length) continue;
    const end = titleEnd(m, toks, from, text);
    if (end <= from) continue;
    const blankFrom = a.start - 1;
    let blankTo = toks[end - 1]!.end;
    if (blankFrom < 0 || text[blankFrom] !== ' ') continue;
    // a mark right after the card moves up to the name: "Чибиса                 ," → "Чибиса,"
    let mark = '';
    // a comma right after a word may go on with the card ("президент, председатель правления …"): left alone
    if (/^[,;]/.test(text.slice(blankTo))) continue;
    const after = /^\s([,.:;])/.exec(text.slice(blankTo));
    if (after) {
      mark = after[1]!;
      blankTo += after[0].length;
    }
    out = out.slice(0, blankFrom) + mark + ' '.repeat(blankTo - blankFrom - mark.length) + out.slice(blankTo);
    cards++;
    while (i + 1 < toks.length && toks[i + 1]!.start < blankTo) i++;
  }
  return { text: out, cards };
}
