// The real built sidebar in real Chromium, served by the preview on the demo workbook and talking
// to the built add-on through the google.script.run stand-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { localDateKey } from '../../src/core/time/dates';
import { buildDemoWorkbook, DEMO_FACTS } from '../../src/local/demo/demoWorkbook';
import { startPreview, type Preview } from '../../src/local/preview/previewServer';
import { computeWeeklyUpdate, type WeeklyUpdate } from '../../src/core/weeklyUpdate';
import { launchChromium, openSidebar, recordDialogs, SIDEBAR_WIDTH } from './browser';

const demo = buildDemoWorkbook();
let expected: WeeklyUpdate;
let preview: Preview;
let browser: Browser;
let page: Page;
let dialogs: string[];

beforeAll(async () => {
  // The preview's clock is the demo's Monday morning, so the sidebar's time items are fixed.
  const now = new Date(DEMO_FACTS.now);
  expected = computeWeeklyUpdate({
    tabs: demo.sheets.map(({ name, values, numberFormats }) => ({ name, values, numberFormats })),
    timeZone: demo.timeZone,
    locale: demo.locale,
    now,
  });
  [preview, browser] = await Promise.all([
    startPreview({ workbook: demo, port: 0, now }),
    launchChromium(),
  ]);
  page = await browser.newPage({ viewport: { width: SIDEBAR_WIDTH, height: 900 } });
  dialogs = recordDialogs(page);
  await openSidebar(page, preview.url);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

async function tabText(name: string): Promise<string> {
  return (await fetch(`${preview.url}?tab=${encodeURIComponent(name)}`)).text();
}

/** Opens a folded section (and waits until the sidebar has remembered it). */
async function openSection(id: string): Promise<void> {
  const section = page.locator(`#section-${id}`);
  if (await section.evaluate((details) => (details as HTMLDetailsElement).open)) return;
  const saved = page.waitForResponse((r) => r.url().endsWith('/rpc/setSectionOpen'));
  await section.locator('summary').click();
  await saved;
}

describe('sidebar on the demo workbook (Korean)', () => {
  it('shows every KPI with the value and status the weekly update computes', async () => {
    const lights = await page
      .locator('.light')
      .evaluateAll((all) =>
        all.map((light) => [light.getAttribute('data-kpi'), light.getAttribute('data-status')]),
      );
    expect(lights).toEqual(expected.kpis.map((kpi) => [kpi.id, kpi.status]));
    await openSection('kpis');
    const shown = await page.locator('.kpi').evaluateAll((cards) =>
      cards.map((card) => ({
        id: card.getAttribute('data-kpi'),
        status: card.getAttribute('data-status'),
        value: card.getAttribute('data-value'),
        badge: card.querySelector('.badge')?.textContent?.trim(),
      })),
    );
    const words = { OK: '✓ 좋음', WARN: '! 주의', BAD: '✕ 나쁨', 'NO DATA': '– 데이터 없음' };
    expect(shown).toEqual(
      expected.kpis.map((kpi) => ({
        id: kpi.id,
        status: kpi.status,
        value: kpi.value === null ? '' : String(kpi.value),
        badge: words[kpi.status],
      })),
    );
    expect(shown.some((card) => card.status !== 'OK')).toBe(true);
  });

  it('counts and names the orders past and near their ship-by deadline as the engine does', async () => {
    const urgent = expected.today.shipBy.filter((row) => row.alert);
    const overdue = urgent.filter((row) => row.hoursLeft < 0);
    const near = urgent.filter((row) => row.hoursLeft >= 0);
    expect([overdue.length, near.length]).toEqual([5, 7]); // the demo's planted ones
    const item = page.locator('li.item', { has: page.locator('[data-item="morning.shipBy"]') });
    const lines = await item.locator('.lines li').allTextContents();
    // The late orders, then those due within 24 hours, each count with its own order ids.
    const ids = (rows: typeof urgent) => rows.map((row) => row.orderId);
    expect(lines).toEqual([
      '발송 기한이 지난 주문 5건',
      `주문 ID: ${ids(overdue).join(', ')}`,
      '발송 기한 24시간 이내 주문 7건',
      `주문 ID: ${ids(near).slice(0, 5).join(', ')} 외 2건`,
    ]);
  });

  it('shows the funnel per product, most seen first, a weak thumbnail marked in words', async () => {
    await openSection('funnel');
    const shown = await page
      .locator('.product')
      .evaluateAll((items) =>
        items.map((item) => [
          item.querySelector('.product-name')?.textContent,
          item.querySelector('.product-figures')?.textContent,
        ]),
      );
    const top = expected.productFunnels[0]!;
    expect(shown).toHaveLength(expected.productFunnels.length); // the demo's 40, all listed
    expect(shown[0]?.[0]).toBe(top.sku);
    expect(shown[0]?.[1]).toMatch(/^노출 [\d,]+ · 클릭 [\d.]+% · 구매 [\d.]+%$/);
    const weak = expected.productFunnels.filter(
      (product) => product.clickRate !== null && product.clickRate < 0.03,
    );
    expect(weak.length).toBeGreaterThan(0);
    const marked = shown.filter(([name]) => name?.endsWith('· 클릭 기준 미달'));
    expect(marked.map(([name]) => name)).toEqual(
      weak.map((product) => `! ${product.sku} · 클릭 기준 미달`),
    );
  });

  it('keeps a tick through a reload', async () => {
    await openSection('morning');
    const box = page.locator('[data-item="morning.replies"]');
    expect(await box.isChecked()).toBe(false);
    const saved = page.waitForResponse((r) => r.url().endsWith('/rpc/setChecklistTick'));
    await box.focus();
    await page.keyboard.press('Space');
    expect((await (await saved).json()).value).toEqual({ ok: true, ticks: ['morning.replies'] });
    await openSidebar(page, preview.url);
    expect(await page.locator('[data-item="morning.replies"]').isChecked()).toBe(true);
  });

  it('saves the journal line to the 일지 tab, replacing today’s row', async () => {
    const today = localDateKey(new Date(DEMO_FACTS.now), demo.timeZone); // the preview's clock
    await openSection('journal');
    for (const line of ['첫 줄', '<b>쿠폰</b> 효과 확인']) {
      await page.locator('#journal-text').fill(line);
      await page.locator('#journal-text').press('Enter');
      await page.locator('#message', { hasText: '"일지" 탭에 저장했습니다.' }).waitFor();
    }
    const html = await tabText('일지');
    expect(html).toContain(`<td>${today}</td><td>&lt;b&gt;쿠폰&lt;/b&gt; 효과 확인</td>`);
    expect(html).not.toContain('첫 줄');
    await openSidebar(page, preview.url);
    expect(await page.locator('#journal-text').inputValue()).toBe('<b>쿠폰</b> 효과 확인');
  });

  it('is readable: 16 px text, 44 px buttons, fits 300 px, a visible focus ring', async () => {
    const sizes = await page.evaluate(() => ({
      body: getComputedStyle(document.body).fontSize,
      smallest: Math.min(
        ...[...document.querySelectorAll('p, li, label, button, summary, span, dt, dd')].map(
          (node) => parseFloat(getComputedStyle(node).fontSize),
        ),
      ),
      lowestTarget: Math.min(
        ...[...document.querySelectorAll('button, summary')]
          .map((node) => node.getBoundingClientRect().height)
          .filter((height) => height > 0),
      ),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(sizes).toEqual({
      body: '16px',
      smallest: 16,
      lowestTarget: sizes.lowestTarget,
      overflow: 0,
    });
    expect(sizes.lowestTarget).toBeGreaterThanOrEqual(44);
    await page.locator('#refresh').focus();
    const outline = await page
      .locator('#refresh')
      .evaluate((button) => getComputedStyle(button).outlineStyle);
    expect(outline).toBe('solid');
  });

  it('runs the weekly update from its button and shows the result in the tabs', async () => {
    await page.locator('#run-update').click();
    await page.locator('#message', { hasText: '주간 업데이트 완료' }).waitFor({ timeout: 60_000 });
    const item = page.locator('li.item', {
      has: page.locator('[data-item="weekly.weeklyUpdate"]'),
    });
    expect(await item.locator('.lines li').first().textContent()).toMatch(
      /^마지막 업데이트: \d{4}-\d\d-\d\d \d\d:\d\d$/,
    );
    expect(await page.locator('[data-item="weekly.weeklyUpdate"]').isDisabled()).toBe(true);
    expect(await tabText('주간 마진')).toContain('<th>주 시작일</th>');
    // The first screen's last line says so too, with its own icon.
    const state = page.locator('#update-state');
    expect(await state.getAttribute('data-status')).toBe('ok');
    expect(await state.locator('.update-icon').textContent()).toBe('✓');
    expect(await state.locator('.update-text').textContent()).toMatch(
      /^주간 업데이트 완료: \d{4}-\d\d-\d\d \d\d:\d\d$/,
    );
    // Its date stays whole on one line: never "2025-10-" then "27 09:00".
    const date = state.locator('.update-text .date');
    expect(await date.evaluate((span) => getComputedStyle(span).whiteSpace)).toBe('nowrap');
    expect(await date.textContent()).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
  });

  it('keeps the keyboard focus on the button pressed when the panel redraws', async () => {
    await page.locator('#refresh').focus();
    const reloaded = page.waitForResponse((r) => r.url().endsWith('/rpc/getSidebarModel'));
    await page.keyboard.press('Enter');
    await reloaded;
    await page.waitForFunction(() => document.getElementById('app')?.ariaBusy === 'false');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('refresh');
  });

  it('shows a plain message when a server call fails, never a blank panel', async () => {
    // Apps Script's own words (an engine's exception) are not shown: the plain sentence is.
    await page.route('**/rpc/getSidebarModel', (route) =>
      route.fulfill({
        status: 500,
        body: JSON.stringify({ error: 'Exception: 서비스 시간 초과' }),
      }),
    );
    await page.locator('#refresh').click();
    const error = page.locator('#message.error');
    await error.waitFor();
    const noAnswer =
      '사이드바를 불러오지 못했습니다: 서버가 응답하지 않았습니다. "새로 고침"을 눌러 다시 시도해 주세요.';
    expect(await error.textContent()).toBe(noAnswer);
    expect(await page.locator('.kpi').count()).toBe(8);

    await page.goto(`${preview.url}sidebar`);
    await page.locator('#message.error').waitFor();
    expect(await page.locator('#message').textContent()).toBe(noAnswer);
    expect(await page.locator('#app').innerText()).not.toContain('Exception');
    // Before any model came, the button the sentence names is there, under that name.
    expect(await page.locator('#refresh').textContent()).toBe('새로 고침');
    await page.unroute('**/rpc/getSidebarModel');

    // A sentence the add-on wrote, with its log reference, is shown as it is.
    const own =
      '예상하지 못한 문제로 처리하지 못했습니다 (기록 번호 251027-093012). 다시 해 보고, 계속되면 이 번호와 함께 알려 주세요.';
    await page.route('**/rpc/getSidebarModel', (route) =>
      route.fulfill({ status: 500, body: JSON.stringify({ error: own }) }),
    );
    await page.locator('#refresh').click();
    await page.locator('#message.error').waitFor();
    expect(await page.locator('#message').textContent()).toContain(own);
    await page.unroute('**/rpc/getSidebarModel');

    await page.route('**/rpc/setChecklistTick', (route) => route.abort());
    await openSidebar(page, preview.url);
    await openSection('morning');
    const box = page.locator('[data-item="morning.messages"]');
    // The failed call unticks the box again, so this is a click, not Playwright's check().
    await box.click();
    await page.locator('#message.error').waitFor();
    expect(await page.locator('#message').textContent()).toMatch(/^처리하지 못했습니다: /);
    expect(await box.isChecked()).toBe(false);
    await page.unroute('**/rpc/setChecklistTick');
  });

  it('sits in a 300 px frame beside the tabs on the preview page', async () => {
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(preview.url);
    const frame = page.locator('aside iframe');
    expect(await frame.getAttribute('src')).toBe('/sidebar');
    expect((await frame.boundingBox())?.width).toBe(SIDEBAR_WIDTH);
    await page.frameLocator('aside iframe').locator('.light').first().waitFor();
    expect(dialogs).toEqual([]);
  });
});
