// Code lenses and hints on a goal file as a user sees them: the summary and Open Board above
// the objective, status with Grade… and a one-click move above each key result, and the
// Information squiggles of the coaching hints. Saves media/screenshot-lenses.png (README).
import { join } from 'node:path';
import { openFile, screenshot, waitForCodeLenses } from '../workbench.mjs';

export async function codeLensesScreenshot(ctx) {
  const page = await ctx.openWorkbench({ viewport: { width: 1400, height: 900 } });
  await openFile(page, '2026-Q4/own-webhook-delivery.md');
  const texts = await waitForCodeLenses(page, { min: 3, timeout: 30_000 });
  // Lenses render in stages; wait until the objective summary and a key-result action are both there.
  await page.waitForFunction(
    () => {
      const text = [...document.querySelectorAll('.monaco-editor .codelens-decoration')].map((el) => el.textContent).join('\n');
      return /Score [\d.–]+(?: \(\d+ of \d+ graded\))? · \d+ KRs? · /.test(text) && text.includes('Open Board') && text.includes('Grade…');
    },
    undefined,
    { timeout: 20_000, polling: 200 },
  );
  if (!texts.some((text) => text.includes('·'))) throw new Error(`unexpected lens texts: ${texts.join(' | ')}`);
  // Keep the mouse away from the text so no hover covers the lenses.
  await page.mouse.move(1390, 880);
  await screenshot(page, join(ctx.projectRoot, 'media', 'screenshot-lenses.png'));
}
