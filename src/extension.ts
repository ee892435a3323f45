import type * as vscode from 'vscode';
import { register as registerBoard } from './board/registerBoard.js';
import { LocalCalendar } from './calendar/localCalendar.js';
import { register as registerCommands } from './commands/registerCommands.js';
import { register as registerDiagnostics } from './diagnostics/registerDiagnostics.js';
import type { GrowthBacklogApi } from './extensionApi.js';
import { GoalWorkspace } from './goalWorkspace/goalWorkspace.js';
import { register as registerLenses } from './lenses/registerLenses.js';
import { disposeExtensionLog } from './log/extensionLog.js';
import { register as registerStatusBar } from './statusBar/registerStatusBar.js';
import { register as registerTree } from './tree/registerTree.js';

/**
 * Wires the surfaces to one shared goal index and one calendar, and nothing else: each
 * surface registers its own disposables. Indexing starts in the background so activation
 * returns at once.
 */
export function activate(context: vscode.ExtensionContext): GrowthBacklogApi {
  const activationStartedAt = performance.now();
  const goals = new GoalWorkspace(context.storageUri ?? context.globalStorageUri);
  const calendar = new LocalCalendar();
  context.subscriptions.push(goals, calendar);
  const api: GrowthBacklogApi = { goals, calendar, activationStartedAt, surfaces: { calendar: calendar.surfaceForTests } };
  for (const register of [registerTree, registerCommands, registerLenses, registerDiagnostics, registerStatusBar, registerBoard]) {
    register(context, goals, api);
  }
  void goals.whenReady();
  return api;
}

export function deactivate(): void {
  // Everything else is disposed through context.subscriptions.
  disposeExtensionLog();
}
