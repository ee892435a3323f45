// How the CLI changes a file on disk (the editor writes through WorkspaceEdit instead): the
// new bytes go to a temporary file in the same folder, which then replaces the file with
// one rename, so every reader sees either the old file or the new one, never a half-written
// one, and a full disk leaves the old file as it was.
import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink, utimes, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readBytesWithStat, type BytesWithStat } from './nodeFileReader.js';
import { fileKindOf, NotARegularFileError } from './regularFile.js';

/** Why a file was left as it was. */
export type FileUpdateFailure = 'not-found' | 'not-regular' | 'too-large' | 'busy' | 'kept-changing' | 'no-space' | 'read-only' | 'no-permission' | 'io';

/** The file was not changed, and why; `message` says it in words for the user. */
export class FileUpdateError extends Error {
  constructor(
    readonly reason: FileUpdateFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface FileUpdateOptions {
  /** A larger file is refused rather than read in part. */
  readonly maxBytes?: number;
  /** Reads and re-applies when the file changes between reading it and replacing it. */
  readonly attempts?: number;
  /** How long to wait while another growth-backlog process edits the same file. */
  readonly lockTimeoutMs?: number;
  /** Writes the new bytes into the temporary file: tests put a failing disk here. */
  readonly writeTemporary?: (handle: FileHandle, bytes: Uint8Array) => Promise<void>;
}

export interface FileUpdateResult {
  /** False when `update` declined (a refused edit) or the bytes were already as asked. */
  readonly replaced: boolean;
  /** The file that was written: the target of a symbolic link, not the link. */
  readonly path: string;
  /** Names of the file before the write; the others keep the old content (a rename makes a new file). */
  readonly hardLinks: number;
}

/** A lock older than this is left over from a process that died: its holder touches it more often. */
const staleLockMs = 10_000;
const lockHeartbeatMs = 2_000;

/**
 * Reads a file, lets `update` compute its new bytes from the current ones, and replaces it
 * atomically: temporary file in the file's own folder (a symbolic link is followed, and the
 * link kept), its mode and, where allowed, its owner copied, flushed to disk, then renamed
 * over the file. Just before the rename the file is read again: if someone else changed it
 * meanwhile, the temporary file is dropped and `update` runs again on the new bytes, up to
 * `attempts` times, then FileUpdateError('kept-changing'). growth-backlog processes take a
 * lock file next to the file for the whole read-update-write, so parallel runs queue instead
 * of undoing each other. `update` returns undefined to leave the file alone. Every failure is
 * a FileUpdateError, thrown with the file as it was (the temporary file removed).
 */
export async function updateFileAtomically(path: string, update: (current: Buffer) => Uint8Array | undefined, options: FileUpdateOptions = {}): Promise<FileUpdateResult> {
  const { maxBytes = Number.POSITIVE_INFINITY, attempts = 3, lockTimeoutMs = 15_000, writeTemporary = (handle, bytes) => handle.writeFile(bytes) } = options;
  const target = await realpath(path).catch((error: unknown) => {
    throw failure(error, 'reading');
  });
  const info = await stat(target).catch((error: unknown) => {
    throw failure(error, 'reading');
  });
  if (!info.isFile()) throw new FileUpdateError('not-regular', `it is ${fileKindOf(info)}, not a regular file`);
  const release = await lock(target, lockTimeoutMs);
  try {
    for (let attempt = 0; attempt < attempts; attempt++) {
      const before = await readCurrent(target, maxBytes);
      const next = update(before.bytes);
      if (next === undefined || before.bytes.equals(next)) return { replaced: false, path: target, hardLinks: before.stats.nlink };
      const temporary = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
      try {
        await writeFile(temporary, next, before, writeTemporary);
        const now = await readCurrent(target, maxBytes);
        if (!now.bytes.equals(before.bytes)) {
          await unlink(temporary).catch(() => undefined);
          continue;
        }
        await rename(temporary, target);
      } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error instanceof FileUpdateError ? error : failure(error, 'writing');
      }
      await syncFolder(dirname(target));
      return { replaced: true, path: target, hardLinks: before.stats.nlink };
    }
    throw new FileUpdateError('kept-changing', `it kept changing while it was being edited (${attempts} tries); try again`);
  } finally {
    await release();
  }
}

async function readCurrent(target: string, maxBytes: number): Promise<BytesWithStat> {
  const read = await readBytesWithStat(target, maxBytes).catch((error: unknown) => {
    throw failure(error, 'reading');
  });
  if (!read.complete) throw new FileUpdateError('too-large', `it is larger than ${maxBytes} bytes, too large to be a goal file`);
  return read;
}

async function writeFile(temporary: string, bytes: Uint8Array, original: BytesWithStat, writeTemporary: NonNullable<FileUpdateOptions['writeTemporary']>): Promise<void> {
  // Owner-only until the mode is copied: the open's mode is reduced by the umask anyway.
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await writeTemporary(handle, bytes);
    await handle.chmod(original.stats.mode & 0o7777);
    if (original.stats.uid !== process.getuid?.() || original.stats.gid !== process.getgid?.()) {
      // Only root (or the owner, for the group) may do this; the content matters more than the owner.
      await handle.chown(original.stats.uid, original.stats.gid).catch(() => undefined);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the rename itself durable; not every file system can sync a folder, which is no loss. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // Best effort.
  }
}

/**
 * Takes the lock file `.<name>.lock` next to the file (created exclusively, so one process
 * holds it), waiting while another process holds it. Its holder touches it every 2 s; one
 * untouched for 10 s belongs to a process that died, and is taken over. Returns the release.
 */
async function lock(target: string, timeoutMs: number): Promise<() => Promise<void>> {
  const lockPath = join(dirname(target), `.${basename(target)}.lock`);
  const started = Date.now();
  for (let wait = 2; ; wait = Math.min(wait * 2, 50)) {
    try {
      await (await open(lockPath, 'wx', 0o600)).close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw failure(error, 'writing');
    }
    const held = await stat(lockPath).catch(() => undefined);
    if (held && Date.now() - held.mtimeMs > staleLockMs) {
      await unlink(lockPath).catch(() => undefined);
      continue;
    }
    if (Date.now() - started > timeoutMs) {
      throw new FileUpdateError('busy', `another growth-backlog process has been editing it for ${Math.round(timeoutMs / 1000)} s (lock file ${lockPath}); try again`);
    }
    await new Promise((resolve) => setTimeout(resolve, wait + Math.random() * wait));
  }
  const heartbeat = setInterval(() => {
    const now = new Date();
    void utimes(lockPath, now, now).catch(() => undefined);
  }, lockHeartbeatMs);
  heartbeat.unref();
  return async () => {
    clearInterval(heartbeat);
    await unlink(lockPath).catch(() => undefined);
  };
}

/** A system error as a FileUpdateError with words a user can act on. */
function failure(error: unknown, doing: 'reading' | 'writing'): FileUpdateError {
  if (error instanceof NotARegularFileError) return new FileUpdateError('not-regular', `it is ${error.kind}, not a regular file`, { cause: error });
  const code = (error as NodeJS.ErrnoException)?.code;
  const say = (reason: FileUpdateFailure, message: string) => new FileUpdateError(reason, message, { cause: error });
  switch (code) {
    case 'ENOENT':
      return say('not-found', doing === 'reading' ? 'it does not exist' : 'its folder does not exist any more');
    case 'ENOSPC':
    case 'EDQUOT':
      return say('no-space', 'there is no space left on the device');
    case 'EROFS':
      return say('read-only', 'the file system is read-only');
    case 'EACCES':
    case 'EPERM':
      return say('no-permission', doing === 'reading' ? 'permission denied' : 'permission denied (the file and its folder must be writable)');
    default:
      return say('io', `${doing} it failed (${code ?? (error instanceof Error ? error.message : String(error))})`);
  }
}
