#!/usr/bin/env node
// Renders media/icon.svg (our own drawing) to the 128 px media/icon.png the marketplace and
// the Extensions view show, with the Chromium the UI tests use. Run after editing the SVG:
//   node scripts/render-icon.mjs
import { readFileSync } from 'node:fs';
import { launchBrowser } from '../test/e2e/workbench.mjs';

const svg = readFileSync('media/icon.svg', 'utf8');
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: 'media/icon.png', omitBackground: true });
} finally {
  await browser.close();
}
