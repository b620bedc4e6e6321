/**
 * Every user-facing string of the `attache` command, in English and Russian: errors and their
 * hints, progress, summaries, the labels of `attache score` and `attache checklist`, `--help`,
 * the notes of `rewrite` and `compose`.
 *
 * - Keys are typed: `RU` must have every key of `EN` (a missing or extra Russian message fails
 *   the typecheck), and `m(key, vars)` must be given every placeholder its English text names
 *   (`{file}` → `{ file: … }`); test/messages.test.ts checks that both languages use the same
 *   placeholders.
 * - Counted nouns go through `plural(n, noun)`: English one/other, Russian one/few/many (CLDR's
 *   plural rules for Russian integers: 1, 21 → one; 2–4, 22–24 → few; 0, 5–20, 25… → many).
 * - The locale of a run is chosen once (see locale.ts) and set with `setLocale`; formatters, which
 *   are also library functions, pass theirs explicitly with `mIn(locale, key, vars)`.
 *
 * What stays as written: file paths, rule ids, option names, command lines, and text that comes
 * from the input or from another program (Node's and the operating system's error texts).
 */

export const MESSAGE_LOCALES = ['en', 'ru'] as const;
export type MessageLocale = (typeof MESSAGE_LOCALES)[number];

const EN = {
  // ------------------------------------------------------------------ cli.ts: the run as a whole
  'cli.wrote': 'Wrote {file}. Edit it, then run: attache lint <files>',
  'cli.internal': 'internal error: {detail}',
  'cli.reportIt': 'Please report it with the command you ran.',
  'cli.stdoutFailed': 'cannot write to standard output: {why}. The output is incomplete.',

  // ------------------------------------------------------------------- args.ts: the command line
  'args.afterCommand': '"{flag}" must come after a command.',
  'args.usage': 'Usage: attache <{commands}> [options] [files...]. Run "attache --help".',
  'args.contradict': '{a} and {b} contradict each other.',
  'args.giveOne': 'Give one of them.',
  'args.fixOrDryRun': 'Use --fix-dry-run to see the diff, --fix to write it.',
  'args.updateBaselineNeedsBaseline': '--update-baseline needs --baseline FILE.',
  'args.example': 'Example: {example}',
  'args.initOneDir': 'attache init takes at most one directory, got {count} arguments.',
  'args.needsInput': 'attache {command} needs at least one file, directory or glob, or "-" for standard input.',
  'args.needsInputExample': 'Example: attache {command} releases/   or   cat release.txt | attache {command} -',
  'args.stdinOnce': '"-" (standard input) can be given only once.',
  'args.stdinFilenameWithoutStdin': '--stdin-filename names standard input, but "-" is not among the inputs.',
  'args.fixStdin': '--fix cannot write back to standard input.',
  'args.fixStdinHint': 'Use --fix-dry-run to print the fixes as a diff, or pass the file by name.',
  'args.acceptEmpty': '--accept needs "safe", "all" or a comma-separated list of proposal ids or kinds.',
  'args.unknownCommand': 'Unknown command "{command}".',
  'args.didYouMeanCommand': 'Did you mean "attache {command}"?',
  'args.toLintIt': 'To lint it: attache lint {path}',
  'args.commandsList': 'Commands: {commands}. Run "attache --help".',
  'args.notForCommand': 'Option {flag} does not apply to "attache {command}".',
  'args.worksWith': 'It works with: {commands}. Run "attache {command} --help".',
  'args.unknownOption': 'Unknown option {flag} for "attache {command}".',
  'args.didYouMeanOption': 'Did you mean --{option}? Run "attache {command} --help" for all options.',
  'args.seeOptions': 'Run "attache {command} --help" for the options.',
  'args.runHelp': 'Run "attache {command} --help".',
  'args.takesNoValue': 'Option --{option} takes no value.',
  'args.writeJust': 'Write just --{option}.',
  'args.needsValue': 'Option --{option} needs a value ({value}).',
  'args.dashValue': 'A value that starts with "-" is written --{option}=VALUE.',
  'args.unreadable': 'The command line could not be read: {detail}',
  'args.invalidValue': 'Invalid value "{value}" for {flag}.',
  'args.useOneOf': 'Use one of: {values}.',
  'args.didYouMeanValue': 'Did you mean "{value}"?',
  'args.nonEmpty': '{flag} needs a non-empty value.',
  'args.badNumber': 'Invalid value "{value}" for {flag}: expected {what}.',
  'args.wholeNumberFrom': 'a whole number from {min}',
  'args.numberFromTo': 'a number from {min} to {max}',
  'args.badConcurrency': 'Invalid value "{value}" for --concurrency: expected auto, off or a whole number from 1.',

  // ------------------------------------------------------------------------------ help.ts: --help
  'help.title': 'attache {version} — score press releases for readability and formality, lint officialese',
  'help.usage': 'Usage: {usage}',
  'help.usageMain': 'attache <command> [options] [files...]',
  'help.usageLint': 'attache lint [options] <file|dir|glob|->...',
  'help.usageScore': 'attache score [options] <file|dir|glob|->...',
  'help.usageRewrite': 'attache rewrite --audience <youth|rural|foreign> [options] <file|dir|glob|->...',
  'help.usageChecklist': 'attache checklist --audience <youth|rural|foreign> [options] <file|dir|glob|->...',
  'help.usageCompose':
    'attache compose --audience <youth|rural|foreign> [--channel NAME] [--brief FILE] [options] <file|->',
  'help.usageInit': 'attache init [options] [dir]',
  'help.commands': 'Commands:',
  'help.options': 'Options:',
  'help.examples': 'Examples:',
  'help.inputs1': 'Inputs: files, directories (.txt .md .markdown .html .htm, recursively), quoted globs, and "-"',
  'help.inputs2': 'for standard input. Paths in .attacheignore (gitignore syntax), node_modules and .git are skipped.',
  'help.exit1': 'Exit codes: 0 clean · 1 findings at error severity, over --max-warnings, or a target missed ·',
  'help.exit2': '2 usage, config or I/O error.',
  'help.more': 'Run "attache <command> --help" for its options. Docs: packages/cli/README.md',
  'help.formats': 'Formats (--format): {notes}',
  'help.exitCodes': 'Exit codes: {codes}',
  'help.config1': 'Config: the nearest attache.config.json, .attacherc.json or package.json "attache" key above each',
  'help.config2': 'file; flags override it.',
  'help.summaryLint': 'Report officialese, hard sentences and missed targets, with line:column and a rule id',
  'help.summaryScore': 'Print the reading grade, readability formulas and formality score of each file',
  'help.summaryRewrite': "Rewrite a release for an audience (youth, rural, foreign) with @attache/audiences' proposals",
  'help.summaryChecklist': "Print an audience's cultural and linguistic checklist for a release",
  'help.summaryCompose':
    'Compose a version for an audience and a channel (a thread, an SMS, a notice…), every fact verified',
  'help.summaryInit': 'Write a starter attache.config.json with every key explained',
  'help.formatsLint':
    'stylish (default; grouped by file), json ({ files: [{ path, report }] }), sarif (2.1.0), github (workflow annotations)',
  'help.formatsScore': 'stylish (default; a table, or the details of a single file), json, sarif, github',
  'help.formatsRewrite':
    'text (default; the rewritten text, one input only), diff (unified diff), json (proposals applied and refused, before/after reports, targets)',
  'help.formatsChecklist':
    'stylish (default; to fix, to check by hand, passed, with evidence), json, markdown (a review checklist)',
  'help.formatsCompose':
    'text (default; the parts, then notes for the editor on stderr), json (the version: channel, parts, text, facts with source spans, targets, verification, notes)',
  'help.exitLint':
    '0 clean · 1 an error-severity finding, more warnings than --max-warnings, or a target missed · 2 usage, config or I/O error.',
  'help.exitScore': '0 every target met (or none set) · 1 a target missed · 2 usage, config or I/O error.',
  'help.exitRewrite':
    '0 rewritten (the summary on stderr says which targets the rewrite meets) · 2 usage, config or I/O error.',
  'help.exitChecklist': '0 no automatic check failed · 1 an automatic check failed · 2 usage, config or I/O error.',
  'help.exitCompose':
    '0 composed and verified · 1 the verifier found a problem (the version is printed with its findings) · 2 usage or I/O error.',
  'help.exitInit': '0 written · 2 the file exists (use --force) or cannot be written.',
  'help.exEveryFile': 'every .txt, .md, .html under releases/',
  'help.exAnnotations': 'annotations in a GitHub Actions log',
  'help.exNewOnly': 'fails on new findings only',
  'help.exFixDiff': 'the safe fixes as a diff',
  'help.exAllFormulas': 'all formulas and the formality signals',
  'help.exGrade10': 'exit 1 when a release reads above grade 10',
  'help.exForeignTargets': 'the foreign-reader targets',
  'help.exInitHere': './attache.config.json',

  // ----------------------------------------------------------------- args.ts: option descriptions
  'opt.format': 'Output format (see below)',
  'opt.output': 'Write the output to FILE instead of standard output',
  'opt.formatIn': 'Read every input as text, markdown or html (default: by extension)',
  'opt.language': 'auto, en, ru, fr, es or de (default: auto-detect)',
  'opt.locale':
    'Language of messages and labels: en or ru (default: ATTACHE_LOCALE, LC_ALL, LC_MESSAGES, LANG, else the language of the text)',
  'opt.audience': 'youth, rural or foreign: the audience (its targets apply; default: "audience" in the config)',
  'opt.channel':
    'compose: x, bluesky, telegram, telegram-caption, instagram (youth); notice, sms, radio (rural); plain (foreign)',
  'opt.brief':
    'compose: a JSON brief from the press officer { affected, change, action, deadline, contact, link, hashtags }',
  'opt.modelUrl':
    'compose: your own model, an OpenAI-compatible API root (e.g. http://127.0.0.1:11434/v1); the key, if any, is read from ATTACHE_MODEL_API_KEY',
  'opt.model': 'compose: the model name for --model-url (e.g. llama3.1:8b)',
  'opt.modelTries': 'compose: tries before the deterministic version is used (1-10, default 3)',
  'opt.accept': '"safe" (default), "all", or comma-separated proposal ids or kinds to apply',
  'opt.maxGrade': 'Target: highest US grade level (0-30)',
  'opt.maxFormality': 'Target: highest formality score (0-100)',
  'opt.maxWarnings': 'Exit with 1 when there are more than N warnings',
  'opt.quiet': 'Report errors only (warnings still count for --max-warnings)',
  'opt.fix': 'Apply safe fixes to the files, then report what is left',
  'opt.fixDryRun': 'Print the safe fixes as a unified diff; change nothing',
  'opt.baseline': 'Only findings not recorded in FILE count',
  'opt.updateBaseline': 'Record the current findings and missed targets in the --baseline FILE',
  'opt.config': 'Use this config file for every input (no lookup)',
  'opt.noConfig': 'Ignore config files',
  'opt.ignorePath': 'Ignore file in gitignore syntax (default: ./.attacheignore)',
  'opt.noIgnore': 'Lint ignored files too (node_modules and .git stay skipped)',
  'opt.noErrorOnUnmatchedPattern': 'Do not fail when a glob or directory has no files to check',
  'opt.stdinFilename': 'Name for standard input (`-`): its format, config and paths in output',
  'opt.concurrency': 'Worker threads: auto (default), off, or a number',
  'opt.cache': 'Reuse results of unchanged files (keyed by content and config)',
  'opt.cacheLocation': 'Where --cache keeps its files (default: .attache-cache)',
  'opt.maxLength': 'Refuse inputs longer than N characters (default: 20000000)',
  'opt.verbose': 'Also report cache statistics and cache entries ignored as invalid',
  'opt.color': 'Force colours on (NO_COLOR still turns them off)',
  'opt.noColor': 'No colours',
  'opt.noProgress': 'No progress bar (there is none when piped or with CI=true anyway)',
  'opt.force': 'Overwrite an existing config file',
  'opt.help': 'Show help',

  // --------------------------------------------------------------------- run.ts: lint and score
  'run.warning': 'warning: {message}',
  'run.dryRunFormat': '--fix-dry-run prints a unified diff; --format does not apply to it.',
  'run.dryRunFormatHint': 'Drop --format, or run without --fix-dry-run.',
  'run.invalidConfig': 'Invalid config {path}: {message}',
  'run.flags': '(flags)',
  'run.fixConfigKey': 'Fix the key named above; the README section "Config" lists them.',
  'run.cannotWriteFixes': 'Cannot write the fixes to {file}: {why}. The file was left unchanged.',
  'run.baselineRecorded': 'recorded {findings} in {file}.',
  'run.dryRunSummary': '--fix-dry-run: {fixes} in {files} would be applied; nothing was written.',
  'run.dryRunNone': '--fix-dry-run: no safe fixes to apply.',
  'run.tooManyWarnings': '{warnings}, more than --max-warnings {max}.',
  'run.cacheIgnored': 'warning: cache entry ignored and recomputed: {entry}',
  'run.cacheStats': 'cache: {hits} hit(s), {misses} miss(es).',
  'run.cannotWriteOutput': 'Cannot write {file}: {why}. Nothing was written; a previous {file} is unchanged.',
  'run.cannotWriteOutputHint': 'Check the path given to --output and the free space on its disk.',
  'run.notRead': '{file}: not read',
  'run.notChecked': '{file}: not checked',
  'run.tooLarge':
    'The text is {length} characters long, over the limit of {max}. Split it, or pass a higher --max-length N.',
  'run.binaryText': 'This looks like binary data, not text. Pass UTF-8 text, Markdown or HTML.',
  'run.progress': 'checking',
  'cache.notJson': 'not valid JSON',
  'cache.otherVersion': 'not a cache entry of this version ({detail})',
  'cache.otherKey': 'stored under another key',
  'cache.reportMismatch': 'the report does not match the file',
  'cache.fixedMismatch': 'the fixed report does not match the fixed text',
  'cache.noTargets': 'no target results',
  'cache.topLevel': 'top level',
  'cache.wrongShape': 'wrong shape',

  // ------------------------------------------------------------------------- config.ts: config
  'config.notFound': 'Config file not found: {file}',
  'config.notFoundHint': 'Check the path given to --config, or run "attache init" to write one.',
  'config.noAttacheKey': '{file} has no "attache" key.',
  'config.noAttacheKeyHint': 'Add an "attache" object to package.json, or point --config at an attache.config.json.',
  'config.cannotRead': 'Cannot read config {file}: {why}',
  'config.cannotReadHint': 'Check that the file exists and is readable.',
  'config.badJson': 'Invalid JSON in config {file}{where}: {why}',
  'config.badJsonWhere': ' at line {line}, column {column}',
  'config.badJsonHint':
    'JSON has no comments or trailing commas: put notes in a "//" key. Run "attache init --force" for a valid starter config.',
  'config.invalid': 'Invalid config {file}:\n{issues}',
  'config.invalidHint': 'See the keys in config.schema.json of @attache/cli, or the README section "Config".',
  'config.unknownKey': 'unknown key',
  'config.unknownRule': 'unknown rule',
  'config.didYouMeanKey': 'did you mean "{key}"?',
  'config.required': 'required',
  'config.cannotReadStyle': 'cannot read style file {file}',
  'config.styleHint': 'Paths in lint.styles are relative to the config file.',
  'config.badStyleJson': 'Invalid JSON in style file {file} ({key} of {config}): {why}',

  // --------------------------------------------------------------------------- files.ts: inputs
  'files.ignoreNotFound': 'Ignore file not found: {file}',
  'files.ignoreNotFoundHint': 'Check the path given to --ignore-path.',
  'files.cannotReadIgnore': 'Cannot read ignore file {file}: {why}',
  'files.cannotRead': 'Cannot read {file}: {why}',
  'files.orIgnored': ' or ignored by {source}',
  'files.noneInDir':
    'No files to check in {dir}: none of its {files} ends in .txt, .md, .markdown, .html or .htm{ignored}.',
  'files.noneInDirHint':
    'Name files explicitly (with --format-in text for other extensions), or pass --no-error-on-unmatched-pattern.',
  'files.explicitIgnored': '{file} is ignored by {source}: not checked (use --no-ignore to check it).',
  'files.notFileOrDir': '{input} is neither a file nor a directory.',
  'files.notFileOrDirHint': 'Pass files, directories or globs.',
  'files.noMatch': 'No files match the pattern "{pattern}"{ignored}.',
  'files.allIgnored': ' (or all are ignored by {source})',
  'files.noMatchHint':
    'Check the pattern (quote it so the shell does not expand it), or pass --no-error-on-unmatched-pattern.',
  'files.noSuchPath': 'No such file or directory: {input}',
  'files.noSuchPathHint': 'Check the path. Quote globs ("releases/**/*.md") so attache, not the shell, expands them.',
  'files.cannotReadDir': 'Cannot read directory {dir}: {why}',

  // ----------------------------------------------------------------------- read.ts: decoding text
  'read.badUtf16':
    '{file} starts with a {encoding} byte order mark but is not valid {encoding} (an odd number of bytes or a broken surrogate pair).',
  'read.utf16NoBom':
    '{file} looks like {encoding} text without a byte order mark (the mark tells Attaché how to read it). {convert}',
  'read.badUtf8': '{file} is not valid UTF-8: the first bad byte sequence is at byte {at} (0x{bytes}). {hint}',
  'read.binary':
    '{file} is a binary file (it contains NUL bytes), not text. Exclude it in .attacheignore, or pass only .txt, .md and .html files.',
  'read.convert': 'Convert it first: iconv -f {encoding} -t utf-8 {file}',
  'read.cp1251': 'It looks like Cyrillic in Windows-1251. {convert}',
  'read.cp1252': 'It looks like Windows-1252 (Western European, with typographic quotes). {convert}',
  'read.latin1': 'It looks like Latin-1 (ISO-8859-1, Western European). {convert}',
  'read.otherEncoding': 'If it is text in another encoding, convert it to UTF-8 first: {command}',
  'read.cannotRead': 'Cannot read {file}: {why}.',
  'read.permissionDenied': 'permission denied',
  'read.noSuchFile': 'no such file',

  // ------------------------------------------------------------------------ atomic.ts: writing
  'errno.ENOSPC': 'the disk is full (ENOSPC)',
  'errno.EDQUOT': 'the disk quota is exceeded (EDQUOT)',
  'errno.EFBIG': 'the file size limit was reached (EFBIG)',
  'errno.EACCES': 'permission denied ({code})',
  'errno.EROFS': 'the file system is read-only (EROFS)',
  'errno.EIO': 'an input/output error (EIO)',
  'errno.ENOENT': 'the directory does not exist (ENOENT)',
  'errno.ENOTDIR': 'a part of the path is not a directory (ENOTDIR)',
  'errno.EISDIR': 'it is a directory (EISDIR)',

  // ---------------------------------------------------------------------- baseline.ts: baseline
  'baseline.notFound': 'Baseline file not found: {file}',
  'baseline.notFoundHint': "Record today's findings first: attache lint --baseline {file} --update-baseline <files>",
  'baseline.badJson': 'Baseline {file} is not valid JSON: {why}',
  'baseline.recreate': 'Recreate it with --update-baseline.',
  'baseline.malformed': 'Invalid baseline {file}: "{key}" is malformed.',
  'baseline.cannotWrite': 'Cannot write baseline {file}: {why}. The previous baseline, if any, is unchanged.',

  // ------------------------------------------------------------------------------- init.ts: init
  'init.notDir': '{dir} is not a directory.',
  'init.usage': 'Usage: attache init [dir]',
  'init.exists': '{file} already exists.',
  'init.force': 'Pass --force to overwrite it.',
  'init.cannotWrite': 'Cannot write {file}: {why}. Nothing was written.',

  // -------------------------------------------------------------- audience.ts: rewrite, checklist
  'audience.none': 'No audience for {file}.',
  'audience.noneHint': 'Pass --audience youth, rural or foreign, or set "audience" in the config.',
  'audience.score': 'grade {grade}, formality {formality}',
  'rewrite.oneText': 'attache rewrite --format text writes one text, but {count} files were given.',
  'rewrite.oneTextHint': 'Rewrite one file at a time, or use --format diff or --format json for several.',
  'rewrite.noProposal': '{file}: no proposal "{wanted}" (ids look like {example}; kinds: {kinds}).',
  'rewrite.summary': '{file} → {audience}: {applied}{refused}; {before} → {after}; {targets}',
  'rewrite.applied': '{count} proposal(s) applied',
  'rewrite.refused': ', {count} refused by the meaning lock, the hygiene check or the verifier',
  'rewrite.targetsMet': 'targets met',
  'rewrite.targetsMissed': 'targets missed: {targets}',
  'rewrite.note': '{file}: note: {note}',
  'rewrite.notOk': '{file}: the rewrite does NOT pass its checks: do not publish it as it is.',
  'rewrite.diffLabel': 'rewrite for {audience}',
  'checklist.notRead': 'not read',
  'checklist.counts': '{items}: {fail} to fix, {manual} to check by hand, {pass} passed',
  'checklist.heading': 'checklist for {audience} readers · {counts}',
  'checklist.fail': '✖ fail',
  'checklist.check': '? check',
  'checklist.pass': '✔ pass',
  'checklist.more': '… and {count} more',
  'checklist.source': 'source: {source}',
  'checklist.targets': 'Targets for {audience} readers',
  'checklist.mdHeading': 'Checklist for {audience} readers: {file}',
  'checklist.mdToFix': 'to fix',
  'checklist.mdByHand': 'check by hand',
  'checklist.mdLine': 'line {line}',
  'checklist.mdTarget': 'Target',
  'checklist.mdLimit': 'Limit',
  'checklist.mdActual': 'Actual',
  'checklist.mdMet': 'Met',

  // ------------------------------------------------------------------------- compose.ts: compose
  'compose.cannotReadBrief': '--brief {file}: cannot read it ({why}).',
  'compose.briefNotJson': '--brief {file}: not JSON ({why}).',
  'compose.briefExample': 'A brief looks like {example}.',
  'compose.briefNotObject': '--brief {file}: must be a JSON object.',
  'compose.briefNotString': '--brief {file}: "{key}" must be a string.',
  'compose.briefHashtags': '--brief {file}: "hashtags" must be a list of strings.',
  'compose.briefUnknown': '--brief {file}: unknown key(s) {keys}.',
  'compose.needsAudience': 'attache compose needs --audience youth, rural or foreign.',
  'compose.oneRelease': 'attache compose takes one release, got {count}.',
  'compose.oneReleaseHint': 'Compose one file at a time (or "-" for standard input).',
  'compose.unknownChannel': '--channel {channel}: unknown; one of {channels}.',
  'compose.wrongAudience': '--channel {channel} is for the {for} audience, not {audience}.',
  'compose.urlNeedsModel': '--model-url needs --model NAME.',
  'compose.modelNeedsUrl': '--model needs --model-url URL.',
  'compose.badModelUrl': '--model-url {url}: not an http or https address.',
  'compose.triesNeedModel': '--model-tries needs --model-url and --model.',
  'compose.verifier': 'verifier: {rule}: “{text}” — {message}',
  'compose.note': 'note: {note}',
  'compose.summary': '{audience}/{channel}: {parts}, {verified}; {targets}{model}',
  'compose.parts': '{count} part(s)',
  'compose.verified': 'verified',
  'compose.notVerified': 'NOT verified',
  'compose.targetsMet': 'targets met',
  'compose.targetsMissed': 'targets missed: {targets}',
  'compose.writtenBy': '; written by {model}',
  'compose.deterministic': '; deterministic (the model’s text was not used)',

  // --------------------------------------------------------------- formatters: lint (stylish)
  'lint.error': 'error',
  'lint.warning': 'warning',
  'lint.suggestion': 'suggestion',
  'lint.target': 'target',
  'lint.empty': '{file}: empty, nothing to check.',
  'lint.clean': '✔ No problems in {files}.',
  'lint.summary': '{problems} ({parts})',
  'lint.baseline': '{findings} known to the baseline not shown.',
  'lint.fixed': 'Fixed {problems} in {files}.',
  'lint.fixable': '{findings} can be fixed with --fix (preview with --fix-dry-run).',
  'lint.cannotCheck': 'attache: cannot check file',
  'lint.sarifTarget': 'Target {id}: {comparison} {limit}',
  'lint.sarifFix': 'Replace with "{text}"',

  // ---------------------------------------------------------------- formatters: targets
  'target.maxGrade': 'grade',
  'target.maxFormality': 'formality',
  'target.minFormality': 'formality',
  'target.minReadingEase': 'reading ease',
  'target.maxEflaw': 'McAlpine EFLAW score',
  'target.maxAverageSentenceWords': 'average sentence length',
  'target.maxHardSentenceShare': 'share of hard sentences',
  'target.maxErrors': 'errors',
  'target.maxWarnings': 'warnings',
  'target.unmeasured': '{what} cannot be measured; target {comparison} {limit} ({id}) counts as met',
  'target.within': '{what} {actual} is within the target of {limit} ({id})',
  'target.reaches': '{what} {actual} reaches the target of {limit} ({id})',
  'target.above': '{what} {actual} is above the target of {limit} ({id})',
  'target.below': '{what} {actual} is below the target of {limit} ({id})',

  // ---------------------------------------------------------------- formatters: attache score
  'score.file': 'File',
  'score.lang': 'Lang',
  'score.words': 'Words',
  'score.grade': 'Grade',
  'score.ease': 'Ease',
  'score.formality': 'Formality',
  'score.hard': 'Hard',
  'score.targets': 'Targets',
  'score.met': '✔ met',
  'score.totals': '{files} · mean grade {grade} · mean formality {formality}',
  'score.missedIn': ' · targets missed in {count}',
  'score.detected': 'detected, confidence {confidence}',
  'score.given': 'given',
  'score.counts': '{words} · {sentences} · {paragraphs} · {syllables}',
  'score.gradeLine': 'Grade {grade}',
  'score.readingAge': 'reading age {age}',
  'score.tooShort': 'too short for the formulas to mean much',
  'score.formalityLine': 'Formality {score}',
  'score.readability': 'Readability',
  'score.signals': 'Formality signals (contribution to the score)',
  'score.signalValue': 'value {value}, weight {weight}',
  'score.sentences':
    'Sentences: {hard} hard, {veryHard} very hard of {total} (Hemingway: hard from grade 10, very hard from 14)',
  'score.findings': 'Findings: {count} (run attache lint for the details)',
  'score.targetsHeading': 'Targets',
  'score.langUnd': 'no language could be recognised',
  'score.langShort': 'too short to tell the language; pass --language to analyse it anyway',
  'score.langUnsupported': 'the text looks like {code} (ISO 639-3), which Attaché does not analyse',
  'formality.very-informal': 'very informal',
  'formality.informal': 'informal',
  'formality.neutral': 'neutral',
  'formality.formal': 'formal',
  'formality.very-formal': 'very formal',
  'formality.unknown': 'unknown',
} as const;

