import * as vscode from 'vscode';
import { commandIds } from '../commandIds.js';
import { formatScore } from '../core/scoring.js';
import type { GrowthBacklogApi } from '../extensionApi.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import { bandColors } from '../tree/backlogRows.js';
import { markdownTooltip } from '../tree/markdownTooltip.js';
import { quarterStatus, type QuarterStatus } from './quarterStatus.js';

/** What integration tests read through `api.surfaces.statusBar`. */
export interface StatusBarSurface {
  readonly visible: boolean;
  readonly status: QuarterStatus | undefined;
  /** Fires after each update of the item. */
  readonly onDidUpdate: vscode.Event<void>;
}

/** The current quarter's score in the status bar; hidden while that quarter has no objectives. */
export function register(context: vscode.ExtensionContext, goals: GoalWorkspace, api: GrowthBacklogApi): void {
  // Low priority: a glanceable number that yields its place to the editor's own items.
  const item = vscode.window.createStatusBarItem('growthBacklog.quarterScore', vscode.StatusBarAlignment.Left, -100);
  item.name = vscode.l10n.t('Growth Backlog: Quarter Score');
  item.command = commandIds.openBoard;
  let status: QuarterStatus | undefined;
  const updated = new vscode.EventEmitter<void>();

  const update = (): void => {
    status = quarterStatus(
      goals.index.objectives().map((entry) => entry.objective),
      api.calendar.today(),
    );
    if (!status) {
      item.hide();
      updated.fire();
      return;
    }
    item.text = status.text;
    item.color = status.band ? new vscode.ThemeColor(bandColors[status.band]) : undefined;
    item.tooltip = markdownTooltip(status.tooltip);
    item.accessibilityInformation = {
      label: status.gradedNote
        ? vscode.l10n.t('Growth Backlog: {0} score {1}, {2}. Open the board.', status.quarter, formatScore(status.score), status.gradedNote)
        : vscode.l10n.t('Growth Backlog: {0} score {1}. Open the board.', status.quarter, formatScore(status.score)),
    };
    item.show();
    updated.fire();
  };

  // A new day may begin a new quarter.
  context.subscriptions.push(item, updated, goals.onDidChange(update), api.calendar.onDidChangeDay(update));
  update();

  const surface: StatusBarSurface = {
    get visible() {
      return status !== undefined;
    },
    get status() {
      return status;
    },
    onDidUpdate: updated.event,
  };
  api.surfaces.statusBar = surface;
}
