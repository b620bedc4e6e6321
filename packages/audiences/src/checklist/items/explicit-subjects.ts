/** Checklist item “Explicit subjects”. */
import { words } from '../../text.js';
import type { Span } from '../../doc.js';
import { found, type Check, type ChecklistRule } from '../item.js';

const check: Check = ({ doc }) => {
  const bad: Span[] = [];
  for (const s of doc.sentences) {
    if (s.quoted) continue;
    const first = words(doc.input, s.start, s.end)[0];
    if (!first) continue;
    const w = first.text;
    const noSubject =
      doc.language === 'ru'
        ? /^(Обсудил[иа]?|Обсуждал\p{L}*|Договорил\p{L}*|Отметил[иа]?|Подчеркнул[иа]?|Рассмотрел[иа]?|Затронул[иа]?|Обменял\p{L}*|Условил\p{L}*|Решили|Приняли|Провели|Состоялся|Состоялась|Состоялось|Состоялись|Планируется|Предполагается|Ожидается|Обсуждались|Обсуждалась|Обсуждался|Затрагивались|Рассматривались)$/u.test(
            w,
          )
        : /^(Discussed|Noted|Added|Agreed|Said|Having|Being|Met|Welcomed|Highlighted|Underscored|Reaffirmed)$/.test(w);
    if (noSubject) bad.push({ start: s.start, end: s.end });
  }
  return found(bad, 'fail');
};

export default {
  meta: {
    id: 'explicit-subjects',
    audiences: ['foreign'],
    languages: ['en', 'ru'],
    manualIn: ['fr', 'es', 'de'],
    sources: ['global-english', 'asd-ste100'],
  },
  messages: {
    en: {
      label: 'Explicit subjects',
      explanation:
        'Every sentence says who acts: sentences without a subject (“Discussed issues of…”, «Обсудили вопросы…») are hard for non-native readers and translation tools.',
    },
    ru: {
      label: 'Явное подлежащее',
      explanation:
        'В каждом предложении назван тот, кто действует: предложения без подлежащего («Обсудили вопросы…») трудны для читателя с неродным языком и для машинного перевода.',
    },
  },
  check,
} satisfies ChecklistRule;
