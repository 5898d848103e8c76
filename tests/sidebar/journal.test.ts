import { describe, expect, it } from 'vitest';
import { msg, render } from '../../src/core/text/messages';
import {
  findJournalTab,
  journalHeader,
  journalLineOf,
  journalRowFor,
  journalText,
} from '../../src/core/views/journal';

const SEOUL = 'Asia/Seoul';

describe('journal', () => {
  it('finds the Journal / 일지 tab ignoring case and spaces', () => {
    expect(findJournalTab(['주문', ' 일지 '])).toBe(' 일지 ');
    expect(findJournalTab(['Orders', 'JOURNAL'])).toBe('JOURNAL');
    expect(findJournalTab(['Orders', 'Journal 2'])).toBeNull();
    expect(journalHeader('ko')).toEqual(['날짜', '한 줄 기록']);
    expect(journalHeader('en')).toEqual(['Date', 'Note']);
  });

  it('keeps a line as typed, on one line; refuses an empty or overlong one', () => {
    expect(journalText('  광고 중지 →\n 전환 회복  ')).toEqual({
      ok: true,
      value: '광고 중지 → 전환 회복',
    });
    expect(journalText('=1+1')).toEqual({ ok: true, value: '=1+1' });
    expect(journalText(' \n ')).toEqual({ ok: false, expected: msg('sidebar.journalEmpty') });
    expect(journalText(42)).toEqual({ ok: false, expected: msg('sidebar.journalEmpty') });
    expect(journalText('가'.repeat(500))).toEqual({ ok: true, value: '가'.repeat(500) });
    const tooLong = journalText('가'.repeat(501));
    expect(tooLong.ok ? '' : render(tooLong.expected, 'ko')).toBe('500자까지 적을 수 있습니다.');
    expect(tooLong.ok ? '' : render(tooLong.expected, 'en')).toBe(
      'Please keep it to 500 characters.',
    );
  });

  const tab = [
    ['날짜', '한 줄 기록'],
    ['2025-10-24', '쿠폰 시작'],
    // A date the user typed, which Sheets turned into a Date: midnight in Seoul.
    [new Date('2025-10-24T15:00:00Z'), '재고 주문'],
    ['', ''],
  ];

  it("finds a day's line in text or Date cells", () => {
    expect(journalLineOf(tab, '2025-10-24', SEOUL)).toEqual({
      date: '2025-10-24',
      text: '쿠폰 시작',
    });
    expect(journalLineOf(tab, '2025-10-25', SEOUL)).toEqual({
      date: '2025-10-25',
      text: '재고 주문',
    });
    expect(journalLineOf(tab, '2025-10-26', SEOUL)).toBeNull();
    expect(journalLineOf([], '2025-10-26', SEOUL)).toBeNull();
  });

  it("writes over today's row, else below the last line", () => {
    expect(journalRowFor(tab, '2025-10-25', SEOUL)).toBe(3);
    expect(journalRowFor(tab, '2025-10-26', SEOUL)).toBe(4);
    expect(journalRowFor([['날짜', '한 줄 기록']], '2025-10-26', SEOUL)).toBe(2);
    expect(journalRowFor([], '2025-10-26', SEOUL)).toBe(2);
  });
});
