/**
 * The routine of the guide (§2-1 morning, §2-2 afternoon, §2-3 weekly) as checklists whose items
 * show their data and tick themselves when the data says they are done (docs/rules.md §8).
 */
import { titleIssueText } from '../text/titleIssueText';
import { MIN_IMPRESSIONS_TO_JUDGE, weakestThumbnail } from '../metrics/productFunnel';
import { formatChange, formatDateTime, formatNumber, formatPercent } from '../text/displayText';
import { noWeakStepText, STAGE_BENCHMARKS } from '../metrics/funnel';
import { tabGap, type KpiCard } from './kpiCards';
import type { KpiId } from '../metrics/kpis';
import type { Lang } from '../text/language';
import { t, type MessageKey } from '../text/messages';
import { tabSpec, type TabId } from '../read/tabSpecs';
import { formatMoney } from '../text/moneyText';
import type { LastRun } from './lastRun';
import { updateState } from './updateState';
import type { WeeklyUpdate } from '../weeklyUpdate';

export const ROUTINE_ITEMS = {
  morning: ['alerts', 'shipBy', 'messages', 'replies'],
  afternoon: ['funnel', 'thumbnail', 'title', 'keywords'],
  weekly: ['weeklyUpdate', 'disputes', 'response', 'conversion', 'skuCleanup', 'fx'],
} as const;

export type RoutineId = keyof typeof ROUTINE_ITEMS;
export type ChecklistItemName = (typeof ROUTINE_ITEMS)[RoutineId][number];

/** Every item id, `routine.item`: what a tick may name. */
export const CHECKLIST_ITEM_IDS: readonly string[] = Object.entries(ROUTINE_ITEMS).flatMap(
  ([routine, items]) => items.map((item) => `${routine}.${item}`),
);

export function isChecklistItemId(id: unknown): id is string {
  return typeof id === 'string' && CHECKLIST_ITEM_IDS.includes(id);
}

/** An item of a checklist; its label is the sidebar's own (sidebarLabels.ts), by its name. */
export interface ChecklistItem {
  /** `routine.name`, as `morning.shipBy`. */
  id: string;
  /** What the data says about the item, one sentence a line. */
  lines: string[];
  /** The data says it is done: shown ticked whatever the user did. */
  autoDone: boolean;
  /** The user ticked it today. */
  ticked: boolean;
}

export interface Checklist {
  id: RoutineId;
  items: ChecklistItem[];
}

export interface ChecklistInput {
  update: WeeklyUpdate;
  /** Item ids the user ticked today. */
  ticks: readonly string[];
  /** ISO time of the last weekly update (document property), or null. */
  lastUpdate: string | null;
  /** The last run's outcome, failed or not, or null. */
  lastRun?: LastRun | null;
  now: Date;
  kpiCards: readonly KpiCard[];
}

/** Names listed in a line before "and N more". */
const LISTED = 5;

type ItemData = Pick<ChecklistItem, 'lines' | 'autoDone'>;

class ItemContext {
  readonly lang: Lang;

  constructor(readonly input: ChecklistInput) {
    this.lang = input.update.lang;
  }

  get update(): WeeklyUpdate {
    return this.input.update;
  }

  /** The sentence naming the first tab missing or empty, or null when each holds rows. */
  missing(...tabs: TabId[]): string | null {
    return tabGap(this.update, tabs);
  }

  /** 'a, b, c' or 'a, b, c, d, e and 3 more' ('외 3개'; orders count as '외 3건'). */
  list(names: readonly string[], more: MessageKey = 'sidebar.detail.more'): string {
    const shown = names.slice(0, LISTED).join(', ');
    const count = names.length - LISTED;
    return count > 0 ? `${shown} ${t(more, this.lang, { count })}` : shown;
  }

  /** The KPI's card: the checklist judges a KPI exactly as its card shows it. */
  card(id: KpiId): KpiCard {
    const card = this.input.kpiCards.find((candidate) => candidate.id === id);
    if (!card) throw new Error(`No KPI card ${id}`);
    return card;
  }

  /** 'Dispute rate 4.12% (target 2%)', then what to do or why there is no number. */
  kpiItem(id: KpiId, ...more: string[]): ItemData {
    const card = this.card(id);
    const line = t('sidebar.detail.kpiVsTarget', this.lang, {
      name: card.name,
      value: card.valueText,
      target: card.targetText,
    });
    const lines = [line, ...more];
    if (card.advice) lines.push(card.advice);
    return { lines, autoDone: card.status === 'OK' };
  }
}

const notChecked = (...lines: string[]): ItemData => ({ lines, autoDone: false });

/**
 * Why the orders cannot be judged: no Orders tab, nothing pasted in it, or none of its orders
 * could be read (then "nothing near its deadline" would be a false all-clear). Null when they can.
 */
