/**
 * Translator notes for what a version for foreign readers keeps although the foreign rules would
 * change it: idioms and acronyms inside words it keeps as written (a quotation, agreed text:
 * as-written.ts), and words written in capitals that are names, not acronyms. The measure does
 * not count them (measure.ts); these notes say what each means, so that a translator renders the
 * meaning, not the words. English versions only.
 */
import { analyze } from '@attache/core';
import { acronymScan } from '../acronyms.js';
import { EN } from '../data/index.js';
import { foreign, idiomsLeft, type GlossaryEntry } from '../foreign.js';
import { hasIdiom } from '../proposers/index.js';
import { HONORIFIC, inCitation, nameInCapitals, WELL_KNOWN, type AsWritten } from './measure.js';

/** The titles of address `HONORIFIC` matches, by their letters. */
const TITLES: Record<string, string> = {
  HE: 'His or Her Excellency',
  HM: 'His or Her Majesty',
  HRH: 'His or Her Royal Highness',
  HH: 'His or Her Highness',
};

/** The codes of United States law a citation names most often (uscode.house.gov, ecfr.gov). */
const CODES: Record<string, string> = { USC: 'United States Code', CFR: 'Code of Federal Regulations' };

/** The plain words the foreign audience's lists give for an idiom at [start, end) of `text`, read with its line's quotation marks blanked. */
function plainMeaning(text: string, start: number, end: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl).replace(/[“”"«»„]/gu, ' ');
  try {
    const p = foreign
      .propose(analyze(line, { language: 'en', lint: false }), line)
      .find((x) => x.start < end - lineStart && x.end > start - lineStart && x.replacement.trim() !== '');
    return p?.replacement;
  } catch {
    return undefined;
  }
}

/**
 * The notes, once each, in order of first use; fills the glossary's long form of an acronym the
 * release leaves bare from long-forms.json (sourced there).
 */
export function keptWordsNotes(prose: string, asWritten: AsWritten, glossary: GlossaryEntry[]): string[] {
  const out: string[] = [];
  // the glossary's acronyms that the release leaves bare, with their sourced long forms
  for (const g of glossary)
    if (g.kind === 'acronym' && !g.definition) {
      const long = EN.longForms.find((x) => x.acronym === g.term);
      if (long) g.definition = long.long;
    }
  // the matcher reads no quotation: read the text with its quotation marks blanked (same offsets),
  // and keep the idioms inside words the version keeps as written
  // (read only when the words of a list are there at all: the analysis is most of the cost)
  const blanked = prose.replace(/[“”"«»„]/gu, ' ');
  const found = hasIdiom('en', blanked) ? idiomsLeft(analyze(blanked, { language: 'en', lint: false }), blanked) : [];
  for (const e of found) {
    if (!asWritten(prose, e.start, e.end)) continue;
    const meaning = plainMeaning(prose, e.start, e.end);
    out.push(
      `“${prose.slice(e.start, e.end)}” is an idiom in words the version quotes as said or agreed, which it may not change: translate its meaning${meaning ? ` (“${meaning}”)` : ''}, not its words.`,
    );
  }
  const scan = acronymScan(prose, 'en');
  const defined = new Set(scan.definitions.map((d) => d.acronym));
  for (const u of scan.uses) {
    const a = u.acronym;
    if (u.inDefinition || defined.has(a) || a.length < 2 || WELL_KNOWN.test(a.replace(/\./g, ''))) continue;
    const long = EN.longForms.find((x) => x.acronym === a);
    const entry = glossary.find((g) => g.term === a);
    const plain = a.replace(/\./g, '');
    if (HONORIFIC.test(a) && TITLES[plain]) {
      out.push(
        `“${a.replace(/\.?$/, '.')}” is a title of address before a name (${TITLES[plain]}): write the title of address of the target language.`,
      );
    } else if (inCitation(prose, u.start, u.surface)) {
      out.push(
        `“${a.includes('.') ? a.replace(/\.?$/, '.') : a}” is part of a legal citation${CODES[plain] ? ` (the ${CODES[plain]})` : ''}: keep the citation as written.`,
      );
    } else if (nameInCapitals(a, 'en') && !long) {
      out.push(
        `“${a}” is written in capitals and the release does not say what it stands for: most likely a name (a service, a campaign, a programme); keep it as written, and ask the press office if it is an acronym.`,
      );
    } else if (asWritten(prose, u.start, u.start + u.surface.length)) {
      const means = entry?.definition ?? long?.long;
      out.push(
        means
          ? `“${a}” is in words the version quotes as said, where it cannot be spelled out: it stands for ${means}.`
          : `“${a}” is in words the version quotes as said, where it cannot be spelled out, and the release does not say what it stands for: ask the press office.`,
      );
    }
  }
  return [...new Set(out)];
}
