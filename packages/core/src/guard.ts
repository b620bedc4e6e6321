/**
 * Argument checks for the public functions: misuse (a missing text, `null` where a list is
 * expected, a report that is not one) gets an AttacheInputError that names the function and the
 * argument, instead of a TypeError from deep inside.
 */
import { AttacheInputError } from './errors.js';

/** "null", "undefined", "an array", "a number" … for messages. */
export function describeValue(x: unknown): string {
  if (x === null) return 'null';
  if (x === undefined) return 'undefined';
  if (Array.isArray(x)) return 'an array';
  const t = typeof x;
  return t === 'object' ? 'an object' : `a ${t}`;
}

export function requireString(x: unknown, fn: string, param: string): asserts x is string {
  if (typeof x !== 'string') {
    throw new AttacheInputError('not-a-string', `${fn}: "${param}" must be a string, but got ${describeValue(x)}.`);
  }
}

export function requireArray(x: unknown, fn: string, param: string, what: string): asserts x is readonly unknown[] {
  if (!Array.isArray(x)) {
    throw new AttacheInputError(
      'bad-option',
      `${fn}: "${param}" must be an array of ${what}, but got ${describeValue(x)}.`,
    );
  }
}

export function requireObject(x: unknown, fn: string, param: string, what: string): asserts x is object {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) {
    throw new AttacheInputError('bad-option', `${fn}: "${param}" must be ${what}, but got ${describeValue(x)}.`);
  }
}

/** A value that looks like a Report (what analyze() returns): the fields the consumers read. */
export function requireReport(x: unknown, fn: string, param = 'report'): void {
  requireObject(x, fn, param, 'a report from analyze()');
  const r = x as Record<string, unknown>;
  for (const key of ['readability', 'formality', 'counts', 'language'] as const) {
    if (r[key] === null || typeof r[key] !== 'object') {
      throw new AttacheInputError(
        'bad-option',
        `${fn}: "${param}" must be a report from analyze(), but its "${key}" is ${describeValue(r[key])}.`,
      );
    }
  }
  for (const key of ['sentences', 'findings', 'regions'] as const) {
    if (!Array.isArray(r[key])) {
      throw new AttacheInputError(
        'bad-option',
        `${fn}: "${param}" must be a report from analyze(), but its "${key}" is ${describeValue(r[key])}.`,
      );
    }
  }
}
