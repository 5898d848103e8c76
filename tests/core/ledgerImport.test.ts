import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  planLedgerImport,
  type LedgerImportPlan,
  type PlannedEntry,
} from '../../src/core/ledger/ledgerImport';
import { FxTable, type FxRate } from '../../src/core/metrics/fx';
import type { LedgerEntry } from '../../src/core/ledger/readLedger';
import { readOrders } from '../../src/core/read/readOrders';
import { ledgerTotals, realMargin } from '../../src/core/metrics/realMargin';
import { DEFAULT_SETTINGS } from '../../src/core/read/settings';
import {
  appended,
  DISPUTES_HEADER,
  FUND_FLOW_HEADER,
  loop,
  ORDERS_HEADER,
  plan,
  TZ,
  USD_1400,
  type Tabs,
} from '../support/importRuns';
import { inEnglish } from '../support/problems';

const seoul = (text: string): Date => new Date(`${text}+09:00`);

/** Rows as [Seoul time, Type, Amount, SKU, Order ID, Memo, Source Key] for reading. */
function brief(result: LedgerImportPlan): unknown[][] {
  return result.rows.map(([date, type, amount, , sku, orderId, memo, key]) => [
    date instanceof Date ? seoulText(date) : date,
    type,
    amount,
    sku,
    orderId,
    memo,
    key,
  ]);
}

function seoulText(date: Date): string {
  return new Date(date.getTime() + 9 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** Net per Type (and per order, when given) of the Ledger: what the rule of docs/rules.md §4 sums. */
function net(ledger: readonly LedgerEntry[], orderId?: string): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const entry of ledger) {
    if (orderId !== undefined && entry.orderId !== orderId) continue;
    totals[entry.type] = Math.round(((totals[entry.type] ?? 0) + entry.baseAmount) * 100) / 100;
  }
  return Object.fromEntries(Object.entries(totals).filter(([, amount]) => amount !== 0));
}

const SKUS = [
  ['SKU', 'Title', 'Unit Cost'],
  ['KB-TINT', 'Lip tint', '₩3,000'],
  ['KB-PAD', 'Toner pad', '₩4,000'],
  ['ST-STICKER', 'Sticker pack', ''],
];

