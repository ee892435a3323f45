import * as vscode from 'vscode';
import { goalsFolderIsSet, goalsFolderSetting } from '../configuration.js';
import { existingGoalsFolder } from '../core/goalsFolder.js';
import type { Clock } from '../core/ports.js';
import { isQuarter } from '../core/quarter.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { objectiveTemplates, templateToSnippet, type ObjectiveTemplate } from '../core/templates.js';
import { answersOf } from './goalTarget.js';
import { goalFileBaseName, goalFolderSegments, quarterChoices } from './newObjectivePlan.js';
import { QuestionSequence } from './questionSequence.js';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function pickFolder(given: unknown): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const named = typeof given === 'string' ? folders.find((folder) => folder.uri.toString() === given) : undefined;
  if (named) return named;
  if (folders.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Growth Backlog: open a folder first; goal files are created in it.'));
    return undefined;
  }
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Which workspace folder gets the new goal file?') });
}

/** The first free `<slug>.md`, `<slug>-2.md`… in the folder: an existing goal file is never overwritten. */
async function freeFileUri(folder: vscode.Uri, base: string): Promise<vscode.Uri> {
  let uri = vscode.Uri.joinPath(folder, `${base}.md`);
  for (let n = 2; await exists(uri); n++) uri = vscode.Uri.joinPath(folder, `${base}-${n}.md`);
  return uri;
}

/**
 * The goals folder of a workspace folder: the setting when the user set it; otherwise the
 * folder that already holds this workspace folder's quarter folders (a workspace opened on
 * the goals folder itself gets no `goals/goals/`); otherwise the default, `goals`.
 */
async function goalsFolderOf(goals: GoalWorkspace, folder: vscode.WorkspaceFolder): Promise<string> {
  if (goalsFolderIsSet(folder.uri)) return goalsFolderSetting(folder.uri);
  await goals.whenReady();
  const root = folder.uri.path.replace(/\/*$/, '/');
  const relativePaths: string[] = [];
  for (const file of goals.goalFiles()) {
    if (!file.objective) continue;
    const uri = vscode.Uri.parse(file.uri);
    if (uri.scheme === folder.uri.scheme && uri.authority === folder.uri.authority && uri.path.startsWith(root)) relativePaths.push(uri.path.slice(root.length));
  }
  return existingGoalsFolder(relativePaths) ?? goalsFolderSetting(folder.uri);
}

/**
 * New Objective…: template, quarter and wording, then a new file
 * `<folder>/<goalsFolder>/<quarter or backlog>/<slug>.md` filled with the template as a
 * snippet so Tab walks through the parts to rewrite. `answers` ({folder, template, quarter,
 * objective}: the folder's uri, quarter `null` for the backlog) skip the prompts. Resolves to the new file's uri.
 */
export async function newObjective(goals: GoalWorkspace, clock: Clock, answers?: unknown): Promise<string | undefined> {
  const given = answersOf(answers);
  const folder = await pickFolder(given.folder);
  if (!folder) return undefined;
  const questions = new QuestionSequence();
  let template: ObjectiveTemplate | undefined;
  let quarter: string | null | undefined;
  let objective: string | undefined;
  try {
    template =
      typeof given.template === 'string'
        ? objectiveTemplates.find((candidate) => candidate.id === given.template)
        : await questions.choose(
            vscode.l10n.t('New Objective (1/3): kind of goal'),
            vscode.l10n.t('Pick a template to start from'),
            objectiveTemplates.map((choice) => ({ label: choice.label, description: choice.career.join(', '), detail: choice.description, value: choice })),
            { matchOnDetail: true },
          );
    if (!template) return undefined;
    quarter =
      given.quarter === null || (typeof given.quarter === 'string' && isQuarter(given.quarter))
        ? given.quarter
        : await questions.choose(
            vscode.l10n.t('New Objective (2/3): when'),
            vscode.l10n.t('Which quarter is this objective for?'),
            quarterChoices(clock.today()).map((choice) => ({ label: choice.label, description: choice.description, value: choice.quarter ?? null })),
          );
    if (quarter === undefined) return undefined;
    objective =
      typeof given.objective === 'string'
        ? given.objective
        : await questions.text(
            vscode.l10n.t('New Objective (3/3): objective'),
            vscode.l10n.t('What do you want to achieve? Your own words work best; the file is named after it.'),
            template.objective,
            (value) => (value.trim() ? undefined : vscode.l10n.t('An objective needs a few words.')),
          );
  } finally {
    questions.dispose();
  }
  if (!objective?.trim()) return undefined;

  const directory = vscode.Uri.joinPath(folder.uri, ...goalFolderSegments(await goalsFolderOf(goals, folder), quarter ?? undefined));
  const uri = await freeFileUri(directory, goalFileBaseName(objective));
  const create = new vscode.WorkspaceEdit();
  create.createFile(uri, { overwrite: false, ignoreIfExists: false });
  if (!(await vscode.workspace.applyEdit(create))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Growth Backlog: could not create {0}.', vscode.workspace.asRelativePath(uri)));
    return undefined;
  }
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  const snippet = templateToSnippet({ ...template, objective: objective.trim() }, quarter ? { quarter } : {});
  await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0));
  return uri.toString();
}
