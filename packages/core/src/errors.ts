/** Why an input or option was refused. Stable codes, so callers can branch on them. */
export type AttacheInputErrorCode = 'not-a-string' | 'too-large' | 'binary' | 'bad-option' | 'unsupported-format';

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