/** A message's key. */
export type MessageKey = keyof typeof EN;

/** Russian. Typed against EN: a key missing here, or one EN does not have, fails the typecheck. */
const RU: Record<MessageKey, string> = {
  'cli.wrote': 'Записан {file}. Поправьте его и запустите: attache lint <файлы>',
  'cli.internal': 'внутренняя ошибка: {detail}',
  'cli.reportIt': 'Пожалуйста, сообщите о ней разработчикам и приложите команду, которую вы запускали.',
  'cli.stdoutFailed': 'не удаётся писать в стандартный вывод: {why}. Вывод неполон.',

  'args.afterCommand': '«{flag}» ставится после команды.',
  'args.usage': 'Запуск: attache <{commands}> [параметры] [файлы...]. Подробнее: «attache --help».',
  'args.contradict': '{a} и {b} противоречат друг другу.',
  'args.giveOne': 'Укажите что-то одно.',
  'args.fixOrDryRun': 'С --fix-dry-run вы увидите правки в виде diff, с --fix они запишутся в файлы.',
  'args.updateBaselineNeedsBaseline': 'Для --update-baseline нужен --baseline FILE.',
  'args.example': 'Пример: {example}',
  'args.initOneDir': 'attache init принимает не больше одной папки, а получено аргументов: {count}.',
  'args.needsInput':
    'attache {command} нужен хотя бы один файл, папка или шаблон (glob), либо «-» для стандартного ввода.',
  'args.needsInputExample': 'Пример: attache {command} releases/   или   cat release.txt | attache {command} -',
  'args.stdinOnce': '«-» (стандартный ввод) можно указать только один раз.',
  'args.stdinFilenameWithoutStdin': '--stdin-filename задаёт имя стандартного ввода, но «-» среди входных данных нет.',
  'args.fixStdin': '--fix не может записать исправления обратно в стандартный ввод.',
  'args.fixStdinHint': 'Выведите исправления в виде diff с --fix-dry-run или передайте файл по имени.',
  'args.acceptEmpty': 'Для --accept нужно «safe», «all» или список идентификаторов либо видов правок через запятую.',
  'args.unknownCommand': 'Неизвестная команда «{command}».',
  'args.didYouMeanCommand': 'Может быть, вы имели в виду «attache {command}»?',
  'args.toLintIt': 'Чтобы проверить его: attache lint {path}',
  'args.commandsList': 'Команды: {commands}. Подробнее: «attache --help».',
  'args.notForCommand': 'Параметр {flag} не относится к «attache {command}».',
  'args.worksWith': 'Он работает с командами: {commands}. Подробнее: «attache {command} --help».',
  'args.unknownOption': 'Неизвестный параметр {flag} для «attache {command}».',
  'args.didYouMeanOption': 'Может быть, вы имели в виду --{option}? Все параметры: «attache {command} --help».',
  'args.seeOptions': 'Параметры команды: «attache {command} --help».',
  'args.runHelp': 'Подробнее: «attache {command} --help».',
  'args.takesNoValue': 'Параметр --{option} не принимает значения.',
  'args.writeJust': 'Напишите просто --{option}.',
  'args.needsValue': 'Параметру --{option} нужно значение ({value}).',
  'args.dashValue': 'Значение, которое начинается с «-», пишется так: --{option}=VALUE.',
  'args.unreadable': 'Не удалось разобрать командную строку: {detail}',
  'args.invalidValue': 'Недопустимое значение «{value}» для {flag}.',
  'args.useOneOf': 'Возможные значения: {values}.',
  'args.didYouMeanValue': 'Может быть, «{value}»?',
  'args.nonEmpty': '{flag}: значение не может быть пустым.',
  'args.badNumber': 'Недопустимое значение «{value}» для {flag}: нужно {what}.',
  'args.wholeNumberFrom': 'целое число не меньше {min}',
  'args.numberFromTo': 'число от {min} до {max}',
  'args.badConcurrency': 'Недопустимое значение «{value}» для --concurrency: нужно auto, off или целое число от 1.',

  'help.title': 'attache {version} — оценка удобочитаемости и официальности пресс-релизов, поиск канцелярита',
  'help.usage': 'Запуск: {usage}',
  'help.usageMain': 'attache <команда> [параметры] [файлы...]',
  'help.usageLint': 'attache lint [параметры] <файл|папка|шаблон|->...',
  'help.usageScore': 'attache score [параметры] <файл|папка|шаблон|->...',
  'help.usageRewrite': 'attache rewrite --audience <youth|rural|foreign> [параметры] <файл|папка|шаблон|->...',
  'help.usageChecklist': 'attache checklist --audience <youth|rural|foreign> [параметры] <файл|папка|шаблон|->...',
  'help.usageCompose':
    'attache compose --audience <youth|rural|foreign> [--channel КАНАЛ] [--brief ФАЙЛ] [параметры] <файл|->',
  'help.usageInit': 'attache init [параметры] [папка]',
  'help.commands': 'Команды:',
  'help.options': 'Параметры:',
  'help.examples': 'Примеры:',
  'help.inputs1':
    'Входные данные: файлы, папки (.txt .md .markdown .html .htm, со всеми вложенными), шаблоны в кавычках',
  'help.inputs2':
    'и «-» для стандартного ввода. Пути из .attacheignore (синтаксис gitignore), node_modules и .git пропускаются.',
  'help.exit1':
    'Коды выхода: 0 — всё чисто · 1 — есть ошибки, предупреждений больше --max-warnings или цель не достигнута ·',
  'help.exit2': '2 — ошибка в параметрах, настройках или при чтении и записи файлов.',
  'help.more': 'Параметры команды: «attache <команда> --help». Документация: packages/cli/README.md',
  'help.formats': 'Форматы (--format): {notes}',
  'help.exitCodes': 'Коды выхода: {codes}',
  'help.config1':
    'Настройки: ближайший к каждому файлу (в его папке или выше) attache.config.json, .attacherc.json или ключ',
  'help.config2': '«attache» в package.json; параметры командной строки важнее.',
  'help.summaryLint': 'Найти канцелярит, трудные предложения и недостигнутые цели; со строкой:столбцом и правилом',
  'help.summaryScore': 'Показать уровень сложности, формулы удобочитаемости и официальность каждого файла',
  'help.summaryRewrite': 'Переписать релиз для аудитории (youth, rural, foreign) по предложениям @attache/audiences',
  'help.summaryChecklist': 'Показать культурный и языковой чек-лист аудитории для релиза',
  'help.summaryCompose':
    'Составить версию для аудитории и канала (ветку постов, SMS, объявление…), проверив каждый факт',
  'help.summaryInit': 'Записать начальный attache.config.json с пояснением к каждому ключу',
  'help.formatsLint':
    'stylish (по умолчанию; по файлам), json ({ files: [{ path, report }] }), sarif (2.1.0), github (аннотации workflow)',
  'help.formatsScore': 'stylish (по умолчанию; таблица или подробности по одному файлу), json, sarif, github',
  'help.formatsRewrite':
    'text (по умолчанию; переписанный текст, только один файл), diff (unified diff), json (принятые и отклонённые правки, отчёты до и после, цели)',
  'help.formatsChecklist':
    'stylish (по умолчанию; что исправить, что проверить вручную, что пройдено, с примерами), json, markdown (чек-лист для ревью)',
  'help.formatsCompose':
    'text (по умолчанию; части, затем заметки для редактора в stderr), json (версия: канал, части, текст, факты с источниками, цели, проверка, заметки)',
  'help.exitLint':
    '0 — всё чисто · 1 — есть ошибка, предупреждений больше --max-warnings или цель не достигнута · 2 — ошибка в параметрах, настройках или при чтении и записи.',
  'help.exitScore':
    '0 — все цели достигнуты (или не заданы) · 1 — цель не достигнута · 2 — ошибка в параметрах, настройках или при чтении и записи.',
  'help.exitRewrite':
    '0 — текст переписан (сводка в stderr говорит, какие цели он достигает) · 2 — ошибка в параметрах, настройках или при чтении и записи.',
  'help.exitChecklist':
    '0 — ни одна автоматическая проверка не провалена · 1 — автоматическая проверка провалена · 2 — ошибка в параметрах, настройках или при чтении и записи.',
  'help.exitCompose':
    '0 — версия составлена и проверена · 1 — проверка нашла проблему (версия выводится вместе с замечаниями) · 2 — ошибка в параметрах или при чтении и записи.',
  'help.exitInit': '0 — файл записан · 2 — файл уже есть (используйте --force) или его нельзя записать.',
  'help.exEveryFile': 'все .txt, .md, .html в releases/',
  'help.exAnnotations': 'аннотации в журнале GitHub Actions',
  'help.exNewOnly': 'падает только на новых замечаниях',
  'help.exFixDiff': 'безопасные исправления в виде diff',
  'help.exAllFormulas': 'все формулы и признаки официальности',
  'help.exGrade10': 'код 1, если релиз сложнее 10-го класса',
  'help.exForeignTargets': 'цели для иностранных читателей',
  'help.exInitHere': './attache.config.json',

  'opt.format': 'Формат вывода (см. ниже)',
  'opt.output': 'Записать вывод в файл FILE, а не в стандартный вывод',
  'opt.formatIn': 'Читать все входные файлы как text, markdown или html (по умолчанию — по расширению)',
  'opt.language': 'auto, en, ru, fr, es или de (по умолчанию — определить)',
  'opt.locale':
    'Язык сообщений и подписей: en или ru (по умолчанию — ATTACHE_LOCALE, LC_ALL, LC_MESSAGES, LANG, иначе язык текста)',
  'opt.audience': 'youth, rural или foreign: аудитория (действуют её цели; по умолчанию — «audience» из настроек)',
  'opt.channel':
    'compose: x, bluesky, telegram, telegram-caption, instagram (youth); notice, sms, radio (rural); plain (foreign)',
  'opt.brief': 'compose: JSON-бриф от пресс-службы { affected, change, action, deadline, contact, link, hashtags }',
  'opt.modelUrl':
    'compose: ваша модель, адрес API, совместимого с OpenAI (например, http://127.0.0.1:11434/v1); ключ, если нужен, берётся из ATTACHE_MODEL_API_KEY',
  'opt.model': 'compose: имя модели для --model-url (например, llama3.1:8b)',
  'opt.modelTries':
    'compose: сколько попыток дать модели, прежде чем взять детерминированную версию (1–10, по умолчанию 3)',
  'opt.accept': '«safe» (по умолчанию), «all» или идентификаторы либо виды правок через запятую',
  'opt.maxGrade': 'Цель: наибольший уровень сложности по американской шкале классов (0–30)',
  'opt.maxFormality': 'Цель: наибольшая официальность (0–100)',
  'opt.maxWarnings': 'Код выхода 1, если предупреждений больше N',
  'opt.quiet': 'Показывать только ошибки (предупреждения всё равно считаются для --max-warnings)',
  'opt.fix': 'Внести безопасные исправления в файлы и показать, что осталось',
  'opt.fixDryRun': 'Показать безопасные исправления в виде unified diff, ничего не меняя',
  'opt.baseline': 'Считать только замечания, которых нет в файле FILE',
  'opt.updateBaseline': 'Записать текущие замечания и недостигнутые цели в файл FILE из --baseline',
  'opt.config': 'Взять этот файл настроек для всех входных файлов (без поиска)',
  'opt.noConfig': 'Не читать файлы настроек',
  'opt.ignorePath': 'Файл исключений в синтаксисе gitignore (по умолчанию ./.attacheignore)',
  'opt.noIgnore': 'Проверять и исключённые файлы (node_modules и .git всё равно пропускаются)',
  'opt.noErrorOnUnmatchedPattern': 'Не считать ошибкой шаблон или папку без файлов для проверки',
  'opt.stdinFilename': 'Имя для стандартного ввода (`-`): по нему выбираются формат, настройки и путь в выводе',
  'opt.concurrency': 'Потоки: auto (по умолчанию), off или число',
  'opt.cache': 'Не анализировать заново неизменённые файлы (ключ — содержимое и настройки)',
  'opt.cacheLocation': 'Где --cache хранит файлы (по умолчанию .attache-cache)',
  'opt.maxLength': 'Отказываться от входных данных длиннее N символов (по умолчанию 20000000)',
  'opt.verbose': 'Показывать также статистику кэша и отброшенные испорченные записи кэша',
  'opt.color': 'Включить цвета (NO_COLOR всё равно их выключает)',
  'opt.noColor': 'Без цветов',
  'opt.noProgress': 'Без индикатора хода работы (его и так нет при выводе в канал или с CI=true)',
  'opt.force': 'Перезаписать существующий файл настроек',
  'opt.help': 'Показать справку',

  'run.warning': 'предупреждение: {message}',
  'run.dryRunFormat': '--fix-dry-run выводит unified diff; --format к нему не применяется.',
  'run.dryRunFormatHint': 'Уберите --format или запустите без --fix-dry-run.',
  'run.invalidConfig': 'Ошибка в настройках {path}: {message}',
  'run.flags': '(параметры командной строки)',
  'run.fixConfigKey': 'Исправьте названный ключ; все ключи перечислены в разделе «Config» README.',
  'run.cannotWriteFixes': 'Не удалось записать исправления в {file}: {why}. Файл не изменён.',
  'run.baselineRecorded': 'в {file} записано: {findings}.',
  'run.dryRunSummary': '--fix-dry-run: будет внесено {fixes} в {files}; ничего не записано.',
  'run.dryRunNone': '--fix-dry-run: безопасных исправлений нет.',
  'run.tooManyWarnings': '{warnings} — больше, чем --max-warnings {max}.',
  'run.cacheIgnored': 'предупреждение: запись кэша отброшена и вычислена заново: {entry}',
  'run.cacheStats': 'кэш: найдено {hits}, не найдено {misses}.',
  'run.cannotWriteOutput': 'Не удалось записать {file}: {why}. Ничего не записано; прежний {file} не изменён.',
  'run.cannotWriteOutputHint': 'Проверьте путь в --output и свободное место на диске.',
  'run.notRead': '{file}: не прочитан',
  'run.notChecked': '{file}: не проверен',
  'run.tooLarge':
    'В тексте {length} символов — больше предела в {max}. Разделите его или задайте предел побольше: --max-length N.',
  'run.binaryText': 'Это похоже на двоичные данные, а не на текст. Передайте текст в UTF-8, Markdown или HTML.',
  'run.progress': 'проверка',
  'cache.notJson': 'не JSON',
  'cache.otherVersion': 'не запись кэша этой версии ({detail})',
  'cache.otherKey': 'хранится под другим ключом',
  'cache.reportMismatch': 'отчёт не соответствует файлу',
  'cache.fixedMismatch': 'отчёт об исправленном тексте не соответствует этому тексту',
  'cache.noTargets': 'нет результатов по целям',
  'cache.topLevel': 'верхний уровень',
  'cache.wrongShape': 'не та структура',

  'config.notFound': 'Файл настроек не найден: {file}',
  'config.notFoundHint': 'Проверьте путь в --config или создайте настройки командой «attache init».',
  'config.noAttacheKey': 'В {file} нет ключа «attache».',
  'config.noAttacheKeyHint':
    'Добавьте объект «attache» в package.json или укажите в --config файл attache.config.json.',
  'config.cannotRead': 'Не удалось прочитать настройки {file}: {why}',
  'config.cannotReadHint': 'Проверьте, что файл существует и доступен для чтения.',
  'config.badJson': 'Ошибка JSON в настройках {file}{where}: {why}',
  'config.badJsonWhere': ' (строка {line}, столбец {column})',
  'config.badJsonHint':
    'В JSON нет комментариев и запятых после последнего элемента: пояснения пишите в ключ «//». Правильные начальные настройки: «attache init --force».',
  'config.invalid': 'Ошибка в настройках {file}:\n{issues}',
  'config.invalidHint': 'Ключи описаны в config.schema.json пакета @attache/cli и в разделе «Config» README.',
  'config.unknownKey': 'неизвестный ключ',
  'config.unknownRule': 'неизвестное правило',
  'config.didYouMeanKey': 'может быть, «{key}»?',
  'config.required': 'обязательный ключ',
  'config.cannotReadStyle': 'не удалось прочитать файл стиля {file}',
  'config.styleHint': 'Пути в lint.styles отсчитываются от папки файла настроек.',
  'config.badStyleJson': 'Ошибка JSON в файле стиля {file} ({key} в {config}): {why}',

  'files.ignoreNotFound': 'Файл исключений не найден: {file}',
  'files.ignoreNotFoundHint': 'Проверьте путь в --ignore-path.',
  'files.cannotReadIgnore': 'Не удалось прочитать файл исключений {file}: {why}',
  'files.cannotRead': 'Не удалось прочитать {file}: {why}',
  'files.orIgnored': ' или исключены в {source}',
  'files.noneInDir':
    'В {dir} нечего проверять: ни один из файлов ({files}) не оканчивается на .txt, .md, .markdown, .html или .htm{ignored}.',
  'files.noneInDirHint':
    'Назовите файлы явно (с --format-in text для других расширений) или добавьте --no-error-on-unmatched-pattern.',
  'files.explicitIgnored': '{file} исключён в {source} и не проверяется (чтобы проверить, добавьте --no-ignore).',
  'files.notFileOrDir': '{input} — не файл и не папка.',
  'files.notFileOrDirHint': 'Передайте файлы, папки или шаблоны.',
  'files.noMatch': 'Под шаблон «{pattern}» не подходит ни один файл{ignored}.',
  'files.allIgnored': ' (или все они исключены в {source})',
  'files.noMatchHint':
    'Проверьте шаблон (возьмите его в кавычки, чтобы его не раскрыла оболочка) или добавьте --no-error-on-unmatched-pattern.',
  'files.noSuchPath': 'Нет такого файла или папки: {input}',
  'files.noSuchPathHint':
    'Проверьте путь. Шаблоны берите в кавычки («releases/**/*.md»), чтобы их раскрыл attache, а не оболочка.',
  'files.cannotReadDir': 'Не удалось прочитать папку {dir}: {why}',

  'read.badUtf16':
    '{file} начинается с метки порядка байтов {encoding}, но это не правильный {encoding} (нечётное число байтов или разорванная суррогатная пара).',
  'read.utf16NoBom':
    '{file} похож на текст в {encoding} без метки порядка байтов (по метке Attaché понимает, как его читать). {convert}',
  'read.badUtf8':
    '{file} — не правильный UTF-8: первая ошибочная последовательность байтов на байте {at} (0x{bytes}). {hint}',
  'read.binary':
    '{file} — двоичный файл (в нём есть байты NUL), а не текст. Исключите его в .attacheignore или передавайте только файлы .txt, .md и .html.',
  'read.convert': 'Сначала перекодируйте его: iconv -f {encoding} -t utf-8 {file}',
  'read.cp1251': 'Похоже на кириллицу в Windows-1251. {convert}',
  'read.cp1252': 'Похоже на Windows-1252 (западноевропейская, с типографскими кавычками). {convert}',
  'read.latin1': 'Похоже на Latin-1 (ISO-8859-1, западноевропейская). {convert}',
  'read.otherEncoding': 'Если это текст в другой кодировке, сначала перекодируйте его в UTF-8: {command}',
  'read.cannotRead': 'Не удалось прочитать {file}: {why}.',
  'read.permissionDenied': 'нет прав доступа',
  'read.noSuchFile': 'нет такого файла',

  'errno.ENOSPC': 'диск заполнен (ENOSPC)',
  'errno.EDQUOT': 'превышена дисковая квота (EDQUOT)',
  'errno.EFBIG': 'достигнут предел размера файла (EFBIG)',
  'errno.EACCES': 'нет прав доступа ({code})',
  'errno.EROFS': 'файловая система только для чтения (EROFS)',
  'errno.EIO': 'ошибка ввода-вывода (EIO)',
  'errno.ENOENT': 'папки не существует (ENOENT)',
  'errno.ENOTDIR': 'часть пути — не папка (ENOTDIR)',
  'errno.EISDIR': 'это папка (EISDIR)',

  'baseline.notFound': 'Файл базовой линии (baseline) не найден: {file}',
  'baseline.notFoundHint':
    'Сначала запишите сегодняшние замечания: attache lint --baseline {file} --update-baseline <файлы>',
  'baseline.badJson': 'Базовая линия {file} — не правильный JSON: {why}',
  'baseline.recreate': 'Создайте её заново с --update-baseline.',
  'baseline.malformed': 'Ошибка в базовой линии {file}: «{key}» испорчен.',
  'baseline.cannotWrite':
    'Не удалось записать базовую линию {file}: {why}. Прежняя базовая линия, если была, не изменена.',

  'init.notDir': '{dir} — не папка.',
  'init.usage': 'Запуск: attache init [папка]',
  'init.exists': '{file} уже есть.',
  'init.force': 'Чтобы перезаписать его, добавьте --force.',
  'init.cannotWrite': 'Не удалось записать {file}: {why}. Ничего не записано.',

  'audience.none': 'Для {file} не задана аудитория.',
  'audience.noneHint': 'Укажите --audience youth, rural или foreign или задайте «audience» в настройках.',
  'audience.score': 'уровень {grade}, официальность {formality}',
  'rewrite.oneText': 'attache rewrite --format text выводит один текст, а файлов передано: {count}.',
  'rewrite.oneTextHint': 'Переписывайте по одному файлу или используйте --format diff либо --format json.',
  'rewrite.noProposal': '{file}: правки «{wanted}» нет (идентификаторы выглядят так: {example}; виды: {kinds}).',
  'rewrite.summary': '{file} → {audience}: {applied}{refused}; {before} → {after}; {targets}',
  'rewrite.applied': 'принято правок: {count}',
  'rewrite.refused': ', отклонено замком смысла, проверкой гигиены или верификатором: {count}',
  'rewrite.targetsMet': 'цели достигнуты',
  'rewrite.targetsMissed': 'цели не достигнуты: {targets}',
  'rewrite.note': '{file}: заметка: {note}',
  'rewrite.notOk': '{file}: переписанный текст НЕ прошёл проверки — не публикуйте его в таком виде.',
  'rewrite.diffLabel': 'переписано для {audience}',
  'checklist.notRead': 'не прочитан',
  'checklist.counts': '{items}: исправить — {fail}, проверить вручную — {manual}, пройдено — {pass}',
  'checklist.heading': 'чек-лист для аудитории {audience} · {counts}',
  'checklist.fail': '✖ исправить',
  'checklist.check': '? проверить',
  'checklist.pass': '✔ пройдено',
  'checklist.more': '… и ещё {count}',
  'checklist.source': 'источник: {source}',
  'checklist.targets': 'Цели для аудитории {audience}',
  'checklist.mdHeading': 'Чек-лист для аудитории {audience}: {file}',
  'checklist.mdToFix': 'исправить',
  'checklist.mdByHand': 'проверить вручную',
  'checklist.mdLine': 'строка {line}',
  'checklist.mdTarget': 'Цель',
  'checklist.mdLimit': 'Предел',
  'checklist.mdActual': 'Значение',
  'checklist.mdMet': 'Достигнута',

  'compose.cannotReadBrief': '--brief {file}: не удалось прочитать ({why}).',
  'compose.briefNotJson': '--brief {file}: это не JSON ({why}).',
  'compose.briefExample': 'Бриф выглядит так: {example}.',
  'compose.briefNotObject': '--brief {file}: нужен объект JSON.',
  'compose.briefNotString': '--brief {file}: «{key}» должен быть строкой.',
  'compose.briefHashtags': '--brief {file}: «hashtags» должен быть списком строк.',
  'compose.briefUnknown': '--brief {file}: неизвестные ключи: {keys}.',
  'compose.needsAudience': 'attache compose нужен --audience youth, rural или foreign.',
  'compose.oneRelease': 'attache compose принимает один релиз, а получено: {count}.',
  'compose.oneReleaseHint': 'Составляйте версии по одному файлу (или «-» для стандартного ввода).',
  'compose.unknownChannel': '--channel {channel}: неизвестный канал; возможные: {channels}.',
  'compose.wrongAudience': '--channel {channel} предназначен для аудитории {for}, а не {audience}.',
  'compose.urlNeedsModel': 'Для --model-url нужен --model NAME.',
  'compose.modelNeedsUrl': 'Для --model нужен --model-url URL.',
  'compose.badModelUrl': '--model-url {url}: это не адрес http или https.',
  'compose.triesNeedModel': 'Для --model-tries нужны --model-url и --model.',
  'compose.verifier': 'верификатор: {rule}: «{text}» — {message}',
  'compose.note': 'заметка: {note}',
  'compose.summary': '{audience}/{channel}: {parts}, {verified}; {targets}{model}',
  'compose.parts': 'частей: {count}',
  'compose.verified': 'проверено',
  'compose.notVerified': 'НЕ проверено',
  'compose.targetsMet': 'цели достигнуты',
  'compose.targetsMissed': 'цели не достигнуты: {targets}',
  'compose.writtenBy': '; написано моделью {model}',
  'compose.deterministic': '; детерминированная версия (текст модели не использован)',

  'lint.error': 'ошибка',
  'lint.warning': 'предупреждение',
  'lint.suggestion': 'совет',
  'lint.target': 'цель',
  'lint.empty': '{file}: пустой файл, проверять нечего.',
  'lint.clean': '✔ Проблем нет ({files}).',
  'lint.summary': '{problems} ({parts})',
  'lint.baseline': 'Не показано: {findings}, уже известных базовой линии (baseline).',
  'lint.fixed': 'Исправлено: {problems} в {files}.',
  'lint.fixable': 'Можно исправить с --fix: {findings} (посмотреть заранее: --fix-dry-run).',
  'lint.cannotCheck': 'attache: файл не проверен',
  'lint.sarifTarget': 'Цель {id}: {comparison} {limit}',
  'lint.sarifFix': 'Заменить на «{text}»',

  'target.maxGrade': 'уровень сложности',
  'target.maxFormality': 'официальность',
  'target.minFormality': 'официальность',
  'target.minReadingEase': 'лёгкость чтения',
  'target.maxEflaw': 'показатель EFLAW Макалпайна',
  'target.maxAverageSentenceWords': 'средняя длина предложения',
  'target.maxHardSentenceShare': 'доля трудных предложений',
  'target.maxErrors': 'ошибки',
  'target.maxWarnings': 'предупреждения',
  'target.unmeasured': '{what}: измерить нельзя; цель {comparison} {limit} ({id}) считается достигнутой',
  'target.within': '{what}: {actual}, в пределах цели {limit} ({id})',
  'target.reaches': '{what}: {actual}, цель {limit} достигнута ({id})',
  'target.above': '{what}: {actual}, выше цели {limit} ({id})',
  'target.below': '{what}: {actual}, ниже цели {limit} ({id})',

  'score.file': 'Файл',
  'score.lang': 'Язык',
  'score.words': 'Слов',
  'score.grade': 'Уровень',
  'score.ease': 'Лёгкость',
  'score.formality': 'Официальность',
  'score.hard': 'Трудных',
  'score.targets': 'Цели',
  'score.met': '✔ достигнуты',
  'score.totals': '{files} · средний уровень {grade} · средняя официальность {formality}',
  'score.missedIn': ' · цели не достигнуты в {count}',
  'score.detected': 'определён, уверенность {confidence}',
  'score.given': 'задан',
  'score.counts': '{words} · {sentences} · {paragraphs} · {syllables}',
  'score.gradeLine': 'Уровень сложности {grade}',
  'score.readingAge': 'возраст читателя {age}',
  'score.tooShort': 'текст слишком короткий, формулы для него мало что значат',
  'score.formalityLine': 'Официальность {score}',
  'score.readability': 'Удобочитаемость',
  'score.signals': 'Признаки официальности (вклад в оценку)',
  'score.signalValue': 'значение {value}, вес {weight}',
  'score.sentences':
    'Предложения: трудных {hard}, очень трудных {veryHard} из {total} (по Hemingway: трудные с 10-го класса, очень трудные с 14-го)',
  'score.findings': 'Замечаний: {count} (подробности: attache lint)',
  'score.targetsHeading': 'Цели',
  'score.langUnd': 'язык не удалось определить',
  'score.langShort':
    'текст слишком короткий, чтобы определить язык; чтобы всё же проанализировать его, задайте --language',
  'score.langUnsupported': 'текст похож на язык {code} (ISO 639-3), который Attaché не анализирует',
  'formality.very-informal': 'очень неформальный',
  'formality.informal': 'неформальный',
  'formality.neutral': 'нейтральный',
  'formality.formal': 'официальный',
  'formality.very-formal': 'очень официальный',
  'formality.unknown': 'неизвестно',
};

