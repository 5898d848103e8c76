/**
 * The weekly update as one pure computation (docs/rules.md §1): read the tabs → normalise → ledger
 * (existing rows plus the rows this import adds) → every metric. Nothing here writes; the
 * adapter writes what this returns, so an error leaves every tab as it was.
 */
import { adMetrics, type AdMetrics } from './metrics/adMetrics';
import { dayFirstFromLocale, localDateKey } from './time/dates';
import { deliveryByCountry, stalledParcels, type DeliveryByCountry } from './metrics/delivery';
import { disputeMetrics, type DisputeMetrics } from './metrics/disputeMetrics';
import { funnel, type Funnel } from './metrics/funnel';
import { FxTable } from './metrics/fx';
import { fxReprice, type FxRepriceRow } from './metrics/fxReprice';
import { kpis, type Kpi } from './metrics/kpis';
import { languageOf, type Lang } from './text/language';
import { msg } from './text/messages';
import { readLedger, type LedgerEntry } from './ledger/readLedger';
import { planLedgerImport, type LedgerImportPlan } from './ledger/ledgerImport';
import { ledgerPaidOrderCount } from './metrics/paidOrders';
import { marginFigures, weeklyMargin, type WeekRow } from './metrics/weeklyMargin';
import { paretoClass, type ParetoRow } from './metrics/pareto';
import { inPeriod, kpiWindow, type Period } from './time/period';
import type { Problem } from './read/problem';
import { rating, type Rating } from './metrics/rating';
import type { ReadContext } from './read/readContext';
import { readAds } from './read/readAds';
import { readDisputes } from './read/readDisputes';
import { readMessages } from './read/readMessages';
import { readOrders } from './read/readOrders';
import { readReviews } from './read/readReviews';
import { readSettlement } from './read/readSettlement';
import { readSkus } from './read/readSkus';
import type { TabRead } from './read/tabRows';
import { readTraffic } from './read/readTraffic';
import { costCoverage } from './metrics/costCoverage';
import { payoutCheck, type PayoutCheck } from './metrics/payoutCheck';
import { openDisputes, type OpenDisputes } from './views/openDisputes';
import { productFunnels, type ProductFunnel } from './metrics/productFunnel';
import { repurchase, type Repurchase } from './metrics/repurchase';
import { responseHours, unansweredPast, type ResponseTime } from './metrics/responseTime';
import { reviewFollowUps, type FollowUp } from './metrics/reviewFollowUp';
import type { Order, SkuInfo } from './read/records';
import { readSettings, DEFAULT_SETTINGS, type Settings } from './read/settings';
import { shipBy, type ShipByRow } from './metrics/shipBy';
import { NO_SKU, skuMargin, type SkuRow } from './metrics/skuMargin';
import { stockCover, type StockCoverRow } from './metrics/stockCover';
import { titleCheck, type TitleCheck } from './metrics/titleCheck';
import type { TabId } from './read/tabSpecs';
import { emptyTabIds, findInputTabs, type FoundTabs, type TabValues } from './read/workbookTabs';
import { isBlank } from './read/cell';

export interface WeeklyUpdateInput {
  tabs: TabValues[];
  timeZone: string;
  /** Spreadsheet locale, e.g. 'ko_KR': the language and the date order (D/M/Y or M/D/Y). */
  locale: string;
  /** The as-of time; default: the latest order (else ledger) time. */
  asOf?: Date;
  /**
   * The clock (docs/rules.md §5, two clocks; default: now): a date of the data more than a day after it
   * is a typo and a Problem, never the as-of day.
   */
  now?: Date;
}