export function ordersUnread(update: WeeklyUpdate): string | null {
  const { lang } = update;
  const tab = update.tabNames.orders;
  if (!tab) return t('sidebar.needsTab', lang, { tab: tabSpec('orders')[lang] });
  const read = update.weeks.some((week) => week.paidOrders > 0) || update.today.shipBy.length > 0;
  if (read) return null;
  // Nothing pasted yet, or a first paste in dollars before any rate: say the one fix.
  if (update.emptyTabs.includes('orders')) return t('sidebar.pasteOrders', lang, { tab });
  const fxRate = update.problems.find(
    (problem) => problem.tab === tab && problem.expected.key === 'expected.fxRateFor',
  );
  if (fxRate) return t('sidebar.ordersNeedFx', lang, { expected: fxRate.expected });
  return t('sidebar.noOrdersRead', lang);
}

function alerts(ctx: ItemContext): ItemData {
  const { update, lang } = ctx;
  const lowStock = update.stockCover.filter((row) => row.alert).map((row) => row.sku);
  const counts: Array<[number, string]> = [
    [
      lowStock.length,
      t('sidebar.detail.lowStock', lang, {
        count: lowStock.length,
        days: update.settings.stockLeadTimeDays,
        skus: ctx.list(lowStock),
      }),
    ],
    [
      update.today.stalled.length,
      t('sidebar.detail.stalled', lang, { count: update.today.stalled.length }),
    ],
    [
      update.today.reviewsWaiting,
      t('sidebar.detail.reviewsWaiting', lang, { count: update.today.reviewsWaiting }),
    ],
    [
      update.payouts.gaps.length,
      t('sidebar.payoutGaps', lang, {
        count: update.payouts.gaps.length,
        amount: formatMoney(update.payouts.atStake, update.settings.baseCurrency, lang),
      }),
    ],
    [update.problems.length, t('sidebar.problems', lang, { count: update.problems.length })],
  ];
  const lines = counts.filter(([count]) => count > 0).map(([, line]) => line);
  const unread = ordersUnread(ctx.update);
  if (unread) return { lines: [unread, ...lines], autoDone: false };
  return lines.length > 0
    ? { lines, autoDone: false }
    : { lines: [t('sidebar.detail.noAlerts', lang)], autoDone: true };
}

function shipByItem(ctx: ItemContext): ItemData {
  const { update, lang } = ctx;
  const unread = ordersUnread(ctx.update);
  if (unread) return notChecked(unread);
  const urgent = update.today.shipBy.filter((row) => row.alert);
  if (urgent.length === 0) return { lines: [t('sidebar.detail.noShipBy', lang)], autoDone: true };
  const groups = [
    ['sidebar.detail.overdue', urgent.filter((row) => row.hoursLeft < 0)],
    ['sidebar.detail.nearShipBy', urgent.filter((row) => row.hoursLeft >= 0)],
  ] as const;
  // Each count with its own orders, the late ones first (as the first screen ranks them); a
  // count of 0 is not said ("0 orders to ship within 24 hours" when all are overdue).
  const lines = groups.flatMap(([key, rows]) => {
    if (rows.length === 0) return [];
    const ids = ctx.list(
      rows.map((row) => row.orderId),
      'sidebar.detail.moreOrders',
    );
    return [t(key, lang, { count: rows.length }), t('sidebar.detail.orderIds', lang, { ids })];
  });
  return { lines, autoDone: false };
}

function messages(ctx: ItemContext): ItemData {
  const missing = ctx.missing('messages');
  if (missing) return notChecked(missing);
  const { unansweredMessages: unanswered, messagesPastTarget: late } = ctx.update.today;
  if (unanswered === 0)
    return { lines: [t('sidebar.detail.noUnanswered', ctx.lang)], autoDone: true };
  // With how many of them the first screen counts: waiting past the reply target.
  const hours = ctx.update.settings.targetResponseHours;
  const lines = [t('sidebar.detail.unanswered', ctx.lang, { count: unanswered })];
  if (late > 0) lines.push(t('sidebar.urgent.messages', ctx.lang, { count: late, hours }));
  return notChecked(...lines);
}

function funnelItem(ctx: ItemContext): ItemData {
  const { update, lang } = ctx;
  const missing = ctx.missing('traffic');
  if (missing) return notChecked(missing);
  const { funnel } = update;
  if (funnel.weakestStep && funnel.advice) {
    const step = t(`funnel.stage.${funnel.weakestStep}`, lang);
    return {
      lines: [t('sidebar.detail.weakestStep', lang, { step }), funnel.advice[lang]],
      autoDone: false,
    };
  }
  if (funnel.steps.every((step) => step.count === null)) {
    return notChecked(t('sidebar.noRecentData', lang, { days: update.settings.kpiWindowDays }));
  }
  const verdict = noWeakStepText(funnel, lang);
  return funnel.unmeasured.length > 0 ? notChecked(verdict) : { lines: [verdict], autoDone: true };
}

