// One Chromium per test file, driven by playwright-core: the system Chromium, headless, with
// everything that would reach the network or a shared profile turned off.
import { chromium, type Browser, type Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Sheets shows a sidebar 300 px wide. */
export const SIDEBAR_WIDTH = 300;
/** The first screen: what a laptop shows of the sidebar without scrolling. */
export const FIRST_SCREEN = { width: SIDEBAR_WIDTH, height: 700 };

export const AXE_PATH = fileURLToPath(
  new URL('../../node_modules/axe-core/axe.min.js', import.meta.url),
);
/**
 * `npm run screenshots` writes the README's screenshots into docs/; a plain test run writes them
 * to a temporary folder, so running the tests never changes tracked files.
 */
export const SCREENSHOT_DIR =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? fileURLToPath(new URL('../../docs/', import.meta.url))
    : join(tmpdir(), 'seller-routine-screenshots/');

/** Playwright gives every launch a fresh temporary profile (user-data dir). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: false,
    args: CHROMIUM_ARGS,
  });
}

/** Opens the preview's sidebar page as Sheets would frame it, and waits for its model. */
export async function openSidebar(page: Page, previewUrl: string): Promise<void> {
  await page.goto(`${previewUrl}sidebar`);
  await page.locator('#app h1').waitFor();
  await page.waitForFunction(
    () => document.getElementById('app')?.getAttribute('aria-busy') === 'false',
  );
}

/** What the page showed in alert/confirm/prompt dialogs: an injected script would show up here. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/**
 * The whole sidebar at its full 300 px: the viewport grows to the page's height first, so no
 * scrollbar takes 15 px of the width, then shrinks back.
 */
export async function screenshotFullHeight(page: Page, path: string): Promise<Buffer> {
  const viewport = page.viewportSize() ?? { width: SIDEBAR_WIDTH, height: 900 };
  for (let i = 0; i < 2; i++) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: viewport.width, height });
  }
  mkdirSync(dirname(path), { recursive: true });
  const png = await page.screenshot({ path, fullPage: true });
  await page.setViewportSize(viewport);
  return png;
}

/** A PNG's width, from its IHDR chunk. */
export function pngWidth(png: Buffer): number {
  return png.readUInt32BE(16);
}

/** A PNG's height, from its IHDR chunk. */
export function pngHeight(png: Buffer): number {
  return png.readUInt32BE(20);
}

/** The server functions the page called, in order (the preview answers each at /rpc/<name>). */
export function recordRpcs(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const name = /\/rpc\/([\w$]+)$/.exec(request.url())?.[1];
    if (name) calls.push(name);
  });
  return calls;
}

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; nodes: unknown[] }>;
}

/** Every axe-core violation on the page as it is now (all impacts). */
export async function axeViolations(
  page: Page,
): Promise<Array<{ id: string; impact: string | null }>> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run(): Promise<AxeResult> } }).axe.run(),
  );
  return result.violations.map(({ id, impact }) => ({ id, impact }));
}
