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
  /** The open board's webview has the first cards of an `init` on screen (it said so). */
  readonly onDidShowFirstCards: vscode.Event<void>;
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
  const firstCardsShown = new vscode.EventEmitter<void>();

  const adopt = (panel: vscode.WebviewPanel): BoardPanel => {
    const board = new BoardPanel(panel, goals, api.calendar, log, context.extensionUri, api.commits);
    current = board;
    // Until its first cards are on screen the diagnostics' first pass leaves the host, and the
    // window's renderer that carries the host's messages to the webview, to the board. (Ended
    // at the post, the pass's markers for 2,000 files held the `init` up in the renderer for
    // some 2 s of a cold start in npm run bench:start.) A webview that never paints is capped by the schedule.
    const paint = `board-${++boards}`;
    api.paints.paintStarted(paint);
    board.onDidShowFirstCards(() => {
      api.paints.paintFinished(paint);
      firstCardsShown.fire();
    });
    board.onDidPost((type) => posted.fire(type));
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
    onDidShowFirstCards: firstCardsShown.event,
  };
  api.surfaces.board = surface;

  context.subscriptions.push(
    log,
    posted,
    firstCardsShown,
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
