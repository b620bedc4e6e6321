/**
 * Fit: a version's sentences thinned until its audience's targets are met. A version summarises,
 * so leaving a sentence out alters nothing; the lead (the news) always stays. The sentence whose
 * absence brings the figures closest to the targets goes first, the later one (lower in the
 * release's order of importance) on a tie; each gets a note for the editor. Stops when the targets
 * are met, when `minKeep` sentences are left, or when no omission helps.
 *
 * The figures are computed from one analysis of the sentences (words, syllables and formality of
 * each), with the formula the measure uses (Flesch–Kincaid for English, its Russian adaptation;
 * formality as the word-weighted mean of the sentences'); the version's own measure stays the
 * judge of the result.
 */
import { analyze } from '@attache/core';
import type { AudienceId } from '../types.js';
import { notesIn } from './notes.js';
import { targetsFor, type VersionTargetId } from './targets.js';

interface LineStats {
  words: number;
  syllables: number;
  sentences: number;
  longest: number;
  /** Σ formality × words over its sentences. */
  formality: number;
}

/** US grade by the measure's formulas (readability/formulas.ts in core). */
const grade = (language: 'en' | 'ru', w: number, s: number, syl: number): number =>
  language === 'ru' ? 0.49 * (w / s) + 7.3 * (syl / w) - 16.59 : 0.39 * (w / s) + 11.8 * (syl / w) - 15.59;

/** The figures the sentences `on` would have together, per target that fit can move. */
function figures(stats: LineStats[], on: boolean[], language: 'en' | 'ru'): Partial<Record<VersionTargetId, number>> {
  let w = 0;
  let s = 0;
  let syl = 0;
  let f = 0;
  let longest = 0;
  stats.forEach((x, i) => {
    if (!on[i]) return;
    w += x.words;
    s += x.sentences;
    syl += x.syllables;
    f += x.formality;
    longest = Math.max(longest, x.longest);
  });
  if (w === 0 || s === 0) return {};
  return {
    grade: grade(language, w, s, syl),
    formality: f / w,
    averageSentenceWords: w / s,
    longestSentenceWords: longest,
  };
}

export interface Fitted {
  lines: string[];
  /** The indexes of the lines kept, in order. */
  kept: number[];
  notes: string[];
}

/** The lines left once the audience's targets are met (or nothing more helps), and why each went. */
export function fitTargets(
  lines: readonly string[],
  /** What each line is worth (its sentence's selection score): the least worth goes first on a tie. */
  values: readonly number[],
  audience: AudienceId,
  language: 'en' | 'ru',
  /** Never fewer lines than this; never more than `maxKeep` (spare candidates beyond it are left out). */
  {
    minKeep = 2,
    maxKeep = Infinity,
    needsPrevious = [],
    keepForFigures = [],
  }: {
    minKeep?: number;
    maxKeep?: number;
    /** Lines that point back to the line before them (a pronoun, "this aim"): that line goes only once they have gone. */
    needsPrevious?: readonly boolean[];
    /** Lines kept as the news is: left out only when the channel has room for fewer lines, never for the figures. */
    keepForFigures?: readonly boolean[];
  } = {},
  /** Language of the notes. */
  locale: 'en' | 'ru' = language,
): Fitted {
  const targets = targetsFor(audience, language).filter((t) =>
    ['grade', 'formality', 'averageSentenceWords', 'longestSentenceWords'].includes(t.id),
  );
  if (lines.length <= Math.max(1, minKeep) || (targets.length === 0 && lines.length <= maxKeep))
    return { lines: [...lines], kept: lines.map((_, i) => i), notes: [] };
  // one analysis: each line its own paragraph, so no sentence runs across two lines
  const starts: number[] = [];
  let text = '';
  for (const l of lines) {
    starts.push(text.length);
    text += `${l}\n\n`;
  }
  const report = analyze(text, { language, lint: false });
  const stats: LineStats[] = lines.map(() => ({ words: 0, syllables: 0, sentences: 0, longest: 0, formality: 0 }));
  let li = 0;
  for (const s of report.sentences) {
    if (s.words <= 0) continue;
    while (li + 1 < starts.length && s.start >= starts[li + 1]!) li++;
    const x = stats[li]!;
    x.words += s.words;
    x.syllables += s.syllables;
    x.sentences += 1;
    x.longest = Math.max(x.longest, s.words);
    x.formality += (s.formality ?? 50) * s.words;
  }
  // how far the figures are from the targets, each relative to its limit; 0 when all are met
  const excess = (on: boolean[]): number => {
    const fig = figures(stats, on, language);
    let e = 0;
    for (const t of targets) {
      const v = fig[t.id];
      if (v !== undefined && v > t.max) e += (v - t.max) / t.max;
    }
    return e;
  };
  const on = lines.map(() => true);
  const full = figures(stats, on, language);
  const dropped: number[] = [];
  let cur = excess(on);
  let left = lines.length;
  while ((cur > 0 && left > minKeep) || left > maxKeep) {
    // the omission that brings the figures closest to the targets; the least worth on a tie
    let best = -1;
    let bestE = left > maxKeep ? Infinity : cur;
    // the lead's own pieces (a lead split in two keeps its worth, the same number, in each) are the
    // news: never left out to bring the figures closer, only when the channel has room for fewer
    // lines ("We learned with alarm … of the Taliban’s decision to stifle the Afghan people’s access
    // to … international media sources." went first, being the longest: a blind reading of the
    // Afghanistan media statement, whose version then said only that the U.S. was "paying close
    // attention")
    for (const news of [false, true]) {
      for (let i = 1; i < lines.length; i++) {
        if (!on[i] || (!news && (values[i] === values[0] || keepForFigures[i]))) continue;
        // (not what the next line points back to while that line stays: "We urge the Haitian
        // authorities to move forward with an … investigation" went and "We remain a committed
        // partner to supporting this aim." was left with nothing to point to, pool item 189)
        if (needsPrevious[i + 1] && on[i + 1]) continue;
        on[i] = false;
        const e = excess(on);
        on[i] = true;
        if (e < bestE - 1e-9 || (best >= 0 && Math.abs(e - bestE) <= 1e-9 && values[i]! < values[best]!)) {
          bestE = e;
          best = i;
        }
      }
      // (for the figures alone the news never goes; only when the channel has room for fewer lines)
      if (best >= 0 || left <= maxKeep) break;
    }
    if (best < 0) break;
    on[best] = false;
    left--;
    // a spare candidate left out with the targets already met needs no note
    if (cur > 0 && left < maxKeep) dropped.push(best);
    cur = bestE;
  }
  if (left === lines.length) return { lines: [...lines], kept: lines.map((_, i) => i), notes: [] };
  const missed = targets.filter((t) => (full[t.id] ?? 0) > t.max).map((t) => t.id);
  const notes = dropped
    .toSorted((a, b) => a - b)
    .map((i) => notesIn(locale).leftOutForTargets({ audience, targets: missed.join(', '), sentence: lines[i]! }));
  return { lines: lines.filter((_, i) => on[i]), kept: lines.flatMap((_, i) => (on[i] ? [i] : [])), notes };
}
