import { OPTION_SPECS, OUTPUT_FORMATS, type CommandName } from './args.js';

const SUMMARY: Record<CommandName, string> = {
  lint: 'Report officialese, hard sentences and missed targets, with line:column and a rule id',
  score: 'Print the reading grade, readability formulas and formality score of each file',
  rewrite: "Rewrite a release for an audience (youth, rural, foreign) with @attache/audiences' proposals",
  checklist: "Print an audience's cultural and linguistic checklist for a release",
  compose: 'Compose a version for an audience and a channel (a thread, an SMS, a notice…), every fact verified',
  init: 'Write a starter attache.config.json with every key explained',
};

const USAGE: Record<CommandName, string> = {
  lint: 'attache lint [options] <file|dir|glob|->...',
  score: 'attache score [options] <file|dir|glob|->...',
  rewrite: 'attache rewrite --audience <youth|rural|foreign> [options] <file|dir|glob|->...',
  checklist: 'attache checklist --audience <youth|rural|foreign> [options] <file|dir|glob|->...',
  compose: 'attache compose --audience <youth|rural|foreign> [--channel NAME] [--brief FILE] [options] <file|->',
  init: 'attache init [options] [dir]',
};

const EXAMPLES: Record<CommandName, string[]> = {
  compose: [
    'attache compose --audience youth --channel x release.md',
    'attache compose --audience rural --channel sms --brief brief.json release.txt',
    'attache compose --audience foreign --format json release.txt',
    'ATTACHE_MODEL_API_KEY=… attache compose --audience youth --model-url http://127.0.0.1:11434/v1 --model llama3.1:8b release.md',
  ],
  lint: [
    'attache lint releases/                          # every .txt, .md, .html under releases/',
    'attache lint "releases/**/*.md" --max-warnings 0',
    'attache lint release.txt --max-grade 10 --max-formality 60',
    'cat release.html | attache lint - --stdin-filename release.html',
    'attache lint releases/ --format sarif -o attache.sarif',
    'attache lint releases/ --format github            # annotations in a GitHub Actions log',
    'attache lint archive/ --baseline .attache-baseline.json --update-baseline',
    'attache lint archive/ --baseline .attache-baseline.json   # fails on new findings only',
    'attache lint release.md --fix-dry-run              # the safe fixes as a diff',
  ],
  score: [
    'attache score release.txt                        # all formulas and the formality signals',
    'attache score releases/ --format json -o scores.json',
    'attache score releases/ --max-grade 10            # exit 1 when a release reads above grade 10',
    'attache score releases/ --audience foreign        # the foreign-reader targets',
  ],
  rewrite: [
    'attache rewrite --audience youth release.txt > release.youth.txt',
    'attache rewrite --audience rural --format diff release.md',
    'attache rewrite --audience foreign --accept all --format json release.txt',
    'attache rewrite --audience youth --accept contraction,address-reader release.txt',
  ],
  checklist: [
    'attache checklist --audience rural release.txt',
    'attache checklist --audience foreign --format markdown release.md >> review.md',
    'attache checklist --audience youth --locale ru releases/ru/',
  ],
  init: [
    'attache init                                    # ./attache.config.json',
    'attache init releases/ --language ru --force',
  ],
};

const FORMAT_NOTES: Record<CommandName, string> = {
  lint: 'stylish (default; grouped by file), json ({ files: [{ path, report }] }), sarif (2.1.0), github (workflow annotations)',
  score: 'stylish (default; a table, or the details of a single file), json, sarif, github',
  rewrite:
    'text (default; the rewritten text, one input only), diff (unified diff), json (proposals applied and refused, before/after reports, targets)',
  checklist: 'stylish (default; to fix, to check by hand, passed, with evidence), json, markdown (a review checklist)',
  compose:
    'text (default; the parts, then notes for the editor on stderr), json (the version: channel, parts, text, facts with source spans, targets, verification, notes)',
  init: '',
};

export function mainHelp(version: string): string {
  const lines = [
    `attache ${version} — score press releases for readability and formality, lint officialese`,
    '',
    'Usage: attache <command> [options] [files...]',
    '',
    'Commands:',
    ...(Object.keys(SUMMARY) as CommandName[]).map((c) => `  ${c.padEnd(10)} ${SUMMARY[c]}`),
    '',
    'Inputs: files, directories (.txt .md .markdown .html .htm, recursively), quoted globs, and "-"',
    'for standard input. Paths in .attacheignore (gitignore syntax), node_modules and .git are skipped.',
    '',
    'Exit codes: 0 clean · 1 findings at error severity, over --max-warnings, or a target missed ·',
    '2 usage, config or I/O error.',
    '',
    'Examples:',
    '  attache lint releases/',
    '  attache lint "releases/**/*.md" --format github --max-warnings 0',
    '  attache score release.txt --max-grade 10',
    '  cat release.txt | attache lint - --format json',
    '  attache init',
    '',
    'Run "attache <command> --help" for its options. Docs: packages/cli/README.md',
  ];
  return lines.join('\n') + '\n';
}

export function commandHelp(command: CommandName): string {
  const specs = OPTION_SPECS.filter((s) => s.commands.includes(command));
  const left = (s: (typeof specs)[number]): string =>
    `${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.value ? ` ${s.value}` : ''}`;
  const width = Math.max(...specs.map((s) => left(s).length)) + 2;
  const lines = [`attache ${command} — ${SUMMARY[command]}`, '', `Usage: ${USAGE[command]}`, '', 'Options:'];
  for (const s of specs) lines.push(`  ${left(s).padEnd(width)}${s.description}`);
  if (OUTPUT_FORMATS[command].length > 0) {
    lines.push('', `Formats (--format): ${FORMAT_NOTES[command]}`);
  }
  const exits: Partial<Record<CommandName, string>> = {
    lint: '0 clean · 1 an error-severity finding, more warnings than --max-warnings, or a target missed · 2 usage, config or I/O error.',
    score: '0 every target met (or none set) · 1 a target missed · 2 usage, config or I/O error.',
    rewrite: '0 rewritten (the summary on stderr says which targets the rewrite meets) · 2 usage, config or I/O error.',
    checklist: '0 no automatic check failed · 1 an automatic check failed · 2 usage, config or I/O error.',
    compose:
      '0 composed and verified · 1 the verifier found a problem (the version is printed with its findings) · 2 usage or I/O error.',
    init: '0 written · 2 the file exists (use --force) or cannot be written.',
  };
  lines.push('', `Exit codes: ${exits[command]}`);
  if (command !== 'init') {
    lines.push(
      '',
      'Config: the nearest attache.config.json, .attacherc.json or package.json "attache" key above each',
      'file; flags override it.',
    );
  }
  lines.push('', 'Examples:', ...EXAMPLES[command].map((e) => `  ${e}`));
  return lines.join('\n') + '\n';
}
