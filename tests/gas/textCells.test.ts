// docs/rules.md §10: text from an export that starts like a formula (=, +, -, @, tab, CR) is
// written as text.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GasEnvironment } from '../../src/local/harness/environment';
import type { WorkbookData } from '../../src/local/workbookData';
import { countBy, GENERATED_TABS_KO, sheetData, sheetOf, smallShop, startAddOn } from './addOnKit';

const HYPERLINK = '=HYPERLINK("http://x","y")';

/** Each text of the small shop that looks like a formula, and the cells it must land in. */
const EXPECTED_CELLS: ReadonlyArray<[string, Record<string, number>]> = [
  // Sale and fee rows carry the unknown SKU; SKU 마진 lists it; 확인 필요 quotes it.
  [HYPERLINK, { 원장: 2, 'SKU 마진': 1, '확인 필요': 1 }],
  [`${HYPERLINK} × 1`, { 원장: 1 }], // the sale's memo
  ['-1003', { 원장: 4 }], // sale, fee, COGS and refund of the order
  ['+82-10-1234', { 원장: 1 }], // the refund's memo: the dispute reason
  ['-Best seller', { 'SKU 마진': 1 }],
  ['@SUM(A1)', { '확인 필요': 1 }],
  // Readers trim ids, SKUs and texts, but a Problem quotes the cell exactly as it was.
  ['\t=SUM(1)', { '확인 필요': 1 }],
  ['\r+1', { '확인 필요': 1 }],
];

/** The small shop plus an amount starting with a tab and a status starting with a CR. */
function shopWithControlCharacters(): WorkbookData {
  const shop = smallShop();
  sheetData(shop, '주문').values.push(
    ['1006', '交易完成', 'Choi', '2025-09-02 12:00', '2025-09-02 12:05', '\t=SUM(1)', 'A-1', 1],
    ['1007', '\r+1', 'Jung', '2025-09-02 13:00', '2025-09-02 13:05', '1,000원', 'A-1', 1],
  );
  return shop;
}

interface Found {
  tab: string;
  row: number;
  column: number;
}

function cellsHolding(env: GasEnvironment, text: string): Found[] {
  return ['원장', ...GENERATED_TABS_KO].flatMap((tab) =>
    sheetOf(env, tab)
      .getDataRange()
      .getValues()
      .flatMap((row, r) =>
        row.flatMap((value, c) => (value === text ? [{ tab, row: r + 1, column: c + 1 }] : [])),
      ),
  );
}

describe('text that looks like a formula', () => {
  let env: GasEnvironment;
  beforeAll(() => {
    const started = startAddOn(shopWithControlCharacters());
    started.run('runWeeklyUpdate');
    env = started.env;
  });

  it.each(EXPECTED_CELLS)('%s lands as the exact text in the expected cells', (text, where) => {
    const found = cellsHolding(env, text);
    expect(countBy(found.map(({ tab }) => tab))).toEqual(where);
    for (const { tab, row, column } of found) {
      const cell = sheetOf(env, tab).getRange(row, column);
      expect(cell.getFormula(), `${tab}!R${row}C${column}`).toBe('');
      // Plain-text format: Sheets would otherwise parse +, - and @ as the start of a formula.
      expect(cell.getNumberFormat(), `${tab}!R${row}C${column}`).toBe('@');
    }
  });

  it('leaves no formula anywhere in the Ledger or the generated tabs', () => {
    for (const tab of ['원장', ...GENERATED_TABS_KO]) {
      const formulas = sheetOf(env, tab).getDataRange().getFormulas().flat();
      expect(
        formulas.filter((formula) => formula !== ''),
        tab,
      ).toEqual([]);
    }
  });

  it('formats every text column of the appended Ledger rows as plain text', () => {
    const formats = sheetOf(env, '원장').getRange(3, 1, 6, 8).getNumberFormats();
    for (const row of formats) {
      expect(row).toEqual(['yyyy-mm-dd hh:mm', '@', '[$₩]#,##0', '@', '@', '@', '@', '@']);
    }
  });
});
