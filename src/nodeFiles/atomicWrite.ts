// How the CLI changes files on disk (the editor writes through WorkspaceEdit instead): the
// new bytes go to a temporary file in the same folder, which then replaces the file with
// one rename, so every reader sees either the old file or the new one, never a half-written
// one, and a full disk leaves the old file as it was. One file (`updateFileAtomically`, for
// grade, move, checkin) or several that belong together (`writeFilesAtomically`, for
// next-quarter); both take the same lock, so parallel runs take turns.
import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { link, lstat, mkdir, open, realpath, rename, stat, unlink, utimes, type FileHandle } from 'node:fs/promises';
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

/** Writes the new bytes into a temporary file: tests put a failing disk here. */
export type TemporaryWriter = (handle: FileHandle, bytes: Uint8Array) => Promise<void>;

export interface FileUpdateOptions {
  /** A larger file is refused rather than read in part. */
  readonly maxBytes?: number;
  /** Reads and re-applies when the file changes between reading it and replacing it. */
  readonly attempts?: number;
  /** How long to wait while another growth-backlog process edits the same file. */
  readonly lockTimeoutMs?: number;
  readonly writeTemporary?: TemporaryWriter;
}

export interface FileUpdateResult {
  /** False when `update` declined (a refused edit) or the bytes were already as asked. */
  readonly replaced: boolean;
  /** The file that was written: the target of a symbolic link, not the link. */
  readonly path: string;
  /** Names of the file before the write; the others keep the old content (a rename makes a new file). */
  readonly hardLinks: number;
}

const writeWhole: TemporaryWriter = (handle, bytes) => handle.writeFile(bytes);

/** A lock older than this is left over from a process that died: its holder touches it more often. */
const staleLockMs = 10_000;
const lockHeartbeatMs = 2_000;
const defaultLockTimeoutMs = 15_000;

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
  const { maxBytes = Number.POSITIVE_INFINITY, attempts = 3, lockTimeoutMs = defaultLockTimeoutMs, writeTemporary = writeWhole } = options;
  const target = await regularFileTarget(path);
  const release = await lock(target, lockTimeoutMs);
  try {
    for (let attempt = 0; attempt < attempts; attempt++) {
      const before = await readCurrent(target, maxBytes);
      const next = update(before.bytes);
      if (next === undefined || before.bytes.equals(next)) return { replaced: false, path: target, hardLinks: before.stats.nlink };
      if (await replaceIfUnchanged(target, next, before, writeTemporary)) return { replaced: true, path: target, hardLinks: before.stats.nlink };
    }
    throw new FileUpdateError('kept-changing', `it kept changing while it was being edited (${attempts} tries); try again`);
  } finally {
    await release();
  }
}

/** A file to replace, with the text the new text was computed from: the file must still hold exactly that. */
export interface FileRewrite {
  readonly path: string;
  readonly expected: string;
  readonly text: string;
}

/** A file to create; it must not exist. */
export interface FileCreation {
  readonly path: string;
  readonly text: string;
}

