/**
 * Did AliExpress pay what it should have? (Issue: the payout check.) Each order's expected
 * payout — its sale less its commission, affiliate fee and refunds, in the payout's currency —
 * against what the settlement tab shows paid out (the fund flow's `放款` rows less the deductions it
 * takes as rows of their own, or the wide form's payout, which is net already). Two
 * things are worth a seller's time: an order paid out short by more than 1% (or ₩1,000), and a
 * completed order not paid out after the platform's usual delay.
 */
import { localDateKey } from '../time/dates';
import type { FxTable } from './fx';
import { roundCents } from '../read/money';
import type { SettlementMovement } from '../read/readSettlement';
import type { Order } from '../read/records';

export type PayoutGapKind = 'short' | 'missing';

export interface PayoutGap {
  orderId: string;
  kind: PayoutGapKind;
  /** The payout's currency (for a missing payout, the sale's). */
  currency: string;
  expected: number;
  paid: number;
  /** expected − paid, in `currency`. */
  gap: number;
  /** The gap in the base currency, for the total at stake. */
  gapBase: number;
}

export interface PayoutCheck {
  gaps: PayoutGap[];
  /** Σ gaps, base currency. */
  atStake: number;
  /** Orders whose payout the settlement tab shows and the Orders tab can price. */
  checked: number;
  /** Orders of a managed store (供货款): paid a supply price, so not compared. */
  managed: number;
  /** The settlement tab's first and last days as keys (null without movements). */
  covers: { from: string; to: string } | null;
}

/** A payout short by at most this share of what was expected is rounding, not a loss. */
export const SHORT_SHARE = 0.01;
/** ... or by at most ₩1,000 (in a shop whose base is not the won, when Settings has its rate). */
export const SHORT_WON = 1_000;

export interface PayoutCheckInput {
  orders: readonly Order[];
  settlement: readonly SettlementMovement[];
  fx: FxTable;
  payoutDelayDays: number;
  /** The data's as-of time: a missing payout is judged against it. */
  asOf: Date;
  timeZone: string;
}

const DAY_MS = 86_400_000;

const NO_MOVEMENTS: readonly SettlementMovement[] = Object.freeze([]);

/**
 * @example payoutCheck({ orders, settlement, fx, payoutDelayDays: 15, asOf }).gaps
 * // [{ orderId: '3061…', kind: 'short', currency: 'USD', expected: 18.4, paid: 16.4, gap: 2, … }]
 */
export function payoutCheck(input: PayoutCheckInput): PayoutCheck {
  const byOrder = movementsByOrder(input.settlement);
  const span = settledSpan(input.settlement);
  const gaps: PayoutGap[] = [];
  let checked = 0;
  let managed = 0;
  for (const order of input.orders) {
    if (!order.bringsSale || order.saleTime === null) continue;
    // Most orders have no movement yet: they share one empty list rather than make two each.
    const movements = byOrder.get(order.orderId) ?? NO_MOVEMENTS;
    const payouts =
      movements.length === 0
        ? NO_MOVEMENTS
        : movements.filter((movement) => movement.type === 'payout');
    // A managed store's 供货款 is a supply price, not the sale less fees: nothing to compare.
    if (payouts.some((payout) => payout.item.includes('供货款'))) {
      managed++;
      continue;
    }
    if (payouts.length > 0) {
      checked++;
      const gap = shortPayout(order, movements, payouts, input.fx);
      if (gap !== null) gaps.push(gap);
    } else if (isOverdue(order, input, span)) {
      gaps.push(missingPayout(order, movements, input.fx));
    }
  }
  gaps.sort((a, b) => b.gapBase - a.gapBase || a.orderId.localeCompare(b.orderId));
  const atStake = roundCents(gaps.reduce((sum, gap) => sum + gap.gapBase, 0));
  const covers =
    input.settlement.length === 0
      ? null
      : {
          from: localDateKey(new Date(span.from), input.timeZone),
          to: localDateKey(new Date(span.to), input.timeZone),
        };
  return { gaps, atStake, checked, managed, covers };
}

function movementsByOrder(
  settlement: readonly SettlementMovement[],
): Map<string, SettlementMovement[]> {
  const byOrder = new Map<string, SettlementMovement[]>();
  for (const movement of settlement) {
    if (movement.orderId === null) continue;
    const movements = byOrder.get(movement.orderId);
    if (movements === undefined) byOrder.set(movement.orderId, [movement]);
    else movements.push(movement);
  }
  return byOrder;
}

