/**
 * What docs/rules.md §4 gives for the tabs as they are now, slot by slot: the Ledger rows each order,
 * dispute, settlement movement and ad day–campaign should have in total. The reconciling import
 * compares them with what the Ledger holds and appends the difference.
 *
 * Two facts come from the Ledger rather than the tabs, on purpose: an order line's COGS keeps the
 * cost it was imported with (a sale's cost is the cost when it was sold), and an order's split
 * into lines, once made, stays as long as the order's total does.
 */
import { EXPECTED_PLAUSIBLE_AMOUNT, isPlausibleAmount, roundCents } from '../read/money';
import { dayKeyToDate, localDateKey } from '../time/dates';
import type { FxTable } from '../metrics/fx';
import type { Lang } from '../text/language';
import type { LedgerType } from './ledgerType';
import { msg, t } from '../text/messages';
import type { Problem } from '../read/problem';
import type { SettlementMovement } from '../read/readSettlement';
import type { AdRow, Dispute, Order, SkuInfo } from '../read/records';
import type { Settings } from '../read/settings';
import { columnName, tabSpec, type TabId } from '../read/tabSpecs';
import type { LedgerMemory } from './ledgerMemory';
import { lineWeights, mergedLines, splitAmount, type SaleLine } from './orderLines';
import type { LedgerEntry } from './readLedger';
import {
  correctedKey,
  keyFamily,
  lineKey,
  type CorrectionKind,
  type Slot,
  type SlotFinder,
  type TargetRow,
} from './slots';

/** The source records of the tabs, as the readers give them. */
export interface ImportSources {
  /** The current state of each order the Orders tab shows (one per id). */
  orders: readonly Order[];
  /** Order ids whose state is unknown now (an unreadable row): held out whole. */
  heldOutOrders: ReadonlySet<string>;
  /**
   * The held-out ids on orders of different order times (docs/rules.md §3): neither order
   * counts, so their slots are emptied rather than kept as last seen.
   */
  damagedOrders: ReadonlySet<string>;
  disputes: readonly Dispute[];
  settlement: readonly SettlementMovement[];
  skus: readonly SkuInfo[];
  ads: readonly AdRow[];
}

export interface TargetContext {
  settings: Settings;
  fx: FxTable;
  timeZone: string;
  /** Language of the memos written. */
  lang: Lang;
  /** How this workbook names the tabs and columns its Problems point at. */
  names?: Partial<ImportNames>;
}

/** The Orders and SKU tabs and the columns of the order lines and unit costs, as written. */
export interface ImportNames {
  orders: string;
  orderLines: string;
  sku: string;
  unitCost: string;
}

/** The names "Set up sheets" writes, for a workbook that does not say (English or Korean). */
function namesOf(context: TargetContext): ImportNames {
  const { lang, names } = context;
  const column = (tabId: TabId, key: string) => {
    const spec = tabSpec(tabId).forms[0].columns.find((candidate) => candidate.key === key);
    return spec === undefined ? key : columnName(spec, lang);
  };
  return {
    orders: names?.orders ?? tabSpec('orders')[lang],
    orderLines: names?.orderLines ?? column('orders', 'productCode'),
    sku: names?.sku ?? tabSpec('sku')[lang],
    unitCost: names?.unitCost ?? column('sku', 'unitCost'),
  };
}

/** The slots the tabs show, keyed by every Source Key that names them (former keys too). */
export interface ShownItems {
  orders: Map<string, Order>;
  /**
   * The disputes of each refund slot, one per opened time: of rows opened at the same minute the
   * last wins (a newer export pasted below an older one); disputes without an id opened the same
   * day at different times share the slot.
   */
  disputes: Map<string, Dispute[]>;
  /** Movements sharing a key (the wide form's rows of one order) are one slot. */
  settlement: Map<string, SettlementMovement[]>;
  ads: Map<string, { day: string; campaign: string; rows: AdRow[] }>;
  /**
   * Sources that supersede what the Ledger keeps for an item the tabs no longer show (docs/rules.md §4,
   * never both): the estimated fee of an order that has left Orders once Settlement shows its
   * commission, and Settlement's refunds of an order once Disputes shows its refund. Order ids
   * by slot.
   */
  superseded: Map<string, { orderId: string; because: CorrectionKind }>;
  /** The slots of damaged order ids (see ImportSources.damagedOrders) → the id. */
  damaged: Map<string, string>;
  slots: ShownSlots;
}

