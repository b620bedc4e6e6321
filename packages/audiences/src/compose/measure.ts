/** The figures of a version against its audience's targets (`targets.ts`). */
import { analyze, type Report } from '@attache/core';
import { acronymScan } from '../acronyms.js';
import { idiomsLeft } from '../foreign.js';
import type { AudienceId } from '../types.js';
import { citeSources } from '../cite.js';
import { escapeRe } from '../text.js';
import { LABELS } from './labels.js';
import { targetsFor, type VersionTargetId } from './targets.js';

export interface TargetFigure {
  id: VersionTargetId;
  value: number;
  max: number;
  met: boolean;
  /** Ids of the source registry the limit comes from, and the line that cites them with the why. */
  sources: string[];
  source: string;
}

/**
 * Acronyms better known than their long form, which need no spelling out (GOV.UK style guide,
 * “Abbreviations and acronyms”: “like UK, DVLA, US, EU, VAT and MP”), matched on the acronym,
 * so “UK’s” and “U.S” count as UK and US. “D.C.” is part of a city's name (“Washington, D.C.”), as
 * the readers of the State Department's releases meet it, not an acronym to spell out.
 */
export const WELL_KNOWN = /^(US|UK|EU|UN|NATO|TV|VAT|MP|BBC|COVID(?:-19)?|DC|США|РФ|ООН|ЕС|НАТО)$/;

/** The acronyms a text uses without saying what they stand for (well-known ones aside), once each. */
export function unexplainedAcronyms(text: string, language: 'en' | 'ru'): string[] {
  // a word of the language in capitals is a name, no acronym ("FRANK", the drugs advice service),
  // as the proposers and checklists read it (acronyms.ts)
  const scan = acronymScan(text, language);
  const defined = new Set(scan.definitions.map((d) => d.acronym));
  return [
    ...new Set(
      scan.uses
        .filter(
          (u) =>
            !u.inDefinition &&
            !defined.has(u.acronym) &&
            u.acronym.length > 1 &&
            !WELL_KNOWN.test(u.acronym.replace(/\./g, '')),
        )
        .map((u) => u.acronym),
    ),
  ];
}

const LABEL_WORDS = [
  ...new Set(
    Object.values(LABELS).flatMap((l) => [
      l.more,
      `${l.what}:`,
      `${l.who}:`,
      `${l.todo}:`,
      `${l.when}:`,
      `${l.call}:`,
      `${l.glossary}:`,
    ]),
  ),
];
/** A line that is only a section label ("News:", "Who to call:", "Read more:"). */
const LABEL_LINE = new RegExp(`^[ \\t]*(?:${LABEL_WORDS.map(escapeRe).join('|')})[ \\t]*$`, 'gmu');

/**
 * What a reader reads as sentences in a version: its text without the channel's furniture, which
 * would count as short sentences and flatter every figure: the links, the section labels of a
 * notice ("News:", "Who to call:") and "Read more:" (each a one- to three-word "sentence"),
 * hashtags, and lines with no word in them (a phone number from the brief).
 */
export function readerProse(text: string): string {
  return text
    .replace(/\bhttps?:\/\/\S+/gu, '')
    .replace(LABEL_LINE, '')
    .replace(/(?<![\p{L}\p{N}_])#[\p{L}\p{N}_]+/gu, '')
    .split('\n')
    .filter((line) => /\p{L}{2,}/u.test(line) || line.trim() === '')
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

function sentenceWords(text: string, report: Report): number[] {
  return report.sentences.map((s) => s.words).filter((w) => w > 0 && text.length > 0);
}

/** The version's figures against its audience's targets, on what its reader reads (`readerProse`). */
export function measure(audience: AudienceId, version: string, language: 'en' | 'ru'): TargetFigure[] {
  const text = readerProse(version);
  const r = analyze(text, { language, lint: false }); // the figures need no lint findings
  const words = sentenceWords(text, r);
  const avg = words.length ? words.reduce((a, b) => a + b, 0) / words.length : 0;
  const values: Record<VersionTargetId, () => number> = {
    grade: () => r.readability.grade ?? 0,
    formality: () => r.formality.score ?? 0,
    averageSentenceWords: () => Math.round(avg * 10) / 10,
    longestSentenceWords: () => Math.max(0, ...words),
    idioms: () => (language === 'en' ? idiomsLeft(r, text).length : 0),
    acronymsSpelledOut: () => unexplainedAcronyms(text, language).length,
    datesUnambiguous: () => (text.match(/\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g) ?? []).length,
  };
  return targetsFor(audience, language).map((t) => {
    const value = Math.round(values[t.id]() * 10) / 10;
    return {
      id: t.id,
      value,
      max: t.max,
      met: value <= t.max,
      sources: t.sources,
      source: `${t.note} (${citeSources(t.sources)})`,
    };
  });
}