describe('planLedgerImport: one run over a small shop, every rule of docs/rules.md §4', () => {
  const tabs: Tabs = {
    orders: [
      ORDERS_HEADER,
      ['A', 'Completed', '2025-09-01 09:55', '2025-09-01 10:00', '₩10,000', 'KB-TINT * 2', 'T-A'],
      [
        'B',
        'Shipped',
        '2025-09-02 10:50',
        '2025-09-02 11:00',
        'US $20.00',
        'KB-TINT * 1;ST-STICKER * 3',
        'T-B',
      ],
      ['D', 'Closed', '2025-09-03 13:00', '2025-09-03 13:05', '₩9,000', 'KB-PAD * 1', ''], // never shipped
      ['E', 'Closed', '2025-09-04 08:00', '2025-09-04 08:10', '₩8,000', 'XX-9 * 1', 'T-E'], // shipped
      ['F', 'Closed', '2025-09-04 09:00', '', '₩5,000', 'KB-PAD * 1', ''], // unpaid
      ['G', 'Completed', '2025-09-05 09:00', '2025-09-05 10:00', '€ 23.10', 'KB-PAD * 1', 'T-G'], // no EUR rate
    ],
    disputes: [
      DISPUTES_HEADER,
      ['D1', 'B', '2025-09-04 10:00', '상품 파손', '종료', 'US $5.00', '2025-09-05 10:00'],
      ['D3', 'D', '2025-09-03 14:00', '미수령', '종료', '₩9,000', '2025-09-03 15:00'],
    ],
    settlement: [
      FUND_FLOW_HEADER,
      ['2025-09-06 10:00:00', '支出>佣金', '交易佣金', '-US $0.50', 'USD', 'A', 'F1'],
      ['2025-09-06 10:00:01', '收入>放款', '交易放款', 'US $6.64', 'USD', 'A', 'F2'],
      ['2025-09-07 09:00:00', '支出>平台处罚', '海外发货处罚', '-US $1.20', 'USD', 'E', 'F3'],
      ['2025-09-08 11:00:00', '支出>放款后退款', '放款后退款', '-US $4.00', 'USD', 'B', 'F5'],
      ['2025-09-09 14:00:00', '支出>联盟营销', '联盟营销费', '-US $0.25', 'USD', 'B', 'F8'],
      ['2025-09-09 14:00:00', '支出>联盟营销', '联盟营销费', '-US $0.25', 'USD', 'B', 'F8'], // re-pasted
    ],
    skus: SKUS,
    ads: [
      ['Date', 'Campaign', 'SKU', 'Spend'],
      ['2025-09-02 08:00', 'socks', 'KB-TINT', 1_000],
      ['2025-09-02 20:00', ' socks', 'KB-TINT', 500], // the same day, campaign and SKU: summed
      ['2025-09-02 20:00', ' socks', 'KB-TINT', 500], // ... but an exact repeat counts once
    ],
  };

  it('plans these rows, by date then key', () => {
    expect(brief(plan(tabs))).toEqual([
      // A: commission from Settlement (−$0.50 → 700) instead of 8%, dated with the sale.
      ['2025-09-01 10:00', 'COGS', 6_000, 'KB-TINT', 'A', 'KB-TINT × 2', 'order:A:cogs'],
      ['2025-09-01 10:00', 'Sale', 10_000, 'KB-TINT', 'A', 'KB-TINT × 2', 'order:A:sale'],
      ['2025-09-01 10:00', 'Fee', 700, 'KB-TINT', 'A', '交易佣金', 'settle:F1'],
      ['2025-09-02 00:00', 'Ad', 1_500, 'KB-TINT', '', 'socks', 'ad:2025-09-02:socks'],
      // B: $20 × 1,400 = 28,000 split by quantity 1 : 3 (no prices in the SKU tab), and so are
      // its fee (8% = 2,240) and affiliate fee (−$0.25 → 350, pasted twice, counted once).
      // ST-STICKER has no cost: its line has no COGS.
      ['2025-09-02 11:00', 'COGS', 3_000, 'KB-TINT', 'B', 'KB-TINT × 1', 'order:B:cogs|KB-TINT'],
      [
        '2025-09-02 11:00',
        'Fee',
        560,
        'KB-TINT',
        'B',
        'estimated: 8% of the sale',
        'order:B:fee|KB-TINT',
      ],
      [
        '2025-09-02 11:00',
        'Fee',
        1_680,
        'ST-STICKER',
        'B',
        'estimated: 8% of the sale',
        'order:B:fee|ST-STICKER',
      ],
      ['2025-09-02 11:00', 'Sale', 7_000, 'KB-TINT', 'B', 'KB-TINT × 1', 'order:B:sale|KB-TINT'],
      [
        '2025-09-02 11:00',
        'Sale',
        21_000,
        'ST-STICKER',
        'B',
        'ST-STICKER × 3',
        'order:B:sale|ST-STICKER',
      ],
      ['2025-09-02 11:00', 'Affiliate', 87.5, 'KB-TINT', 'B', '联盟营销费', 'settle:F8|KB-TINT'],
      [
        '2025-09-02 11:00',
        'Affiliate',
        262.5,
        'ST-STICKER',
        'B',
        '联盟营销费',
        'settle:F8|ST-STICKER',
      ],
      // E: closed after shipping is a sale; its SKU is unknown, so no COGS.
      ['2025-09-04 08:10', 'Fee', 640, 'XX-9', 'E', 'estimated: 8% of the sale', 'order:E:fee'],
      ['2025-09-04 08:10', 'Sale', 8_000, 'XX-9', 'E', 'XX-9 × 1', 'order:E:sale'],
      // B's refund from Disputes ($5 → 7,000) at its closed time, split across its two lines as
      // its sale is (1:3); Settlement's F5 is left out. D closed before shipping: never paid, so
      // neither its sale nor its refund counts.
      ['2025-09-05 10:00', 'Refund', 1_750, 'KB-TINT', 'B', '상품 파손', 'refund:B:D1|KB-TINT'],
      [
        '2025-09-05 10:00',
        'Refund',
        5_250,
        'ST-STICKER',
        'B',
        '상품 파손',
        'refund:B:D1|ST-STICKER',
      ],
      ['2025-09-07 09:00', 'Penalty', 1_680, '', 'E', '海外发货处罚', 'settle:F3'], // the shop's, no SKU
    ]);
  });

  it('splits a 정산 refund of a two-SKU order across its lines too, without a dispute', () => {
    const refunds = brief(plan({ ...tabs, disputes: [DISPUTES_HEADER] })).filter(
      (row) => row[1] === 'Refund',
    );
    // F5: −$4.00 at the rate of its settlement day, 1:3 as B's sale.
    expect(refunds.map((row) => [row[2], row[3], row[6]])).toEqual([
      [1_400, 'KB-TINT', 'settle:F5|KB-TINT'],
      [4_200, 'ST-STICKER', 'settle:F5|ST-STICKER'],
    ]);
  });

  it('says a 정산 penalty in dollars moved with the rate, not that it changed', () => {
    const { plans } = loop(tabs, { ...tabs, fx: [{ currency: 'USD', rate: 1500, from: null }] });
    const penalty = brief(plans[1] as LedgerImportPlan).find((row) => row[1] === 'Penalty');
    expect(penalty?.[5]).toBe('amount or FX rate changed: 1,680 → 1,800');
  });

  it('says a split 정산 refund that 분쟁 replaces was 5,600 in all, on each of its lines', () => {
    const noDispute = { ...tabs, disputes: [DISPUTES_HEADER] };
    const settlement = tabs.settlement?.filter((row) => row[6] !== 'F5');
    const { plans } = loop(noDispute, { ...tabs, settlement });
    const replaced = brief(plans[1] as LedgerImportPlan).filter((row) => row[5] !== '상품 파손');
    expect(replaced.map((row) => [row[2], row[3], row[5]])).toEqual([
      [-1_400, 'KB-TINT', 'refund counted from Disputes instead: 5,600 → 0'],
      [-4_200, 'ST-STICKER', 'refund counted from Disputes instead: 5,600 → 0'],
    ]);
  });

  it('reports the missing cost, the unknown SKU and the order held out for its currency', () => {
    expect(inEnglish(plan(tabs).problems)).toEqual([
      {
        tab: 'Orders',
        row: 5,
        column: 'Product Code',
        value: 'XX-9',
        expected: 'a row for SKU XX-9 in the SKU tab, with its unit cost (1 order sells it: E)',
      },
      {
        tab: 'SKU',
        row: 4,
        column: 'Unit Cost',
        value: '',
        expected: 'a unit cost for SKU ST-STICKER: its COGS is left out of 1 order, B',
      },
    ]);
    const fx = new FxTable('KRW', USD_1400);
    const read = readOrders(tabs.orders ?? [], {
      tabName: 'Orders',
      timeZone: TZ,
      baseCurrency: 'KRW',
      fx,
    });
    expect(read.problems.map((problem) => [problem.row, problem.value])).toEqual([[7, '€ 23.10']]);
    expect([...read.heldOut]).toEqual(['G']);
  });

  it('adds up to the real margin worked out by hand', () => {
    // Sales 10,000 + 28,000 + 8,000 = 46,000; COGS 9,000; fees 700 + 2,240 + 640 = 3,580;
    // affiliate 350; ads 1,500; refund 7,000; penalty 1,680 → 46,000 − 23,110 = 22,890.
    expect(realMargin(ledgerTotals(plan(tabs).entries))).toBe(22_890);
  });

  it('adds nothing when run again on the same tabs, and reports the same Problems', () => {
    const { plans } = loop(tabs, tabs);
    expect(plans[1]?.rows).toEqual([]);
    expect(plans[1]?.problems).toEqual(plans[0]?.problems);
  });

  it('writes Korean type names and memos in a Korean spreadsheet', () => {
    const rows = plan({ ...tabs, lang: 'ko' }).rows;
    expect(rows.slice(0, 3).map((row) => row[1])).toEqual(['원가', '매출', '수수료']);
    expect(rows.find((row) => row[7] === 'order:E:fee')?.[6]).toBe('추정: 매출의 8%');
  });
});

