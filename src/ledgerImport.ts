/**
 * The import of SPEC §4: the Ledger rows that the export tabs add. Each row carries a Source Key,
 * so planning again with the keys already in the Ledger adds nothing, and a re-pasted export
 * adds only what is new. The plan only appends: rows already there, manual ones included, are
 * never touched.
 */
import { dayKeyToDate, localDateKey } from './dates';
import type { Lang } from './language';
import type { LedgerEntry } from './ledger';
import { LEDGER_TYPE_NAMES, type LedgerType } from './ledgerType';
import { t } from './messages';
import type { Problem } from './problem';
import type { SettlementMovement } from './readers/settlement';
import type { AdRow, Dispute, Order, OrderLine, SkuInfo } from './records';
import type { Settings } from './settings';
import { columnName, tabSpec, type TabId } from './tabSpecs';

export interface LedgerImportInput {
  orders: readonly Order[];
  disputes: readonly Dispute[];
  settlement: readonly SettlementMovement[];
  skus: readonly SkuInfo[];
  ads: readonly AdRow[];
  /** The Source Keys already in the Ledger (see existingSourceKeys). */
  existingKeys: ReadonlySet<string>;
  settings: Settings;
  baseCurrency: string;
  timeZone: string;
  /** Language of the Type names and memos written. */
  lang: Lang;
}

/** A planned Ledger row as the readers would give it back: amounts already in the base currency. */
export type PlannedEntry = Omit<LedgerEntry, 'row' | 'date' | 'sourceKey'> & {
  date: Date;
  sourceKey: string;
};

export interface LedgerImportPlan {
  /** Date, Type, Amount, Currency, SKU, Order ID, Memo, Source Key: ready to append. */
  rows: unknown[][];
  /** The same rows as entries, so the caller can compute without reading the Ledger again. */
  entries: PlannedEntry[];
  problems: Problem[];
  /** Rows left out because the Ledger already has their key. */
  skippedExisting: number;
}

/** @example existingSourceKeys(readLedger(values, ctx).entries).has('order:3061:sale') */
export function existingSourceKeys(entries: Iterable<{ sourceKey: string | null }>): Set<string> {
  const keys = new Set<string>();
  for (const { sourceKey } of entries) if (sourceKey !== null) keys.add(sourceKey);
  return keys;
}

interface Candidate {
  type: LedgerType;
  date: Date;
  amount: number;
  key: string;
  sku: string | null;
  orderId: string | null;
  memo: string;
}

/** What the per-source planners share: the input, indexes over it, and where problems go. */
interface Plan {
  input: LedgerImportInput;
  ordersById: Map<string, Order>;
  skusById: Map<string, SkuInfo>;
  /** Orders whose commission Settlement has: their fee is not estimated. */
  settledFeeOrders: Set<string>;
  /** SKUs sold without a unit cost → the orders that sold them (one Problem per SKU). */
  uncosted: Map<SkuInfo, string[]>;
  /** The same for every estimated fee, so worded once rather than per order. */
  feeMemo: string;
  problems: Problem[];
}

/**
 * Sale, Fee and COGS per order that brings a sale; refunds from Disputes, else Settlement;
 * Settlement's penalties, logistics fees, compensation, commission and affiliate fees; Ad
 * spend per day and campaign. Sorted by date, then key.
 */
export function planLedgerImport(input: LedgerImportInput): LedgerImportPlan {
  const plan: Plan = {
    input,
    ordersById: new Map(input.orders.map((order) => [order.orderId, order])),
    skusById: firstBySku(input.skus),
    settledFeeOrders: settlementFeeOrders(input.settlement),
    uncosted: new Map(),
    feeMemo: estimatedFeeMemo(input.settings.commissionRate, input.lang),
    problems: [],
  };
  const candidates = [
    ...input.orders.flatMap((order) => orderCandidates(order, plan)),
    ...disputeRefunds(plan),
    ...settlementCandidates(plan),
    ...adCandidates(input.ads, input.timeZone),
  ]
    .map(withAmountInCents)
    .filter((candidate) => candidate.amount !== 0)
    .sort(byDateThenKey);
  plan.problems.push(
    ...[...plan.uncosted].map(([info, orders]) => missingCostProblem(info, orders, input.lang)),
  );

  const planned = new Set<string>();
  const entries: PlannedEntry[] = [];
  let skippedExisting = replacedByEstimate(plan);
  for (const candidate of candidates) {
    if (planned.has(candidate.key)) continue; // a re-pasted row
    planned.add(candidate.key);
    if (input.existingKeys.has(candidate.key)) skippedExisting++;
    else entries.push(entryOf(candidate, input.baseCurrency));
  }
  return {
    rows: entries.map((entry) => rowOf(entry, input.lang)),
    entries,
    problems: plan.problems,
    skippedExisting,
  };
}

/** What differs between the rows of one order; the rest comes from the order. */
type OrderPart = Pick<Candidate, 'type' | 'amount' | 'key' | 'memo'>;

