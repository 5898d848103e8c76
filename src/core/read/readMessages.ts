import { msg } from '../text/messages';
import type { ReadContext } from './readContext';
import type { Message } from './records';
import { readTabRows, type TabRead } from './tabRows';

/**
 * Reads the Messages tab (received time, first reply time, buyer, order id). A blank reply
 * time is an unanswered message; a reply dated before the message is a Problem, since it
 * would make the response time negative.
 * @example readMessages([['수신 시간', '첫 답변 시간'], ['2025-09-01 09:00', '2025-09-01 11:30']], ctx)
 * // records[0]: { receivedTime: 09:00, firstReplyTime: 11:30, buyer: null, orderId: null }
 */
export function readMessages(
  values: unknown[][],
  ctx: ReadContext,
  numberFormats?: string[][],
): TabRead<Message> {
  return readTabRows(values, 'messages', ctx, numberFormats, (row) => {
    const receivedTime = row.requiredDate('receivedTime');
    const firstReplyTime = row.date('firstReplyTime');
    if (firstReplyTime !== null && firstReplyTime < receivedTime) {
      return row.reject('firstReplyTime', msg('expected.replyAfterReceived'));
    }
    return {
      row: row.sheetRow,
      receivedTime,
      firstReplyTime,
      buyer: row.text('buyer'),
      orderId: row.id('orderId'),
    };
  });
}
