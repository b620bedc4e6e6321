/** Checklist item “Idioms and phrasal verbs”. */
import { idiomSpans, idiomsLeft } from '../../idioms.js';
import { found, type Check, type ChecklistRule } from '../item.js';

const check: Check = ({ doc, audience }) => {
  const spans = audience === 'foreign' ? idiomsLeft(doc) : idiomSpans(doc, false);
  return found(spans, audience === 'foreign' ? 'fail' : 'manual');
};

export default {
  meta: {
    id: 'idioms',
    audiences: ['youth', 'rural', 'foreign'],
    languages: ['en', 'ru'],
    manualIn: ['fr', 'es', 'de'],
    sources: ['global-english', 'asd-ste100'],
  },
  messages: {
    en: {
      label: 'Idioms and phrasal verbs',
      explanation:
        'Idioms (“in the wake of”, “on the ground”) and phrasal verbs (“set up”, “carry out”) are read literally by non-native readers and by translation tools. Use the literal word.',
    },
    ru: {
      label: 'Идиомы и фразовые глаголы',
      explanation:
        'Идиомы («на полях саммита», «дорожная карта») и фразовые глаголы читатель с неродным языком и машинный перевод понимают буквально. Пишите прямо.',
    },
  },
  check,
} satisfies ChecklistRule;
