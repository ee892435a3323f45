// Where a workspace folder's goal files already live, so a new one lands next to them.

import { isQuarter } from './quarter.js';

/**
 * The folder (relative to the workspace folder, `/`-separated, `''` for the workspace folder
 * itself) that holds the quarter folders (`2026-Q4/`) and `backlog/` of the goal files at
 * `relativePaths`; undefined when none sits in such a folder. Where goal files are spread over
 * several such folders, the one holding most of them wins, then the shallowest, then the first by name.
 */
export function existingGoalsFolder(relativePaths: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const path of relativePaths) {
    const parts = path.split('/').filter((part) => part !== '');
    if (parts.length < 2) continue;
    const parent = parts[parts.length - 2] ?? '';
    if (!isQuarter(parent) && parent !== 'backlog') continue;
    const root = parts.slice(0, -2).join('/');
    counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  const depth = (root: string) => (root === '' ? 0 : root.split('/').length);
  const ranked = [...counts].sort(([rootA, countA], [rootB, countB]) => countB - countA || depth(rootA) - depth(rootB) || (rootA < rootB ? -1 : rootA > rootB ? 1 : 0));
  return ranked[0]?.[0];
}
