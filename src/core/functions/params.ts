/** The parameters several custom functions share, declared once for their generated JSDoc. */
import { tabSpec, type TabId } from '../read/tabSpecs';
import type { ParamSpec } from './spec';

/**
 * A whole tab passed as a range, e.g. `Orders!A:Z`; `lastColumn` is how wide the tab
 * "Set up sheets" writes is (an export may be wider: pass all of it).
 */
export function rangeParam(
  tabId: TabId,
  lastColumn: string,
  { optional = false, name = tabId }: { optional?: boolean; name?: string } = {},
): ParamSpec {
  const { en, ko } = tabSpec(tabId);
  return {
    name,
    type: `A1:${lastColumn}`,
    optional,
    description: {
      en: `${optional ? 'Optional: t' : 'T'}he ${en} range, header included, e.g. ${en}!A:${lastColumn}.`,
      ko: `${optional ? '선택: ' : ''}${ko} 범위(머리글 포함, 예: ${ko}!A:${lastColumn}).`,
    },
  };
}

export const LEDGER_PARAM = rangeParam('ledger', 'H');
export const ORDERS_PARAM = rangeParam('orders', 'Z');
export const DISPUTES_PARAM = rangeParam('disputes', 'G');
export const SKUS_PARAM = rangeParam('sku', 'G', { name: 'skus' });

export const SETTINGS_PARAM: ParamSpec = {
  name: 'settings',
  type: 'A1:C',
  optional: true,
  description: {
    en: 'Optional: the Settings range, e.g. Settings!A:C.',
    ko: '선택: 설정 범위(예: 설정!A:C).',
  },
};

export const AS_OF_PARAM: ParamSpec = {
  name: 'asOf',
  type: 'date',
  optional: true,
  description: {
    en: 'Optional: the as-of day; default: the newest date in the data.',
    ko: '선택: 기준일. 비워 두면 데이터의 가장 최근 날짜.',
  },
};
