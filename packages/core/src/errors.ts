/** Why an input or option was refused. Stable codes, so callers can branch on them. */
export type AttacheInputErrorCode =
  'not-a-string' | 'too-large' | 'binary' | 'bad-option' | 'unsupported-format' | 'time-budget';

/**
 * The one error type `analyze` throws on purpose. Anything else escaping the library is a bug.
 * `message` says what was wrong and what to do about it.
 */
export class AttacheInputError extends Error {
  override readonly name: string = 'AttacheInputError';
  readonly code: AttacheInputErrorCode;
  constructor(code: AttacheInputErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * Thrown by `analyze` when the `timeBudgetMs` option is set and the analysis ran past it
 * (code 'time-budget'). `limitMs` is the budget, `elapsedMs` the time taken when it stopped and
 * `stage` the step it stopped after ('parse', 'language', 'sentences', 'scores', 'lint').
 */
export class AttacheTimeBudgetError extends AttacheInputError {
  readonly limitMs: number;
  readonly elapsedMs: number;
  readonly stage: string;
  constructor(limitMs: number, elapsedMs: number, stage: string, length: number) {
    super(
      'time-budget',
      `Analysis stopped after ${Math.round(elapsedMs)} ms (stage "${stage}", ${length.toLocaleString('en')} characters): over the time budget of ${limitMs} ms set by the "timeBudgetMs" option. Analyse a shorter text, or raise or remove "timeBudgetMs".`,
    );
    this.limitMs = limitMs;
    this.elapsedMs = elapsedMs;
    this.stage = stage;
  }
}

/** A clock for `timeBudgetMs`: `check(stage)` throws AttacheTimeBudgetError once the budget is
 * spent. Without a budget it does nothing. */
export interface Deadline {
  check(stage: string): void;
}

const now: () => number =
  typeof performance !== 'undefined' && typeof performance.now === 'function'
    ? () => performance.now()
    : () => Date.now();

export function deadline(limitMs: number | undefined, length: number): Deadline {
  if (limitMs === undefined) return { check() {} };
  const t0 = now();
  return {
    check(stage: string) {
      const elapsed = now() - t0;
      if (elapsed > limitMs) throw new AttacheTimeBudgetError(limitMs, elapsed, stage, length);
    },
  };
}
