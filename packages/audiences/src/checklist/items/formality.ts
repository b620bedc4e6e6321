/** Checklist item “Formality”. */
import { target, type Check, type ChecklistRule } from '../item.js';

const check: Check = target('maxFormality');

export default {
  meta: {
    id: 'formality',
    audiences: ['youth'],
    languages: ['en', 'ru'],
    manualIn: ['fr', 'es', 'de'],
    sources: ['plainlanguage', 'press-office'],
  },
  messages: {
    en: {
      label: 'Formality',
      explanation:
        'Formality score {{limit}} or below: a direct, conversational register (contractions, “you” and “we”, verbs not nouns).',
    },
    ru: {
      label: 'Официальность',
      explanation:
        'Оценка официальности не выше {{limit}}: прямой разговорный стиль («вы» и «мы», глаголы вместо существительных).',
    },
  },
  check,
} satisfies ChecklistRule;
