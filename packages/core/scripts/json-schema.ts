import { zodToJsonSchema } from 'zod-to-json-schema';
import { toDraft2020 } from '../src/json-schema.js';
import { ReportSchema } from '../src/schema.js';

/** The report's JSON Schema (draft 2020-12), as text, exactly as committed. */
export function reportJsonSchema(): string {
  const schema = zodToJsonSchema(ReportSchema, { target: 'jsonSchema7', $refStrategy: 'none' });
  const withId = {
    $id: 'https://github.com/attache/attache/blob/main/packages/core/report.schema.json',
    title: 'Attaché report',
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...toDraft2020(schema),
  };
  return JSON.stringify(withId, null, 2) + '\n';
}
