/**
 * `@attache/audiences/foreign`: readers for whom the language is not their first. Global
 * English: no idioms or phrasal verbs, acronyms expanded, a glossary of terms and names,
 * unambiguous dates, explicit subjects, one spelling per name, McAlpine EFLAW ≤ 25.
 */
import { LineIndex, type Report } from '@attache/core';
import { acronymScan, spelledOut } from './acronyms.js';
import { idiomsLeft as idiomSpans } from './idioms.js';
import { docFor } from './adapter.js';
import { localeOf, makeAudience, resolveInput } from './adapter.js';
import {
  acronymsForeignP,
  boilerplateP,
  datesP,
  everydayP,
  findingsP,
  hasIdiom,
  hiddenVerbsP,
  idiomsP,
  institutionP,
  passiveP,
  listP,
  splitP,
} from './proposers/index.js';
import type { Audience, Evidence, ProposeOptions } from './types.js';

const base = makeAudience({
  id: 'foreign',
  targets: { maxEflaw: 25, maxAverageSentenceWords: 20, maxGrade: 10, maxHardSentenceShare: 0.2 },
  targetSources: {
    maxEflaw: { sources: ['mcalpine'], note: 'EFLAW 25 or less (very easy for learners of English).' },
    maxAverageSentenceWords: {
      sources: ['asd-ste100'],
      note: 'About 20 words (ASD-STE100: 20 in procedural sentences, 25 in descriptive ones).',
    },
    maxGrade: { sources: ['hemingway'], note: 'Below grade 10 (Hemingway: grade 10 and above is hard).' },
    maxHardSentenceShare: { sources: ['hemingway'], note: 'At most one sentence in five hard.' },
  },
  maxSentenceWords: 20,
  proposers: [
    findingsP,
    hiddenVerbsP,
    idiomsP,
    everydayP,
    boilerplateP,
    datesP,
    institutionP,
    passiveP,
    acronymsForeignP,
    listP,
    splitP,
  ],
  // A plain-word fix that brings in a phrasal verb ("accompany" → "go with") is no help here.
  rejectReplacement: (doc, replacement) => hasIdiom(doc.language, replacement),
});

export interface GlossaryEntry {
  term: string;
  kind: 'acronym' | 'name' | 'title' | 'organisation';
  /** What the text itself says it stands for or is, when it says so. */
  definition?: string;
  /** First use in the input. */
  first: Evidence;
  uses: number;
}

const TITLE =
  /^(Secretary|Minister|President|Prime|Ambassador|Director|Head|Chief|Governor|Mayor|Chancellor|Spokesperson|Spokesman|Deputy|Assistant|Under|Special|General|Commissioner|Chair|Chairman|Chairwoman|King|Queen|Prince|Princess|Senator|Representative|Congressman|Congresswoman|Министр|Президент|Председатель|Посол|Директор|Глава|Руководитель|Губернатор|Мэр|Канцлер|Премьер-министр|Заместитель|Помощник|Пресс-секретарь|Генеральный|Король|Королева|Принц|Сенатор|Депутат)$/;
const ORG =
  /(Department|Ministry|Government|Office|Agency|Embassy|Council|Commission|Service|Committee|Authority|Administration|Bureau|Centre|Center|Mission|Organization|Organisation|Union|Bank|Fund|Laboratory|Institute|University|Министерство|Правительство|Служба|Агентство|Комитет|Совет|Фонд|Администрация|Организаци\p{L}*|Союз|Банк|Университет|Дума|Собрание)/u;
const STOP = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'For',
  'This',
  'These',
  'That',
  'We',
  'Our',
  'It',
  'He',
  'She',
  'They',
  'В',
  'На',
  'По',
  'С',
  'Мы',
  'Он',
  'Она',
  'Они',
  'Это',
  'Как',
  'Также',
  'При',
  'После',
  'А',
  'И',
  'Но',
]);

/** Acronyms (with the text's own definitions), organisations, titles and names, in order of first use. */
export function glossary(report: Report, input?: string, options: ProposeOptions = {}): GlossaryEntry[] {
  const locale = localeOf(report, options);
  const text = resolveInput(report, input, 'foreign.glossary', locale);
  const lines = new LineIndex(text);
  const entries = new Map<string, GlossaryEntry>();
  const add = (term: string, kind: GlossaryEntry['kind'], start: number, definition?: string): void => {
    const e = entries.get(term);
    if (e) {
      e.uses++;
      if (definition && !e.definition) e.definition = definition;
      return;
    }
    const end = start + term.length;
    entries.set(term, {
      term,
      kind,
      ...(definition ? { definition } : {}),
      first: { start, end, loc: lines.location(start, end), text: text.slice(start, end) },
      uses: 1,
    });
  };
  const scan = acronymScan(text, report.language.code);
  const defs = spelledOut(scan);
  for (const u of scan.uses) add(u.acronym, 'acronym', u.start, defs.get(u.acronym)?.long);
  // Capitalised sequences of two words or more (with "of", "for", "and" inside): names, titles, organisations.
  const seq = /(?<![\p{L}])\p{Lu}[\p{L}’'.-]+(?:(?: (?:of|for|and|the|de|von|и)){0,2} \p{Lu}[\p{L}’'.-]+)+/gu;
  let m: RegExpExecArray | null;
  while ((m = seq.exec(text)) !== null) {
    let term = m[0];
    let start = m.index;
    const first = term.split(' ')[0]!;
    if (STOP.has(first)) {
      term = term.slice(first.length + 1);
      start += first.length + 1;
      if (!/ /.test(term)) continue;
    }
    const words = term.split(' ');
    const kind: GlossaryEntry['kind'] = ORG.test(term) ? 'organisation' : TITLE.test(words[0]!) ? 'title' : 'name';
    add(term.replace(/[.,]$/, ''), kind, start);
  }
  return [...entries.values()].sort((a, b) => a.first.start - b.first.start);
}

/** Idioms and phrasal verbs (from the Global English lists) still in the text, with their spans. */
export function idiomsLeft(report: Report, input?: string, options: ProposeOptions = {}): Evidence[] {
  const locale = localeOf(report, options);
  const text = resolveInput(report, input, 'foreign.idiomsLeft', locale);
  const lines = new LineIndex(text);
  return idiomSpans(docFor(report, text)).map((s) => ({
    start: s.start,
    end: s.end,
    loc: lines.location(s.start, s.end),
    text: text.slice(s.start, s.end),
  }));
}

export const foreign: Audience & { glossary: typeof glossary; idiomsLeft: typeof idiomsLeft } = {
  ...base,
  glossary,
  idiomsLeft,
};
export default foreign;
