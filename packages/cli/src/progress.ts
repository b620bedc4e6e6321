/**
 * A one-line progress bar on standard error, only when it is a terminal, not in CI (CI=true or
 * any CI variable set), not with --no-progress, and only for runs of several files. Redrawn at
 * most every 100 ms; erased when done so it never mixes with the report.
 */
export interface Progress {
  tick(done: number): void;
  done(): void;
}

const NONE: Progress = { tick() {}, done() {} };

export function wantsProgress(enabled: boolean, isTTY: boolean, env: Record<string, string | undefined>): boolean {
  if (!enabled || !isTTY) return false;
  const ci = env['CI'];
  if (ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false') return false;
  if (env['GITHUB_ACTIONS'] === 'true' || env['TERM'] === 'dumb') return false;
  return true;
}

export function createProgress(stream: NodeJS.WriteStream, total: number, show: boolean, label = 'checking'): Progress {
  if (!show || total < 2) return NONE;
  let last = 0;
  let drawn = false;
  const columns = (): number => Math.max(20, Math.min(stream.columns ?? 80, 100));
  const draw = (done: number): void => {
    const text = ` ${label} ${done}/${total}`;
    const width = Math.max(10, columns() - text.length - 3);
    const full = Math.round((done / total) * width);
    stream.write(`\r[${'█'.repeat(full)}${'░'.repeat(width - full)}]${text}`);
    drawn = true;
  };
  return {
    tick(done) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      draw(done);
    },
    done() {
      if (drawn) stream.write(`\r${' '.repeat(columns())}\r`);
    },
  };
}