describe('planLedgerImport: the weekly loop (docs/rules.md §4, "The ledger over time")', () => {
  const order = (
    id: string,
    status: string,
    paid: string,
    amount: string,
    codes = 'KB-TINT * 1',
  ) => [id, status, paid, paid, amount, codes, status === 'Awaiting shipment' ? '' : `T-${id}`];
  const week1: Tabs = {
    orders: [
      ORDERS_HEADER,
      order('1', 'Shipped', '2025-09-01 10:00', '₩50,000', 'KB-TINT * 2'),
      order('2', 'Awaiting shipment', '2025-09-02 10:00', '₩30,000'),
      order('3', 'Shipped', '2025-09-03 10:00', '₩20,000'),
    ],
    skus: SKUS,
  };

  it('reverses the Sale, Fee and COGS of an order cancelled after it was imported, dated like them', () => {
    const week2 = {
      ...week1,
      orders: week1.orders?.map((row) =>
        row[0] === '2' ? order('2', 'Cancelled', '2025-09-02 10:00', '₩30,000') : row,
      ),
    };
    const { plans, ledger } = loop(week1, week2);
    expect(brief(plans[1] as LedgerImportPlan)).toEqual([
      [
        '2025-09-02 10:00',
        'COGS',
        -3_000,
        'KB-TINT',
        '2',
        'order cancelled: 3,000 → 0',
        'fix1:order:2:cogs',
      ],
      [
        '2025-09-02 10:00',
        'Fee',
        -2_400,
        'KB-TINT',
        '2',
        'order cancelled: 2,400 → 0',
        'fix1:order:2:fee',
      ],
      [
        '2025-09-02 10:00',
        'Sale',
        -30_000,
        'KB-TINT',
        '2',
        'order cancelled: 30,000 → 0',
        'fix1:order:2:sale',
      ],
    ]);
    expect(plans[1]?.corrections).toEqual({ cancelled: 3 });
    expect(net(ledger, '2')).toEqual({});
    // The same as one run on week 2's tabs.
    expect(net(ledger)).toEqual(net(plan(week2).entries));
    expect(loop(week1, week2, week2).plans[2]?.rows).toEqual([]);
  });

  it('reverses an order closed without shipping, and takes it back if it ships after all', () => {
    const closed = {
      ...week1,
      orders: [
        ORDERS_HEADER,
        order('2', 'Closed', '2025-09-02 10:00', '₩30,000').map((cell, i) => (i === 6 ? '' : cell)),
      ],
    };
    const shipped = {
      ...week1,
      orders: [ORDERS_HEADER, order('2', 'Completed', '2025-09-02 10:00', '₩30,000')],
    };
    const { plans, ledger } = loop(week1, closed, shipped);
    expect(plans[1]?.corrections).toEqual({ closedUnshipped: 3 });
    expect(plans[1]?.rows.map((row) => row[6])).toContain(
      'order closed without shipping: 30,000 → 0',
    );
    expect(plans[2]?.rows.map((row) => [row[1], row[2], row[7]])).toEqual([
      ['COGS', 3_000, 'fix2:order:2:cogs'],
      ['Fee', 2_400, 'fix2:order:2:fee'],
      ['Sale', 30_000, 'fix2:order:2:sale'],
    ]);
    expect(net(ledger, '2')).toEqual({ sale: 30_000, fee: 2_400, cogs: 3_000 });
  });

  it('follows a refund that grows, and one that moves from Settlement to Disputes', () => {
    const open = {
      ...week1,
      disputes: [
        DISPUTES_HEADER,
        ['D9', '1', '2025-09-05 09:00', 'damaged', 'open', '₩10,000', ''],
      ],
    };
    const closed = {
      ...week1,
      disputes: [
        DISPUTES_HEADER,
        ['D9', '1', '2025-09-05 09:00', 'damaged', 'closed', '₩50,000', '2025-09-09 12:00'],
      ],
    };
    const { plans, ledger } = loop(open, closed, closed);
    // The open dispute's refund was dated when it was opened; closed, it is dated when it closed.
    expect(brief(plans[1] as LedgerImportPlan)).toEqual([
      [
        '2025-09-05 09:00',
        'Refund',
        -10_000,
        'KB-TINT',
        '1',
        'refund amount changed: 10,000 → 50,000',
        'fix1:refund:1:D9',
      ],
      [
        '2025-09-09 12:00',
        'Refund',
        50_000,
        'KB-TINT',
        '1',
        'refund amount changed: 10,000 → 50,000',
        'fix2:refund:1:D9', // refund:1:D9 is the first row's key
      ],
    ]);
    expect(plans[2]?.rows).toEqual([]);
    expect(net(ledger, '1').refund).toBe(50_000);

    const inSettlement = {
      ...week1,
      settlement: [
        FUND_FLOW_HEADER,
        ['2025-09-08 11:00:00', '支出>放款后退款', '放款后退款', '-₩10,000', 'KRW', '3', 'R1'],
      ],
    };
    const disputed = {
      ...inSettlement,
      disputes: [
        DISPUTES_HEADER,
        ['D7', '3', '2025-09-06 09:00', '불량', '종료', '₩12,000', '2025-09-08 10:00'],
      ],
    };
    const moved = loop(inSettlement, disputed);
    expect(brief(moved.plans[1] as LedgerImportPlan)).toEqual([
      ['2025-09-08 10:00', 'Refund', 12_000, 'KB-TINT', '3', '불량', 'refund:3:D7'],
      [
        '2025-09-08 11:00',
        'Refund',
        -10_000,
        'KB-TINT',
        '3',
        'refund counted from Disputes instead: 10,000 → 0',
        'fix1:settle:R1',
      ],
    ]);
    expect(net(moved.ledger, '3').refund).toBe(12_000); // never both
  });

  it('replaces the estimated fee with the settlement commission when it arrives, never both', () => {
    const settled = {
      ...week1,
      settlement: [
        FUND_FLOW_HEADER,
        ['2025-09-10 10:00:00', '支出>佣金', '交易佣金', '-₩4,100', 'KRW', '1', 'C1'],
      ],
    };
    const { plans, ledger } = loop(week1, settled, settled);
    expect(brief(plans[1] as LedgerImportPlan)).toEqual([
      [
        '2025-09-01 10:00',
        'Fee',
        -4_000,
        'KB-TINT',
        '1',
        'settlement commission replaces the estimate: 4,000 → 0',
        'fix1:order:1:fee',
      ],
      // Dated with the sale it belongs to, though settled on 2025-09-10.
      ['2025-09-01 10:00', 'Fee', 4_100, 'KB-TINT', '1', '交易佣金', 'settle:C1'],
    ]);
    expect(plans[2]?.rows).toEqual([]);
    expect(net(ledger, '1').fee).toBe(4_100);
    // When the commission's row leaves the Settlement export, the estimate does not come back.
    expect(plan(week1, ledger).rows).toEqual([]);
  });

  it('moves an ad day’s spend to the SKU a later Ads export names, memo “split by SKU”', () => {
    const noSku = {
      ...week1,
      ads: [
        ['Date', 'Campaign', 'Spend'],
        ['2025-09-02', 'socks', 1_000],
      ],
    };
    const withSku = {
      ...week1,
      ads: [
        ['Date', 'Campaign', 'SKU', 'Spend'],
        ['2025-09-02', 'socks', 'KB-TINT', 1_000],
      ],
    };
    const { plans } = loop(noSku, withSku);
    expect(
      brief(plans[1] as LedgerImportPlan).map((row) => [row[1], row[2], row[3], row[5]]),
    ).toEqual([
      ['Ad', -1_000, '', 'split by SKU: 1,000 → 1,000'],
      ['Ad', 1_000, 'KB-TINT', 'split by SKU: 1,000 → 1,000'],
    ]);
  });

  it('reverses a settled commission and affiliate fee with the sale of an order later cancelled', () => {
    const settlement = [
      FUND_FLOW_HEADER,
      ['2025-09-10 10:00:00', '支出>佣金', '交易佣金', '-₩4,100', 'KRW', '1', 'C1'],
      ['2025-09-10 10:00:01', '支出>联盟营销', '联盟营销费', '-₩300', 'KRW', '1', 'C2'],
      ['2025-09-12 10:00:00', '支出>放款后退款', '放款后退款', '-₩50,000', 'KRW', '1', 'R1'],
    ];
    const settled = { ...week1, settlement };
    const cancelled = {
      ...settled,
      orders: week1.orders?.map((row) =>
        row[0] === '1'
          ? order('1', 'Cancelled', '2025-09-01 10:00', '₩50,000', 'KB-TINT * 2')
          : row,
      ),
    };
    const { plans, ledger } = loop(settled, cancelled, cancelled);
    expect(
      brief(plans[1] as LedgerImportPlan).filter(
        (row) => row[1] === 'Fee' || row[1] === 'Affiliate',
      ),
    ).toEqual([
      [
        '2025-09-01 10:00',
        'Fee',
        -4_100,
        'KB-TINT',
        '1',
        'order cancelled: 4,100 → 0',
        'fix1:settle:C1',
      ],
      [
        '2025-09-01 10:00',
        'Affiliate',
        -300,
        'KB-TINT',
        '1',
        'order cancelled: 300 → 0',
        'fix1:settle:C2',
      ],
    ]);
    // The refund of a sale that no longer counts is none, as a refund in 분쟁 would be.
    expect(brief(plans[1] as LedgerImportPlan).filter((row) => row[1] === 'Refund')).toEqual([
      [
        '2025-09-12 10:00',
        'Refund',
        -50_000,
        'KB-TINT',
        '1',
        'refund of an order that brought no sale: 50,000 → 0',
        'fix1:settle:R1',
      ],
    ]);
    expect(net(ledger, '1')).toEqual({});
    expect(plans[2]?.rows).toEqual([]);
    // Once order 1 has left 주문, 원장 still says it brought no sale: nothing comes back.
    const gone = { ...cancelled, orders: week1.orders?.filter((row) => row[0] !== '1') };
    const after = loop(settled, cancelled, gone);
    expect(after.plans[2]?.rows).toEqual([]);
    expect(net(after.ledger, '1')).toEqual({});
    // The same as one run on the cancelled tabs: nothing of order 1 counts.
    expect(net(plan(cancelled).entries, '1')).toEqual({});
  });

  it('says a correction comes from 설정 when the order did not change: its commission rate, or the rate of its currency', () => {
    const reasons = (result: LedgerImportPlan) =>
      [...new Set(brief(result).map((row) => `${row[1]}: ${String(row[5]).split(':')[0]}`))].sort();
    // 8% → 5%: every estimated fee is corrected, the sales are not.
    expect(reasons(loop(week1, { ...week1, commissionRate: 0.05 }).plans[1]!)).toEqual([
      'Fee: commission rate changed',
    ]);
    // An order in dollars: its sale (and fee) move with 설정's rate, which the memo names.
    const inDollars = {
      ...week1,
      orders: [
        ORDERS_HEADER,
        order('9', 'Shipped', '2025-09-01 10:00', 'US $10.00', 'KB-TINT * 1'),
      ],
    };
    const repriced = { ...inDollars, fx: [{ currency: 'USD', rate: 1500, from: null }] };
    expect(reasons(loop(inDollars, repriced).plans[1]!)).toEqual([
      'Fee: amount or FX rate changed',
      'Sale: amount or FX rate changed',
    ]);
  });

  it('books no dispute refund of a cancelled order, also once the order has left 주문', () => {
    const cancelled = {
      ...week1,
      orders: week1.orders?.map((row) =>
        row[0] === '2' ? order('2', 'Cancelled', '2025-09-02 10:00', '₩30,000') : row,
      ),
    };
    const disputed = {
      ...cancelled,
      disputes: [
        DISPUTES_HEADER,
        ['D7', '2', '2025-09-05 09:00', 'not received', 'closed', '₩30,000', '2025-09-06 12:00'],
      ],
    };
    const gone = { ...disputed, orders: week1.orders?.filter((row) => row[0] !== '2') };
    const { plans, ledger } = loop(week1, cancelled, disputed, gone, gone);
    expect(plans.slice(2).map((result) => result.rows)).toEqual([[], [], []]);
    expect(net(ledger, '2')).toEqual({});
  });

  it('converts a settlement commission at the rate of the sale it is dated with, also after the pay time moves', () => {
    const rates: FxRate[] = [
      { currency: 'USD', rate: 1300, from: seoul('2025-09-01T00:00:00') },
      { currency: 'USD', rate: 1400, from: seoul('2025-09-10T00:00:00') },
    ];
    const settled = {
      ...week1,
      fx: rates,
      settlement: [
        FUND_FLOW_HEADER,
        ['2025-09-12 10:00:00', '支出>佣金', '交易佣金', '-US $3.00', 'USD', '3', 'C3'],
      ],
    };
    const commission = (result: LedgerImportPlan) =>
      brief(result)
        .filter((row) => String(row[6]).endsWith('settle:C3'))
        .map((row) => [row[0], row[1], row[2], row[6]]);
    // Order 3 was paid on September 3: $3 × 1,300, though settled on the 12th (at 1,400).
    expect(commission(plan(settled))).toEqual([['2025-09-03 10:00', 'Fee', 3_900, 'settle:C3']]);
    // Its pay time moves to September 11: the commission moves with the sale, at 1,400.
    const repaid = {
      ...settled,
      orders: settled.orders?.map((row) =>
        row[0] === '3' ? order('3', 'Shipped', '2025-09-11 10:00', '₩20,000') : row,
      ),
    };
    const { plans, ledger } = loop(settled, repaid);
    expect(commission(plans[1] as LedgerImportPlan)).toEqual([
      ['2025-09-03 10:00', 'Fee', -3_900, 'fix1:settle:C3'],
      ['2025-09-11 10:00', 'Fee', 4_200, 'fix2:settle:C3'],
    ]);
    expect(net(ledger, '3').fee).toBe(4_200);
  });

  it('leaves out, with a Problem, a COGS no shop has (a quantity of sixteen digits)', () => {
    const huge = {
      ...week1,
      orders: [
        ORDERS_HEADER,
        order('9', 'Shipped', '2025-09-01 10:00', '₩50,000', 'KB-TINT * 9007199254740991'),
      ],
    };
    const result = plan(huge);
    expect(result.rows.map((row) => [row[1], row[7]])).toEqual([
      ['Fee', 'order:9:fee'],
      ['Sale', 'order:9:sale'],
    ]);
    expect(
      inEnglish(result.problems).map(({ row, value, expected }) => [row, value, expected]),
    ).toEqual([
      [
        2,
        '9007199254740991',
        'an amount of at most 1,000,000,000,000,000 (a longer one is taken for a typo)',
      ],
    ]);
  });

  it('says in the memo when a date moved, not the unchanged total', () => {
    const moved = {
      ...week1,
      orders: week1.orders?.map((row) =>
        row[0] === '3' ? order('3', 'Shipped', '2025-09-04 09:30', '₩20,000') : row,
      ),
    };
    const movedAgain = {
      ...week1,
      orders: week1.orders?.map((row) =>
        row[0] === '3' ? order('3', 'Shipped', '2025-09-05 08:00', '₩20,000') : row,
      ),
    };
    const { plans } = loop(week1, moved, movedAgain, week1);
    const memos = (result: LedgerImportPlan) => new Set(result.rows.map((row) => row[6]));
    // From where the money is now, not from where it was first booked.
    expect(memos(plans[2] as LedgerImportPlan)).toEqual(
      new Set(['date changed: 2025-09-04 09:30 → 2025-09-05 08:00']),
    );
    expect(memos(plans[3] as LedgerImportPlan)).toEqual(
      new Set(['date changed: 2025-09-05 08:00 → 2025-09-03 10:00']),
    );
    expect(
      brief(plans[1] as LedgerImportPlan).map((row) => [row[0], row[1], row[2], row[5]]),
    ).toEqual([
      ['2025-09-03 10:00', 'COGS', -3_000, 'date changed: 2025-09-03 10:00 → 2025-09-04 09:30'],
      ['2025-09-03 10:00', 'Fee', -1_600, 'date changed: 2025-09-03 10:00 → 2025-09-04 09:30'],
      ['2025-09-03 10:00', 'Sale', -20_000, 'date changed: 2025-09-03 10:00 → 2025-09-04 09:30'],
      ['2025-09-04 09:30', 'COGS', 3_000, 'date changed: 2025-09-03 10:00 → 2025-09-04 09:30'],
      ['2025-09-04 09:30', 'Fee', 1_600, 'date changed: 2025-09-03 10:00 → 2025-09-04 09:30'],
      ['2025-09-04 09:30', 'Sale', 20_000, 'date changed: 2025-09-03 10:00 → 2025-09-04 09:30'],
    ]);
  });

  it('reverses an imported order whose id then shows on a second order time, and books it again once it does not', () => {
    const settled = {
      ...week1,
      settlement: [
        FUND_FLOW_HEADER,
        ['2025-09-10 10:00:00', '支出>佣金', '交易佣金', '-₩1,600', 'KRW', '3', 'C3'],
      ],
    };
    const damaged = {
      ...settled,
      orders: [...(week1.orders ?? []), order('3', 'Shipped', '2025-09-05 10:00', '₩20,000')],
    };
    const { plans, ledger } = loop(settled, damaged, damaged, settled);
    // Neither order of id 3 counts (docs/rules.md §3), as in one update on these tabs.
    expect(
      brief(plans[1] as LedgerImportPlan).map((row) => [row[1], row[2], row[5], row[6]]),
    ).toEqual([
      ['COGS', -3_000, 'one order ID on orders of different times: 3,000 → 0', 'fix1:order:3:cogs'],
      [
        'Sale',
        -20_000,
        'one order ID on orders of different times: 20,000 → 0',
        'fix1:order:3:sale',
      ],
      ['Fee', -1_600, 'one order ID on orders of different times: 1,600 → 0', 'fix1:settle:C3'],
    ]);
    expect(net(loop(settled, damaged).ledger, '3')).toEqual(net(loop(damaged).ledger, '3'));
    expect(plans[2]?.rows).toEqual([]);
    // A commission 정산 still shows without the order's id is booked as 정산 shows it, once.
    const commissionWithoutId = {
      ...damaged,
      settlement: [
        FUND_FLOW_HEADER,
        ['2025-09-10 10:00:00', '支出>佣金', '交易佣金', '-₩1,600', 'KRW', '', 'C3'],
      ],
    };
    const again = loop(settled, commissionWithoutId, commissionWithoutId, commissionWithoutId);
    expect(again.plans[2]?.rows).toEqual([]);
    expect(again.plans[3]?.rows).toEqual([]);
    // So is its commission once it has left 정산: it belonged to a sale that counts for neither.
    const settlementGone = { ...damaged, settlement: [FUND_FLOW_HEADER] };
    expect(net(loop(settled, settlementGone).ledger, '3')).toEqual({});
    // The second row gone, order 3 counts again, commission and all.
    expect(net(ledger, '3')).toEqual({ sale: 20_000, cogs: 3_000, fee: 1_600 });
  });

  it('adds a late unit cost at the cost and the FX rate of the pay date; a changed cost leaves past COGS alone', () => {
    const rates: FxRate[] = [
      { currency: 'USD', rate: 1300, from: seoul('2025-09-01T00:00:00') },
      { currency: 'USD', rate: 1400, from: seoul('2025-09-10T00:00:00') },
    ];
    const noCost = {
      ...week1,
      fx: rates,
      skus: [
        ['SKU', 'Unit Cost'],
        ['KB-TINT', ''],
      ],
    };
    const costed = {
      ...noCost,
      skus: [
        ['SKU', 'Unit Cost'],
        ['KB-TINT', 'US $2.00'],
      ],
    };
    const dearer = {
      ...noCost,
      skus: [
        ['SKU', 'Unit Cost'],
        ['KB-TINT', 'US $3.00'],
      ],
    };
    const { plans, ledger } = loop(noCost, costed, dearer);
    expect(inEnglish(plans[0]?.problems ?? []).map((p) => p.expected)).toEqual([
      'a unit cost for SKU KB-TINT: its COGS is left out of 3 orders, e.g. 1',
    ]);
    // $2 × 1,300 (the September 1 rate, not the newest 1,400): 2 units for order 1, 1 each else.
    expect(
      brief(plans[1] as LedgerImportPlan).map((row) => [row[0], row[1], row[2], row[6]]),
    ).toEqual([
      ['2025-09-01 10:00', 'COGS', 5_200, 'order:1:cogs'],
      ['2025-09-02 10:00', 'COGS', 2_600, 'order:2:cogs'],
      ['2025-09-03 10:00', 'COGS', 2_600, 'order:3:cogs'],
    ]);
    // Each says it is a cost filled in, not an order imported again.
    expect(brief(plans[1] as LedgerImportPlan).map((row) => row[5])).toEqual([
      'unit cost filled in: 0 → 5,200',
      'unit cost filled in: 0 → 2,600',
      'unit cost filled in: 0 → 2,600',
    ]);
    expect(plans[1]?.corrections).toEqual({ costAdded: 3 });
    expect(plans[1]?.problems).toEqual([]);
    expect(plans[2]?.rows).toEqual([]); // $3 now: past sales keep the cost they were sold at
    expect(net(ledger).cogs).toBe(10_400);
    // A new order after the change takes the new cost.
    const newOrder = {
      ...dearer,
      orders: [...(dearer.orders ?? []), order('4', 'Shipped', '2025-09-11 10:00', '₩9,000')],
    };
    expect(plan(newOrder, ledger).rows.find((row) => row[7] === 'order:4:cogs')?.[2]).toBe(4_200);
  });

  it('holds out an order in a currency without a rate, then imports it whole once the rate exists', () => {
    const eur = {
      ...week1,
      orders: [...(week1.orders ?? []), order('5', 'Shipped', '2025-09-04 10:00', '€ 10.00')],
    };
    const withRate = { ...eur, fx: [...USD_1400, { currency: 'EUR', rate: 1500, from: null }] };
    const { plans } = loop(eur, withRate);
    expect(plans[0]?.rows.some((row) => row[5] === '5')).toBe(false);
    expect(plans[1]?.rows.map((row) => [row[1], row[2], row[7]])).toEqual([
      ['COGS', 3_000, 'order:5:cogs'],
      ['Fee', 1_200, 'order:5:fee'],
      ['Sale', 15_000, 'order:5:sale'],
    ]);
  });

  it('adds only what is new from a longer export that overlaps the last one', () => {
    const longer = {
      ...week1,
      orders: [...(week1.orders ?? []), order('4', 'Shipped', '2025-09-08 10:00', '₩9,000')],
    };
    const { plans } = loop(week1, longer);
    expect(plans[1]?.rows.map((row) => row[7])).toEqual([
      'order:4:cogs',
      'order:4:fee',
      'order:4:sale',
    ]);
    expect(plans[1]?.added).toBe(3);
    expect(plans[1]?.corrections).toEqual({});
  });

  it('keeps what has left the export window as last seen: absence is not cancellation', () => {
    const next = {
      ...week1,
      orders: [ORDERS_HEADER, order('4', 'Shipped', '2025-09-08 10:00', '₩9,000')],
    };
    const { plans, ledger } = loop(week1, next);
    expect(plans[1]?.rows.map((row) => row[7])).toEqual([
      'order:4:cogs',
      'order:4:fee',
      'order:4:sale',
    ]);
    expect(net(ledger).sale).toBe(109_000);
  });

  it('counts an Ads row pasted twice once, and imports spend added later for another SKU', () => {
    const ads = (...rows: unknown[][]) => ({
      ads: [['Date', 'Campaign', 'SKU', 'Spend'], ...rows],
    });
    const day1 = ads(['2025-09-02', 'socks', 'A', 1_000], ['2025-09-02', 'socks', 'A', 1_000]);
    const day1Later = ads(['2025-09-02', 'socks', 'A', 1_200], ['2025-09-02', 'socks', 'B', 700]);
    const { plans, ledger } = loop(day1, day1Later, day1Later);
    expect(brief(plans[0] as LedgerImportPlan)).toEqual([
      ['2025-09-02 00:00', 'Ad', 1_000, 'A', '', 'socks', 'ad:2025-09-02:socks'],
    ]);
    expect(brief(plans[1] as LedgerImportPlan)).toEqual([
      [
        '2025-09-02 00:00',
        'Ad',
        700,
        'B',
        '',
        'amount changed: 1,000 → 1,900',
        'ad:2025-09-02:socks|B',
      ],
      [
        '2025-09-02 00:00',
        'Ad',
        200,
        'A',
        '',
        'amount changed: 1,000 → 1,900',
        'fix1:ad:2025-09-02:socks',
      ],
    ]);
    expect(plans[2]?.rows).toEqual([]);
    expect(net(ledger).ad).toBe(1_900);
  });

  it('keeps the split of a two-SKU order when a price changes later; the order total still rules', () => {
    const twoSkus: Tabs = {
      orders: [
        ORDERS_HEADER,
        order('7', 'Shipped', '2025-09-04 10:00', '₩30,000', 'KB-TINT * 1;KB-PAD * 1'),
      ],
      skus: [
        ['SKU', 'Unit Cost', 'Price'],
        ['KB-TINT', '₩3,000', '₩10,000'],
        ['KB-PAD', '₩4,000', '₩20,000'],
      ],
    };
    const repriced = {
      ...twoSkus,
      skus: [
        ['SKU', 'Unit Cost', 'Price'],
        ['KB-TINT', '₩3,000', '₩20,000'],
        ['KB-PAD', '₩4,000', '₩20,000'],
      ],
    };
    const { plans, ledger } = loop(twoSkus, repriced);
    // 30,000 by price 10,000 : 20,000 → 10,000 and 20,000; repriced 1 : 1 would be 15,000 each.
    expect(
      plans[0]?.rows.filter((row) => row[1] === 'Sale').map((row) => [row[4], row[2]]),
    ).toEqual([
      ['KB-PAD', 20_000],
      ['KB-TINT', 10_000],
    ]);
    expect(plans[1]?.rows).toEqual([]);
    const raised = {
      ...repriced,
      orders: [
        ORDERS_HEADER,
        order('7', 'Shipped', '2025-09-04 10:00', '₩40,000', 'KB-TINT * 1;KB-PAD * 1'),
      ],
    };
    // A new total is split anew, at today's prices: 20,000 each.
    expect(
      net(
        appended(ledger, plan(raised, ledger)).filter((e) => e.sku === 'KB-TINT'),
        '7',
      ).sale,
    ).toBe(20_000);
  });

  it('takes the last row of a re-pasted order as its current state', () => {
    const pastedBelow = {
      ...week1,
      orders: [...(week1.orders ?? []), order('3', 'Cancelled', '2025-09-03 10:00', '₩20,000')],
    };
    expect(net(loop(pastedBelow).ledger, '3')).toEqual({});
    expect(net(loop(week1, pastedBelow).ledger, '3')).toEqual({});
  });

  it('leaves alone the items whose Ledger rows it cannot read', () => {
    const { ledger } = loop(week1);
    const cancelled = {
      ...week1,
      orders: [ORDERS_HEADER, order('2', 'Cancelled', '2025-09-02 10:00', '₩30,000')],
    };
    const input = (unreadableKeys: string[]) => {
      const fx = new FxTable('KRW', USD_1400);
      const read = readOrders(cancelled.orders ?? [], {
        tabName: 'Orders',
        timeZone: TZ,
        baseCurrency: 'KRW',
        fx,
      });
      return planLedgerImport({
        orders: read.records,
        disputes: [],
        settlement: [],
        skus: [],
        ads: [],
        ledger: ledger.filter((entry) => !unreadableKeys.includes(entry.sourceKey ?? '')),
        unreadableKeys,
        settings: DEFAULT_SETTINGS,
        fx,
        baseCurrency: 'KRW',
        timeZone: TZ,
        lang: 'en',
        firstRow: ledger.length + 2,
      });
    };
    expect(input([]).rows.map((row) => row[7])).toEqual([
      'fix1:order:2:cogs',
      'fix1:order:2:fee',
      'fix1:order:2:sale',
    ]);
    expect(input(['order:2:sale']).rows.map((row) => row[7])).toEqual([
      'fix1:order:2:cogs',
      'fix1:order:2:fee',
    ]);
  });
});

