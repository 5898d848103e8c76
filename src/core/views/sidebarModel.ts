/**
 * Everything the sidebar shows, computed from one weekly-update computation (compute only,
 * never written) plus today's ticks and journal line: what getSidebarModel returns in its one
 * round trip (docs/rules.md §8). Only strings, numbers, booleans, arrays and plain objects, because
 * google.script.run turns a return value holding a Date into null.
 */
import type { LastRun } from './lastRun';
import { checklists, ordersUnread, type Checklist } from './checklist';
import { formatDateTime } from '../text/displayText';
import { funnelCard, type FunnelCard } from './funnelCard';
import { journalLineOf, type JournalLine } from './journal';
import { kpiCards, tabGap, type KpiCard } from './kpiCards';
import type { Lang } from '../text/language';
import type { Macro } from '../text/replyMacros';
import { t } from '../text/messages';
import { tabSpec, type TabId } from '../read/tabSpecs';
import type { SidebarLabels } from '../text/sidebarLabels';
import { localDateKey } from '../time/dates';
import type { WeeklyUpdate } from '../weeklyUpdate';
import { openSections, type OpenSections, type SectionId } from './sections';
import {
  disputesView,
  followUpGroups,
  keywordRows,
  productFunnelRows,
  reviewsView,
  type DisputesView,
  type FollowUpGroup,
  type KeywordsView,
  type ProductFunnelRow,
  type ReviewsView,
} from './sidebarLists';
import { updateState, type UpdateStatus } from './updateState';
import { urgentActions, type UrgentId } from './urgentActions';

/**
 * The sidebar's words that depend on the data, or that the server's pages say too; the fixed
 * ones (buttons, headings) are in the sidebar's own script (sidebarLabels.ts). `{name}`
 * placeholders are filled in by the sidebar.
 */
export interface SidebarModelText {
  title: string;
  /** 'Today: 2025-10-27'. */
  today: string;
  refresh: string;
  runUpdate: string;
  setupSheets: string;
  noReason: string;
  kpiHeading: string;
  /**
   * Why the orders could not be judged (shown instead of "nothing urgent", which would be a false
   * all-clear); null when they could.
   */
  ordersUnread: string | null;
}

/** Every word of the sidebar: the model's and its own. */
export type SidebarText = SidebarModelText & SidebarLabels;

/** The model as the sidebar shows it, with its own words joined to the model's. */
/** An urgent line as the sidebar shows it: worded by its own labels. */
export type ShownUrgentLine = UrgentLine & { text: string };

export type ShownSidebarModel = Omit<SidebarModel, 'text' | 'update' | 'urgent'> & {
  urgent: ShownUrgentLine[];
  text: SidebarText;
  macros: Macro[];
  update: { status: UpdateStatus; text: string; date: string };
  /** What is missing, one sentence each (setting up the sheets, or the tabs to paste). */
  notices: string[];
};

/** One of today's most urgent actions: its line and where the sidebar lists them. */
export interface UrgentLine {
  id: UrgentId;
  count: number;
  /** The section that holds the list (opened by the line's button)… */
  section: SectionId;
  /** …and the element in it to scroll to: a checklist item's id, else the section's. */
  anchor: string;
}

export interface SidebarModel {
  lang: Lang;
  text: SidebarModelText;
  /** 'YYYY-MM-DD' in the spreadsheet's zone: the day the ticks and the journal line belong to. */
  today: string;
  /** 'Data as of 2025-10-26 23:59'; null when there are no orders and no ledger rows. */
  dataAsOf: string | null;
  /** No Orders and no Ledger tab: the sidebar offers "Set up sheets". */
  setupNeeded: boolean;
  /** The input tabs the workbook lacks, by name; the sidebar words its notice. */
  missingTabs: string[];
  checklists: Checklist[];
  kpis: KpiCard[];
  funnel: FunnelCard;
  /** The journal tab's name (the one to be created when missing) and today's line. */
  journal: { tab: string; line: JournalLine };
  /** The first screen: at most three urgent actions, ranked (empty: nothing urgent). */
  urgent: UrgentLine[];
  /** What the urgent lines count against: the reply target (hours) and the stock lead time. */
  limits: { hours: number; days: number };
  /** The weekly update's state, and the time it tells ('' for none); the sidebar words it. */
  update: { status: UpdateStatus; date: string };
  /** Which sections this user keeps open. */
  sections: OpenSections;
  followUps: FollowUpGroup[];
  reviews: ReviewsView;
  keywords: KeywordsView;
  disputes: DisputesView;
  /** The funnel per product, most impressions first (the funnel section). */
  productFunnel: { rows: ProductFunnelRow[]; more: number };
}

