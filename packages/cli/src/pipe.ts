/**
 * `attache lint … | head`: when the reader closes the pipe, stop quietly (as `cat` does) instead
 * of dying with an unhandled EPIPE error.
 */
export function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
}
