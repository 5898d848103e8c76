// Runs the reconciling import the way the weekly update does, on export tabs given as 2D arrays:
// one run, or a loop of weekly pastes over one growing Ledger.
import {
  planLedgerImport,
  type LedgerImportInput,
  type LedgerImportPlan,
} from '../../src/core/ledger/ledgerImport';
import { FxTable, type FxRate } from '../../src/core/metrics/fx';
import type { LedgerEntry } from '../../src/core/ledger/readLedger';
import { readAds } from '../../src/core/read/readAds';
import { readDisputes } from '../../src/core/read/readDisputes';
import { readOrders } from '../../src/core/read/readOrders';
import { readSettlement } from '../../src/core/read/readSettlement';
import { readSkus } from '../../src/core/read/readSkus';
import { DEFAULT_SETTINGS } from '../../src/core/read/settings';

export const TZ = 'Asia/Seoul';
// 1 USD = 1,400 KRW; there is no EUR rate.
export const USD_1400: FxRate[] = [{ currency: 'USD', rate: 1400, from: null }];

/** The export tabs of one run, as the seller pasted them. */
export interface Tabs {
  orders?: unknown[][];
  disputes?: unknown[][];
  settlement?: unknown[][];
  skus?: unknown[][];
  ads?: unknown[][];
  fx?: FxRate[];
  lang?: 'en' | 'ko';
  commissionRate?: number;
}

/** Plans the import of `tabs` over `ledger`, reading every tab as the weekly update does. */
export function plan(tabs: Tabs, ledger: readonly LedgerEntry[] = []): LedgerImportPlan {
  const fx = new FxTable('KRW', tabs.fx ?? USD_1400);
  const ctx = (tabName: string) => ({ tabName, timeZone: TZ, baseCurrency: 'KRW', fx });
  const orders = readOrders(tabs.orders ?? [ORDERS_HEADER], ctx('Orders'));
  const input: LedgerImportInput = {
    orders: orders.records,
    heldOutOrders: orders.heldOut,
    damagedOrders: orders.damaged,
    disputes: tabs.disputes ? readDisputes(tabs.disputes, ctx('Disputes')).records : [],
    settlement: tabs.settlement ? readSettlement(tabs.settlement, ctx('Settlement')).records : [],
    skus: tabs.skus ? readSkus(tabs.skus, ctx('SKU')).records : [],
    ads: tabs.ads ? readAds(tabs.ads, ctx('Ads')).records : [],
    ledger,
    settings: { ...DEFAULT_SETTINGS, commissionRate: tabs.commissionRate ?? 0.08 },
    fx,
    baseCurrency: 'KRW',
    timeZone: TZ,
    lang: tabs.lang ?? 'en',
    firstRow: ledger.length + 2,
  };
  return planLedgerImport(input);
}

/** The Ledger after appending a plan's rows, as readLedger would give it back. */
export function appended(ledger: readonly LedgerEntry[], result: LedgerImportPlan): LedgerEntry[] {
  return [...ledger, ...result.entries];
}

/** Runs the import over a sequence of pastes; returns the Ledger and each run's plan. */
export function loop(...runs: Tabs[]): { ledger: LedgerEntry[]; plans: LedgerImportPlan[] } {
  let ledger: LedgerEntry[] = [];
  const plans: LedgerImportPlan[] = [];
  for (const tabs of runs) {
    const result = plan(tabs, ledger);
    plans.push(result);
    ledger = appended(ledger, result);
  }
  return { ledger, plans };
}

export const ORDERS_HEADER = [
  'Order ID',
  'Status',
  'Order Time',
  'Pay Time',
  'Order Amount',
  'Product Code',
  'Tracking No.',
];
export const DISPUTES_HEADER = [
  'Dispute ID',
  'Order ID',
  'Opened Time',
  'Reason',
  'Status',
  'Refund Amount',
  'Closed Time',
];
export const FUND_FLOW_HEADER = [
  '结算时间',
  '收支类型',
  '费用项',
  '变动金额',
  '币种',
  '订单号',
  '平台流水单号',
];
