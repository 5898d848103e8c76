import { describe, expect, it } from 'vitest';
import { SHIP_BY } from '../../src/core/functions/shipByFunction';
import { en, importedSmall, shipByAt, tableOf } from './workbooks';

const { tabs, update } = importedSmall();

describe('SHIP_BY', () => {
  it('spills the orders still to ship, soonest first, hours counted from the newest order', () => {
    // Paid + 3 processing days (September is not a peak month); as of 09-21 20:00.
    expect(SHIP_BY.run([tabs.Orders, undefined, tabs.Settings], en)).toEqual({
      ok: true,
      value: [
        ['Order ID', 'Ship by', 'Hours left', 'Alert'],
        ['1005', '2025-09-22 08:00', 12, 'Ship now'],
        ['1004', '2025-09-24 20:00', 72, ''],
      ],
    });
  });

  it('marks an order past its deadline Overdue, apart from one due soon', () => {
    // As of 09-23 20:00: 1005 was due 09-22 08:00 (36 h ago), 1004 is due in 24 h.
    expect(SHIP_BY.run([tabs.Orders, '2025-09-23 20:00', tabs.Settings], en)).toEqual({
      ok: true,
      value: [
        ['Order ID', 'Ship by', 'Hours left', 'Alert'],
        ['1005', '2025-09-22 08:00', -36, 'Overdue'],
        ['1004', '2025-09-24 20:00', 24, ''],
      ],
    });
  });

  it('counts from the end of an as-of day, and from a time written out as given', () => {
    // 1005 is due 09-22 08:00: 16 h past the end of 09-21; 8 h after 09-22 00:00.
    const hoursOf1005 = (asOf: string) =>
      tableOf(SHIP_BY.run([tabs.Orders, asOf, tabs.Settings], en))[1]?.slice(2);
    expect(hoursOf1005('2025-09-21')).toEqual([8, 'Ship now']);
    expect(hoursOf1005('2025-09-22 00:00')).toEqual([8, 'Ship now']);
    expect(hoursOf1005('2025-09-22')).toEqual([-16, 'Overdue']);
    // 20 seconds past the deadline shows 0 hours: due now, not overdue.
    expect(hoursOf1005('2025-09-22 08:00:20')).toEqual([0, 'Ship now']);
  });

  it('equals the weekly update’s ship-by rows', () => {
    const answer = SHIP_BY.run([tabs.Orders, undefined, tabs.Settings], en);
    expect(
      tableOf(answer)
        .slice(1)
        .map((row) => [row[0], row[2]]),
    ).toEqual(shipByAt(tabs, update.asOf).map((row) => [row.orderId, row.hoursLeft]));
  });

  it('gives one pay time its deadline, with the peak extra days in a peak month', () => {
    expect(SHIP_BY.run(['2025-09-19 08:00', undefined, tabs.Settings], en)).toEqual({
      ok: true,
      value: '2025-09-22 08:00',
    });
    // November: 3 processing + 2 peak days (the defaults).
    expect(SHIP_BY.run([new Date('2025-11-03T01:00:00Z')], en)).toEqual({
      ok: true,
      value: '2025-11-08 10:00',
    });
    expect(SHIP_BY.run([[['2025-11-03 10:00']]], en)).toEqual({
      ok: true,
      value: '2025-11-08 10:00',
    });
  });

  it('names a pay time it cannot read, or one that has not happened yet', () => {
    expect(SHIP_BY.run(['next Tuesday'], en)).toEqual({
      ok: false,
      message: 'pay time: "next Tuesday" — expected a date like 2025-10-26 or 2025-10-26 23:59.',
    });
    const withClock = { ...en, now: new Date('2025-10-01T00:00:00Z') };
    expect(SHIP_BY.run(['2052-09-03 10:00'], withClock)).toEqual({
      ok: false,
      message:
        'pay time: "2052-09-03 10:00" — expected a date from 2000-01-01 to 2025-10-02 (a later or earlier one is most likely a typo).',
    });
  });
});