export interface SidebarModelInput {
  update: WeeklyUpdate;
  now: Date;
  /** Item ids the user ticked today. */
  ticks: readonly string[];
  /** ISO time of the last weekly update (a document property), or null. */
  lastUpdate: string | null;
  /** The last run's outcome, failed or not (a document property), or null. */
  lastRun?: LastRun | null;
  /** The journal tab's name and values, or null when there is none yet. */
  journal: { name: string; values: unknown[][] } | null;
  /** The user's stored open sections (user property), or null. */
  sections?: string | null;
}

/** Where each urgent action's list lives in the sidebar. */
const URGENT_LISTS: Record<UrgentId, { section: SectionId; anchor: string }> = {
  overdue: { section: 'morning', anchor: 'morning.shipBy' },
  shipSoon: { section: 'morning', anchor: 'morning.shipBy' },
  messages: { section: 'morning', anchor: 'morning.messages' },
  negativeReviews: { section: 'followUps', anchor: 'followUps' },
  lowStock: { section: 'morning', anchor: 'morning.alerts' },
  disputes: { section: 'disputes', anchor: 'disputes' },
};

function urgentLines(update: WeeklyUpdate): UrgentLine[] {
  return urgentActions(update).map(({ id, count }) => ({ id, count, ...URGENT_LISTS[id] }));
}

function updateLine(input: SidebarModelInput): SidebarModel['update'] {
  const { timeZone } = input.update;
  const state = updateState(input.lastUpdate, input.lastRun ?? null, input.now);
  const when = state.status === 'failed' ? new Date(state.failed?.at ?? 0) : state.lastUpdate;
  return { status: state.status, date: when === null ? '' : formatDateTime(when, timeZone) };
}

/** Tabs whose absence the sidebar mentions: each feeds a KPI or a checklist item (Settings: FX). */
const EXPECTED_TABS: readonly TabId[] = [
  'orders',
  'disputes',
  'traffic',
  'ads',
  'reviews',
  'messages',
  'sku',
  'settings',
];

function sidebarText(update: WeeklyUpdate, today: string): SidebarModelText {
  const { lang } = update;
  return {
    title: t('app.name', lang),
    today: t('sidebar.today', lang, { date: today }),
    refresh: t('sidebar.refresh', lang),
    runUpdate: t('menu.runWeeklyUpdate', lang),
    setupSheets: t('menu.setupSheets', lang),
    noReason: t('sidebar.noReason', lang),
    kpiHeading: t('sidebar.kpiHeading', lang, { days: update.settings.kpiWindowDays }),
    ordersUnread: ordersUnread(update),
  };
}

function missingTabs(update: WeeklyUpdate): string[] {
  return EXPECTED_TABS.filter((id) => !update.tabNames[id]).map((id) => tabSpec(id)[update.lang]);
}

/** @example buildSidebarModel({ update, now, ticks: [], lastUpdate: null, journal: { tab: null, text: '' } }).kpis */
export function buildSidebarModel(input: SidebarModelInput): SidebarModel {
  const { update, now, journal } = input;
  const { lang, timeZone } = update;
  const setupNeeded = !update.tabNames.orders && !update.tabNames.ledger;
  const hasData = update.ledger.length > 0;
  const kpis = kpiCards(update);
  const funnelNote =
    tabGap(update, ['traffic']) ??
    t('sidebar.noRecentData', lang, { days: update.settings.kpiWindowDays });
  const today = localDateKey(now, timeZone);
  return {
    lang,
    text: sidebarText(update, today),
    today,
    dataAsOf: hasData
      ? t('sidebar.dataAsOf', lang, { time: formatDateTime(update.asOf, timeZone) })
      : null,
    setupNeeded,
    missingTabs: missingTabs(update),
    checklists: checklists({
      update,
      ticks: input.ticks,
      lastUpdate: input.lastUpdate,
      lastRun: input.lastRun ?? null,
      now,
      kpiCards: kpis,
    }),
    kpis,
    funnel: funnelCard(update.funnel, lang, funnelNote),
    journal: {
      tab: journal?.name ?? t('tab.journal', lang),
      line: (journal && journalLineOf(journal.values, today, timeZone)) ?? {
        date: today,
        text: '',
      },
    },
    urgent: urgentLines(update),
    limits: {
      hours: update.settings.targetResponseHours,
      days: update.settings.stockLeadTimeDays,
    },
    update: updateLine(input),
    sections: openSections(input.sections),
    followUps: followUpGroups(update),
    reviews: reviewsView(update),
    keywords: keywordRows(update),
    disputes: disputesView(update),
    productFunnel: productFunnelRows(update),
  };
}