/**
 * The slots the tabs show, found by any of their Source Keys (former keys too). An order's
 * three slots are known by their form rather than listed: a Map of the 300,000 keys of a busy
 * shop's orders cost more than the rest of the import's bookkeeping.
 */
export class ShownSlots implements SlotFinder {
  constructor(
    private readonly orders: ReadonlyMap<string, Order>,
    /** Every other slot's keys → the slot. */
    private readonly listed: ReadonlyMap<string, string>,
  ) {}

  slotOf(key: string): string | undefined {
    return this.listed.get(key) ?? (this.isOrderSlot(key) ? key : undefined);
  }

  /** `order:<id>:<part>` of an order the tabs show (an id may itself hold a colon). */
  private isOrderSlot(key: string): boolean {
    if (!key.startsWith(ORDER_SLOT_PREFIX)) return false;
    const colon = key.lastIndexOf(':');
    return (
      colon >= ORDER_SLOT_PREFIX.length &&
      ORDER_PART_NAMES.has(key.slice(colon + 1)) &&
      this.orders.has(key.slice(ORDER_SLOT_PREFIX.length, colon))
    );
  }
}

const ORDER_PARTS = ['sale', 'fee', 'cogs'] as const;
const ORDER_PART_NAMES: ReadonlySet<string> = new Set(ORDER_PARTS);
const ORDER_SLOT_PREFIX = 'order:';

/** The slots of everything the tabs show now; nothing here looks at amounts yet. */
export function shownItems(
  sources: ImportSources,
  timeZone: string,
  ledger: readonly LedgerEntry[],
): ShownItems {
  const slotByKey = new Map<string, string>();
  const orders = new Map<string, Order>();
  for (const order of sources.orders) orders.set(order.orderId, order);
  const disputes = new Map<string, Dispute[]>();
  for (const dispute of sources.disputes) {
    const key = refundSlot(dispute, timeZone);
    const same = disputes.get(key) ?? [];
    const minute = minuteOf(dispute.openedTime);
    const older = same.findIndex((other) => minuteOf(other.openedTime) === minute);
    if (older >= 0) same[older] = dispute;
    else same.push(dispute);
    disputes.set(key, same);
    slotByKey.set(key, key);
  }
  const settlement = new Map<string, SettlementMovement[]>();
  for (const movement of sources.settlement) {
    if (movement.type === 'payout') continue; // the sale's money, which comes from Orders
    if (belongsToSale(movement) && sources.heldOutOrders.has(movement.orderId ?? '')) continue;
    const movements = settlement.get(movement.key);
    if (movements === undefined) settlement.set(movement.key, [movement]);
    else movements.push(movement);
    slotByKey.set(movement.key, movement.key);
    if (movement.formerKey !== undefined) slotByKey.set(movement.formerKey, movement.key);
  }
  const damaged = damagedSlots(sources, ledger, slotByKey);
  for (const key of damaged.keys()) slotByKey.set(key, key);
  const ads = new Map<string, { day: string; campaign: string; rows: AdRow[] }>();
  for (const ad of sources.ads) {
    const day = localDateKey(ad.date, timeZone);
    const campaign = ad.campaign.trim();
    const key = `ad:${day}:${campaign}`;
    const group = ads.get(key);
    if (group === undefined) ads.set(key, { day, campaign, rows: [ad] });
    else group.rows.push(ad);
    slotByKey.set(key, key);
  }
  const superseded = supersededSlots(orders, disputes, settlement, ledger);
  for (const key of superseded.keys()) slotByKey.set(key, key);
  return {
    orders,
    disputes,
    settlement,
    ads,
    superseded,
    damaged,
    slots: new ShownSlots(orders, slotByKey),
  };
}

