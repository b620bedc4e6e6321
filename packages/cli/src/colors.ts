/**
 * ANSI colours, decided once per run: on only when the stream is a TTY, never with NO_COLOR
 * (https://no-color.org: any non-empty value) or `--no-color`; `--color` or FORCE_COLOR force them on.
 */
export interface Colors {
  enabled: boolean;
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  gray(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

function wrap(enabled: boolean, open: number, close: number): (s: string) => string {
  return enabled ? (s) => `\u001b[${open}m${s}\u001b[${close}m` : (s) => s;
}

export function createColors(enabled: boolean): Colors {
  return {
    enabled,
    red: wrap(enabled, 31, 39),
    yellow: wrap(enabled, 33, 39),
    blue: wrap(enabled, 34, 39),
    green: wrap(enabled, 32, 39),
    gray: wrap(enabled, 90, 39),
    bold: wrap(enabled, 1, 22),
    underline: wrap(enabled, 4, 24),
  };
}

/** `flag` is true for --color, false for --no-color, undefined when neither was given. */
export function shouldColor(
  flag: boolean | undefined,
  isTTY: boolean,
  env: Record<string, string | undefined>,
): boolean {
  if (flag === false) return false;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (flag === true) return true;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (env['TERM'] === 'dumb') return false;
  return isTTY;
}

/** Removes ANSI escape sequences (for width computations). */
export function stripAnsi(s: string): string {
  return s.replace(/\u001b\[[0-9;]*m/g, '');
}
