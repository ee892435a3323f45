import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Markdown files under the given files or folders, sorted. Folders are searched recursively
 * without hidden entries (`.git` among them), `node_modules` and symbolic links, as the
 * tinyglobby search did before. The walk is our own because a glob lists regular files only:
 * a FIFO or socket called goal.md would be left out without a word. Here every non-folder
 * `.md` entry is listed, and the reader names what it is and skips it (never opening a FIFO
 * for a blocking read). A path that does not exist is an error; a folder that cannot be
 * listed is passed to `skip` with the reason.
 */
export async function findMarkdownFiles(paths: readonly string[], cwd: string, skip: (path: string, reason: string) => void = () => undefined): Promise<string[]> {
  const found = new Set<string>();
  for (const path of paths.length > 0 ? paths : ['.']) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new Error(`No such file or folder: ${path}`);
    // A named file is read even if it is no regular file: the reader then says what it is.
    if (info.isDirectory()) await walk(absolute, found, skip);
    else found.add(absolute);
  }
  return [...found].sort();
}

async function walk(folder: string, found: Set<string>, skip: (path: string, reason: string) => void): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    skip(folder, code === 'ENOENT' ? 'the folder was removed before it could be listed' : code === 'ENOTDIR' ? 'it is no longer a folder' : `the folder could not be listed (${code ?? String(error)})`);
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') await walk(path, found, skip);
    } else if (entry.name.endsWith('.md')) found.add(path);
  }
}
