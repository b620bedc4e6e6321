/** Checklist item “Numbers made concrete”. */
import { re, found, type Check, type ChecklistRule } from '../item.js';

const check: Check = ({ doc }) =>
  found(
    re(
      doc,
      // Millions written in full ("1 500 000", "1.500.000") and percentages, per language.
      doc.language === 'ru'
        ? /(?<![\d.,])\d{1,3}(?:[  ]\d{3}){2,}(?![\d])|\d+(?:,\d+)?\s?%/g
        : doc.language === 'fr'
          ? /(?<![\d.,])\d{1,3}(?:[  \u202f]\d{3}){2,}(?![\d])|\d+(?:,\d+)?\s?%/g
          : doc.language === 'de' || doc.language === 'es'
            ? /(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d])|\d+(?:,\d+)?\s?(?:%|Prozent|por ciento)/g
            : /(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d])|\d+(?:\.\d+)?\s?(?:%|per ?cent|percent)/g,
    ),
    'fail',
  );

export default {
  meta: {
    id: 'numbers-concrete',
    audiences: ['rural'],
    languages: ['en', 'ru', 'fr', 'es', 'de'],
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
