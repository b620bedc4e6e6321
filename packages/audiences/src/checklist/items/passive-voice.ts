/** Checklist item “Passive voice”. */
import { re, found, type Check, type ChecklistRule } from '../item.js';

const check: Check = ({ doc, report }) => {
  const fromLint = report.findings.filter((f) => /passive/.test(f.ruleId)).map((f) => ({ start: f.start, end: f.end }));
  if (fromLint.length > 0) return found(fromLint, 'fail');
  const own =
    doc.language === 'ru'
      ? re(doc, /(?<![\p{L}])(был[аои]?|будут|будет)\s+\p{L}+(?:ан|ен|ян|ят|ит|ут)[аоы]?(?![\p{L}])/gu)
      : re(doc, /\b(?:is|are|was|were|been|be|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b(?:\s+by\b)?/g);
  return found(own, 'fail');
};

export default {
  meta: {
    id: 'passive-voice',
    audiences: ['youth', 'foreign'],
    languages: ['en', 'ru'],
    manualIn: ['fr', 'es', 'de'],
    sources: ['plainlanguage', 'asd-ste100'],
  },
  messages: {
    en: {
      label: 'Passive voice',
      explanation: 'Say who does what: passives hide the actor (plainlanguage.gov, ASD-STE100).',
    },
    ru: {
      label: 'Страдательный залог',
      explanation: 'Говорите, кто что делает: пассив прячет деятеля («было принято решение» — кем?).',
    },
  },
  check,
} satisfies ChecklistRule;
