// The sidebar's server functions in the built add-on, on the harness.
import { describe, expect, it } from 'vitest';
import { loadAddOn } from '../../src/local/bundle';
import { createGasEnvironment } from '../../src/local/harness/environment';
import type { WorkbookData } from '../../src/local/workbookData';
import { localDateKey } from '../../src/core/time/dates';

function workbook(locale = 'ko_KR'): WorkbookData {
  return {
    name: 'Test',
    timeZone: 'Asia/Seoul',
    locale,
    sheets: [
      {
        name: '주문',
        values: [
          ['주문 ID', '주문 상태', '결제 시간', '주문 금액'],
          ['1001', '等待您发货', '2025-10-20 10:00', 20000],
        ],
      },
    ],
  };
}

const today = () => localDateKey(new Date(), 'Asia/Seoul');

function start(data = workbook(), documentProperties: Record<string, string> = {}) {
  const env = createGasEnvironment(data, { documentProperties });
  return { env, fn: (name: string) => loadAddOn(env.globals).fn(name) };
}

describe('sidebar server functions', () => {
  it('getSidebarModel reads each tab once and writes nothing', () => {
    const { env, fn } = start();
    const before = JSON.stringify(env.toWorkbookData());
    const model = fn('getSidebarModel')() as { lang: string; today: string };
    expect(model.lang).toBe('ko');
    expect(model.today).toBe(today());
    expect(JSON.stringify(env.toWorkbookData())).toBe(before);
    const writes = Object.keys(env.calls.byMethod()).filter((key) =>
      /\.(set|insert|append|clear|delete)/.test(key),
    );
    expect(writes).toEqual([]);
    expect(env.calls.byMethod()['Range.getValues']).toBe(1);
  });

  it("setChecklistTick keeps today's ticks under today's key and drops earlier days", () => {
    const { env, fn } = start(workbook(), {
      'sellerRoutine.ticks.2025-01-01': '["weekly.fx"]',
      'sellerRoutine.lastUpdate': '2025-10-20T00:00:00.000Z',
    });
    const tick = fn('setChecklistTick');
    expect(tick('morning.replies', true)).toEqual({ ok: true, ticks: ['morning.replies'] });
    expect(tick('afternoon.title', true)).toEqual({
      ok: true,
      ticks: ['afternoon.title', 'morning.replies'],
    });
    expect(tick('morning.replies', false)).toEqual({ ok: true, ticks: ['afternoon.title'] });
    expect(env.properties.document.getProperties()).toEqual({
      [`sellerRoutine.ticks.${today()}`]: '["afternoon.title"]',
      'sellerRoutine.lastUpdate': '2025-10-20T00:00:00.000Z',
    });
    expect(tick('<script>', true)).toEqual({
      ok: false,
      message: '알 수 없는 항목입니다. 사이드바를 새로 고쳐 주세요.',
    });
  });

  it('keeps the weekly check ticked all week, from the week-start day Settings gives', () => {
    // Settings: the week starts on Sunday. Ticked on Wednesday 10-22 with a morning item.
    const settings = {
      name: '설정',
      values: [
        ['설정', '값'],
        ['주 시작 요일', '일요일'],
      ],
    };
    const data = { ...workbook(), sheets: [...workbook().sheets, settings] };
    const at = (time: string, properties: Record<string, string>) => {
      const env = createGasEnvironment(data, {
        documentProperties: properties,
        now: () => new Date(`${time}+09:00`),
      });
      const addOn = loadAddOn(env.globals);
      return { env, fn: (name: string) => addOn.fn(name) };
    };
    const wednesday = at('2025-10-22T10:00:00', {});
    wednesday.fn('setChecklistTick')('weekly.fx', true);
    wednesday.fn('setChecklistTick')('morning.replies', true);
    const stored = wednesday.env.properties.document.getProperties();
    expect(stored).toEqual({
      'sellerRoutine.ticks.week.2025-10-19': '["weekly.fx"]',
      'sellerRoutine.ticks.2025-10-22': '["morning.replies"]',
    });
    const ticksOn = (time: string) => {
      const model = at(time, stored).fn('getSidebarModel')() as {
        checklists: Array<{ items: Array<{ id: string; ticked: boolean }> }>;
      };
      return model.checklists.flatMap((list) => list.items.filter((item) => item.ticked));
    };
    // Saturday: still the same week; the morning started fresh on Thursday.
    expect(ticksOn('2025-10-25T20:00:00').map((item) => item.id)).toEqual(['weekly.fx']);
    // Sunday: a new week.
    expect(ticksOn('2025-10-26T08:00:00')).toEqual([]);
    // A tick on Sunday drops last week's and Wednesday's keys.
    const sunday = at('2025-10-26T08:00:00', stored);
    sunday.fn('setChecklistTick')('weekly.disputes', true);
    expect(sunday.env.properties.document.getProperties()).toEqual({
      'sellerRoutine.ticks.week.2025-10-26': '["weekly.disputes"]',
    });
  });

  it('setChecklistTick waits for the document lock and says so when it cannot get it', () => {
    const { env, fn } = start();
    const release = env.holdDocumentLock();
    expect(fn('setChecklistTick')('morning.replies', true)).toEqual({
      ok: false,
      message: '다른 작업이 진행 중입니다. 잠시 뒤에 다시 시도해 주세요.',
    });
    release();
  });

  it('saveJournal waits for the document lock and writes nothing when it cannot get it', () => {
    const { env, fn } = start();
    const before = env.toWorkbookData();
    const release = env.holdDocumentLock();
    expect(fn('saveJournal')('오늘은 포장을 바꿨다')).toEqual({
      ok: false,
      message: '다른 작업이 진행 중입니다. 잠시 뒤에 다시 시도해 주세요.',
    });
    expect(env.toWorkbookData()).toEqual(before);
    release();
  });

  it('saveJournal grows a full Journal tab by a row instead of writing past the grid', () => {
    const data = workbook();
    const days = Array.from({ length: 999 }, (_, i) => [
      `2020-01-${String((i % 28) + 1).padStart(2, '0')}`,
      `day ${i}`,
    ]);
    data.sheets.push({ name: '일지', values: [['날짜', '한 줄'], ...days] });
    const { env, fn } = start(data);
    expect(env.spreadsheet.getSheetByName('일지')?.getMaxRows()).toBe(1000);
    expect(fn('saveJournal')('오늘은 포장을 바꿨다')).toMatchObject({ ok: true });
    const values = env.toWorkbookData().sheets.find((s) => s.name === '일지')?.values ?? [];
    expect(values).toHaveLength(1001);
    expect(values.at(-1)).toEqual([today(), '오늘은 포장을 바꿨다']);
  });

  it('saveJournal creates the Journal tab and replaces today’s row, keeping text as text', () => {
    const { env, fn } = start(workbook('en_US'));
    const save = fn('saveJournal');
    expect(save('first')).toEqual({
      ok: true,
      line: { date: today(), text: 'first' },
      message: 'Saved to the "Journal" tab.',
    });
    save('=1+1 then\nrestock');
    const journal = env.toWorkbookData().sheets.find((sheet) => sheet.name === 'Journal');
    expect(journal?.values).toEqual([
      ['Date', 'Note'],
      [today(), '=1+1 then restock'],
    ]);
    expect(journal?.formulas?.flat().every((formula) => formula === '') ?? true).toBe(true);
    expect(save('   ')).toEqual({ ok: false, message: 'Please write a line first.' });
  });
});