/** See ShownItems.superseded; the refund slots come from the Ledger, their items having left. */
function supersededSlots(
  orders: ReadonlyMap<string, Order>,
  disputes: ReadonlyMap<string, Dispute[]>,
  settlement: ReadonlyMap<string, SettlementMovement[]>,
  ledger: readonly LedgerEntry[],
): Map<string, { orderId: string; because: CorrectionKind }> {
  const superseded = new Map<string, { orderId: string; because: CorrectionKind }>();
  for (const movements of settlement.values()) {
    for (const { type, orderId } of movements) {
      if (type === 'fee' && orderId !== null && !orders.has(orderId)) {
        superseded.set(orderSlot(orderId, 'fee'), { orderId, because: 'feeSettled' });
      }
    }
  }
  const refunded = new Set<string>();
  for (const rows of disputes.values()) {
    for (const { orderId, refund } of rows)
      if (refund !== null && refund !== 0) refunded.add(orderId);
  }
  for (const { sourceKey, type, orderId } of ledger) {
    if (sourceKey === null || type !== 'refund' || orderId === null || !refunded.has(orderId))
      continue;
    // One slot for the refund, whichever line of it (`settle:F5|A-1`) a row holds.
    const slot = settlementSlotOf(sourceKey);
    if (keyFamily(slot) === 'settle' && !settlement.has(slot)) {
      superseded.set(slot, { orderId, because: 'refundFromDispute' });
    }
  }
  return superseded;
}

/**
 * See ShownItems.damaged: each damaged id's order slots, and the commission and affiliate fee of
 * its sale, whether 정산 shows them now or only the Ledger holds them. A key the tabs show as
 * another item's (a commission 정산 now gives no order, or another) is booked as they show it.
 */
function damagedSlots(
  sources: ImportSources,
  ledger: readonly LedgerEntry[],
  shown: ReadonlyMap<string, string>,
): Map<string, string> {
  const { damagedOrders } = sources;
  const damaged = new Map<string, string>();
  if (damagedOrders.size === 0) return damaged;
  for (const orderId of damagedOrders) {
    for (const part of ORDER_PARTS) damaged.set(orderSlot(orderId, part), orderId);
  }
  for (const movement of sources.settlement) {
    const { orderId } = movement;
    if (belongsToSale(movement) && orderId !== null && damagedOrders.has(orderId)) {
      damaged.set(movement.key, orderId);
    }
  }
  for (const { sourceKey, orderId, type } of ledger) {
    if (sourceKey === null || orderId === null || !damagedOrders.has(orderId)) continue;
    if ((type !== 'fee' && type !== 'affiliate') || keyFamily(sourceKey) !== 'settle') continue;
    const slot = settlementSlotOf(sourceKey);
    if (!shown.has(slot) && !damaged.has(slot)) damaged.set(slot, orderId);
  }
  return damaged;
}

/** `settle:F1` of `fix2:settle:F1|A-1`: a settlement slot's lines add `|<SKU>` to its key. */
function settlementSlotOf(sourceKey: string): string {
  const key = correctedKey(sourceKey);
  const bar = key.indexOf('|');
  return bar < 0 ? key : key.slice(0, bar);
}

export function orderSlot(orderId: string, part: (typeof ORDER_PARTS)[number]): string {
  return `${ORDER_SLOT_PREFIX}${orderId}:${part}`;
}

function refundSlot(dispute: Dispute, timeZone: string): string {
  return `refund:${dispute.orderId}:${dispute.disputeId ?? localDateKey(dispute.openedTime, timeZone)}`;
}

function minuteOf(date: Date): number {
  return Math.floor(date.getTime() / 60_000);
}

/** Commission and affiliate fees belong to their order's sale: dated and split with it. */
function belongsToSale(movement: SettlementMovement): boolean {
  return movement.type === 'fee' || movement.type === 'affiliate';
}

/** An order's sale as the targets book it: when, and how much on each SKU line. */
interface OrderContext {
  saleTime: Date | null;
  lines: Array<{ sku: string | null; amount: number }>;
}

export interface Targets {
  slots: Slot[];
  problems: Problem[];
}

