// Palette commands as a person drives them with the keyboard in a real VS Code.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { until } from '../boardPage.mjs';
import { runCommand } from '../workbench.mjs';

const quickInput = (page) => page.locator('.quick-input-widget');
const quickTitle = (page) => page.locator('.quick-input-widget .quick-input-title');
const quickRows = (page) => page.locator('.quick-input-widget .quick-input-list .monaco-list-row');

/** Opens Grade Key Result… and waits for its key result list. */
async function openGradePicker(page) {
  await until('the Grade Key Result picker', async () => {
    try {
      await runCommand(page, 'Growth Backlog: Grade Key Result…', { timeout: 5_000 });
      await until('its title', async () => (await quickTitle(page).textContent())?.includes('Grade Key Result'), { timeout: 5_000 });
      return true;
    } catch (error) {
      await page.keyboard.press('Escape');
      throw error;
    }
  }, { timeout: 60_000, interval: 1_000 });
  await quickRows(page).first().waitFor({ state: 'visible' });
}

/**
 * Typing a key result's exact id picks that key result, even when another objective's title
 * fuzzy-matches the same letters ("Run 6 fortnightly circle sessions" for `rfcs`), and even
 * when Enter follows the typing at once. Every row names its objective.
 */
export async function gradeKeyResultPicksTheTypedId(ctx) {
  const circlesPath = join(ctx.workspace, '2026-Q4', 'alpha-guild-probe.md');
  const writingPath = join(ctx.workspace, '2026-Q4', 'beta-writing-probe.md');
  const circles = ['---', 'objective: Alpha guild probe', 'quarter: 2026-Q4', 'key_results:', '  - id: circles', '    title: Run 6 fortnightly circle sessions', '    target: 6', '---', ''].join('\n');
  const writing = ['---', 'objective: Beta writing probe', 'quarter: 2026-Q4', 'key_results:', '  - id: rfcs', '    title: Write 2 RFCs for the platform team', '    target: 2', '---', ''].join('\n');
  writeFileSync(circlesPath, circles);
  writeFileSync(writingPath, writing);
  try {
    const page = await ctx.openWorkbench({ viewport: { width: 1400, height: 900 } });

    // 1. Type the id and press Enter straight away, as someone who knows the id does.
    await openGradePicker(page);
    await until('the probe key results in the list', async () => {
      await page.keyboard.type('circle');
      const found = (await quickRows(page).allInnerTexts()).some((text) => text.includes('Run 6 fortnightly circle sessions'));
      await page.locator('.quick-input-widget .quick-input-box input').fill('');
      return found;
    });
    await page.keyboard.type('rfcs');
    await page.keyboard.press('Enter');
    await until('the grade picker for the typed key result', async () => /^Grade "/.test((await quickTitle(page).textContent()) ?? ''));
    assert.equal(await quickTitle(page).textContent(), 'Grade "Write 2 RFCs for the platform team"');
    await page.keyboard.type('0.7');
    await page.keyboard.press('Enter');
    // Saving can wait on the workbench's save participants for a while on a loaded machine.
    await until('the grade on disk', () => readFileSync(writingPath, 'utf8').includes('grade: 0.7'), { timeout: 60_000 });
    assert.equal(readFileSync(writingPath, 'utf8'), writing.replace('    target: 2\n', '    target: 2\n    grade: 0.7\n'));
    assert.equal(readFileSync(circlesPath, 'utf8'), circles, 'the other objective is untouched');

    // 2. The list itself: the exact id on top, in its own group, naming its objective.
    await openGradePicker(page);
    await page.keyboard.type('rfcs');
    await until('the id match on top', async () => (await quickRows(page).first().innerText()).includes('Write 2 RFCs for the platform team'));
    const first = await quickRows(page).first().innerText();
    assert.match(first, /Matching key result id/);
    assert.match(first, /rfcs · todo · grade 0\.7/);
    assert.match(first, /Beta writing probe/);
    const texts = await quickRows(page).allInnerTexts();
    assert.ok(texts.some((text) => text.includes('Run 6 fortnightly circle sessions') && text.includes('Alpha guild probe')), texts.join(' | '));
    await page.keyboard.press('Escape');
    await quickInput(page).waitFor({ state: 'hidden' });
  } finally {
    rmSync(circlesPath, { force: true });
    rmSync(writingPath, { force: true });
  }
}
