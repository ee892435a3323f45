// Paths of goal files as the rollover sees them: `/`-separated and absolute (a URI's path in
// the extension, a file path in the CLI). Editor- and Node-free, so the web worker host can
// use it too; only what the rollover needs.

export function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function joinPath(folder: string, name: string): string {
  return `${folder.endsWith('/') ? folder.slice(0, -1) : folder}/${name}`;
}

function segments(path: string): string[] {
  return path.split('/').filter((part) => part !== '' && part !== '.');
}

/** `../2026-Q4/a.md`: the path from a folder to a file, always with `/`. */
export function relativePath(fromFolder: string, to: string): string {
  const from = segments(fromFolder);
  const target = segments(to);
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) common += 1;
  return [...from.slice(common).map(() => '..'), ...target.slice(common)].join('/');
}

/** The absolute path a relative one (as written in `carried_from:`) names from `fromFolder`. */
export function resolvePath(fromFolder: string, relative: string): string {
  const parts = relative.startsWith('/') ? [] : segments(fromFolder);
  for (const part of segments(relative.replace(/\\/g, '/'))) {
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}
