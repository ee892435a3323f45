// Data safety in the desktop extension host, where Node is at hand: a FIFO named like a goal
// file never blocks the extension's reader, and a goal file that grew past the size limit
// under the index is not read whole for its body. The checks that run in both hosts are in
// dataSafety.test.ts.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { GrowthBacklogApi } from '../../src/extensionApi';
import { workspaceFileReader } from '../../src/goalWorkspace/workspaceFileReader';
import { waitFor } from './polling';
import { indexedExtension } from './indexedExtension';

const goal = (title: string) =>
  ['---', `objective: ${title}`, 'quarter: 2026-Q4', 'key_results:', '  - id: talks', '    title: Give 2 talks', '    status: doing', '---', 'Notes.', ''].join('\n');

export function register(): void {
  describe('special and growing files in the desktop host', function () {
    this.timeout(90_000);
    let api: GrowthBacklogApi;
    let folder: vscode.Uri;

    before(async () => {
      api = await indexedExtension();
      folder = vscode.Uri.joinPath((vscode.workspace.workspaceFolders ?? [])[0]?.uri as vscode.Uri, 'it-node-bytes');
    });

    after(() => vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined));

    it('a FIFO named like a goal file is refused at once by the extension\'s reader, never blocking it', async () => {
      const fifo = vscode.Uri.joinPath(folder, 'pipe.md');
      await vscode.workspace.fs.createDirectory(folder);
      execFileSync('mkfifo', [fifo.fsPath]);
      try {
        const read = workspaceFileReader.readWithStat(fifo.toString(), 1_000);
        const timeout = new Promise((resolve) => setTimeout(() => resolve('still waiting after 5 s'), 5_000));
        const outcome = await Promise.race([read.then(() => 'read', (error: Error) => error.message), timeout]);
        assert.match(String(outcome), /is a FIFO \(named pipe\), not a regular file/);
        // The watcher saw it too: it is not in the index, and a goal file written next to it still is.
        const next = vscode.Uri.joinPath(folder, 'after-pipe.md');
        await vscode.workspace.fs.writeFile(next, new TextEncoder().encode(goal('Written after the pipe')));
        await waitFor('the file next to the FIFO to be indexed', () => api.goals.index.get(next.toString())?.objective);
        assert.equal(api.goals.index.get(fifo.toString()), undefined);
      } finally {
        // A reader stuck in open() (a build without the fix) is released by a writer; none waits here otherwise.
        try {
          closeSync(openSync(fifo.fsPath, constants.O_WRONLY | constants.O_NONBLOCK));
        } catch {
          // No reader waiting: nothing to release.
        }
        unlinkSync(fifo.fsPath);
      }
    });

    it('a goal file that grew past the size limit since it was indexed is not read whole for its body', async () => {
      const outside = mkdtempSync(join(tmpdir(), 'growth-backlog-grown-'));
      const path = join(outside, 'grown.md');
      const uri = vscode.Uri.file(path).toString();
      try {
        writeFileSync(path, goal('Small for now'));
        api.goals.index.update(uri, goal('Small for now'));
        // The file grows to 1.2 MB before anything asked for its body: the index still holds the small version.
        writeFileSync(path, `${goal('Grown past the limit')}${'word '.repeat(240_000)}\n`);
        assert.equal(await api.goals.body(uri), undefined);
        assert.deepEqual(
          api.goals.index.get(uri)?.diagnostics.map((problem) => problem.code),
          ['file-too-large'],
        );
      } finally {
        api.goals.index.remove(uri);
        rmSync(outside, { recursive: true, force: true });
      }
    });
  });
}
