import * as assert from 'node:assert/strict';
import { resolve, sep } from 'node:path';
import * as vscode from 'vscode';
import type { TreeSurface } from '../../src/tree/registerTree';
import { indexedExtension } from '../integration/indexedExtension';
import { EXTENSION_ID } from '../integration/smoke.test';

/** The checkout this test module was built in (out/test/installed/index.js). */
const projectRoot = resolve(__dirname, '..', '..', '..');

export function register(): void {
  describe('the installed .vsix in Restricted Mode', () => {
    it('is the copy code-server installed from the package, not the checkout', () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is not installed (or Restricted Mode disabled it)`);
      assert.ok(!`${extension.extensionPath}${sep}`.startsWith(`${projectRoot}${sep}`), `${extension.extensionPath} is inside ${projectRoot}`);
      assert.match(extension.extensionPath, /growth-backlog\.growth-backlog-\d+\.\d+\.\d+$/);
    });

    it('shows its contributed texts from package.nls.json, not their keys', () => {
      const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { displayName: string; contributes: { commands: { title: string; category: string }[] } };
      assert.equal(manifest.displayName, 'Growth Backlog');
      const titles = manifest.contributes.commands.map((command) => `${command.category}: ${command.title}`);
      assert.ok(titles.includes('Growth Backlog: Open Board'), titles.join(', '));
      assert.deepEqual(titles.filter((title) => title.includes('%')), []);
    });

    it('runs in a workspace that is not trusted, and indexes its goals', async () => {
      assert.equal(vscode.workspace.isTrusted, false, 'the harness opened the workspace in Restricted Mode');
      const api = await indexedExtension();
      assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
      assert.ok(api.goals.goalFiles().some((file) => file.objective !== undefined), 'goal files are indexed');
      const rows = await (api.surfaces.tree as TreeSurface | undefined)?.rows(3);
      assert.ok(rows && rows.length > 0, 'the backlog tree shows rows');
    });
  });
}
