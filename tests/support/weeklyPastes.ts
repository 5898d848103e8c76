// Random histories of a small shop as a seller pastes them week after week, and the oracle of
// docs/rules.md §4's path independence: after any sequence of pastes ending with tabs T, the Ledger holds,
// for every item T still shows, the same week totals as one import of T alone — except that an
// order line imported before its SKU's cost changed keeps the cost it was imported with.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { FxRate } from '../../src/core/metrics/fx';
import type { LedgerEntry } from '../../src/core/ledger/readLedger';
import { weekStartKey } from '../../src/core/time/dates';
import { DISPUTES_HEADER, FUND_FLOW_HEADER, ORDERS_HEADER, TZ, type Tabs } from './importRuns';

const SKUS = ['S1', 'S2', 'S3'] as const;
const seoul = (text: string): Date => new Date(`${text}+09:00`);

/** USD moves on Sept 10, so a cost converted at the pay date differs from one at the newest rate. */
const USD_RATES: FxRate[] = [
  { currency: 'USD', rate: 1300, from: seoul('2025-09-01T00:00:00') },
  { currency: 'USD', rate: 1400, from: seoul('2025-09-10T00:00:00') },
];
const EUR_RATE: FxRate = { currency: 'EUR', rate: 1500, from: null };

const STATUSES = [
  'Awaiting payment',
  'Awaiting shipment',
  'Shipped',
  'Completed',
  'Cancelled',
  'Closed',
] as const;
type Status = (typeof STATUSES)[number];

/** One order's fixed facts; what changes from paste to paste is in OrderState. */
interface ShopOrder {
  day: number;
  amount: string;
  lines: Array<{ sku: string; qty: number }>;
  /** Settlement movements the order may get: its commission, affiliate fee, refund, penalty. */
  commission: number;
  affiliate: number;
  settledRefund: number;
  penalty: number;
}

interface OrderState {
  status: Status;
  shipped: boolean;
  /** An older row of the same order pasted above (a newer export pasted below an older one). */
  staleCopyAbove: Status | null;
  /** A damaged id: another order with the same id and another order time. */
  damagedTwin: boolean;
  dispute: { refund: '' | '₩5,000' | '₩12,000'; closed: boolean } | null;
  commission: boolean;
  affiliate: boolean;
  settledRefund: boolean;
  penalty: boolean;
}

/** One week's exports: each order's state, or null when it has left the export window. */
interface Paste {
  orders: Array<OrderState | null>;
  costs: Array<'' | '₩1,000' | '₩2,500' | 'US $2.00'>;
  prices: Array<'' | 'US $5.00' | 'US $9.00'>;
  eurRate: boolean;
  ads: Array<{ day: number; campaign: string; sku: string; spend: number } | null>;
  /** The whole Settlement and Ads exports pasted twice (a re-paste). */
  repeated: boolean;
}

export interface ShopHistory {
  orders: ShopOrder[];
  pastes: Paste[];
}

const anOrder: fc.Arbitrary<ShopOrder> = fc.record({
  day: fc.integer({ min: 1, max: 20 }),
  amount: fc.constantFrom('₩30,000', '₩8,000', 'US $20.00', '€ 10.00'),
  lines: fc.uniqueArray(
    fc.record({ sku: fc.constantFrom(...SKUS, 'S9'), qty: fc.integer({ min: 1, max: 3 }) }),
    { minLength: 1, maxLength: 2, selector: (line) => line.sku },
  ),
  commission: fc.integer({ min: 100, max: 3_000 }),
  affiliate: fc.integer({ min: 10, max: 900 }),
  settledRefund: fc.integer({ min: 1_000, max: 9_000 }),
  penalty: fc.integer({ min: 100, max: 2_000 }),
});