describe('planLedgerImport: a Ledger written by the previous version', () => {
  // What version 0.1 wrote for a two-SKU order (one row, no SKU), a wide-form settlement
  // commission (its key carried the date and amount) and a day of one campaign.
  const legacy: LedgerEntry[] = [
    legacyRow(2, '2025-09-02T11:00:00', 'sale', 28_000, null, 'B', 'order:B:sale'),
    legacyRow(3, '2025-09-02T11:00:00', 'cogs', 3_000, null, 'B', 'order:B:cogs'),
    legacyRow(
      4,
      '2025-09-02T11:00:00',
      'fee',
      700,
      null,
      'B',
      'settle:2025-09-06:B:commission:700',
    ),
    legacyRow(5, '2025-09-02T00:00:00', 'ad', 1_500, 'KB-TINT', null, 'ad:2025-09-02:socks'),
  ];
  const tabs: Tabs = {
    orders: [
      ORDERS_HEADER,
      [
        'B',
        'Shipped',
        '2025-09-02 10:50',
        '2025-09-02 11:00',
        'US $20.00',
        'KB-TINT * 1;ST-STICKER * 3',
        'T-B',
      ],
    ],
    settlement: [
      ['주문 ID', '날짜', '수수료'],
      ['B', '2025-09-06', '₩700'],
    ],
    skus: SKUS,
    ads: [
      ['Date', 'Campaign', 'SKU', 'Spend'],
      ['2025-09-02', 'socks', 'KB-TINT', 1_500],
    ],
  };

  it('recognises its rows: the totals stay, the two-SKU order is split into its lines once', () => {
    const result = plan(tabs, legacy);
    expect(brief(result)).toEqual([
      [
        '2025-09-02 11:00',
        'COGS',
        -3_000,
        '',
        'B',
        'split by SKU: 3,000 → 3,000',
        'fix1:order:B:cogs',
      ],
      [
        '2025-09-02 11:00',
        'Sale',
        -28_000,
        '',
        'B',
        'split by SKU: 28,000 → 28,000',
        'fix1:order:B:sale',
      ],
      [
        '2025-09-02 11:00',
        'Fee',
        -700,
        '',
        'B',
        'split by SKU: 700 → 700',
        'fix1:settle:2025-09-06:B:commission:700',
      ],
      [
        '2025-09-02 11:00',
        'COGS',
        3_000,
        'KB-TINT',
        'B',
        'split by SKU: 3,000 → 3,000',
        'order:B:cogs|KB-TINT',
      ],
      [
        '2025-09-02 11:00',
        'Sale',
        7_000,
        'KB-TINT',
        'B',
        'split by SKU: 28,000 → 28,000',
        'order:B:sale|KB-TINT',
      ],
      [
        '2025-09-02 11:00',
        'Sale',
        21_000,
        'ST-STICKER',
        'B',
        'split by SKU: 28,000 → 28,000',
        'order:B:sale|ST-STICKER',
      ],
      [
        '2025-09-02 11:00',
        'Fee',
        175,
        'KB-TINT',
        'B',
        'split by SKU: 700 → 700',
        'settle:B:commission|KB-TINT',
      ],
      [
        '2025-09-02 11:00',
        'Fee',
        525,
        'ST-STICKER',
        'B',
        'split by SKU: 700 → 700',
        'settle:B:commission|ST-STICKER',
      ],
    ]);
    const after = appended(legacy, result);
    expect(net(after)).toEqual(net(legacy)); // nothing counted twice
    expect(plan(tabs, after).rows).toEqual([]);
  });
});

