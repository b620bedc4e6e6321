/** `attache score` in the terminal: a table for several files, the full picture for one. */
import { READABILITY_FORMULAS, type ReadabilityFormula, type Report } from '@attache/core';
import type { Colors } from '../colors.js';
import { stripAnsi } from '../colors.js';
import { mIn, plural, type MessageLocale } from '../messages.js';
import { describeTarget, type FileResult, type Formatter } from './types.js';

/** Readability formulas: core's catalogue names them in Russian; the CLI's English names. */
const FORMULA_EN: Record<ReadabilityFormula, string> = {
  fleschReadingEase: 'Flesch reading ease',
  fleschKincaidGrade: 'Flesch–Kincaid grade',
  gunningFog: 'Gunning fog',
  smog: 'SMOG',
  colemanLiau: 'Coleman–Liau',
  automatedReadabilityIndex: 'Automated readability index',
  lix: 'LIX',
  rix: 'RIX',
  mcalpineEflaw: 'McAlpine EFLAW',
  daleChall: 'New Dale–Chall',
};
const FORMULA_RU: Record<ReadabilityFormula, string> = {
  fleschReadingEase: 'Индекс Флеша',
  fleschKincaidGrade: 'Флеш — Кинкейд, класс',
  gunningFog: 'Индекс тумана Ганнинга',
  smog: 'SMOG',
  colemanLiau: 'Колман — Лиау',
  automatedReadabilityIndex: 'Автоматический индекс (ARI)',
  lix: 'LIX',
  rix: 'RIX',
  mcalpineEflaw: 'EFLAW Макалпайна',
  daleChall: 'Дейл — Чолл (новая)',
};

/** The language note of a report in `locale` (core writes it in English). */
function languageNote(note: string, code: string, locale: MessageLocale): string {
  if (locale === 'en') return note;
  if (/^Too short/.test(note)) return mIn(locale, 'score.langShort');
  if (code === 'und') return mIn(locale, 'score.langUnd');
  return mIn(locale, 'score.langUnsupported', { code });
}

const num = (x: number | null | undefined, digits = 1): string =>
  x === null || x === undefined ? '–' : x.toFixed(digits);

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

function readingEase(r: Report): number | null {
  const a = r.readability.adaptations;
  return (
    a['fleschOborneva'] ??
    a['fernandezHuerta'] ??
    a['fleschAmstad'] ??
    a['kandelMoles'] ??
    r.readability.fleschReadingEase
  );
}

function hard(r: Report): string {
  const n = r.sentences.filter((s) => s.difficulty !== 'ok').length;
  return `${n}/${r.sentences.length}`;
}

function targetsCell(r: FileResult, c: Colors, locale: MessageLocale): string {
  if (!r.policy) return c.gray('–');
  if (r.policy.met) return c.green(mIn(locale, 'score.met'));
  return c.red(`✖ ${r.policy.failed.map((t) => t.id).join(', ')}`);
}

export const scoreStylish: Formatter = (results, ctx) => {
  const c = ctx.colors;
  const locale = ctx.locale ?? 'en';
  if (results.length === 1 && results[0]!.report) return details(results[0]!, c, locale);
  const header = (['file', 'lang', 'words', 'grade', 'ease', 'formality', 'hard', 'targets'] as const).map((k) =>
    mIn(locale, `score.${k}`),
  );
  const rows: string[][] = [];
  const errors: string[] = [];
  for (const r of results) {
    if (!r.report) {
      // Error messages name their file already ("big.txt: The text is …", "Cannot read a.txt").
      errors.push(r.error ?? mIn(locale, 'run.notChecked', { file: r.path }));
      continue;
    }
    const rep = r.report;
    rows.push([
      r.path,
      rep.language.code,
      String(rep.counts.words),
      num(rep.readability.grade),
      num(readingEase(rep)),
      rep.formality.score === null
        ? '–'
        : `${Math.round(rep.formality.score)} ${mIn(locale, `formality.${rep.formality.label}`)}`,
      hard(rep),
      targetsCell(r, c, locale),
    ]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => stripAnsi(row[i]!).length)));
  const right = new Set([2, 3, 4, 6]);
  const fmt = (row: string[]): string =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - stripAnsi(cell).length);
        return right.has(i) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  const lines = rows.length > 0 ? [c.bold(fmt(header)), ...rows.map(fmt)] : [];
  const measured = results.filter((r) => r.report);
  if (measured.length > 1) {
    const grades = measured.map((r) => r.report!.readability.grade).filter((g): g is number => g !== null);
    const forms = measured.map((r) => r.report!.formality.score).filter((g): g is number => g !== null);
    const missed = measured.filter((r) => r.policy && !r.policy.met).length;
    lines.push(
      '',
      mIn(locale, 'score.totals', {
        files: plural(measured.length, 'file', locale),
        grade: num(mean(grades)),
        formality: num(mean(forms), 0),
      }) + (measured.some((r) => r.policy) ? mIn(locale, 'score.missedIn', { count: missed }) : ''),
    );
  }
  for (const e of errors) lines.push(c.red(e));
  return lines.join('\n') + '\n';
};

