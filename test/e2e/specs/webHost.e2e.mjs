// The board in the web worker extension host (VS Code for the Web): run by
// `scripts/run-integration.mjs --e2e --web`, which loads a copy of the extension whose manifest
// has `browser` and no `main`. A card dragged with the mouse and a grade typed on the board
// reach the goal file through workspace.fs, changing only what was asked.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertOnlyChange, cardByTitle, columnOf, dragCardTo, openBoard, until } from '../boardPage.mjs';

export async function boardDragAndGradeInTheWebWorkerHost(ctx) {
  const manifest = JSON.parse(readFileSync(join(ctx.extensionDir, 'package.json'), 'utf8'));
  assert.equal(manifest.main, undefined, 'the extension under test has no Node entry, so only the web worker host can run it');
  assert.ok(manifest.browser);

  const page = await ctx.openWorkbench({ viewport: { width: 1400, height: 900 } });
  const board = await openBoard(page);

  const designPath = join(ctx.workspace, '2026-Q4', 'explain-designs-clearly.md');
  const designBefore = readFileSync(designPath, 'utf8');
  const dragged = cardByTitle(board, 'Get 3 engineers from other teams');
  assert.equal(await columnOf(dragged), 'todo');
  const doneList = board.locator('.lane', { has: dragged }).locator('.card-list[data-column="done"]');
  await dragCardTo(page, dragged, doneList);
  await until('the dragged card in Done', async () => (await columnOf(dragged)) === 'done');
  const designAfter = await until('the file saved with status done', () => {
    const text = readFileSync(designPath, 'utf8');
    return text !== designBefore && text;
  });
  assertOnlyChange(designBefore, designAfter, {
    from: '  - id: design-doc-review\n    title: Get 3 engineers from other teams to comment on the retry-policy design doc by 30 November\n    status: todo\n',
    to: '  - id: design-doc-review\n    title: Get 3 engineers from other teams to comment on the retry-policy design doc by 30 November\n    status: done\n',
  });

  // An objective of the quarter the board shows, with no grade yet: its score becomes the new grade.
  const gradedPath = join(ctx.workspace, '2026-Q4', 'learn-opentelemetry-tracing.md');
  const gradedBefore = readFileSync(gradedPath, 'utf8');
  const gradedCard = cardByTitle(board, 'Finish an OpenTelemetry fundamentals course');
  await gradedCard.locator('.grade-chip').click();
  const field = board.locator('.grade-editor vscode-textfield');
  await field.waitFor({ state: 'visible' });
  await field.locator('input').fill('0.6');
  await page.keyboard.press('Enter');
  await until('the optimistic grade', async () => (await gradedCard.locator('.grade-chip').textContent()) === '0.6');
  const gradedAfter = await until('the grade saved', () => {
    const text = readFileSync(gradedPath, 'utf8');
    return text.includes('grade: 0.6') && text;
  });
  assert.equal(gradedAfter.replace(/\n\s+grade: 0\.6(?=\n)/, ''), gradedBefore, 'grading added one `grade:` line and changed nothing else');
  const lane = board.locator('.lane', { has: gradedCard });
  await until('the objective score at 0.6', async () => (await lane.locator('.lane-header .score-chip').textContent()) === '0.6');
}
