import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextWithStat } from '../../src/nodeFiles/nodeFileReader';

const dir = mkdtempSync(join(tmpdir(), 'growth-backlog-node-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readTextWithStat', () => {
  it('returns the UTF-8 text with the size and mtime taken from the same open', async () => {
    const path = join(dir, 'goal.md');
    const text = '\uFEFF---\r\nobjective: Grüße, 目標 and 🚀\r\n---\r\n';
    writeFileSync(path, text);
    const read = await readTextWithStat(path);
    expect(read.text).toBe(text);
    expect(read.stat.size).toBe(Buffer.byteLength(text));
    expect(read.stat.mtime).toBeGreaterThan(0);
  });

  it('reads an empty file, and stops at maxBytes on a large one', async () => {
    const empty = join(dir, 'empty.md');
    writeFileSync(empty, '');
    expect((await readTextWithStat(empty)).text).toBe('');
    const large = join(dir, 'large.md');
    writeFileSync(large, 'a'.repeat(300_000));
    const read = await readTextWithStat(large, 1_000);
    expect(read.text).toBe('a'.repeat(1_000));
    expect(read.stat.size).toBe(300_000);
  });

  it('rejects a missing file and a folder', async () => {
    await expect(readTextWithStat(join(dir, 'missing.md'))).rejects.toThrow(/ENOENT/);
    const folder = join(dir, 'folder.md');
    mkdirSync(folder);
    await expect(readTextWithStat(folder)).rejects.toThrow(/EISDIR/);
  });
});
