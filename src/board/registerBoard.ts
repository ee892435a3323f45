import * as vscode from 'vscode';
import { commandIds, type GoalTarget } from '../commandIds.js';
import type { GrowthBacklogApi } from '../extensionApi.js';
import type { GoalWorkspace } from '../goalWorkspace/goalWorkspace.js';
import type { HostMessage } from '../protocol/boardProtocol.js';
import { completeWalkthroughStep } from '../walkthrough/completeStep.js';
import { BoardPanel, boardResourceRoots, boardViewType, type BoardModelForTests } from './boardPanel.js';

/** What the board exposes on `api.surfaces.board` for extension-host integration tests. */
export interface BoardSurface {
  isOpen(): boolean;
  model(): BoardModelForTests | undefined;
  /** Each message the open board posts to its webview, by type. */
  readonly onDidPost: vscode.Event<HostMessage['type']>;
}

/**
 * The Kanban board: one webview panel in the editor area (opened by `growthBacklog.openBoard`,
 * restored after a reload by the serializer). A second open reveals the existing panel.
 */
export function register(context: vscode.ExtensionContext, goals: GoalWorkspace, api: GrowthBacklogApi): void {
  const log = vscode.window.createOutputChannel('Growth Backlog Board', { log: true });
  let current: BoardPanel | undefined;
  let boards = 0;
  const posted = new vscode.EventEmitter<HostMessage['type']>();

  const adopt = (panel: vscode.WebviewPanel): BoardPanel => {
    const board = new BoardPanel(panel, goals, api.calendar, log, context.extensionUri, api.commits);
    current = board;
    // Until its first cards are posted the diagnostics' first pass leaves the host to the board.
    const paint = `board-${++boards}`;
    api.paints.paintStarted(paint);
    board.onDidPost((type) => {
      if (type === 'init') api.paints.paintFinished(paint);
      posted.fire(type);
    });
    board.onDidDispose(() => {
      api.paints.paintFinished(paint);
      if (current === board) current = undefined;
    });
    return board;
  };

  const surface: BoardSurface = {
    isOpen: () => current !== undefined,
    model: () => current?.modelForTests(),
    onDidPost: posted.event,
  };
  api.surfaces.board = surface;

  context.subscriptions.push(
    log,
    posted,
    { dispose: () => current?.dispose() },
    // From a goal file's code lens the command gets a GoalTarget: the board then shows that objective.
    vscode.commands.registerCommand(commandIds.openBoard, (target?: Partial<GoalTarget>) => {
      const uri = typeof target?.uri === 'string' ? target.uri : undefined;
      const board =
        current ??
        adopt(
          vscode.window.createWebviewPanel(boardViewType, vscode.l10n.t('Growth Board'), vscode.ViewColumn.Active, {
            enableScripts: true,
            localResourceRoots: boardResourceRoots(context.extensionUri),
          }),
        );
      board.reveal(uri);
      completeWalkthroughStep('boardOpened');
    }),
    vscode.window.registerWebviewPanelSerializer(boardViewType, {
      // Filters and scroll come back from the webview's own getState(); the host needs nothing.
      deserializeWebviewPanel: async (panel) => {
        if (current) {
          panel.dispose();
          return;
        }
        adopt(panel);
      },
    }),
  );
}