export interface WeeklyUpdate {
  lang: Lang;
  timeZone: string;
  settings: Settings;
  asOf: Date;
  /** The KPI window: `kpiWindowDays` days ending with the as-of day. */
  window: Period;
  /** Which input tabs were found, by id → tab name. */
  tabNames: Partial<Record<TabId, string>>;
  /** The tabs found with nothing under their header. */
  emptyTabs: TabId[];
  import: LedgerImportPlan;
  /** Existing Ledger rows plus the rows this import adds. */
  ledger: LedgerEntry[];
  weeks: WeekRow[];
  /** Per SKU; the shop-wide row (no SKU) is never ranked: its class is null (docs/rules.md §4). */
  skus: Array<SkuRow & { paretoClass: ParetoRow['class'] | null }>;
  disputes: DisputeMetrics;
  funnel: Funnel;
  response: ResponseTime;
  rating: Rating;
  ads: AdMetrics;
  /** Repurchase in the as-of week against the week before (the KPI's trend). */
  repurchase: Repurchase;
  stockCover: StockCoverRow[];
  fxReprice: FxRepriceRow[];
  /**
   * What needs doing today, by the real clock (docs/rules.md §5, two clocks): the sidebar's time items.
   * Every other figure answers as of the data.
   */
  today: Today;
  /** Orders paid out short, or not paid out after the usual delay (the Payout check tab). */
  payouts: PayoutCheck;
  /** Disputes still open, waiting for the seller, with the money at stake. */
  openDisputes: OpenDisputes;
  titles: Array<{ sku: string; title: string; check: TitleCheck }>;
  /** The funnel of each product in the KPI window, most impressions first. */
  productFunnels: ProductFunnel[];
  delivery: DeliveryByCountry;

  kpis: Kpi[];
  /** Re-pasted order rows counted once. */
  duplicateOrders: number;
  problems: Problem[];
}

function emptyRead<T>(): TabRead<T> {
  return { records: [], problems: [] };
}

/**
 * The latest order time; without orders, the latest ledger date; else the run's clock (`now`,
 * which the CLI's --now sets): "as of" the newest data. Ledger dates count only without orders:
 * an ad day or a settlement after the newest order would move every KPI window past the orders.
 */
function defaultAsOf(orderTimes: Array<Date | null>, ledger: LedgerEntry[], now: Date): Date {
  let latest = -Infinity;
  for (const time of orderTimes) if (time !== null) latest = Math.max(latest, time.getTime());
  if (latest === -Infinity) {
    for (const { date } of ledger) if (date !== null) latest = Math.max(latest, date.getTime());
  }
  return latest === -Infinity ? now : new Date(latest);
}

function previousWindow(window: Period): Period {
  const length = window.end.getTime() - window.start.getTime();
  return { start: new Date(window.start.getTime() - length), end: window.start };
}

function readInputs(found: FoundTabs, ctxFor: (tab: TabValues) => ReadContext) {
  const read = <T>(
    id: TabId,
    reader: (values: unknown[][], ctx: ReadContext, formats?: string[][]) => TabRead<T>,
  ): TabRead<T> => {
    const tab = found[id];
    return tab ? reader(tab.values, ctxFor(tab), tab.numberFormats) : emptyRead<T>();
  };
  return {
    orders: found.orders
      ? readOrders(found.orders.values, ctxFor(found.orders), found.orders.numberFormats)
      : {
          ...emptyRead<never>(),
          duplicates: 0,
          heldOut: new Set<string>(),
          damaged: new Set<string>(),
          linesColumn: null,
        },
    disputes: read('disputes', readDisputes),
    settlement: read('settlement', readSettlement),
    skus: found.sku
      ? readSkus(found.sku.values, ctxFor(found.sku), found.sku.numberFormats)
      : { ...emptyRead<never>(), costColumn: null },
    ads: read('ads', readAds),
    traffic: read('traffic', readTraffic),
    reviews: read('reviews', readReviews),
    messages: read('messages', readMessages),
  };
}

