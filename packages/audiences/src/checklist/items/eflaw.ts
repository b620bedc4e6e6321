/** Checklist item “McAlpine EFLAW”. */
import { target, type Check, type ChecklistRule } from '../item.js';

const check: Check = target('maxEflaw');

export default {
  meta: {
    id: 'eflaw',
    audiences: ['foreign'],
    languages: ['en', 'ru'],
    manualIn: ['fr', 'es', 'de'],
    sources: ['mcalpine'],
  },
  messages: {
    en: {
      label: 'McAlpine EFLAW',
      explanation:
        'EFLAW {{limit}} or below: short sentences with few “mini-words”, easy for learners of English (McAlpine 2006).',
    },
    ru: {
      label: 'Индекс EFLAW (Макальпин)',
      explanation:
        'EFLAW не выше {{limit}}: короткие предложения без нагромождения коротких служебных слов — легко для изучающих английский (McAlpine 2006).',
    },
  },
  check,
} satisfies ChecklistRule;
