// Baseline UI spec: the workbench opens on the temp copy of examples/goals, the Explorer
// shows its files, and a screenshot lands in test-results/workbench.png for a human look.
import { basename, join } from 'node:path';
import { openActivityBarView, screenshot } from '../workbench.mjs';

export async function workbenchOpensOnWorkspace(ctx) {
  const page = await ctx.openWorkbench();
  const sidebar = await openActivityBarView(page, 'Explorer');
  // The Explorer's folder section is titled with the workspace folder's name.
  const folder = basename(ctx.workspace);
  await sidebar.locator('.pane-header', { hasText: new RegExp(`^${folder}$`, 'i') }).first()
    .waitFor({ state: 'visible', timeout: 20_000 });
  await sidebar.locator('.explorer-folders-view .monaco-list-row').first()
    .waitFor({ state: 'visible', timeout: 20_000 });
  await screenshot(page, join(ctx.resultsDir, 'workbench.png'));
}
