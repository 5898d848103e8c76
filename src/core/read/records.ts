/**
 * The normalized records the tab readers produce and the metrics consume. Every amount is in
 * the base currency (converted at the rate of the date it is dated by, docs/rules.md §3–§4); every id
 * is trimmed text; `row` is the 1-based sheet row the record came from.
 */
import type { ReasonClass } from './disputeReason';
import type { OrderStatus } from './orderStatus';

export interface OrderLine {
  sku: string;
  qty: number;
}

export interface Order {
  row: number;
  orderId: string;
  status: OrderStatus | null;
  /** As exported (may be masked with `*`); null when the export has no buyer column. */
  buyer: string | null;
  orderTime: Date | null;
  /** Null = unpaid (or, without a pay-time column, the order time is used: see saleTime). */
  payTime: Date | null;
  /** Pay time, or order time when the export has no pay-time column; null = unpaid. */
  saleTime: Date | null;
  /** Shipped = a ship time or a tracking number. */
  shipped: boolean;
  /*
   * The ship, delivery and ship-by times, read as every date cell is (docs/rules.md §3), kept in
   * milliseconds since 1970. Numbers, not Dates: they are only compared and subtracted, and a
   * Date costs ~100 bytes where a number costs 16, in a list of 100,000 orders kept all run.
   */
  shippedMs: number | null;
  deliveredMs: number | null;
  shipByMs: number | null;
  country: string | null;
  /** From the product-code form `CODE * 2;CODE2 * 1`, or SKU + quantity columns. */
  lines: readonly OrderLine[];
  /** What the buyer paid, base currency: order amount, else product + shipping − discount. */
  sale: number;
  /** The currency the export wrote the sale in (the payout check compares in it). */
  currency: string;
  /** Information only: already inside `sale`. */
  storeDiscount: number;
  /** docs/rules.md §3: paid, not cancelled; a finished/closed one only when it shipped. */
  bringsSale: boolean;
}

export interface Dispute {
  row: number;
  disputeId: string | null;
  orderId: string;
  openedTime: Date;
  reason: ReasonClass;
  reasonText: string;
  status: string;
  /** Closed (a closed time, or a status that says so); an open dispute waits for the seller. */
  closed: boolean;
  /** Base currency; null when the dispute carries no refund amount. */
  refund: number | null;
  /** Closed time, else opened time: when the refund is dated. */
  refundTime: Date;
}

export interface TrafficRow {
  row: number;
  /** First and last day of the period (a single date = a one-day period starting then). */
  start: Date;
  end: Date;
  productId: string | null;
  impressions: number | null;
  visitors: number | null;
  cart: number | null;
  ordering: number | null;
  paying: number | null;
}

export interface AdRow {
  row: number;
  date: Date;
  campaign: string;
  sku: string | null;
  impressions: number | null;
  clicks: number | null;
  /** Base currency. */
  spend: number;
  orders: number | null;
  /** Base currency; null when the export has none. */
  revenue: number | null;
}

export interface Review {
  row: number;
  date: Date;
  orderId: string | null;
  sku: string | null;
  stars: number;
  hasPhoto: boolean;
  text: string;
  repliedTime: Date | null;
}

export interface Message {
  row: number;
  receivedTime: Date;
  firstReplyTime: Date | null;
  buyer: string | null;
  orderId: string | null;
}

export interface SkuInfo {
  row: number;
  sku: string;
  title: string;
  /**
   * The unit cost as written, in its own currency: COGS converts it at each order's pay date (a
   * currency without a rate then is a Problem of the cost alone: the SKU still counts for stock,
   * titles and prices). Null when the seller left it blank (COGS for it is a Problem).
   */
  cost: { amount: number; currency: string } | null;
  stock: number | null;
  /** Selling price in its own currency (FX reprice compares rates since prices were set). */
  price: number | null;
  priceCurrency: string | null;
  primaryKeyword: string | null;
  /** The AliExpress product id, which Business Advisor's traffic rows carry; null when not given. */
  productId: string | null;
}
