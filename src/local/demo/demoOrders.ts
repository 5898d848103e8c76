import { BuyerBook, type DemoBuyer } from './buyers';
import { CATALOG, type DemoSku } from './catalog';
import type { DemoCountry } from './countries';
import { UniqueIds } from './demoIds';
import type { Cents, DemoCurrency } from './demoMoney';
import {
  DAY,
  HOUR,
  MINUTE,
  PERIOD_DAYS,
  weekdayOf,
  type DateStyle,
  type DemoTime,
} from './demoPeriod';
import type { Rng } from './rng';

export interface OrderLine {
  sku: DemoSku;
  quantity: number;
}

/**
 * One order's whole life. Events are stored as delays so that the life can be drawn once and
 * then read "as of" any export time: an event after it has not happened yet.
 */
export interface DemoOrder {
  id: string;
  /** Some exports carry the id with a trailing space. */
  idSuffix: '' | ' ';
  buyer: DemoBuyer;
  orderedAt: DemoTime;
  /** Seconds from order to payment; null = never paid. */
  payDelay: number | null;
  /** Seconds from payment to the buyer cancelling before shipment; null = not cancelled. */
  cancelDelay: number | null;
  /** Seconds from payment to shipment; null = the seller has not shipped it yet. */
  shipDelay: number | null;
  /** Seconds from shipment to the buyer confirming receipt. */
  receiveDelay: number;
  /**
   * When a dispute closed with a full refund (the order then shows as closed). Such an order is
   * never confirmed: the dispute holds it at 等待买家收货 until the refund closes it.
   */
  refundClosedAt: DemoTime | null;
  lines: OrderLine[];
  currency: DemoCurrency;
  productTotal: Cents;
  shipping: Cents;
  /** null = the export left the cell empty. */
  storeDiscount: Cents | null;
  /** What the buyer paid; usually product + shipping − discount, not always. */
  orderAmount: Cents;
  carrier: string;
  trackingNo: string;
  dateStyle: DateStyle;
  note: string;
  /** Built on purpose for DEMO_FACTS; random disputes leave these alone. */
  planted: boolean;
}

export interface Timeline {
  paid: DemoTime | null;
  shipped: DemoTime | null;
  confirmed: DemoTime | null;
  closed: DemoTime | null;
}

export type DemoStatus = 'awaiting-payment' | 'to-ship' | 'shipped' | 'completed' | 'closed';

/** The seller has this long after payment to ship (the export's 发货期限, Settings default). */
export const PROCESSING_DAYS = 3;
/** An unpaid order closes a day after it was placed. */
const UNPAID_CLOSE_DELAY = DAY;

/** The order's events up to `asOf`; later ones are null (they have not happened yet). */
export function timelineOf(order: DemoOrder, asOf: DemoTime): Timeline {
  const paid = happened(asOf, order.orderedAt, order.payDelay);
  const cancelled = happened(asOf, paid, order.cancelDelay);
  const shipped = order.cancelDelay === null ? happened(asOf, paid, order.shipDelay) : null;
  const confirmed =
    order.refundClosedAt === null ? happened(asOf, shipped, order.receiveDelay) : null;
  const refundClosed = happened(asOf, order.refundClosedAt, 0);
  const unpaidClosed = paid === null ? happened(asOf, order.orderedAt, UNPAID_CLOSE_DELAY) : null;
  return { paid, shipped, confirmed, closed: refundClosed ?? cancelled ?? unpaidClosed };
}

function happened(asOf: DemoTime, from: DemoTime | null, delay: number | null): DemoTime | null {
  if (from === null || delay === null) return null;
  const time = from + delay;
  return time <= asOf ? time : null;
}

export function statusOf(timeline: Timeline): DemoStatus {
  if (timeline.closed !== null) return 'closed';
  if (timeline.paid === null) return 'awaiting-payment';
  if (timeline.confirmed !== null) return 'completed';
  return timeline.shipped === null ? 'to-ship' : 'shipped';
}

