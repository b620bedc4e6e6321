/** Checklist item “Sentence length”. */
import { words } from '../../text.js';
import { type Check, type ChecklistRule } from '../item.js';

const check: Check = ({ doc, maxSentenceWords }) => {
  const long = doc.sentences.filter((s) => !s.quoted && words(doc.input, s.start, s.end).length > maxSentenceWords);
  return {
    status: long.length > 0 ? 'fail' : 'pass',
    evidence: long.slice(0, 20).map((s) => ({ start: s.start, end: s.end })),
    data: { max: maxSentenceWords },
  };
};

export default {
  meta: {
    id: 'sentence-length',
    audiences: ['youth', 'rural', 'foreign'],
    languages: ['en', 'ru', 'fr', 'es', 'de'],
    sources: ['asd-ste100', 'govuk'],
  },
  messages: {
    en: {
      label: 'Sentence length',
      explanation:
        "Keep sentences under the audience's limit: {{max}} words (ASD-STE100: 20 for instructions, 25 for descriptions; GOV.UK: 25).",
    },
    ru: {
      label: 'Длина предложений',
      explanation:
        'Предложения не длиннее предела аудитории: {{max}} слов (ASD-STE100: 20 для инструкций, 25 для описаний; GOV.UK: 25).',
    },
  },
  check,
} satisfies ChecklistRule;
