import { open, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob } from 'tinyglobby';
import type { FileReader, FileStat } from '../core/ports.js';

/** The core's file port on the local disk; uris are absolute paths here. */
export const nodeFileReader: FileReader = {
  readText: (path: string) => readFile(path, 'utf8'),
  stat: async (path: string): Promise<FileStat> => {
    const info = await stat(path);
    return { size: info.size, mtime: info.mtimeMs };
  },
  // The stat is taken on the open handle before reading, so a write racing the read can only
  // make the recorded version older than the text: the next sync re-reads, never misses it.
  readWithStat: async (path: string) => {
    const handle = await open(path, 'r');
    try {
      const info = await handle.stat();
      return { text: await handle.readFile('utf8'), stat: { size: info.size, mtime: info.mtimeMs } };
    } finally {
      await handle.close();
    }
  },
};

/** Markdown files under the given files or folders, skipping dependency and VCS folders. */
export async function findMarkdownFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const path of paths.length > 0 ? paths : ['.']) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new Error(`No such file or folder: ${path}`);
    if (info.isFile()) {
      found.add(absolute);
      continue;
    }
    const files = await glob('**/*.md', { cwd: absolute, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], followSymbolicLinks: false });
    for (const file of files) found.add(resolve(file));
  }
  return [...found].sort();
}
