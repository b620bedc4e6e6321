/** Checklist item “Acronyms spelled out”. */
import { acronymScan } from '../../acronyms.js';
import type { Span } from '../../doc.js';
import { found, type Check, type ChecklistRule } from '../item.js';

/** Acronyms everyone reading French, Spanish or German knows (the EU, the UN, NATO, GDP, the WHO, NGOs). */
const KNOWN: Record<string, RegExp> = {
  fr: /^(UE|ONU|OTAN|PIB|OMS|ONG|TVA|SNCF)$/,
  es: /^(UE|ONU|OTAN|PIB|OMS|ONG|IVA|EEUU|EE\.UU\.)$/,
  de: /^(EU|UNO|UN|NATO|BIP|WHO|NGO|USA|BRD|GmbH|AG)$/,
};

const check: Check = ({ doc }) => {
  const scan = acronymScan(doc.input, doc.language);
  const known =
    /^(UK|US|USA|U\.S|U\.S\.|EU|UN|NATO|G7|G20|COVID-19|BBC|NHS|GDP|CEO|TV|OK|PM|AM|PDF|URL|ID|РФ|США|ООН|ЕС|МВД|МИД|СНГ|ВВП|ФСБ|ВС|СМИ|НАТО|РЖД|ЖКХ|МЧС|ГИБДД|ДНР|ЛНР|ШОС|БРИКС|ОДКБ|ЕАЭС|АТЭС|ВОЗ|ЮНЕСКО|ОПЕК)$/;
  // Defined as the lint rule reads it: a parenthesis, or the long form's initials earlier on.
  const definedAt = new Map<string, number>();
  for (const d of scan.definitions) {
    const at = d.shape === 'initials' ? d.span.start : d.acronymSpan.start;
    if (!definedAt.has(d.acronym) || at < definedAt.get(d.acronym)!) definedAt.set(d.acronym, at);
  }
  const firstUse = new Map<string, Span>();
  for (const u of scan.uses) if (!firstUse.has(u.acronym)) firstUse.set(u.acronym, u);
  const bad: Span[] = [];
  for (const [acr, use] of firstUse) {
    if (known.test(acr) || KNOWN[doc.language]?.test(acr)) continue;
    if (doc.protected.some((p) => p.start <= use.start && use.end <= p.end)) continue;
    const at = definedAt.get(acr);
    if (at === undefined || use.start < at) bad.push({ start: use.start, end: use.end });
  }
  return found(bad, 'fail');
};

export default {
  meta: {
    id: 'acronyms-defined',
    audiences: ['rural', 'foreign'],
    languages: ['en', 'ru', 'fr', 'es', 'de'],
    sources: [['govuk', 'abbreviations and acronyms']],
  },
  messages: {
    en: {
      label: 'Acronyms spelled out',
      explanation: 'Spell out every acronym at its first use (GOV.UK), unless everyone knows it (UK, EU, NATO).',
    },
    ru: {
      label: 'Аббревиатуры расшифрованы',
      explanation: 'Расшифруйте каждую аббревиатуру при первом упоминании, если она не общеизвестна (РФ, ООН, МВД).',
    },
  },
  check,
} satisfies ChecklistRule;
