/**
 * Starts Payload headless (no Next.js) through its Local API on a temporary SQLite file, with
 * telemetry and HMR off, and removes the file afterwards. Shared by the tests and the
 * measurement script.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import { buildConfig, getPayload, type CollectionConfig, type Payload, type Plugin } from 'payload';

// Before Payload is imported anywhere that reads them: no HMR socket, no telemetry, test mode.
process.env['DISABLE_PAYLOAD_HMR'] = 'true';
process.env['NODE_ENV'] ??= 'test';
// Payload skips the schema push when a previous instance in this process had the same schema;
// every harness has a fresh database file, so always push.
process.env['PAYLOAD_FORCE_DRIZZLE_PUSH'] = 'true';

export interface Harness {
  payload: Payload;
  dir: string;
  close(): Promise<void>;
}

/** A press-release collection: title, body, drafts. */
export function releases(slug = 'releases', bodyType: 'textarea' | 'code' = 'textarea'): CollectionConfig {
  return {
    slug,
    versions: { drafts: true },
    fields: [
      { name: 'title', type: 'text', required: true },
      bodyType === 'code'
        ? { name: 'body', type: 'code', required: true }
        : { name: 'body', type: 'textarea', required: true },
    ],
  };
}

export async function startPayload(
  plugins: Plugin[],
  collections: CollectionConfig[] = [releases()],
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'attache-payload-'));
  const config = buildConfig({
    secret: `test-${randomUUID()}`,
    telemetry: false,
    collections,
    plugins,
    db: sqliteAdapter({ client: { url: `file:${join(dir, 'payload.db')}` } }),
    typescript: { autoGenerate: false },
    graphQL: { disable: true },
    logger: { options: { level: 'error' } },
  });
  const payload = await getPayload({ config, key: randomUUID() });
  return {
    payload,
    dir,
    async close() {
      try {
        await payload.destroy();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A release from the fixtures: the text after the provenance header (first blank line). */
export function fixture(name: string): string {
  const raw = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  const cut = raw.indexOf('\n\n');
  return cut === -1 ? raw : raw.slice(cut + 2);
}
