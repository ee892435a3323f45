// Smoke suite: proves the harness runs inside a real VS Code extension host, that the
// Growth Backlog extension is installed as a development extension and activates, and that
// the test workspace (a copy of examples/goals) is open.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'growth-backlog.growth-backlog';

export function register(): void {
  describe('smoke', () => {
    it('runs inside a VS Code extension host', () => {
      assert.ok(vscode.version, 'vscode.version is set');
    });

    it(`finds and activates ${EXTENSION_ID}`, async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is not installed in this extension host`);
      await extension.activate();
      assert.equal(extension.isActive, true);
    });

    it('opens the example goals workspace', async () => {
      const folders = vscode.workspace.workspaceFolders ?? [];
      assert.ok(folders.length >= 1, 'a workspace folder is open');
      const markdown = await vscode.workspace.findFiles('**/*.md');
      assert.ok(markdown.length >= 1, `expected example Markdown files in ${folders[0]?.uri.fsPath}`);
    });
  });
}
