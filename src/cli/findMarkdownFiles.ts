import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob } from 'tinyglobby';

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
