// The Quarter Review in a real VS Code on the sample goals: its charts render (bars per scored
// objective, the grade distribution, quarter over quarter, confidence per objective) with
// their text equivalents; an answer typed in the view lands in that objective's ## Review
// section and nowhere else; a key result is graded from the view with the suggestion first;
// in high contrast the bars are outlined.
// Saves media/screenshot-review.png (README).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { boardFrame, runCommand, screenshot } from '../workbench.mjs';
import { until } from '../boardPage.mjs';

async function openReview(page) {
  await until('the Open Quarter Review command', async () => {
    try {
      await runCommand(page, 'Growth Backlog: Open Quarter Review', { timeout: 5_000 });
      return true;
    } catch (error) {
      await page.keyboard.press('Escape');
      throw error;
    }
  }, { timeout: 60_000, interval: 1_000 });
  const review = boardFrame(page);
  await review.locator('.chart.objective-scores svg').waitFor({ state: 'visible', timeout: 30_000 });
  return review;
}

export async function quarterReviewChartsAndAnswers(ctx) {
  const page = await ctx.openWorkbench({ viewport: { width: 1400, height: 900 } });
  const review = await openReview(page);
  await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
  await page.locator('.part.sidebar').waitFor({ state: 'hidden' });

  // The sample quarter: one bar per scored objective, each labelled with its score.
  const scoredBars = review.locator('.chart.objective-scores .bar');
  await until('the objective bars', async () => (await scoredBars.count()) > 0);
  const barValues = await review.locator('.chart.objective-scores .bar-value').allTextContents();
  assert.ok(barValues.length === (await scoredBars.count()) && barValues.every((value) => /^\d\.\d$/.test(value)), barValues.join());
  assert.match(await review.locator('.chart.objective-scores svg').getAttribute('aria-label'), /^Objective scores: /);
  assert.ok((await review.locator('.chart.grade-distribution .bar').count()) > 0, 'grade bars');
  assert.ok((await review.locator('.chart.quarter-scores .point').count()) >= 2, 'a point per scored quarter');
  assert.ok((await review.locator('.chart.confidence svg').count()) > 0, 'confidence lines per objective');
  // Every chart has a data table for screen readers and keyboard users.
  assert.equal(await review.locator('.chart svg').count(), await review.locator('.chart svg + details.chart-data table').count());
  assert.match(await review.locator('.calibration').innerText(), /^Calibration: /);
  await page.mouse.move(5, 890);
  await screenshot(page, join(ctx.projectRoot, 'media', 'screenshot-review.png'));

  // An answer typed in the view lands in that objective's file, in a new ## Review section.
  const file = join(ctx.workspace, '2026-Q4/own-webhook-delivery.md');
  const before = readFileSync(file, 'utf8');
  const section = review.locator('section.objective', { has: review.locator('h2', { hasText: 'Own the webhook delivery service end to end' }) });
  await section.scrollIntoViewIfNeeded();
  await section.locator('textarea[data-question="achieved"]').fill('Roadmap published, 5 of 8 stories, one alert live.');
  await section.locator('textarea[data-question="formulation"]').fill('Mostly: the alert count depended on the on-call thresholds.');
  await section.locator('button.save-answers').click();
  const after = await until('the answers on disk', () => {
    const text = readFileSync(file, 'utf8');
    return text !== before && text;
  });
  assert.equal(
    after,
    `${before.replace(/\n$/, '')}\n\n## Review\n\nAchieved: Roadmap published, 5 of 8 stories, one alert live.\n\nWas the goal well formulated? Mostly: the alert count depended on the on-call thresholds.\n`,
  );
  await until('the view to confirm the save', async () => (await section.locator('.save-status').innerText()).startsWith('Saved'));
  await screenshot(page, join(ctx.resultsDir, 'review-objective.png'));

  // Grading from the view: an ungraded, measurable key result offers its suggestion first.
  const row = section.locator('tr.kr', { has: review.locator('.kr-title', { hasText: 'Add 4 alerts on delivery latency' }) });
  const options = await row.locator('select option').allTextContents();
  assert.deepEqual(options.slice(0, 2), ['Not graded', '0.3 (suggested by progress)']);
  await row.locator('select').selectOption('0.3');
  const graded = await until('the grade on disk', () => {
    const text = readFileSync(file, 'utf8');
    return text !== after && text;
  });
  assert.equal(graded, after.replace('    target: 4\n    current: 1\n---', '    target: 4\n    current: 1\n    grade: 0.3\n---'));
  writeFileSync(file, before);

  // High contrast (VS Code follows the system's forced colours): shapes get the contrast
  // border, the faint band zones go, and every bar keeps its written value.
  await page.emulateMedia({ forcedColors: 'active' });
  const bar = review.locator('.chart.objective-scores .bar').first();
  await until('the high-contrast theme in the review', () => review.locator('body').evaluate((body) => /vscode-high-contrast/.test(body.className)));
  const look = await bar.evaluate((element) => ({ stroke: getComputedStyle(element).stroke, zone: getComputedStyle(element.ownerDocument.querySelector('.zone')).opacity }));
  assert.notEqual(look.stroke, 'none');
  assert.equal(look.zone, '0');
  await screenshot(page, join(ctx.resultsDir, 'review-high-contrast.png'));
}
