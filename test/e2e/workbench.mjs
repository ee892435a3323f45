// Playwright helpers for driving the real VS Code workbench (code-server 4.139 = VS Code
// 1.139) in headless Debian Chromium. Selectors were checked against 1.139; see
// shared/notes/real-vscode.md. Every wait polls for a state instead of sleeping, because the
// workbench updates views, tabs and code lenses a moment after each action.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags that keep Debian Chromium quiet and offline (the machine has no internet). */
export const CHROMIUM_ARGS = [
  '--no-sandbox', // we run as root
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium (the system one: playwright cannot download browsers here). */
export function launchBrowser(options = {}) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, ...options });
}

/**
 * A browser context for the workbench. Asks for uncompressed responses: code-server
 * brotli-compresses every static file on the fly (no cache), which costs ~6 s of server CPU
 * for the 19 MB workbench.js on each page load; over loopback, identity is free.
 */
export function newWorkbenchContext(browser, options = {}) {
  return browser.newContext({
    viewport: { width: 1400, height: 900 },
    ...options,
    extraHTTPHeaders: { 'accept-encoding': 'identity', ...options.extraHTTPHeaders },
  });
}

let sharedBrowser;

/** Closes the browser that openWorkbench launched when none was passed in. */
export async function closeSharedBrowser() {
  const browser = sharedBrowser;
  sharedBrowser = undefined;
  if (browser) await browser.close();
}

/**
 * Opens `url` (a workbench URL, see workbenchUrl) in a new page and waits until the
 * workbench is restored (editors, views and extensions started). Returns the page.
 * Pass { browser } to reuse one; otherwise a shared browser is launched lazily.
 */
export async function openWorkbench(url, { browser, viewport = { width: 1400, height: 900 }, timeout = 120_000 } = {}) {
  if (!browser) {
    sharedBrowser ??= await launchBrowser();
    browser = sharedBrowser;
  }
  const context = await newWorkbenchContext(browser, { viewport });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
  await waitForWorkbench(page, { timeout });
  return page;
}

/**
 * Waits for the workbench shell, then (when the smoke-test driver is enabled, as our server
 * does) for `window.driver.whenWorkbenchRestored()`, which VS Code's own smoke tests use.
 */
export async function waitForWorkbench(page, { timeout = 120_000 } = {}) {
  await page.locator('.monaco-workbench .part.activitybar').first().waitFor({ state: 'visible', timeout });
  const hasDriver = await page.evaluate(() => typeof globalThis.driver?.whenWorkbenchRestored === 'function');
  if (hasDriver) await page.evaluate(() => globalThis.driver.whenWorkbenchRestored());
}

/**
 * Builds a workbench URL. `payload` pairs are what the smoke-test driver understands:
 * extensionDevelopmentPath / extensionTestsPath as vscode-remote URIs whose authority is
 * the page's own host:port.
 */
export function workbenchUrl(serverUrl, { folder, workspaceFile, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const base = new URL(serverUrl);
  const remote = (path) => `vscode-remote://${base.host}${path}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const query = [];
  if (folder) query.push(`folder=${encodeURIComponent(folder)}`);
  if (workspaceFile) query.push(`workspace=${encodeURIComponent(workspaceFile)}`);
  if (payload.length) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${base.origin}/${query.length ? `?${query.join('&')}` : ''}`;
}

/** Runs a command by its palette title: F1, type the title, wait for the row, Enter. */
export async function runCommand(page, title, { timeout = 30_000 } = {}) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await page.keyboard.press('F1');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(`>${title}`);
  // Wait for an entry with this label so Enter does not fire on a stale or empty list.
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout }).catch(() => { /* some commands open a new quick pick */ });
}

/**
 * Shows the view container whose activity-bar label contains `ariaLabelSubstring`
 * (e.g. 'Explorer', 'Growth Backlog'). Clicking an already-active entry would hide the
 * side bar, so it clicks only when the entry is not checked. Returns the side bar locator.
 */
export async function openActivityBarView(page, ariaLabelSubstring, { timeout = 30_000 } = {}) {
  const item = page.locator('.part.activitybar li.action-item', {
    has: page.locator(`a.action-label[aria-label*="${ariaLabelSubstring}"]`),
  }).first();
  await item.waitFor({ state: 'visible', timeout });
  const checked = await item.evaluate((el) => el.classList.contains('checked'));
  const sidebar = page.locator('.part.sidebar');
  if (!checked || !(await sidebar.isVisible())) await item.locator('a.action-label').click();
  await sidebar.waitFor({ state: 'visible', timeout });
  return sidebar;
}

/** Waits until the active editor shows at least `min` code lenses; returns their texts. */
export async function waitForCodeLenses(page, { min = 1, timeout = 30_000 } = {}) {
  const lenses = page.locator('.monaco-editor .codelens-decoration');
  await page.waitForFunction(
    (n) => document.querySelectorAll('.monaco-editor .codelens-decoration').length >= n,
    min,
    { timeout, polling: 200 },
  );
  return lenses.allInnerTexts();
}

/**
 * The content frame of the (first ready) webview: webviews are an iframe.webview holding
 * the real document in #active-frame.
 */
export function boardFrame(page) {
  return page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
}

/** Opens a file in the editor through Quick Open (Ctrl+P) by a name/path fragment. */
export async function openFile(page, nameFragment, { timeout = 30_000 } = {}) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await page.keyboard.press('Control+P');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(nameFragment);
  // Click the row naming the file, not the first row: until the file search answers, the list
  // still shows the editor history, and Enter would open whatever was opened last.
  const base = nameFragment.split('/').pop();
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: base }).first();
  await row.waitFor({ state: 'visible', timeout });
  await row.click();
  await page.locator('.tabs-container .tab.active', { hasText: base }).waitFor({ state: 'visible', timeout });
}

/** Notification centre messages (the smoke-test driver hides toasts; they still land here). */
export async function notificationMessages(page) {
  await runCommand(page, 'Notifications: Show Notifications');
  return page.locator('.notifications-center .notification-list-item-message').allInnerTexts();
}

/** Saves a PNG screenshot, creating the folder first (test-results/ is gitignored). */
export async function screenshot(page, path) {
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path });
  return path;
}
