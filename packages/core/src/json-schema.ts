/**
 * A JSON Schema written by zod-to-json-schema (draft 7: its 2019-09 target writes a boolean
 * `exclusiveMinimum`) as draft 2020-12, which core's report schema and the CLI's config schema
 * declare. The only difference that matters for them is tuples: `items: [a, b]` (with
 * `additionalItems`) becomes `prefixItems: [a, b]` (with `items`). zod-to-json-schema's own
 * `$schema` (draft 7) is dropped; the caller sets its own `$schema` and `$id`.
 */

const rank = (k: string): number => (k === 'description' ? 0 : k === 'default' ? 1 : 2);

function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  const o = node as Record<string, unknown>;
  // zod 4 wrote `description` and `default` first: kept so, for a smaller diff of the files.
  const keys = Object.keys(o).sort((a, b) => rank(a) - rank(b));
  for (const k of keys) {
    const v = o[k];
    if (k === 'additionalItems') continue;
    if (k === 'items' && Array.isArray(v)) {
      out['prefixItems'] = convert(v);
      out['items'] = 'additionalItems' in o ? convert(o['additionalItems']) : false;
    } else out[k] = convert(v);
  }
  return out;
}

/** `schema` (draft 7, from zod-to-json-schema) as draft 2020-12, without its `$schema`. */
export function toDraft2020(schema: object): Record<string, unknown> {
  const { $schema: _draft, ...rest } = schema as { $schema?: string };
  return convert(rest) as Record<string, unknown>;
}
