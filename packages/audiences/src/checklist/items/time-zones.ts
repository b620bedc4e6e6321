/** Checklist item “Time zones”. */
import { re, type Check, type ChecklistRule } from '../item.js';

/** "4pm", "15:00" (every language). */
const TIME = String.raw`\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![\p{L}])|(?<![\d.:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])`;
/** French "15 h 30", "15h"; German "15 Uhr", "15.30 Uhr". */
const LOCAL_TIME: Record<string, string> = {
  fr: String.raw`(?<![\d.:,])(?:[01]?\d|2[0-3])\s?h(?:\s?[0-5]\d)?(?![\p{L}\d])`,
  de: String.raw`(?<![\d.:,])(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s?Uhr(?![\p{L}])`,
};
const ZONE = String.raw`GMT|BST|UTC|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|IST|JST|мск|МСК|по московскому|по местному|local time|Moscow time|Eastern|Pacific|Central|UK time|London time`;
const LOCAL_ZONE: Record<string, string> = {
  fr: 'heure de Paris|heure locale|heure française|HEC|HAEC',
  es: 'hora local|hora peninsular|hora de Madrid',
  de: 'Ortszeit|MEZ|MESZ|deutscher Zeit',
};

const check: Check = ({ doc }) => {
  const local = LOCAL_TIME[doc.language];
  const times = re(doc, new RegExp(local ? `${TIME}|${local}` : TIME, 'giu'));
  const localZone = LOCAL_ZONE[doc.language];
  const zone = new RegExp(String.raw`^\s*(?:\(?\s*)(${ZONE}${localZone ? '|' + localZone : ''})`, 'i');
  const missing = times.filter((t) => !zone.test(doc.input.slice(t.end, t.end + 25)));
  if (times.length === 0) return { status: 'pass', evidence: [] };
  return {
    status: missing.length > 0 ? 'fail' : 'pass',
    evidence: (missing.length > 0 ? missing : times).slice(0, 20),
  };
};

export default {
  meta: {
    id: 'time-zones',
    audiences: ['youth', 'rural', 'foreign'],
    languages: ['en', 'ru', 'fr', 'es', 'de'],
    sources: [['govuk', 'times'], 'press-office'],
  },
  messages: {
    en: {
      label: 'Time zones',
      explanation:
        'Every time of day needs its time zone (“4pm BST”, “15:00 по московскому времени”) when readers may be elsewhere.',
    },
    ru: {
      label: 'Часовые пояса',
      explanation:
        'У каждого времени нужен часовой пояс («в 15:00 по московскому времени», «4pm BST»), если читатели могут быть в другом месте.',
    },
  },
  check,
} satisfies ChecklistRule;
