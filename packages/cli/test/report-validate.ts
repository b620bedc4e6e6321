/** Validates a report against @attache/core's report.schema.json (draft 2020-12) with ajv. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@attache/core/report.schema.json'), 'utf8')) as object;

let validator: (((data: unknown) => boolean) & { errors?: unknown }) | undefined;

export function validateReport(report: unknown): { valid: boolean; errors: string } {
  if (!validator) validator = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);
  const valid = validator(report);
  return { valid, errors: valid ? '' : JSON.stringify(validator.errors, null, 2) };
}
