/**
 * What a version aims at, per audience, recalibrated on spoken register (issue 12, item 8),
 * each with its source. Rows: a measured figure of the version and its limit.
 */
import type { AudienceId } from '../types.js';

export type VersionTargetId =
  | 'grade'
  | 'formality'
  | 'averageSentenceWords'
  | 'longestSentenceWords'
  | 'acronymsSpelledOut'
  | 'datesUnambiguous'
  | 'idioms';

export interface VersionTarget {
  id: VersionTargetId;
  /** The figure must be ≤ max. */
  max: number;
  /** Ids of the source registry (`SOURCES` of @attache/core) the limit comes from. */
  sources: string[];
  /** How the limit follows from them. */
  note: string;
  /**
   * Another limit for Russian versions, when the measure's scale differs by language (the
   * formality model is the English one transferred, and Russian words are longer): its own
   * limit, sources and note. `targetsFor` resolves it.
   */
  ru?: { max: number; sources: string[]; note: string };
}

export const VERSION_TARGETS: Record<AudienceId, VersionTarget[]> = {
  youth: [
    {
      id: 'grade',
      max: 9,
      sources: ['govuk-active', 'hemingway'],
      note: 'GOV.UK reading age 9 (grade 4) for the public; grade 9 is below where Hemingway’s “hard” starts (10); hand-written youth versions in issue 12 read at 7.6–11.3',
    },
    {
      id: 'formality',
      max: 60,
      sources: ['wh-briefings', 'heylighen-dewaele'],
      note: 'the White House press briefing answers (spoken register) score about 58 on Attaché’s formality scale (after the F-score); 60 is the least whole score that 65% of them (26 of 40) stay within',
      ru: {
        max: 64,
        sources: ['kremlin-transcripts', 'wh-briefings', 'heylighen-dewaele'],
        note: 'set as the English limit, on Russian spoken register: the least whole score that 65% of the President’s spoken turns of 40–160 words in the kremlin.ru transcripts stay within (as 65% of the briefing answers stay within 60); they score 60.6 on average, the Russian releases 85',
      },
    },
    {
      id: 'averageSentenceWords',
      max: 12,
      sources: ['wh-briefings'],
      note: 'spoken register: the briefing answers and social posts average 10–13 words a sentence',
    },
  ],
  rural: [
    {
      id: 'grade',
      max: 8,
      sources: ['govuk-active', 'plainlanguage'],
      note: 'GOV.UK reading age 9; plainlanguage.gov: write for grade 8 or below',
    },
    {
      id: 'averageSentenceWords',
      max: 15,
      sources: ['plainlanguage', 'govuk'],
      note: 'plainlanguage.gov: average 15–20 words; GOV.UK: shorter is better',
    },
    {
      id: 'longestSentenceWords',
      max: 25,
      sources: ['govuk', 'asd-ste100'],
      note: 'GOV.UK: no sentence over 25 words; ASD-STE100 descriptive sentences ≤ 25',
    },
  ],
  foreign: [
    {
      id: 'grade',
      max: 10,
      sources: ['mcalpine', 'hemingway'],
      note: 'McAlpine EFLAW (≤ 25 for learners); Hemingway: grade 10+ is hard',
    },
    {
      id: 'idioms',
      max: 0,
      sources: ['global-english'],
      note: 'no idioms or phrasal verbs for non-native readers and translators; those inside quotations or agreed text, which the version may not change, are not counted and go to the translator notes with their meaning',
    },
    {
      id: 'acronymsSpelledOut',
      max: 0,
      sources: ['global-english', 'govuk-style', 'economist-style'],
      note: 'spell out an acronym on first use, but for the few better known than their long form (US, UK, EU, UN, NATO, NGO, AIDS, HIV); a ship’s prefix, a title of address, a legal citation, a word in capitals that is a name (FRANK) and an acronym only inside quotations or agreed text are not counted (translator notes and glossary)',
    },
    { id: 'datesUnambiguous', max: 0, sources: ['govuk-style'], note: '“12 March 2026”; 03/04/2026 reads two ways' },
  ],
};

/** The targets of an audience for versions in a language: a row's Russian limit replaces its own. */
export function targetsFor(audience: AudienceId, language: 'en' | 'ru'): VersionTarget[] {
  return VERSION_TARGETS[audience].map((t) => {
    if (language !== 'ru' || !t.ru) return t;
    const { ru, ...rest } = t;
    return { ...rest, ...ru };
  });
}
