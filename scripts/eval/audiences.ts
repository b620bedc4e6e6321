/**
 * Audience adapters on the real releases (35 en + 16 ru) and a sample of the large pools:
 * proposals per release, the change in formality and grade after `rewrite(…, { accept: 'safe' })`,
 * the share of releases that meet each target, idioms and phrasal verbs left (foreign), and the
 * meaning lock and output hygiene by the independent checkers.
 * `tsx scripts/eval/audiences.ts [--pool N]` (N releases per pool; default 150; 0 skips the pools).
 */
import { analyze, type Report } from '@attache/core';
import {
  audiences,
  checkHygiene,
  checkMeaning,
  idiomsLeft,
  rewrite,
  thread,
  type Audience,
  type AudienceId,
} from '../../packages/audiences/src/index.js';
import { isMain, readJsonl, releases } from './corpus.js';

interface Row {
  id: string;
  lang: 'en' | 'ru';
  proposals: number;
  safe: number;
  applied: number;
  formalityBefore: number | null;
  formalityAfter: number | null;
  gradeBefore: number | null;
  gradeAfter: number | null;
  lockOk: boolean;
  hygieneDefects: number;
  idiomsBefore: number;
  idiomsAfter: number;
  autoShare: number;
  checklistItems: number;
}

const mean = (xs: number[]): number => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
const f1 = (x: number): string => (Number.isNaN(x) ? '–' : x.toFixed(1));