export type MultiWriteOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Writes several files that belong together (a rollover's edits and new goal files), each
 * one atomically as above, and nothing until every file checks out: an edited file must
 * still hold the text the edit was computed on (the files to replace are locked first, in
 * path order, so a parallel `grade` waits), and a new file must not exist yet. New files
 * appear whole through a hard link, which fails rather than replace one that appeared
 * meanwhile. A file that changed between the check and its own rename, or a failed write,
 * is reported; the files written before it stay written, each of them whole.
 */
export async function writeFilesAtomically(rewrites: readonly FileRewrite[], creations: readonly FileCreation[], options: { readonly lockTimeoutMs?: number; readonly writeTemporary?: TemporaryWriter } = {}): Promise<MultiWriteOutcome> {
  const { lockTimeoutMs = defaultLockTimeoutMs, writeTemporary = writeWhole } = options;
  let written = 0;
  const failed = (path: string, error: unknown): MultiWriteOutcome => {
    const why = error instanceof FileUpdateError ? error : failure(error, 'writing');
    return { ok: false, reason: `${path}: ${why.message}; ${written === 0 ? 'nothing was written' : 'the files before it were written, each of them whole'}.` };
  };
  const targets: { rewrite: FileRewrite; target: string; expected: Buffer }[] = [];
  for (const rewrite of rewrites) {
    try {
      targets.push({ rewrite, target: await regularFileTarget(rewrite.path), expected: Buffer.from(rewrite.expected, 'utf8') });
    } catch (error) {
      return failed(rewrite.path, error);
    }
  }
  const releases: (() => Promise<void>)[] = [];
  try {
    for (const target of [...new Set(targets.map((item) => item.target))].sort()) {
      try {
        releases.push(await lock(target, lockTimeoutMs));
      } catch (error) {
        return failed(target, error);
      }
    }
    const current = new Map<string, BytesWithStat>();
    for (const { rewrite, target, expected } of targets) {
      const read = await readCurrent(target, expected.length).catch(() => undefined);
      if (!read?.bytes.equals(expected)) return { ok: false, reason: `${rewrite.path} changed since it was read; nothing was written.` };
      current.set(target, read);
    }
    for (const creation of creations) {
      if (await lstat(creation.path).then(() => true, (error: NodeJS.ErrnoException) => error.code !== 'ENOENT')) return { ok: false, reason: `${creation.path} already exists; nothing was written.` };
    }
    for (const creation of creations) {
      try {
        await mkdir(dirname(creation.path), { recursive: true });
        const temporary = await writeTemporaryFile(creation.path, Buffer.from(creation.text, 'utf8'), undefined, writeTemporary);
        try {
          await link(temporary, creation.path);
        } finally {
          await unlink(temporary).catch(() => undefined);
        }
        await syncFolder(dirname(creation.path));
        written++;
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EEXIST' ? { ok: false, reason: `${creation.path} already exists; it was left as it is.` } : failed(creation.path, error);
      }
    }
    for (const { rewrite, target } of targets) {
      try {
        const before = current.get(target) as BytesWithStat;
        if (!(await replaceIfUnchanged(target, Buffer.from(rewrite.text, 'utf8'), before, writeTemporary))) {
          return { ok: false, reason: `${rewrite.path} changed while the others were written; it was left as it is.` };
        }
        written++;
      } catch (error) {
        return failed(rewrite.path, error);
      }
    }
    return { ok: true };
  } finally {
    for (const release of releases) await release();
  }
}

/** The file behind `path` (a symbolic link followed), which must be a regular file. */
async function regularFileTarget(path: string): Promise<string> {
  const target = await realpath(path).catch((error: unknown) => {
    throw failure(error, 'reading');
  });
  const info = await stat(target).catch((error: unknown) => {
    throw failure(error, 'reading');
  });
  if (!info.isFile()) throw new FileUpdateError('not-regular', `it is ${fileKindOf(info)}, not a regular file`);
  return target;
}

async function readCurrent(target: string, maxBytes: number): Promise<BytesWithStat> {
  const read = await readBytesWithStat(target, maxBytes).catch((error: unknown) => {
    throw failure(error, 'reading');
  });
  if (!read.complete) throw new FileUpdateError('too-large', `it is larger than ${maxBytes} bytes, too large to be a goal file`);
  return read;
}

/**
 * Writes `next` to a temporary file and renames it over `target`, unless `target` no longer
 * holds the bytes of `before` (false: someone else wrote it; the temporary file is dropped).
 */
async function replaceIfUnchanged(target: string, next: Uint8Array, before: BytesWithStat, writeTemporary: TemporaryWriter): Promise<boolean> {
  const temporary = await writeTemporaryFile(target, next, before.stats, writeTemporary);
  try {
    // One byte more than before is enough to see that the file grew.
    const now = await readBytesWithStat(target, before.bytes.length + 1);
    if (!now.bytes.equals(before.bytes)) {
      await unlink(temporary).catch(() => undefined);
      return false;
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error instanceof FileUpdateError ? error : failure(error, 'writing');
  }
  await syncFolder(dirname(target));
  return true;
}

/**
 * A new temporary file next to `target` holding `bytes`, flushed to disk. With `like`, it
 * gets that file's mode and (where allowed) owner; otherwise the usual mode of a new file.
 * Nothing is left behind when this fails.
 */
async function writeTemporaryFile(target: string, bytes: Uint8Array, like: Stats | undefined, writeTemporary: TemporaryWriter): Promise<string> {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  // Owner-only until a replaced file's mode is copied; a new file gets 0666 less the umask.
  const handle = await open(temporary, 'wx', like ? 0o600 : 0o666).catch((error: unknown) => {
    throw failure(error, 'writing');
  });
  try {
    await writeTemporary(handle, bytes);
    if (like) {
      await handle.chmod(like.mode & 0o7777);
      if (like.uid !== process.getuid?.() || like.gid !== process.getgid?.()) {
        // Only root (or the owner, for the group) may do this; the content matters more than the owner.
        await handle.chown(like.uid, like.gid).catch(() => undefined);
      }
    }
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw failure(error, 'writing');
  }
  await handle.close();
  return temporary;
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
  if (error instanceof FileUpdateError) return error;
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
