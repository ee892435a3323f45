import * as vscode from 'vscode';
import type { GrowthBacklogApi } from '../extensionApi.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { GoalDiagnosticsPublisher } from './goalDiagnosticsPublisher.js';
import { GoalQuickFixProvider } from './quickFixProvider.js';

const hintSettings = ['growthBacklog.checkInReminderDays', 'growthBacklog.maxObjectivesPerQuarter', 'growthBacklog.maxKeyResultsPerObjective', 'growthBacklog.hints'];

/** Problems for goal files (format errors, body warnings, coaching hints) and their quick fixes. */
export function register(context: vscode.ExtensionContext, goals: GoalWorkspace, api: GrowthBacklogApi): void {
  const publisher = new GoalDiagnosticsPublisher(goals, api.calendar, api.careerFrameworks);
  context.subscriptions.push(
    publisher,
    goals.onDidChange((uris) => void publisher.schedule(uris)),
    // Check-in reminders and quarter limits count from today. Bodies are cached, so a pass is cheap.
    api.calendar.onDidChangeDay(() => void publisher.schedule()),
    // Unknown career ids depend on the framework file, edited or replaced at any time.
    api.careerFrameworks.onDidChange(() => void publisher.schedule()),
    // Opening a file makes its ranges exact; the hints depend on these settings.
    vscode.workspace.onDidOpenTextDocument((document) => void publisher.schedule([document.uri.toString()])),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (hintSettings.some((section) => event.affectsConfiguration(section))) void publisher.schedule();
    }),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new GoalQuickFixProvider(), GoalQuickFixProvider.metadata),
  );
  // The cache restores parse results without change events: the first pass covers every file.
  void goals.whenReady().then(() => publisher.schedule());
}