const aState: fc.Arbitrary<OrderState | null> = fc.option(
  fc.record({
    status: fc.constantFrom(...STATUSES),
    shipped: fc.boolean(),
    staleCopyAbove: fc.option(fc.constantFrom(...STATUSES), { nil: null, freq: 6 }),
    damagedTwin: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    dispute: fc.option(
      fc.record({
        refund: fc.constantFrom('' as const, '₩5,000' as const, '₩12,000' as const),
        closed: fc.boolean(),
      }),
      { nil: null },
    ),
    commission: fc.boolean(),
    affiliate: fc.boolean(),
    settledRefund: fc.boolean(),
    penalty: fc.boolean(),
  }),
  { nil: null, freq: 4 },
);

/** Histories of 1–6 orders over 1–6 weekly pastes; a paste may repeat the one before it. */
export function shopHistories(maxPastes = 6, minPastes = 1): fc.Arbitrary<ShopHistory> {
  return fc.array(anOrder, { minLength: 1, maxLength: 6 }).chain((orders) => {
    const aPaste: fc.Arbitrary<Paste> = fc.record({
      orders: fc.array(aState, { minLength: orders.length, maxLength: orders.length }),
      costs: fc.array(
        fc.constantFrom('' as const, '₩1,000' as const, '₩2,500' as const, 'US $2.00' as const),
        { minLength: 3, maxLength: 3 },
      ),
      prices: fc.array(fc.constantFrom('' as const, 'US $5.00' as const, 'US $9.00' as const), {
        minLength: 3,
        maxLength: 3,
      }),
      eurRate: fc.boolean(),
      ads: fc.array(
        fc.option(
          fc.record({
            day: fc.integer({ min: 1, max: 3 }),
            campaign: fc.constantFrom('socks', 'pens'),
            sku: fc.constantFrom('S1', 'S2', ''),
            spend: fc.constantFrom(1_000, 1_500, 700),
          }),
          { nil: null },
        ),
        { maxLength: 4 },
      ),
      repeated: fc.boolean(),
    });
    return fc
      .array(fc.tuple(aPaste, fc.boolean()), { minLength: minPastes, maxLength: maxPastes })
      .map((steps) => ({
        orders,
        // A paste marked `true` repeats the one before it: the same export pasted again.
        pastes: steps.map(([paste, again], i) =>
          again && i > 0 ? (steps[i - 1] as [Paste, boolean])[0] : paste,
        ),
      }));
  });
}

const day = (n: number, time: string): string => `2025-09-${String(n).padStart(2, '0')} ${time}`;

/** The tabs a paste puts in the spreadsheet (the SKU tab and Settings are the seller's). */
export function tabsOf(history: ShopHistory, paste: Paste): Tabs {
  const orders: unknown[][] = [ORDERS_HEADER];
  const disputes: unknown[][] = [DISPUTES_HEADER];
  const settlement: unknown[][] = [FUND_FLOW_HEADER];
  history.orders.forEach((order, i) => {
    const state = paste.orders[i];
    if (!state) return;
    const id = `O${i}`;
    if (state.staleCopyAbove) orders.push(orderRow(id, order, state.staleCopyAbove, state.shipped));
    orders.push(orderRow(id, order, state.status, state.shipped));
    if (state.damagedTwin)
      orders.push(orderRow(id, { ...order, day: order.day + 1 }, 'Completed', true));
    if (state.dispute) {
      const { refund, closed } = state.dispute;
      disputes.push([
        `D${i}`,
        id,
        day(order.day, '12:00'),
        '파손',
        closed ? '종료' : '진행 중',
        refund,
        closed ? day(order.day + 4, '09:00') : '',
      ]);
    }
    const flow = (what: string, item: string, amount: number, when: number) => [
      day(order.day + when, '08:00'),
      what,
      item,
      -amount,
      'KRW',
      id,
      `${what}-${i}`,
    ];
    if (state.commission) settlement.push(flow('支出>佣金', '交易佣金', order.commission, 5));
    if (state.affiliate) settlement.push(flow('支出>联盟营销', '联盟营销费', order.affiliate, 5));
    if (state.settledRefund)
      settlement.push(flow('支出>放款后退款', '放款后退款', order.settledRefund, 6));
    if (state.penalty) settlement.push(flow('支出>平台处罚', '海外发货处罚', order.penalty, 7));
  });
  const ads: unknown[][] = [['Date', 'Campaign', 'SKU', 'Spend']];
  for (const ad of paste.ads)
    if (ad) ads.push([day(ad.day, '00:00'), ad.campaign, ad.sku, ad.spend]);
  return {
    orders,
    disputes,
    settlement: paste.repeated ? [...settlement, ...settlement.slice(1)] : settlement,
    ads: paste.repeated ? [...ads, ...ads.slice(1)] : ads,
    skus: [
      ['SKU', 'Unit Cost', 'Price'],
      ...SKUS.map((sku, i) => [sku, paste.costs[i], paste.prices[i]]),
    ],
    fx: paste.eurRate ? [...USD_RATES, EUR_RATE] : USD_RATES,
  };
}

