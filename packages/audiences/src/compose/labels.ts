/** The fixed words of a version per language: section labels, “Read more:”, “said”. */
export const LABELS = {
  en: {
    more: 'Read more:',
    what: 'News',
    who: 'Who is affected',
    todo: 'What to do',
    when: 'By when',
    call: 'Who to call',
    glossary: 'Glossary',
    said: 'said',
    again: 'Again:',
  },
  ru: {
    more: 'Подробнее:',
    what: 'Что происходит',
    who: 'Кого это касается',
    todo: 'Что делать',
    when: 'До какого срока',
    call: 'Куда обращаться',
    glossary: 'Словарь',
    said: 'сказал',
    again: 'Ещё раз:',
  },
} as const;
