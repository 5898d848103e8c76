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
import { kpiCards, type KpiCard } from './kpiCards';
import { KPI_IDS, type KpiId } from '../metrics/kpis';
import type { Lang } from '../text/language';
import { replyMacros, type Macro } from './macros';
import { t } from '../text/messages';
import { tabSpec, type TabId } from '../read/tabSpecs';
import { localDateKey } from '../time/dates';
import type { WeeklyUpdate } from '../weeklyUpdate';
import { openSections, SECTION_IDS, type OpenSections, type SectionId } from './sections';
import {
  disputesView,
  followUpGroups,
  keywordRows,
  productFunnelRows,
  reviewsView,
  type DisputesView,
  type FollowUpGroup,
  type KeywordRow,
  type ProductFunnelRow,
  type ReviewsView,
} from './sidebarLists';
import { updateState, type UpdateStatus } from './updateState';
import { urgentActions, type UrgentId } from './urgentActions';

/** The labels of the sidebar itself; `{name}` placeholders are filled in by the sidebar. */
export interface SidebarText {
  title: string;
  /** 'Today: 2025-10-27'. */
  today: string;
  refresh: string;
  runUpdate: string;
  setupSheets: string;
  updating: string;
  settingUp: string;
  /** Has `{reason}`. */
  callFailed: string;
  noReason: string;
  todayHeading: string;
  /** Has `{done}` and `{total}`. */
  progress: string;
  autoDone: string;
  kpiHeading: string;
  funnelHeading: string;
  funnelWeakest: string;
  macrosHeading: string;
  copyKo: string;
  copyEn: string;
  copied: string;
  selected: string;
  journalHeading: string;
  journalLabel: string;
  journalSave: string;
  journalSaved: string;
  /** The KPI lights' names: short enough for half of the sidebar's width. */
  lights: Record<KpiId, string>;
  urgentHeading: string;
  nothingUrgent: string;
  showList: string;
  /** Has `{count}`. */
  more: string;
  sections: Record<SectionId, string>;
  followUpsNone: string;
  reviewsNone: string;
  reviewsWordsHeading: string;
  keywordsNone: string;
  productFunnelHeading: string;
  /** Said of a product whose click rate is under the benchmark. */
  weakClick: string;
  keywordColumns: Record<
    'campaign' | 'impressions' | 'ctr' | 'cpc' | 'roas' | 'breakEven' | 'action',
    string
  >;
}

/** One of today's most urgent actions: its line and where the sidebar lists them. */
export interface UrgentLine {
  id: UrgentId;
  count: number;
  text: string;
  /** The section that holds the list (opened by the line's button)… */
  section: SectionId;
  /** …and the element in it to scroll to: a checklist item's id, else the section's. */
  anchor: string;
}

export interface SidebarModel {
  lang: Lang;
  text: SidebarText;
  /** 'YYYY-MM-DD' in the spreadsheet's zone: the day the ticks and the journal line belong to. */
  today: string;
  /** 'Data as of 2025-10-26 23:59'; null when there are no orders and no ledger rows. */
  dataAsOf: string | null;
  /** No Orders and no Ledger tab: the sidebar offers "Set up sheets". */
  setupNeeded: boolean;
  /** What is missing or needs a look, one sentence each. */
  notices: string[];
  checklists: Checklist[];
  kpis: KpiCard[];
  funnel: FunnelCard;
  macros: Macro[];
  /** The journal tab's name (the one to be created when missing) and today's line. */
  journal: { tab: string; line: JournalLine };
  /** The first screen: at most three urgent actions, ranked (empty: nothing urgent). */
  urgent: UrgentLine[];
  /** The weekly update's state, one line. */
  update: { status: UpdateStatus; text: string };
  /** Which sections this user keeps open. */
  sections: OpenSections;
  followUps: FollowUpGroup[];
  reviews: ReviewsView;
  keywords: { rows: KeywordRow[]; more: number };
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
  const { lang, settings } = update;
  return urgentActions(update).map(({ id, count }) => ({
    id,
    count,
    text: t(`sidebar.urgent.${id}`, lang, {
      count,
      hours: settings.targetResponseHours,
      days: settings.stockLeadTimeDays,
    }),
    ...URGENT_LISTS[id],
  }));
}

function nothingUrgent(update: WeeklyUpdate): string {
  return ordersUnread(update) ?? t('sidebar.nothingUrgent', update.lang);
}

