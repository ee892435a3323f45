// The extension's texts in VS Code's display language, from the bundle VS Code loads for it:
// through vscode.l10n.t (a tree item's command title) and through @vscode/l10n in the
// editor-free modules (a group row's label), which activation hands the same bundle.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GroupNode } from '../../src/tree/backlogModel';
import type { TreeSurface } from '../../src/tree/registerTree';
import { indexedExtension } from '../integration/indexedExtension';
import { EXTENSION_ID } from '../integration/smoke.test';
import { waitFor } from '../integration/polling';

export function register(): void {
  describe('display language', function () {
    this.timeout(60_000);
    let bundle: Record<string, string>;
    let tree: TreeSurface;

    before(async () => {
      const api = await indexedExtension();
      tree = api.surfaces.tree as TreeSurface;
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension);
      const file = vscode.Uri.joinPath(extension.extensionUri, 'l10n', `bundle.l10n.${vscode.env.language}.json`);
      bundle = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as Record<string, string>;
    });

    it('is the one the run asked for, and the extension has a bundle for it', () => {
      assert.equal(vscode.env.language, 'de');
      assert.notEqual(bundle['Backlog'], 'Backlog');
      assert.ok(bundle['Open at Line']);
    });

    it('labels the tree from the bundle: group rows (@vscode/l10n) and item commands (vscode.l10n)', async () => {
      const groups = (await tree.nodes()).filter((node): node is GroupNode => node.kind === 'group');
      const backlog = groups.find((node) => node.group === 'backlog');
      assert.ok(backlog, 'the sample goals have a backlog group');
      assert.equal(backlog.label, bundle['Backlog']);
      const rows = await tree.rows(1);
      assert.ok(rows.some((row) => row.label === bundle['Backlog']));
      assert.ok(!rows.some((row) => row.label === 'Backlog'), 'no English group label is left');
      const objective = (await tree.nodes(backlog))[0];
      assert.ok(objective);
      const item = tree.treeItem(objective);
      assert.equal(item.command?.title, bundle['Open at Line']);
    });

    it('words the core\'s diagnostics from the bundle too (src/core through @vscode/l10n)', async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      assert.ok(folder);
      const uri = vscode.Uri.joinPath(folder.uri, 'it-l10n', 'wrong-grade.md');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\nobjective: Learn to translate\nquarter: 2026-Q4\nkey_results:\n  - id: one\n    title: Ship 3 translations\n    grade: 7\n---\n'));
      const diagnostics = await waitFor('the wrong grade\'s diagnostic', () => {
        const found = vscode.languages.getDiagnostics(uri);
        return found.length > 0 ? found : undefined;
      });
      // Pseudo-localised texts are written in letters like Ɓ, ȧ and ǿ; English would have none.
      for (const diagnostic of diagnostics) assert.match(diagnostic.message, /[\u0180-\u024f]/, diagnostic.message);
    });
  });
}
