/**
 * Entry point of the V8 startup snapshot (`pnpm --filter @attache/cli build:snapshot`): loads
 * the whole CLI with @attache/core and @attache/audiences, so that a run started from the
 * snapshot skips loading and initialising them (the bulk of a cold start). bin.ts starts
 * `node --snapshot-blob dist/attache.blob <args>` when a blob built for the running Node.js is
 * there, and falls back to the plain modules otherwise.
 *
 * Loading must not create what a snapshot cannot hold (open handles, Intl segmenters, …):
 * nothing is analysed here.
 */
import { startupSnapshot } from 'node:v8';
import { main } from './cli.js';
import { setDistUrl } from './paths.js';
import { guardOutputStreams } from './pipe.js';
// What cli.ts loads on demand, loaded now so that it is in the snapshot.
/* oxlint-disable import/no-unassigned-import -- imported for their side effect: being loaded */
import './run.js';
import './audience.js';
import './task.js';
import './morph.js';
import './cache.js';
import './pool.js';
import './init.js';
import './formatters/json.js';
import './formatters/sarif.js';
import './formatters/github.js';
import './formatters/score.js';
import './formatters/stylish.js';
import 'diff';

startupSnapshot.setDeserializeMainFunction(() => {
  const dist = process.env['ATTACHE_DIST_URL'];
  if (dist) setDistUrl(dist);
  delete process.env['ATTACHE_DIST_URL'];
  guardOutputStreams();
  void main(process.argv.slice(1), {
    cwd: process.cwd(),
    env: process.env,
    // A getter: creating process.stdin costs ~20 ms, and only `-` needs it.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
  }).then((code) => {
    process.exitCode = code;
  });
});
