// Data safety in a real VS Code, in both extension hosts: goal files whose bytes an edit
// would not keep (not UTF-8, UTF-16, mixed or CR-only line endings) are shown read-only with
// a diagnostic and every edit is refused with the bytes untouched, also when the editor has
// the file open, in its default encoding or another one, and by Start Next Quarter; the
// calendar's time-travel hook exists only in test mode. The checks that need Node (a FIFO, a
// file growing under the index) are in nodeDataSafety.test.ts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { installedRun } from './calendarHook';
import { LocalCalendar } from '../../src/calendar/localCalendar';
import { commandIds } from '../../src/commandIds';
import type { GrowthBacklogApi } from '../../src/extensionApi';
import { waitFor } from './polling';
import { indexedExtension } from './indexedExtension';

/** Bytes from text (UTF-8) and raw byte values, without Node's Buffer (the web host has none). */
function bytes(...parts: (string | number[] | Uint8Array)[]): Uint8Array {
  const chunks = parts.map((part) => (typeof part === 'string' ? new TextEncoder().encode(part) : Uint8Array.from(part)));
  const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  chunks.reduce((offset, chunk) => (all.set(chunk, offset), offset + chunk.length), 0);
  return all;
}

/** UTF-16 little-endian with its byte order mark. */
function utf16le(text: string): Uint8Array {
  return bytes([0xff, 0xfe], [...text].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]));
}

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
    const sameBytes = async (uri: vscode.Uri, expected: Uint8Array) => {
      const actual = await vscode.workspace.fs.readFile(uri);
      return actual.length === expected.length && actual.every((byte, i) => byte === expected[i]);
    };

    it('a Latin-1 byte in the notes: still in the index, not-utf8 at that byte, every edit refused, also with the file open in either encoding', async () => {
      const latin1 = bytes(goal('Speak at the café meetup'), 'Caf', [0xe9], ' notes.\n');
      const uri = await writeGoal('latin1.md', latin1);
      assert.equal(await grade(uri), false, 'refused with the file closed');
      assert.ok(await sameBytes(uri, latin1), 'no byte re-encoded');

      assert.equal(api.goals.index.get(uri.toString())?.objective?.title, 'Speak at the café meetup');
      const problem = await waitFor('the not-utf8 diagnostic', () => diagnostic(uri, 'not-utf8'));
      assert.match(problem.message, new RegExp(`^Byte ${latin1.indexOf(0xe9)} \\(0xe9\\) is not valid UTF-8`));
      assert.equal(problem.range.start.line, 9);

      // Open in the editor as UTF-8: the byte shows as U+FFFD, and saving would write EF BF BD for it.
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      assert.ok(document.getText().includes('Caf\uFFFD'));
      assert.equal(await grade(uri), false, 'refused with the file open as UTF-8');
      assert.equal(document.isDirty, false);
      assert.ok(await sameBytes(uri, latin1));
      // The disk is unchanged, so the diagnostic stays while the file is open.
      assert.ok(diagnostic(uri, 'not-utf8'));
      assert.equal(api.goals.index.get(uri.toString())?.unsafeBytes?.kind, 'invalid-utf8');

      // Reopened as Latin-1, the editor would write the file back in Latin-1: refused as well.
      const reopened = await vscode.workspace.openTextDocument(uri, { encoding: 'iso88591' });
      assert.equal(reopened.encoding, 'iso88591');
      assert.equal(await grade(uri), false, 'refused with the file open as Latin-1');
      assert.ok(await sameBytes(uri, latin1));
    });

    it('Start Next Quarter refuses a plan that would re-encode a file, and writes none of it', async () => {
      // A quarter of their own, far from the samples' and the other suites'.
      const quarterGoal = (title: string) => goal(title).replace('quarter: 2026-Q4', 'quarter: 2035-Q2');
      const clean = bytes(quarterGoal('Clean UTF-8'));
      const latin1 = bytes(quarterGoal('With a Latin-1 byte'), 'Caf', [0xe9], '\n');
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
      await vscode.workspace.fs.writeFile(uri, bytes(text));
      await waitFor('mixed.md to be indexed', () => api.goals.index.get(uri.toString())?.objective);
      assert.equal(await grade(uri), false);
      assert.ok(await sameBytes(uri, bytes(text)));
    });

    it('CR-only and UTF-16 goal files get a diagnostic instead of being ignored, and edits are refused', async () => {
      const crOnly = bytes(goal('Classic Mac line endings').replace(/\n/g, '\r'));
      const crUri = await writeGoal('mac.md', crOnly);
      assert.equal(await grade(crUri), false);
      assert.ok(await sameBytes(crUri, crOnly), 'no CR turned into a CRLF');
      await waitFor('the CR-only file to be read', () => api.goals.index.get(crUri.toString())?.objective);
      assert.equal(api.goals.index.get(crUri.toString())?.objective?.title, 'Classic Mac line endings');
      await waitFor('the cr-line-endings diagnostic', () => diagnostic(crUri, 'cr-line-endings'));

      const utf16 = utf16le(goal('Saved as UTF-16'));
      const utf16Uri = await writeGoal('utf16.md', utf16);
      await waitFor('the UTF-16 file to be read', () => api.goals.index.get(utf16Uri.toString())?.objective);
      assert.equal(api.goals.index.get(utf16Uri.toString())?.objective?.title, 'Saved as UTF-16');
      assert.match((await waitFor('the UTF-16 diagnostic', () => diagnostic(utf16Uri, 'not-utf8'))).message, /UTF-16/);
      assert.equal(await grade(utf16Uri), false);
      assert.ok(await sameBytes(utf16Uri, utf16));
    });

  });

  describe('test hooks', () => {
    it('the calendar can be moved in test mode only, and its offset is out of reach otherwise', async () => {
      const api = await indexedExtension();
      // A user's install (the run against the .vsix) is in production mode: no hook at all.
      const hook = typeof (api.surfaces.calendar as { travelTo?: unknown } | undefined)?.travelTo;
      if (installedRun.active) assert.equal(hook, 'undefined', 'the installed extension has no test hooks');
      else assert.equal(hook, 'function', 'this run is in test mode');
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
