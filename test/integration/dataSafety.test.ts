// Data safety in a real VS Code: goal files whose bytes an edit would not keep (not UTF-8,
// UTF-16, mixed or CR-only line endings) are shown read-only with a diagnostic and every
// edit is refused with the bytes untouched, also when the editor has the file open, in its
// default encoding or another one; a FIFO never blocks the reader; a file that grew past the
// size limit is not read whole; the calendar's time-travel hook exists only in test mode.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { LocalCalendar } from '../../src/calendar/localCalendar';
import { commandIds } from '../../src/commandIds';
import type { GrowthBacklogApi } from '../../src/extensionApi';
import { workspaceFileReader } from '../../src/goalWorkspace/workspaceFileReader';
import { waitFor } from './polling';
import { indexedExtension } from './indexedExtension';

const goal = (title: string) =>
  ['---', `objective: ${title}`, 'quarter: 2026-Q4', 'key_results:', '  - id: talks', '    title: Give 2 talks', '    status: doing', '---', 'Notes.', ''].join('\n');

function diagnostic(uri: vscode.Uri, code: string): vscode.Diagnostic | undefined {
  return vscode.languages.getDiagnostics(uri).find((candidate) => candidate.source === 'Growth Backlog' && candidate.code === code);
}

export function register(): void {
  describe('goal files whose bytes an edit would not keep', function () {
    // Real editor round trips (watcher, index, diagnostics) are slow on a loaded machine.
    this.timeout(90_000);
    let api: GrowthBacklogApi;
    let folder: vscode.Uri;

    before(async () => {
      api = await indexedExtension();
      folder = vscode.Uri.joinPath((vscode.workspace.workspaceFolders ?? [])[0]?.uri as vscode.Uri, 'it-bytes');
    });

    afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));
    after(() => vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined));

    async function writeGoal(name: string, bytes: Uint8Array): Promise<vscode.Uri> {
      const uri = vscode.Uri.joinPath(folder, name);
      await vscode.workspace.fs.writeFile(uri, bytes);
      await waitFor(`${name} to be indexed`, () => api.goals.index.get(uri.toString()));
      return uri;
    }

    const grade = (uri: vscode.Uri) => vscode.commands.executeCommand<boolean>(commandIds.gradeKeyResult, { uri: uri.toString(), keyResultId: 'talks' }, { grade: 0.5 });
    const sameBytes = async (uri: vscode.Uri, bytes: Uint8Array) => Buffer.from(await vscode.workspace.fs.readFile(uri)).equals(Buffer.from(bytes));

    it('a Latin-1 byte in the notes: still in the index, not-utf8 at that byte, every edit refused, also with the file open in either encoding', async () => {
      const bytes = Buffer.concat([Buffer.from(goal('Speak at the café meetup')), Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' notes.\n')]);
      const uri = await writeGoal('latin1.md', bytes);
      assert.equal(await grade(uri), false, 'refused with the file closed');
      assert.ok(await sameBytes(uri, bytes), 'no byte re-encoded');

      assert.equal(api.goals.index.get(uri.toString())?.objective?.title, 'Speak at the café meetup');
      const problem = await waitFor('the not-utf8 diagnostic', () => diagnostic(uri, 'not-utf8'));
      assert.match(problem.message, new RegExp(`^Byte ${bytes.indexOf(0xe9)} \\(0xe9\\) is not valid UTF-8`));
      assert.equal(problem.range.start.line, 9);

      // Open in the editor as UTF-8: the byte shows as U+FFFD, and saving would write EF BF BD for it.
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      assert.ok(document.getText().includes('Caf\uFFFD'));
      assert.equal(await grade(uri), false, 'refused with the file open as UTF-8');
      assert.equal(document.isDirty, false);
      assert.ok(await sameBytes(uri, bytes));
      // The disk is unchanged, so the diagnostic stays while the file is open.
      assert.ok(diagnostic(uri, 'not-utf8'));
      assert.equal(api.goals.index.get(uri.toString())?.unsafeBytes?.kind, 'invalid-utf8');

      // Reopened as Latin-1, the editor would write the file back in Latin-1: refused as well.
      const reopened = await vscode.workspace.openTextDocument(uri, { encoding: 'iso88591' });
      assert.equal(reopened.encoding, 'iso88591');
      assert.equal(await grade(uri), false, 'refused with the file open as Latin-1');
      assert.ok(await sameBytes(uri, bytes));
    });

    it('Start Next Quarter refuses a plan that would re-encode a file, and writes none of it', async () => {
      // A quarter of their own, far from the samples' and the other suites'.
      const quarterGoal = (title: string) => goal(title).replace('quarter: 2026-Q4', 'quarter: 2035-Q2');
      const clean = Buffer.from(quarterGoal('Clean UTF-8'));
      const latin1 = Buffer.concat([Buffer.from(quarterGoal('With a Latin-1 byte')), Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
      const cleanUri = await writeGoal('rollover-clean.md', clean);
      const latin1Uri = await writeGoal('rollover-latin1.md', latin1);
      await waitFor('both in 2035-Q2', () => api.goals.index.get(cleanUri.toString())?.objective?.quarter === '2035-Q2' && api.goals.index.get(latin1Uri.toString())?.objective?.quarter === '2035-Q2');
      const answers = { from: '2035-Q2', carryOver: [], close: 'done', closeKeyResults: 'done', confirm: true };
      assert.equal(await vscode.commands.executeCommand(commandIds.startNextQuarter, undefined, answers), undefined);
      assert.ok(await sameBytes(latin1Uri, latin1), 'no byte re-encoded');
      assert.ok(await sameBytes(cleanUri, clean), 'nothing of the plan written');
    });

    it('mixed CRLF and LF line endings: refused rather than saved with every line ending rewritten', async () => {
      const text = goal('Mixed line endings').replace('quarter: 2026-Q4\n', 'quarter: 2026-Q4\r\n').replace('Notes.\n', 'Notes.\r\n');
      const uri = vscode.Uri.joinPath(folder, 'mixed.md');
      await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
      await waitFor('mixed.md to be indexed', () => api.goals.index.get(uri.toString())?.objective);
      assert.equal(await grade(uri), false);
      assert.ok(await sameBytes(uri, Buffer.from(text)));
    });

    it('CR-only and UTF-16 goal files get a diagnostic instead of being ignored, and edits are refused', async () => {
      const crOnly = Buffer.from(goal('Classic Mac line endings').replace(/\n/g, '\r'));
      const crUri = await writeGoal('mac.md', crOnly);
      assert.equal(await grade(crUri), false);
      assert.ok(await sameBytes(crUri, crOnly), 'no CR turned into a CRLF');
      await waitFor('the CR-only file to be read', () => api.goals.index.get(crUri.toString())?.objective);
      assert.equal(api.goals.index.get(crUri.toString())?.objective?.title, 'Classic Mac line endings');
      await waitFor('the cr-line-endings diagnostic', () => diagnostic(crUri, 'cr-line-endings'));

      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(goal('Saved as UTF-16'), 'utf16le')]);
      const utf16Uri = await writeGoal('utf16.md', utf16);
      await waitFor('the UTF-16 file to be read', () => api.goals.index.get(utf16Uri.toString())?.objective);
      assert.equal(api.goals.index.get(utf16Uri.toString())?.objective?.title, 'Saved as UTF-16');
      assert.match((await waitFor('the UTF-16 diagnostic', () => diagnostic(utf16Uri, 'not-utf8'))).message, /UTF-16/);
      assert.equal(await grade(utf16Uri), false);
      assert.ok(await sameBytes(utf16Uri, utf16));
    });

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
        await vscode.workspace.fs.writeFile(next, Buffer.from(goal('Written after the pipe')));
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
        api.goals.index.update(uri, 'it:small', goal('Small for now'));
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

  describe('test hooks', () => {
    it('the calendar can be moved in test mode only, and its offset is out of reach otherwise', async () => {
      const api = await indexedExtension();
      assert.equal(typeof (api.surfaces.calendar as { travelTo?: unknown } | undefined)?.travelTo, 'function', 'this run is in test mode');
      const calendar = new LocalCalendar(vscode.ExtensionMode.Production);
      try {
        assert.equal(calendar.surfaceForTests, undefined);
        const today = calendar.today();
        Object.assign(calendar, { offsetMs: 400 * 86_400_000 });
        assert.equal(calendar.today(), today);
      } finally {
        calendar.dispose();
      }
    });
  });
}
