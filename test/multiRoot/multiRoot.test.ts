// Two workspace folders: goals from both are indexed, shown in the tree and on the board,
// edited in place, and a file created later in the second folder is picked up.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BoardSurface } from '../../src/board/registerBoard';
import { commandIds } from '../../src/commandIds';
import { settings } from '../../src/configuration';
import { findWorkspaceFiles } from '../../src/goalWorkspace/workspaceFiles';
import type { TreeSurface } from '../../src/tree/registerTree';
import { indexedExtension } from '../integration/indexedExtension';
import { waitFor } from '../integration/polling';

const sideObjective = 'Help two new joiners become productive in their first quarter';
const sampleObjective = 'Become fluent in distributed tracing with OpenTelemetry';

async function diskText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export function register(): void {
  describe('a multi-root workspace', () => {
    let side: vscode.WorkspaceFolder;

    before(() => {
      const folders = vscode.workspace.workspaceFolders ?? [];
      assert.equal(folders.length, 2, 'the workspace has two folders');
      side = folders[1] as vscode.WorkspaceFolder;
      assert.equal(side.name, 'side-goals');
    });

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('lists the files of both folders as findFiles does', async () => {
      const { include, exclude } = settings();
      const sorted = (uris: readonly vscode.Uri[]) => uris.map((uri) => uri.toString()).sort();
      const ours = sorted(await findWorkspaceFiles(include, exclude));
      assert.deepEqual(ours, sorted(await vscode.workspace.findFiles(include, exclude)));
      assert.ok(ours.some((uri) => uri.startsWith(`${side.uri.toString()}/`)));
    });

    it('indexes goal files from both folders, and only goal files', async () => {
      const api = await indexedExtension();
      const titles = api.goals.index.objectives().map((entry) => entry.objective.title);
      assert.ok(titles.includes(sampleObjective), 'the first folder is indexed');
      assert.ok(titles.includes(sideObjective), 'the second folder is indexed');
      assert.equal(api.goals.index.get(vscode.Uri.joinPath(side.uri, 'README.md').toString())?.objective, undefined);
    });

    it('shows both folders in the tree and on the board', async () => {
      const api = await indexedExtension();
      const quarters = await (api.surfaces.tree as TreeSurface).rows(2);
      const labels = (quarters.find((row) => row.label.startsWith('2026-Q4'))?.children ?? []).map((row) => row.label);
      assert.ok(labels.some((label) => label.includes(sideObjective)), `the tree lists the second folder's objective: ${labels.join(' | ')}`);
      assert.ok(labels.some((label) => label.includes(sampleObjective)), "the tree lists the first folder's objective");

      await vscode.commands.executeCommand(commandIds.openBoard);
      const board = api.surfaces.board as BoardSurface;
      const model = await waitFor('cards from the second folder on the board', () => {
        const current = board.model();
        return current?.cards.some((card) => card.keyResultId === 'pairing-sessions') ? current : undefined;
      });
      assert.ok(model.cards.some((card) => card.keyResultId === 'course'), 'and from the first');
    });

    it("creates a New Objective in each folder's own growthBacklog.goalsFolder, or next to its quarter folders", async () => {
      const first = vscode.workspace.workspaceFolders?.[0] as vscode.WorkspaceFolder;
      const config = vscode.workspace.getConfiguration('growthBacklog', side.uri);
      await config.update('goalsFolder', 'objectives', vscode.ConfigurationTarget.WorkspaceFolder);
      const created: vscode.Uri[] = [];
      try {
        const answers = { template: 'learning', quarter: '2026-Q4', objective: 'Learn where goal files go in each folder' };
        for (const folder of [side, first]) {
          const uri = await vscode.commands.executeCommand<string>(commandIds.newObjective, undefined, { ...answers, folder: folder.uri.toString() });
          assert.ok(uri, `a goal file was created in ${folder.name}`);
          created.push(vscode.Uri.parse(uri));
        }
        assert.equal(created[0]?.toString(), vscode.Uri.joinPath(side.uri, 'objectives', '2026-Q4', 'learn-where-goal-files-go-in-each-folder.md').toString());
        // The first folder sets nothing and is itself a goals folder: the new file goes next to its quarter folders.
        assert.equal(created[1]?.toString(), vscode.Uri.joinPath(first.uri, '2026-Q4', 'learn-where-goal-files-go-in-each-folder.md').toString());
      } finally {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        for (const uri of created) await vscode.workspace.fs.delete(uri, { useTrash: false });
        await config.update('goalsFolder', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      }
    });

    it('grades a key result in the second folder, changing only its grade', async () => {
      const api = await indexedExtension();
      const file = vscode.Uri.joinPath(side.uri, '2026-Q4', 'mentor-new-joiners.md');
      const before = await diskText(file);
      const applied = await vscode.commands.executeCommand<boolean>(commandIds.gradeKeyResult, { uri: file.toString(), keyResultId: 'pairing-sessions' }, { grade: 0.4 });
      assert.equal(applied, true);
      const expected = before.replace('    current: 9\n', '    current: 9\n    grade: 0.4\n');
      assert.notEqual(expected, before);
      const document = await vscode.workspace.openTextDocument(file);
      if (document.isDirty) await document.save();
      await waitFor('the graded file on disk', async () => (await diskText(file)) === expected);
      await waitFor('the index to see the grade', () => api.goals.index.findKeyResult(file.toString(), 'pairing-sessions')?.grade === 0.4);
    });

    it('picks up a goal file written later into the second folder', async () => {
      const api = await indexedExtension();
      const file = vscode.Uri.joinPath(side.uri, 'talk-at-meetup.md');
      const text = '---\nobjective: Give a talk at the local meetup\nquarter: 2026-Q4\nkey_results:\n  - id: talk\n    title: Give the talk\n---\n';
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
      await waitFor('the new goal file in the index', () => api.goals.index.get(file.toString())?.objective?.title === 'Give a talk at the local meetup');
      await vscode.workspace.fs.delete(file);
      await waitFor('the deleted goal file to leave the index', () => api.goals.index.get(file.toString()) === undefined);
    });
  });
}
