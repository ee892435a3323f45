import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileUpdateError, updateFileAtomically, writeFilesAtomically } from '../../src/nodeFiles/atomicWrite';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'growth-backlog-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const append = (suffix: string) => (bytes: Buffer) => Buffer.concat([bytes, Buffer.from(suffix)]);
const noSpace = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

describe('updateFileAtomically', () => {
  it('replaces the file and keeps its mode; nothing but the file is left in the folder', async () => {
    const path = join(dir, 'goal.md');
    writeFileSync(path, 'before\n');
    chmodSync(path, 0o640);
    const inode = statSync(path).ino;
    expect(await updateFileAtomically(path, append('after\n'))).toEqual({ replaced: true, path, hardLinks: 1 });
    expect(readFileSync(path, 'utf8')).toBe('before\nafter\n');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    // A new file renamed over the old one, not the old one rewritten in place.
    expect(statSync(path).ino).not.toBe(inode);
    expect(readdirSync(dir)).toEqual(['goal.md']);
  });

  it('edits the target of a symbolic link and keeps the link', async () => {
    mkdirSync(join(dir, 'real'));
    const target = join(dir, 'real', 'goal.md');
    writeFileSync(target, 'x\n');
    symlinkSync(join('real', 'goal.md'), join(dir, 'link.md'));
    expect((await updateFileAtomically(join(dir, 'link.md'), append('y\n'))).path).toBe(target);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('x\ny\n');
    expect(readdirSync(join(dir, 'real'))).toEqual(['goal.md']);
  });

  it('leaves the file as it was when the disk is full part-way through the write', async () => {
    const path = join(dir, 'goal.md');
    const original = `${'notes I would hate to lose\n'.repeat(1000)}`;
    writeFileSync(path, original);
    const halfThenFull = async (handle: FileHandle, bytes: Uint8Array) => {
      await handle.write(bytes, 0, Math.floor(bytes.length / 2));
      throw noSpace();
    };
    const failed = await updateFileAtomically(path, append('grade: 0.7\n'), { writeTemporary: halfThenFull }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(FileUpdateError);
    expect(failed).toMatchObject({ reason: 'no-space', message: 'there is no space left on the device' });
    expect(readFileSync(path, 'utf8')).toBe(original);
    expect(readdirSync(dir)).toEqual(['goal.md']);
  });

  it('re-reads and re-applies when the file changes between its read and the rename', async () => {
    const path = join(dir, 'goal.md');
    writeFileSync(path, 'mine\n');
    let runs = 0;
    const result = await updateFileAtomically(path, append('edit\n'), {
      writeTemporary: async (handle, bytes) => {
        // Someone else (an editor's save) writes the file while our temporary file is written.
        if (runs++ === 0) writeFileSync(path, 'mine\ntheirs\n');
        await handle.writeFile(bytes);
      },
    });
    expect(result.replaced).toBe(true);
    expect(runs).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe('mine\ntheirs\nedit\n');
  });

  it('gives up with kept-changing when the file changes on every try, leaving the other writer’s text', async () => {
    const path = join(dir, 'goal.md');
    writeFileSync(path, '0\n');
    let runs = 0;
    const failed = await updateFileAtomically(path, append('edit\n'), {
      writeTemporary: async (handle, bytes) => {
        writeFileSync(path, `${++runs}\n`);
        await handle.writeFile(bytes);
      },
    }).catch((error: unknown) => error);
    expect(failed).toMatchObject({ reason: 'kept-changing' });
    expect(readFileSync(path, 'utf8')).toBe('3\n');
    expect(readdirSync(dir)).toEqual(['goal.md']);
  });

  it('writes nothing when the update declines or changes nothing', async () => {
    const path = join(dir, 'goal.md');
    writeFileSync(path, 'same\n');
    const mtime = statSync(path).mtimeMs;
    expect((await updateFileAtomically(path, () => undefined)).replaced).toBe(false);
    expect((await updateFileAtomically(path, (bytes) => bytes)).replaced).toBe(false);
    expect(statSync(path).mtimeMs).toBe(mtime);
  });

  it('refuses a FIFO, a folder, a missing file and one over the size limit, without touching them', async () => {
    const fifo = join(dir, 'fifo.md');
    execFileSync('mkfifo', [fifo]);
    await expect(updateFileAtomically(fifo, append('x'))).rejects.toMatchObject({ reason: 'not-regular', message: 'it is a FIFO (named pipe), not a regular file' });
    mkdirSync(join(dir, 'folder.md'));
    await expect(updateFileAtomically(join(dir, 'folder.md'), append('x'))).rejects.toMatchObject({ reason: 'not-regular' });
    await expect(updateFileAtomically(join(dir, 'missing.md'), append('x'))).rejects.toMatchObject({ reason: 'not-found' });
    const big = join(dir, 'big.md');
    writeFileSync(big, 'z'.repeat(2_000));
    await expect(updateFileAtomically(big, append('x'), { maxBytes: 1_000 })).rejects.toMatchObject({ reason: 'too-large' });
    expect(readFileSync(big, 'utf8')).toBe('z'.repeat(2_000));
    expect(readdirSync(dir).sort()).toEqual(['big.md', 'fifo.md', 'folder.md']);
  });

  it('waits for the lock of another run, and takes over one left by a process that died', async () => {
    const path = join(dir, 'goal.md');
    writeFileSync(path, 'a\n');
    const lock = join(dir, '.goal.md.lock');
    writeFileSync(lock, '');
    await expect(updateFileAtomically(path, append('b\n'), { lockTimeoutMs: 200 })).rejects.toMatchObject({ reason: 'busy' });
    expect(readFileSync(path, 'utf8')).toBe('a\n');
    // Untouched for a minute: its process is gone.
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    expect((await updateFileAtomically(path, append('b\n'), { lockTimeoutMs: 200 })).replaced).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('a\nb\n');
    expect(readdirSync(dir)).toEqual(['goal.md']);
  });
});

describe('writeFilesAtomically (next-quarter: edits and new files that belong together)', () => {
  it('replaces and creates every file whole, keeps modes, leaves no temporary or lock file', async () => {
    const path = join(dir, 'goal.md');
    writeFileSync(path, 'old\n');
    chmodSync(path, 0o640);
    const created = join(dir, 'next', 'goal.md');
    expect(await writeFilesAtomically([{ path, expected: 'old\n', text: 'closed\n' }], [{ path: created, text: 'carried\n' }])).toEqual({ ok: true });
    expect(readFileSync(path, 'utf8')).toBe('closed\n');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readFileSync(created, 'utf8')).toBe('carried\n');
    expect(readdirSync(dir).sort()).toEqual(['goal.md', 'next']);
    expect(readdirSync(join(dir, 'next'))).toEqual(['goal.md']);
  });

  it('writes nothing when the disk is full at the first file, and says so', async () => {
    const path = join(dir, 'goal.md');
    writeFileSync(path, 'old\n');
    const outcome = await writeFilesAtomically([{ path, expected: 'old\n', text: 'closed\n' }], [{ path: join(dir, 'new.md'), text: 'carried\n' }], {
      writeTemporary: async () => {
        throw noSpace();
      },
    });
    expect(outcome).toEqual({ ok: false, reason: `${join(dir, 'new.md')}: there is no space left on the device; nothing was written.` });
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['goal.md']);
  });

  it('takes the same lock as a single edit, so it waits for a grade in progress', async () => {
    const path = join(dir, 'goal.md');
    writeFileSync(path, 'old\n');
    writeFileSync(join(dir, '.goal.md.lock'), '');
    const outcome = await writeFilesAtomically([{ path, expected: 'old\n', text: 'closed\n' }], [], { lockTimeoutMs: 200 });
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringContaining('another growth-backlog process has been editing it') });
    expect(readFileSync(path, 'utf8')).toBe('old\n');
  });
});