function orderCandidates(order: Order, plan: Plan): Candidate[] {
  const date = order.saleTime;
  if (!order.bringsSale || date === null) return [];
  const { orderId } = order;
  const sku = singleSku(order.lines);
  const sale: OrderPart = {
    type: 'sale',
    amount: order.sale,
    key: `order:${orderId}:sale`,
    memo: linesText(order.lines),
  };
  // Written out rather than spread: this runs for every order, and spreads are slow.
  return [sale, ...estimatedFee(order, plan), ...cogs(order, plan)].map(
    ({ type, amount, key, memo }) => ({ type, date, amount, key, sku, orderId, memo }),
  );
}

/** Sale × the commission rate, unless Settlement has the order's real commission. */
function estimatedFee(order: Order, plan: Plan): OrderPart[] {
  const rate = plan.input.settings.commissionRate;
  if (plan.settledFeeOrders.has(order.orderId) || rate === 0) return [];
  const { feeMemo: memo } = plan;
  return [{ type: 'fee', amount: order.sale * rate, key: `order:${order.orderId}:fee`, memo }];
}

function estimatedFeeMemo(rate: number, lang: Lang): string {
  return t('memo.estimatedFee', lang, { rate: `${Math.round(rate * 10_000) / 100}%` });
}

/**
 * Σ quantity × unit cost over the lines whose SKU has a cost. Every other line is a Problem on
 * every run, whether or not the COGS row exists yet, so running the update twice reports the
 * same Problems; an uncosted SKU is one Problem however many orders sold it.
 */
function cogs(order: Order, plan: Plan): OrderPart[] {
  const key = `order:${order.orderId}:cogs`;
  const costed: { line: OrderLine; unitCost: number }[] = [];
  for (const line of order.lines) {
    const info = plan.skusById.get(line.sku);
    if (info === undefined) plan.problems.push(unknownSkuProblem(order, line, plan.input.lang));
    else if (info.unitCost === null)
      plan.uncosted.set(info, [...(plan.uncosted.get(info) ?? []), order.orderId]);
    else costed.push({ line, unitCost: info.unitCost });
  }
  if (costed.length === 0) return [];
  const amount = costed.reduce((sum, { line, unitCost }) => sum + line.qty * unitCost, 0);
  return [{ type: 'cogs', amount, key, memo: linesText(costed.map(({ line }) => line)) }];
}

/**
 * A dispute's refund, unless the order brought no sale (closed before shipping: the seller was
 * never paid) or an earlier import already took the order's refund from Settlement.
 */
function disputeRefunds(plan: Plan): Candidate[] {
  const { disputes, settlement, existingKeys, timeZone } = plan.input;
  const settledRefunds = new Set(
    settlement
      .filter((movement) => movement.type === 'refund' && existingKeys.has(movement.key))
      .map((movement) => movement.orderId),
  );
  return disputes
    .filter(hasRefund)
    .filter(({ orderId }) => !settledRefunds.has(orderId))
    .filter(({ orderId }) => plan.ordersById.get(orderId)?.bringsSale !== false)
    .map((dispute) => ({
      type: 'refund',
      date: dispute.refundTime,
      amount: dispute.refund,
      key: `refund:${dispute.orderId}:${dispute.disputeId ?? localDateKey(dispute.openedTime, timeZone)}`,
      sku: skuOfOrder(dispute.orderId, plan),
      orderId: dispute.orderId,
      memo: dispute.reasonText,
    }));
}

function hasRefund(dispute: Dispute): dispute is Dispute & { refund: number } {
  return dispute.refund !== null && dispute.refund !== 0;
}

/**
 * Every movement but payouts (the sale comes from Orders) and the refunds of orders whose
 * refund comes from Disputes. Commission and affiliate fees belong to their order's sale and
 * are dated with it when Orders has it.
 */
function settlementCandidates(plan: Plan): Candidate[] {
  const refundedInDisputes = disputeRefundOrders(plan.input);
  return plan.input.settlement
    .filter(isLedgerMovement)
    .filter((movement) => movement.type !== 'refund' || !refundedInDisputes.has(movement.orderId))
    .filter((movement) => !(movement.type === 'fee' && hasEstimatedFee(movement, plan.input)))
    .map((movement) => ({
      type: movement.type,
      date: settlementDate(movement, plan),
      amount: movement.amount,
      key: movement.key,
      sku: movement.orderId === null ? null : skuOfOrder(movement.orderId, plan),
      orderId: movement.orderId,
      memo: movement.item,
    }));
}

/** Payouts are the sale's money, which comes from Orders: they are never imported. */
function isLedgerMovement(
  movement: SettlementMovement,
): movement is SettlementMovement & { type: LedgerType } {
  return movement.type !== 'payout';
}

function settlementDate(movement: SettlementMovement, plan: Plan): Date {
  const order = movement.orderId === null ? undefined : plan.ordersById.get(movement.orderId);
  const belongsToSale = movement.type === 'fee' || movement.type === 'affiliate';
  return belongsToSale && order?.bringsSale && order.saleTime ? order.saleTime : movement.time;
}

/**
 * An order whose estimated fee an earlier import already added keeps it: its commission from
 * Settlement would count the fee twice, and the plan never rewrites a row.
 */