function ledgerRead(found: FoundTabs, ctxFor: (tab: TabValues) => ReadContext) {
  const tab = found.ledger;
  if (!tab) return { entries: [], problems: [], unreadableKeys: [], appendable: true, rowCount: 0 };
  const read = readLedger(tab.values, ctxFor(tab), tab.numberFormats);
  // A blank 원장 is no problem here: the import gives it its header (a custom function's blank
  // range still says which columns it needs).
  const blank = read.appendable && tab.values.every((row) => row.every(isBlank));
  return { ...read, problems: blank ? [] : read.problems, rowCount: tab.values.length };
}

/** Without a Disputes tab the rates are unknown, not 0% (docs/rules.md §9: "its metrics say NO DATA"). */
function withoutDisputeData(metrics: DisputeMetrics): DisputeMetrics {
  return { ...metrics, disputeRate: null, earlyDefectRate: null, wrongShipmentRate: null };
}

/** Everything read from the workbook's tabs, before the import. */
interface WorkbookRead {
  lang: Lang;
  timeZone: string;
  now: Date;
  found: FoundTabs;
  settings: Settings;
  settingsRead: ReturnType<typeof readSettings>;
  fx: FxTable;
  inputs: ReturnType<typeof readInputs>;
  existing: ReturnType<typeof ledgerRead>;
}

function readWorkbook(input: WeeklyUpdateInput): WorkbookRead {
  const { timeZone } = input;
  const found = findInputTabs(input.tabs);
  const settingsRead = found.settings
    ? readSettings(found.settings.values, found.settings.name, timeZone)
    : { settings: DEFAULT_SETTINGS, fxRates: [], problems: [] };
  const { settings } = settingsRead;
  const fx = new FxTable(settings.baseCurrency, settingsRead.fxRates);
  const dayFirst = dayFirstFromLocale(input.locale);
  const now = input.now ?? new Date();
  const ctxFor = (tab: TabValues): ReadContext => ({
    tabName: tab.name,
    timeZone,
    dayFirst,
    now,
    baseCurrency: settings.baseCurrency,
    fx,
  });
  return {
    lang: languageOf(input.locale),
    timeZone,
    now,
    found,
    settings,
    settingsRead,
    fx,
    inputs: readInputs(found, ctxFor),
    existing: ledgerRead(found, ctxFor),
  };
}

/** The import's plan, and the Ledger as it will be once the plan's rows are appended. */
function importIntoLedger(read: WorkbookRead): { plan: LedgerImportPlan; ledger: LedgerEntry[] } {
  const { inputs, existing, settings, found } = read;
  if (!existing.appendable) return { plan: heldImport(found), ledger: existing.entries };
  const plan = planLedgerImport({
    // Planned rows will sit right below the Ledger's current last row once appended.
    firstRow: Math.max(existing.rowCount, 1) + 1,
    orders: inputs.orders.records,
    heldOutOrders: inputs.orders.heldOut,
    damagedOrders: inputs.orders.damaged,
    disputes: inputs.disputes.records,
    settlement: inputs.settlement.records,
    skus: inputs.skus.records,
    ads: inputs.ads.records,
    ledger: existing.entries,
    unreadableKeys: existing.unreadableKeys,
    settings,
    fx: read.fx,
    baseCurrency: settings.baseCurrency,
    timeZone: read.timeZone,
    lang: read.lang,
    names: {
      orders: found.orders?.name,
      orderLines: inputs.orders.linesColumn ?? undefined,
      sku: found.sku?.name,
      unitCost: inputs.skus.costColumn ?? undefined,
    },
  });
  return { plan, ledger: existing.entries.concat(plan.entries) };
}

/**
 * A 원장 whose header cannot be read gives no rows at all: its weeks and SKU margins are unknown,
 * not ₩0 (one Problem already says which column to fix).
 */
function ledgerUnread(read: WorkbookRead): boolean {
  return !read.existing.appendable && read.existing.entries.length === 0;
}

/**
 * No import into a Ledger whose header cannot be read: it would append everything again on
 * every run (docs/rules.md §4: running again adds nothing). One Problem says why, beside the
 * header's own.
 */