function updateLine(input: SidebarModelInput): SidebarModel['update'] {
  const { lang, timeZone } = input.update;
  const state = updateState(input.lastUpdate, input.lastRun ?? null, input.now);
  const when = state.status === 'failed' ? new Date(state.failed?.at ?? 0) : state.lastUpdate;
  const date = when === null ? '' : formatDateTime(when, timeZone);
  return { status: state.status, text: t(`sidebar.update.${state.status}`, lang, { date }) };
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

function sidebarText(lang: Lang, windowDays: number, today: string): SidebarText {
  return {
    title: t('app.name', lang),
    today: t('sidebar.today', lang, { date: today }),
    refresh: t('sidebar.refresh', lang),
    runUpdate: t('menu.runWeeklyUpdate', lang),
    setupSheets: t('menu.setupSheets', lang),
    updating: t('sidebar.updating', lang),
    settingUp: t('sidebar.settingUp', lang),
    callFailed: t('sidebar.callFailed', lang),
    noReason: t('sidebar.noReason', lang),
    todayHeading: t('sidebar.todayHeading', lang),
    progress: t('sidebar.progress', lang),
    autoDone: t('sidebar.autoDone', lang),
    kpiHeading: t('sidebar.kpiHeading', lang, { days: windowDays }),
    funnelHeading: t('sidebar.funnelHeading', lang),
    funnelWeakest: t('sidebar.funnelWeakest', lang),
    macrosHeading: t('sidebar.macrosHeading', lang),
    copyKo: t('sidebar.copyKo', lang),
    copyEn: t('sidebar.copyEn', lang),
    copied: t('sidebar.copied', lang),
    selected: t('sidebar.selected', lang),
    journalHeading: t('sidebar.journalHeading', lang),
    journalLabel: t('sidebar.journalLabel', lang),
    journalSave: t('sidebar.journalSave', lang),
    journalSaved: t('sidebar.journalSaved', lang),
    lights: Object.fromEntries(
      KPI_IDS.map((id) => [id, t(`sidebar.light.${id}`, lang)] as const),
    ) as Record<KpiId, string>,
    urgentHeading: t('sidebar.urgentHeading', lang),
    nothingUrgent: t('sidebar.nothingUrgent', lang),
    showList: t('sidebar.showList', lang),
    more: t('sidebar.more', lang),
    sections: Object.fromEntries(
      SECTION_IDS.map((id) => [id, t(`sidebar.section.${id}`, lang)]),
    ) as Record<SectionId, string>,
    followUpsNone: t('sidebar.followUps.none', lang),
    reviewsNone: t('sidebar.reviews.none', lang),
    reviewsWordsHeading: t('sidebar.reviews.wordsHeading', lang),
    keywordsNone: t('sidebar.keywords.none', lang),
    productFunnelHeading: t('sidebar.funnel.productsHeading', lang),
    weakClick: t('sidebar.funnel.weakClick', lang),
    keywordColumns: {
      campaign: t('sidebar.keywords.campaign', lang),
      impressions: t('sidebar.keywords.impressions', lang),
      ctr: t('sidebar.keywords.ctr', lang),
      cpc: t('sidebar.keywords.cpc', lang),
      roas: t('sidebar.keywords.roas', lang),
      breakEven: t('sidebar.keywords.breakEven', lang),
      action: t('sidebar.keywords.action', lang),
    },
  };
}

function notices(update: WeeklyUpdate, setupNeeded: boolean): string[] {
  const { lang } = update;
  if (setupNeeded) return [t('sidebar.setupNeeded', lang)];
  const missing = EXPECTED_TABS.filter((id) => !update.tabNames[id]).map((id) => tabSpec(id)[lang]);
  return missing.length > 0 ? [t('sidebar.missingTabs', lang, { tabs: missing.join(', ') })] : [];
}

/** @example buildSidebarModel({ update, now, ticks: [], lastUpdate: null, journal: { tab: null, text: '' } }).kpis */
export function buildSidebarModel(input: SidebarModelInput): SidebarModel {
  const { update, now, journal } = input;
  const { lang, timeZone } = update;
  const present = new Set(Object.keys(update.tabNames) as TabId[]);
  const setupNeeded = !present.has('orders') && !present.has('ledger');
  const hasData = update.ledger.length > 0;
  const windowDays = update.settings.kpiWindowDays;
  const kpis = kpiCards(update.kpis, { lang, present, windowDays });
  const funnelNote = present.has('traffic')
    ? t('sidebar.noRecentData', lang, { days: windowDays })
    : t('sidebar.needsTab', lang, { tab: tabSpec('traffic')[lang] });
  const today = localDateKey(now, timeZone);
  return {
    lang,
    // "Nothing urgent" only when the orders could be judged: else why they could not.
    text: { ...sidebarText(lang, windowDays, today), nothingUrgent: nothingUrgent(update) },
    today,
    dataAsOf: hasData
      ? t('sidebar.dataAsOf', lang, { time: formatDateTime(update.asOf, timeZone) })
      : null,
    setupNeeded,
    notices: notices(update, setupNeeded),
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
    macros: replyMacros(lang),
    journal: {
      tab: journal?.name ?? t('tab.journal', lang),
      line: (journal && journalLineOf(journal.values, today, timeZone)) ?? {
        date: today,
        text: '',
      },
    },
    urgent: urgentLines(update),
    update: updateLine(input),
    sections: openSections(input.sections),
    followUps: followUpGroups(update),
    reviews: reviewsView(update),
    keywords: keywordRows(update),
    disputes: disputesView(update),
    productFunnel: productFunnelRows(update),
  };
}