/** Ship-by deadline: payment + processing days; null when unpaid. */
export function shipByOf(timeline: Timeline): DemoTime | null {
  return timeline.paid === null ? null : timeline.paid + PROCESSING_DAYS * DAY;
}

/** Day-by-day order counts: the shop grows over the 8 weeks and sells most on weekends. */
const WEEKDAY_FACTOR = [1.05, 1.0, 0.95, 0.95, 0.9, 1.05, 1.15];
const GROWTH_OVER_PERIOD = 0.6;
const DAILY_NOISE = 0.08;

export function dailyOrderCounts(rng: Rng, totalOrders: number): number[] {
  const weights = Array.from(
    { length: PERIOD_DAYS },
    (_, day) =>
      (1 + (GROWTH_OVER_PERIOD * day) / (PERIOD_DAYS - 1)) * WEEKDAY_FACTOR[weekdayOf(day)],
  );
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) =>
    Math.max(0, Math.round(((totalOrders * weight) / totalWeight) * rng.normal(1, DAILY_NOISE))),
  );
}

/** Buyers' shopping hours on their own clock, 0–23. */
const LOCAL_HOUR_WEIGHTS = [
  2, 1, 0.5, 0.3, 0.3, 0.5, 1, 2, 3, 4, 4, 4, 5, 5, 4, 4, 4, 4, 5, 6, 7, 7, 5, 3,
];
const HOURS = LOCAL_HOUR_WEIGHTS.map((_, hour) => hour);

const RETURNING_BUYER_SHARE = 0.15;
const UNPAID_SHARE = 0.05;
const SLOW_PAYMENT_SHARE = 0.05;
const CANCELLED_SHARE = 0.015;
const LATE_SHIPMENT_SHARE = 0.03;
const LOST_PARCEL_SHARE = 0.02;
const TRAILING_SPACE_SHARE = 0.05;
const FIFTEEN_DIGIT_ID_SHARE = 0.03;
const PRICE_MISMATCH_SHARE = 0.02;
const NOTE_SHARE = 0.015;
const NOTES = [
  'Please send quickly, it is a gift.',
  'No invoice in the box please.',
  '빨리 보내주세요',
  'Pink color if possible',
];
const SHIPPING_FEES: readonly Cents[] = [299, 349, 399, 499, 599];
const LINE_COUNTS = [1, 2, 3];
const LINE_COUNT_WEIGHTS = [80, 15, 5];
const QUANTITIES = [1, 2, 3, 5];
const QUANTITY_WEIGHTS = [82, 13, 4, 1];
const SKU_WEIGHTS = CATALOG.map((sku) => sku.popularity);

/** Draws random orders; the planted ones go through it too, with some fields fixed. */
export class OrderFactory {
  private readonly buyers: BuyerBook;
  private readonly ids: UniqueIds;

  constructor(
    private readonly rng: Rng,
    reservedIds: Iterable<string>,
  ) {
    this.buyers = new BuyerBook(rng);
    this.ids = new UniqueIds(rng, reservedIds);
  }

  randomOrderOn(day: number): DemoOrder {
    const buyer = this.buyers.next(RETURNING_BUYER_SHARE);
    return this.make(this.timeOfDay(day, buyer.country), buyer);
  }

  newBuyer(country: DemoCountry): DemoBuyer {
    return this.buyers.create(country);
  }

