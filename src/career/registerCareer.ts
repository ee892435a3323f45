import * as vscode from 'vscode';
import { commandIds } from '../commandIds.js';
import type { GrowthBacklogApi } from '../extensionApi.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { showCareerEvidence } from './careerEvidenceCommand.js';
import { CareerCompletionProvider, CareerHoverProvider, CareerIdQuickFixProvider } from './careerLanguageFeatures.js';
import { publishFrameworkDiagnostics } from './frameworkDiagnostics.js';

/** The career framework in the editor: completion and hover in `career:`, the unknown-id quick fix, the framework's own problems, Career Evidence. */
export function register(context: vscode.ExtensionContext, goals: GoalWorkspace, api: GrowthBacklogApi): void {
  const frameworks = api.careerFrameworks;
  const markdown = { language: 'markdown' };
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(markdown, new CareerCompletionProvider(frameworks), '[', ',', ' '),
    vscode.languages.registerHoverProvider(markdown, new CareerHoverProvider(frameworks)),
    vscode.languages.registerCodeActionsProvider(markdown, new CareerIdQuickFixProvider(frameworks, goals), CareerIdQuickFixProvider.metadata),
    publishFrameworkDiagnostics(frameworks),
    vscode.commands.registerCommand(commandIds.careerEvidence, () => showCareerEvidence(goals, frameworks)),
  );
}