/**
 * The failing title that matters most: the most-viewed product's (traffic per product, linked
 * by the SKU tab's product id), else the best-selling SKU's.
 */
function titleItem(ctx: ItemContext): ItemData {
  const { update, lang } = ctx;
  const missing = ctx.missing('sku');
  if (missing) return notChecked(missing);
  const failing = new Map(
    update.titles.filter((title) => !title.check.ok).map((title) => [title.sku, title]),
  );
  const viewed = mostViewedFailing(update, failing);
  const pick = viewed?.title ?? bestSellingFailing(update, failing);
  if (!pick) return { lines: [t('sidebar.detail.titlesOk', lang)], autoDone: true };
  const issues = titleIssueText(pick.check, lang);
  const lines = [t('sidebar.detail.titleToFix', lang, { sku: pick.sku, issues }), pick.title];
  if (viewed) {
    const visitors = formatNumber(viewed.visitors, lang);
    lines.unshift(t('sidebar.detail.titleMostViewed', lang, { sku: pick.sku, visitors }));
  }
  lines.push(t('sidebar.detail.titleRule', lang));
  return { lines, autoDone: false };
}

type TitleRow = WeeklyUpdate['titles'][number];

/** productFunnels is sorted by impressions; the most visitors decide here. */
function mostViewedFailing(
  update: WeeklyUpdate,
  failing: ReadonlyMap<string, TitleRow>,
): { title: TitleRow; visitors: number } | null {
  let best: { title: TitleRow; visitors: number } | null = null;
  for (const product of update.productFunnels) {
    const title = product.sku === null ? undefined : failing.get(product.sku);
    const visitors = product.visitors ?? 0;
    if (title && visitors > 0 && (best === null || visitors > best.visitors)) {
      best = { title, visitors };
    }
  }
  return best;
}

function bestSellingFailing(
  update: WeeklyUpdate,
  failing: ReadonlyMap<string, TitleRow>,
): TitleRow | undefined {
  const sales = new Map(update.skus.map((row) => [row.sku, row.sales]));
  return [...failing.values()].sort(
    (a, b) => (sales.get(b.sku) ?? 0) - (sales.get(a.sku) ?? 0) || a.sku.localeCompare(b.sku),
  )[0];
}

/** The product whose thumbnail draws the fewest clicks from its impressions, named. */
function thumbnailItem(ctx: ItemContext): ItemData {
  const { update, lang } = ctx;
  const tips = t('sidebar.detail.thumbnailTips', lang);
  const missing = ctx.missing('traffic');
  if (missing) return notChecked(missing, tips);
  const weakest = weakestThumbnail(update.productFunnels);
  if (weakest === null || weakest.clickRate === null) {
    const days = update.settings.kpiWindowDays;
    const min = formatNumber(MIN_IMPRESSIONS_TO_JUDGE, lang);
    return notChecked(t('sidebar.detail.thumbnailNoData', lang, { days, min }), tips);
  }
  const benchmark = STAGE_BENCHMARKS.click.benchmark;
  const product = weakest.sku ?? t('sidebar.detail.productId', lang, { id: weakest.productId });
  const line = t('sidebar.detail.thumbnailToFix', lang, {
    product,
    rate: formatPercent(weakest.clickRate, lang),
    benchmark: formatPercent(benchmark, lang),
  });
  return { lines: [line, tips], autoDone: weakest.clickRate >= benchmark };
}

function keywords(ctx: ItemContext): ItemData {
  const { update, lang } = ctx;
  const missing = ctx.missing('ads');
  if (missing) return notChecked(missing);
  const { keywords: judged } = update.ads;
  if (judged.length === 0) {
    return notChecked(t('sidebar.noRecentData', lang, { days: update.settings.kpiWindowDays }));
  }
  const named = (action: string) =>
    judged.filter((k) => k.action === action).map((k) => k.campaign);
  const lines = (
    [
      ['below-break-even', 'sidebar.detail.keywordBelowBreakEven'],
      ['pause', 'sidebar.detail.keywordPause'],
      ['boost', 'sidebar.detail.keywordBoost'],
      ['fix-detail-page', 'sidebar.detail.keywordFix'],
    ] as const
  ).flatMap(([action, key]) => {
    const campaigns = named(action);
    return campaigns.length > 0 ? [t(key, lang, { keywords: ctx.list(campaigns) })] : [];
  });
  return lines.length > 0
    ? { lines, autoDone: false }
    : { lines: [t('sidebar.detail.keywordsOk', lang)], autoDone: true };
}

