import { describe, expect, it } from 'vitest';
import {
  columnToLetters,
  formatA1,
  lettersToColumn,
  parseA1,
} from '../../src/local/harness/a1Notation';

const sheetSize = () => ({ maxRows: 1000, maxColumns: 26 });

describe('A1 notation', () => {
  it('converts column numbers and letters both ways', () => {
    expect([1, 26, 27, 52, 702, 703].map(columnToLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'ZZ',
      'AAA',
    ]);
    expect(['A', 'z', 'AA', 'AZ', 'ZZ', 'AAA'].map(lettersToColumn)).toEqual([
      1, 26, 27, 52, 702, 703,
    ]);
  });

  it('parses cells, rectangles, whole columns and whole rows', () => {
    expect(parseA1('B3', sheetSize)).toEqual({
      sheetName: null,
      rect: { row: 3, column: 2, numRows: 1, numColumns: 1 },
      shape: 'cells',
    });
    expect(parseA1('A1:H20', sheetSize)?.rect).toEqual({
      row: 1,
      column: 1,
      numRows: 20,
      numColumns: 8,
    });
    expect(parseA1('A:H', sheetSize)).toMatchObject({
      rect: { row: 1, numRows: 1000, numColumns: 8 },
      shape: 'columns',
    });
    expect(parseA1('2:5', sheetSize)).toMatchObject({
      rect: { row: 2, column: 1, numRows: 4, numColumns: 26 },
    });
    expect(parseA1('A2:C', sheetSize)?.rect).toEqual({
      row: 2,
      column: 1,
      numRows: 999,
      numColumns: 3,
    });
    expect(parseA1('$B$2:$C$4', sheetSize)?.rect).toEqual({
      row: 2,
      column: 2,
      numRows: 3,
      numColumns: 2,
    });
  });

  it('reads quoted and plain sheet names', () => {
    expect(parseA1("'My ''best'' tab'!A1", sheetSize)?.sheetName).toBe("My 'best' tab");
    expect(parseA1('원장!A1:H', sheetSize)?.sheetName).toBe('원장');
  });

  it('refuses what Sheets cannot find', () => {
    for (const bad of ['', 'A', '1', 'A0', 'A1:B2:C3', 'hello world', 'A1:']) {
      expect(parseA1(bad, sheetSize)).toBeNull();
    }
    expect(parseA1('Missing!A1', () => null)).toBeNull();
  });

  it('formats like getA1Notation', () => {
    expect(formatA1({ row: 1, column: 1, numRows: 1, numColumns: 1 })).toBe('A1');
    expect(formatA1({ row: 2, column: 3, numRows: 10, numColumns: 26 })).toBe('C2:AB11');
    expect(formatA1({ row: 1, column: 1, numRows: 1000, numColumns: 8 }, 'columns')).toBe('A:H');
    expect(formatA1({ row: 2, column: 1, numRows: 4, numColumns: 26 }, 'rows')).toBe('2:5');
  });
});
