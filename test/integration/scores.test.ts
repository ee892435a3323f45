// Scores as a person sees them in a real VS Code: the same one-decimal value in the tree,
// the code lenses and the status bar (0.6 and 0.3 read as 0.5, not 0.4), "k of n graded"
// beside every partial score, Clear grade, and Set Objective Status closing the open KRs
// (or the quick fix on a done objective whose KRs are still open).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { calendarHook } from './calendarHook';
import type { CalendarSurface } from '../../src/calendar/localCalendar';
import { commandIds } from '../../src/commandIds';
import type { GrowthBacklogApi } from '../../src/extensionApi';
import type { StatusBarSurface } from '../../src/statusBar/registerStatusBar';
import type { TreeSurface } from '../../src/tree/registerTree';
import type { TreeRowSnapshot } from '../../src/tree/treeSnapshot';
import { indexedExtension } from './indexedExtension';
import { waitFor } from './polling';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const quarter = '2031-Q1';

const rounding = [
  '---',
  'objective: Rounding probe',
  `quarter: ${quarter}`,
  'key_results:',
  '  - id: first',
  '    title: First 1',
  '    grade: 0.6',
  '  - id: second',
  '    title: Second 2',
  '    grade: 0.3',
  '---',
  '',
].join('\n');

const partial = [
  '---',
  'objective: Partial probe',
  `quarter: ${quarter}`,
  'key_results:',
  '  - id: shipped',
  '    title: Ship 1 feature',
  '    status: done',
  '    grade: 1 # great',
  '  - id: pending',
  '    title: Write 2 docs',
  '    status: doing',
  '---',
  '',
].join('\n');

async function lensTitles(uri: vscode.Uri): Promise<string[]> {
  await vscode.workspace.openTextDocument(uri);
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100)) ?? [];
  return lenses.map((lens) => lens.command?.title ?? '');
}

const find = (rows: readonly TreeRowSnapshot[], label: string) => rows.find((row) => row.label === label);

export function register(): void {
  describe('scores on every surface', function () {
    this.timeout(90_000);
    let api: GrowthBacklogApi;
    let tree: TreeSurface;
    let folder: vscode.Uri;
    const roundingUri = () => vscode.Uri.joinPath(folder, 'rounding.md');
    const partialUri = () => vscode.Uri.joinPath(folder, 'partial.md');
    const quarterRow = async () => find(await tree.rows(2), quarter);

    before(async () => {
      api = await indexedExtension();
      tree = api.surfaces.tree as TreeSurface;
      const root = (vscode.workspace.workspaceFolders ?? [])[0]?.uri as vscode.Uri;
      folder = vscode.Uri.joinPath(root, 'it-scores');
      await vscode.workspace.fs.writeFile(roundingUri(), encoder.encode(rounding));
      await vscode.workspace.fs.writeFile(partialUri(), encoder.encode(partial));
      await waitFor('both probes in the tree', async () => (await quarterRow())?.children.length === 2);
    });

    after(async () => {
      (api.surfaces.calendar as CalendarSurface | undefined)?.travelTo(undefined);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(folder, { recursive: true });
    });

    it('reads 0.6 and 0.3 as 0.5 in the tree and the lens, and says "1 of 2 graded" beside a partial score', async () => {
      const row = await quarterRow();
      // Exactly (0.45 + 1.0) / 2 = 0.725: 0.7, with 3 of the 4 key results graded.
      assert.equal(row?.description, '0.7 · 3 of 4 graded · 2 objectives');
      assert.equal(find(row?.children ?? [], 'Rounding probe')?.description, '0.5 progress');
      assert.equal(find(row?.children ?? [], 'Partial probe')?.description, '1.0 · 1 of 2 graded');
      assert.match(find(row?.children ?? [], 'Partial probe')?.tooltip ?? '', /Score: \*\*1\.0 · 1 of 2 graded\*\*/);
      assert.equal((await lensTitles(roundingUri()))[0], 'Score 0.5 · 2 KRs · no check-ins yet');
      assert.equal((await lensTitles(partialUri()))[0], 'Score 1.0 (1 of 2 graded) · 2 KRs · no check-ins yet');
    });

    it('shows the same quarter score and graded count in the status bar when that quarter is current', async function () {
      const statusBar = api.surfaces.statusBar as StatusBarSurface;
      const calendar = calendarHook(api, this);
      calendar.travelTo('2031-02-10');
      const status = await waitFor('the status bar on 2031-Q1', () => statusBar.status?.quarter === quarter && statusBar.status);
      assert.equal(status.text, '$(target) 2031-Q1 0.7 · 3 of 4 graded');
      assert.equal(status.band, 'green');
      assert.equal(tree.description, '2031-Q1: 0.7 (3 of 4 graded)');
      calendar.travelTo(undefined);
    });

    it('clears a grade: only the grade line goes, and the key result reads as not graded', async () => {
      const applied = await vscode.commands.executeCommand<boolean>(commandIds.gradeKeyResult, { uri: partialUri().toString(), keyResultId: 'shipped' }, { clear: true });
      assert.equal(applied, true);
      await waitFor('the file without the grade', async () => decoder.decode(await vscode.workspace.fs.readFile(partialUri())) === partial.replace('    grade: 1 # great\n', ''));
      const row = await waitFor('the tree to show it ungraded', async () => find((await quarterRow())?.children ?? [], 'Partial probe')?.description === 'not graded' && (await quarterRow()));
      assert.equal(row.description, '0.5 · 2 of 4 graded · 2 objectives');
    });

    it('Set Objective Status closes the open key results too when asked, in one edit', async () => {
      const uri = vscode.Uri.joinPath(folder, 'status.md');
      await vscode.workspace.fs.writeFile(uri, encoder.encode(partial));
      await waitFor('the status probe indexed', () => api.goals.index.get(uri.toString())?.objective?.status === 'active');
      const applied = await vscode.commands.executeCommand<boolean>(commandIds.setObjectiveStatus, { uri: uri.toString() }, { status: 'done', openKeyResults: 'done' });
      assert.equal(applied, true);
      const expected = partial.replace(`quarter: ${quarter}\n`, `quarter: ${quarter}\nstatus: done\n`).replace('status: doing', 'status: done');
      await waitFor('the objective and its open KR done on disk', async () => decoder.decode(await vscode.workspace.fs.readFile(uri)) === expected);
      // One undo takes both changes back.
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('undo');
      await waitFor('undo to restore the file', () => document.getText() === partial);
      await document.save();
    });

    it('hints at a done objective whose key results are still open, with a quick fix that closes them', async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const uri = vscode.Uri.joinPath(folder, 'hint.md');
      const closedText = partial.replace(`quarter: ${quarter}\n`, `quarter: ${quarter}\nstatus: done\n`);
      await vscode.workspace.fs.writeFile(uri, encoder.encode(closedText));
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const hint = await waitFor('the open-key-results hint', () =>
        vscode.languages.getDiagnostics(uri).find((diagnostic) => diagnostic.source === 'Growth Backlog' && diagnostic.code === 'open-key-results'),
      );
      assert.match(hint.message, /key result "pending" is still in To do or Doing/);
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, hint.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
      const fix = actions.find((action) => action.title === 'Set the open key result to dropped');
      assert.ok(fix?.edit, actions.map((action) => action.title).join(', '));
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.equal(document.getText(), closedText.replace('status: doing', 'status: dropped'));
      await waitFor('the hint to go', () => !vscode.languages.getDiagnostics(uri).some((diagnostic) => diagnostic.code === 'open-key-results'));
      await document.save();
    });
  });
}
