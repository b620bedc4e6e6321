/**
 * Global setup of the test run: the tests must leave the files the repository tracks as they
 * found them (issue 14: a browser test rewrote a committed screenshot). Records `git status` of
 * the tracked files before the run and fails the run when it differs after. Outside a git
 * checkout (an unpacked tarball) there is nothing to compare, and it does nothing.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `git status` of tracked files only, with each changed file's blob hash (so a second change to an
 * already modified file counts too); undefined outside a git checkout. */
export function trackedState(cwd = ROOT): string | undefined {
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd, encoding: 'utf8' });
  if (status.error || status.status !== 0) return undefined;
  const files = status.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(3));
  if (files.length === 0) return '';
  const hashes = spawnSync('git', ['hash-object', '--', ...files.filter((f) => !f.includes(' -> '))], {
    cwd,
    encoding: 'utf8',
  });
  return `${status.stdout}\n${hashes.stdout}`;
}

export default function setup(): () => void {
  const before = trackedState();
  return () => {
    if (before === undefined) return;
    const after = trackedState();
    if (after === before) return;
    // vitest reports an error thrown here but still exits 0: set the exit code as well.
    process.exitCode = 1;
    throw new Error(
      `The tests changed files the repository tracks (git status before:\n${before || '(clean)'}\nafter:\n${after || '(clean)'}). A test must write to a temporary folder.`,
    );
  };
}
