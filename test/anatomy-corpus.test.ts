/**
 * The anatomy over every item of the two pools (2,025 State Department releases, 200 kremlin.ru
 * items), each read as its page shows it: the title, a blank line, (for kremlin.ru the place line,)
 * then the text.
 * - No fix and no sentence-level finding (length, difficulty, a span over the whole sentence)
 *   inside a speaker's turn or agreed text.
 * - Every speaker label at the start of a line, found here by a pattern of this test (not the
 *   core's), lies outside every sentence of the report: labels never enter the sentence, grade or
 *   formality figures. The pattern is deliberately narrow (a role or honorific word and a colon),
 *   so what it finds is certainly a label.
 * The figures (parts of each kind, share of transcripts) are printed, not asserted.
 */
import { analyze, type Report } from '@attache/core';
import { describe, expect, it } from 'vitest';
import { hasEval, readJsonl } from '../scripts/eval/corpus.js';

interface Doc {
  id: string;
  lang: 'en' | 'ru';
  text: string;
}

function pools(): Doc[] {
  const en = readJsonl<{ url: string; title: string; text: string }>(
    'press-releases/pools/us_state_department_press_releases_2021_2022.jsonl',
  );
  const ru = readJsonl<{ url: string; title: string; place?: string; text_clean: string }>(
    'press-releases/pools/kremlin_ru_news_2024-12_2025-05.jsonl',
  );
  return [
    ...en.map((d) => ({ id: d.url, lang: 'en' as const, text: `${d.title}\n\n${d.text}` })),
    ...ru.map((d) => ({
      id: d.url,
      lang: 'ru' as const,
      text: `${d.title}\n\n${d.place ? `${d.place}\n\n` : ''}${d.text_clean}`,
    })),
  ];
}

/** Certain speaker labels at the start of a line: English capitals with a role or honorific word,
 * and Russian "И.Фамилия:". */
const LINE_LABEL =
  /^(?:(?:QUESTION|MODERATOR|OPERATOR)|(?:[A-Z][A-Z.'’-]* ){0,4}(?:MR|MS|MRS|SECRETARY|AMBASSADOR|MINISTER|PRESIDENT|OFFICIAL)\.?(?: [A-Z][A-Z.'’-]*){0,4}|[А-ЯЁ]\.[А-ЯЁ][а-яё-]+) ?:(?= )/gmu;

const SENTENCE_RULES = new Set(['sentence-length', 'hard-sentence']);

function check(d: Doc, r: Report, problems: string[]): void {
  const verbatim = r.regions.filter((x) => x.kind === 'speech' || x.kind === 'agreed-text');
  const inVerbatim = (start: number, end: number): boolean =>
    verbatim.some((v) => start < v.end && end > (v.labelEnd ?? v.start));
  for (const f of r.findings) {
    if (!inVerbatim(f.start, f.end)) continue;
    if (f.fix) problems.push(`${d.id}: fix "${f.actual}" → "${f.fix.text}" inside speech or agreed text`);
    const whole = r.sentences.some((s) => f.start <= s.start && f.end >= s.end);
    if (SENTENCE_RULES.has(f.ruleId) || whole) problems.push(`${d.id}: sentence finding ${f.ruleId} in speech`);
  }
  LINE_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE_LABEL.exec(d.text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const s = r.sentences.find((x) => x.start < end && x.end > start);
    if (s) problems.push(`${d.id}: label "${m[0]}" inside the sentence "${d.text.slice(s.start, s.start + 60)}"`);
  }
}

describe.skipIf(!hasEval())('anatomy on every pool item', () => {
  it(
    'no fix or sentence finding in speech or agreed text; no speaker label in the prose figures',
    { timeout: 600_000 },
    () => {
      const docs = pools();
      expect(docs.length).toBe(2225);
      const problems: string[] = [];
      const kinds: Record<string, number> = {};
      const transcripts = { en: 0, ru: 0 };
      const totals = { en: 0, ru: 0 };
      for (const d of docs) {
        const r = analyze(d.text, { language: d.lang });
        check(d, r, problems);
        totals[d.lang]++;
        if (r.anatomy.transcript) transcripts[d.lang]++;
        for (const x of r.regions) kinds[`${d.lang} ${x.kind}`] = (kinds[`${d.lang} ${x.kind}`] ?? 0) + 1;
      }
      console.log(
        `anatomy on the pools: transcripts en ${transcripts.en}/${totals.en}, ru ${transcripts.ru}/${totals.ru}; parts ${JSON.stringify(kinds)}`,
      );
      expect(problems.slice(0, 20)).toEqual([]);
    },
  );
});
