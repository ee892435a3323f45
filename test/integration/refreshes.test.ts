// How often each surface refreshes for one change, and what the index does with files that
// change under it, in a real VS Code: a save of an edited goal file refreshes each surface
// once (the file watcher's report of the save reads and refreshes nothing), a same-size
// rewrite whose mtime was put back is seen, and a huge body gets its notice in Problems.
import * as assert from 'node:assert/strict';
import { statSync, utimesSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { BoardSurface } from '../../src/board/registerBoard';
import { commandIds } from '../../src/commandIds';
import type { DiagnosticsSurface } from '../../src/diagnostics/registerDiagnostics';
import type { GrowthBacklogApi } from '../../src/extensionApi';
import type { LensSurface } from '../../src/lenses/registerLenses';
import type { StatusBarSurface } from '../../src/statusBar/registerStatusBar';
import type { TreeSurface } from '../../src/tree/registerTree';
import { indexedExtension } from './indexedExtension';
import { waitFor } from './polling';

const encoder = new TextEncoder();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const goal = (title: string) =>
  ['---', `objective: ${title}`, 'quarter: 2026-Q4', 'status: active', 'key_results:', '  - id: talk', '    title: Give a talk', '    status: doing', '---', '- [ ] Book the slot', '', '## Check-ins', '### 2026-11-02', 'Progress: drafted', ''].join('\n');

/** Counts what each surface does from now on. */
function countRefreshes(api: GrowthBacklogApi, uri: string) {
  const counts = { index: 0, tree: 0, lenses: 0, board: 0, diagnostics: 0, statusBar: 0 };
  const subscriptions = [
    api.goals.onDidChange((uris) => (counts.index += uris.includes(uri) ? 1 : 0)),
    (api.surfaces.tree as TreeSurface).onDidChangeTreeData(() => counts.tree++),
    (api.surfaces.lenses as LensSurface).onDidChangeCodeLenses(() => counts.lenses++),
    (api.surfaces.board as BoardSurface).onDidPost((type) => (counts.board += type === 'patch' ? 1 : 0)),
    (api.surfaces.diagnostics as DiagnosticsSurface).onDidPublish((uris) => (counts.diagnostics += uris.includes(uri) ? 1 : 0)),
    (api.surfaces.statusBar as StatusBarSurface).onDidUpdate(() => counts.statusBar++),
  ];
  return { counts, dispose: () => subscriptions.forEach((subscription) => subscription.dispose()) };
}

export function register(): void {
  describe('refreshes and files changing under the index', function () {
    this.timeout(90_000);
    let api: GrowthBacklogApi;
    let folder: vscode.Uri;

    before(async () => {
      api = await indexedExtension();
      const root = (vscode.workspace.workspaceFolders ?? [])[0]?.uri as vscode.Uri;
      folder = vscode.Uri.joinPath(root, 'it-refreshes');
    });

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
    });

    it('refreshes each surface exactly once for a saved edit; the watcher reporting the save reads and refreshes nothing', async () => {
      const file = vscode.Uri.joinPath(folder, 'talks.md');
      const uri = file.toString();
      await vscode.workspace.fs.writeFile(file, encoder.encode(goal('Speak at the guild')));
      await waitFor('the goal file indexed', () => api.goals.index.get(uri)?.objective);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
      await vscode.commands.executeCommand(commandIds.openBoard);
      await waitFor('the board ready', () => (api.surfaces.board as BoardSurface).model()?.today !== undefined);
      await pause(1_500); // opening the editor and the board settle first

      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '*.md'));
      let watched = 0;
      watcher.onDidChange((changed) => (watched += changed.toString() === uri ? 1 : 0));
      const refreshes = countRefreshes(api, uri);
      try {
        const applied = await vscode.commands.executeCommand<boolean>(commandIds.gradeKeyResult, { uri, keyResultId: 'talk' }, { grade: 0.7 });
        assert.equal(applied, true);
        await waitFor('the index to have the grade', () => api.goals.index.get(uri)?.objective?.keyResults[0]?.grade === 0.7);
        // The extension's watcher got the save when ours did; give a re-read time to land.
        await waitFor('the file watcher to report the save', () => watched > 0);
        await pause(2_000);
        assert.deepEqual(refreshes.counts, { index: 1, tree: 1, lenses: 1, board: 1, diagnostics: 1, statusBar: 1 });
        assert.ok(api.goals.index.get(uri)?.stamp, 'the index knows the disk holds its text');
      } finally {
        refreshes.dispose();
        watcher.dispose();
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      }
    });

    it('sees a same-size rewrite whose mtime was put back (cp -p, rsync -a, touch -r)', async () => {
      const file = vscode.Uri.joinPath(folder, 'restored.md');
      const uri = file.toString();
      writeFileSync(file.fsPath, goal('Alpha'));
      utimesSync(file.fsPath, 1_700_000_000, 1_700_000_000);
      await waitFor('the goal file indexed', () => api.goals.index.get(uri)?.objective?.title === 'Alpha' && api.goals.index.get(uri)?.stamp?.startsWith(`${statSync(file.fsPath).size}:1700000000000:`));
      writeFileSync(file.fsPath, goal('Omega'));
      utimesSync(file.fsPath, 1_700_000_000, 1_700_000_000);
      await waitFor('the new title', () => api.goals.index.get(uri)?.objective?.title === 'Omega');
    });

    it('reads a huge body it cannot follow exactly line by line, with a notice in Problems', async () => {
      const file = vscode.Uri.joinPath(folder, 'huge-notes.md');
      const list = Array.from({ length: 600 }, (_, i) => `- [ ] step ${i} of the long migration plan, with notes`).join('\n');
      const text = goal('Migrate the ledger').replace('- [ ] Book the slot', `- [ ] first\n  \`\`\`\n  code in a list\n  \`\`\`\n\n${list}`);
      await vscode.workspace.fs.writeFile(file, encoder.encode(text));
      const notice = await waitFor('the body-too-large notice', () =>
        vscode.languages.getDiagnostics(file).find((diagnostic) => diagnostic.code === 'body-too-large' && diagnostic.source === 'Growth Backlog'),
      );
      assert.equal(notice.severity, vscode.DiagnosticSeverity.Information);
      assert.equal(notice.range.start.line, 10);
      assert.equal(api.goals.index.get(file.toString())?.body?.tasks.length, 601);
      assert.equal(api.goals.index.get(file.toString())?.body?.lastCheckIn, '2026-11-02');
    });

    it('sets the diagnostics of more files than one slice holds, each slice after the window has answered for the last', async () => {
      // 250 files no editor shows: three slices, two round trips through the real window.
      const files = Array.from({ length: 250 }, (_, i) => vscode.Uri.joinPath(folder, 'many', `goal-${i}.md`));
      await Promise.all(files.map((file, i) => vscode.workspace.fs.writeFile(file, encoder.encode(goal(`Goal ${i}`).replace('quarter: 2026-Q4', 'quarter: 2026-Q9')))));
      await waitFor('the 250 files with their diagnostics', () => files.every((file) => vscode.languages.getDiagnostics(file).some((diagnostic) => /2026-Q9/.test(diagnostic.message))), 60_000);
    });
  });
}
