import * as vscode from 'vscode';
import { commandIds } from '../commandIds.js';
import { isQuarter } from '../core/quarter.js';
import type { GrowthBacklogApi } from '../extensionApi.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import type { ReviewViewModel } from '../protocol/reviewProtocol.js';
import { exportQuarterReview } from './exportReview.js';
import { ReviewPanel, reviewResourceRoots, reviewViewType } from './reviewPanel.js';
import { firstReviewQuarter } from './workspaceReview.js';

/** What the review exposes on `api.surfaces.review` for extension-host integration tests. */
export interface ReviewSurface {
  isOpen(): boolean;
  /** The model last posted to the webview. */
  model(): ReviewViewModel | undefined;
  /** The goal file behind an objective or key result id of the open panel. */
  uriOf(id: string): string | undefined;
  /** Hands a message to the open panel as its webview would (validated the same way). */
  receive(message: unknown): Promise<void>;
}

function quarterOf(argument: unknown): string | undefined {
  const quarter = (argument as { quarter?: unknown } | undefined)?.quarter;
  return typeof quarter === 'string' && isQuarter(quarter) ? quarter : undefined;
}

/**
 * The Quarter Review: one webview panel (Open Quarter Review, `{ quarter }` to choose one;
 * restored after a reload by the serializer) and Export Quarter Review….
 */
export function register(context: vscode.ExtensionContext, goals: GoalWorkspace, api: GrowthBacklogApi): void {
  const log = vscode.window.createOutputChannel('Growth Backlog Review', { log: true });
  let current: ReviewPanel | undefined;

  const adopt = (panel: vscode.WebviewPanel, quarter: string): ReviewPanel => {
    const review = new ReviewPanel(panel, goals, api.calendar, log, context.extensionUri, quarter);
    current = review;
    review.onDidDispose(() => {
      if (current === review) current = undefined;
    });
    return review;
  };

  const surface: ReviewSurface = {
    isOpen: () => current !== undefined,
    model: () => current?.modelForTests(),
    uriOf: (id) => current?.uriOf(id),
    receive: async (message) => current?.receive(message),
  };
  api.surfaces.review = surface;

  context.subscriptions.push(
    log,
    { dispose: () => current?.dispose() },
    vscode.commands.registerCommand(commandIds.openQuarterReview, async (argument?: unknown) => {
      const quarter = quarterOf(argument) ?? current?.currentQuarter ?? (await firstReviewQuarter(goals, api.calendar.today()));
      if (current) return current.show(quarter);
      const panel = vscode.window.createWebviewPanel(reviewViewType, vscode.l10n.t('Quarter Review {0}', quarter), vscode.ViewColumn.Active, {
        enableScripts: true,
        retainContextWhenHidden: false,
        localResourceRoots: reviewResourceRoots(context.extensionUri),
      });
      adopt(panel, quarter);
    }),
    vscode.commands.registerCommand(commandIds.exportQuarterReview, (argument?: unknown, answers?: unknown) => exportQuarterReview(goals, api.calendar, argument, answers)),
    vscode.window.registerWebviewPanelSerializer(reviewViewType, {
      deserializeWebviewPanel: async (panel, state: unknown) => {
        if (current) {
          panel.dispose();
          return;
        }
        adopt(panel, quarterOf(state) ?? (await firstReviewQuarter(goals, api.calendar.today())));
      },
    }),
  );
}
