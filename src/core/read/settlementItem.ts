/**
 * What a long-form settlement row is (docs/rules.md §4): its 费用项 (fee item) and 收支类型 (flow type)
 * read together, the first match in this order winning, so a refund after payout
 * (`支出>放款后退款`) is a refund and not a payout.
 */
import { normalizeText } from './cell';
import type { LedgerType } from '../ledger/ledgerType';

/** A ledger type, or a payout: the money for the sale itself, which comes from Orders. */
export type SettlementType = LedgerType | 'payout';

const ITEM_WORDS: readonly (readonly [SettlementType, readonly string[]])[] = [
  ['penalty', ['处罚']],
  ['refund', ['退款']],
  ['other', ['赔付']],
  ['shipping', ['物流费用', '运费', '质检费']],
  ['fee', ['佣金']],
  ['affiliate', ['联盟']],
  ['payout', ['放款', '供货款']],
];

/**
 * @example classifySettlementItem('支出>放款后退款', '供货款退款') // 'refund'
 * @returns null for an item the import does not know
 */
export function classifySettlementItem(flowType: string, feeItem: string): SettlementType | null {
  const text = normalizeText(`${flowType} ${feeItem}`);
  const match = ITEM_WORDS.find(([, words]) => words.some((word) => text.includes(word)));
  return match ? match[0] : null;
}

/**
 * `classifySettlementItem` remembered for one read: a tab repeats a handful of (flow type, item)
 * pairs over thousands of rows, and reading one (Chinese text, normalised) costs far more than
 * looking it up.
 */
export class SettlementItemTypes {
  private readonly byFlowType = new Map<string, Map<string, SettlementType | null>>();

  typeOf(flowType: string, feeItem: string): SettlementType | null {
    let byItem = this.byFlowType.get(flowType);
    if (byItem === undefined) this.byFlowType.set(flowType, (byItem = new Map()));
    let type = byItem.get(feeItem);
    if (type === undefined) {
      type = classifySettlementItem(flowType, feeItem);
      byItem.set(feeItem, type);
    }
    return type;
  }
}