  make(orderedAt: DemoTime, buyer: DemoBuyer): DemoOrder {
    const rng = this.rng;
    const lines = this.drawLines();
    const productTotal = lines.reduce((sum, line) => sum + line.sku.price * line.quantity, 0);
    const shipping = rng.chance(buyer.country.paidShippingShare) ? rng.pick(SHIPPING_FEES) : 0;
    const storeDiscount = this.drawStoreDiscount(productTotal);
    const platformDiscount = rng.chance(PRICE_MISMATCH_SHARE) ? rng.int(50, 200) : 0;
    const payDelay = this.drawPayDelay();
    const [carrier, trackingNo] = this.drawShipment(buyer.country);
    return {
      id: this.newId(),
      idSuffix: rng.chance(TRAILING_SPACE_SHARE) ? ' ' : '',
      buyer,
      orderedAt,
      payDelay,
      cancelDelay: rng.chance(CANCELLED_SHARE) ? rng.int(HOUR, 20 * HOUR) : null,
      shipDelay: this.drawShipDelay(),
      receiveDelay: this.drawReceiveDelay(buyer.country),
      refundClosedAt: null,
      lines,
      currency: 'USD',
      productTotal,
      shipping,
      storeDiscount,
      orderAmount: productTotal + shipping - (storeDiscount ?? 0) - platformDiscount,
      carrier,
      trackingNo,
      dateStyle: 'dashed',
      note: rng.chance(NOTE_SHARE) ? rng.pick(NOTES) : '',
      planted: false,
    };
  }

  private newId(): string {
    return this.rng.chance(FIFTEEN_DIGIT_ID_SHARE)
      ? this.ids.next('10', 15)
      : this.ids.next(this.rng.pick(['30', '82']), 16);
  }

  private timeOfDay(day: number, country: DemoCountry): DemoTime {
    const localHour = this.rng.weightedPick(HOURS, LOCAL_HOUR_WEIGHTS);
    const hour = (localHour + country.hoursBehindSeoul) % 24;
    // 23:59 is left free for the planted latest order of the period.
    const lastMinute = hour === 23 ? 58 : 59;
    return day * DAY + hour * HOUR + this.rng.int(0, lastMinute) * MINUTE + this.rng.int(0, 59);
  }

  private drawLines(): OrderLine[] {
    const rng = this.rng;
    const count = rng.weightedPick(LINE_COUNTS, LINE_COUNT_WEIGHTS);
    const lines: OrderLine[] = [];
    while (lines.length < count) {
      const sku = rng.weightedPick(CATALOG, SKU_WEIGHTS);
      if (lines.some((line) => line.sku === sku)) continue;
      lines.push({ sku, quantity: rng.weightedPick(QUANTITIES, QUANTITY_WEIGHTS) });
    }
    return lines;
  }

  private drawStoreDiscount(productTotal: Cents): Cents | null {
    const rng = this.rng;
    if (productTotal >= 1500 && rng.chance(0.25)) {
      return rng.pick(productTotal >= 3000 ? [100, 200, 300, 500] : [100, 200]);
    }
    return rng.chance(0.1) ? null : 0;
  }

  private drawPayDelay(): number | null {
    const draw = this.rng.next();
    if (draw < UNPAID_SHARE) return null;
    if (draw < UNPAID_SHARE + SLOW_PAYMENT_SHARE) return this.rng.int(HOUR, 8 * HOUR);
    return this.rng.int(5, 10 * MINUTE);
  }

  private drawShipDelay(): number {
    if (this.rng.chance(LATE_SHIPMENT_SHARE)) return this.rng.int(74 * HOUR, 120 * HOUR);
    const hours = this.rng.logNormal(28, 0.45);
    return Math.round(Math.min(70, Math.max(2, hours)) * HOUR);
  }

  private drawReceiveDelay(country: DemoCountry): number {
    if (this.rng.chance(LOST_PARCEL_SHARE)) return this.rng.int(45 * DAY, 70 * DAY);
    return Math.round(this.rng.logNormal(country.transitDays, 0.3) * DAY);
  }

  private drawShipment(country: DemoCountry): [carrier: string, trackingNo: string] {
    const rng = this.rng;
    if (country.name === 'Korea') return ['CJ대한통운', randomDigits(rng, 12)];
    if (rng.chance(0.15)) return ['EMS', `EE${randomDigits(rng, 9)}KR`];
    return ['K-Packet', `LK${randomDigits(rng, 9)}KR`];
  }
}

/** `count` digits, the first one not 0. */
function randomDigits(rng: Rng, count: number): string {
  return String(rng.int(10 ** (count - 1), 10 ** count - 1));
}
