import { describe, expect, it } from 'vitest';
import { findInputTabs, inputTabNames } from '../../src/core/read/workbookTabs';

describe('inputTabNames / findInputTabs', () => {
  it('finds input tabs by Korean or English name, case-insensitively, ignoring other tabs', () => {
    expect(inputTabNames(['주문', 'ledger', 'Notes', '주간 마진', ' 설정 '])).toEqual({
      orders: '주문',
      ledger: 'ledger',
      settings: ' 설정 ',
    });
  });

  it('hands back the tab values of each found tab', () => {
    const orders = { name: 'Orders', values: [['Order ID'], ['1']] };
    const found = findInputTabs([orders, { name: 'Scratch', values: [] }]);
    expect(found).toEqual({ orders });
  });
});