/** Every slot the tabs show, with the rows docs/rules.md §4 gives it now. */
export function importTargets(
  sources: ImportSources,
  shown: ShownItems,
  memory: LedgerMemory,
  context: TargetContext,
): Targets {
  return new TargetBuilder(sources, shown, memory, context).build();
}

class TargetBuilder {
  private readonly slots: Slot[] = [];
  private readonly problems: Problem[] = [];
  private readonly skusById = new Map<string, SkuInfo>();
  private readonly orderContexts = new Map<string, OrderContext>();
  /** Orders whose commission Settlement has (now, or in an earlier run): no estimated fee. */
  private readonly settledFeeOrders = new Set<string>();
  /** Orders whose refund Disputes has: Settlement's refunds of them are not counted. */
  private readonly disputeRefundOrders = new Set<string>();
  /** SKUs sold without a unit cost → the orders that sold them (one Problem per SKU). */
  private readonly uncosted = new Map<SkuInfo, string[]>();
  /** SKUs the SKU tab does not list → the orders that sold them (one Problem per SKU). */
  private readonly unlisted = new Map<string, Order[]>();
  /** Orders whose export names no product: their COGS cannot be counted (one Problem). */
  private readonly withoutProduct: Order[] = [];
  /** Cost currencies without a rate on some pay date (one Problem per currency). */
  private readonly costWithoutRate = new Map<string, SkuInfo>();
  private feeMemo: string | undefined;
  /** Orders held out or damaged: what 원장 holds of them says nothing of a sale. */
  private readonly unsure: (orderId: string) => boolean;

  constructor(
    sources: ImportSources,
    private readonly shown: ShownItems,
    private readonly memory: LedgerMemory,
    private readonly context: TargetContext,
  ) {
    const { heldOutOrders, damagedOrders } = sources;
    this.unsure = (orderId) => heldOutOrders.has(orderId) || damagedOrders.has(orderId);
    for (const info of sources.skus)
      if (!this.skusById.has(info.sku)) this.skusById.set(info.sku, info);
    for (const movements of shown.settlement.values()) {
      for (const { type, orderId } of movements)
        if (type === 'fee' && orderId !== null) this.settledFeeOrders.add(orderId);
    }
    for (const disputes of shown.disputes.values()) {
      for (const { refund, orderId } of disputes)
        if (refund !== null && refund !== 0) this.disputeRefundOrders.add(orderId);
    }
  }

  build(): Targets {
    for (const order of this.shown.orders.values()) this.orderSlots(order);
    for (const [key, disputes] of this.shown.disputes) this.disputeSlot(key, disputes);
    for (const [key, movements] of this.shown.settlement) this.settlementSlot(key, movements);
    for (const [key, group] of this.shown.ads) this.adSlot(key, group);
    for (const [key, { orderId, because }] of this.shown.superseded) {
      if (!this.shown.settlement.has(key)) this.addSlot(key, orderId, [], because);
    }
    for (const [key, orderId] of this.shown.damaged) this.addSlot(key, orderId, [], 'damagedId');
    this.reportUnknownProducts();
    this.reportCosts();
    return { slots: this.slots, problems: this.problems };
  }

  // Orders ------------------------------------------------------------------------------------

  private orderSlots(order: Order): void {
    const lines = mergedLines(order.lines);
    const saleTime = order.bringsSale ? order.saleTime : null;
    if (saleTime === null) {
      const reason = noSaleReason(order);
      for (const part of ORDER_PARTS)
        this.addSlot(orderSlot(order.orderId, part), order.orderId, [], reason);
      this.orderContexts.set(order.orderId, {
        saleTime: null,
        lines: lines.map(({ sku, qty }) => ({ sku, amount: qty })),
      });
      return;
    }
    const sale = this.saleRows(order, lines, saleTime);
    this.orderContexts.set(order.orderId, {
      saleTime,
      lines: sale.map(({ sku, amount }) => ({ sku, amount })),
    });
    this.addSlot(orderSlot(order.orderId, 'sale'), order.orderId, sale, this.changeOf(order));
    this.feeSlot(order, sale);
    this.cogsSlot(order, lines, saleTime);
  }

