import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema } from '../scripts/json-schema.js';
import { toDraft2020 } from '../src/index.js';

describe('report.schema.json', () => {
  it('is current with the zod schema (run `pnpm gen` after changing src/schema.ts)', () => {
    const committed = readFileSync(new URL('../report.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(reportJsonSchema());
  });
});

describe('toDraft2020', () => {
  it('writes draft 7 tuples as prefixItems, drops the draft 7 $schema and keeps the rest', () => {
    const draft7 = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: {
        span: { type: 'array', minItems: 2, maxItems: 2, items: [{ type: 'number' }, { type: 'number' }] },
        rest: { type: 'array', items: [{ type: 'string' }], additionalItems: { type: 'number' } },
        list: { type: 'array', items: { type: 'string' } },
      },
    };
    expect(toDraft2020(draft7)).toEqual({
      type: 'object',
      properties: {
        span: {
          type: 'array',
          minItems: 2,
          maxItems: 2,
          prefixItems: [{ type: 'number' }, { type: 'number' }],
          items: false,
        },
        rest: { type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'number' } },
        list: { type: 'array', items: { type: 'string' } },
      },
    });
  });

  it('puts description and default first in every object', () => {
    const out = toDraft2020({ type: 'number', default: 3, description: 'd' });
    expect(Object.keys(out)).toEqual(['description', 'default', 'type']);
  });
});
