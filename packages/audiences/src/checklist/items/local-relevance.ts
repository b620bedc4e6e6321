/** Checklist item “Local relevance”. */
import { re, type Check, type ChecklistRule } from '../item.js';

const check: Check = ({ doc }) => ({
  status: 'manual',
  evidence: re(
    doc,
    doc.language === 'ru'
      ? /(?<=(?:^|\s)(?:в|во|на) )\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?/gu
      : /(?<=\b(?:in|at) )[A-Z][a-z]+(?: [A-Z][a-z]+)?/g,
  ).slice(0, 10),
});

export default {
  meta: {
    id: 'local-relevance',
    audiences: ['youth', 'rural', 'foreign'],
    languages: ['en', 'ru'],
    manualIn: ['fr', 'es', 'de'],
    sources: ['press-office'],
  },
  messages: {
    en: {
      label: 'Local relevance',
      explanation:
        'Say what the news means here: which places, services and people are affected, with local examples the reader recognises.',
    },
    ru: {
      label: 'Местная значимость',
      explanation:
        'Скажите, что новость значит здесь: какие места, службы и люди затронуты, с местными примерами, которые читатель узнает.',
    },
  },
  check,
} satisfies ChecklistRule;
