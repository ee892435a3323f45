import * as vscode from 'vscode';
import { register as registerBoard } from './board/registerBoard.js';
import { LocalCalendar } from './calendar/localCalendar.js';
import { CareerFrameworks } from './career/careerFrameworks.js';
import { register as registerCareer } from './career/registerCareer.js';
import { register as registerCommands } from './commands/registerCommands.js';
import { PassSchedule } from './diagnostics/passSchedule.js';
import { register as registerDiagnostics } from './diagnostics/registerDiagnostics.js';
import type { GrowthBacklogApi } from './extensionApi.js';
import { register as registerGit } from './git/registerGit.js';
import { WorkspaceCommits } from './git/workspaceCommits.js';
import { GoalWorkspace } from './goalWorkspace/goalWorkspace.js';
import type { HostPlatform } from './hostPlatform.js';
import { register as registerLenses } from './lenses/registerLenses.js';
import { register as registerPrep } from './prep/registerPrep.js';
import { register as registerReview } from './review/registerReview.js';
import { disposeExtensionLog, extensionLog } from './log/extensionLog.js';
import { configureCoreL10n } from './localisation/configureCoreL10n.js';
import { register as registerStatusBar } from './statusBar/registerStatusBar.js';
import { register as registerTree } from './tree/registerTree.js';

/**
 * Wires the surfaces to one shared goal index and one calendar, and nothing else: each
 * surface registers its own disposables. Indexing starts in the background so activation
 * returns at once. Both extension hosts' entry points call this with their platform.
 */
export function activateGrowthBacklog(context: vscode.ExtensionContext, platform: HostPlatform): GrowthBacklogApi {
  const activationStartedAt = performance.now();
  // Before anything reads a goal file: diagnostics and hints are worded as they are made.
  configureCoreL10n(vscode.l10n.bundle);
  const goals = new GoalWorkspace(context.storageUri ?? context.globalStorageUri, platform);
  const calendar = new LocalCalendar(context.extensionMode);
  const careerFrameworks = new CareerFrameworks(platform.files, goals.folders);
  // Commits come through the built-in Git extension; in a host without it there are none.
  const commits = new WorkspaceCommits(goals, extensionLog);
  context.subscriptions.push(goals, calendar, careerFrameworks, commits, { dispose: disposeExtensionLog });
  const paints = new PassSchedule(() => performance.now());
  const api: GrowthBacklogApi = { goals, calendar, careerFrameworks, commits, activationStartedAt, paints, surfaces: calendar.surfaceForTests ? { calendar: calendar.surfaceForTests } : {} };
  for (const register of [registerTree, registerCommands, registerLenses, registerDiagnostics, registerStatusBar, registerBoard, registerCareer, registerGit, registerPrep, registerReview]) {
    register(context, goals, api);
  }
  // Commits and the career framework (a workspace search, a watcher, a file read) wait for the
  // first index: while the Backlog's first rows are on their way, they only compete with them.
  const afterFirstIndex = goals.whenReady().catch(() => undefined);
  void afterFirstIndex.then(() => commits.start());
  void afterFirstIndex.then(() => careerFrameworks.whenReady());
  return api;
}
