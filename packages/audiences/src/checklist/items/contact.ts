/** Checklist item “Where to find out more”. */
import { re, PHONE, type Check, type ChecklistRule } from '../item.js';

const check: Check = ({ doc }) => {
  const spans = [
    ...re(doc, /\b(?:https?:\/\/|www\.)\S+/g),
    ...re(doc, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g),
    ...re(doc, PHONE),
  ];
  return { status: spans.length > 0 ? 'pass' : 'fail', evidence: spans.slice(0, 10) };
};

export default {
  meta: {
    id: 'contact',
    audiences: ['youth', 'rural', 'foreign'],
    languages: ['en', 'ru', 'fr', 'es', 'de'],
    sources: ['press-office'],
  },
  messages: {
    en: {
      label: 'Where to find out more',
      explanation: 'Give a contact or a link where readers can ask or read more.',
    },
    ru: {
      label: 'Где узнать больше',
      explanation: 'Дайте контакт или ссылку, где читатель может спросить или узнать больше.',
    },
  },
  check,
} satisfies ChecklistRule;
