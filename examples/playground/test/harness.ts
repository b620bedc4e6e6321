/**
 * What the browser tests and the measuring script share: build the page when `dist/` is missing
 * or older than its sources, serve `dist/` on 127.0.0.1 (a random port), and launch Debian's
 * Chromium through playwright-core with the flags that work on this machine (see
 * shared/DESIGN.md, "Browser tests").
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type BrowserContext } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the browser tests save screenshots: the README's folder when asked (ATTACHE_SCREENSHOTS=1),
 * else a temporary folder, so an ordinary run leaves the working tree clean. */
export const SHOTS = process.env['ATTACHE_SCREENSHOTS']
  ? join(ROOT, 'screenshots')
  : join(tmpdir(), 'attache-playground-shots');
export const DIST = join(ROOT, 'dist');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Newest modification time of the files under `dir` (0 when missing). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  const st = statSync(dir);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    max = Math.max(max, newest(join(dir, name)));
  }
  return max;
}

/** The inputs of the build: the page's sources and config, and the two packages it bundles. */
export function sourcesMtime(): number {
  return Math.max(
    newest(join(ROOT, 'src')),
    newest(join(ROOT, 'index.html')),
    newest(join(ROOT, 'vite.config.ts')),
    newest(join(ROOT, 'package.json')),
    newest(join(ROOT, '../../packages/core/src')),
    newest(join(ROOT, '../../packages/audiences/src')),
  );
}

export function distIsFresh(): boolean {
  const index = join(DIST, 'index.html');
  return existsSync(index) && statSync(index).mtimeMs >= sourcesMtime();
}

/** Runs `vite build` when `dist/` is missing or stale; returns whether it built. */
export async function ensureBuilt(): Promise<boolean> {
  if (distIsFresh()) return false;
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  // vitest sets NODE_ENV=test, which Vite would pass on to the bundle (development branches of
  // dependencies kept): build what `pnpm build` ships.
  await promisify(execFile)(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return true;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A static server for `dir` on 127.0.0.1 and a random port. Only GET/HEAD of files under `dir`. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      (file !== root && !file.startsWith(root + sep)) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export const MISSING_CHROMIUM =
  `Chromium is not installed at ${CHROMIUM}: the playground's browser tests need Debian's package. ` +
  'Install it with `apt-get update && apt-get install -y chromium` (as .ci/run does), or point CHROMIUM_PATH at a Chromium binary. ' +
  'Never `npx playwright install`: it cannot download here.';

/** Launches Chromium headless with a fresh profile (`--user-data-dir`, which playwright-core
 * takes as the persistent context's directory); `close` removes the profile too. */
export async function launch(
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'attache-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: options.viewport ?? { width: 1400, height: 1000 },
    locale: options.locale ?? 'en-GB',
    acceptDownloads: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
