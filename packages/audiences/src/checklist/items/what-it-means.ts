/** Checklist item “What this means for the reader”. */
import { type Check, type ChecklistRule } from '../item.js';

const check: Check = ({ doc }) => {
  const head = doc.input.slice(0, doc.paragraphs[Math.min(1, doc.paragraphs.length - 1)]?.end ?? doc.input.length);
  const hit =
    doc.language === 'ru'
      ? /(?<![\p{L}])(вы|вам|вас|ваш\p{L}*|что это значит)(?![\p{L}])/iu
      : /\b(you|your|what this means)\b/i;
  const m = hit.exec(head);
  return m
    ? { status: 'pass', evidence: [{ start: m.index, end: m.index + m[0].length }] }
    : { status: 'fail', evidence: [] };
};

export default {
  meta: {
    id: 'what-it-means',
    audiences: ['youth', 'rural'],
    languages: ['en', 'ru'],
    manualIn: ['fr', 'es', 'de'],
    sources: ['govuk', 'press-office'],
  },
  messages: {
    en: {
      label: 'What this means for the reader',
      explanation:
        'Tell readers what the news means for them and what they need to do, by when (GOV.UK: start with what the user needs).',
    },
    ru: {
      label: 'Что это значит для читателя',
      explanation: 'Скажите читателю, что новость значит для него и что ему делать, до какого срока.',
    },
  },
  check,
} satisfies ChecklistRule;
