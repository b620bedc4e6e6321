/**
 * Writes packages/cli/config.schema.json from the zod schema in src/config-schema.ts.
 * Run `pnpm --filter @attache/cli gen` (or `tsx packages/cli/scripts/gen-config-schema.ts`);
 * test/config-schema.test.ts fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configJsonSchema } from '../src/config-schema.js';

const out = fileURLToPath(new URL('../config.schema.json', import.meta.url));
writeFileSync(out, configJsonSchema());
console.log(`wrote ${out}`);
