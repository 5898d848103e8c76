/** Delivery by country (docs/rules.md §5, the Logistics tab): transit times and stalled parcels. */
import { dayKeyOf, weekStartDay, type WeekStartsOn } from '../time/dates';
import { paidOrders, type PaidOrder } from './paidOrders';
import type { OrderStatus } from '../read/orderStatus';
import type { Order } from '../read/records';
import { oncePerList } from './oncePerList';
import { ascending, median } from './stats';

export interface DeliveryCell {
  country: string;
  /** Week of the shipped time. */
  weekStart: string;
  medianDays: number;
  count: number;
}

export interface StalledOrder {
  orderId: string;
  country: string;
  daysInTransit: number;
}

export interface DeliveryByCountry {
  /** By country, then week. */
  table: DeliveryCell[];
  /** Only countries with at least MIN_DELIVERIES_FOR_P90 deliveries. */
  p90ByCountry: Record<string, number>;
  /** Over every delivery; null with none. */
  overallP90: number | null;
  /** Longest in transit first. */
  stalled: StalledOrder[];
}

/** Fewer deliveries than this make a country's own 90th percentile too shaky to judge by. */
export const MIN_DELIVERIES_FOR_P90 = 5;

/** Orders without a destination country are grouped under this name. */
export const UNKNOWN_COUNTRY = '(unknown)';

const MS_PER_DAY = 86_400_000;

/** Delivered, refunded away or cancelled: no longer waiting for a parcel to arrive. */
const SETTLED = new Set<OrderStatus>(['completed', 'closed', 'cancelled']);

/**
 * Transit time = delivered (confirm) time − shipped time, in days, over the orders that bring a
 * sale and have both times (a delivery before its shipping is a data error and left out). A
 * shipped order with a ship time, no delivered time and a status still in transit is stalled
 * when it has been under way longer than its country's 90th-percentile transit time (the overall
 * one for countries with fewer than MIN_DELIVERIES_FOR_P90 deliveries; none without any).
 * Percentiles use the nearest-rank rule: the ⌈0.9 × n⌉-th shortest time.
 * @example deliveryByCountry(orders, 'Asia/Seoul', 1, asOf).p90ByCountry.US // 14
 */
export function deliveryByCountry(
  orders: readonly Order[],
  timeZone: string,
  weekStartsOn: WeekStartsOn,
  asOf: Date,
): DeliveryByCountry {
  const { deliveries, p90ByCountry, overallP90 } = transitOf(orders);
  return {
    table: weeklyMedians(deliveries, timeZone, weekStartsOn),
    p90ByCountry: Object.fromEntries(p90ByCountry),
    overallP90,
    stalled: stalledParcels(orders, asOf),
  };
}

/** The parcels stalled at `asOf` (see deliveryByCountry), longest in transit first. */
export function stalledParcels(orders: readonly Order[], asOf: Date): StalledOrder[] {
  const { p90ByCountry, overallP90 } = transitOf(orders);
  const stalled: StalledOrder[] = [];
  // A loop, not flatMap: no list made for each of the many orders that are not stalled.
  for (const order of paidOrders(orders)) {
    if (!order.shipped || order.shippedMs === null || order.deliveredMs !== null) continue;
    if (order.status !== null && SETTLED.has(order.status)) continue;
    const country = countryOf(order);
    const limit = p90ByCountry.get(country) ?? overallP90;
    const daysInTransit = (asOf.getTime() - order.shippedMs) / MS_PER_DAY;
    if (limit !== null && daysInTransit > limit)
      stalled.push({ orderId: order.orderId, country, daysInTransit });
  }
  return stalled.sort(
    (a, b) => b.daysInTransit - a.daysInTransit || a.orderId.localeCompare(b.orderId),
  );
}

interface Transit {
  deliveries: Delivery[];
  p90ByCountry: Map<string, number>;
  overallP90: number | null;
}

/** Each orders list's transit times, worked out once: the weekly update asks at two clocks. */
const transitOf = oncePerList((orders: readonly Order[]): Transit => {
  const deliveries: Delivery[] = [];
  for (const order of paidOrders(orders)) {
    const delivery = deliveryOf(order);
    if (delivery !== null) deliveries.push(delivery);
  }
  return {
    deliveries,
    p90ByCountry: countryP90s(deliveries),
    overallP90: p90(deliveries.map((delivery) => delivery.days)),
  };
});

interface Delivery {
  country: string;
  shippedMs: number;
  days: number;
}

function deliveryOf(order: PaidOrder): Delivery | null {
  const { shippedMs, deliveredMs } = order;
  if (shippedMs === null || deliveredMs === null || deliveredMs < shippedMs) return null;
  const days = (deliveredMs - shippedMs) / MS_PER_DAY;
  return { country: countryOf(order), shippedMs, days };
}

function countryOf(order: Order): string {
  const country = order.country?.trim() ?? '';
  return country === '' ? UNKNOWN_COUNTRY : country;
}

/** Transit medians by country and week of the shipped time, by country, then oldest week first. */
function weeklyMedians(
  deliveries: readonly Delivery[],
  timeZone: string,
  weekStartsOn: WeekStartsOn,
): DeliveryCell[] {
  // By country, then by the week's first day as a number: no text key made per delivery. The
  // cells are listed as first met, so countries that compare equal keep the order they came in.
  const byCountry = new Map<string, Map<number, number[]>>();
  const found: Array<{ country: string; week: number; days: number[] }> = [];
  for (const { country, shippedMs, days } of deliveries) {
    let weeks = byCountry.get(country);
    if (weeks === undefined) byCountry.set(country, (weeks = new Map()));
    const week = weekStartDay(shippedMs, timeZone, weekStartsOn);
    const times = weeks.get(week);
    if (times !== undefined) times.push(days);
    else {
      const cell = { country, week, days: [days] };
      weeks.set(week, cell.days);
      found.push(cell);
    }
  }
  const cells = found.map(({ country, week, days }) => ({
    country,
    weekStart: dayKeyOf(week),
    medianDays: median(days) as number, // every cell holds at least one delivery
    count: days.length,
  }));
  return cells.sort(
    (a, b) => a.country.localeCompare(b.country) || a.weekStart.localeCompare(b.weekStart),
  );
}

/** A Map, not an object, so that a country named like `constructor` finds nothing inherited. */
function countryP90s(deliveries: readonly Delivery[]): Map<string, number> {
  const daysByCountry = new Map<string, number[]>();
  for (const { country, days } of deliveries) {
    const countryDays = daysByCountry.get(country) ?? [];
    countryDays.push(days);
    daysByCountry.set(country, countryDays);
  }
  const p90s = new Map<string, number>();
  for (const [country, days] of daysByCountry) {
    const value = days.length >= MIN_DELIVERIES_FOR_P90 ? p90(days) : null;
    if (value !== null) p90s.set(country, value);
  }
  return p90s;
}

/** Nearest rank: the ⌈0.9 × n⌉-th smallest value (integer arithmetic, no 0.9 rounding); null when empty. */
function p90(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = ascending(values);
  return sorted[Math.ceil((9 * sorted.length) / 10) - 1];
}
