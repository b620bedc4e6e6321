/** Checklist item “Offline channels”. */
import { re, PHONE, type Check, type ChecklistRule } from '../item.js';

const check: Check = ({ doc }) => {
  const phones = re(doc, PHONE);
  const places = re(
    doc,
    doc.language === 'ru'
      ? /(?<![\p{L}])(телефон\p{L}*|горяч\p{L}* лини\p{L}*|радио|МФЦ|отделени\p{L}*|приёмн\p{L}*|приемн\p{L}*|администраци\p{L}* (?:район|посел|сел)\p{L}*|почт\p{L}*)(?![\p{L}])/giu
      : /\b(telephone|phone|helpline|hotline|radio|local office|post office|town hall|library|by post|freephone|call us|visit us)\b/gi,
  );
  const postcodes = re(
    doc,
    /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|(?<![\d])\d{6}(?![\d])(?=,? *(?:г\.|город|обл|Росси))/g,
  );
  const offlineSpans = [...phones, ...places, ...postcodes];
  if (offlineSpans.length > 0) return { status: 'pass', evidence: offlineSpans.slice(0, 20) };
  const links = [...re(doc, /\b(?:https?:\/\/|www\.)\S+/g), ...re(doc, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)];
  return { status: 'fail', evidence: links.slice(0, 20) };
};

export default {
  meta: {
    id: 'offline-channels',
    audiences: ['rural'],
    languages: ['en', 'ru'],
    manualIn: ['fr', 'es', 'de'],
    sources: ['press-office', 'govuk-assisted-digital'],
  },
  messages: {
    en: {
      label: 'Offline channels',
      explanation:
        'Rural readers may have poor internet: give a phone number, a local office or a postal address, and plan radio, local papers or notice boards, not only a link.',
    },
    ru: {
      label: 'Каналы без интернета',
      explanation:
        'У сельских читателей может не быть хорошего интернета: дайте телефон, адрес местного отделения, план для радио, районной газеты, доски объявлений — не только ссылку.',
    },
  },
  check,
} satisfies ChecklistRule;
