/**
 * kremlin.ru name cards: the site sets a card (surname, name, patronymic and title) after a
 * person's name, and the scraped text keeps it inline: "Р.Кадыров Кадыров Рамзан Ахматович глава
 * Чеченской Республики : Уважаемый …", "с Шавкатом Мирзиёевым Мирзиёев Шавкат Миромонович
 * Президент Республики Узбекистан . Обсуждены …". A version reads the text without them. The
 * card is blanked with spaces of the same length (every offset into the release stays valid),
 * its closing mark moved up to the name: "Р.Кадыров:", "Мирзиёевым.".
 * Only a card right after a mention of the same surname (within 40 characters) and closed by
 * " :", " ." or " ," after at most 12 words of title is taken; anything else stays.
 */

const CARD =
  /\s([А-ЯЁ][а-яё-]+) [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+(?:вич|вна|ична|инична|ич|кызы|оглы)((?: [^\s:.;!?\d]+){1,12}?) ([:.,])(?=\s|$)/gu;

/** The text with kremlin.ru name cards blanked (same length), and how many were. */
export function blankPersonCards(text: string): { text: string; cards: number } {
  if (!/[А-ЯЁ][а-яё]+(?:вич|вна|ич)\s/u.test(text)) return { text, cards: 0 };
  let cards = 0;
  const out = text.replace(CARD, (all: string, surname: string, _title: string, mark: string, at: number) => {
    const before = text.slice(Math.max(0, at - 40), at);
    // the same person named just before (any case ending: "Мирзиёевым" has "Мирзиёев"); not an address ("Уважаемый …")
    if (!before.includes(surname.slice(0, Math.max(4, surname.length - 2))) || /Уважаем\p{L}*\s*$/u.test(before))
      return all;
    cards++;
    return mark + ' '.repeat(all.length - 1);
  });
  return { text: out, cards };
}
