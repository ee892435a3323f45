// The board surface in a real extension host: the command opens one webview panel, its
// model mirrors the index with the file behind every card, and a second open reveals the
// same panel. The drag/keyboard/grade flows are driven through the UI in test/e2e.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BoardSurface } from '../../src/board/registerBoard';
import { indexedExtension } from './indexedExtension';

async function until<T>(what: string, check: () => T | undefined | false, timeout = 15_000): Promise<T> {
  const started = Date.now();
  while (Date.now() - started < timeout) {
    const value = check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export function register(): void {
  describe('board', () => {
    let board: BoardSurface;

    before(async () => {
      const api = await indexedExtension();
      board = api.surfaces.board as BoardSurface;
      assert.ok(board, 'the board exposes its surface');
    });

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('opens one panel whose model has a card per key result, with its file', async () => {
      await vscode.commands.executeCommand('growthBacklog.openBoard');
      assert.equal(board.isOpen(), true);
      const model = await until('cards on the board', () => {
        const current = board.model();
        return current && current.cards.length > 0 ? current : undefined;
      });
      const course = model.cards.find((card) => card.keyResultId === 'course');
      assert.ok(course, 'the tracing course KR is a card');
      assert.match(course.uri, /learn-opentelemetry-tracing\.md$/);
      assert.equal(course.status, 'done');
      assert.match(course.id, /^c\d+$/);
      const objective = model.objectives.find((candidate) => candidate.id === course.objectiveId);
      assert.equal(objective?.title, 'Become fluent in distributed tracing with OpenTelemetry');
      assert.equal(objective?.uri, course.uri);
    });

    it('posts the shown quarter first, and the other quarters once the webview has its first cards on screen', async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await until('the panel to close', () => !board.isOpen());
      const events: string[] = [];
      const subscriptions = [board.onDidPost((type) => events.push(type)), board.onDidShowFirstCards(() => events.push('firstCardsShown'))];
      try {
        await vscode.commands.executeCommand('growthBacklog.openBoard');
        await until('the other quarters posted', () => events.includes('patch'));
        // The sample goals span three quarters: init carries the current one, the patch the others.
        assert.deepEqual(events.slice(0, 4), ['strings', 'init', 'firstCardsShown', 'patch']);
      } finally {
        subscriptions.forEach((subscription) => subscription.dispose());
      }
    });

    it('reveals the same panel on a second open', async () => {
      const before = board.model()?.cards.map((card) => card.id);
      await vscode.commands.executeCommand('growthBacklog.openBoard');
      assert.deepEqual(board.model()?.cards.map((card) => card.id), before, 'same panel, same ids');
    });

    it('opens at a goal file when given a GoalTarget (the code lens does)', async () => {
      const course = board.model()?.cards.find((card) => card.keyResultId === 'course');
      assert.ok(course);
      await vscode.commands.executeCommand('growthBacklog.openBoard', { uri: course.uri });
      assert.equal(board.isOpen(), true);
      // Junk from other callers is ignored rather than trusted.
      await vscode.commands.executeCommand('growthBacklog.openBoard', { uri: 42 });
      assert.equal(board.isOpen(), true);
    });

    it('sends a changed check-in reminder setting to the open board', async () => {
      await until('the board ready with the default reminder', () => board.model()?.reminderDays === 14);
      const config = vscode.workspace.getConfiguration('growthBacklog');
      try {
        await config.update('checkInReminderDays', 30, vscode.ConfigurationTarget.Workspace);
        await until('the board to get 30 days', () => board.model()?.reminderDays === 30);
      } finally {
        await config.update('checkInReminderDays', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await until('the board back at 14 days', () => board.model()?.reminderDays === 14);
    });

    it('is closed when its panel is closed', async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await until('the panel to close', () => !board.isOpen());
    });
  });
}
