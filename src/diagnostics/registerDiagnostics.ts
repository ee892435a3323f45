import * as vscode from 'vscode';
import type { GrowthBacklogApi } from '../extensionApi.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { GoalDiagnosticsPublisher } from './goalDiagnosticsPublisher.js';
import { GoalQuickFixProvider } from './quickFixProvider.js';

/** What integration tests read through `api.surfaces.diagnostics`. */
export interface DiagnosticsSurface {
  /** The files whose diagnostics were set, after each pass that set any. */
  readonly onDidPublish: vscode.Event<readonly string[]>;
}

const hintSettings = ['growthBacklog.checkInReminderDays', 'growthBacklog.maxObjectivesPerQuarter', 'growthBacklog.maxKeyResultsPerObjective', 'growthBacklog.hints'];

/** Problems for goal files (format errors, body warnings, coaching hints) and their quick fixes. */
export function register(context: vscode.ExtensionContext, goals: GoalWorkspace, api: GrowthBacklogApi): void {
  const publisher = new GoalDiagnosticsPublisher(goals, api.calendar, api.careerFrameworks, api.paints);
  context.subscriptions.push(
    publisher,
    goals.onDidChange(() => {
      api.paints.surfacesRepaint();
      void publisher.schedule();
    }),
    // Check-in reminders and quarter limits count from today.
    api.calendar.onDidChangeDay(() => void publisher.schedule()),
    // Unknown career ids depend on the framework file, edited or replaced at any time.
    api.careerFrameworks.onDidChange(() => void publisher.schedule()),
    // Opening a file makes its ranges exact; the hints depend on these settings.
    vscode.workspace.onDidOpenTextDocument(() => void publisher.schedule()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (hintSettings.some((section) => event.affectsConfiguration(section))) void publisher.schedule();
    }),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new GoalQuickFixProvider(), GoalQuickFixProvider.metadata),
  );
  // The cache restores parse results without change events: the first pass covers every file.
  void goals.whenReady().then(() => {
    api.paints.surfacesRepaint();
    return publisher.schedule();
  });
  const surface: DiagnosticsSurface = { onDidPublish: publisher.onDidPublish };
  api.surfaces.diagnostics = surface;
}
