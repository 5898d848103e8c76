/**
 * The Weekly Margin table (docs/rules.md §4–§5): real margin per week from the ledger, with the week's
 * paid orders and dispute rate beside it.
 */
import { dayKeyOf, weekStartDay } from '../time/dates';
import { paidOrders, SaleNets } from './paidOrders';
import type { LedgerEntry } from '../ledger/readLedger';
import { LEDGER_TYPES, type LedgerType } from '../ledger/ledgerType';
import {
  emptyTotals,
  ledgerTotals,
  marginRate,
  realMargin,
  TypeAmounts,
  type LedgerTotals,
} from './realMargin';
import type { Dispute, Order } from '../read/records';
import type { Settings } from '../read/settings';
import { ratio, sum } from './stats';

/** The column each ledger type's total goes to in the margin tables. */
const FIGURE_NAMES = {
  sale: 'sales',
  refund: 'refunds',
  cogs: 'cogs',
  shipping: 'shipping',
  packaging: 'packaging',
  fee: 'fees',
  affiliate: 'affiliate',
  ad: 'ads',
  coupon: 'coupons',
  penalty: 'penalties',
  other: 'other',
} as const satisfies Record<LedgerType, string>;

/** Base-currency total per ledger type (costs positive), the real margin and the margin rate. */
export type MarginFigures = { [T in LedgerType as (typeof FIGURE_NAMES)[T]]: number } & {
  realMargin: number;
  /** Null without sales. */
  marginRate: number | null;
};

/**
 * The margin figures of some ledger entries (ledgerTotals adds in an order-independent way).
 * @example marginFigures([{ type: 'sale', baseAmount: 100 }]).sales // 100
 */
export function marginFigures(
  entries: readonly Pick<LedgerEntry, 'type' | 'baseAmount'>[],
): MarginFigures {
  return figuresOf(ledgerTotals(entries));
}

function figuresOf(totals: LedgerTotals): MarginFigures {
  const byType = Object.fromEntries(LEDGER_TYPES.map((type) => [FIGURE_NAMES[type], totals[type]]));
  return {
    ...byType,
    realMargin: realMargin(totals),
    marginRate: marginRate(totals),
  } as MarginFigures;
}

export type WeekRow = { weekStart: string } & MarginFigures & {
    /** Information only: already inside `sales` (docs/rules.md §4). */
    storeDiscounts: number;
    paidOrders: number;
    /** Distinct orders with a dispute opened in the week. */
    disputes: number;
    /** Null over zero paid orders. */
    disputeRate: number | null;
  };

export interface WeeklyMargin {
  /** Ascending, every week from the first to the last with any data. */
  rows: WeekRow[];
  /** Ledger entries without a date: in no week, counted so the total can be reconciled. */
  undated: number;
}

/**
 * Weeks start on `weekStartsOn` in `timeZone`. Ledger amounts go to the week of their date, and
 * so do paid orders, counted from the Ledger's Sale rows (docs/rules.md §4: they always agree with the
 * week's sales, even once the orders have left the export); store discounts (information only)
 * to the week of the Orders tab's sale time; disputes to the week they were opened.
 * @example weeklyMargin(entries, orders, disputes, { weekStartsOn: 1 }, 'Asia/Seoul').rows[0].weekStart // '2025-09-01'
 */
export function weeklyMargin(
  entries: readonly LedgerEntry[],
  orders: readonly Order[],
  disputes: readonly Dispute[],
  settings: Pick<Settings, 'weekStartsOn'>,
  timeZone: string,
): WeeklyMargin {
  const weeks = new Map<number, WeekData>();
  const weekData = (date: Date): WeekData => {
    const day = weekStartDay(date, timeZone, settings.weekStartsOn);
    let data = weeks.get(day);
    if (data === undefined) {
      data = {
        amounts: new TypeAmounts(),
        storeDiscounts: [],
        sales: new SaleNets(),
        disputedOrders: new Set(),
      };
      weeks.set(day, data);
    }
    return data;
  };

  let undated = 0;
  // An index, not for…of: a loop over a million entries must not make an iterator result each
  // time it runs before the optimiser has compiled it.
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.date === null) undated++;
    else {
      const data = weekData(entry.date);
      data.amounts.add(entry.type, entry.baseAmount);
      data.sales.add(entry);
    }
  }
  for (const order of paidOrders(orders))
    weekData(order.saleTime).storeDiscounts.push(order.storeDiscount);
  for (const dispute of disputes) weekData(dispute.openedTime).disputedOrders.add(dispute.orderId);

  return {
    rows: weekStartsFromFirstToLast(weeks).map((day) => weekRow(dayKeyOf(day), weeks.get(day))),
    undated,
  };
}

interface WeekData {
  amounts: TypeAmounts;
  storeDiscounts: number[];
  sales: SaleNets;
  disputedOrders: Set<string>;
}

/** Weeks without data in between are listed too, so a chart shows the gap as zero. */
function weekStartsFromFirstToLast(weeks: Map<number, unknown>): number[] {
  const days = [...weeks.keys()].sort((a, b) => a - b);
  const starts: number[] = [];
  const [first, last] = [days[0], days[days.length - 1]];
  if (first === undefined || last === undefined) return starts;
  for (let day = first; day <= last; day += 7) starts.push(day);
  return starts;
}

function weekRow(weekStart: string, data: WeekData | undefined): WeekRow {
  const paid = data?.sales.paidOrders() ?? 0;
  const disputes = data?.disputedOrders.size ?? 0;
  return {
    weekStart,
    ...figuresOf(data?.amounts.totals() ?? emptyTotals()),
    storeDiscounts: sum(data?.storeDiscounts ?? []),
    paidOrders: paid,
    disputes,
    disputeRate: ratio(disputes, paid),
  };
}
