import { glob } from 'tinyglobby';
import * as vscode from 'vscode';

/**
 * The files in every workspace folder that match the include glob and not the exclude glob,
 * as `workspace.findFiles(include, exclude)` finds them. Folders on this host's disk are
 * listed with Node (tinyglobby), in the extension host itself: findFiles goes through the
 * workbench to its search service, and while a window starts that round trip took 0.6–5 s
 * for the ten sample files (npm run bench:activation). Other schemes (virtual and remote
 * file systems) still use findFiles.
 */
export async function findGoalFiles(include: string, exclude: string): Promise<vscode.Uri[]> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const found = await Promise.all(
    folders.map(async (folder) => {
      if (folder.uri.scheme !== 'file') return vscode.workspace.findFiles(new vscode.RelativePattern(folder, include), exclude);
      const paths = await glob([include], { cwd: folder.uri.fsPath, ignore: [exclude], absolute: true, dot: true, expandDirectories: false });
      return paths.map((path) => vscode.Uri.file(path));
    }),
  );
  return found.flat();
}
