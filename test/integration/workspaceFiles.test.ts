// The workspace listing the index starts from: Node's listing for local folders must give
// exactly what VS Code's own `workspace.findFiles` gives for the same include and exclude,
// including dot folders, excluded folders and odd names.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { settings } from '../../src/configuration';
import { findWorkspaceFiles } from '../../src/goalWorkspace/workspaceFiles';
import { indexedExtension } from './indexedExtension';

const encoder = new TextEncoder();

export function register(): void {
  describe('the workspace listing', function () {
    this.timeout(60_000);
    let probe: vscode.Uri;

    before(async () => {
      await indexedExtension();
      const root = (vscode.workspace.workspaceFolders ?? [])[0]?.uri as vscode.Uri;
      probe = vscode.Uri.joinPath(root, 'it-listing');
      const files = [
        'plain.md',
        '.hidden/dot-folder.md',
        'deep/er/still/goal.md',
        'node_modules/pkg/readme.md',
        'build/out.md',
        'sub/.git/x.md',
        'name with spaces & #hash.md',
        'UPPER.MD',
        'notes.txt',
      ];
      for (const file of files) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(probe, ...file.split('/')), encoder.encode('# probe\n'));
    });

    after(async () => {
      await vscode.workspace.fs.delete(probe, { recursive: true });
    });

    const sorted = (uris: readonly vscode.Uri[]) => uris.map((uri) => uri.toString()).sort();

    for (const [include, exclude] of [
      [settings().include, settings().exclude],
      ['it-listing/**/*.md', '**/{node_modules,.git,out,dist,build}/**'],
      ['**/*.{md,txt}', '**/deep/**'],
    ] as const) {
      it(`lists what findFiles lists for ${include} without ${exclude}`, async () => {
        const ours = sorted(await findWorkspaceFiles(include, exclude));
        const theirs = sorted(await vscode.workspace.findFiles(include, exclude));
        assert.deepEqual(ours, theirs);
        assert.ok(ours.some((uri) => uri.endsWith('/it-listing/.hidden/dot-folder.md')) || !include.endsWith('.md'), 'dot folders are listed');
      });
    }
  });
}