  private saleRows(order: Order, lines: SaleLine[], saleTime: Date): TargetRow[] {
    const slot = orderSlot(order.orderId, 'sale');
    const total = roundCents(order.sale);
    // One line takes the whole total (most orders): no weights to work out.
    const amounts =
      lines.length === 1
        ? [total]
        : (this.keptSplit(slot, 'sale', lines, total) ??
          splitAmount(
            total,
            lineWeights(lines, (sku) => this.priceOf(sku, saleTime)),
          ));
    return lines.map((line, i) => ({
      type: 'sale',
      date: saleTime,
      amount: amounts[i] as number,
      sku: line.sku,
      key: lineKey(slot, line.sku, lines.length),
      memo: `${line.sku ?? '?'} × ${line.qty}`,
    }));
  }

  /** Sale × the commission rate on each line, unless Settlement has the order's commission. */
  private feeSlot(order: Order, sale: readonly TargetRow[]): void {
    const slot = orderSlot(order.orderId, 'fee');
    const rate = this.context.settings.commissionRate;
    if (
      this.settledFeeOrders.has(order.orderId) ||
      this.memory.hasSettledCommission(order.orderId)
    ) {
      this.addSlot(slot, order.orderId, [], 'feeSettled');
      return;
    }
    const total = roundCents(order.sale * rate);
    const amounts = splitAmount(
      total,
      sale.map((row) => row.amount),
    );
    const memo = this.estimatedFeeMemo();
    const rows = sale.map((row, i) => ({
      ...row,
      type: 'fee' as const,
      amount: amounts[i] as number,
      key: lineKey(slot, row.sku, sale.length),
      memo,
    }));
    // The sale as 원장 holds it, unchanged: a new estimate comes from 설정's commission rate.
    let held = 0;
    for (const amount of this.memory.netBySku(orderSlot(order.orderId, 'sale'), 'sale').values())
      held += amount;
    const reason =
      roundCents(held) === roundCents(order.sale) ? 'feeRateChanged' : this.changeOf(order);
    this.addSlot(slot, order.orderId, rate === 0 ? [] : rows, reason);
  }

  /** In a foreign currency, a new amount may come from 설정's rate, not from the order. */
  private changeOf(order: Order): CorrectionKind {
    const foreign = order.currency !== this.context.settings.baseCurrency;
    return foreign ? 'amountOrRateChanged' : 'amountChanged';
  }

  /** The same for every order: written once, not once per order. */
  private estimatedFeeMemo(): string {
    const rate = this.context.settings.commissionRate;
    this.feeMemo ??= t('memo.estimatedFee', this.context.lang, {
      rate: `${Math.round(rate * 10_000) / 100}%`,
    });
    return this.feeMemo;
  }

  /**
   * Quantity × unit cost per line, at the rate of the pay date. A line whose COGS the Ledger
   * already holds keeps it (docs/rules.md §4: a cost that changes later leaves past COGS alone); a line
   * without a cost is a Problem until the cost is filled in, and then its COGS is added.
   */
  private cogsSlot(order: Order, lines: readonly SaleLine[], saleTime: Date): void {
    const slot = orderSlot(order.orderId, 'cogs');
    const imported = this.memory.netBySku(slot, 'cogs');
    const rows: TargetRow[] = [];
    for (const line of lines) {
      const kept = roundCents(imported.get(line.sku) ?? 0);
      const amount = kept !== 0 ? kept : this.lineCost(order, line, saleTime);
      if (amount === null) continue;
      rows.push({
        type: 'cogs',
        date: saleTime,
        amount,
        sku: line.sku,
        key: lineKey(slot, line.sku, lines.length),
        memo: `${line.sku ?? '?'} × ${line.qty}`,
      });
    }
    // An order imported without any cost gets its COGS as a correction (원가 입력 반영).
    const afterImport =
      imported.size === 0 &&
      this.memory.netBySku(orderSlot(order.orderId, 'sale'), 'sale').size > 0;
    this.addSlot(slot, order.orderId, rows, 'costAdded', [], afterImport);
  }