describe('planLedgerImport: invariants', () => {
  const SKU_IDS = ['S1', 'S2', 'S3'];
  const time = fc
    .integer({ min: 0, max: 20 })
    .map((n) => `2025-09-${String(1 + n).padStart(2, '0')} 10:00`);
  const money = fc.integer({ min: 0, max: 50_000 });
  const anOrder = fc.record({
    status: fc.constantFrom('Completed', 'Shipped', 'Cancelled', 'Awaiting shipment', 'Closed'),
    paid: fc.option(time, { nil: '' }),
    amount: money,
    codes: fc.array(
      fc.record({ sku: fc.constantFrom(...SKU_IDS, 'XX'), qty: fc.integer({ min: 1, max: 4 }) }),
      { minLength: 1, maxLength: 3 },
    ),
  });
  const aDispute = fc.record({
    order: fc.integer({ min: 0, max: 7 }),
    refund: fc.option(money, { nil: '' }),
    time,
  });
  const aMovement = fc.record({
    order: fc.integer({ min: 0, max: 9 }),
    item: fc.constantFrom('交易佣金', '联盟营销费', '放款后退款', '海外发货处罚', '交易放款'),
    amount: money,
    time,
  });
  const anAd = fc.record({
    time,
    campaign: fc.constantFrom('a', 'b'),
    sku: fc.constantFrom('S1', 'S2', ''),
    spend: money,
  });

  const tabsOf = fc
    .record({
      orders: fc.array(anOrder, { maxLength: 8 }),
      disputes: fc.array(aDispute, { maxLength: 4 }),
      movements: fc.array(aMovement, { maxLength: 6 }),
      ads: fc.array(anAd, { maxLength: 5 }),
      costs: fc.array(fc.option(fc.integer({ min: 1, max: 9_000 }), { nil: '' }), {
        minLength: 3,
        maxLength: 3,
      }),
    })
    .map(({ orders, disputes, movements, ads, costs }): Tabs => ({
      orders: [
        ORDERS_HEADER,
        ...orders.map((o, i) => [
          `O${i}`,
          o.status,
          '2025-09-01 09:00',
          o.paid,
          o.amount,
          o.codes.map((line) => `${line.sku} * ${line.qty}`).join(';'),
          o.status === 'Closed' ? '' : 'T',
        ]),
      ],
      disputes: [
        DISPUTES_HEADER,
        ...disputes.map((d, i) => [`D${i}`, `O${d.order}`, d.time, '', '', d.refund, '']),
      ],
      settlement: [
        FUND_FLOW_HEADER,
        ...movements.map((m, i) => [m.time, '', m.item, -m.amount, 'KRW', `O${m.order}`, `F${i}`]),
      ],
      ads: [
        ['Date', 'Campaign', 'SKU', 'Spend'],
        ...ads.map((ad) => [ad.time, ad.campaign, ad.sku, ad.spend]),
      ],
      skus: [['SKU', 'Unit Cost'], ...SKU_IDS.map((sku, i) => [sku, costs[i]])],
    }));

  it('is idempotent: planning again over its own rows adds nothing', () => {
    fc.assert(
      fc.property(tabsOf, (tabs) => {
        const { plans } = loop(tabs, tabs);
        expect(plans[1]?.rows).toEqual([]);
      }),
    );
  });

  it('plans the same rows whatever the order of the rows, and never NaN', () => {
    const reversed = (values: unknown[][] | undefined) =>
      values ? [values[0] as unknown[], ...values.slice(1).reverse()] : values;
    fc.assert(
      fc.property(tabsOf, (tabs) => {
        const result = plan(tabs);
        // Order ids are distinct, so reversing the rows changes no order's current state.
        const flipped = plan({
          ...tabs,
          orders: reversed(tabs.orders),
          disputes: reversed(tabs.disputes),
          settlement: reversed(tabs.settlement),
          ads: reversed(tabs.ads),
        });
        expect(flipped.rows).toEqual(result.rows);
        for (const entry of result.entries) expect(Number.isFinite(entry.amount)).toBe(true);
      }),
    );
  });

  it('plans its rows by date, then Source Key, then amount', () => {
    const time = (date: Date | null) => date?.getTime() ?? 0;
    fc.assert(
      fc.property(tabsOf, (tabs) => {
        const { entries } = plan(tabs);
        for (let i = 1; i < entries.length; i++) {
          const [a, b] = [entries[i - 1], entries[i]] as [PlannedEntry, PlannedEntry];
          const inOrder =
            time(a.date) < time(b.date) ||
            (time(a.date) === time(b.date) &&
              (a.sourceKey < b.sourceKey || (a.sourceKey === b.sourceKey && a.amount <= b.amount)));
          expect(inOrder, `${a.sourceKey} before ${b.sourceKey}`).toBe(true);
        }
      }),
    );
  });
});

function legacyRow(
  row: number,
  seoulTime: string,
  type: LedgerEntry['type'],
  amount: number,
  sku: string | null,
  orderId: string | null,
  sourceKey: string,
): LedgerEntry {
  return {
    row,
    date: seoul(seoulTime),
    type,
    amount,
    currency: 'KRW',
    baseAmount: amount,
    sku,
    orderId,
    memo: '',
    sourceKey,
  };
}
