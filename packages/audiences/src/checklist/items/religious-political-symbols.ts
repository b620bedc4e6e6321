/** Checklist item “Religious and political symbols”. */
import { re, found, type Check, type ChecklistRule } from '../item.js';

const check: Check = ({ doc }) =>
  found(
    re(
      doc,
      doc.language === 'ru'
        ? /(?<![\p{L}])(бог\p{L}*|церк\p{L}*|храм\p{L}*|мечет\p{L}*|синагог\p{L}*|молитв\p{L}*|православ\p{L}*|ислам\p{L}*|мусульман\p{L}*|христиан\p{L}*|иуда\p{L}*|буддий\p{L}*|патриарх\p{L}*|флаг\p{L}*|герб\p{L}*|гимн\p{L}*|свастик\p{L}*|крест\p{L}*|полумесяц\p{L}*|парти\p{L}*|знамен\p{L}*|икон\p{L}*|святы\p{L}*|духовн\p{L}*)(?![\p{L}])/giu
        : /\b(God|church(?:es)?|mosques?|synagogues?|temples?|prayers?|pray|Christian\w*|Muslim\w*|Islam\w*|Jewish|Judaism|Buddhis\w*|Hindu\w*|Orthodox|Catholic\w*|bless(?:ed|ing)?|flags?|anthem|emblem|swastika|crescent|cross(?:es)?|party|parties|Democrat\w*|Republican\w*|Labour|Conservative\w*|faith|religio\w*|holy|sacred)\b/g,
    ),
    'manual',
  );

export default {
  meta: {
    id: 'religious-political-symbols',
    audiences: ['youth', 'rural', 'foreign'],
    languages: ['en', 'ru'],
    manualIn: ['fr', 'es', 'de'],
    sources: ['global-english', 'press-office'],
  },
  messages: {
    en: {
      label: 'Religious and political symbols',
      explanation:
        'Religious and political references, flags and symbols mean different things to different readers and can offend. Check each one for this audience.',
    },
    ru: {
      label: 'Религиозные и политические символы',
      explanation:
        'Религиозные и политические отсылки, флаги и символы разные читатели понимают по-разному, и они могут задеть. Проверьте каждую для этой аудитории.',
    },
  },
  check,
} satisfies ChecklistRule;
