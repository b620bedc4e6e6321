/**
 * `attache` — the command: parse the arguments, then hand over to the command. Only parsing and
 * help are loaded up front; the analysis (and @attache/core) load when a command needs them.
 */
import { parse } from './args.js';
import { CliError, EXIT_ERROR, EXIT_OK } from './errors.js';
import { commandHelp, mainHelp } from './help.js';
import { version, type Io } from './io.js';
import { chooseLocale } from './locale.js';
import { m, setLocale } from './messages.js';

export { version, type Io } from './io.js';

/** Runs the command line `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  // The language is chosen before anything is printed: a usage error already speaks it.
  const choice = chooseLocale(argv, io.env);
  setLocale(choice.locale);
  try {
    const parsed = parse(argv);
    if (parsed.kind === 'version') {
      io.stdout.write(`${version()}\n`);
      return EXIT_OK;
    }
    if (parsed.kind === 'help') {
      io.stdout.write(parsed.command ? commandHelp(parsed.command) : mainHelp(version()));
      return EXIT_OK;
    }
    const opts = parsed.options;
    // `attache init --locale ru` writes the choice into the config (an environment's choice it does not).
    const flagLocale = opts.locale;
    // ATTACHE_LOCALE is as explicit as --locale; a Russian system locale comes after the config's.
    if (opts.locale === undefined && choice.source === 'env') opts.locale = choice.locale;
    if (choice.source === 'system') opts.systemLocale = choice.locale;
    switch (opts.command) {
      case 'init': {
        const { runInit } = await import('./init.js');
        const written = runInit(opts.inputs[0], opts.language, opts.force, io.cwd, flagLocale);
        io.stdout.write(`${m('cli.wrote', { file: written })}\n`);
        return EXIT_OK;
      }
      case 'lint':
      case 'score':
        // Loaded only now: --help and usage errors stay fast.
        return await (await import('./run.js')).runAnalysis(opts, io);
      case 'rewrite':
        return await (await import('./audience.js')).runRewrite(opts, io);
      case 'checklist':
        return await (await import('./audience.js')).runChecklist(opts, io);
      case 'compose':
        return await (await import('./compose.js')).runCompose(opts, io);
    }
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr.write(`attache: ${err.message}\n${err.hint ? `${err.hint}\n` : ''}`);
      return EXIT_ERROR;
    }
    const e = err as Error;
    io.stderr.write(`attache: ${m('cli.internal', { detail: e.stack ?? e.message })}\n${m('cli.reportIt')}\n`);
    return EXIT_ERROR;
  }
}
