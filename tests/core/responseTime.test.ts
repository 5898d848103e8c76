import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/core/read/records';
import { responseHours } from '../../src/core/metrics/responseTime';
import { expectAllFinite, listAndShuffled, seoul, septemberInstant } from './metricFixtures';

const week = { start: seoul('2025-09-01'), end: seoul('2025-09-08') };

function message(received: string, reply: string | null): Message {
  const firstReplyTime = reply === null ? null : seoul(reply);
  return { row: 2, receivedTime: seoul(received), firstReplyTime, buyer: null, orderId: null };
}

const MESSAGES = [
  message('2025-09-01 09:00', '2025-09-01 11:00'), // 2 h
  message('2025-09-02 10:00', '2025-09-03 16:00'), // 30 h
  message('2025-09-07 12:00', null), // waiting 24 h at the as-of time: not over 24 h
  message('2025-09-06 00:00', '2025-09-09 00:00'), // replied after as-of: waiting 60 h
  message('2025-08-31 23:00', null), // before the period
];

describe('responseHours', () => {
  it('averages reply times, counting a waiting message up to the as-of time', () => {
    const result = responseHours(MESSAGES, week, seoul('2025-09-08 12:00'));
    // (2 + 30 + 24 + 60) / 4 = 29
    expect(result).toEqual({ meanHours: 29, unanswered: 2, over24h: 2, count: 4 });
  });

  it('leaves out messages received after the as-of time', () => {
    const result = responseHours(MESSAGES, week, seoul('2025-09-03 12:00'));
    // 2 h, and 26 h for the one replied after as-of: (2 + 26) / 2 = 14
    expect(result).toEqual({ meanHours: 14, unanswered: 1, over24h: 1, count: 2 });
  });

  it('has no mean without messages', () => {
    expect(responseHours([], week, seoul('2025-09-08'))).toEqual({
      meanHours: null,
      unanswered: 0,
      over24h: 0,
      count: 0,
    });
  });

  it('does not depend on row order and never gives NaN or Infinity', () => {
    const aMessage = fc
      .tuple(septemberInstant, fc.option(fc.nat(100 * 60), { nil: null }))
      .map(([receivedTime, replyMinutes]): Message => ({
        row: 2,
        receivedTime,
        firstReplyTime:
          replyMinutes === null ? null : new Date(receivedTime.getTime() + replyMinutes * 60_000),
        buyer: null,
        orderId: null,
      }));
    fc.assert(
      fc.property(listAndShuffled(aMessage), septemberInstant, ([messages, shuffled], asOf) => {
        const result = responseHours(messages, week, asOf);
        expect(responseHours(shuffled, week, asOf)).toEqual(result);
        expectAllFinite(result);
      }),
    );
  });
});
