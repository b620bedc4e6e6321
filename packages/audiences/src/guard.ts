/**
 * Argument checks for the public functions of @attache/audiences: misuse gets an
 * AudienceInputError (an AttacheInputError) that names the function and the argument.
 */
import { AttacheInputError } from '@attache/core';

/**
 * Misuse of the audiences API (a missing input, a report that does not match it, a string where
 * an audience object is expected). An AttacheInputError, so one `instanceof` check covers core
 * and audiences; `code` is 'not-a-string' or 'bad-option'.
 */
export class AudienceInputError extends AttacheInputError {
  override readonly name: string = 'AudienceInputError';
  constructor(message: string, code: 'not-a-string' | 'bad-option' = 'bad-option') {
    super(code, message);
  }
}

export function describeValue(x: unknown): string {
  if (x === null) return 'null';
  if (x === undefined) return 'undefined';
  if (Array.isArray(x)) return 'an array';
  if (typeof x === 'string') return `the string ${JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x)}`;
  const t = typeof x;
  return t === 'object' ? 'an object' : `a ${t}`;
}

export function requireString(x: unknown, fn: string, param: string): asserts x is string {
  if (typeof x !== 'string')
    throw new AudienceInputError(`${fn}: "${param}" must be a string, but got ${describeValue(x)}.`, 'not-a-string');
}

export function requireOptions(x: unknown, fn: string, param = 'options'): void {
  if (x === undefined) return;
  if (x === null || typeof x !== 'object' || Array.isArray(x))
    throw new AudienceInputError(`${fn}: "${param}" must be an object, but got ${describeValue(x)}.`);
}

/** The fields of a Report (from analyze()) the adapters read. */
export function requireReport(x: unknown, fn: string): void {
  const r = x as Record<string, unknown> | null;
  const bad =
    r === null ||
    typeof r !== 'object' ||
    Array.isArray(r) ||
    typeof r['length'] !== 'number' ||
    !Array.isArray(r['sentences']) ||
    !Array.isArray(r['findings']) ||
    r['language'] === null ||
    typeof r['language'] !== 'object';
  if (bad)
    throw new AudienceInputError(`${fn}: "report" must be a report from analyze(), but got ${describeValue(x)}.`);
}
