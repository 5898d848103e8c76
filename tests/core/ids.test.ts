import { describe, expect, it } from 'vitest';
import { normalizeId, parseProductCodes } from '../../src/core/read/ids';

describe('normalizeId', () => {
  it.each([
    ['8207841133554507', '8207841133554507'],
    ['62436043574609 ', '62436043574609'],
    [62436043574609, '62436043574609'],
    [8207841133554507, '8207841133554507'],
    [1e21, '1000000000000000000000'],
    ['\uFEFF3061193222905738\n', '3061193222905738'],
    ['69452388192150i', '69452388192150i'],
    ['JKM-Y10-PRO', 'JKM-Y10-PRO'],
    [1.5, '1.5'],
    [-7, '-7'],
    [0, '0'],
    ['', null],
    ['  \n', null],
    [null, null],
    [undefined, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    [true, 'true'],
  ])('%j → %j', (cell, id) => expect(normalizeId(cell)).toBe(id));
});

describe('parseProductCodes', () => {
  it.each([
    ['ZR-T3L-NO * 1', [{ sku: 'ZR-T3L-NO', qty: 1 }]],
    ['GJ-JLLSD-055+RS1 * 1', [{ sku: 'GJ-JLLSD-055+RS1', qty: 1 }]],
    [
      'CODE * 2;CODE2 * 1',
      [
        { sku: 'CODE', qty: 2 },
        { sku: 'CODE2', qty: 1 },
      ],
    ],
    [
      'A*3; B＊2 ；C × 4;D x 5',
      [
        { sku: 'A', qty: 3 },
        { sku: 'B', qty: 2 },
        { sku: 'C', qty: 4 },
        { sku: 'D', qty: 5 },
      ],
    ],
    [
      'SOLO;BOX2\n',
      [
        { sku: 'SOLO', qty: 1 },
        { sku: 'BOX2', qty: 1 },
      ],
    ],
    ['ＡＢ-1 ＊ 12', [{ sku: 'AB-1', qty: 12 }]],
    ['', []],
    [' ; ', []],
    [null, []],
  ])('%j → %j', (text, lines) => expect(parseProductCodes(text)).toEqual(lines));
});
