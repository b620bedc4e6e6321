/** Checklist item “Colours and emoji”. */
import { re, found, type Check, type ChecklistRule } from '../item.js';

const check: Check = ({ doc }) =>
  found(
    [
      ...re(doc, /\p{Extended_Pictographic}/gu),
      ...re(
        doc,
        doc.language === 'ru'
          ? /(?<![\p{L}])(красн\p{L}*|бел(?:ый|ая|ое|ые|ого|ой|ом|ым|ых|ую)|ч[её]рн\p{L}*|зел[её]н\p{L}*|ж[её]лт\p{L}*|оранжев\p{L}*|фиолетов\p{L}*|син(?:ий|яя|ее|ие|его|ей|им|их|юю)|голуб\p{L}*|розов\p{L}*)(?![\p{L}])/giu
          : /\b(red|white|black|green|yellow|orange|purple|blue|pink|gold|golden)\b/g,
      ),
    ],
    'manual',
  );

export default {
  meta: {
    id: 'colours-emoji',
    audiences: ['youth', 'rural', 'foreign'],
    languages: ['en', 'ru'],
    manualIn: ['fr', 'es', 'de'],
    sources: ['global-english', 'press-office'],
  },
  messages: {
    en: {
      label: 'Colours and emoji',
      explanation:
        'Colours and emoji carry different meanings across cultures and age groups (a thumbs-up, white for mourning, red for luck or danger). Check each one, and never let an emoji carry a fact.',
    },
    ru: {
      label: 'Цвета и эмодзи',
      explanation:
        'Цвета и эмодзи значат разное в разных культурах и поколениях (большой палец, белый как цвет траура, красный — удача или опасность). Проверьте каждый; эмодзи не должен нести факт.',
    },
  },
  check,
} satisfies ChecklistRule;
