#!/usr/bin/env node
// @ts-check
/**
 * Lints a folder of press releases with the `attache` CLI and writes a Markdown summary table:
 * per file its grade, formality, findings by severity and whether it meets the targets.
 *
 *   node lint-releases.mjs <dir> [--out summary.md] [any other `attache lint` options]
 *
 * The targets come from the attache.config.json nearest to the releases (or from flags such as
 * --max-grade 12). In GitHub Actions the table is also appended to the job summary
 * ($GITHUB_STEP_SUMMARY). The exit code is the CLI's: 0 clean, 1 findings or targets missed,
 * 2 usage/config/I/O error — so CI fails when attache says it should.
 *
 * Plain JavaScript on purpose: it runs with `node`, no build step, as a press office's CI would.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The `attache` binary of the installed @attache/cli. */
function attacheBin() {
  const pkgPath = require.resolve('@attache/cli/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  return join(dirname(pkgPath), typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.attache);
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {string | undefined} */
  let out;
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') {
      out = argv[++i];
      if (!out) throw new Error('--out needs a file name');
    } else rest.push(/** @type {string} */ (argv[i]));
  }
  if (rest.length === 0 || rest[0]?.startsWith('-')) {
    throw new Error('usage: node lint-releases.mjs <dir> [--out summary.md] [attache lint options]');
  }
  return { out, args: rest };
}

/** @param {string} s */
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** @param {number | null | undefined} x */
const num = (x) => (x === null || x === undefined ? '–' : x.toFixed(1));

/**
 * @param {{ files: { path: string, error?: string, report?: any, targets?: { met: boolean, failed: { id: string, actual: number | null, limit: number, comparison: '<=' | '>=' }[] } }[] }} data
 * @returns {string}
 */
export function summaryTable(data) {
  const rows = [
    '| File | Grade | Formality | Errors | Warnings | Suggestions | Targets |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  const total = { error: 0, warning: 0, suggestion: 0, missed: 0, files: 0 };
  for (const f of data.files) {
    total.files++;
    if (f.error !== undefined || !f.report) {
      rows.push(`| ${cell(f.path)} | – | – | – | – | – | ⚠️ ${cell(f.error ?? 'not checked')} |`);
      continue;
    }
    const by = { error: 0, warning: 0, suggestion: 0 };
    for (const x of f.report.findings) by[/** @type {'error' | 'warning' | 'suggestion'} */ (x.severity)]++;
    total.error += by.error;
    total.warning += by.warning;
    total.suggestion += by.suggestion;
    const fm = f.report.formality;
    const formality = fm.score === null ? '–' : `${Math.round(fm.score)} (${fm.label})`;
    let targets = '–';
    if (f.targets) {
      if (f.targets.met) targets = '✅ met';
      else {
        total.missed++;
        targets = `❌ ${f.targets.failed.map((t) => `${t.id} ${t.actual} ${t.comparison === '<=' ? '>' : '<'} ${t.limit}`).join(', ')}`;
      }
    }
    rows.push(
      `| ${cell(f.path)} | ${num(f.report.readability.grade)} | ${formality} | ${by.error} | ${by.warning} | ${by.suggestion} | ${cell(targets)} |`,
    );
  }
  const head = `**${total.files} release${total.files === 1 ? '' : 's'}**: ${total.error} errors, ${total.warning} warnings, ${total.suggestion} suggestions; targets missed in ${total.missed}.`;
  return `## Attaché press release check\n\n${head}\n\n${rows.join('\n')}\n`;
}

function main() {
  const { out, args } = parseArgs(process.argv.slice(2));
  const tmp = mkdtempSync(join(tmpdir(), 'attache-summary-'));
  try {
    const json = join(tmp, 'report.json');
    const run = spawnSync(process.execPath, [attacheBin(), 'lint', ...args, '--format', 'json', '--output', json], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (run.error) throw run.error;
    const code = run.status ?? 2;
    let table;
    try {
      table = summaryTable(JSON.parse(readFileSync(json, 'utf8')));
    } catch {
      // exit 2 before any output (bad flag, bad config): the CLI has said why on stderr
      return code === 0 ? 2 : code;
    }
    if (out) writeFileSync(out, table);
    else process.stdout.write(table);
    const summary = process.env['GITHUB_STEP_SUMMARY'];
    if (summary && summary !== out) appendFileSync(summary, table);
    return code;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('lint-releases.mjs')) {
  try {
    process.exitCode = main();
  } catch (err) {
    process.stderr.write(`lint-releases: ${/** @type {Error} */ (err).message}\n`);
    process.exitCode = 2;
  }
}
