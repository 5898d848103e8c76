// docs/rules.md §3 "Implausible values": a typo never becomes a number. Dates after the clock's now + 1
// day or before 2000, negative order amounts, rates outside 0–100% and two columns with one
// header are Problems; they never move the as-of day or add weeks.
import { describe, expect, it } from 'vitest';
import { computeWeeklyUpdate } from '../../src/core/weeklyUpdate';
import type { TabValues } from '../../src/core/read/workbookTabs';
import { inEnglish } from '../support/problems';

const NOW = new Date('2025-10-27T00:00:00+09:00');
const HEADER = [
  'Order ID',
  'Status',
  'Pay Time',
  'Order Amount',
  'Tracking No.',
  'Ship By',
  'Product Code',
];
const order = (id: string, paid: string, amount: unknown, shipBy = '') => [
  id,
  'Completed',
  paid,
  amount,
  'T',
  shipBy,
  'A-1 * 1',
];
const SKUS = [
  ['SKU', 'Unit Cost'],
  ['A-1', 1_000],
];

function update(orders: unknown[][], settings: unknown[][] = [['Setting', 'Value']]) {
  return computeWeeklyUpdate({
    tabs: [
      { name: 'Orders', values: [HEADER, ...orders] },
      { name: 'SKU', values: SKUS },
      { name: 'Settings', values: settings },
    ],
    timeZone: 'Asia/Seoul',
    locale: 'en_US',
    now: NOW,
  });
}

describe('implausible dates', () => {
  const good = [
    order('1', '2025-10-20 10:00', 10_000),
    order('2', '2025-10-26 10:00', 20_000, '2025-10-29 10:00'), // a ship-by ahead is fine
  ];

  it.each(['2052-09-03 10:00', '2999-01-01 00:00', '9000-06-01 00:00', '9999-12-31 23:59'])(
    'a pay time of %s is a Problem and never the as-of day or a week',
    (typo) => {
      const result = update([...good, order('3', typo, 30_000)]);
      expect(result.asOf).toEqual(new Date('2025-10-26T10:00:00+09:00'));
      expect(result.weeks.map((week) => week.weekStart)).toEqual(['2025-10-20']);
      expect(result.weeks[0]?.sales).toBe(30_000);
      expect(inEnglish(result.problems)).toEqual([
        {
          tab: 'Orders',
          row: 4,
          column: 'Pay Time',
          value: typo,
          expected:
            'a date from 2000-01-01 to 2025-10-28 (a later or earlier one is most likely a typo)',
        },
      ]);
    },
  );

  it('a date before 2000 is a Problem; a day after the clock is still taken', () => {
    const result = update([
      ...good,
      order('4', '1999-12-31 23:00', 5_000),
      order('5', '2025-10-27 23:00', 7_000), // the clock is 10-27 00:00: within a day
    ]);
    expect(inEnglish(result.problems).map((p) => [p.row, p.value])).toEqual([
      [4, '1999-12-31 23:00'],
    ]);
    expect(result.weeks.at(-1)).toMatchObject({ weekStart: '2025-10-27', sales: 7_000 });
  });

  it('a ship-by deadline before 2000 is a typo too', () => {
    const result = update([order('6', '2025-10-20 10:00', 1_000, '1970-01-01 00:00')]);
    expect(inEnglish(result.problems)[0]).toMatchObject({
      column: 'Ship By',
      expected: 'a date from 2000-01-01 on (an earlier one is most likely a typo)',
    });
  });
});

describe('negative order amounts', () => {
  it.each([-10_000, '-10000', '(1,234)', '-₩5,000'])(
    'an order amount of %s is a Problem, never a negative sale',
    (amount) => {
      const result = update([
        order('1', '2025-10-20 10:00', 10_000),
        order('2', '2025-10-21 10:00', amount),
      ]);
      expect(result.weeks[0]?.sales).toBe(10_000);
      expect(inEnglish(result.problems)).toEqual([
        {
          tab: 'Orders',
          row: 3,
          column: 'Order Amount',
          value: String(amount),
          expected:
            'an amount of 0 or more (an order, product or shipping amount is never negative)',
        },
      ]);
    },
  );
});

