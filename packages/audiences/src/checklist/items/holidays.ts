/** Checklist item “Holidays and observances”. */
import { re, found, type Check, type ChecklistRule } from '../item.js';

const check: Check = ({ doc, audience }) =>
  found(
    re(
      doc,
      doc.language === 'ru'
        ? /(?<![\p{L}])(Нов(?:ый|ого|ым|ом) год\p{L}*|Рождеств\p{L}*|Пасх\p{L}*|Маслениц\p{L}*|Д(?:ень|ня|нём|не) Побед\p{L}*|Д(?:ень|ня|нём|не) России|Д(?:ень|ня|нём|не) народного единства|Д(?:ень|ня|нём|не) защитника Отечества|Международн\p{L}* женск\p{L}* д\p{L}*|Рамадан\p{L}*|Ураза-байрам\p{L}*|Курбан-байрам\p{L}*|Ханук\p{L}*|Сабантуй\p{L}*|Троиц\p{L}*)/gu
        : /\b(Christmas|Easter|Thanksgiving|New Year(?:'s|’s)?(?: Day| Eve)?|Independence Day|Memorial Day|Veterans Day|Labor Day|Labour Day|Remembrance (?:Day|Sunday)|Ramadan|Eid(?: al-\w+)?|Diwali|Hanukkah|Passover|Yom Kippur|Rosh Hashanah|Lunar New Year|Victory Day|Juneteenth|Halloween|Bank Holiday|Boxing Day|Nowruz|Vesak|Holi)\b/g,
    ),
    audience === 'foreign' ? 'fail' : 'manual',
  );

export default {
  meta: {
    id: 'holidays',
    audiences: ['youth', 'rural', 'foreign'],
    languages: ['en', 'ru'],
    manualIn: ['fr', 'es', 'de'],
    sources: ['global-english', 'press-office'],
  },
  messages: {
    en: {
      label: 'Holidays and observances',
      explanation:
        'Holidays and observances are not shared by every reader: name the date and explain what the day is; avoid greetings that exclude.',
    },
    ru: {
      label: 'Праздники и памятные даты',
      explanation:
        'Не у всех читателей одни и те же праздники: назовите дату и объясните, что это за день; избегайте поздравлений, которые кого-то исключают.',
    },
  },
  check,
} satisfies ChecklistRule;
