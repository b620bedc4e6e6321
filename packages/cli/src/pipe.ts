/**
 * Errors on standard output and standard error. `attache lint … | head`: when the reader closes
 * the pipe, stop quietly (as `cat` does). Any other write error (`> /dev/full` gives ENOSPC, a
 * failing disk EIO) ends the run with a one-line message and exit 2 instead of a stack trace:
 * the output is incomplete, so the run did not do what was asked.
 */
import { writeSync } from 'node:fs';
import { describeErrno } from './atomic.js';
import { m } from './messages.js';

export function guardOutputStreams(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      if (stream === process.stdout) {
        try {
          writeSync(2, `attache: ${m('cli.stdoutFailed', { why: describeErrno(err) })}\n`);
        } catch {
          // Standard error is gone too: the exit code still tells.
        }
      }
      process.exit(2);
    });
  }
}
