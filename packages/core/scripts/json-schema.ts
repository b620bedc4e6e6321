import { zodToJsonSchema } from 'zod-to-json-schema';
import { ReportSchema } from '../src/schema.js';

/**
 * zod-to-json-schema writes draft 7 (its 2019-09 target writes a boolean
 * `exclusiveMinimum`); the report schema is declared draft 2020-12, whose only difference that matters here is tuples: `items: [a, b]` (with
 * `additionalItems`) becomes `prefixItems: [a, b]` (with `items`).
 */
/** The schema without zod-to-json-schema's own `$schema` (draft 7). */
function withoutDraft(schema: object): object {
  const { $schema: _draft, ...rest } = schema as { $schema?: string };
  return rest;
}

const rank = (k: string): number => (k === 'description' ? 0 : k === 'default' ? 1 : 2);

export function toDraft2020(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toDraft2020);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  const o = node as Record<string, unknown>;
  // zod 4 wrote `description` and `default` first: kept so, for a smaller diff of the file.
  const keys = Object.keys(o).sort((a, b) => rank(a) - rank(b));
  for (const k of keys) {
    const v = o[k];
    if (k === 'additionalItems') continue;
    if (k === 'items' && Array.isArray(v)) {
      out['prefixItems'] = toDraft2020(v);
      out['items'] = 'additionalItems' in o ? toDraft2020(o['additionalItems']) : false;
    } else out[k] = toDraft2020(v);
  }
  return out;
}

/** The report's JSON Schema (draft 2020-12), as text, exactly as committed. */
export function reportJsonSchema(): string {
  const schema = zodToJsonSchema(ReportSchema, { target: 'jsonSchema7', $refStrategy: 'none' });
  const withId = {
    $id: 'https://github.com/attache/attache/blob/main/packages/core/report.schema.json',
    title: 'Attaché report',
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...(toDraft2020(withoutDraft(schema)) as object),
  };
  return JSON.stringify(withId, null, 2) + '\n';
}
