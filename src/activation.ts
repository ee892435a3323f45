import type * as vscode from 'vscode';
import { register as registerBoard } from './board/registerBoard.js';
import { LocalCalendar } from './calendar/localCalendar.js';
import { CareerFrameworks } from './career/careerFrameworks.js';
import { register as registerCareer } from './career/registerCareer.js';
import { register as registerCommands } from './commands/registerCommands.js';
import { register as registerDiagnostics } from './diagnostics/registerDiagnostics.js';
import type { GrowthBacklogApi } from './extensionApi.js';
import { GoalWorkspace } from './goalWorkspace/goalWorkspace.js';
import type { HostPlatform } from './hostPlatform.js';
import { register as registerLenses } from './lenses/registerLenses.js';
import { disposeExtensionLog } from './log/extensionLog.js';
import { register as registerStatusBar } from './statusBar/registerStatusBar.js';
import { register as registerTree } from './tree/registerTree.js';

/**
 * Wires the surfaces to one shared goal index and one calendar, and nothing else: each
 * surface registers its own disposables. Indexing starts in the background so activation
 * returns at once. Both extension hosts' entry points call this with their platform.
 */
export function activateGrowthBacklog(context: vscode.ExtensionContext, platform: HostPlatform): GrowthBacklogApi {
  const activationStartedAt = performance.now();
  const goals = new GoalWorkspace(context.storageUri ?? context.globalStorageUri, platform);
  const calendar = new LocalCalendar();
  const careerFrameworks = new CareerFrameworks(platform.files);
  context.subscriptions.push(goals, calendar, careerFrameworks, { dispose: disposeExtensionLog });
  const api: GrowthBacklogApi = { goals, calendar, careerFrameworks, activationStartedAt, surfaces: { calendar: calendar.surfaceForTests } };
  for (const register of [registerTree, registerCommands, registerLenses, registerDiagnostics, registerStatusBar, registerBoard, registerCareer]) {
    register(context, goals, api);
  }
  void goals.whenReady();
  void careerFrameworks.whenReady();
  return api;
}
