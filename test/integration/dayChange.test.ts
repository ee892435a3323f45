// A new local day in a real VS Code: the calendar's test hook moves the extension's clock and
// lets the day watcher notice, as a real midnight would. Each surface must then recompute from
// the new date without any goal file changing. The goal file is set in 2030 so that the day
// counts depend on the travelled date only.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BoardSurface } from '../../src/board/registerBoard';
import type { CalendarSurface } from '../../src/calendar/localCalendar';
import { calendarHook } from './calendarHook';
import type { GrowthBacklogApi } from '../../src/extensionApi';
import type { LensSurface } from '../../src/lenses/registerLenses';
import type { StatusBarSurface } from '../../src/statusBar/registerStatusBar';
import type { TreeSurface } from '../../src/tree/registerTree';
import { waitFor } from './polling';
import { indexedExtension } from './indexedExtension';

const goal = [
  '---',
  'objective: Release the day-change work',
  'quarter: 2030-Q1',
  'status: active',
  'key_results:',
  '  - id: notes',
  '    title: Get better at release notes',
  '    status: doing',
  '---',
  '## Check-ins',
  '',
  '### 2030-01-02',
  'Progress: Started.',
  '',
].join('\n');

function hint(uri: vscode.Uri, code: string): vscode.Diagnostic | undefined {
  return vscode.languages.getDiagnostics(uri).find((diagnostic) => diagnostic.source === 'Growth Backlog' && diagnostic.code === code);
}

export function register(): void {
  describe('a new day', function () {
    this.timeout(90_000);
    let api: GrowthBacklogApi;
    let calendar: CalendarSurface;
    let folder: vscode.Uri;
    let uri: vscode.Uri;
    let lensRefreshes = 0;
    let lensListener: vscode.Disposable | undefined;

    before(async function () {
      api = await indexedExtension();
      calendar = calendarHook(api, this);
      const root = (vscode.workspace.workspaceFolders ?? [])[0]?.uri as vscode.Uri;
      folder = vscode.Uri.joinPath(root, 'it-day-change');
      uri = vscode.Uri.joinPath(folder, 'release.md');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(goal));
      // The vague key result's hint shows that the file's own change has been handled.
      await waitFor('the goal file to be indexed and checked', () => hint(uri, 'no-measurable-target'));
      assert.equal(hint(uri, 'check-in-overdue'), undefined, '2030-Q1 is not the current quarter yet');
      await vscode.commands.executeCommand('growthBacklog.openBoard');
      const board = api.surfaces.board as BoardSurface;
      await waitFor('the board to be ready', () => board.model()?.today);
      lensListener = (api.surfaces.lenses as LensSurface).onDidChangeCodeLenses(() => (lensRefreshes += 1));
      calendar.travelTo('2030-02-01');
    });

    after(async () => {
      lensListener?.dispose();
      calendar?.travelTo(undefined);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      if (folder) await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
    });

    it('reminds of the check-in, counted from the new day', async () => {
      const overdue = await waitFor('the check-in hint', () => hint(uri, 'check-in-overdue'));
      assert.match(overdue.message, /^No check-in for 30 days/);
    });

    it("shows the new day's quarter in the status bar", async () => {
      const statusBar = api.surfaces.statusBar as StatusBarSurface;
      await waitFor('the status bar to show 2030-Q1', () => statusBar.status?.quarter === '2030-Q1');
    });

    it("names the new day's quarter in the tree's title", async () => {
      const tree = api.surfaces.tree as TreeSurface;
      await waitFor('the tree title to name 2030-Q1', () => tree.description?.startsWith('2030-Q1:'));
    });

    it('asks VS Code for new code lenses, which count from the new day', async () => {
      await waitFor('a code lens refresh', () => lensRefreshes > 0);
      await vscode.workspace.openTextDocument(uri);
      const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100)) ?? [];
      assert.ok(
        lenses.some((lens) => lens.command?.title.endsWith('last check-in 30 days ago')),
        lenses.map((lens) => lens.command?.title).join(' | '),
      );
    });

    it('gives the open board the new date', async () => {
      const board = api.surfaces.board as BoardSurface;
      await waitFor('the board to get 2030-02-01', () => board.model()?.today === '2030-02-01');
    });

    it('goes back when the real day returns', async () => {
      calendar.travelTo(undefined);
      await waitFor('the check-in hint to go', () => hint(uri, 'check-in-overdue') === undefined);
      const statusBar = api.surfaces.statusBar as StatusBarSurface;
      await waitFor('the status bar to leave 2030-Q1', () => statusBar.status?.quarter !== '2030-Q1');
    });
  });
}
