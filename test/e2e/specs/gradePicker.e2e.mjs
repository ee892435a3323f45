// Grade Key Result… in the real command palette: the grade picker offers Clear grade for a
// graded key result (found by typing "clear" too), and choosing it takes the grade line out
// of the file and nothing else.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '../workbench.mjs';
import { until } from '../boardPage.mjs';

export async function gradePickerClearsAGrade(ctx) {
  const probePath = join(ctx.workspace, '2026-Q4', 'clear-probe.md');
  const probe = ['---', 'objective: Clear probe objective', 'quarter: 2026-Q4', 'key_results:', '  - id: clear-me', '    title: Clear probe key result 1', '    # graded with Sam', '    grade: 0.4', '    status: doing', '---', '', 'Notes.', ''].join('\n');
  writeFileSync(probePath, probe);
  try {
    const page = await ctx.openWorkbench({ viewport: { width: 1400, height: 900 } });
    const input = page.locator('.quick-input-widget .quick-input-box input');
    const row = (text) => page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: text }).first();
    // Right after start-up the palette may not list the extension's commands yet, nor the index the probe.
    await until(
      'the probe in Grade Key Result…',
      async () => {
        try {
          await runCommand(page, 'Growth Backlog: Grade Key Result…', { timeout: 5_000 });
          await input.fill('Clear probe key result');
          await row('Clear probe key result 1').waitFor({ state: 'visible', timeout: 5_000 });
          return true;
        } catch (error) {
          await page.keyboard.press('Escape');
          throw error;
        }
      },
      { timeout: 90_000, interval: 1_000 },
    );
    await page.keyboard.press('Enter');
    await row('Clear grade').waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal(await row('0.4').isVisible(), true, 'the grades are listed too');
    await input.fill('clear');
    await until('Clear grade as the only item', async () => (await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').count()) === 1);
    await page.keyboard.press('Enter');
    await until('the grade line gone from the file', () => readFileSync(probePath, 'utf8') === probe.replace('    grade: 0.4\n', ''));
  } finally {
    rmSync(probePath, { force: true });
  }
}