function heldImport(found: FoundTabs): LedgerImportPlan {
  const tab = found.ledger?.name ?? '';
  const problem = {
    tab,
    row: null,
    column: null,
    value: '',
    expected: msg('expected.ledgerHeader'),
  };
  return { rows: [], entries: [], problems: [problem], added: 0, corrections: {} };
}

/** The figures behind the eight KPIs, over the KPI window ending with the as-of day. */
function kpiFigures(read: WorkbookRead, ledger: LedgerEntry[], asOf: Date, window: Period) {
  const { inputs, settings, timeZone } = read;
  const orders = inputs.orders.records;
  const paidInWindow = ledgerPaidOrderCount(ledger, window);
  const disputes = read.found.disputes
    ? disputeMetrics(paidInWindow, inputs.disputes.records, window)
    : withoutDisputeData(disputeMetrics(paidInWindow, [], window));
  const traffic = funnel(inputs.traffic.records, window, settings);
  const response = responseHours(inputs.messages.records, window, asOf);
  const reviews = rating(inputs.reviews.records, window, asOf);
  // The KPI is the rate over the window; its trend, this week against the week before (docs/rules.md §5).
  const repeatRate = repurchase(orders, window, previousWindow(window)).rate;
  const lastWeek = kpiWindow(asOf, 7, timeZone);
  const weekBefore = kpiWindow(new Date(lastWeek.start.getTime() - 1), 7, timeZone);
  const repeatWeeks = repurchase(orders, lastWeek, weekBefore);
  const windowEntries = ledger.filter((e) => e.date !== null && inPeriod(e.date, window));
  const kpiList = kpis(
    {
      marginRate: marginFigures(windowEntries).marginRate,
      disputeRate: disputes.disputeRate,
      responseHours: response.meanHours,
      rating: reviews.mean,
      earlyDefectRate: disputes.earlyDefectRate,
      wrongShipmentRate: disputes.wrongShipmentRate,
      repurchaseRate: repeatRate,
      conversion: traffic.conversion,
    },
    settings,
    {
      costs: read.found.sku ? costCoverage(windowEntries, freeSkus(inputs.skus.records)) : null,
      repurchaseTrend: repeatWeeks.trend,
    },
  );
  return { disputes, traffic, response, reviews, repeatWeeks, kpis: kpiList };
}

/** SKUs whose unit cost is 0: a sale of one has its cost, of nothing. */
function freeSkus(skus: readonly SkuInfo[]): Set<string> {
  return new Set(skus.filter((info) => info.cost?.amount === 0).map((info) => info.sku));
}

/** Per SKU, with its Pareto class; the shop-wide row (no SKU) is never ranked. */
function skusRanked(ledger: LedgerEntry[], read: WorkbookRead) {
  const skuRows = skuMargin(ledger, read.inputs.skus.records);
  const ranked = skuRows.filter((row) => row.sku !== NO_SKU);
  const classes = new Map(paretoClass(ranked).map((row) => [row.sku, row.class]));
  return skuRows.map((row) => ({ ...row, paretoClass: classes.get(row.sku) ?? null }));
}