/** The independent checks, as the tests run them: nothing lost, and the speaker still named. */
export function independentCheck(
  input: string,
  out: string,
  applied: { kind: string; original: string }[],
  language: string,
): { lock: boolean; defects: number } {
  const speakers = [
    ...new Set(
      applied
        .filter((p) => p.kind === 'institution-we')
        .map((p) => p.original.replace(/(’s|'s)$/, '').split(/\s+(?=\p{Ll})/u)[0]!),
    ),
  ];
  const lock = checkMeaning(input, out, { language, speakers });
  // The institution that became "we" must still be named somewhere (its first mention).
  const named = speakers.every((s) => out.includes(s.replace(/^the /i, '')));
  return { lock: lock.ok && named, defects: checkHygiene(out, { before: input }).defects.length };
}

export function runOne(audience: Audience, id: string, lang: 'en' | 'ru', text: string): Row {
  const report: Report = analyze(text, { language: lang });
  const proposals = audience.propose(report, text);
  const r = rewrite(text, { audience, accept: 'safe', language: lang });
  const check = independentCheck(text, r.text, r.applied, lang);
  const items = audience.checklist(
    report,
    text,
    audience.id === 'youth' ? { thread: thread(report, text) } : undefined,
  );
  return {
    id,
    lang,
    proposals: proposals.length,
    safe: proposals.filter((p) => p.safe).length,
    applied: r.applied.length,
    formalityBefore: r.before.formality.score,
    formalityAfter: r.after.formality.score,
    gradeBefore: r.before.readability.grade,
    gradeAfter: r.after.readability.grade,
    lockOk: check.lock,
    hygieneDefects: check.defects,
    idiomsBefore: audience.id === 'foreign' ? idiomsLeft(report, text).length : 0,
    idiomsAfter: audience.id === 'foreign' ? idiomsLeft(r.after, r.text).length : 0,
    autoShare: items.filter((i) => i.automatic).length / items.length,
    checklistItems: items.length,
  };
}

function summary(a: AudienceId, rows: Row[], label: string): void {
  const d = (k: 'formality' | 'grade'): number[] =>
    rows
      .filter((r) => r[`${k}Before`] !== null && r[`${k}After`] !== null)
      .map((r) => (r[`${k}After`] as number) - (r[`${k}Before`] as number));
  const gradeAfter = rows.filter((r) => r.gradeAfter !== null).map((r) => r.gradeAfter as number);
  const le8 = gradeAfter.filter((g) => g <= 8).length;
  const le8Before = rows.filter((r) => r.gradeBefore !== null && (r.gradeBefore as number) <= 8).length;
  const parts = [
    `${label.padEnd(8)} n=${String(rows.length).padStart(2)}`,
    `proposals/release ${f1(mean(rows.map((r) => r.proposals)))} (safe ${f1(mean(rows.map((r) => r.safe)))}, applied ${f1(mean(rows.map((r) => r.applied)))})`,
    `Δformality ${f1(mean(d('formality')))}`,
    `Δgrade ${f1(mean(d('grade')))} (grade ${f1(mean(rows.map((r) => r.gradeBefore ?? NaN).filter((x) => !Number.isNaN(x))))} → ${f1(mean(gradeAfter))})`,
    `grade ≤ 8: ${le8}/${gradeAfter.length} (before ${le8Before})`,
  ];
  if (a === 'foreign')
    parts.push(
      `idioms+phrasal verbs ${rows.reduce((n, r) => n + r.idiomsBefore, 0)} → ${rows.reduce((n, r) => n + r.idiomsAfter, 0)} left`,
    );
  parts.push(
    `meaning lock ${rows.filter((r) => r.lockOk).length}/${rows.length}`,
    `hygiene defects ${rows.reduce((n, r) => n + r.hygieneDefects, 0)}`,
  );
  parts.push(
    `checklist ${rows[0]?.checklistItems ?? 0} items, ${f1(100 * mean(rows.map((r) => r.autoShare)))}% automatic`,
  );
  console.log('  ' + parts.join('; '));
}

function poolTexts(n: number): { id: string; lang: 'en' | 'ru'; text: string }[] {
  if (n <= 0) return [];
  const en = readJsonl<{ url: string; text: string }>(
    'press-releases/pools/us_state_department_press_releases_2021_2022.jsonl',
  );
  const ru = readJsonl<{ url: string; text_clean: string }>(
    'press-releases/pools/kremlin_ru_news_2024-12_2025-05.jsonl',
  );
  // An even spread over each pool (every k-th), not the first n.
  const pick = <T>(xs: T[]): T[] =>
    xs.length <= n ? xs : xs.filter((_, i) => i % Math.ceil(xs.length / n) === 0).slice(0, n);
  return [
    ...pick(en).map((r) => ({ id: r.url, lang: 'en' as const, text: r.text })),
    ...pick(ru).map((r) => ({ id: r.url, lang: 'ru' as const, text: r.text_clean })),
  ];
}

/**
 * How far the grade targets are from what edits that keep the words can reach: the average
 * sentence length at which a release's own words (its syllables per word) give grade 8, from
 * the grade formula (en FKGL: 0.39·ASL + 11.8·ASW − 15.59; ru, ruTS: 0.49·ASL + 7.3·ASW − 16.59),
 * and the sentence length a drop of two grades needs.
 */
function feasibility(docs: { language: 'en' | 'ru'; text: string }[]): void {
  console.log('\nWhat the grade targets ask of sentence length, with each release keeping its own words:');
  for (const lang of ['en', 'ru'] as const) {
    const rows = docs
      .filter((d) => d.language === lang)
      .map((d) => analyze(d.text, { language: lang }).counts)
      .filter((c) => c.sentences > 0 && c.words > 0)
      .map((c) => {
        const asl = c.words / c.sentences;
        const asw = c.syllables / c.words;
        const [a, b, k] = lang === 'en' ? [0.39, 11.8, 15.59] : [0.49, 7.3, 16.59];
        return { asl, grade8: (8 + k - b * asw) / a, minus2: asl - 2 / a };
      });
    const sorted = rows.map((r) => r.grade8).sort((x, y) => x - y);
    const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
    console.log(
      `  ${lang}: sentences average ${f1(mean(rows.map((r) => r.asl)))} words; grade 8 needs ${f1(median)} words per sentence ` +
        `(median; ${sorted.filter((x) => x < 8).length}/${rows.length} releases need fewer than 8, ${sorted.filter((x) => x <= 0).length} cannot reach it at any length); ` +
        `two grades less needs ${f1(mean(rows.map((r) => r.minus2)))} words per sentence on average`,
    );
  }
  // The formality target, beside spoken English: the press secretary's answers at briefings.
  const answers = readJsonl<{ text: string }>('informal/whitehouse_press_briefing_answers.jsonl')
    .map((r) => analyze(r.text, { language: 'en' }).formality.score)
    .filter((x): x is number => x !== null);
  const en = docs
    .filter((d) => d.language === 'en')
    .map((d) => analyze(d.text, { language: 'en' }).formality.score)
    .filter((x): x is number => x !== null);
  console.log(
    `  formality: English releases ${f1(mean(en))}, spoken briefing answers ${f1(mean(answers))} ` +
      `(youth's −15 points asks for ${f1(mean(en) - 15)})`,
  );
}

export async function evaluate(options: { pool?: number } = {}): Promise<void> {
  console.log('\n## Audience adapters: rewrite(…, { accept: "safe" }) on the real releases\n');
  const docs = [...releases('en'), ...releases('ru')];
  feasibility(docs);
  const failures: string[] = [];
  for (const a of Object.values(audiences)) {
    const rows = docs.map((d) => runOne(a, d.id, d.language, d.text));
    console.log(`${a.id}:`);
    summary(
      a.id,
      rows.filter((r) => r.lang === 'en'),
      'en',
    );
    summary(
      a.id,
      rows.filter((r) => r.lang === 'ru'),
      'ru',
    );
    summary(a.id, rows, 'all');
    for (const r of rows)
      if (!r.lockOk || r.hygieneDefects > 0)
        failures.push(`${a.id}/${r.id}: lock ${r.lockOk ? 'ok' : 'FAILED'}, hygiene ${r.hygieneDefects}`);
  }
  const n = options.pool ?? 150;
  const pool = poolTexts(n);
  if (pool.length > 0) {
    console.log(
      `\nPools (every k-th release: ${pool.filter((p) => p.lang === 'en').length} State Department, ${pool.filter((p) => p.lang === 'ru').length} kremlin.ru):`,
    );
    for (const a of Object.values(audiences)) {
      let ok = 0;
      let defects = 0;
      let applied = 0;
      for (const p of pool) {
        const r = rewrite(p.text, { audience: a, accept: 'safe', language: p.lang });
        const c = independentCheck(p.text, r.text, r.applied, p.lang);
        if (c.lock) ok++;
        else failures.push(`${a.id}/${p.id}: lock FAILED`);
        defects += c.defects;
        if (c.defects > 0) failures.push(`${a.id}/${p.id}: hygiene ${c.defects}`);
        applied += r.applied.length;
      }
      console.log(
        `  ${a.id}: meaning lock ${ok}/${pool.length}; hygiene defects ${defects}; ${f1(applied / pool.length)} edits applied per release`,
      );
    }
  }
  if (failures.length > 0) console.log(`\nFailures:\n  ${failures.slice(0, 30).join('\n  ')}`);
}

if (isMain(import.meta.url)) {
  const i = process.argv.indexOf('--pool');
  await evaluate(i >= 0 ? { pool: Number(process.argv[i + 1]) } : {});
}
