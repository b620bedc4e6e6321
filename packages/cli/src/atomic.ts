/**
 * Every file the CLI writes (`--fix`, `--output`, the cache, `init`, a baseline) goes through
 * `writeAtomic`: the bytes go to a temporary file in the target's own directory, are flushed to
 * disk (fsync), and the temporary file is renamed over the target. A rename within one directory
 * is atomic, so a reader (or a crash, or a full disk) sees either the old file whole or the new
 * file whole, never a truncated mix. On failure the temporary file is removed and the target is
 * untouched. An existing target keeps its permission bits; a symbolic link is followed, so the
 * link stays a link and the file it points to is replaced. A target that is not a regular file
 * (`/dev/null`, `/dev/stdout`, a named pipe) is written into directly: it cannot be renamed over.
 */
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { m } from './messages.js';

/** Why a write failed, in words a user can act on (the errno code stays in `code`). */
export class WriteError extends Error {
  override readonly name = 'WriteError';
  constructor(
    readonly path: string,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** A short reason for an errno code, e.g. "the disk is full (ENOSPC)". */
export function describeErrno(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const code = e?.code;
  switch (code) {
    case 'ENOSPC':
      return m('errno.ENOSPC');
    case 'EDQUOT':
      return m('errno.EDQUOT');
    case 'EFBIG':
      return m('errno.EFBIG');
    case 'EACCES':
    case 'EPERM':
      return m('errno.EACCES', { code });
    case 'EROFS':
      return m('errno.EROFS');
    case 'EIO':
      return m('errno.EIO');
    case 'ENOENT':
      return m('errno.ENOENT');
    case 'ENOTDIR':
      return m('errno.ENOTDIR');
    case 'EISDIR':
      return m('errno.EISDIR');
    default:
      return code ? `${e.message}` : String((err as Error)?.message ?? err);
  }
}

/** Test hook: ATTACHE_TEST_FAIL_WRITE_AFTER=N makes every atomic write fail with ENOSPC after N
 * bytes, the way a full disk does part-way through. Only read when set; costs nothing otherwise. */
function injectedLimit(): number | undefined {
  const v = process.env['ATTACHE_TEST_FAIL_WRITE_AFTER'];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/**
 * Writes `data` to `target` atomically (see the file comment). Throws WriteError, with the
 * target as given and the reason, when anything fails; the target is then unchanged.
 * `durable: false` skips the flushes (fsync), for files whose loss costs only time (the cache).
 */
export function writeAtomic(target: string, data: string | Uint8Array, opts: { durable?: boolean } = {}): void {
  const durable = opts.durable !== false;
  let real = target;
  let mode: number | undefined;
  let special = false;
  try {
    const st = statSync(target);
    // A device, FIFO or socket (`--output /dev/null`, `/dev/stdout`, a named pipe) cannot be
    // replaced by a rename, and must not be: write into it as it is.
    special = !st.isFile();
    if (!special) {
      if (lstatSync(target).isSymbolicLink()) real = realpathSync(target);
      mode = st.mode & 0o7777;
    }
  } catch {
    // No such file yet: it gets the default mode (0o666 less the umask), as writeFileSync would.
  }
  if (special) {
    try {
      writeFileSync(target, data);
    } catch (err) {
      throw new WriteError(target, (err as NodeJS.ErrnoException).code, describeErrno(err));
    }
    return;
  }
  const dir = dirname(real);
  const tmp = join(dir, `.${basename(real)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode ?? 0o666);
    if (mode !== undefined) fchmodSync(fd, mode);
    const limit = injectedLimit();
    const total = limit === undefined ? bytes.length : Math.min(bytes.length, limit);
    let off = 0;
    while (off < total) off += writeSync(fd, bytes, off, total - off);
    if (total < bytes.length) {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }
    if (durable) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, real);
  } catch (err) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Already failing; the close error adds nothing.
      }
    }
    try {
      unlinkSync(tmp);
    } catch {
      // Never created (e.g. a read-only directory), or already gone.
    }
    const code = (err as NodeJS.ErrnoException).code;
    throw new WriteError(target, code, describeErrno(err));
  }
  // Make the rename itself durable where the platform allows opening a directory.
  if (!durable) return;
  try {
    const dfd = openSync(dir, 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    // Not supported here (e.g. Windows): the data itself is already flushed.
  }
}
