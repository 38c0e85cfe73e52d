// Writing a fixed draft without ever losing one: the new content goes to a temporary file in the same folder (same
// file system, so the rename is atomic), with the original's mode, flushed to disk; the original is then re-read and
// compared with what was linted, and only if it is unchanged is the temporary file renamed over it. A draft that
// someone saved in the meantime is left alone and the caller says so.
import { closeSync, chmodSync, chownSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export type WriteOutcome = { ok: true } | { ok: false; reason: string };

export interface AtomicWriteOptions {
  /** The bytes the file held when it was read: the write is refused if the file holds anything else now. */
  expected: Buffer;
  /** Test hook: runs after the temporary file is complete and before the check-and-rename. */
  beforeCommit?: () => void;
}

export function writeFileAtomic(path: string, data: Buffer, options: AtomicWriteOptions): WriteOutcome {
  let target: string;
  try {
    // write through a symbolic link to the file it names, rather than replace the link
    target = realpathSync(path);
  } catch (error) {
    return { ok: false, reason: `cannot resolve ${path}: ${(error as Error).message}` };
  }
  let st;
  try {
    st = statSync(target);
  } catch (error) {
    return { ok: false, reason: `cannot stat ${path}: ${(error as Error).message}` };
  }
  const mode = st.mode & 0o7777;
  const temp = join(dirname(target), `.${basename(target)}.penlint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', mode);
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(temp, mode); // the umask may have narrowed the mode given to open
    if (typeof process.getuid === 'function' && (st.uid !== process.getuid() || st.gid !== process.getgid?.())) {
      try {
        chownSync(temp, st.uid, st.gid);
      } catch {
        // only root may give a file away; the content and mode are what matter
      }
    }
    options.beforeCommit?.();
    const now = readFileSync(target);
    if (!now.equals(options.expected)) {
      unlinkSync(temp);
      return { ok: false, reason: 'the file changed on disk after penlint read it; not written (run penlint again)' };
    }
    renameSync(temp, target);
    return { ok: true };
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already renamed
    }
    return { ok: false, reason: `cannot write ${path}: ${(error as Error).message}` };
  }
}
