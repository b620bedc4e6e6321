/** Checklist item “Officialese”. */
import { found, type Check, type ChecklistRule } from '../item.js';

const check: Check = ({ report }) => {
  const spans = report.findings.map((f) => ({ start: f.start, end: f.end }));
  return found(spans, 'fail');
};

export default {
  meta: {
    id: 'officialese',
    audiences: ['youth', 'rural', 'foreign'],
    languages: ['en', 'ru'],
    manualIn: ['fr', 'es', 'de'],
    sources: ['plainlanguage', 'chukovsky'],
  },
  messages: {
    en: {
      label: 'Officialese',
      explanation: 'Officialese and hidden verbs that the linter found. Each finding has a plain alternative.',
    },
    ru: {
      label: 'Канцелярит',
      explanation: 'Канцелярит и скрытые глаголы, которые нашёл линтер. У каждой находки есть простая замена.',
    },
  },
  check,
} satisfies ChecklistRule;
