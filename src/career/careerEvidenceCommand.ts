import * as vscode from 'vscode';
import { renderCareerEvidenceMarkdown, type EvidenceGoal } from '../core/careerEvidence.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import type { CareerFrameworks } from './careerFrameworks.js';

/**
 * Career Evidence: the objectives behind every competency of the framework, as a Markdown
 * document opened beside the goals (untitled: save it where you keep 1:1 notes). One section
 * per framework in a multi-root workspace. Resolves to the Markdown, or undefined without a framework.
 */
export async function showCareerEvidence(goals: GoalWorkspace, frameworks: CareerFrameworks): Promise<string | undefined> {
  await Promise.all([goals.whenReady(), frameworks.whenReady()]);
  const loaded = frameworks.all();
  if (loaded.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Growth Backlog: no career framework found. Add a career-framework.md (see the goal format docs) or point growthBacklog.careerFramework at yours.'));
    return undefined;
  }
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const entries: { framework: (typeof loaded)[number]; goal: EvidenceGoal }[] = [];
  for (const file of goals.goalFiles()) {
    if (!file.objective) continue;
    const framework = frameworks.forUri(file.uri);
    if (!framework) continue;
    const path = vscode.workspace.asRelativePath(vscode.Uri.parse(file.uri), multiRoot);
    entries.push({ framework, goal: { file: path, objective: file.objective, ...(file.body ? { body: file.body } : {}) } });
  }
  const markdown = loaded
    .map((framework) =>
      renderCareerEvidenceMarkdown(
        framework.framework,
        entries.filter((entry) => entry.framework === framework).map((entry) => entry.goal),
        vscode.workspace.asRelativePath(framework.uri, multiRoot),
      ),
    )
    .join('\n---\n\n');
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  await vscode.window.showTextDocument(document, { preview: false });
  return markdown;
}
