import { describe, expect, it } from 'vitest';
import { readMessages } from '../../src/core/read/readMessages';
import { readContext, seoul } from './metricFixtures';
import { inEnglish } from '../support/problems';

const ctx = readContext('메시지');

describe('readMessages', () => {
  it('reads received and reply times, blank reply = unanswered', () => {
    const { records, problems } = readMessages(
      [
        ['수신 시간', '첫 답변 시간', '구매자', '주문 ID'],
        ['2025-09-01 09:00', '2025-09-01 오전 11:30', 'K***a', 8207841133554507],
        [seoul('2025-09-02 10:00'), '', '', ''],
        ['', '', '', ''],
        ['yesterday', '', 'B', ''],
        ['2025-09-03 10:00', '2025-09-03 09:00', 'C', ''],
      ],
      ctx,
    );
    expect(records).toEqual([
      {
        row: 2,
        receivedTime: seoul('2025-09-01 09:00'),
        firstReplyTime: seoul('2025-09-01 11:30'),
        buyer: 'K***a',
        orderId: '8207841133554507',
      },
      {
        row: 3,
        receivedTime: seoul('2025-09-02 10:00'),
        firstReplyTime: null,
        buyer: null,
        orderId: null,
      },
    ]);
    expect(inEnglish(problems)).toEqual([
      {
        tab: '메시지',
        row: 5,
        column: '수신 시간',
        value: 'yesterday',
        expected: 'a date such as 2025-03-02 or 2025-03-02 14:05',
      },
      {
        tab: '메시지',
        row: 6,
        column: '첫 답변 시간',
        value: '2025-09-03 09:00',
        expected: 'a reply time after the received time',
      },
    ]);
  });

  it('needs a received-time column', () => {
    const { records, problems } = readMessages([['Buyer'], ['A']], ctx);
    expect(records).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(inEnglish(problems)[0]?.expected).toContain('Received Time');
  });
});
