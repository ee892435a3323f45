// The Get Started walkthrough as a new user meets it: four steps, each ticked only once the
// user has done it (a cancelled Grade… ticks nothing), whether through the step's button or
// the command palette. Saves media/screenshot-walkthrough.png (README). It creates a goal
// file in the workspace, so it runs last.
import { join } from 'node:path';
import { runCommand, screenshot } from '../workbench.mjs';

// The walkthrough's own page (not the Welcome overview next to it in the same editor).
const stepSelector = (id) => `.gettingStarted.showDetails .getting-started-step[data-step-id="growth-backlog.growth-backlog#gettingStarted#${id}"]`;

/** The quick input titled `title`, once it is shown and has the keyboard (keys sent earlier land elsewhere). */
async function quickInput(page, title) {
  const widget = page.locator('.quick-input-widget', { has: page.locator('.quick-input-title', { hasText: title }) });
  await widget.waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForFunction(() => Boolean(document.activeElement?.closest('.quick-input-widget')), undefined, { timeout: 30_000, polling: 100 });
  return widget;
}

/**
 * Picks the row that shows `filter` (typed into the quick pick titled `title`): waiting for that
 * row, not any row, keeps Enter off the list of the question before.
 */
async function pick(page, title, filter) {
  const widget = await quickInput(page, title);
  // The box has focus; typing is what a user does (fill() waits on an element VS Code re-creates).
  if (filter !== undefined) await page.keyboard.type(filter);
  // Enter accepts the focused row; while the list re-filters there may be none for a moment.
  const focused = widget.locator('.quick-input-list .monaco-list-row.focused');
  await (filter === undefined ? focused : focused.filter({ hasText: filter })).first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.keyboard.press('Enter');
}

/** Answers the input box titled `title` with `value` (or what it proposes). */
async function type(page, title, value) {
  await quickInput(page, title);
  if (value !== undefined) {
    await page.keyboard.press('Control+A');
    await page.keyboard.type(value);
  }
  await page.keyboard.press('Enter');
}

/** Brings the Welcome editor forward and, if it shows its overview, opens our walkthrough from there. */
async function showWalkthrough(page) {
  const tab = page.locator('.tabs-container .tab', { hasText: /Welcome|Walkthrough/ }).first();
  if (!(await tab.evaluate((el) => el.classList.contains('active')))) await tab.click();
  const overview = page.locator('.gettingStarted:not(.showDetails) .getting-started-category', { hasText: 'Get Started with Growth Backlog' });
  if (await overview.isVisible()) await overview.click();
  await page.locator(stepSelector('createObjective')).waitFor({ state: 'visible', timeout: 30_000 });
}

async function isDone(page, id) {
  return (await page.locator(stepSelector(id)).getAttribute('aria-checked')) === 'true';
}

async function waitDone(page, id) {
  await showWalkthrough(page);
  await page.waitForFunction((selector) => document.querySelector(selector)?.getAttribute('aria-checked') === 'true', stepSelector(id), { timeout: 30_000, polling: 200 });
}

/** Expands a step and presses the button its description ends with. */
async function pressStepButton(page, id, label) {
  await showWalkthrough(page);
  const step = page.locator(stepSelector(id));
  // The title expands a step; the round checkbox beside it would tick it by hand, so it is avoided.
  if ((await step.getAttribute('aria-expanded')) !== 'true') {
    await step.locator('.step-title').click();
    // VS Code focuses a step it opens a moment (250 ms) after the click, as the user moves to its button.
    await page.waitForFunction((selector) => document.activeElement === document.querySelector(selector), stepSelector(id), { timeout: 30_000, polling: 50 });
  }
  await step.locator('a.monaco-button', { hasText: label }).click();
}

/**
 * The first two steps: a first objective through New Objective…'s three questions (one quick
 * input, the keyboard in it throughout), then the board; each step ticks once done. Returns the page.
 */
export async function walkthroughFirstObjectiveAndBoard(ctx) {
  const page = await ctx.openWorkbench({ viewport: { width: 1400, height: 900 } });
  // As a user finds it: the Welcome page lists it under Walkthroughs.
  await runCommand(page, 'Help: Welcome');
  await page.locator('.getting-started-category', { hasText: 'Get Started with Growth Backlog' }).waitFor({ state: 'visible', timeout: 30_000 });
  await showWalkthrough(page);
  for (const id of ['createObjective', 'openBoard', 'gradeKeyResult', 'addCheckIn']) {
    if (await isDone(page, id)) throw new Error(`step ${id} is ticked before the user did anything`);
  }
  await page.mouse.move(1390, 880);
  await screenshot(page, join(ctx.projectRoot, 'media', 'screenshot-walkthrough.png'));

  // 1. A first objective from a template, through the step's button.
  await pressStepButton(page, 'createObjective', 'New Objective');
  await pick(page, 'New Objective (1/3)', 'Communicate clearly');
  await pick(page, 'New Objective (2/3)', 'This quarter');
  await type(page, 'New Objective (3/3)', 'Walk through the walkthrough');
  await page.locator('.tabs-container .tab.active', { hasText: 'walk-through-the-walkthrough' }).waitFor({ state: 'visible', timeout: 30_000 });
  await waitDone(page, 'createObjective');

  // 2. The board, through the step's button: beside the walkthrough, which stays in view.
  await pressStepButton(page, 'openBoard', 'Open Board');
  await page.locator('.tabs-container .tab', { hasText: 'Growth Board' }).waitFor({ state: 'visible', timeout: 30_000 });
  await waitDone(page, 'openBoard');
  return page;
}

export async function walkthroughStepsCompleteByDoingThem(ctx) {
  const page = await walkthroughFirstObjectiveAndBoard(ctx);

  // 3. A grade, from the palette, as a user grades who is back in the goal file step 1 opened.
  // Cancelling the grade first must not tick the step.
  await page.locator('.tabs-container .tab', { hasText: 'walk-through-the-walkthrough' }).click();
  await page.locator('.monaco-editor.focused').waitFor({ state: 'visible', timeout: 30_000 });
  await runCommand(page, 'Growth Backlog: Grade Key Result');
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.keyboard.press('Escape');
  await showWalkthrough(page);
  if (await isDone(page, 'gradeKeyResult')) throw new Error('a cancelled Grade Key Result… ticked the step');
  await runCommand(page, 'Growth Backlog: Grade Key Result');
  await pick(page, 'Grade Key Result', 'Walk through the walkthrough');
  await pick(page, 'Grade "', '0.7');
  await waitDone(page, 'gradeKeyResult');

  // 4. A check-in, through the step's button, with the keyboard in each question. A round that
  // writes nothing (cancelled at its first question) ticks nothing; one that wrote a check-in does.
  await pressStepButton(page, 'addCheckIn', 'Add Check-in');
  await pick(page, 'Add Check-in', 'Walk through the walkthrough');
  await quickInput(page, '(1/3)');
  await page.keyboard.press('Escape');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 30_000 });
  await showWalkthrough(page);
  if (await isDone(page, 'addCheckIn')) throw new Error('a cancelled Add Check-in… ticked the step');
  await pressStepButton(page, 'addCheckIn', 'Add Check-in');
  await pick(page, 'Add Check-in', 'Walk through the walkthrough');
  await type(page, '(1/3)', 'Went through the Get Started steps');
  await type(page, '(2/3)');
  await type(page, '(3/3)');
  await waitDone(page, 'addCheckIn');
  await page.mouse.move(1390, 880);
  await screenshot(page, join(ctx.resultsDir, 'walkthrough-done.png'));
}
