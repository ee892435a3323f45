// The board webview as the UI specs and the live-update benchmark drive it.
import { boardFrame, runCommand } from './workbench.mjs';

/** Polls `check` (sync or async) until it returns a truthy value; throws with `what` after `timeout`. */
export async function until(what, check, { timeout = 15_000, interval = 100 } = {}) {
  const started = Date.now();
  let last;
  while (Date.now() - started < timeout) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

export async function openBoard(page) {
  // Right after start-up the palette may not list the development extension's commands yet.
  await until('the Open Board command', async () => {
    try {
      await runCommand(page, 'Growth Backlog: Open Board', { timeout: 5_000 });
      return true;
    } catch (error) {
      await page.keyboard.press('Escape');
      throw error;
    }
  }, { timeout: 60_000, interval: 1_000 });
  const board = boardFrame(page);
  await board.locator('.card').first().waitFor({ state: 'visible', timeout: 30_000 });
  return board;
}

/** The card whose title contains `text` (cards are keyed by opaque ids, so tests find them by title). */
export function cardByTitle(board, text) {
  return board.locator('.card', { has: board.locator('.card-title', { hasText: text }) });
}

export async function columnOf(card) {
  return card.evaluate((element) => element.parentElement?.dataset.column);
}

/** The board's document as a Frame (for evaluate), found by its root element. */
export async function boardDocument(page) {
  return until('the board frame', async () => {
    for (const frame of page.frames()) {
      if (await frame.$('#board-root').catch(() => null)) return frame;
    }
    return undefined;
  });
}
