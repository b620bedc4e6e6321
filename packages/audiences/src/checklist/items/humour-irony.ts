/** Checklist item “Humour and irony”. */
import { re, type Check, type ChecklistRule } from '../item.js';

const check: Check = ({ doc }) => ({
  status: 'manual',
  evidence: re(doc, /!|(?<=\s)["“‘'][\p{L}-]+["”’'](?=\s)/gu).slice(0, 10),
});

export default {
  meta: {
    id: 'humour-irony',
    audiences: ['youth', 'rural', 'foreign'],
    languages: ['en', 'ru'],
    manualIn: ['fr', 'es', 'de'],
    sources: ['global-english', 'press-office'],
  },
  messages: {
    en: {
      label: 'Humour and irony',
      explanation:
        'Jokes, irony and wordplay rarely survive translation or a reader in a hurry, and an official joke can read as mockery. A person must judge the tone.',
    },
    ru: {
      label: 'Юмор и ирония',
      explanation:
        'Шутки, ирония и игра слов плохо переживают перевод и беглое чтение, а шутка от ведомства может прозвучать как насмешка. Тон оценивает человек.',
    },
  },
  check,
} satisfies ChecklistRule;
