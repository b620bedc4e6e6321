/** Checklist item “Numbers made concrete”. */
import { re, found, type Check, type ChecklistRule } from '../item.js';

const check: Check = ({ doc }) =>
  found(
    re(
      doc,
      doc.language === 'ru'
        ? /(?<![\d.,])\d{1,3}(?:[  ]\d{3}){2,}(?![\d])|\d+(?:,\d+)?\s?%/g
        : /(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d])|\d+(?:\.\d+)?\s?(?:%|per ?cent|percent)/g,
    ),
    'fail',
  );

export default {
  meta: {
    id: 'numbers-concrete',
    audiences: ['rural'],
    languages: ['en', 'ru'],
    sources: [['govuk', 'numbers'], 'plainlanguage'],
  },
  messages: {
    en: {
      label: 'Numbers made concrete',
      explanation:
        'Large numbers and percentages are easier to picture in words and comparisons (“1.5 million”, “one in five”, “about the size of…”).',
    },
    ru: {
      label: 'Наглядные числа',
      explanation:
        'Большие числа и проценты легче представить словами и сравнениями («1,5 млн», «каждый пятый», «размером с…»).',
    },
  },
  check,
} satisfies ChecklistRule;
