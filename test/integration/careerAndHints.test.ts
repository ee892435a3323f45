// The career framework and the coaching hints in a real VS Code, on a copy of examples/goals
// (which has a career-framework.md): an unknown career id is flagged at the id and its quick
// fix replaces exactly that id; completion offers the framework's ids; hover explains them;
// hints appear in Problems and disappear when silenced by the setting or by `silence:`;
// Career Evidence opens the Markdown.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { commandIds } from '../../src/commandIds';
import type { GrowthBacklogApi } from '../../src/extensionApi';
import { indexedExtension } from './indexedExtension';
import { waitFor } from './polling';

const encoder = new TextEncoder();

const goalText = `---
objective: Speak up in design reviews
quarter: 2030-Q1
career: [quality, comunication]  # my areas
key_results:
  - id: reviews
    title: Comment on 5 design docs
    target: 5
  - id: vague
    title: Get better at design
---
- [ ] Pick the first design doc
`;

function ours(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Growth Backlog' && diagnostic.code === code);
}

export function register(): void {
  describe('career framework and hints', function () {
    this.timeout(90_000);
    let api: GrowthBacklogApi;
    let root: vscode.Uri;
    let goal: vscode.Uri;

    before(async () => {
      api = await indexedExtension();
      await api.careerFrameworks.whenReady();
      root = (vscode.workspace.workspaceFolders ?? [])[0]?.uri as vscode.Uri;
      goal = vscode.Uri.joinPath(root, 'it-career', 'speak-up.md');
      await vscode.workspace.fs.writeFile(goal, encoder.encode(goalText));
      await waitFor('the goal file to be indexed', () => api.goals.index.get(goal.toString())?.objective);
    });

    after(async () => {
      await vscode.workspace.getConfiguration('growthBacklog').update('hints', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, 'it-career'), { recursive: true });
    });

    it('reads the sample career-framework.md', () => {
      const loaded = api.careerFrameworks.forUri(goal);
      assert.ok(loaded, 'a framework for the goal file');
      assert.equal(loaded.framework.competencies.length, 12);
      assert.deepEqual(loaded.framework.diagnostics, []);
    });

    it('flags an unknown career id at the id, and the quick fix replaces exactly that id', async () => {
      const document = await vscode.workspace.openTextDocument(goal);
      await vscode.window.showTextDocument(document);
      const [diagnostic] = await waitFor('the unknown-career-id diagnostic', () => {
        const found = ours(goal, 'unknown-career-id');
        return found.length > 0 && found;
      });
      assert.ok(diagnostic);
      assert.equal(document.getText(diagnostic.range), 'comunication');
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(diagnostic.message, /did you mean communication\?/);

      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', goal, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((action) => action.title === 'Change "comunication" to "communication"');
      assert.ok(fix?.edit, `a quick fix among: ${actions.map((action) => action.title).join(', ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.equal(document.getText(), goalText.replace('career: [quality, comunication]', 'career: [quality, communication]'));
      await document.save();
      await waitFor('the diagnostic to go away', () => ours(goal, 'unknown-career-id').length === 0);
    });

    it('completes career ids from the framework inside career:, leaving out the ones already there', async () => {
      const document = await vscode.workspace.openTextDocument(goal);
      const line = document.getText().split('\n').findIndex((text) => text.startsWith('career:'));
      const position = new vscode.Position(line, document.lineAt(line).text.indexOf(']'));
      const edit = new vscode.WorkspaceEdit();
      edit.insert(goal, position, ', ');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const at = position.translate(0, 2);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', goal, at);
      const ids = list.items.filter((item) => item.kind === vscode.CompletionItemKind.EnumMember).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      const framework = api.careerFrameworks.forUri(goal)?.framework.competencies.map((competency) => competency.id) ?? [];
      assert.deepEqual(ids, framework.filter((id) => id !== 'quality' && id !== 'communication'));
      // Outside career: nothing from the framework.
      const outside = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', goal, new vscode.Position(1, 5));
      assert.equal(outside.items.filter((item) => item.kind === vscode.CompletionItemKind.EnumMember).length, 0);

      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', goal, new vscode.Position(line, document.lineAt(line).text.indexOf('quality') + 2));
      const hoverText = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
      assert.match(hoverText, /Quality/);
      assert.match(hoverText, /rarely needs rework/);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    it('shows hints in Problems and drops them when silenced by the setting or by silence:', async () => {
      const hint = await waitFor('the no-measurable-target hint', () => ours(goal, 'no-measurable-target')[0]);
      assert.equal(hint.severity, vscode.DiagnosticSeverity.Information);
      assert.match(hint.message, /^Key result "vague" has nothing to measure/);

      const config = vscode.workspace.getConfiguration('growthBacklog');
      await config.update('hints', { 'no-measurable-target': false }, vscode.ConfigurationTarget.Workspace);
      await waitFor('the hint to disappear after the setting', () => ours(goal, 'no-measurable-target').length === 0);
      await config.update('hints', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor('the hint to come back', () => ours(goal, 'no-measurable-target').length === 1);

      const document = await vscode.workspace.openTextDocument(goal);
      const edit = new vscode.WorkspaceEdit();
      const titleLine = document.getText().split('\n').findIndex((text) => text.includes('title: Get better at design'));
      edit.insert(goal, new vscode.Position(titleLine + 1, 0), '    silence: [no-measurable-target]\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor('the hint to disappear after silence:', () => ours(goal, 'no-measurable-target').length === 0);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await waitFor('the hint to come back after the revert', () => ours(goal, 'no-measurable-target').length === 1);
    });

    it('opens Career Evidence as Markdown: every competency, the goal under its id', async () => {
      const markdown = await vscode.commands.executeCommand<string>(commandIds.careerEvidence);
      assert.ok(markdown?.startsWith('# Career evidence'));
      assert.match(markdown, /### Quality \(`quality`\)[\s\S]*\*\*2030-Q1: Speak up in design reviews\*\*/);
      assert.match(markdown, /### Hiring \(`hiring`\)/);
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.languageId, 'markdown');
      assert.equal(editor?.document.isUntitled, true);
      assert.equal(editor?.document.getText(), markdown);
    });
  });
}