function hasEstimatedFee(movement: SettlementMovement, input: LedgerImportInput): boolean {
  return movement.orderId !== null && input.existingKeys.has(`order:${movement.orderId}:fee`);
}

/** Commission movements left out for that reason count as already in the Ledger. */
function replacedByEstimate(plan: Plan): number {
  return plan.input.settlement.filter(
    (movement) => movement.type === 'fee' && hasEstimatedFee(movement, plan.input),
  ).length;
}

/** Ad spend summed per day (in the spreadsheet's zone) and campaign. */
function adCandidates(ads: readonly AdRow[], timeZone: string): Candidate[] {
  const groups = new Map<string, { day: string; campaign: string; rows: AdRow[] }>();
  for (const ad of ads) {
    const day = localDateKey(ad.date, timeZone);
    const campaign = ad.campaign.trim();
    const key = `ad:${day}:${campaign}`;
    const group = groups.get(key) ?? { day, campaign, rows: [] };
    group.rows.push(ad);
    groups.set(key, group);
  }
  return [...groups].map(([key, { day, campaign, rows }]) => {
    const skus = new Set(rows.map((ad) => ad.sku));
    return {
      type: 'ad',
      date: dayKeyToDate(day, timeZone),
      amount: rows.reduce((sum, ad) => sum + ad.spend, 0),
      key,
      sku: skus.size === 1 ? [...skus][0] : null,
      orderId: null,
      memo: campaign,
    };
  });
}

function settlementFeeOrders(settlement: readonly SettlementMovement[]): Set<string> {
  return new Set(
    settlement
      .filter((movement) => movement.type === 'fee' && movement.orderId !== null)
      .map((movement) => movement.orderId as string),
  );
}

function disputeRefundOrders(input: LedgerImportInput): Set<string | null> {
  return new Set(input.disputes.filter(hasRefund).map(({ orderId }) => orderId));
}

function firstBySku(skus: readonly SkuInfo[]): Map<string, SkuInfo> {
  const bySku = new Map<string, SkuInfo>();
  for (const info of skus) if (!bySku.has(info.sku)) bySku.set(info.sku, info);
  return bySku;
}

/** The Ledger's SKU column names one SKU: an order of several SKUs leaves it empty. */
function singleSku(lines: readonly OrderLine[]): string | null {
  const skus = new Set(lines.map((line) => line.sku));
  const [only] = skus;
  return skus.size === 1 && only !== '' ? only : null;
}

function skuOfOrder(orderId: string, plan: Plan): string | null {
  const order = plan.ordersById.get(orderId);
  return order === undefined ? null : singleSku(order.lines);
}

/** `cm-210 × 10; cm210S × 8` */
function linesText(lines: readonly OrderLine[]): string {
  return lines.map((line) => `${line.sku || '?'} × ${line.qty}`).join('; ');
}

function unknownSkuProblem(order: Order, line: OrderLine, lang: Lang): Problem {
  return {
    tab: tabName('orders', lang),
    row: order.row,
    column: specColumnName('orders', 'productCode', lang),
    value: line.sku,
    expected: t('skuListed', 'en', { order: order.orderId }),
  };
}

function missingCostProblem(info: SkuInfo, orders: readonly string[], lang: Lang): Problem {
  return {
    tab: tabName('sku', lang),
    row: info.row,
    column: specColumnName('sku', 'unitCost', lang),
    value: '',
    expected: t('unitCostFor', 'en', {
      sku: info.sku,
      count: orders.length,
      order: orders[0] ?? '',
    }),
  };
}

function tabName(tabId: TabId, lang: Lang): string {
  return lang === 'ko' ? tabSpec(tabId).ko : tabSpec(tabId).en;
}

function specColumnName(tabId: TabId, key: string, lang: Lang): string {
  const column = tabSpec(tabId).forms[0].columns.find((spec) => spec.key === key);
  return column === undefined ? key : columnName(column, lang);
}

/** Amounts are written to the cent (base-currency cents, or 0.01 of a won). */
function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100 || 0;
}

function withAmountInCents(candidate: Candidate): Candidate {
  const { type, date, amount, key, sku, orderId, memo } = candidate;
  return { type, date, amount: roundCents(amount), key, sku, orderId, memo };
}

function byDateThenKey(a: Candidate, b: Candidate): number {
  const byDate = a.date.getTime() - b.date.getTime();
  if (byDate !== 0) return byDate;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : a.amount - b.amount;
}

function entryOf(candidate: Candidate, baseCurrency: string): PlannedEntry {
  const { type, date, amount, key, sku, orderId, memo } = candidate;
  return {
    date,
    type,
    amount,
    currency: baseCurrency,
    baseAmount: amount,
    sku,
    orderId,
    memo,
    sourceKey: key,
  };
}

function rowOf(entry: PlannedEntry, lang: Lang): unknown[] {
  const { date, type, amount, currency, sku, orderId, memo, sourceKey } = entry;
  return [
    date,
    LEDGER_TYPE_NAMES[type][lang],
    amount,
    currency,
    sku ?? '',
    orderId ?? '',
    memo,
    sourceKey,
  ];
}
