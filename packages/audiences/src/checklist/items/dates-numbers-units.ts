/** Checklist item “Dates, numbers and units”. */
import type { Span } from '../../doc.js';
import { re, found, type Check, type ChecklistRule } from '../item.js';

const EN_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** "yesterday", "next week" …: a date that moves with the day it is read (French, Spanish, German). */
const RELATIVE: Record<string, RegExp> = {
  fr: /(?<![\p{L}])(hier|demain|avant-hier|après-demain|la semaine (?:dernière|prochaine)|le mois (?:dernier|prochain)|cette semaine|ce week-end)(?![\p{L}])/giu,
  // Not "mañana" alone: "por la mañana" is "in the morning".
  es: /(?<![\p{L}])(ayer|anteayer|pasado mañana|la semana (?:pasada|próxima|que viene)|la próxima semana|el mes (?:pasado|próximo|que viene)|el próximo mes|esta semana|este fin de semana)(?![\p{L}])/giu,
  // Lower-case "morgen" only: "Morgen" is also "morning".
  de: /(?<![\p{L}])(gestern|morgen|vorgestern|übermorgen|(?:letzte|vorige|nächste|kommende|diese) Woche|(?:letzten|vorigen|nächsten|kommenden) Monat|dieses Wochenende)(?![\p{L}])/gu,
};

const check: Check = ({ doc, audience }) => {
  const spans: Span[] = [];
  spans.push(...re(doc, /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g));
  if (RELATIVE[doc.language]) {
    spans.push(...re(doc, RELATIVE[doc.language]!));
  } else if (doc.language === 'ru') {
    spans.push(
      ...re(
        doc,
        /(?<![\p{L}])(вчера|завтра|позавчера|послезавтра|на прошлой неделе|на следующей неделе|в прошлом месяце|в следующем месяце)(?![\p{L}])/giu,
      ),
    );
  } else {
    spans.push(
      ...re(doc, /\b(yesterday|tomorrow|last week|next week|last month|next month|this week|this weekend)\b/gi),
    );
    spans.push(
      ...re(
        doc,
        /\b\d+(?:[.,]\d+)?\s*(miles?|feet|foot|ft|inch(?:es)?|yards?|pounds? of|lbs?|gallons?|acres?|°F|Fahrenheit|ounces?|oz)\b/g,
      ),
    );
    if (audience === 'foreign')
      spans.push(...re(doc, new RegExp(`\\b(${EN_MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*\\d{4})?\\b`, 'g')));
  }
  return found(spans, 'fail');
};

export default {
  meta: {
    id: 'dates-numbers-units',
    audiences: ['youth', 'rural', 'foreign'],
    languages: ['en', 'ru', 'fr', 'es', 'de'],
    sources: [['govuk', 'dates: “12 March 2026”'], 'global-english'],
  },
  messages: {
    en: {
      label: 'Dates, numbers and units',
      explanation:
        'Write dates as “12 March 2026”, not 03/12/2026; give absolute dates rather than “yesterday” or “next week”; use metric units (or both) and write currencies unambiguously.',
    },
    ru: {
      label: 'Даты, числа и единицы',
      explanation:
        'Пишите даты как «12 марта 2026 года», а не 12.03.26 или 03/12/2026; вместо «вчера» и «на следующей неделе» — точная дата; метрические единицы; однозначная валюта.',
    },
  },
  check,
} satisfies ChecklistRule;