describe('rates outside 0–100%', () => {
  it.each(['800%', '108%', '1.234,56', '-8%', 'abc'])(
    'a commission rate of %s is a Problem and the default 8% stays',
    (rate) => {
      const result = update(
        [order('1', '2025-10-20 10:00', 10_000)],
        [
          ['Setting', 'Value'],
          ['Commission rate', rate],
        ],
      );
      expect(result.settings.commissionRate).toBe(0.08);
      expect(result.weeks[0]?.fees).toBe(800);
      const [problem] = inEnglish(result.problems);
      expect(problem).toMatchObject({ tab: 'Settings', row: 2, value: String(rate) });
      expect(problem?.expected).toMatch(/^a (rate from 0% to 100%, like 8%|percentage such as)/);
    },
  );

  it('takes 100%, 0% and a bare 8.5 (percent points) as they are', () => {
    for (const [rate, fees] of [
      ['100%', 10_000],
      ['0%', 0],
      [8.5, 850],
    ] as const) {
      const result = update(
        [order('1', '2025-10-20 10:00', 10_000)],
        [
          ['Setting', 'Value'],
          ['Commission rate', rate],
        ],
      );
      expect([result.problems, result.weeks[0]?.fees]).toEqual([[], fees]);
    }
  });
});

describe('two columns with one header', () => {
  it('leaves a required column unread, with one Problem naming both columns', () => {
    const header = ['Order ID', 'Status', 'Pay Time', 'Order Amount', 'Order Amount'];
    const result = computeWeeklyUpdate({
      tabs: [{ name: 'Orders', values: [header, ['1', 'Completed', '2025-10-20', 10, 20]] }],
      timeZone: 'Asia/Seoul',
      locale: 'en_US',
      now: NOW,
    });
    expect(result.weeks).toEqual([]);
    expect(inEnglish(result.problems)).toEqual([
      {
        tab: 'Orders',
        row: null,
        column: 'Order Amount',
        value: '',
        expected:
          'one column named "Order Amount" (columns D, E have that name, so which one is meant is unknown)',
      },
    ]);
  });

  it('reads the rest of the tab when the column named twice is optional', () => {
    const header = ['Order ID', 'Status', 'Pay Time', 'Order Amount', 'Buyer', 'Buyer', 'SKU'];
    const result = computeWeeklyUpdate({
      tabs: [
        {
          name: 'Orders',
          values: [header, ['1', 'Completed', '2025-10-20', 10_000, 'A', 'B', 'A-1']],
        },
        { name: 'SKU', values: SKUS },
      ],
      timeZone: 'Asia/Seoul',
      locale: 'en_US',
      now: NOW,
    });
    expect(result.weeks[0]?.sales).toBe(10_000);
    expect(inEnglish(result.problems).map((p) => [p.column, p.expected])).toEqual([
      [
        'Buyer',
        'one column named "Buyer" (columns E, F have that name, so which one is meant is unknown)',
      ],
    ]);
  });

  it('takes the alias first in the list when two columns name one field differently', () => {
    const header = ['Order ID', '商品编码', 'Status', 'Pay Time', 'Order Amount', 'Product Code'];
    const result = computeWeeklyUpdate({
      tabs: [
        {
          name: 'Orders',
          values: [header, ['1', 'B-2 * 1', 'Completed', '2025-10-20', 10_000, 'A-1 * 2']],
        },
        { name: 'SKU', values: SKUS },
      ],
      timeZone: 'Asia/Seoul',
      locale: 'en_US',
      now: NOW,
    });
    expect(result.problems.filter((p) => p.expected.key === 'expected.oneColumnNamed')).toEqual([]);
    expect(result.import.entries.find((e) => e.type === 'sale')?.sku).toBe('A-1');
  });
});

describe('the Ledger', () => {
  it('moves the as-of day only when there is no order: an ad day after the orders does not', () => {
    const ledger = {
      name: 'Ledger',
      values: [
        ['Date', 'Type', 'Amount'],
        ['2025-10-27', 'Ad', 1_000],
      ],
    };
    const orders = {
      name: 'Orders',
      values: [
        ['Order ID', 'Order Status', 'Payment Time', 'Order Amount'],
        ['1', 'Completed', '2025-10-20 10:00', 10_000],
      ],
    };
    const asOf = (tabs: TabValues[]) =>
      computeWeeklyUpdate({ tabs, timeZone: 'Asia/Seoul', locale: 'en_US', now: NOW }).asOf;
    expect(asOf([ledger, orders])).toEqual(new Date('2025-10-20T10:00:00+09:00'));
    expect(asOf([ledger])).toEqual(new Date('2025-10-27T00:00:00+09:00'));
  });

  it('never lets a typed date of 2052 move the as-of day', () => {
    const result = computeWeeklyUpdate({
      tabs: [
        {
          name: 'Ledger',
          values: [
            ['Date', 'Type', 'Amount'],
            ['2025-10-20', 'Packaging', 1_000],
            ['2052-09-03', 'Packaging', 9_999],
          ],
        },
      ],
      timeZone: 'Asia/Seoul',
      locale: 'en_US',
      now: NOW,
    });
    expect(result.weeks.map((week) => [week.weekStart, week.packaging])).toEqual([
      ['2025-10-20', 1_000],
    ]);
    expect(inEnglish(result.problems).map((p) => [p.row, p.column])).toEqual([[3, 'Date']]);
  });
});
