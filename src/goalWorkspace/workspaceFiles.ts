import { glob } from 'tinyglobby';
import * as vscode from 'vscode';

/**
 * The files of the workspace that match `include` and not `exclude`, as `findFiles(include,
 * exclude)` gives them. Folders on this host's disk are listed with Node (tinyglobby), as the
 * CLI does: `findFiles` starts a search process first, which took 2.4–4.4 s of the
 * 3.5–5.5 s between our bundle loading and the first index on a loaded 2-core machine
 * (scripts/bench-first-paint.mjs), for a folder of five files. Other schemes go through
 * `findFiles`, so virtual and remote workspaces work as before.
 */
export async function findWorkspaceFiles(include: string, exclude: string, folders: readonly vscode.WorkspaceFolder[] = vscode.workspace.workspaceFolders ?? []): Promise<vscode.Uri[]> {
  const lists = await Promise.all(
    folders.map(async (folder) => {
      if (folder.uri.scheme !== 'file') return vscode.workspace.findFiles(new vscode.RelativePattern(folder, include), exclude);
      // As findFiles: dot folders are listed, `.git` folders never (a test compares the two);
      // symbolic links are not followed, so a link loop cannot run away.
      const ignore = ['**/.git/**', ...(exclude ? [exclude] : [])];
      const paths = await glob(include, { cwd: folder.uri.fsPath, ignore, absolute: true, dot: true, followSymbolicLinks: false, onlyFiles: true });
      return paths.map((path) => vscode.Uri.file(path));
    }),
  );
  // Nested workspace folders list some files twice.
  const unique = new Map<string, vscode.Uri>();
  for (const uri of lists.flat()) unique.set(uri.toString(), uri);
  return [...unique.values()];
}
