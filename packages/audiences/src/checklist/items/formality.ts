/** Checklist item “Formality”. */
import { S, target, type Check, type ChecklistRule } from '../item.js';

const check: Check = target('maxFormality');

export default {
  meta: {
    id: 'formality',
    audiences: ['youth'],
    languages: ['en', 'ru'],
    source: `${S.plain}; ${S.press}`,
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
