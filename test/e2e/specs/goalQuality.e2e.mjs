// Goal quality as a user sees it: a hint in the Problems panel that goes away when the file
// silences it, and the suggested grade offered first in Grade… (from the code lens) and in
// the board's grade editor.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cardByTitle, openBoard, until } from '../boardPage.mjs';
import { openFile, runCommand, screenshot } from '../workbench.mjs';

const vagueGoal = `---
objective: Get closer to the product side
quarter: 2030-Q1
career: [collaboration]
key_results:
  - id: product-sense
    title: Understand the payments domain
---
- [ ] Ask Lena for the product roadmap
`;

export async function hintsInProblemsPanel(ctx) {
  const folder = join(ctx.workspace, 'e2e-hints');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'product-side.md');
  writeFileSync(path, vagueGoal);
  const page = await ctx.openWorkbench();
  await openFile(page, 'e2e-hints/product-side.md');
  await runCommand(page, 'View: Focus Problems');
  // The sample's own hints fill the list, which only renders what is in view: filter to this file.
  const filter = page.locator('.panel input[placeholder^="Filter"]').first();
  await filter.waitFor({ state: 'visible', timeout: 15_000 });
  await filter.fill('product-side');
  const problems = page.locator('.markers-panel .monaco-list-row');
  const hint = problems.filter({ hasText: 'has nothing to measure' });
  await hint.first().waitFor({ state: 'visible', timeout: 30_000 });
  const text = await hint.first().innerText();
  if (!text.includes('product-sense')) throw new Error(`unexpected hint row: ${text}`);
  await screenshot(page, join(ctx.resultsDir, 'hints-problems.png'));

  writeFileSync(path, readFileSync(path, 'utf8').replace('    title: Understand the payments domain\n', '    title: Understand the payments domain\n    silence: [no-measurable-target]\n'));
  await until('the silenced hint to leave the Problems panel', async () => (await hint.count()) === 0, { timeout: 30_000 });
}

export async function suggestedGradeOfferedFirst(ctx) {
  const page = await ctx.openWorkbench();
  // "Present something I built at 2 sprint demos": target 2, current 1, not graded.
  await openFile(page, '2026-Q4/explain-designs-clearly.md');
  const lens = page.locator('.monaco-editor .codelens-decoration a', { hasText: 'Grade… (suggested 0.5)' }).first();
  await lens.waitFor({ state: 'visible', timeout: 30_000 });
  await lens.click();
  const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  await rows.first().waitFor({ state: 'visible', timeout: 15_000 });
  const first = await rows.first().innerText();
  if (!/0\.5 — progress \(yellow\)/.test(first) || !first.includes('suggested from progress 50 %')) throw new Error(`the first grade is not the suggestion: ${first}`);
  await screenshot(page, join(ctx.resultsDir, 'suggested-grade-picker.png'));
  await page.keyboard.press('Escape');

  const board = await openBoard(page);
  const card = cardByTitle(board, 'Present something I built at 2 sprint demos');
  await card.locator('.grade-chip').click();
  const suggestion = board.locator('.grade-editor .grade-suggestion');
  await suggestion.waitFor({ state: 'visible', timeout: 10_000 });
  const label = await suggestion.textContent();
  if (label !== 'Suggested 0.5') throw new Error(`unexpected suggestion: ${label}`);
  await page.keyboard.press('Escape');
}
