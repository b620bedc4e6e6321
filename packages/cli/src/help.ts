import { OPTION_SPECS, OUTPUT_FORMATS, type CommandName } from './args.js';
import { m, type PlainKey } from './messages.js';

const SUMMARY: Record<CommandName, PlainKey> = {
  lint: 'help.summaryLint',
  score: 'help.summaryScore',
  rewrite: 'help.summaryRewrite',
  checklist: 'help.summaryChecklist',
  compose: 'help.summaryCompose',
  init: 'help.summaryInit',
};

const USAGE: Record<CommandName, PlainKey> = {
  lint: 'help.usageLint',
  score: 'help.usageScore',
  rewrite: 'help.usageRewrite',
  checklist: 'help.usageChecklist',
  compose: 'help.usageCompose',
  init: 'help.usageInit',
};

/** A command line, and what it does when that is not plain from the line. */
type Example = readonly [command: string, comment?: PlainKey];

const EXAMPLES: Record<CommandName, readonly Example[]> = {
  compose: [
    ['attache compose --audience youth --channel x release.md'],
    ['attache compose --audience rural --channel sms --brief brief.json release.txt'],
    ['attache compose --audience foreign --format json release.txt'],
    [
      'ATTACHE_MODEL_API_KEY=… attache compose --audience youth --model-url http://127.0.0.1:11434/v1 --model llama3.1:8b release.md',
    ],
  ],
  lint: [
    ['attache lint releases/', 'help.exEveryFile'],
    ['attache lint "releases/**/*.md" --max-warnings 0'],
    ['attache lint release.txt --max-grade 10 --max-formality 60'],
    ['cat release.html | attache lint - --stdin-filename release.html'],
    ['attache lint releases/ --format sarif -o attache.sarif'],
    ['attache lint releases/ --format github', 'help.exAnnotations'],
    ['attache lint archive/ --baseline .attache-baseline.json --update-baseline'],
    ['attache lint archive/ --baseline .attache-baseline.json', 'help.exNewOnly'],
    ['attache lint release.md --fix-dry-run', 'help.exFixDiff'],
  ],
  score: [
    ['attache score release.txt', 'help.exAllFormulas'],
    ['attache score releases/ --format json -o scores.json'],
    ['attache score releases/ --max-grade 10', 'help.exGrade10'],
    ['attache score releases/ --audience foreign', 'help.exForeignTargets'],
  ],
  rewrite: [
    ['attache rewrite --audience youth release.txt > release.youth.txt'],
    ['attache rewrite --audience rural --format diff release.md'],
    ['attache rewrite --audience foreign --accept all --format json release.txt'],
    ['attache rewrite --audience youth --accept contraction,address-reader release.txt'],
  ],
  checklist: [
    ['attache checklist --audience rural release.txt'],
    ['attache checklist --audience foreign --format markdown release.md >> review.md'],
    ['attache checklist --audience youth --locale ru releases/ru/'],
  ],
  init: [['attache init', 'help.exInitHere'], ['attache init releases/ --language ru --force']],
};

const FORMAT_NOTES: Partial<Record<CommandName, PlainKey>> = {
  lint: 'help.formatsLint',
  score: 'help.formatsScore',
  rewrite: 'help.formatsRewrite',
  checklist: 'help.formatsChecklist',
  compose: 'help.formatsCompose',
};

const EXITS: Record<CommandName, PlainKey> = {
  lint: 'help.exitLint',
  score: 'help.exitScore',
  rewrite: 'help.exitRewrite',
  checklist: 'help.exitChecklist',
  compose: 'help.exitCompose',
  init: 'help.exitInit',
};

/** Example lines with their comments aligned after `#`. */
function examples(list: readonly Example[]): string[] {
  const width = Math.max(...list.filter(([, c]) => c).map(([cmd]) => cmd.length), 0) + 2;
  return list.map(([cmd, comment]) => `  ${comment ? `${cmd.padEnd(width)}# ${m(comment)}` : cmd}`);
}

export function mainHelp(version: string): string {
  const lines = [
    m('help.title', { version }),
    '',
    m('help.usage', { usage: m('help.usageMain') }),
    '',
    m('help.commands'),
    ...(Object.keys(SUMMARY) as CommandName[]).map((c) => `  ${c.padEnd(10)} ${m(SUMMARY[c])}`),
    '',
    m('help.inputs1'),
    m('help.inputs2'),
    '',
    m('help.exit1'),
    m('help.exit2'),
    '',
    m('help.examples'),
    '  attache lint releases/',
    '  attache lint "releases/**/*.md" --format github --max-warnings 0',
    '  attache score release.txt --max-grade 10',
    '  cat release.txt | attache lint - --format json',
    '  attache init',
    '',
    m('help.more'),
  ];
  return lines.join('\n') + '\n';
}

export function commandHelp(command: CommandName): string {
  const specs = OPTION_SPECS.filter((s) => s.commands.includes(command));
  const left = (s: (typeof specs)[number]): string =>
    `${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.value ? ` ${s.value}` : ''}`;
  const width = Math.max(...specs.map((s) => left(s).length)) + 2;
  const lines = [
    `attache ${command} — ${m(SUMMARY[command])}`,
    '',
    m('help.usage', { usage: m(USAGE[command]) }),
    '',
    m('help.options'),
  ];
  for (const s of specs) lines.push(`  ${left(s).padEnd(width)}${m(s.description)}`);
  const notes = FORMAT_NOTES[command];
  if (OUTPUT_FORMATS[command].length > 0 && notes) lines.push('', m('help.formats', { notes: m(notes) }));
  lines.push('', m('help.exitCodes', { codes: m(EXITS[command]) }));
  if (command !== 'init') lines.push('', m('help.config1'), m('help.config2'));
  lines.push('', m('help.examples'), ...examples(EXAMPLES[command]));
  return lines.join('\n') + '\n';
}