/** @example computeWeeklyUpdate({ tabs, timeZone: 'Asia/Seoul', locale: 'ko_KR' }).weeks */
export function computeWeeklyUpdate(input: WeeklyUpdateInput): WeeklyUpdate {
  const read = readWorkbook(input);
  const { lang, timeZone, settings, inputs, fx } = read;
  const { plan, ledger } = importIntoLedger(read);
  const orders = inputs.orders.records;
  const asOf =
    input.asOf ??
    defaultAsOf(
      orders.map((order) => order.saleTime ?? order.orderTime),
      ledger,
      read.now,
    );
  const window = kpiWindow(asOf, settings.kpiWindowDays, timeZone);
  const figures = kpiFigures(read, ledger, asOf, window);
  const unread = ledgerUnread(read);
  const skus = unread ? [] : skusRanked(ledger, read);
  return {
    lang,
    timeZone,
    settings,
    asOf,
    window,
    tabNames: Object.fromEntries(Object.entries(read.found).map(([id, tab]) => [id, tab.name])),
    emptyTabs: emptyTabIds(read.found),
    import: plan,
    ledger,
    weeks: unread
      ? []
      : weeklyMargin(ledger, orders, inputs.disputes.records, settings, timeZone).rows,
    skus,
    disputes: figures.disputes,
    funnel: figures.traffic,
    response: figures.response,
    rating: figures.reviews,
    ads: adMetrics(inputs.ads.records, window, timeZone, marginsBeforeAds(skus)),
    repurchase: figures.repeatWeeks,
    stockCover: stockCover(inputs.skus.records, orders, asOf, timeZone, settings.stockLeadTimeDays),
    fxReprice: fxReprice(read.settingsRead.fxRates, asOf, settings.fxRepriceThreshold),
    productFunnels: productFunnels(inputs.traffic.records, window, inputs.skus.records),
    titles: inputs.skus.records.map((sku) => ({
      sku: sku.sku,
      title: sku.title,
      check: titleCheck(sku.title, sku.primaryKeyword, settings.bannedTitleWords),
    })),
    delivery: deliveryByCountry(orders, timeZone, settings.weekStartsOn, asOf),
    today: today(orders, inputs, settings, read.now, timeZone),
    openDisputes: openDisputes(inputs.disputes.records, orders),
    payouts: payoutCheck({
      orders,
      settlement: inputs.settlement.records,
      fx,
      payoutDelayDays: settings.payoutDelayDays,
      asOf,
      timeZone,
    }),
    kpis: figures.kpis,
    duplicateOrders: inputs.orders.duplicates,
    problems: [
      ...read.settingsRead.problems,
      ...read.existing.problems,
      ...Object.values(inputs).flatMap((tabRead) => tabRead.problems),
      ...plan.problems,
    ],
  };
}

export interface Today {
  now: Date;
  /** Orders to ship, with the hours left from now. */
  shipBy: ShipByRow[];
  /** Messages of the KPI window up to now without a reply. */
  unansweredMessages: number;
  /** Of those, the ones waiting longer than the response target (Settings). */
  messagesPastTarget: number;
  /** Reviews waiting more than 24 hours for a reply, now. */
  reviewsWaiting: number;
  /** Parcels stalled now. */
  stalled: DeliveryByCountry['stalled'];
  /** Review follow-ups due by now. */
  followUps: FollowUp[];
}

/** The sidebar's clock: the real now, or the one the preview and CLI fix (`--now`). */
function today(
  orders: readonly Order[],
  inputs: ReturnType<typeof readInputs>,
  settings: Settings,
  now: Date,
  timeZone: string,
): Today {
  const window = kpiWindow(now, settings.kpiWindowDays, timeZone);
  return {
    now,
    shipBy: shipBy(orders, settings, now, timeZone),
    unansweredMessages: responseHours(inputs.messages.records, window, now).unanswered,
    messagesPastTarget: unansweredPast(
      inputs.messages.records,
      window,
      now,
      settings.targetResponseHours,
    ),
    reviewsWaiting: rating(inputs.reviews.records, window, now).unansweredOver24h,
    stalled: stalledParcels(orders, now),
    followUps: reviewFollowUps(orders, inputs.reviews.records, now, timeZone),
  };
}

/** Each SKU's margin rate before ads: (real margin + ad spend) ÷ sales; null without sales. */
function marginsBeforeAds(rows: readonly SkuRow[]): Map<string, number | null> {
  return new Map(
    rows.map((row) => [row.sku, row.sales === 0 ? null : (row.realMargin + row.ads) / row.sales]),
  );
}

/** `YYYY-MM-DD` of the as-of day, for labels. */
export function asOfKey(update: Pick<WeeklyUpdate, 'asOf' | 'timeZone'>): string {
  return localDateKey(update.asOf, update.timeZone);
}
