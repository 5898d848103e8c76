/**
 * Is a dispute over? Its closed time says so; without one, its status in the words AliExpress
 * and sellers use (Chinese exports, the English console, the Korean tab "Set up sheets"
 * writes). Anything else — '진행 중', '等待卖家响应', 'Awaiting seller response' — is open: it
 * waits for the seller.
 */
import { normalizeText } from './cell';

const CLOSED_WORDS = [
  ...['종료', '완료', '닫힘', '취소', '철회', '해결'],
  ...['closed', 'finished', 'completed', 'resolved', 'cancelled', 'canceled', 'withdrawn'],
  ...['关闭', '结束', '完成', '已解决', '撤销', '取消'],
];

/**
 * @example isClosedDispute('종료', null) // true
 * @example isClosedDispute('진행 중', null) // false
 */
export function isClosedDispute(status: string, closedTime: Date | null): boolean {
  if (closedTime !== null) return true;
  const words = normalizeText(status).toLowerCase();
  return CLOSED_WORDS.some((word) => words.includes(word));
}
