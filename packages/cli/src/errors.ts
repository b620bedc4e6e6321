/** Exit codes of the `attache` command. */
export const EXIT_OK = 0;
/** Findings at error severity, more warnings than --max-warnings, or a target missed. */
export const EXIT_FINDINGS = 1;
/** Usage, configuration or I/O error: the run could not do what was asked. */
export const EXIT_ERROR = 2;

/**
 * An error the user can fix: a bad flag, a bad config, a missing file. Its message says what
 * was wrong and what to do; the CLI prints it without a stack trace and exits with 2.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}

/** Edit distance, for "did you mean" suggestions on unknown flags, commands and values. */
export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate within a small distance, or undefined. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = levenshtein(word, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}
