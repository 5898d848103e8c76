/** Ship-by deadlines (docs/rules.md §5): which paid orders must leave soon to avoid a late-shipment penalty. */
import type { OrderStatus } from '../read/orderStatus';
import type { Order } from '../read/records';
import type { Settings } from '../read/settings';
import { zoneNamed } from '../time/wallClockZone';

export interface ShipByRow {
  orderId: string;
  deadline: Date;
  /** Negative once overdue. */
  hoursLeft: number;
  /** Less than ALERT_HOURS left, overdue included. */
  alert: boolean;
}

export const ALERT_HOURS = 24;

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

type ShipBySettings = Pick<Settings, 'processingDays' | 'peakMonths' | 'peakExtraDays'>;

/** Statuses that say the order has left, ended, or was never paid. */
const NOT_TO_SHIP = new Set<OrderStatus>([
  'awaiting-payment',
  'shipped',
  'completed',
  'cancelled',
  'closed',
]);

/**
 * The orders still to ship: paid, not shipped, and with a to-ship status (or none known). The
 * deadline is the export's ship-by when it has one, else the pay time plus the processing days,
 * plus the peak extra days when the pay month (in `timeZone`) is a peak month; days are calendar
 * days, so the deadline keeps the pay time's clock time. An order id listed twice counts once
 * (its earliest deadline). Sorted by deadline, soonest first, then by order id.
 * @example shipBy(orders, settings, asOf, 'Asia/Seoul')[0] // { orderId: '8123', hoursLeft: 5.5, alert: true, ... }
 */
export function shipBy(
  orders: readonly Order[],
  settings: ShipBySettings,
  asOf: Date,
  timeZone: string,
): ShipByRow[] {
  const deadlines = new Map<string, number>();
  for (const order of orders) {
    if (!isToShip(order)) continue;
    const deadline = deadlineOf(order, settings, timeZone);
    const kept = deadlines.get(order.orderId);
    if (deadline !== null && (kept === undefined || deadline < kept)) {
      deadlines.set(order.orderId, deadline);
    }
  }
  return [...deadlines]
    .map(([orderId, deadline]) => {
      const hoursLeft = (deadline - asOf.getTime()) / MS_PER_HOUR;
      return { orderId, deadline: new Date(deadline), hoursLeft, alert: hoursLeft < ALERT_HOURS };
    })
    .sort((a, b) => a.hoursLeft - b.hoursLeft || a.orderId.localeCompare(b.orderId));
}

function isToShip(order: Order): boolean {
  return order.saleTime !== null && !order.shipped && !NOT_TO_SHIP.has(order.status ?? 'to-ship');
}

/** The deadline in milliseconds since 1970. */
function deadlineOf(order: Order, settings: ShipBySettings, timeZone: string): number | null {
  if (order.shipByMs !== null) return order.shipByMs;
  if (order.saleTime === null) return null;
  const zone = zoneNamed(timeZone);
  const paid = zone.wallClockMsAt(order.saleTime.getTime());
  const payMonth = new Date(paid).getUTCMonth() + 1;
  const days =
    settings.processingDays + (settings.peakMonths.includes(payMonth) ? settings.peakExtraDays : 0);
  // Zero days leave the pay time as it is, even in an hour a fall-back night repeats.
  if (days === 0) return order.saleTime.getTime();
  return zone.instantMsOf(paid + days * MS_PER_DAY);
}