  private lineCost(order: Order, line: SaleLine, saleTime: Date): number | null {
    if (line.sku === null) {
      this.withoutProduct.push(order);
      return null;
    }
    const info = this.skusById.get(line.sku);
    if (info === undefined) {
      const orders = this.unlisted.get(line.sku);
      if (orders === undefined) this.unlisted.set(line.sku, [order]);
      else orders.push(order);
      return null;
    }
    if (info.cost === null) {
      const orders = this.uncosted.get(info);
      if (orders === undefined) this.uncosted.set(info, [order.orderId]);
      else orders.push(order.orderId);
      return null;
    }
    const unitCost = this.context.fx.convert(info.cost.amount, info.cost.currency, saleTime);
    if (unitCost === null) {
      if (!this.costWithoutRate.has(info.cost.currency))
        this.costWithoutRate.set(info.cost.currency, info);
      return null;
    }
    const cogs = roundCents(line.qty * unitCost);
    if (isPlausibleAmount(cogs)) return cogs;
    // A cost or quantity far past any shop's: a Problem on the cell to fix, the COGS left out.
    const names = namesOf(this.context);
    const where = isPlausibleAmount(unitCost)
      ? { tab: names.orders, row: order.row, column: names.orderLines, value: String(line.qty) }
      : { tab: names.sku, row: info.row, column: names.unitCost, value: String(info.cost.amount) };
    this.problems.push({ ...where, expected: EXPECTED_PLAUSIBLE_AMOUNT });
    return null;
  }

  /** The SKU tab's price in the base currency on the order's date, for splitting it. */
  private priceOf(sku: string, date: Date): number | null {
    const info = this.skusById.get(sku);
    if (info?.price === null || info?.price === undefined) return null;
    return this.context.fx.convert(
      info.price,
      info.priceCurrency ?? this.context.settings.baseCurrency,
      date,
    );
  }

  /**
   * The split the Ledger already holds for a multi-line slot, when it covers the same SKUs and
   * the same total: a price changed since does not move money between past lines.
   */
  private keptSplit(
    slot: string,
    type: LedgerType,
    lines: readonly SaleLine[],
    total: number,
  ): number[] | null {
    if (lines.length < 2) return null;
    const imported = this.memory.netBySku(slot, type);
    const skus = [...imported].filter(([, amount]) => roundCents(amount) !== 0);
    if (skus.length !== lines.length || !lines.every((line) => imported.has(line.sku))) return null;
    const amounts = lines.map((line) => roundCents(imported.get(line.sku) ?? 0));
    const sum = amounts.reduce((acc, amount) => acc + amount, 0);
    return Math.abs(sum - total) < 0.005 ? amounts : null;
  }

  // Disputes and Settlement -------------------------------------------------------------------

  /** A dispute's refund, unless the order brought no sale (closed before shipping: never paid). */
  private disputeSlot(key: string, disputes: readonly Dispute[]): void {
    const orderId = disputes[0]?.orderId ?? '';
    if (this.withoutSale(orderId)) {
      this.addSlot(key, orderId, [], 'noSale');
      return;
    }
    const rows = disputes.flatMap(({ refund, refundTime, reasonText }) =>
      refund === null || refund === 0
        ? []
        : this.refundRows(orderId, {
            type: 'refund',
            date: refundTime,
            amount: roundCents(refund),
            sku: null,
            key,
            memo: reasonText,
          }),
    );
    this.addSlot(key, orderId, rows, 'refundChanged');
  }

  private settlementSlot(key: string, movements: readonly SettlementMovement[]): void {
    const [first] = movements;
    if (first === undefined) return;
    const { orderId, type } = first;
    const formerKeys = movements.flatMap((movement) =>
      movement.formerKey === undefined ? [] : [movement.formerKey],
    );
    if (type === 'refund' && orderId !== null && this.refundFromDisputes(orderId)) {
      this.addSlot(key, orderId, [], 'refundFromDispute', formerKeys);
      return;
    }
    // An order without a sale has its fee and affiliate fee reversed with its sale, and a refund
    // of it is none (docs/rules.md §4), whatever 정산 charged or paid back: as in 분쟁.
    const shown = orderId === null ? undefined : this.shown.orders.get(orderId);
    const noSale = this.withoutSale(orderId);
    const rows = movements.flatMap((movement) =>
      noSale && (belongsToSale(movement) || movement.type === 'refund')
        ? []
        : this.movementRows(key, movement as SettlementMovement & { type: LedgerType }),
    );
    const dropped = noSale && rows.length === 0;
    const reason =
      type === 'refund'
        ? dropped
          ? 'noSale'
          : 'refundChanged'
        : dropped && shown !== undefined
          ? noSaleReason(shown)
          : first.currency === this.context.settings.baseCurrency
            ? 'amountChanged'
            : 'amountOrRateChanged';
    this.addSlot(key, orderId, rows, reason, formerKeys);
  }

