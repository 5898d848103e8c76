import { describe, expect, it } from 'vitest';
import { classifyReason, reasonCause, type ReasonClass } from '../../src/core/read/disputeReason';

describe('classifyReason', () => {
  it.each([
    // docs/rules.md §3 words
    ['not as described', 'not-as-described'],
    ['설명과 다름', 'not-as-described'],
    ['货不对板', 'not-as-described'],
    ['wrong item', 'wrong-item'],
    ['오배송', 'wrong-item'],
    ['发错货', 'wrong-item'],
    ['defective', 'defective'],
    ['damaged', 'defective'],
    ['불량', 'defective'],
    ['파손', 'defective'],
    ['质量问题', 'defective'],
    ['not received', 'not-received'],
    ['late', 'not-received'],
    ['미수령', 'not-received'],
    ['배송 지연', 'not-received'],
    ['未收到货', 'not-received'],
    ['changed mind', 'change-of-mind'],
    ['단순 변심', 'change-of-mind'],
    ['不想要了', 'change-of-mind'],
    // real phrasings
    ['Item not as described', 'not-as-described'],
    ['Significantly not as described', 'not-as-described'],
    ['Item not received', 'not-received'],
    ['Package is LATE!', 'not-received'],
    ["I didn't receive my order", 'not-received'],
    ['상품 상이', 'not-as-described'],
    ['옵션 상이함', 'not-as-described'],
    ['초기 불량', 'defective'],
    ['박스 손상이 심해요', 'defective'],
    ['배송지연으로 취소 요청', 'not-received'],
    ['고객 변심', 'change-of-mind'],
    ['The item arrived damaged', 'defective'],
    ['Wrong size sent', 'wrong-item'],
    ['买家不想要了', 'change-of-mind'],
    ['商品质量问题', 'defective'],
    // first class wins
    ['Not as described and damaged', 'not-as-described'],
    // "late" inside another word, 상이 inside 이상이: not a match
    ['The chocolate melted', 'other'],
    ['제품에 이상이 있어요', 'other'],
    ['Other', 'other'],
    ['', 'other'],
    [null, 'other'],
    [404, 'other'],
  ])('%j → %s', (text, reason) => expect(classifyReason(text)).toBe(reason));
});

describe('reasonCause', () => {
  it.each([
    ['not-as-described', 'internal'],
    ['wrong-item', 'internal'],
    ['defective', 'internal'],
    ['not-received', 'other'],
    ['change-of-mind', 'expectation'],
    ['other', 'other'],
  ] as [ReasonClass, string][])('%s → %s', (reason, cause) =>
    expect(reasonCause(reason)).toBe(cause),
  );
});
