/**
 * Validates a SARIF log against the SARIF 2.1.0 JSON Schema (draft-04, see fixtures/README.md)
 * with ajv; formats (uri, date-time) are checked too.
 */
import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const schema = JSON.parse(
  readFileSync(new URL('./fixtures/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'),
) as object;

// The schema has a pattern that is invalid with the u flag ("^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$"),
// hence unicodeRegExp: false.
let validator: (((data: unknown) => boolean) & { errors?: unknown }) | undefined;

export function validateSarif(log: unknown): { valid: boolean; errors: string } {
  if (!validator) {
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats.default(ajv);
    validator = ajv.compile(schema);
  }
  const valid = validator(log);
  return { valid, errors: valid ? '' : JSON.stringify(validator.errors, null, 2) };
}