/**
 * The paste as spreadsheet tabs, for the built add-on: each export tab, the SKU tab, and a
 * Settings tab holding the paste's FX table (Settings' other keys at their defaults: KRW, 8%).
 */
export function sheetsOf(
  tabs: Tabs,
): Array<{ name: string; values: Array<Array<string | number>> }> {
  const fx = (tabs.fx ?? []).map(({ currency, rate, from }) => [
    currency,
    rate,
    from === null ? '' : new Date(from.getTime() + 9 * 3_600_000).toISOString().slice(0, 10),
  ]);
  const sheet = (name: string, values: unknown[][] | undefined) => ({
    name,
    values: (values ?? []) as Array<Array<string | number>>,
  });
  return [
    sheet('Orders', tabs.orders),
    sheet('Disputes', tabs.disputes),
    sheet('Settlement', tabs.settlement),
    sheet('Ads', tabs.ads),
    sheet('SKU', tabs.skus),
    sheet('Settings', [
      ['Setting', 'Value'],
      ['Base currency', 'KRW'],
      [],
      ['Currency', 'Rate', 'Date'],
      ...fx,
    ]),
  ];
}

function orderRow(id: string, order: ShopOrder, status: Status, shipped: boolean): unknown[] {
  const paid = status === 'Awaiting payment' ? '' : day(order.day, '10:00');
  const codes = order.lines.map((line) => `${line.sku} * ${line.qty}`).join(';');
  return [id, status, day(order.day, '09:00'), paid, order.amount, codes, shipped ? `T-${id}` : ''];
}

// The oracle ----------------------------------------------------------------------------------

/** The slot a Source Key belongs to: without its `fix<n>:` prefix and its `|line` suffix. */
function slotOf(sourceKey: string): string {
  return sourceKey.replace(/^fix\d+:/, '').replace(/\|.*$/, '');
}

/** Net amount per slot, Type and week (Monday weeks in Seoul). */
function netBySlot(ledger: readonly LedgerEntry[]): Map<string, Map<string, number>> {
  const nets = new Map<string, Map<string, number>>();
  for (const entry of ledger) {
    if (entry.sourceKey === null || entry.date === null) continue;
    const slot = slotOf(entry.sourceKey);
    const position = `${entry.type} ${weekStartKey(entry.date, TZ, 1)}`;
    const slotNets = nets.get(slot) ?? new Map<string, number>();
    slotNets.set(position, (slotNets.get(position) ?? 0) + entry.baseAmount);
    nets.set(slot, slotNets);
  }
  return nets;
}

function rounded(nets: Map<string, number> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [position, amount] of nets ?? []) {
    const cents = Math.round(amount * 100) / 100;
    if (cents !== 0) out[position] = cents;
  }
  return out;
}

/** What the last paste still shows, and what the loop has seen that it no longer shows. */
interface Shown {
  /** Slots whose item the last paste shows (readable, and not held out). */
  slots: Set<string>;
  /** Slots whose booking depends on an item that left the tabs (docs/rules.md §4: kept as last seen). */
  remembered: Set<string>;
}

