import { normalizeHeader } from '../read/headers';

/** The kinds of money movement a Ledger row can be (docs/rules.md §4). */
export const LEDGER_TYPES = [
  'sale',
  'refund',
  'cogs',
  'shipping',
  'packaging',
  'fee',
  'affiliate',
  'ad',
  'coupon',
  'penalty',
  'other',
] as const;
export type LedgerType = (typeof LEDGER_TYPES)[number];

/** What the user may write in the Type column; the first EN and KO names are the canonical ones. */
export const LEDGER_TYPE_NAMES: Record<LedgerType, { en: string; ko: string; aliases: string[] }> =
  {
    sale: { en: 'Sale', ko: '매출', aliases: ['Sales', '판매', '매출액'] },
    refund: { en: 'Refund', ko: '환불', aliases: ['Refunds', '환불액'] },
    cogs: { en: 'COGS', ko: '원가', aliases: ['Cost', 'Cost of goods', '상품 원가', '매입'] },
    shipping: { en: 'Shipping', ko: '배송비', aliases: ['Logistics', '물류비', '택배비'] },
    packaging: { en: 'Packaging', ko: '포장비', aliases: ['Packing', '포장'] },
    fee: { en: 'Fee', ko: '수수료', aliases: ['Fees', 'Commission', '판매 수수료'] },
    affiliate: { en: 'Affiliate', ko: '제휴수수료', aliases: ['Affiliate fee', '제휴'] },
    ad: { en: 'Ad', ko: '광고비', aliases: ['Ads', 'Advertising', '광고'] },
    coupon: { en: 'Coupon', ko: '쿠폰', aliases: ['Coupons', '쿠폰비', '할인 쿠폰'] },
    penalty: { en: 'Penalty', ko: '벌금', aliases: ['Penalties', '페널티', '패널티', '위약금'] },
    other: { en: 'Other', ko: '기타', aliases: ['Others', 'Misc'] },
  };

const TYPE_BY_NAME = new Map<string, LedgerType>(
  LEDGER_TYPES.flatMap((type) => {
    const { en, ko, aliases } = LEDGER_TYPE_NAMES[type];
    return [en, ko, ...aliases].map((name) => [normalizeHeader(name), type] as const);
  }),
);

/**
 * Reads a Type cell in English or Korean, ignoring case, spaces and punctuation.
 * @example parseLedgerType(' 광고비 ') // 'ad'
 */
export function parseLedgerType(cell: unknown): LedgerType | null {
  return TYPE_BY_NAME.get(normalizeHeader(cell)) ?? null;
}

/** Sale adds to the margin; every other type takes away from it (docs/rules.md §4). */
export function ledgerSign(type: LedgerType): 1 | -1 {
  return type === 'sale' ? 1 : -1;
}
