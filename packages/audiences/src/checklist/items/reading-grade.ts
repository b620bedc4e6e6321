/** Checklist item “Reading grade”. */
import { target, type Check, type ChecklistRule } from '../item.js';

const check: Check = target('maxGrade');

export default {
  meta: {
    id: 'reading-grade',
    audiences: ['youth', 'rural', 'foreign'],
    languages: ['en', 'ru', 'fr', 'es', 'de'],
    sources: [['govuk', 'reading age 9'], 'hemingway'],
  },
  messages: {
    en: {
      label: 'Reading grade',
      explanation:
        'The text reads at grade {{limit}} or below (GOV.UK aims at a reading age of 9, about grade 4; Hemingway marks grade 10 and above as hard).',
    },
    ru: {
      label: 'Уровень сложности',
      explanation:
        'Текст читается на уровне {{limit}} класса или проще (GOV.UK ориентируется на возраст чтения 9 лет; Hemingway считает 10-й класс и выше трудным).',
    },
  },
  check,
} satisfies ChecklistRule;