/**
 * Asserts docs/rules.md §4's rule for the history: `loopLedger` (every paste imported in turn) against
 * `freshLedger` (one import of the last paste). Slots are compared per Type and week; a COGS
 * slot against the cost each line was first imported with (`firstCosts`), which the model
 * tracks independently of the import.
 */
export function expectPathIndependent(
  history: ShopHistory,
  loopLedger: readonly LedgerEntry[],
  freshLedger: readonly LedgerEntry[],
  shown: Shown,
): void {
  const loop = netBySlot(loopLedger);
  const fresh = netBySlot(freshLedger);
  const cogs = expectedCogs(history);
  expectNeverBoth(loopLedger);
  for (const slot of shown.slots) {
    if (shown.remembered.has(slot)) continue;
    if (slot.endsWith(':cogs')) {
      expect(rounded(loop.get(slot)), slot).toEqual(cogs.get(slot) ?? {});
    } else {
      expect(rounded(loop.get(slot)), slot).toEqual(rounded(fresh.get(slot)));
    }
  }
}

/**
 * docs/rules.md §4's "never both", whatever the tabs show now: an order's fee is the estimate or the
 * settlement commission, its refund Disputes' or Settlement's.
 */
function expectNeverBoth(ledger: readonly LedgerEntry[]): void {
  const nets = new Map<string, number>();
  for (const { sourceKey, orderId, type, baseAmount } of ledger) {
    if (sourceKey === null || orderId === null) continue;
    const family = slotOf(sourceKey).split(':')[0];
    const key = `${orderId} ${type} ${family}`;
    nets.set(key, (nets.get(key) ?? 0) + baseAmount);
  }
  const nonZero = (key: string) => Math.round((nets.get(key) ?? 0) * 100) !== 0;
  for (const key of nets.keys()) {
    const orderId = key.split(' ')[0] as string;
    const fees = nonZero(`${orderId} fee order`) && nonZero(`${orderId} fee settle`);
    expect(fees, `${orderId}: an estimated fee and the settlement commission`).toBe(false);
    const refunds = nonZero(`${orderId} refund refund`) && nonZero(`${orderId} refund settle`);
    expect(refunds, `${orderId}: a refund from Disputes and one from Settlement`).toBe(false);
  }
}

/** The shown slots of the last paste and the ones whose booking the loop remembers. */
export function shownSlots(history: ShopHistory, shownOrders: ReadonlySet<string>): Shown {
  const last = history.pastes[history.pastes.length - 1] as Paste;
  const slots = new Set<string>();
  const remembered = new Set<string>();
  const everShown = (i: number) => history.pastes.some((paste) => paste.orders[i] !== null);
  const seenThenGone = (i: number, part: keyof OrderState) =>
    history.pastes.some((paste) => Boolean(paste.orders[i]?.[part])) && !last.orders[i]?.[part];
  history.orders.forEach((_, i) => {
    const id = `O${i}`;
    const state = last.orders[i];
    // An id on two orders of different times shows its slots empty: neither order counts.
    const order = history.orders[i] as ShopOrder;
    const shown =
      shownOrders.has(id) ||
      (state !== null && state !== undefined && isDamaged(order, state, last));
    if (shown) for (const part of ['sale', 'fee', 'cogs']) slots.add(`order:${id}:${part}`);
    if (state?.dispute) slots.add(`refund:${id}:D${i}`);
    // The fees of an order held out are held out with it (docs/rules.md §4: held out whole).
    if (state?.commission && shown) slots.add(`settle:支出>佣金-${i}`);
    if (state?.affiliate && shown) slots.add(`settle:支出>联盟营销-${i}`);
    if (state?.settledRefund) slots.add(`settle:支出>放款后退款-${i}`);
    if (state?.penalty) slots.add(`settle:支出>平台处罚-${i}`);
    // A commission seen, then gone: no estimate comes back (the loop remembers, one import can't).
    if (seenThenGone(i, 'commission')) remembered.add(`order:${id}:fee`);
    // A dispute's refund seen, then gone: Settlement's refund stays out.
    if (seenDisputeRefundThenGone(history, i)) remembered.add(`settle:支出>放款后退款-${i}`);
    // The order seen, then gone from Orders: its fees stay dated with the sale the Ledger holds.
    if (everShown(i) && !shownOrders.has(id)) {
      remembered.add(`settle:支出>佣金-${i}`);
      remembered.add(`settle:支出>联盟营销-${i}`);
    }
  });
  for (const ad of last.ads) if (ad) slots.add(`ad:${day(ad.day, '').trim()}:${ad.campaign}`);
  return { slots, remembered };
}

