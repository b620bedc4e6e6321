/** `attache score` in the terminal: a table for several files, the full picture for one. */
import type { Report } from '@attache/core';
import type { Colors } from '../colors.js';
import { stripAnsi } from '../colors.js';
import { describeTarget, type FileResult, type Formatter } from './types.js';

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

function targetsCell(r: FileResult, c: Colors): string {
  if (!r.policy) return c.gray('–');
  if (r.policy.met) return c.green('✔ met');
  return c.red(`✖ ${r.policy.failed.map((t) => t.id).join(', ')}`);
}

export const scoreStylish: Formatter = (results, ctx) => {
  const c = ctx.colors;
  if (results.length === 1 && results[0]!.report) return details(results[0]!, c);
  const header = ['File', 'Lang', 'Words', 'Grade', 'Ease', 'Formality', 'Hard', 'Targets'];
  const rows: string[][] = [];
  const errors: string[] = [];
  for (const r of results) {
    if (!r.report) {
      // Error messages name their file already ("big.txt: The text is …", "Cannot read a.txt").
      errors.push(r.error ?? `${r.path}: not checked`);
      continue;
    }
    const rep = r.report;
    rows.push([
      r.path,
      rep.language.code,
      String(rep.counts.words),
      num(rep.readability.grade),
      num(readingEase(rep)),
      rep.formality.score === null ? '–' : `${Math.round(rep.formality.score)} ${rep.formality.label}`,
      hard(rep),
      targetsCell(r, c),
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
      `${measured.length} files · mean grade ${num(mean(grades))} · mean formality ${num(mean(forms), 0)}` +
        (measured.some((r) => r.policy) ? ` · targets missed in ${missed}` : ''),
    );
  }
  for (const e of errors) lines.push(c.red(e));
  return lines.join('\n') + '\n';
};

function details(r: FileResult, c: Colors): string {
  const rep = r.report!;
  const rd = rep.readability;
  const lang = rep.language;
  const out: string[] = [];
  out.push(
    `${c.underline(r.path)}  ${c.gray(`${lang.code} (${lang.source}${lang.source === 'detected' ? `, confidence ${lang.confidence.toFixed(2)}` : ''}) · ${rep.format}`)}`,
  );
  if (lang.note) out.push(c.gray(`  ${lang.note}`));
  out.push(
    `  ${rep.counts.words} words · ${rep.counts.sentences} sentences · ${rep.counts.paragraphs} paragraph${rep.counts.paragraphs === 1 ? '' : 's'} · ${rep.counts.syllables} syllables`,
  );
  out.push(
    `  ${c.bold(`Grade ${num(rd.grade)}`)}${rd.gradeFormula ? c.gray(` (${rd.gradeFormula})`) : ''} · reading age ${num(rd.readingAge)}` +
      (rd.tooShort ? c.yellow(' · too short for the formulas to mean much') : ''),
  );
  const f = rep.formality;
  out.push(
    `  ${c.bold(`Formality ${f.score === null ? '–' : Math.round(f.score)}`)} ${f.label}${c.gray(` (${f.model})`)}`,
  );
  out.push('', '  Readability');
  const formulas: [string, number | null][] = [
    ['Flesch reading ease', rd.fleschReadingEase],
    ['Flesch–Kincaid grade', rd.fleschKincaidGrade],
    ['Gunning fog', rd.gunningFog],
    ['SMOG', rd.smog],
    ['Coleman–Liau', rd.colemanLiau],
    ['Automated readability index', rd.automatedReadabilityIndex],
    ['LIX', rd.lix],
    ['RIX', rd.rix],
    ['McAlpine EFLAW', rd.mcalpineEflaw],
    ['New Dale–Chall', rd.daleChall],
    ...Object.entries(rd.adaptations).map(([k, v]): [string, number] => [k, v]),
  ];
  for (const [name, v] of formulas) if (v !== null) out.push(`    ${name.padEnd(30)}${num(v).padStart(7)}`);
  if (f.signals.length > 0) {
    out.push('', '  Formality signals (contribution to the score)');
    const sorted = [...f.signals].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
    for (const s of sorted) {
      const sign = s.contribution >= 0 ? '+' : '−';
      out.push(
        `    ${s.id.padEnd(30)}${`${sign}${Math.abs(s.contribution).toFixed(1)}`.padStart(7)}  ${c.gray(`value ${s.value.toFixed(3)}, weight ${s.weight}`)}`,
      );
    }
  }
  const h = rep.sentences.filter((s) => s.difficulty === 'hard').length;
  const vh = rep.sentences.filter((s) => s.difficulty === 'very-hard').length;
  out.push(
    '',
    `  Sentences: ${h} hard, ${vh} very hard of ${rep.sentences.length} (Hemingway: hard from grade 10, very hard from 14)`,
  );
  if (rep.findings.length > 0) out.push(`  Findings: ${rep.findings.length} (run attache lint for the details)`);
  if (r.policy) {
    out.push('', '  Targets');
    for (const t of r.policy.results) out.push(`    ${t.met ? c.green('✔') : c.red('✖')} ${describeTarget(t)}`);
  }
  return out.join('\n') + '\n';
}
