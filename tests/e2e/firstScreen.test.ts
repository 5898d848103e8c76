// The sidebar's first screen in real Chromium at 300 × 700, in Korean and English: the header,
// today's most urgent actions, the eight KPI lights and the weekly update's state, all in view
// without scrolling; the sections below open and close, remember it per user, and the urgent
// lines' buttons lead to their lists. One server call on open, whatever is open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { DIST_DIR } from '../../src/local/bundle';
import { buildDemoWorkbook, DEMO_FACTS } from '../../src/local/demo/demoWorkbook';
import { startPreview, type Preview } from '../../src/local/preview/previewServer';
import type { KpiStatus } from '../../src/core/metrics/kpiStatus';
import { withLabels } from '../../src/core/text/sidebarLabels';
import {
  buildSidebarModel,
  type ShownSidebarModel,
  type SidebarModel,
  type UrgentLine,
} from '../../src/core/views/sidebarModel';
import { computeWeeklyUpdate } from '../../src/core/weeklyUpdate';
import {
  axeViolations,
  FIRST_SCREEN,
  launchChromium,
  openSidebar,
  pngHeight,
  pngWidth,
  recordDialogs,
  recordRpcs,
  SCREENSHOT_DIR,
  screenshotFullHeight,
} from './browser';

const ICONS: Record<KpiStatus, string> = { OK: '✓', WARN: '!', BAD: '✕', 'NO DATA': '–' };
const UPDATE_ICONS = { ok: '✓', due: '!', never: '–', failed: '✕' };

/** What the first screen holds, top to bottom: each must be wholly inside 300 × 700. */
const FIRST_SCREEN_PARTS = [
  'h1',
  '#refresh',
  '.meta',
  '#run-update',
  '#urgent-heading',
  '.urgent-line',
  '#lights-heading',
  '.light',
  '#update-state',
];

/** What opening the sidebar may cost: the demo's model as JSON, and the sidebar page itself. */
const PAYLOAD_BUDGET_BYTES = 48 * 1024;
const SIDEBAR_HTML_BUDGET_BYTES = 40 * 1024;

const LANGUAGES = [
  { lang: 'ko', locale: 'ko_KR', screenshot: 'sidebar-ko.png', full: 'sidebar-ko-full.png' },
  { lang: 'en', locale: 'en_US', screenshot: 'sidebar-en.png', full: null },
] as const;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface Part {
  part: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Text cut off inside the element (an ellipsis, a hidden overflow). */
  clipped: boolean;
}

function layoutOf(page: Page): Promise<Part[]> {
  return page.evaluate((parts) => {
    const clipped = (element: Element): boolean =>
      [element, ...element.querySelectorAll('*')].some(
        (node) =>
          node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflow !== 'visible',
      );
    return parts.flatMap((part) =>
      [...document.querySelectorAll(part)].map((element) => {
        const box = element.getBoundingClientRect();
        return {
          part,
          top: box.top,
          bottom: box.bottom,
          left: box.left,
          right: box.right,
          clipped: clipped(element),
        };
      }),
    );
  }, FIRST_SCREEN_PARTS);
}

/** Sets every section (and every macro) open or closed, and waits until each change is saved. */
async function setAllOpen(page: Page, open: boolean): Promise<void> {
  let saved = 0;
  const count = (response: { url(): string }) => {
    if (response.url().endsWith('/rpc/setSectionOpen')) saved++;
  };
  page.on('response', count);
  const changed = await page.evaluate((isOpen) => {
    const all = [...document.querySelectorAll('details')];
    const sections = all.filter((d) => d.classList.contains('section') && d.open !== isOpen);
    all.forEach((details) => {
      details.open = isOpen;
    });
    return sections.length;
  }, open);
  await expect.poll(() => saved).toBe(changed);
  page.off('response', count);
}

function isFocused(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => element === document.activeElement);
}

async function inView(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  return box !== null && box.y >= 0 && box.y + Math.min(box.height, 100) <= FIRST_SCREEN.height;
}