/** When the last update ran, whether it is due again, and why the last run stopped, if it did. */
function weeklyUpdateItem(ctx: ItemContext): ItemData {
  const { lang, input, update } = ctx;
  const state = updateState(input.lastUpdate, input.lastRun ?? null, input.now);
  const lines =
    state.lastUpdate === null
      ? [t('sidebar.detail.neverUpdated', lang)]
      : [
          t('sidebar.detail.lastUpdate', lang, {
            date: formatDateTime(state.lastUpdate, update.timeZone),
          }),
        ];
  if (state.status === 'due') lines.push(t('sidebar.detail.updateDue', lang));
  if (state.failed !== null) {
    const date = formatDateTime(new Date(state.failed.at), update.timeZone);
    lines.push(t('sidebar.detail.lastRunFailed', lang, { date, reason: state.failed.message }));
  }
  return { lines, autoDone: state.status === 'ok' };
}

function disputes(ctx: ItemContext): ItemData {
  const { lang } = ctx;
  const top = ctx.update.disputes.causes.slice(0, 2);
  const causes = top.map((cause, i) =>
    t('sidebar.detail.disputeCause', lang, {
      rank: i + 1,
      reason: t(`reason.${cause.reason}`, lang),
      count: cause.count,
    }),
  );
  if (ctx.missing('disputes') === null && causes.length === 0)
    causes.push(t('sidebar.detail.noDisputes', lang));
  return ctx.kpiItem('disputeRate', ...causes);
}

/** The KPI is an average: messages waiting past the target today keep the item open. */
function response(ctx: ItemContext): ItemData {
  const item = ctx.kpiItem('responseHours');
  const count = ctx.update.today.messagesPastTarget;
  if (count === 0) return item;
  const hours = ctx.update.settings.targetResponseHours;
  return notChecked(...item.lines, t('sidebar.urgent.messages', ctx.lang, { count, hours }));
}

/** Pareto class C (docs/rules.md §5): the bottom 20% by real margin, or losing money. */
function skuCleanup(ctx: ItemContext): ItemData {
  const { update, lang } = ctx;
  // Without a ranked SKU (no orders yet) there is nothing to clean up, and nothing done.
  if (update.skus.every((row) => row.paretoClass === null)) {
    return notChecked(ctx.missing('orders') ?? t('sidebar.detail.noSkuMargins', lang));
  }
  const classC = update.skus.filter((row) => row.paretoClass === 'C').map((row) => row.sku);
  return classC.length > 0
    ? notChecked(t('sidebar.detail.classC', lang, { count: classC.length, skus: ctx.list(classC) }))
    : { lines: [t('sidebar.detail.noClassC', lang)], autoDone: true };
}

function fx(ctx: ItemContext): ItemData {
  const { update, lang } = ctx;
  if (update.fxReprice.length === 0)
    return notChecked(ctx.missing('settings') ?? t('sidebar.detail.noFxTable', lang));
  const moved = update.fxReprice.filter((row) => row.alert);
  if (moved.length === 0) return { lines: [t('sidebar.detail.fxStable', lang)], autoDone: true };
  const lines = moved.map((row) =>
    t('sidebar.detail.fxMoved', lang, {
      currency: row.currency,
      change: formatChange(row.change, lang),
      from: formatNumber(row.rateThen, lang, 2),
      to: formatNumber(row.rateNow, lang, 2),
    }),
  );
  return { lines, autoDone: false };
}

const ITEMS: Record<ChecklistItemName, (ctx: ItemContext) => ItemData> = {
  alerts,
  shipBy: shipByItem,
  messages,
  replies: (ctx) => notChecked(t('sidebar.detail.macrosBelow', ctx.lang)),
  funnel: funnelItem,
  thumbnail: thumbnailItem,
  title: titleItem,
  keywords,
  weeklyUpdate: weeklyUpdateItem,
  disputes,
  response,
  conversion: (ctx) => ctx.kpiItem('conversion'),
  skuCleanup,
  fx,
};

/** The three checklists of the day, each item with its data, its auto-tick and today's tick. */
export function checklists(input: ChecklistInput): Checklist[] {
  const ctx = new ItemContext(input);
  const ticked = new Set(input.ticks);
  return (Object.keys(ROUTINE_ITEMS) as RoutineId[]).map((routine) => ({
    id: routine,
    items: ROUTINE_ITEMS[routine].map((name: ChecklistItemName) => {
      const id = `${routine}.${name}`;
      return { id, ...ITEMS[name](ctx), ticked: ticked.has(id) };
    }),
  }));
}
