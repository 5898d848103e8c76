/**
 * Order status words (docs/rules.md §3) in English, Korean and Chinese, matched like headers: case,
 * spaces and punctuation do not matter.
 */
import { normalizeHeader } from './headers';

export type OrderStatus =
  'awaiting-payment' | 'to-ship' | 'shipped' | 'completed' | 'cancelled' | 'closed';

export const ORDER_STATUS_WORDS: Record<OrderStatus, readonly string[]> = {
  'awaiting-payment': [
    'Awaiting payment',
    'Pending payment',
    '결제 대기',
    '결제 대기 중',
    '等待买家付款',
    '待付款',
  ],
  'to-ship': [
    'Awaiting shipment',
    'To ship',
    'Pending shipment',
    '발송 대기',
    '발송 대기 중',
    '배송 준비 중',
    '等待您发货',
    '等待发货',
    '待发货',
  ],
  shipped: [
    'Shipped',
    'Awaiting delivery',
    'In transit',
    '발송 완료',
    '배송 중',
    '等待买家收货',
    '已发货',
  ],
  completed: [
    'Completed',
    'Delivered',
    '거래 완료',
    '배송 완료',
    '구매 확정',
    '交易完成',
    '已完成',
  ],
  cancelled: ['Cancelled', 'Canceled', '취소', '주문 취소', '취소됨', '已取消', '订单取消'],
  closed: ['Finished', 'Closed', '종료', '주문 종료', '订单结束', '订单关闭', '已关闭'],
};

const STATUS_BY_WORD = new Map<string, OrderStatus>(
  (Object.entries(ORDER_STATUS_WORDS) as [OrderStatus, readonly string[]][]).flatMap(
    ([status, words]) => words.map((word) => [normalizeHeader(word), status] as const),
  ),
);

/**
 * The class of an order status cell, or null when the word is not known.
 * @example classifyOrderStatus('等待您发货') // 'to-ship'
 */
export function classifyOrderStatus(text: unknown): OrderStatus | null {
  return STATUS_BY_WORD.get(normalizeHeader(text)) ?? null;
}

/**
 * Whether an order counts as a sale (docs/rules.md §3): never when cancelled or unpaid; a closed
 * (finished) order only when it was paid and shipped.
 * @param facts paid: it has a pay time; shipped: it has a ship time or a tracking number.
 */
export function bringsSale(
  status: OrderStatus,
  facts: { paid: boolean; shipped: boolean },
): boolean {
  if (status === 'cancelled' || status === 'awaiting-payment' || !facts.paid) return false;
  return status !== 'closed' || facts.shipped;
}
