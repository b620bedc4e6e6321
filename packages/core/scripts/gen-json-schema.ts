/**
 * Writes packages/core/report.schema.json from the zod schema in src/schema.ts.
 * `pnpm gen` runs it; test/json-schema.test.ts fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reportJsonSchema } from './json-schema.js';

const out = fileURLToPath(new URL('../report.schema.json', import.meta.url));
writeFileSync(out, reportJsonSchema());
console.log(`wrote ${out}`);