  /**
   * The tabs show the order without a sale (cancelled, unpaid, closed unshipped), or it has left
   * 주문 and 원장 holds its sale reversed to nothing: it stays so.
   */
  private withoutSale(orderId: string | null): boolean {
    if (orderId === null) return false;
    const shown = this.shown.orders.get(orderId);
    if (shown !== undefined) return !shown.bringsSale;
    return !this.unsure(orderId) && roundCents(this.memory.saleOf(orderId)?.total ?? 1) === 0;
  }

  private refundFromDisputes(orderId: string): boolean {
    return this.disputeRefundOrders.has(orderId) || this.memory.hasDisputeRefund(orderId);
  }

  /**
   * Commission and affiliate fees are dated with their order's sale, converted at the sale's
   * rate and split across its lines (the Orders tab's, else the Ledger's); every other movement
   * is dated when it was settled, at that day's rate. A fee whose currency has no rate on the
   * sale's date (or one that makes it past any shop's amounts) is dated when it was settled too,
   * where it was read as plausible: an amount is always converted at the rate of the date it is
   * dated by (docs/rules.md §4, Dating).
   */
  private movementRows(
    key: string,
    movement: SettlementMovement & { type: LedgerType },
  ): TargetRow[] {
    const { orderId, type, item } = movement;
    const order = orderId === null ? null : this.orderContext(orderId);
    const saleTime = belongsToSale(movement) ? (order?.saleTime ?? null) : null;
    const atSale =
      saleTime === null
        ? null
        : this.context.fx.convert(movement.written, movement.currency, saleTime);
    if (order === null || saleTime === null || atSale === null || !isPlausibleAmount(atSale)) {
      const row = {
        type,
        date: movement.time,
        amount: roundCents(movement.amount),
        key,
        memo: item,
      };
      if (type === 'refund') return this.refundRows(orderId, { ...row, sku: null });
      // A penalty is the shop's (docs/rules.md §4: rows without a SKU), not its order's product.
      const single = order !== null && order.lines.length === 1 && type !== 'penalty';
      return [{ ...row, sku: single ? (order.lines[0]?.sku ?? null) : null }];
    }
    const row = { type, date: saleTime, amount: roundCents(atSale), sku: null, key, memo: item };
    return this.acrossLines(row, order.lines);
  }

  /**
   * A row split across an order's lines as its sale is, one row a line (the amounts the Ledger
   * holds for them, while they still add up); one line keeps the row whole, with its SKU.
   */
  private acrossLines(row: TargetRow, lines: OrderContext['lines']): TargetRow[] {
    const weights = lines.map(({ sku }) => ({ sku, qty: 1 }));
    const amounts =
      this.keptSplit(row.key, row.type, weights, row.amount) ??
      splitAmount(
        row.amount,
        lines.map((line) => line.amount),
      );
    return lines.map((line, i) => ({
      ...row,
      amount: amounts[i] as number,
      sku: line.sku,
      key: lineKey(row.key, line.sku, lines.length),
    }));
  }

  /** The order's sale from the Orders tab, else as the Ledger holds it; null when neither has it. */
  private orderContext(orderId: string): OrderContext | null {
    const shown = this.orderContexts.get(orderId);
    if (shown !== undefined) return shown;
    const sale = this.memory.saleOf(orderId);
    if (sale === null || roundCents(sale.total) === 0) return null;
    const lines = [...sale.bySku]
      .filter(([, amount]) => roundCents(amount) !== 0)
      .map(([sku, amount]) => ({ sku, amount }));
    return { saleTime: sale.date, lines };
  }

