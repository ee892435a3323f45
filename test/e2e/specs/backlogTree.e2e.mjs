// The Growth Backlog side bar as a user meets it: the activity-bar view with the current
// quarter open, one objective expanded to its key results and next steps, and its goal file
// opened at a key result by clicking the row. Saves media/screenshot-sidebar.png (README).
import { join } from 'node:path';
import { openActivityBarView, screenshot } from '../workbench.mjs';

const objectiveTitle = 'Own the webhook delivery service end to end';
const keyResultStart = 'Write 8 ready-to-estimate stories';

/** The tree row whose label starts with `text` (rows' aria-labels are "label, description"). */
function row(sidebar, text) {
  return sidebar.locator('.monaco-list-row', { has: sidebar.page().locator('.label-name', { hasText: text }) }).first();
}

/** Drags the side bar's right edge so rows show their descriptions (scores, tags) in full. */
async function widenSidebar(page, sidebar, by) {
  const box = await sidebar.boundingBox();
  if (!box) return;
  const y = box.y + box.height / 2;
  const x = box.x + box.width + 1;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + by / 2, y, { steps: 4 });
  await page.mouse.move(x + by, y, { steps: 4 });
  await page.mouse.up();
}

export async function backlogSidebarScreenshot(ctx) {
  const page = await ctx.openWorkbench({ viewport: { width: 1400, height: 900 } });
  // The view activates the extension, which indexes the goals: until then it says
  // "Indexing goal files…", and it must never say "No goal files yet" on the way.
  await page.evaluate(() => {
    const seen = (window.backlogWelcomeTexts = []);
    new MutationObserver(() => {
      const text = document.querySelector('.part.sidebar')?.textContent ?? '';
      for (const welcome of ['Indexing goal files', 'No goal files yet']) if (text.includes(welcome) && !seen.includes(welcome)) seen.push(welcome);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const sidebar = await openActivityBarView(page, 'Growth Backlog');

  // The current quarter (the sample's 2026-Q4) comes first and starts expanded.
  const quarter = row(sidebar, '2026-Q4');
  await quarter.waitFor({ state: 'visible', timeout: 30_000 });
  const firstLabel = await sidebar.locator('.monaco-list-row .label-name').first().innerText();
  if (!firstLabel.startsWith('2026-Q4')) throw new Error(`expected 2026-Q4 as the first row, got "${firstLabel}"`);
  await page.waitForFunction(
    () => [...document.querySelectorAll('.part.sidebar .monaco-list-row')].some((el) => el.getAttribute('aria-expanded') === 'true' && el.textContent.includes('2026-Q4')),
    undefined,
    { timeout: 10_000, polling: 200 },
  );

  const welcomes = await page.evaluate(() => window.backlogWelcomeTexts);
  if (welcomes.includes('No goal files yet')) throw new Error(`the view said "No goal files yet" on a workspace with goals (seen: ${welcomes.join(', ')})`);

  await widenSidebar(page, sidebar, 300);

  // Expanding an objective reads its body lazily: key results, then the `- [ ]` next steps.
  const objective = row(sidebar, objectiveTitle);
  await objective.waitFor({ state: 'visible', timeout: 10_000 });
  await objective.locator('.monaco-tl-twistie').click();
  const keyResult = row(sidebar, keyResultStart);
  await keyResult.waitFor({ state: 'visible', timeout: 10_000 });
  await row(sidebar, 'Rewrite the README').waitFor({ state: 'visible', timeout: 10_000 });

  // Clicking a key result opens its goal file at the key result's line.
  await keyResult.click();
  await page.locator('.tabs-container .tab.active', { hasText: 'own-webhook-delivery.md' }).waitFor({ state: 'visible', timeout: 20_000 });
  await page.waitForFunction(
    () => document.querySelector('.monaco-editor .current-line') !== null,
    undefined,
    { timeout: 10_000, polling: 200 },
  );

  // The status bar shows the current quarter's score.
  await page.locator('.part.statusbar .statusbar-item', { hasText: '2026-Q4' }).first().waitFor({ state: 'visible', timeout: 10_000 });

  // No hover tooltip over the rows, and no progress bar left from the last refresh.
  await page.mouse.move(1390, 450);
  await page.waitForFunction(
    () => !document.querySelector('.part.sidebar .monaco-progress-container.active, .part.activitybar .badge .codicon-loading'),
    undefined,
    { timeout: 20_000, polling: 200 },
  );
  await screenshot(page, join(ctx.projectRoot, 'media', 'screenshot-sidebar.png'));

  // The objective's tooltip (resolved on hover, with the last check-in) for a human look.
  await objective.locator('.label-name').hover();
  const hover = page.locator('.workbench-hover, .monaco-hover').filter({ hasText: 'Last check-in' }).first();
  await hover.waitFor({ state: 'visible', timeout: 15_000 });
  await screenshot(page, join(ctx.resultsDir, 'backlog-objective-tooltip.png'));
}