/** The settlement tab's first and last settlement times: what its export covers. */
function settledSpan(settlement: readonly SettlementMovement[]): { from: number; to: number } {
  let from = Infinity;
  let to = -Infinity;
  for (const { time } of settlement) {
    from = Math.min(from, time.getTime());
    to = Math.max(to, time.getTime());
  }
  return { from, to };
}

/**
 * Completed (delivered) long enough ago that the payout was due, with the whole stretch from
 * delivery to due inside what the settlement export covers: a payout can land any day of it,
 * and a one-week export says nothing about the days before it began.
 */
function isOverdue(
  order: Order,
  input: PayoutCheckInput,
  span: { from: number; to: number },
): boolean {
  if (order.status !== 'completed' || order.deliveredMs === null) return false;
  const delivered = order.deliveredMs;
  const due = delivered + input.payoutDelayDays * DAY_MS;
  return due <= input.asOf.getTime() && delivered >= span.from && due <= span.to;
}

/** What the order should have paid out, in `currency` at the rate of `date` where it must convert. */
function expectedPayout(
  order: Order,
  costs: readonly SettlementMovement[],
  currency: string,
  date: Date,
  fx: FxTable,
): number {
  const sale = inCurrency(order.sale, order.currency, order.saleTime as Date, currency, date, fx);
  let expected = sale;
  for (const cost of costs) {
    expected -= inCurrency(cost.amount, cost.currency, cost.time, currency, date, fx);
  }
  return roundCents(expected);
}

/** The deductions a payout is net of: commission, affiliate fee, refunds. */
function deductions(movements: readonly SettlementMovement[]): SettlementMovement[] {
  return movements.filter(
    ({ type }) => type === 'fee' || type === 'affiliate' || type === 'refund',
  );
}

function shortPayout(
  order: Order,
  movements: readonly SettlementMovement[],
  payouts: readonly SettlementMovement[],
  fx: FxTable,
): PayoutGap | null {
  const [first] = payouts as [SettlementMovement];
  const { currency, time } = first;
  const costs = deductions(movements);
  const expected = expectedPayout(order, costs, currency, time, fx);
  const paid = paidOut(payouts, first.form === 'long' ? costs : [], currency, time, fx);
  const gap = roundCents(expected - paid);
  const tolerance = Math.max(
    expected * SHORT_SHARE,
    toCurrency(SHORT_WON * (fx.rateOn('KRW', time) ?? 0), currency, time, fx),
  );
  if (gap <= tolerance) return null;
  return {
    orderId: order.orderId,
    kind: 'short',
    currency,
    expected,
    paid,
    gap,
    gapBase: toBase(gap, currency, time, fx),
  };
}

/**
 * What reached the seller, in `currency`: the payouts (credits, so negative amounts) less the
 * deductions taken as rows of their own (the fund flow's; the wide form's payout is net).
 */
function paidOut(
  payouts: readonly SettlementMovement[],
  separateCosts: readonly SettlementMovement[],
  currency: string,
  date: Date,
  fx: FxTable,
): number {
  let paid = 0;
  for (const movement of payouts.concat(separateCosts)) {
    paid -= inCurrency(movement.amount, movement.currency, movement.time, currency, date, fx);
  }
  return roundCents(paid);
}

function missingPayout(
  order: Order,
  movements: readonly SettlementMovement[],
  fx: FxTable,
): PayoutGap {
  const date = order.saleTime as Date;
  const expected = expectedPayout(order, deductions(movements), order.currency, date, fx);
  return {
    orderId: order.orderId,
    kind: 'missing',
    currency: order.currency,
    expected,
    paid: 0,
    gap: expected,
    gapBase: toBase(expected, order.currency, date, fx),
  };
}

/**
 * A base-currency amount in `currency`: as written when it was written in that currency (its
 * base ÷ the rate it was converted at), else converted from the base at `date`'s rate.
 */
function inCurrency(
  base: number,
  writtenIn: string,
  writtenOn: Date,
  currency: string,
  date: Date,
  fx: FxTable,
): number {
  if (writtenIn === currency) return base / (fx.rateOn(writtenIn, writtenOn) ?? 1);
  return toCurrency(base, currency, date, fx);
}

function toCurrency(base: number, currency: string, date: Date, fx: FxTable): number {
  return base / (fx.rateOn(currency, date) ?? 1);
}

function toBase(amount: number, currency: string, date: Date, fx: FxTable): number {
  return roundCents(amount * (fx.rateOn(currency, date) ?? 1));
}
