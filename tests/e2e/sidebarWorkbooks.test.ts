// The sidebar on other workbooks: English, a hostile SKU title, only Orders, and nothing at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildDemoWorkbook } from '../../src/local/demo/demoWorkbook';
import { startPreview, type Preview } from '../../src/local/preview/previewServer';
import type { WorkbookData } from '../../src/local/workbookData';
import { computeWeeklyUpdate } from '../../src/core/weeklyUpdate';
import { setupHeaders } from '../../src/core/read/tabSpecs';
import { FIRST_SCREEN, launchChromium, openSidebar, recordDialogs } from './browser';

const HOSTILE_TITLE = '<img src=x onerror=alert(1)>';

let browser: Browser;
let page: Page;
let dialogs: string[];
const previews: Preview[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: FIRST_SCREEN });
  dialogs = recordDialogs(page);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(previews.map((preview) => preview.close()));
});

async function showSidebarOf(workbook: WorkbookData): Promise<void> {
  const preview = await startPreview({ workbook, port: 0 });
  previews.push(preview);
  await openSidebar(page, preview.url);
}

/** The demo with every SKU title replaced by markup that would run a script if parsed. */
function demoWithHostileTitles(): WorkbookData {
  const demo = buildDemoWorkbook();
  const sheets = demo.sheets.map((sheet) => {
    if (sheet.name !== '상품') return sheet;
    const titleColumn = sheet.values[0]?.indexOf('상품명') ?? -1;
    const values = sheet.values.map((row, r) =>
      r === 0 ? row : row.map((cell, c) => (c === titleColumn ? HOSTILE_TITLE : cell)),
    );
    return { ...sheet, values };
  });
  return { ...demo, sheets };
}

function text(): Promise<string> {
  return page.locator('#app').innerText();
}

describe('sidebar on other workbooks', () => {
  it('speaks English when the spreadsheet locale is en_US', async () => {
    await showSidebarOf({ ...buildDemoWorkbook(), locale: 'en_US' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Seller Routine');
    expect(await page.locator('#run-update').textContent()).toBe('Run weekly update');
    expect(await page.locator('#urgent-heading').textContent()).toBe('Do now');
    expect(await page.locator('#section-morning .section-title').textContent()).toBe(
      'Morning routine',
    );
    expect(await page.locator('[data-kpi="marginRate"] .kpi-name').textContent()).toBe(
      'Margin rate',
    );
    // The Korean macro texts sit folded away; nothing on screen is Korean.
    expect(await text()).not.toMatch(/[가-힣]/);
  });

  it('shows a SKU title holding markup as text and runs nothing', async () => {
    await showSidebarOf(demoWithHostileTitles());
    const title = page.locator('li.item', { has: page.locator('[data-item="afternoon.title"]') });
    expect(await title.locator('.lines li').allTextContents()).toContain(HOSTILE_TITLE);
    expect(await page.locator('#app img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });

  it('says the orders are not pasted yet above the other urgent lines, not instead of them', async () => {
    const demo = buildDemoWorkbook();
    const orders = demo.sheets.find((sheet) => sheet.name === '주문');
    if (orders) orders.values = [setupHeaders('orders', 'ko')];
    await showSidebarOf(demo);
    expect(await page.locator('.urgent .orders-unread').textContent()).toBe(
      '주문 내보내기를 주문 탭에 붙여 넣어 주세요.',
    );
    expect(await page.locator('.urgent-line').count()).toBeGreaterThan(0);
    expect(await page.locator('.nothing-urgent').count()).toBe(0);
  });

  it('shows what it can from only an Orders tab and names the missing tabs', async () => {
    const demo = buildDemoWorkbook();
    const sheets = demo.sheets.filter((sheet) => sheet.name === '주문');
    const ordersOnlyProblems = computeWeeklyUpdate({
      tabs: sheets,
      timeZone: demo.timeZone,
      locale: demo.locale,
    }).problems.length;
    await showSidebarOf({ ...demo, sheets });
    expect(await page.locator('.notice').textContent()).toBe(
      '없는 탭: 분쟁, 유입, 광고, 리뷰, 메시지, 상품, 설정. 내보내기를 붙여 넣으면 관련 항목이 채워집니다.',
    );
    // The notice is on the first screen, above the urgent lines.
    const notice = await page.locator('.notice').boundingBox();
    const urgent = await page.locator('#urgent-heading').boundingBox();
    expect(notice!.y + notice!.height).toBeLessThan(urgent!.y);
    expect(notice!.y + notice!.height).toBeLessThanOrEqual(FIRST_SCREEN.height);
    // The demo's orders are in US $ and the FX table lives in 설정: none can be read without it,
    // and that one fix is named.
    const unread = '주문을 읽으려면 설정 탭에 USD 환율이 필요합니다.';
    const lines = (id: string) =>
      page.locator('li.item', { has: page.locator(`[data-item="${id}"]`) }).locator('.lines li');
    expect(await lines('morning.shipBy').allTextContents()).toEqual([unread]);
    expect(await lines('morning.alerts').allTextContents()).toEqual([
      unread,
      `확인이 필요한 칸 ${ordersOnlyProblems}개 (주간 업데이트 때 "확인 필요" 탭에 적힙니다)`,
    ]);
    expect(await page.locator('[data-kpi="disputeRate"] .advice').textContent()).toBe(
      '분쟁 탭이 없어 확인할 수 없습니다.',
    );
    expect(await page.locator('[data-item="morning.shipBy"]').isDisabled()).toBe(false);
    expect(ordersOnlyProblems).toBeGreaterThan(0);
    expect(await page.locator('#setup-sheets').count()).toBe(0);
  });

  it('offers "Set up sheets" on an empty workbook and then shows the new tabs', async () => {
    await showSidebarOf({ name: '빈 시트', timeZone: 'Asia/Seoul', locale: 'ko_KR', sheets: [] });
    expect(await page.locator('.notice p').first().textContent()).toMatch(
      /^주문 탭과 원장 탭이 아직 없습니다\./,
    );
    expect(await page.locator('.kpi[data-status="NO DATA"]').count()).toBe(8);
    expect(await page.locator('#run-update').count()).toBe(0);
    // Setting up is the one thing to do: no "nothing urgent" line beside it.
    expect(await page.locator('#urgent-heading').count()).toBe(0);
    const setup = await page.locator('#setup-sheets').boundingBox();
    expect(setup!.y + setup!.height).toBeLessThanOrEqual(FIRST_SCREEN.height);
    await page.locator('#setup-sheets').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.getElementById('setup-sheets'));
    await page.waitForFunction(() => document.getElementById('app')?.ariaBusy === 'false');
    // The busy line goes (the toast says how it went), and the focus moves to the next step.
    expect(await page.locator('#message').textContent()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('run-update');
    expect(await page.locator('#run-update').isVisible()).toBe(true);
    expect(await page.locator('#urgent-heading').isVisible()).toBe(true);
    // The new tabs hold only their headers: nothing is judged from them, nothing is all clear.
    expect(await page.locator('[data-kpi="disputeRate"] .advice').textContent()).toBe(
      '주문 탭이 비어 있어 확인할 수 없습니다.',
    );
    expect(await page.locator('.kpi[data-status="NO DATA"]').count()).toBe(8);
    expect(await page.locator('.orders-unread').textContent()).toBe(
      '주문 내보내기를 주문 탭에 붙여 넣어 주세요.',
    );
    expect(await page.locator('.nothing-urgent').count()).toBe(0);
  });
});
