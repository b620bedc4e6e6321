/** Checklist item “Glossary of terms and names”. */
import { acronymScan } from '../../acronyms.js';
import { type Check, type ChecklistRule } from '../item.js';

const check: Check = ({ doc }) => {
  const acr = acronymScan(doc.input, doc.language).uses;
  return { status: 'manual', evidence: acr.slice(0, 20).map((a) => ({ start: a.start, end: a.end })) };
};

export default {
  meta: {
    id: 'glossary',
    audiences: ['foreign'],
    languages: ['en', 'ru'],
    manualIn: ['fr', 'es', 'de'],
    sources: ['global-english', 'press-office'],
  },
  messages: {
    en: {
      label: 'Glossary of terms and names',
      explanation:
        'Non-native readers need the names, titles, acronyms and terms explained once: attach the glossary (foreign.glossary()).',
    },
    ru: {
      label: 'Глоссарий терминов и имён',
      explanation:
        'Читателю с неродным языком нужно один раз объяснить имена, должности, аббревиатуры и термины: приложите глоссарий (foreign.glossary()).',
    },
  },
  check,
} satisfies ChecklistRule;
