import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema } from '../scripts/json-schema.js';

describe('report.schema.json', () => {
  it('is current with the zod schema (run `pnpm gen` after changing src/schema.ts)', () => {
    const committed = readFileSync(new URL('../report.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(reportJsonSchema());
  });
});
