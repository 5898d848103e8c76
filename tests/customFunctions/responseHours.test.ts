import { describe, expect, it } from 'vitest';
import { RESPONSE_HOURS } from '../../src/core/functions/responseHoursFunction';
import { en, importedSmall } from './workbooks';

const { tabs, update } = importedSmall();

describe('RESPONSE_HOURS', () => {
  it('waits until the newest message time for an unanswered message by default', () => {
    // As of 09-21 08:00: 2 h for the 09-20 message, 0 h so far for the 09-21 08:00 one.
    expect(RESPONSE_HOURS.run([tabs.Messages, undefined, tabs.Settings], en)).toEqual({
      ok: true,
      value: 1,
    });
  });

  it('equals the weekly update’s response time for its as-of (the newest order)', () => {
    // As of 09-21 20:00 the unanswered message has waited 12 h: (2 + 12) ÷ 2 = 7.
    const answer = RESPONSE_HOURS.run([tabs.Messages, '2025-09-21 20:00', tabs.Settings], en);
    expect(answer).toEqual({ ok: true, value: 7 });
    expect(answer).toEqual({ ok: true, value: update.response.meanHours });
  });

  it('reads an as-of day as the end of that day, as the weekly update’s --as-of', () => {
    // To 09-21 24:00 the unanswered 09-21 08:00 message has waited 16 h: (2 + 16) ÷ 2 = 9.
    for (const day of ['2025-09-21', new Date('2025-09-21T00:00:00+09:00')]) {
      const answer = RESPONSE_HOURS.run([tabs.Messages, day, tabs.Settings], en);
      expect(answer.ok && answer.value).toBeCloseTo(9, 5);
    }
  });

  it('answers NO DATA when no message came in the window', () => {
    expect(RESPONSE_HOURS.run([tabs.Messages, '2025-09-05', tabs.Settings], en)).toEqual({
      ok: false,
      message: 'NO DATA: no messages received in the 7 days up to 2025-09-05.',
    });
  });
});
