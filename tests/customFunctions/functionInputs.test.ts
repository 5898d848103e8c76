import { describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/core/functions/registry';
import { DISPUTE_RATE } from '../../src/core/functions/disputeFunctions';
import { FUNNEL } from '../../src/core/functions/funnelFunction';
import { WEEKLY_MARGIN } from '../../src/core/functions/weeklyMarginFunction';
import { STOCK_COVER_DAYS } from '../../src/core/functions/stockCoverFunction';
import { en, ko, smallWorkbook } from './workbooks';

const tabs = smallWorkbook();

describe('bad input: a short message naming the range, row and column, never a number', () => {
  it('names a missing required column with the names it tried', () => {
    const noOrderId = tabs.Orders.map((row) => row.slice(1));
    const answer = DISPUTE_RATE.run([noOrderId, tabs.Disputes], en);
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.message).toMatch(
      /^Orders — expected a column "Order ID" \(tried: /,
    );
  });

  it('answers the first unreadable row instead of leaving it out of the rate', () => {
    const garbage = [...tabs.Orders, ['1007', 'Completed', '2025-09-20 10:00', 'lots', '', '', '']];
    const answer = DISPUTE_RATE.run([garbage, tabs.Disputes, undefined, tabs.Settings], en);
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.message).toMatch(
      /^Orders row 10, Order Amount: "lots" — expected /,
    );
  });

  it('names the Korean range in a Korean spreadsheet', () => {
    const garbage = [...tabs.Orders, ['1007', 'Completed', '2025-09-20 10:00', 'lots', '', '', '']];
    const answer = DISPUTE_RATE.run([garbage, tabs.Disputes, undefined, tabs.Settings], ko);
    expect(!answer.ok && answer.message).toBe(
      '주문 10행, Order Amount: "lots" — 12,345원이나 US $12.34 같은 금액이 필요합니다.',
    );
  });

  it('reads a single cell where a range belongs as a range without its columns', () => {
    const answer = FUNNEL.run([1234], en);
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.message).toMatch(/^Traffic — expected a column "Period"/);
  });

  it('names an unreadable Settings value and an unreadable as-of date', () => {
    const badSettings = [['KPI window days', 'a month']];
    expect(WEEKLY_MARGIN.run([tabs.Ledger, undefined, undefined, badSettings], en)).toEqual({
      ok: false,
      message:
        'Settings row 1, KPI window days: "a month" — expected a whole number such as 1,234.',
    });
    expect(DISPUTE_RATE.run([tabs.Orders, tabs.Disputes, 'soon', tabs.Settings], en)).toEqual({
      ok: false,
      message: 'as-of date: "soon" — expected a date like 2025-10-26 or 2025-10-26 23:59.',
    });
  });

  it('refuses an as-of date no data can have, and takes any other, a future one too', () => {
    const year10000 = new Date('+010000-01-01T00:00:00Z');
    const withClock = { ...en, now: new Date('2025-10-01T00:00:00Z') };
    expect(DISPUTE_RATE.run([tabs.Orders, tabs.Disputes, year10000, tabs.Settings], en)).toEqual({
      ok: false,
      message:
        'as-of date: "+010000-01-01 09:00" — expected a date from 2000-01-01 to 9999-12-31 (a later or earlier one is most likely a typo).',
    });
    expect(DISPUTE_RATE.run([tabs.Orders, tabs.Disputes, '1999-12-31', tabs.Settings], en)).toEqual(
      { ok: false, message: expect.stringMatching(/^as-of date: "1999-12-31" — expected /) },
    );
    // A month's end ahead of the sheet's clock is a question a seller may ask.
    const ahead = DISPUTE_RATE.run(
      [tabs.Orders, tabs.Disputes, '2025-10-31', tabs.Settings],
      withClock,
    );
    expect(ahead).toEqual({
      ok: false,
      message: 'NO DATA: no paid orders in the 7 days up to 2025-10-31.',
    });
  });

  it('answers NO DATA when the data has no date to take the as-of from', () => {
    const headerOnly = [tabs.Orders[0] ?? []];
    expect(STOCK_COVER_DAYS.run([tabs.SKU, headerOnly], en)).toEqual({
      ok: false,
      message: 'NO DATA: Orders has no dated rows to take the as-of date from.',
    });
  });
});

describe('a range where the as-of date goes', () => {
  const byName = (name: string) => CUSTOM_FUNCTIONS.find((spec) => spec.name === name);

  it('says the date’s place was skipped, with the example, before reading anything', () => {
    const tabs = smallWorkbook();
    // DISPUTE_RATE(Orders, Disputes, Settings): Settings stands where the as-of date goes.
    expect(byName('DISPUTE_RATE')?.run([tabs.Orders, tabs.Disputes, tabs.Settings], ko)).toEqual({
      ok: false,
      message:
        '기준일 자리에 범위가 들어왔습니다. 기준일을 비워 두려면 이렇게 적어 주세요: =DISPUTE_RATE(주문!A:Z, 분쟁!A:G, , 설정!A:C)',
    });
    // A blank range there is an omitted date, as Sheets passes `F(a, , c)` over a blank cell.
    const answer = byName('DISPUTE_RATE')?.run(
      [tabs.Orders, tabs.Disputes, [[''], ['']], tabs.Settings],
      ko,
    );
    expect(answer).toEqual(
      DISPUTE_RATE.run([tabs.Orders, tabs.Disputes, undefined, tabs.Settings], ko),
    );
  });
});
