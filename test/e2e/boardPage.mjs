// The board webview as the UI specs and the live-update benchmark drive it.
import assert from 'node:assert/strict';
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

/** Drags a card with the real mouse onto the bottom of a column's list, as a user would. */
export async function dragCardTo(page, card, list) {
  await card.scrollIntoViewIfNeeded();
  const from = await card.boundingBox();
  const to = await list.boundingBox();
  assert.ok(from && to, 'the card and the target column are on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + 12);
  await page.mouse.down();
  // A small first move starts SortableJS's drag; the long one carries the card over.
  await page.mouse.move(from.x + from.width / 2 + 20, from.y + 20, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height - 8, { steps: 12 });
  // On a loaded machine SortableJS can still be on the path's earlier pointer events, or the
  // layout can move under the pointer (a drop once landed in Doing on the way to Done): keep
  // the pointer moving over the target, measured afresh, until the card's placeholder (the
  // ghost) sits in that list, then let go.
  for (let i = 0; i < 60 && (await list.locator('.card.card-ghost').count()) === 0; i++) {
    const box = (await list.boundingBox()) ?? to;
    await page.mouse.move(box.x + box.width / 2 + (i % 2 ? 4 : -4), box.y + box.height - 8, { steps: 2 });
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await page.mouse.up();
}

/** Asserts that the file is byte for byte `before` with one exact piece of text replaced. */
export function assertOnlyChange(before, after, { from, to }) {
  assert.ok(before.includes(from), `the fixture contains ${JSON.stringify(from)}`);
  const expected = before.replace(from, to);
  assert.equal(Buffer.compare(Buffer.from(after), Buffer.from(expected)), 0, `file differs from expected:\n${after}`);
}