function seenDisputeRefundThenGone(history: ShopHistory, i: number): boolean {
  const refunded = (paste: Paste) => {
    const refund = paste.orders[i]?.dispute?.refund;
    return refund !== undefined && refund !== '';
  };
  const last = history.pastes[history.pastes.length - 1] as Paste;
  return history.pastes.some(refunded) && !last.orders[i]?.dispute;
}

/**
 * The COGS each order line should carry after the loop, worked out from the history alone: a
 * line is costed when its order brings a sale and it has no COGS yet (at the cost of that
 * paste, converted at the pay date's rate); a cancellation, or its id showing on two orders of
 * different times, takes it back; otherwise it keeps it.
 */
function expectedCogs(history: ShopHistory): Map<string, Record<string, number>> {
  const imported = new Map<string, number>(); // `${order} ${sku}` → COGS
  for (const paste of history.pastes) {
    history.orders.forEach((order, i) => {
      const state = paste.orders[i];
      if (!state) return;
      // An id on two readable orders of different times: neither counts, so its COGS is taken
      // back (rows the import cannot read tell no times apart: the order is only held out).
      if (isDamaged(order, state, paste)) {
        for (const line of order.lines) imported.delete(`O${i} ${line.sku}`);
        return;
      }
      if (!readable(order, state, paste)) return;
      for (const line of order.lines) {
        const key = `O${i} ${line.sku}`;
        if (!bringsSale(state)) imported.delete(key);
        else if (!imported.has(key)) {
          const cost = unitCost(
            paste.costs[SKUS.indexOf(line.sku as (typeof SKUS)[number])],
            order.day,
          );
          if (cost !== null) imported.set(key, Math.round(line.qty * cost * 100) / 100);
        }
      }
    });
  }
  const expected = new Map<string, Record<string, number>>();
  for (const [key, amount] of imported) {
    const id = key.split(' ')[0] as string;
    const order = history.orders[Number(id.slice(1))] as ShopOrder;
    const position = `cogs ${weekStartKey(seoul(`${day(order.day, '10:00').replace(' ', 'T')}:00`), TZ, 1)}`;
    const slot = expected.get(`order:${id}:cogs`) ?? {};
    slot[position] = Math.round(((slot[position] ?? 0) + amount) * 100) / 100;
    expected.set(`order:${id}:cogs`, slot);
  }
  return expected;
}

/** Whether the import can read the order's current row: a rate for its currency, an intact id. */
function readable(order: ShopOrder, state: OrderState, paste: Paste): boolean {
  return hasRate(order, paste) && !state.damagedTwin;
}

function hasRate(order: ShopOrder, paste: Paste): boolean {
  return !order.amount.startsWith('€') || paste.eurRate;
}

/** Its id on two orders the import reads apart by their order times (docs/rules.md §3). */
function isDamaged(order: ShopOrder, state: OrderState, paste: Paste): boolean {
  return state.damagedTwin && hasRate(order, paste);
}

function bringsSale(state: OrderState): boolean {
  if (state.status === 'Cancelled' || state.status === 'Awaiting payment') return false;
  return state.status !== 'Closed' || state.shipped;
}

function unitCost(cost: string | undefined, payDay: number): number | null {
  if (cost === undefined || cost === '') return null;
  if (cost.startsWith('US $')) return Number(cost.slice(4)) * (payDay >= 10 ? 1400 : 1300);
  return Number(cost.replace(/[₩,]/g, ''));
}