function details(r: FileResult, c: Colors, locale: MessageLocale): string {
  const rep = r.report!;
  const rd = rep.readability;
  const lang = rep.language;
  const out: string[] = [];
  const how =
    lang.source === 'detected'
      ? mIn(locale, 'score.detected', { confidence: lang.confidence.toFixed(2) })
      : mIn(locale, 'score.given');
  out.push(`${c.underline(r.path)}  ${c.gray(`${lang.code} (${how}) · ${rep.format}`)}`);
  if (lang.note) out.push(c.gray(`  ${languageNote(lang.note, lang.code, locale)}`));
  out.push(
    `  ${mIn(locale, 'score.counts', {
      words: plural(rep.counts.words, 'word', locale),
      sentences: plural(rep.counts.sentences, 'sentence', locale),
      paragraphs: plural(rep.counts.paragraphs, 'paragraph', locale),
      syllables: plural(rep.counts.syllables, 'syllable', locale),
    })}`,
  );
  out.push(
    `  ${c.bold(mIn(locale, 'score.gradeLine', { grade: num(rd.grade) }))}${rd.gradeFormula ? c.gray(` (${rd.gradeFormula})`) : ''} · ${mIn(locale, 'score.readingAge', { age: num(rd.readingAge) })}` +
      (rd.tooShort ? c.yellow(` · ${mIn(locale, 'score.tooShort')}`) : ''),
  );
  const f = rep.formality;
  out.push(
    `  ${c.bold(mIn(locale, 'score.formalityLine', { score: f.score === null ? '–' : Math.round(f.score) }))} ${mIn(locale, `formality.${f.label}`)}${c.gray(` (${f.model})`)}`,
  );
  out.push('', `  ${mIn(locale, 'score.readability')}`);
  const names = locale === 'ru' ? FORMULA_RU : FORMULA_EN;
  const formulas: [string, number | null][] = [
    ...READABILITY_FORMULAS.map((k): [string, number | null] => [names[k], rd[k]]),
    // Language-specific formulas, by their identifiers in the report.
    ...Object.entries(rd.adaptations).map(([k, v]): [string, number] => [k, v]),
  ];
  for (const [name, v] of formulas) if (v !== null) out.push(`    ${name.padEnd(30)}${num(v).padStart(7)}`);
  if (f.signals.length > 0) {
    out.push('', `  ${mIn(locale, 'score.signals')}`);
    const sorted = [...f.signals].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
    for (const s of sorted) {
      const sign = s.contribution >= 0 ? '+' : '−';
      out.push(
        `    ${s.id.padEnd(30)}${`${sign}${Math.abs(s.contribution).toFixed(1)}`.padStart(7)}  ${c.gray(mIn(locale, 'score.signalValue', { value: s.value.toFixed(3), weight: s.weight }))}`,
      );
    }
  }
  const h = rep.sentences.filter((s) => s.difficulty === 'hard').length;
  const vh = rep.sentences.filter((s) => s.difficulty === 'very-hard').length;
  out.push('', `  ${mIn(locale, 'score.sentences', { hard: h, veryHard: vh, total: rep.sentences.length })}`);
  if (rep.findings.length > 0) out.push(`  ${mIn(locale, 'score.findings', { count: rep.findings.length })}`);
  if (r.policy) {
    out.push('', `  ${mIn(locale, 'score.targetsHeading')}`);
    for (const t of r.policy.results) out.push(`    ${t.met ? c.green('✔') : c.red('✖')} ${describeTarget(t, locale)}`);
  }
  return out.join('\n') + '\n';
}
