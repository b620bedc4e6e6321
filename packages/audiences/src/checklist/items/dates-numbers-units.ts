/** Checklist item “Dates, numbers and units”. */
import type { Span } from '../../doc.js';
import { re, found, type Check, type ChecklistRule } from '../item.js';

const EN_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';

const check: Check = ({ doc, audience }) => {
  const spans: Span[] = [];
  spans.push(...re(doc, /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g));
  if (doc.language === 'ru') {
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
    languages: ['en', 'ru'],
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