/** Both catalogues, for the tests. */
export const CATALOGUES: Record<MessageLocale, Record<MessageKey, string>> = { en: EN, ru: RU };

/** The names in a message's `{placeholders}` (a name is a word: `{ files: [...] }` is text). */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer R}`
  ? (P extends `${string}${' ' | ',' | ':' | '"' | '{' | '['}${string}` ? never : P) | Placeholders<R>
  : never;
type Vars<K extends MessageKey> = Record<Placeholders<(typeof EN)[K]>, string | number>;
/** No second argument for a message without placeholders; every placeholder for one with them. */
export type MessageArgs<K extends MessageKey> = [Placeholders<(typeof EN)[K]>] extends [never] ? [] : [vars: Vars<K>];

/** The keys of messages without placeholders (what a table of keys, e.g. help's, may hold). */
export type PlainKey = { [K in MessageKey]: [Placeholders<(typeof EN)[K]>] extends [never] ? K : never }[MessageKey];

let current: MessageLocale = 'en';

/** Sets the locale of the messages printed from now on (the CLI does it once per run). */
export function setLocale(locale: MessageLocale): void {
  current = locale;
}

export function getLocale(): MessageLocale {
  return current;
}

export function isMessageLocale(x: unknown): x is MessageLocale {
  return typeof x === 'string' && (MESSAGE_LOCALES as readonly string[]).includes(x);
}

const PLACEHOLDER = /\{(\w+)\}/g;

function render(template: string, vars: Record<string, string | number> | undefined): string {
  if (!vars) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The message `key` in the current locale. */
export function m<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
  return render(CATALOGUES[current][key], args[0] as Record<string, string | number> | undefined);
}

/** The message `key` in `locale`. */
export function mIn<K extends MessageKey>(locale: MessageLocale, key: K, ...args: MessageArgs<K>): string {
  return render(CATALOGUES[locale][key], args[0] as Record<string, string | number> | undefined);
}

/** The placeholder names of a template, sorted (for the tests). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((x) => x[1]!))].sort();
}

// ------------------------------------------------------------------------------- counted nouns

const NOUNS_EN = {
  problem: ['problem', 'problems'],
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  suggestion: ['suggestion', 'suggestions'],
  'missed target': ['missed target', 'missed targets'],
  file: ['file', 'files'],
  finding: ['finding', 'findings'],
  fix: ['fix', 'fixes'],
  item: ['item', 'items'],
  word: ['word', 'words'],
  sentence: ['sentence', 'sentences'],
  paragraph: ['paragraph', 'paragraphs'],
  syllable: ['syllable', 'syllables'],
} as const satisfies Record<string, readonly [string, string]>;

export type Noun = keyof typeof NOUNS_EN;

/** Russian forms for one, few and many (одна проблема, две проблемы, пять проблем). */
const NOUNS_RU: Record<Noun, readonly [string, string, string]> = {
  problem: ['проблема', 'проблемы', 'проблем'],
  error: ['ошибка', 'ошибки', 'ошибок'],
  warning: ['предупреждение', 'предупреждения', 'предупреждений'],
  suggestion: ['совет', 'совета', 'советов'],
  'missed target': ['цель не достигнута', 'цели не достигнуты', 'целей не достигнуто'],
  file: ['файл', 'файла', 'файлов'],
  finding: ['замечание', 'замечания', 'замечаний'],
  fix: ['исправление', 'исправления', 'исправлений'],
  item: ['пункт', 'пункта', 'пунктов'],
  word: ['слово', 'слова', 'слов'],
  sentence: ['предложение', 'предложения', 'предложений'],
  paragraph: ['абзац', 'абзаца', 'абзацев'],
  syllable: ['слог', 'слога', 'слогов'],
};

/** For the tests: every noun in both languages. */
export const NOUNS = { en: NOUNS_EN, ru: NOUNS_RU };

/** CLDR plural category of an integer in Russian: 0 one, 1 few, 2 many. */
export function ruForm(n: number): 0 | 1 | 2 {
  const d = n % 10;
  const h = n % 100;
  if (d === 1 && h !== 11) return 0;
  if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return 1;
  return 2;
}

/** "3 problems", "3 проблемы": a count and its noun in the form for that count. */
export function plural(n: number, noun: Noun, locale: MessageLocale = current): string {
  const word = locale === 'ru' ? NOUNS_RU[noun][ruForm(n)] : NOUNS_EN[noun][n === 1 ? 0 : 1];
  return `${n} ${word}`;
}
