import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerForms, normalizeHeader } from '../../src/core/read/headers';
import { mapHeaderRow } from '../../src/core/read/tabs';
import { TAB_IDS, columnAliases, tabSpec, type TabForm } from '../../src/core/read/tabSpecs';

describe('normalizeHeader', () => {
  it.each([
    [' Order-ID ', 'orderid'],
    ['\uFEFF订单号', '订单号'],
    ['负责人（业务员）', '负责人业务员'],
    ['负责人(业务员)', '负责人业务员'],
    ['实际发货物流:运单号', '实际发货物流运单号'],
    ['ＳＫＵ　ＩＤ', 'skuid'],
    ['金额(CNY)', '金额cny'],
    ['Add-to-Cart Buyers', 'addtocartbuyers'],
    ['Tracking No.', 'trackingno'],
    ['처리 기간(일)', '처리기간일'],
    ['a_b.c*d／e：f/g', 'abcdefg'],
    ['Ship\r\nTime', 'shiptime'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [12, '12'],
  ])('%j → %j', (text, expected) => expect(normalizeHeader(text)).toBe(expected));

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = normalizeHeader(text);
        expect(normalizeHeader(once)).toBe(once);
      }),
    );
  });

  const everyAlias = TAB_IDS.flatMap((tabId) =>
    tabSpec(tabId).forms.flatMap((form) => form.columns.flatMap(columnAliases)),
  );
  const noise = fc.constantFrom(' ', '　', '-', '_', '.', '(', '）', ':', '*', '\n', '\uFEFF');

  it('ignores inserted spaces, punctuation and case in every alias', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...everyAlias),
        fc.array(fc.tuple(fc.nat(), noise, fc.boolean())),
        (alias, edits) => {
          let variant = alias;
          for (const [position, inserted, upper] of edits) {
            const at = position % (variant.length + 1);
            const head = upper ? variant.slice(0, at).toUpperCase() : variant.slice(0, at);
            variant = head + inserted + variant.slice(at);
          }
          expect(normalizeHeader(variant)).toBe(normalizeHeader(alias));
        },
      ),
    );
  });
});

describe('headerForms', () => {
  it.each([
    [
      '产品信息\n（双击单元格展开所有产品信息！）',
      ['产品信息双击单元格展开所有产品信息', '产品信息'],
    ],
    ['\n订单号\n', ['订单号']],
    ['订单号 ', ['订单号']],
    ['', []],
    ['  \n ', []],
    [null, []],
  ])('%j → %j', (cell, forms) => expect(headerForms(cell)).toEqual(forms));
});

describe('a header cell naming a column', () => {
  // Through mapHeaderRow, which every reader's column detection goes through.
  const names = (cell: string, aliases: string[]): boolean => {
    const [en = '', ...others] = aliases;
    const form: TabForm = {
      id: 'main',
      columns: [{ key: 'wanted', en, ko: en, aliases: others, setup: true }],
      required: [],
    };
    return mapHeaderRow([cell], form).columns.wanted === 0;
  };

  it.each([
    ['产品信息\n（双击单元格展开所有产品信息！）', ['产品信息'], true],
    ['Order ID', ['order id', '订单号'], true],
    ['\uFEFF订单号', ['Order ID', '订单号'], true],
    ['Order IDs', ['Order ID'], false],
    ['Order\nID', ['Order ID'], true],
    ['', [''], false],
    ['订单金额', ['订单号'], false],
  ])('%j in %j → %s', (cell, aliases, expected) => expect(names(cell, aliases)).toBe(expected));
});
