#!/usr/bin/env node
// The quick start's "main job": score a real press release and print what Attaché finds.
// Usage: node scripts/demo.mjs [file]   (default: examples/samples/state-dept-mali-2021.txt)
import { readFileSync } from 'node:fs';
import { analyze } from '@attache/core';

const file = process.argv[2] ?? new URL('../examples/samples/state-dept-mali-2021.txt', import.meta.url);
const raw = readFileSync(file, 'utf8');
// Sample files carry a provenance header, then a blank line, then the release.
const text = raw.startsWith('Source: ') ? raw.slice(raw.search(/\r?\n\r?\n/) + 2).trimStart() : raw;
const report = analyze(text);
const r = report.readability;
const fmt = (x, d = 1) => (x === null || x === undefined ? '—' : x.toFixed(d));

console.log(`${typeof file === 'string' ? file : file.pathname}`);
console.log(
  `language     ${report.language.code} (${report.language.source}, confidence ${fmt(report.language.confidence, 2)})`,
);
console.log(`words        ${report.counts.words} in ${report.counts.sentences} sentences`);
console.log(`grade        ${fmt(r.grade)} (${r.gradeFormula ?? 'n/a'}), reading age ${fmt(r.readingAge, 0)}`);
console.log(
  `Flesch       ${fmt(r.fleschReadingEase)}   Fog ${fmt(r.gunningFog)}   SMOG ${fmt(r.smog)}   EFLAW ${fmt(r.mcalpineEflaw)}`,
);
console.log(`formality    ${fmt(report.formality.score, 0)}/100 (${report.formality.label})`);
for (const s of [...report.formality.signals]
  .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
  .slice(0, 4)) {
  console.log(
    `  ${s.contribution >= 0 ? '+' : ''}${s.contribution.toFixed(1).padStart(5)}  ${s.id} = ${fmt(s.value, 2)}`,
  );
}
const hard = report.sentences.filter((s) => s.difficulty !== 'ok').length;
console.log(`sentences    ${hard} of ${report.sentences.length} hard or very hard to read`);
console.log(`findings     ${report.findings.length}`);
for (const f of report.findings.slice(0, 8)) {
  console.log(`  ${f.loc.start.line}:${f.loc.start.column}  ${f.severity.padEnd(10)} ${f.message}  (${f.ruleId})`);
}
if (report.findings.length > 8) console.log(`  … and ${report.findings.length - 8} more`);
