import { z } from 'zod';
import { ReportSchema } from '../src/schema.js';

/** The report's JSON Schema (draft 2020-12), as text, exactly as committed. */
export function reportJsonSchema(): string {
  const schema = z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' });
  const withId = {
    $id: 'https://github.com/attache/attache/blob/main/packages/core/report.schema.json',
    title: 'Attaché report',
    ...schema,
  };
  return JSON.stringify(withId, null, 2) + '\n';
}
