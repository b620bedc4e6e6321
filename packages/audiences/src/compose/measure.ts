/** The figures of a version against its audience's targets (`targets.ts`). */
import { analyze, isShoutedWord, type Report } from '@attache/core';
import { acronymScan } from '../acronyms.js';
import { idiomsLeft } from '../foreign.js';
import type { AudienceId } from '../types.js';
import { citeSources } from '../cite.js';
import { escapeRe } from '../text.js';
import { LABELS } from './labels.js';
import { EN } from '../data/index.js';
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
 * so “UK’s” and “U.S” count as UK and US; “USA” is the same name as “US”. “NGO” is in The
 * Economist's list of abbreviations more familiar than their full form (“AIDS, BBC, CIA, EU, FBI,
 * HIV, IMF, NATO, NGO, OECD, UNESCO”), as are AIDS and HIV. “D.C.” is part of a city's name (“Washington, D.C.”), as
 * the readers of the State Department's releases meet it, not an acronym to spell out.
 */
export const WELL_KNOWN = /^(US|USA|UK|EU|UN|NATO|NGO|AIDS|HIV|TV|VAT|MP|BBC|COVID(?:-19)?|DC|США|РФ|ООН|ЕС|НАТО)$/;

/**
 * Whether [start, end) of a version's text is words it keeps as the release wrote them (a
 * quotation, agreed text: as-written.ts), which the version may not change. Without it, every
 * word counts.
 */
export type AsWritten = (text: string, start: number, end: number) => boolean;

/**
 * A ship's prefix, part of its name as the navy writes it ("the Ohio-class submarine USS
 * Maryland"): a translator keeps a ship's name as written, prefix and all.
 */
const SHIP_PREFIX = /^(?:USS|USNS|USCGC|HMS|HMCS|HMAS|HMNZS)$/;

/**
 * A title of address before a name, as diplomatic protocol writes it ("the Secretary General of
 * the Organization of Islamic Cooperation, H.E. Hissein Brahim Taha"): His or Her Excellency,
 * Majesty, Royal Highness, Highness. It says which the text cannot (his or her): the translator
 * notes give its meaning, and the translator writes the title of address of the target language.
 */
export const HONORIFIC = /^(?:H\.E|H\.M|H\.R\.H|H\.H)\.?$/;

/**
 * A dotted abbreviation between a number and a section, a part or another number is part of a
 * legal citation ("22 U.S.C. § 2751", "22 C.F.R. Parts 120-130"): cited as the law is cited, and
 * kept as written in a translation.
 */
export function inCitation(text: string, start: number, surface: string): boolean {
  return (
    surface.includes('.') &&
    /\d\s+$/u.test(text.slice(Math.max(0, start - 8), start)) &&
    /^\.?\s*(?:§|[Pp]arts?\s|\d)/u.test(text.slice(start + surface.length))
  );
}

/**
 * The acronyms a text uses without saying what they stand for, once each. Not counted: the
 * well-known ones (`WELL_KNOWN`); a ship's prefix before the ship's name, and a title of address
 * before a name (`HONORIFIC`); a legal citation's abbreviation (`inCitation`); a word of the language
 * written in capitals that nothing spells out, which is a name ("FRANK", the drugs advice service;
 * "Americas RISE for Health"), as the proposers and checklists read it (acronyms.ts); and, with
 * `asWritten`, an acronym every use of which is inside words the version keeps as written (a
 * quotation, agreed text), where it cannot be spelled out. `known` says which acronyms have a
 * long form the version could have given (long-forms.json): those are never read as names.
 */
export function unexplainedAcronyms(
  text: string,
  language: 'en' | 'ru',
  asWritten?: AsWritten,
  known: (acronym: string) => boolean = () => false,
): string[] {
  const scan = acronymScan(text, language);
  const defined = new Set(scan.definitions.map((d) => d.acronym));
  const uses = scan.uses.filter(
    (u) =>
      !u.inDefinition &&
      !defined.has(u.acronym) &&
      u.acronym.length > 1 &&
      !WELL_KNOWN.test(u.acronym.replace(/\./g, '')) &&
      !(
        (SHIP_PREFIX.test(u.acronym) || HONORIFIC.test(u.acronym)) &&
        /^\.?\s+\p{Lu}/u.test(text.slice(u.start + u.surface.length))
      ) &&
      !inCitation(text, u.start, u.surface) &&
      !(nameInCapitals(u.acronym, language) && !known(u.acronym)),
  );
  const changeable = asWritten ? uses.filter((u) => !asWritten(text, u.start, u.start + u.surface.length)) : uses;
  return [...new Set(changeable.map((u) => u.acronym))];
}

/** Whether an acronym has a long form in long-forms.json (English only). */
export function hasLongForm(language: 'en' | 'ru'): (acronym: string) => boolean {
  return (acronym) => language === 'en' && EN.longForms.some((e) => e.acronym === acronym);
}

/**
 * A word of the language written in capitals ("FRANK", "RISE"): most likely a name, not an
 * acronym. Four letters at least: three capitals that happen to spell a word of the lexicon are
 * most often an abbreviation (CEO, VIP, EUR), and are counted.
 */
export function nameInCapitals(acronym: string, language: 'en' | 'ru'): boolean {
  return /^\p{Lu}{4,}$/u.test(acronym) && isShoutedWord(acronym, language);
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

/**
 * The version's figures against its audience's targets, on what its reader reads (`readerProse`).
 * With `asWritten` (compose gives it from the release), the idioms and acronyms inside words the
 * version keeps as written are not counted: the version cannot change them, and its translator
 * notes and glossary explain them instead.
 */
export function measure(
  audience: AudienceId,
  version: string,
  language: 'en' | 'ru',
  asWritten?: AsWritten,
): TargetFigure[] {
  const text = readerProse(version);
  const r = analyze(text, { language, lint: false }); // the figures need no lint findings
  const words = sentenceWords(text, r);
  const avg = words.length ? words.reduce((a, b) => a + b, 0) / words.length : 0;
  const values: Record<VersionTargetId, () => number> = {
    grade: () => r.readability.grade ?? 0,
    formality: () => r.formality.score ?? 0,
    averageSentenceWords: () => Math.round(avg * 10) / 10,
    longestSentenceWords: () => Math.max(0, ...words),
    idioms: () =>
      language === 'en' ? idiomsLeft(r, text).filter((e) => !asWritten?.(text, e.start, e.end)).length : 0,
    acronymsSpelledOut: () => unexplainedAcronyms(text, language, asWritten, hasLongForm(language)).length,
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
