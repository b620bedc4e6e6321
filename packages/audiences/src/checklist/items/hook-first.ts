/** Checklist item “A short hook first”. */
import { words } from '../../text.js';
import { type Check, type ChecklistRule } from '../item.js';

const check: Check = ({ doc }) => {
  const first = doc.sentences.find((s) => !s.quoted);
  if (!first) return { status: 'manual', evidence: [] };
  const n = words(doc.input, first.start, first.end).length;
  return { status: n <= 15 ? 'pass' : 'fail', evidence: [{ start: first.start, end: first.end }], data: { words: n } };
};

export default {
  meta: {
    id: 'hook-first',
    audiences: ['youth'],
    languages: ['en', 'ru'],
    manualIn: ['fr', 'es', 'de'],
    sources: ['press-office', 'hemingway'],
  },
  messages: {
    en: {
      label: 'A short hook first',
      explanation: 'The first sentence is short (15 words or fewer) and says what happened.',
    },
    ru: {
      label: 'Короткая «зацепка» в начале',
      explanation: 'Первое предложение короткое (не больше 15 слов) и говорит, что произошло.',
    },
  },
  check,
} satisfies ChecklistRule;
