import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ORDER_STATUS_WORDS,
  bringsSale,
  classifyOrderStatus,
  type OrderStatus,
} from '../../src/core/read/orderStatus';

describe('classifyOrderStatus', () => {
  it.each([
    // docs/rules.md §3, every word in EN / KO / ZH
    ['Awaiting payment', 'awaiting-payment'],
    ['결제 대기', 'awaiting-payment'],
    ['等待买家付款', 'awaiting-payment'],
    ['Awaiting shipment', 'to-ship'],
    ['To ship', 'to-ship'],
    ['발송 대기', 'to-ship'],
    ['等待您发货', 'to-ship'],
    ['等待发货', 'to-ship'],
    ['Shipped', 'shipped'],
    ['발송 완료', 'shipped'],
    ['배송 중', 'shipped'],
    ['等待买家收货', 'shipped'],
    ['已发货', 'shipped'],
    ['Completed', 'completed'],
    ['거래 완료', 'completed'],
    ['배송 완료', 'completed'],
    ['구매 확정', 'completed'],
    ['交易完成', 'completed'],
    ['Cancelled', 'cancelled'],
    ['Canceled', 'cancelled'],
    ['취소', 'cancelled'],
    ['주문 취소', 'cancelled'],
    ['已取消', 'cancelled'],
    ['Finished', 'closed'],
    ['Closed', 'closed'],
    ['종료', 'closed'],
    ['订单结束', 'closed'],
    ['订单关闭', 'closed'],
    // as cells really hold them
    [' 等待您发货\n', 'to-ship'],
    ['AWAITING_SHIPMENT', 'to-ship'],
    ['배송중', 'shipped'],
    ['Awaiting-Payment.', 'awaiting-payment'],
  ])('%j → %s', (text, status) => expect(classifyOrderStatus(text)).toBe(status));

  it.each([[''], ['Unknown'], ['等待'], [null], [undefined], [42], [new Date(0)]])(
    '%j → null',
    (text) => expect(classifyOrderStatus(text)).toBeNull(),
  );

  const everyWord = (Object.entries(ORDER_STATUS_WORDS) as [OrderStatus, string[]][]).flatMap(
    ([status, words]) => words.map((word) => [word, status] as const),
  );

  it('ignores case and inserted spaces or punctuation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...everyWord),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(' ', '_', '-', '.', '　', '\n'))),
        fc.boolean(),
        ([word, status], inserts, upper) => {
          let variant = upper ? word.toUpperCase() : word.toLowerCase();
          for (const [position, inserted] of inserts) {
            const at = position % (variant.length + 1);
            variant = variant.slice(0, at) + inserted + variant.slice(at);
          }
          expect(classifyOrderStatus(variant)).toBe(status);
        },
      ),
    );
  });
});

describe('bringsSale', () => {
  const paidShipped = { paid: true, shipped: true };
  const paidNotShipped = { paid: true, shipped: false };
  const unpaid = { paid: false, shipped: false };
  it.each([
    ['awaiting-payment', unpaid, false],
    ['awaiting-payment', paidShipped, false],
    ['to-ship', paidNotShipped, true],
    ['to-ship', unpaid, false],
    ['shipped', paidShipped, true],
    ['completed', paidShipped, true],
    ['completed', unpaid, false],
    ['cancelled', paidShipped, false],
    ['closed', paidShipped, true],
    ['closed', paidNotShipped, false],
    ['closed', unpaid, false],
    ['closed', { paid: false, shipped: true }, false],
  ] as const)('%s %j → %s', (status, facts, sale) => expect(bringsSale(status, facts)).toBe(sale));
});
