// Writes of several files that belong together (the rollover's edits and new goal files),
// each one atomic: the new text goes to a temporary file in the same folder and is renamed
// over the old one, so a crash or a full disk never leaves half a goal file. Nothing is
// written until every file checks out: an edited file must still hold the bytes the edit was
// computed on, and a new file must not exist yet.

import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface FileRewrite {
  readonly path: string;
  /** The text the new text was computed from: the file must still hold exactly this. */
  readonly expected: string;
  readonly text: string;
}

export interface FileCreation {
  readonly path: string;
  readonly text: string;
}

export type MultiWriteOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Reads a file as UTF-8, refusing bytes that would not survive a round trip (we never re-encode). */
export async function readUtf8(path: string): Promise<string> {
  const bytes = await readFile(path);
  const text = bytes.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(bytes)) throw new Error(`${path} is not UTF-8 text; it is left alone.`);
  return text;
}

async function stillHolds(path: string, expected: string): Promise<boolean> {
  try {
    return (await readFile(path)).equals(Buffer.from(expected, 'utf8'));
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  return readFile(path).then(
    () => true,
    (error: NodeJS.ErrnoException) => error.code !== 'ENOENT',
  );
}

/** Writes `text` to a new temporary file next to `path`, flushed to disk; returns its path. */
async function writeTemporary(path: string, text: string): Promise<string> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temporary;
}

/**
 * Checks every file, then writes the new files (a hard link makes each appear whole, and
 * fails rather than replace a file that appeared meanwhile) and the rewrites (temporary
 * file + rename). A file that changed between the check and its own rename is reported;
 * the files written before it stay written, each of them whole.
 */
export async function writeFilesAtomically(rewrites: readonly FileRewrite[], creations: readonly FileCreation[]): Promise<MultiWriteOutcome> {
  for (const rewrite of rewrites) {
    if (!(await stillHolds(rewrite.path, rewrite.expected))) return { ok: false, reason: `${rewrite.path} changed since it was read; nothing was written.` };
  }
  for (const creation of creations) {
    if (await exists(creation.path)) return { ok: false, reason: `${creation.path} already exists; nothing was written.` };
  }
  for (const creation of creations) {
    await mkdir(dirname(creation.path), { recursive: true });
    const temporary = await writeTemporary(creation.path, creation.text);
    try {
      await link(temporary, creation.path);
    } catch (error) {
      return { ok: false, reason: `${creation.path} could not be created (${(error as Error).message}).` };
    } finally {
      await unlink(temporary).catch(() => undefined);
    }
  }
  for (const rewrite of rewrites) {
    const temporary = await writeTemporary(rewrite.path, rewrite.text);
    // The rename replaces the file: keep its permissions.
    await chmod(temporary, (await stat(rewrite.path)).mode & 0o7777).catch(() => undefined);
    if (!(await stillHolds(rewrite.path, rewrite.expected))) {
      await unlink(temporary).catch(() => undefined);
      return { ok: false, reason: `${rewrite.path} changed while the others were written; it was left as it is.` };
    }
    await rename(temporary, rewrite.path);
  }
  return { ok: true };
}
