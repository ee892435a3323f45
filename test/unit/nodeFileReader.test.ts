import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maxGoalFileBytes } from '../../src/core/parse';
import { nodeFileReader, readTextWithStat } from '../../src/nodeFiles/nodeFileReader';

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
    await expect(readTextWithStat(folder)).rejects.toThrow(/is a folder, not a regular file/);
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(dir, 'fifo.md');
    execFileSync('mkfifo', [fifo]);
    // Without O_NONBLOCK the open would wait for a writer, and this test would time out.
    await expect(readTextWithStat(fifo, 1_000)).rejects.toThrow(/is a FIFO \(named pipe\), not a regular file/);
  });

  it('says which byte is not UTF-8, and decodes a UTF-16 file', async () => {
    const latin1 = join(dir, 'latin1.md');
    writeFileSync(latin1, Buffer.from('---\nobjective: Caf\u00e9\n---\n', 'latin1'));
    expect((await readTextWithStat(latin1)).unsafe).toEqual({ kind: 'invalid-utf8', byteOffset: 18, byte: 0xe9, textOffset: 18 });
    const utf16 = join(dir, 'utf16.md');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\nobjective: Café\n---\n', 'utf16le')]));
    expect(await readTextWithStat(utf16)).toMatchObject({ text: '---\nobjective: Café\n---\n', unsafe: { kind: 'utf16', byteOrder: 'le' } });
  });

  it('reads no more than the size limit through nodeFileReader.readText either', async () => {
    const huge = join(dir, 'huge.md');
    writeFileSync(huge, 'b'.repeat(maxGoalFileBytes + 10_000));
    expect((await nodeFileReader.readText(huge)).length).toBe(maxGoalFileBytes);
  });
});