  /**
   * A refund goes to its order's product; an order of several lines has it split across them
   * as its sale is, so SKU Margin sees each product's refunds (not the shop-wide line's).
   */
  private refundRows(orderId: string | null, row: TargetRow): TargetRow[] {
    const lines = (orderId === null ? null : this.orderContext(orderId))?.lines ?? [];
    return lines.length === 0 ? [row] : this.acrossLines(row, lines);
  }

  // Ads ---------------------------------------------------------------------------------------

  /** Spend per day, campaign and SKU: rows of one SKU that differ are summed (docs/rules.md §3). */
  private adSlot(key: string, group: { day: string; campaign: string; rows: AdRow[] }): void {
    const bySku = new Map<string | null, number>();
    for (const ad of group.rows) bySku.set(ad.sku, (bySku.get(ad.sku) ?? 0) + ad.spend);
    const date = dayKeyToDate(group.day, this.context.timeZone);
    const rows = [...bySku].map(([sku, spend]) => ({
      type: 'ad' as const,
      date,
      amount: roundCents(spend),
      sku,
      key: lineKey(key, sku, bySku.size),
      memo: group.campaign,
    }));
    this.addSlot(key, null, rows, 'amountChanged');
  }

  // Shared ------------------------------------------------------------------------------------

  private addSlot(
    key: string,
    orderId: string | null,
    rows: TargetRow[],
    reason: CorrectionKind,
    formerKeys: readonly string[] = [],
    afterImport = false,
  ): void {
    if (this.memory.isBlocked(key)) return;
    const empty = rows.length === 0;
    this.slots.push({
      key,
      formerKeys,
      orderId,
      rows,
      emptyBecause: empty ? reason : 'amountChanged',
      changeKind: empty ? 'amountChanged' : reason,
      afterImport,
    });
  }

  private reportCosts(): void {
    const { sku, unitCost } = namesOf(this.context);
    for (const [info, orders] of this.uncosted) {
      this.problems.push({
        tab: sku,
        row: info.row,
        column: unitCost,
        value: '',
        expected: msg('expected.unitCostFor', {
          sku: info.sku,
          count: orders.length,
          order: orders[0] ?? '',
        }),
      });
    }
    for (const [currency, info] of this.costWithoutRate) {
      this.problems.push({
        tab: sku,
        row: info.row,
        column: unitCost,
        value: currency,
        expected: msg('expected.fxRateFor', { currency }),
      });
    }
  }

  /**
   * Lines whose cost cannot be known, one Problem per cause rather than per order: a SKU the SKU
   * tab lacks, no SKU tab at all, or orders whose export names no product.
   */
  private reportUnknownProducts(): void {
    const names = namesOf(this.context);
    const noSkuTab = this.skusById.size === 0;
    if (noSkuTab && this.unlisted.size > 0) {
      const orders = new Set([...this.unlisted.values()].flat().map(({ orderId }) => orderId));
      const expected = msg('expected.skuTab', { skuTab: names.sku, count: orders.size });
      this.problems.push({ tab: names.sku, row: null, column: null, value: '', expected });
    }
    if (!noSkuTab) {
      for (const [sku, orders] of this.unlisted) {
        const [first] = orders;
        const params = {
          sku,
          skuTab: names.sku,
          count: orders.length,
          order: first?.orderId ?? '',
        };
        this.problems.push({
          tab: names.orders,
          row: first?.row ?? null,
          column: names.orderLines,
          value: sku,
          expected: msg('expected.skuListed', params),
        });
      }
    }
    const [first] = this.withoutProduct;
    if (first === undefined) return;
    this.problems.push({
      tab: names.orders,
      row: first.row,
      column: this.context.names?.orderLines ?? null,
      value: '',
      expected: msg('expected.productCode', {
        count: this.withoutProduct.length,
        order: first.orderId,
      }),
    });
  }
}

/** Why an order shown in the tabs brings no sale now. */
function noSaleReason(order: Order): CorrectionKind {
  if (order.status === 'cancelled') return 'cancelled';
  if (order.saleTime === null || order.status === 'awaiting-payment') return 'unpaid';
  return 'closedUnshipped';
}
