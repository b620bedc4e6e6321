/**
 * Cultural and linguistic checklists. Each item is one file in `items/` (`{ meta, messages,
 * check }`), checked automatically where the text can tell (pass / fail, with evidence spans),
 * and left `manual` (with hints as evidence where the check found something a person must
 * judge) where it cannot. Each item's meta names the audiences and languages it serves; the
 * checklist receives the report and (for youth) the thread from its caller and runs no rewrite.
 */
import { addCatalogue, LineIndex } from '@attache/core';
import { tr } from '../i18n/index.js';
import type { AudienceId, ChecklistItem, Evidence } from '../types.js';
import { citeSources, type ChecklistContext, type ChecklistRule } from './item.js';
import addressForm from './items/address-form.js';
import humourIrony from './items/humour-irony.js';
import idioms from './items/idioms.js';
import datesNumbersUnits from './items/dates-numbers-units.js';
import timeZones from './items/time-zones.js';
import nameTransliteration from './items/name-transliteration.js';
import religiousPoliticalSymbols from './items/religious-political-symbols.js';
import coloursEmoji from './items/colours-emoji.js';
import holidays from './items/holidays.js';
import platformNorms from './items/platform-norms.js';
import altText from './items/alt-text.js';
import offlineChannels from './items/offline-channels.js';
import localRelevance from './items/local-relevance.js';
import sentenceLength from './items/sentence-length.js';
import readingGrade from './items/reading-grade.js';
import formality from './items/formality.js';
import eflaw from './items/eflaw.js';
import acronymsDefined from './items/acronyms-defined.js';
import officialese from './items/officialese.js';
import passiveVoice from './items/passive-voice.js';
import whatItMeans from './items/what-it-means.js';
import hookFirst from './items/hook-first.js';
import contact from './items/contact.js';
import explicitSubjects from './items/explicit-subjects.js';
import glossary from './items/glossary.js';
import numbersConcrete from './items/numbers-concrete.js';

export type { ChecklistContext, ChecklistLanguage, ChecklistRule } from './item.js';

/**
 * Every checklist item, by id, in the order a checklist shows them. An audience's checklist is
 * the items whose `meta.audiences` names it and whose `meta.languages` has the text's language.
 */
export const CHECKLIST_ITEMS: Record<string, ChecklistRule> = Object.fromEntries(
  [
    addressForm,
    humourIrony,
    idioms,
    datesNumbersUnits,
    timeZones,
    nameTransliteration,
    religiousPoliticalSymbols,
    coloursEmoji,
    holidays,
    platformNorms,
    altText,
    offlineChannels,
    localRelevance,
    sentenceLength,
    eflaw,
    readingGrade,
    formality,
    acronymsDefined,
    explicitSubjects,
    glossary,
    officialese,
    passiveVoice,
    whatItMeans,
    numbersConcrete,
    hookFirst,
    contact,
  ].map((item) => [item.meta.id, item]),
);

/** The items an audience's checklist shows for a text in `language` (every language when omitted). */
export function checklistItems(audience: AudienceId, language?: string): ChecklistRule[] {
  return Object.values(CHECKLIST_ITEMS).filter(
    (i) =>
      i.meta.audiences.includes(audience) &&
      (language === undefined ||
        (i.meta.languages as readonly string[]).includes(language) ||
        (i.meta.manualIn as readonly string[] | undefined)?.includes(language) === true),
  );
}

/** Each audience's checklist ids, read from the items' meta (for the docs and the CLI's help). */
export const CHECKLISTS: Record<AudienceId, string[]> = Object.fromEntries(
  (['youth', 'rural', 'foreign'] as const).map((a) => [a, checklistItems(a).map((i) => i.meta.id)]),
) as Record<AudienceId, string[]>;

let registered = false;
/** The items' messages, added to the `audiences` i18next namespace on first use. */
function registerMessages(): void {
  if (registered) return;
  for (const locale of ['en', 'ru'] as const) {
    const checklist = Object.fromEntries(Object.values(CHECKLIST_ITEMS).map((i) => [i.meta.id, i.messages[locale]]));
    addCatalogue(locale, 'audiences', { checklist });
  }
  registered = true;
}

export function runChecklist(c: ChecklistContext): ChecklistItem[] {
  registerMessages();
  const lines = new LineIndex(c.doc.input);
  return checklistItems(c.audience, c.doc.language).map((def) => {
    const id = def.meta.id;
    // A language the item has no rule for: shown, left to a person.
    const auto = (def.meta.languages as readonly string[]).includes(c.doc.language);
    const r = auto ? def.check(c) : { status: 'manual' as const, evidence: [] };
    const data = { max: c.maxSentenceWords, ...r.data };
    const evidence: Evidence[] = r.evidence.map((s) => ({
      start: s.start,
      end: s.end,
      loc: lines.location(s.start, s.end),
      text: c.doc.input.slice(s.start, s.end),
    }));
    return {
      id,
      status: r.status,
      label: tr(`checklist.${id}.label`, data, c.locale),
      explanation: tr(`checklist.${id}.explanation`, data, c.locale),
      evidence,
      source: citeSources(def.meta.sources),
      automatic: r.status !== 'manual',
    };
  });
}
