import { describe, expect, it } from 'vitest';
import { parseStars, parseYesNo, readReviews } from '../../src/core/read/readReviews';
import { readContext, seoul } from './metricFixtures';
import { inEnglish } from '../support/problems';

const ctx = readContext('Reviews');

describe('parseStars', () => {
  it.each([
    [5, 5],
    ['4', 4],
    [' 3.0 ', 3],
    ['4점', 4],
    ['2 stars', 2],
    ['4/5', 4],
    ['★★★★☆', 4],
    ['★★', 2],
    ['５', 5],
  ] as const)('%j → %d', (cell, stars) =>
    expect(parseStars(cell)).toEqual({ ok: true, value: stars }),
  );

  it.each([0, 6, 4.5, '4.5', '', '★★★★★★', '☆☆☆☆☆', 'five', null])('refuses %j', (cell) => {
    expect(parseStars(cell).ok).toBe(false);
  });
});

describe('parseYesNo', () => {
  it.each([
    ['Y', true],
    ['yes', true],
    ['예', true],
    ['有', true],
    ['TRUE', true],
    [true, true],
    [1, true],
    ['N', false],
    ['No', false],
    ['아니오', false],
    ['无', false],
    ['FALSE', false],
    [false, false],
    [0, false],
  ] as const)('%j → %s', (cell, value) => expect(parseYesNo(cell)).toEqual({ ok: true, value }));

  it('refuses other words', () => expect(parseYesNo('maybe').ok).toBe(false));
});

describe('readReviews', () => {
  it('reads stars, photo flags and reply times; bad rows become Problems', () => {
    const { records, problems } = readReviews(
      [
        ['날짜', '주문 ID', 'SKU', '별점', '사진 여부', '내용', '답변 시간'],
        [
          '2025-09-01 10:00',
          '8207841133554507 ',
          'CM-210',
          '★★★★☆',
          '예',
          ' 좋아요 ',
          '2025-09-01 12:00',
        ],
        ['2025-09-02', '', '', 2, '', '', ''],
        ['2025-09-03', '', '', 'great', 'Y', '', ''],
        ['2025-09-03', '', '', 5, 'maybe', '', ''],
      ],
      ctx,
    );
    expect(records).toEqual([
      {
        row: 2,
        date: seoul('2025-09-01 10:00'),
        orderId: '8207841133554507',
        sku: 'CM-210',
        stars: 4,
        hasPhoto: true,
        text: '좋아요',
        repliedTime: seoul('2025-09-01 12:00'),
      },
      {
        row: 3,
        date: seoul('2025-09-02'),
        orderId: null,
        sku: null,
        stars: 2,
        hasPhoto: false,
        text: '',
        repliedTime: null,
      },
    ]);
    expect(problems.map(({ row, column, value }) => [row, column, value])).toEqual([
      [4, '별점', 'great'],
      [5, '사진 여부', 'maybe'],
    ]);
    expect(inEnglish(problems)[0]?.expected).toBe('stars from 1 to 5, such as 4 or ★★★★☆');
  });
});
