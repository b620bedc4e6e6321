import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, ConfigSchema } from '../src/config-schema.js';
import { starterConfig } from '../src/init.js';

describe('config.schema.json', () => {
  it('is current with the zod schema (run `pnpm --filter @attache/cli gen` after changing src/config-schema.ts)', () => {
    const committed = readFileSync(new URL('../config.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(configJsonSchema());
  });

  it('accepts the starter config that attache init writes', () => {
    const parsed = ConfigSchema.safeParse(JSON.parse(starterConfig('/tmp', 'auto')));
    expect(parsed.success).toBe(true);
  });

  it('rejects unknown keys and bad values', () => {
    expect(ConfigSchema.safeParse({ lnt: {} }).success).toBe(false);
    expect(ConfigSchema.safeParse({ targets: { maxGrade: 'ten' } }).success).toBe(false);
    expect(ConfigSchema.safeParse({ audience: 'teens' }).success).toBe(false);
    expect(
      ConfigSchema.safeParse({ lint: { rules: { 'plain-words': ['warning', { x: 1 }] }, styles: ['./acme.json'] } })
        .success,
    ).toBe(true);
  });
});
