// Files that change between the listing and the read: one removed, one replaced by a folder.
// The listing is made to report them, which is what a run sees when another process deletes
// or replaces a file while the CLI works (item 9).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FindMarkdownFiles from '../../src/cli/findMarkdownFiles';
import { runCli } from '../../src/cli/main';

vi.mock('../../src/cli/findMarkdownFiles', async (importOriginal) => {
  const original = await importOriginal<typeof FindMarkdownFiles>();
  return {
    findMarkdownFiles: async (...args: Parameters<typeof original.findMarkdownFiles>) => {
      const listed = await original.findMarkdownFiles(...args);
      const folder = args[1];
      return [...listed, join(folder, 'gone.md'), join(folder, 'turned-folder.md')].sort();
    },
  };
});

let workspace: string;
let out: string[];
let err: string[];

async function cli(...argv: string[]): Promise<number> {
  out = [];
  err = [];
  return runCli(argv, { cwd: workspace, clock: { today: () => '2026-11-24' }, out: (t) => out.push(t), err: (t) => err.push(t) });
}

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'growth-backlog-cli-vanish-'));
  writeFileSync(join(workspace, 'mine.md'), '---\nobjective: Still here\nquarter: 2026-Q4\nkey_results:\n  - id: a\n    title: A\n---\n');
  mkdirSync(join(workspace, 'turned-folder.md'));
});
afterEach(() => rmSync(workspace, { recursive: true, force: true }));

describe('a file that vanishes or changes type mid-run', () => {
  it('is skipped with a message per file, and every other file is still read', async () => {
    expect(await cli('lint', '--no-hints')).toBe(0);
    expect(err).toEqual([
      'gone.md: skipped: it was removed before it could be read',
      'turned-folder.md: skipped: it is a folder, not a regular file',
      '1 goal file checked: 0 errors, 0 other problems, 0 hints.',
    ]);
    expect(await cli('list')).toBe(0);
    expect(out.join('\n')).toContain('Still here');
    expect(await cli('report', '--quarter', '2026-Q4', '--format', 'json')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ objectives: [{ title: 'Still here' }] });
  });
});