describe.each(LANGUAGES)('the first screen ($lang)', ({ lang, locale, screenshot, full }) => {
  const workbook = { ...buildDemoWorkbook(), locale };
  const now = new Date(DEMO_FACTS.now);
  let expected: ShownSidebarModel;
  let preview: Preview;
  let page: Page;
  let rpcs: string[];
  let dialogs: string[];
  let payloadBytes = 0;

  beforeAll(async () => {
    const update = computeWeeklyUpdate({
      tabs: workbook.sheets.map(({ name, values, numberFormats }) => ({
        name,
        values,
        numberFormats,
      })),
      timeZone: workbook.timeZone,
      locale,
      now,
    });
    expected = withLabels(
      buildSidebarModel({ update, now, ticks: [], lastUpdate: null, journal: null }),
    );
    preview = await startPreview({ workbook, port: 0, now });
    page = await browser.newPage({ viewport: FIRST_SCREEN });
    rpcs = recordRpcs(page);
    dialogs = recordDialogs(page);
    const answer = page.waitForResponse((r) => r.url().endsWith('/rpc/getSidebarModel'));
    await openSidebar(page, preview.url);
    const { value } = (await (await answer).json()) as { value: SidebarModel };
    payloadBytes = Buffer.byteLength(JSON.stringify(value));
  });

  afterAll(async () => {
    await page?.close();
    await preview?.close();
  });

  it('opens with exactly one server call and a payload within budget', async () => {
    await page.waitForLoadState('networkidle');
    expect(rpcs).toEqual(['getSidebarModel']);
    expect(payloadBytes).toBeGreaterThan(0);
    expect(payloadBytes).toBeLessThan(PAYLOAD_BUDGET_BYTES);
    expect(statSync(`${DIST_DIR}Sidebar.html`).size).toBeLessThan(SIDEBAR_HTML_BUDGET_BYTES);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
  });

  it('takes the first-screen screenshot at 300 × 700', async () => {
    const png = await page.screenshot({ path: `${SCREENSHOT_DIR}${screenshot}` });
    expect([pngWidth(png), pngHeight(png)]).toEqual([FIRST_SCREEN.width, FIRST_SCREEN.height]);
    if (full) {
      const whole = await screenshotFullHeight(page, `${SCREENSHOT_DIR}${full}`);
      expect(pngWidth(whole)).toBe(FIRST_SCREEN.width);
    }
  });

  it('shows the header, the urgent lines, all 8 KPI lights and the update state within 300 × 700, in that order, nothing cut', async () => {
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const parts = await layoutOf(page);
    expect(parts.map((p) => p.part)).toEqual([
      'h1',
      '#refresh',
      '.meta',
      '#run-update',
      '#urgent-heading',
      ...expected.urgent.map(() => '.urgent-line'),
      '#lights-heading',
      ...expected.kpis.map(() => '.light'),
      '#update-state',
    ]);
    for (const part of parts) {
      expect(part, part.part).toMatchObject({ clipped: false });
      expect(part.top, part.part).toBeGreaterThanOrEqual(0);
      expect(part.left, part.part).toBeGreaterThanOrEqual(0);
      expect(part.right, part.part).toBeLessThanOrEqual(FIRST_SCREEN.width);
      expect(part.bottom, part.part).toBeLessThanOrEqual(FIRST_SCREEN.height);
    }
    // Top to bottom (the refresh button beside the title, two lights a row).
    const stacked = parts.filter((p) => p.part !== '#refresh');
    stacked.slice(1).forEach((part, i) => {
      expect(part.top, part.part).toBeGreaterThanOrEqual(stacked[i].top);
    });
    const [updateState] = parts.slice(-1);
    expect(updateState.top).toBeGreaterThan(Math.max(...parts.slice(0, -1).map((p) => p.bottom)));
  });

  it('dates the page: today and the data date', async () => {
    expect(await page.locator('.meta span').allTextContents()).toEqual([
      expected.text.today,
      expected.dataAsOf,
    ]);
    expect(await page.locator('h1').textContent()).toBe(expected.text.title);
    expect(await page.locator('#refresh').textContent()).toBe(expected.text.refresh);
    expect(await page.locator('#run-update').textContent()).toBe(expected.text.runUpdate);
  });

  it('lists the three most urgent actions the engine ranks, each with its count and a button to its list', async () => {
    expect(expected.urgent).toHaveLength(3);
    expect(await page.locator('#urgent-heading').textContent()).toBe(expected.text.urgentHeading);
    const shown = await page.locator('.urgent-line').evaluateAll((buttons) =>
      buttons.map((button) => ({
        id: button.getAttribute('data-urgent'),
        count: Number(button.getAttribute('data-count')),
        text: button.querySelector('.urgent-text')?.textContent,
        go: button.querySelector('.urgent-go')?.textContent,
        tag: button.tagName,
      })),
    );
    expect(shown).toEqual(
      expected.urgent.map((line) => ({
        id: line.id,
        count: line.count,
        text: line.text,
        go: `${expected.text.showList} ›`,
        tag: 'BUTTON',
      })),
    );
    for (const line of expected.urgent) expect(line.text).toContain(String(line.count));
  });

  it('shows all 8 KPI lights with an icon, a status word and the number (never colour alone)', async () => {
    expect(await page.locator('#lights-heading').textContent()).toBe(expected.text.kpiHeading);
    const shown = await page.locator('.light').evaluateAll((lights) =>
      lights.map((light) => ({
        id: light.getAttribute('data-kpi'),
        status: light.getAttribute('data-status'),
        icon: light.querySelector('.light-icon')?.textContent,
        name: light.querySelector('.light-name')?.textContent,
        value: light.querySelector('.light-value')?.textContent,
        word: light.querySelector('.badge')?.textContent,
        spoken: light.querySelector('.light-icon')?.getAttribute('aria-hidden'),
      })),
    );
    expect(shown).toEqual(
      expected.kpis.map((card) => ({
        id: card.id,
        status: card.status,
        icon: ICONS[card.status],
        name: `${ICONS[card.status]} ${expected.text.lights[card.id]}`,
        value: card.valueText,
        word: expected.text.statuses[card.status],
        spoken: 'true',
      })),
    );
    expect(shown).toHaveLength(8);
    expect(new Set(shown.map((light) => light.status)).size).toBeGreaterThanOrEqual(3);
    const columns = await page
      .locator('.lights')
      .evaluate((grid) => getComputedStyle(grid).gridTemplateColumns.split(' ').length);
    expect(columns).toBe(2);
  });

  it('ends with the weekly update’s state: its icon and its sentence', async () => {
    const state = page.locator('#update-state');
    expect(await state.getAttribute('data-status')).toBe(expected.update.status);
    expect(expected.update.status).toBe('never');
    expect(await state.locator('.update-icon').textContent()).toBe(
      UPDATE_ICONS[expected.update.status],
    );
    expect(await state.locator('.update-text').textContent()).toBe(expected.update.text);
  });

  it('folds everything else into sections, all closed at first, titled from the model', async () => {
    const sections = await page.locator('details.section').evaluateAll((all) =>
      all.map((details) => ({
        id: details.getAttribute('data-section'),
        open: (details as HTMLDetailsElement).open,
        title: details.querySelector('summary .section-title')?.textContent,
      })),
    );
    expect(sections).toEqual(
      Object.entries(expected.text.sections).map(([id, title]) => ({ id, open: false, title })),
    );
  });

  it('remembers a section opened or closed (mouse or keyboard) through a reload, still with one server call', async () => {
    const summary = page.locator('#section-reviews > summary');
    const opened = page.waitForRequest((r) => r.url().endsWith('/rpc/setSectionOpen'));
    await summary.click();
    expect((await opened).postDataJSON()).toEqual(['reviews', true]);
    expect(await (await (await opened).response())?.json()).toEqual({ value: { ok: true } });
    expect(await page.locator('#section-reviews .stars li').count()).toBe(5);

    rpcs.length = 0;
    await openSidebar(page, preview.url);
    await page.waitForLoadState('networkidle');
    expect(
      await page.locator('#section-reviews').evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(true);
    expect(rpcs).toEqual(['getSidebarModel']);

    const closed = page.waitForRequest((r) => r.url().endsWith('/rpc/setSectionOpen'));
    await page.locator('#section-reviews > summary').focus();
    await page.keyboard.press('Enter');
    expect((await closed).postDataJSON()).toEqual(['reviews', false]);
    await (await closed).response();
    await openSidebar(page, preview.url);
    expect(
      await page.locator('#section-reviews').evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(false);
  });

  it('opens an urgent line’s section, scrolls its list into view and focuses it', async () => {
    const [line] = expected.urgent as UrgentLine[];
    const saved = page.waitForRequest((r) => r.url().endsWith('/rpc/setSectionOpen'));
    await page.locator(`.urgent-line[data-urgent="${line.id}"]`).click();
    expect((await saved).postDataJSON()).toEqual([line.section, true]);
    await (await saved).response();
    expect(
      await page
        .locator(`#section-${line.section}`)
        .evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(true);
    const anchor = `[data-item="${line.anchor}"]`;
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await inView(page, `li.item:has(${anchor})`)).toBe(true);
    expect(await isFocused(page, anchor)).toBe(true);

    await openSidebar(page, preview.url);
    expect(
      await page
        .locator(`#section-${line.section}`)
        .evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(true);
    const closed = page.waitForRequest((r) => r.url().endsWith('/rpc/setSectionOpen'));
    await page.locator(`#section-${line.section} > summary`).click();
    await (await closed).response();
  });

  it('never hides an urgent line’s item under the status line', async () => {
    await openSidebar(page, preview.url);
    // A message first (a section that could not be remembered), then an urgent line's item.
    await page.route('**/rpc/setSectionOpen', (route) => route.abort());
    await page.locator('#section-macros > summary').click();
    await page.locator('#message.error').waitFor();
    await page.unroute('**/rpc/setSectionOpen');
    const [line] = expected.urgent as UrgentLine[];
    const saved = page.waitForRequest((r) => r.url().endsWith('/rpc/setSectionOpen'));
    await page.locator(`.urgent-line[data-urgent="${line.id}"]`).click();
    await (await saved).response();
    const anchor = page.locator(`[data-item="${line.anchor}"]`);
    const box = await anchor.boundingBox();
    const covering = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x as number, y as number)?.id ?? '',
      [(box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2],
    );
    expect(covering).not.toBe('message');
    expect(await page.locator('#message').isVisible()).toBe(true);
  });

  it('leads a line whose list is a whole section to that section’s title', async () => {
    await page.route('**/rpc/getSidebarModel', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { value: SidebarModel };
      const { disputes } = body.value;
      body.value.urgent = [
        { id: 'disputes', count: disputes.rows.length, section: 'disputes', anchor: 'disputes' },
      ];
      await route.fulfill({ response, json: body });
    });
    await openSidebar(page, preview.url);
    const saved = page.waitForRequest((r) => r.url().endsWith('/rpc/setSectionOpen'));
    await page.locator('.urgent-line[data-urgent="disputes"]').click();
    expect((await saved).postDataJSON()).toEqual(['disputes', true]);
    await (await saved).response();
    expect(await isFocused(page, '#section-disputes > summary')).toBe(true);
    expect(await inView(page, '#section-disputes > summary')).toBe(true);
    expect(await page.locator('#section-disputes .dispute').count()).toBe(
      expected.disputes.rows.length,
    );
    await page.unroute('**/rpc/getSidebarModel');
    const closed = page.waitForRequest((r) => r.url().endsWith('/rpc/setSectionOpen'));
    await page.locator('#section-disputes > summary').click();
    await (await closed).response();
  });

  it('says so in plain words when a section cannot be remembered', async () => {
    await openSidebar(page, preview.url);
    await page.route('**/rpc/setSectionOpen', (route) => route.abort());
    await page.locator('#section-macros > summary').click();
    await page.locator('#message.error').waitFor();
    const said = (await page.locator('#message').textContent()) ?? '';
    // The browser's own words ("Failed to fetch") are not shown: the plain sentence is.
    expect(said).toBe(expected.text.callFailed.replace('{reason}', expected.text.noReason));
    // Far down the panel, the sentence is still in view.
    expect(await inView(page, '#message')).toBe(true);
    expect(
      await page.locator('#section-macros').evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(true);
    await page.unroute('**/rpc/setSectionOpen');
  });

  it('has no accessibility violation (axe-core), sections closed and open', async () => {
    await openSidebar(page, preview.url);
    expect(await axeViolations(page)).toEqual([]);
    await setAllOpen(page, true);
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    // At 150% zoom the panel is 200 CSS px wide: still no sideways scrolling.
    const size = page.viewportSize();
    await page.setViewportSize({ width: 200, height: size?.height ?? 700 });
    const zoomed = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    // …and every KPI name still whole: it wraps rather than being cut with an ellipsis.
    const cutNames = await page
      .locator('.light-name')
      .evaluateAll((names) => names.filter((name) => name.scrollWidth > name.clientWidth).length);
    if (size) await page.setViewportSize(size);
    expect(zoomed).toBe(0);
    expect(cutNames).toBe(0);
    await setAllOpen(page, false);
    expect(dialogs).toEqual([]);
  });
});
