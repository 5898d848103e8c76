import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FxTable } from '../../src/core/metrics/fx';
import type { ReadContext } from '../../src/core/read/readContext';
import { readOrders } from '../../src/core/read/readOrders';
import { inEnglish } from '../support/problems';

// 1 USD = 1,400 KRW, 1 CNY = 200 KRW; from 2019-07-15 (Seoul) 1 USD = 1,300 KRW.
const ctx: ReadContext = {
  tabName: 'Orders',
  timeZone: 'Asia/Seoul',
  baseCurrency: 'KRW',
  fx: new FxTable('KRW', [
    { currency: 'USD', rate: 1400, from: null },
    { currency: 'USD', rate: 1300, from: new Date('2019-07-15T00:00:00+09:00') },
    { currency: 'CNY', rate: 200, from: null },
  ]),
};
const seoul = (text: string): Date => new Date(`${text}+09:00`);

describe('readOrders: the 2014 Chinese export (numbers with a $ format)', () => {
  const header = [
    '\uFEFF订单号',
    '订单状态',
    '负责人(业务员)',
    '买家名称',
    '下单时间',
    '付款时间',
    '产品总金额',
    '物流费用',
    '订单金额',
    '满立减',
    '产品信息\n（双击单元格展开所有产品信息！）',
    '收货国家',
    '发货期限',
    '实际发货物流:运单号',
    '发货时间',
    '确认收货时间',
    '',
    '',
  ];
  const values = [
    header,
    [
      '71234567890123 ',
      '等待您发货',
      'Staff A',
      'Buyer A',
      '2014.06.04 12:25',
      '2014.06.04 12:26',
      3,
      0,
      3,
      '',
      '【1】 Phone holder\n(产品数量:1 piece)\n',
      'Kazakhstan',
      '2014-06-09',
      '',
      '',
      '',
      'P007',
      'x',
    ],
    [
      '71234567890456 ',
      '等待您发货',
      'Staff A',
      'Buyer B',
      '2014.06.03 07:53',
      '2014.06.03 22:54',
      1174.03,
      401.94,
      1192.15,
      '',
      '【1】 Camera\n(产品属性:Color:black)\n(商家编码:cm-210)\n(产品数量:10 pieces)\n【2】 Car DVD\n(产品数量:1 piece)\n【3】 Camera wide\n(商家编码:cm210S)\n(产品数量:8 pieces)\n',
      'Kazakhstan',
      '2014-06-09',
      '',
      '',
      '',
      '',
      '',
    ],
  ];
  const money = '\\$#,##0.00_)';
  const formats = values.map((row) => row.map((_, c) => (c >= 6 && c <= 9 ? money : '')));

  it('reads dollars from the number format, dotted dates and trailing-space ids', () => {
    const { records, problems } = readOrders(values, ctx, formats);
    expect(inEnglish(problems)).toEqual([]);
    expect(records.map((order) => order.orderId)).toEqual(['71234567890123', '71234567890456']);
    const [first, second] = records;
    expect(first.status).toBe('to-ship');
    expect(first.saleTime).toEqual(seoul('2014-06-04T12:26:00'));
    expect(first.shipByMs).toBe(seoul('2014-06-09T00:00:00').getTime());
    expect(first.sale).toBe(4200); // $3 × 1,400
    expect(first.lines).toEqual([{ sku: '', qty: 1 }]);
    expect(first.bringsSale).toBe(true);
    expect(first.shipped).toBe(false);
    // The order amount wins over 1,174.03 + 401.94: $1,192.15 × 1,400 = 1,669,010.
    expect(second.sale).toBeCloseTo(1_669_010, 6);
    expect(second.storeDiscount).toBe(0);
    expect(second.lines).toEqual([
      { sku: 'cm-210', qty: 10 },
      { sku: '', qty: 1 },
      { sku: 'cm210S', qty: 8 },
    ]);
  });

  it('takes a number without a currency format as the base currency', () => {
    expect(readOrders(values, ctx).records[0].sale).toBe(3); // 3 KRW, not $3
  });
});

describe('readOrders: the 2019 Chinese export (US $ text, product codes)', () => {
  const header = [
    '订单号',
    '订单状态',
    '负责人（业务员）',
    '买家名称',
    '下单时间',
    '付款时间',
    '产品总金额',
    '物流费用',
    '订单金额',
    '店铺优惠',
    '商品信息',
    '商品编码',
    '收货国家',
    '发货期限',
    '实际发货单号',
    '发货时间',
    '确认收货时间',
  ];
  const values = [
    header,
    [
      '105555000000001',
      '等待您发货',
      'Staff 1',
      'Buyer 1',
      '2019-07-15 03:01',
      '2019-07-15 03:02',
      'US $311.93',
      'US $0.00',
      'US $301.93',
      'US $167.06',
      '【1】 Antenna\n(数量:1 piece)\n【2】 Player\n(数量:1 piece)\n',
      'ANT-2m * 1;PLAYER-4G * 1',
      'Spain',
      '2019-07-19 03:07',
      '',
      '',
      '',
    ],
    [
      '105555000000002',
      '订单关闭',
      'Staff 1',
      'Buyer 2',
      '2019-07-15 02:20',
      '2019-07-15 02:20',
      'US $289.10',
      'US $0.00',
      'US $287.10',
      'US $125.90',
      '【1】 Player\n(数量:1 piece)\n',
      'PLAYER-K3 * 1',
      'Korea',
      '',
      '',
      '',
      '',
    ],
    [
      '105555000000003',
      '等待买家收货',
      'Staff 2',
      'Buyer 3',
      '2019-07-12 15:29',
      '2019-07-12 15:30',
      'US $18.00',
      'US $1.62',
      'US $19.62',
      '',
      '【1】 Cable\n(数量:2 piece)\n',
      'CN-C12 * 2',
      'Chile',
      '',
      'AliExpress Standard Shipping:1288920037700\n',
      '2019-07-12 20:18\n',
      '',
    ],
  ];

  it('reads US $ text at the rate of the pay date, codes with quantities, trailing line breaks', () => {
    const { records, problems } = readOrders(values, ctx);
    expect(inEnglish(problems)).toEqual([]);
    const [toShip, closed, shipped] = records;
    expect(toShip.sale).toBeCloseTo(392_509, 6); // $301.93 × 1,300 (rate from 07-15)
    expect(toShip.storeDiscount).toBeCloseTo(217_178, 6); // $167.06 × 1,300, information only
    expect(toShip.lines).toEqual([
      { sku: 'ANT-2m', qty: 1 },
      { sku: 'PLAYER-4G', qty: 1 },
    ]);
    expect(toShip.shipByMs).toBe(seoul('2019-07-19T03:07:00').getTime());
    // Closed and never shipped: paid, but no sale.
    expect(closed.status).toBe('closed');
    expect(closed.bringsSale).toBe(false);
    expect(shipped.status).toBe('shipped');
    expect(shipped.shipped).toBe(true);
    expect(shipped.shippedMs).toBe(seoul('2019-07-12T20:18:00').getTime());
    expect(shipped.sale).toBeCloseTo(27_468, 6); // $19.62 × 1,400 (before 07-15)
    expect(shipped.storeDiscount).toBe(0); // an empty 店铺优惠
    expect(shipped.lines).toEqual([{ sku: 'CN-C12', qty: 2 }]);
  });
});

describe('readOrders: the 2024–26 Chinese export (CN￥, month-first dates)', () => {
  const header = [
    '订单号',
    '订单状态',
    '负责人（业务员）',
    '买家名称',
    '下单时间',
    '付款时间',
    '订单金额',
    '商品编码',
    '收货国家',
    '买家选择物流',
    '实际发货单号',
    '确认收货时间',
    '售后单',
  ];
  const values = [
    header,
    [
      '8209000000000001',
      '交易完成',
      'default firstName default lastName',
      'x**x',
      '09/02/2025 21:51',
      '09/02/2025 21:51',
      'CN￥ 1,083.30',
      'AS-RS2-BK * 1;MT-156-black * 2',
      'United States',
      'USPS\n',
      '美国邮政:9234000000000000000072\n美国邮政:9234000000000000000043\n',
      '09/13/2025 16:32',
      '#N/A',
    ],
    [
      '3069000000000002',
      '订单关闭',
      'default firstName default lastName',
      'x**x',
      '12/29/2025 23:25',
      '',
      'CN￥ 306.84',
      'JKM-180-BK * 1',
      'Italy',
      'SELLER_SHIPPING_DE\n',
      '',
      '',
      '#N/A',
    ],
    [
      '8209000000000003',
      '订单关闭',
      'default firstName default lastName',
      'X**x',
      '07/24/2025 15:45',
      '07/24/2025 15:45',
      'CN￥ 184.21',
      'JKM-180-BK * 1',
      'United States',
      'USPS\n',
      'USPS:9234000000000000000095\n',
      '',
      '1',
    ],
  ];

  it('reads yuan with thousands commas, unpaid closed orders and shipped closed ones', () => {
    const { records, problems } = readOrders(values, ctx);
    expect(inEnglish(problems)).toEqual([]);
    const [completed, unpaid, closedShipped] = records;
    expect(completed.orderTime).toEqual(seoul('2025-09-02T21:51:00'));
    expect(completed.deliveredMs).toBe(seoul('2025-09-13T16:32:00').getTime());
    expect(completed.sale).toBeCloseTo(216_660, 6); // CN￥1,083.30 × 200
    expect(completed.buyer).toBe('x**x');
    expect(completed.lines).toEqual([
      { sku: 'AS-RS2-BK', qty: 1 },
      { sku: 'MT-156-black', qty: 2 },
    ]);
    expect(completed.bringsSale).toBe(true);
    // An empty pay time in a pay-time column: unpaid, amount converted at the order time.
    expect(unpaid.payTime).toBeNull();
    expect(unpaid.saleTime).toBeNull();
    expect(unpaid.bringsSale).toBe(false);
    expect(unpaid.sale).toBeCloseTo(61_368, 6); // CN￥306.84 × 200
    // Closed after shipping (a tracking number): still a sale.
    expect(closedShipped.shipped).toBe(true);
    expect(closedShipped.bringsSale).toBe(true);
  });
});

describe('readOrders: Korean and English tabs', () => {
  it('reads the Korean headers, Korean statuses and won amounts', () => {
    const values = [
      [
        '주문 ID',
        '주문 상태',
        '구매자 이름',
        '주문 시간',
        '결제 시간',
        '주문 금액',
        '제품 정보',
        '제품 코드',
      ],
      [
        '3061000000000001',
        '발송 완료',
        '김**',
        '2025-09-01 10:00',
        '2025-09-01 10:05',
        '₩12,000',
        '틴트',
        'KB-TINT * 2;KB-PAD * 1',
      ],
      [
        '3061000000000002',
        '구매 확정',
        '이**',
        '2025. 9. 2.',
        '2025. 9. 2.',
        '8,500원',
        '패드',
        'KB-PAD',
      ],
    ];
    const { records, problems } = readOrders(values, ctx);
    expect(inEnglish(problems)).toEqual([]);
    expect(records.map((order) => [order.status, order.sale, order.saleTime])).toEqual([
      ['shipped', 12_000, seoul('2025-09-01T10:05:00')],
      ['completed', 8_500, seoul('2025-09-02T00:00:00')],
    ]);
    expect(records[0].lines).toEqual([
      { sku: 'KB-TINT', qty: 2 },
      { sku: 'KB-PAD', qty: 1 },
    ]);
    expect(records[1].lines).toEqual([{ sku: 'KB-PAD', qty: 1 }]);
  });

  it('without a pay-time column sells at the order time; quantity column; sum of parts', () => {
    const values = [
      [
        'Order ID',
        'Status',
        'Order Time',
        'Product Amount',
        'Shipping Fee',
        'Store Discount',
        'SKU',
        'Quantity',
      ],
      ['A-1', 'Completed', '2025-09-01 09:00', '$20.00', '$3.00', '$5.00', 'SOCK', 3],
    ];
    const [order] = readOrders(values, ctx).records;
    expect(order.payTime).toBeNull();
    expect(order.saleTime).toEqual(seoul('2025-09-01T09:00:00'));
    expect(order.sale).toBe(23_400); // ($20 + $3 − $5) × 1,300
    expect(order.storeDiscount).toBe(6_500);
    expect(order.lines).toEqual([{ sku: 'SOCK', qty: 3 }]);
    expect(order.buyer).toBeNull();
  });
});

describe('readOrders: ugly input', () => {
  const header = ['Order ID', 'Status', 'Pay Time', 'Order Amount'];

  it('reads a re-pasted order once: the last row of an id and order time is its current state', () => {
    const values = [
      header,
      ['1001', 'Completed', '2025-09-01', '$1.00'],
      ['1002', 'Completed', '2025-09-01', '$2.00'],
      ['1001 ', 'Cancelled', '2025-09-01', '$9.00'], // a newer export pasted below
      ['', '', '', ''],
    ];
    const { records, problems, duplicates, heldOut } = readOrders(values, ctx);
    expect(records.map((order) => [order.orderId, order.status, order.sale])).toEqual([
      ['1002', 'completed', 2600],
      ['1001', 'cancelled', 11_700],
    ]);
    expect(duplicates).toBe(1);
    expect(inEnglish(problems)).toEqual([]);
    expect([...heldOut]).toEqual([]);
  });

  it('counts neither order when one id carries two order times, and says so once', () => {
    const values = [
      header,
      ['1001', 'Completed', '2025-09-01 10:00', '$1.00'],
      ['1002', 'Completed', '2025-09-01 11:00', '$2.00'],
      ['1001', 'Completed', '2025-09-05 09:30', '$3.00'],
    ];
    const { records, problems, heldOut } = readOrders(values, ctx);
    expect(records.map((order) => order.orderId)).toEqual(['1002']);
    expect([...heldOut]).toEqual(['1001']);
    expect(inEnglish(problems)).toEqual([
      {
        tab: 'Orders',
        row: 4,
        column: 'Order ID',
        value: '1001',
        expected:
          'the same order time on rows 2, 4 (one ID on two different orders: neither is counted)',
      },
    ]);
  });

  it('holds out an order whose newest row cannot be read, rather than keep an older state', () => {
    const values = [
      header,
      ['1001', 'Completed', '2025-09-01', '$1.00'],
      ['1001', 'Completed', '2025-09-01', '€ 2.00'], // no EUR rate
    ];
    const { records, problems, heldOut } = readOrders(values, ctx);
    expect(records).toEqual([]);
    expect([...heldOut]).toEqual(['1001']);
    expect(problems.map((problem) => [problem.row, problem.column])).toEqual([[3, 'Order Amount']]);
  });

  it('never trusts an id a spreadsheet rounded', () => {
    const values = [
      header,
      ['3.07509E+15', 'Completed', '2025-09-01', '$1.00'],
      [2 ** 53 + 2, 'Completed', '2025-09-01', '$1.00'],
      [3070569473267903, 'Completed', '2025-09-01', '$1.00'], // 16 digits below 2^53: exact
    ];
    const { records, problems } = readOrders(values, ctx);
    expect(records.map((order) => order.orderId)).toEqual(['3070569473267903']);
    expect(problems.map((problem) => [problem.row, problem.column, problem.value])).toEqual([
      [2, 'Order ID', '3.07509E+15'],
      [3, 'Order ID', String(2 ** 53 + 2)],
    ]);
    expect(inEnglish(problems)[0]?.expected).toContain('rounded');
  });

  it('leaves out rows it cannot read, each with one Problem, never a 0', () => {
    const values = [
      header,
      ['1', 'Lost in space', '2025-09-01', '$1.00'],
      ['2', 'Completed', '2025-09-01', '€ 23.10'],
      ['3', 'Completed', '2025-09-01', 'soon'],
      ['4', 'Completed', 'yesterday', '$1.00'],
      ['', 'Completed', '2025-09-01', '$1.00'],
      ['6', 'Completed', '2025-09-01', '$6.00'],
    ];
    const { records, problems } = readOrders(values, ctx);
    expect(records.map((order) => order.orderId)).toEqual(['6']);
    expect(inEnglish(problems)).toEqual([
      {
        tab: 'Orders',
        row: 2,
        column: 'Status',
        value: 'Lost in space',
        expected: expect.stringContaining('order status'),
      },
      {
        tab: 'Orders',
        row: 3,
        column: 'Order Amount',
        value: '€ 23.10',
        expected: 'an FX rate for EUR in Settings',
      },
      {
        tab: 'Orders',
        row: 4,
        column: 'Order Amount',
        value: 'soon',
        expected: expect.stringContaining('amount'),
      },
      {
        tab: 'Orders',
        row: 5,
        column: 'Pay Time',
        value: 'yesterday',
        expected: expect.stringContaining('date'),
      },
      {
        tab: 'Orders',
        row: 6,
        column: 'Order ID',
        value: '',
        expected: expect.stringContaining('ID'),
      },
    ]);
  });

  it('names a missing required column once', () => {
    const { records, problems } = readOrders(
      [
        ['Order ID', 'Status', 'Pay Time'],
        ['1', 'Completed', '2025-09-01'],
      ],
      ctx,
    );
    expect(records).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(inEnglish(problems)[0]).toMatchObject({
      row: null,
      expected: expect.stringContaining('Order Amount'),
    });
  });

  it('gives the same orders in any row order, and never NaN', () => {
    const aRow = fc.record({
      id: fc.integer({ min: 1, max: 30 }),
      status: fc.constantFrom('交易完成', '订单关闭', '等待您发货', 'nonsense', ''),
      paid: fc.constantFrom('2025-09-01 10:00', '', '09/03/2025 11:00', 'x'),
      amount: fc.oneof(fc.constantFrom('US $1.50', 'CN￥ 1,083.30', '€ 2', 'abc', ''), fc.double()),
    });
    fc.assert(
      fc.property(fc.array(aRow, { maxLength: 12 }), (rows) => {
        const unique = [...new Map(rows.map((row) => [row.id, row])).values()];
        const table = unique.map((row) => [String(row.id), row.status, row.paid, row.amount]);
        const read = readOrders([header, ...table], ctx);
        const reversed = readOrders([header, ...[...table].reverse()], ctx);
        const comparable = (orders: typeof read.records) =>
          orders
            .map(({ row: _row, ...order }) => order)
            .sort((a, b) => (a.orderId < b.orderId ? -1 : 1));
        expect(comparable(reversed.records)).toEqual(comparable(read.records));
        expect(reversed.problems.length).toBe(read.problems.length);
        for (const order of read.records) expect(Number.isFinite(order.sale)).toBe(true);
      }),
    );
  });
});

describe('readOrders: a negative order amount', () => {
  it('is a Problem by the amount as written, even where the rate rounds it to -0', () => {
    // The smallest rate Settings accepts still reads a negative cell as negative.
    const tiny: ReadContext = {
      ...ctx,
      fx: new FxTable('KRW', [{ currency: 'USD', rate: 5e-323, from: null }]),
    };
    const values = [
      ['订单号', '订单状态', '付款时间', '订单金额'],
      ['3061', '交易完成', '2025-09-01 10:00', 'US $-0.01'],
      ['3062', '交易完成', '2025-09-01 11:00', 'US $12.00'],
    ];
    const read = readOrders(values, tiny);
    expect(read.records.map((order) => order.orderId)).toEqual(['3062']);
    expect(inEnglish(read.problems)).toEqual([
      {
        tab: 'Orders',
        row: 2,
        column: '订单金额',
        value: 'US $-0.01',
        expected: 'an amount of 0 or more (an order, product or shipping amount is never negative)',
      },
    ]);
  });
});

describe('readOrders: an order total made from its parts', () => {
  it('is a Problem when the parts add up below 0, never a negative sale', () => {
    const values = [
      ['订单号', '订单状态', '付款时间', '产品总金额', '物流费用', '店铺优惠'],
      ['2001', '交易完成', '2025-09-01 10:00', '₩1,000', '₩0', '₩5,000'],
      ['2002', '交易完成', '2025-09-01 11:00', '₩1,000', '₩2,000', '₩5,000'],
      ['2003', '交易完成', '2025-09-01 12:00', '₩10,000', '₩2,500', '₩500'],
    ];
    const read = readOrders(values, ctx);
    expect(read.records.map((order) => [order.orderId, order.sale])).toEqual([['2003', 12_000]]);
    expect(
      inEnglish(read.problems).map(({ row, column, expected }) => [row, column, expected]),
    ).toEqual([
      [
        2,
        '产品总金额',
        'a product amount + shipping − store discount of 0 or more (it comes to -4,000)',
      ],
      [
        3,
        '产品总金额',
        'a product amount + shipping − store discount of 0 or more (it comes to -2,000)',
      ],
    ]);
  });

  it('is a sale of 0 when its parts cancel to the cent, and a negative shipping fee is a typo', () => {
    const values = [
      ['订单号', '订单状态', '付款时间', '产品总金额', '物流费用', '店铺优惠'],
      ['2004', '交易完成', '2025-09-01 10:00', 'US $0.70', 'US $0.10', 'US $0.80'],
      ['2005', '交易完成', '2025-09-01 11:00', '₩10,000', '-₩3,000', '₩0'],
    ];
    const read = readOrders(values, ctx);
    expect(read.records.map((order) => [order.orderId, order.sale])).toEqual([['2004', 0]]);
    expect(inEnglish(read.problems).map(({ row, column }) => [row, column])).toEqual([
      [3, '物流费用'],
    ]);
  });

  it('refuses a product code longer than an id may be, which would not fit a Source Key', () => {
    const long = 'A'.repeat(201);
    const values = [
      ['订单号', '订单状态', '付款时间', '订单金额', '商品编码'],
      ['2009', '交易完成', '2025-09-01 10:00', '₩10,000', `${long} * 1`],
      ['2010', '交易完成', '2025-09-01 11:00', '₩10,000', `${'B'.repeat(200)} * 1`],
    ];
    const read = readOrders(values, ctx);
    expect(read.records.map((order) => order.orderId)).toEqual(['2010']);
    expect(inEnglish(read.problems).map(({ row, column }) => [row, column])).toEqual([
      [2, '商品编码'],
    ]);
  });

  it('refuses a product code the spreadsheet made a date, never a SKU of date text', () => {
    const values = [
      ['订单号', '订单状态', '付款时间', '订单金额', '商品编码'],
      ['2011', '交易完成', '2025-09-01 10:00', '₩10,000', new Date('2025-03-04T00:00:00+09:00')],
      ['2012', '交易完成', '2025-09-01 11:00', '₩10,000', '3-4 * 1'],
    ];
    const read = readOrders(values, ctx);
    expect(read.records.map((order) => order.orderId)).toEqual(['2012']);
    expect(
      inEnglish(read.problems).map(({ row, column, expected }) => [row, column, expected]),
    ).toEqual([
      [
        2,
        '商品编码',
        'the SKU or ID typed again in a cell formatted as plain text (the spreadsheet made it a date)',
      ],
    ]);
  });

  it('refuses a quantity of more digits than a whole number keeps', () => {
    const values = [
      ['订单号', '订单状态', '付款时间', '订单金额', '商品编码', '数量'],
      ['2006', '交易完成', '2025-09-01 10:00', '₩10,000', 'A-1 * 99999999999999999999', ''],
      ['2007', '交易完成', '2025-09-01 11:00', '₩10,000', 'A-1', 1e308],
      ['2008', '交易完成', '2025-09-01 12:00', '₩10,000', 'A-1 * 2', ''],
    ];
    const read = readOrders(values, ctx);
    expect(read.records.map((order) => [order.orderId, order.lines])).toEqual([
      ['2008', [{ sku: 'A-1', qty: 2 }]],
    ]);
    expect(inEnglish(read.problems).map(({ row, column }) => [row, column])).toEqual([
      [2, '商品编码'],
      [3, '数量'],
    ]);
  });

  it('is refused, like an amount written past a thousand trillion, once converted past it', () => {
    const values = [
      ['订单号', '订单状态', '付款时间', '订单金额'],
      ['3061', '交易完成', '2025-09-01 10:00', 'US $1,000,000,000,000'],
    ];
    const read = readOrders(values, ctx);
    expect(read.records).toEqual([]);
    expect(inEnglish(read.problems).map(({ column, expected }) => [column, expected])).toEqual([
      ['订单金额', 'an amount of at most 1,000,000,000,000,000 (a longer one is taken for a typo)'],
    ]);
  });
});

describe('readOrders: a date cell in a Problem', () => {
  it('is quoted as the sheet shows it, not as JavaScript writes a date', () => {
    const values = [
      ['订单号', '订单状态', '付款时间', '订单金额'],
      ['3061', '交易完成', new Date('2052-09-03T01:00:00Z'), 'US $12.00'],
    ];
    const [problem] = readOrders(values, { ...ctx, now: seoul('2025-09-10 10:00') }).problems;
    expect(problem?.value).toBe('2052-09-03 10:00');
  });
});

describe('readOrders: many order times', () => {
  it('reads each time exactly, whether it repeats the row above or shares a slot of recent dates', () => {
    // 16,384 s apart: the two times alternate in one slot of the reader's recent Dates.
    const times = ['2025-09-01 10:00:00', '2025-09-01 14:33:04'];
    const values: unknown[][] = [['订单号', '订单状态', '下单时间', '付款时间', '订单金额']];
    for (let i = 0; i < 6; i++) {
      const time = times[Math.floor(i / 2) % 2] as string;
      values.push([`30${i}`, '交易完成', time, time, 'US $1.00']);
    }
    const read = readOrders(values, ctx);
    expect(read.problems).toEqual([]);
    expect(read.records.map((order) => order.orderTime?.getTime())).toEqual(
      [0, 0, 1, 1, 0, 0].map((k) => seoul((times[k] as string).replace(' ', 'T')).getTime()),
    );
    expect(read.records.map((order) => order.payTime?.getTime())).toEqual(
      read.records.map((order) => order.orderTime?.getTime()),
    );
  });
});

describe('readOrders: ship, delivery and ship-by times as numbers', () => {
  const header = [
    'Order ID',
    'Status',
    'Pay Time',
    'Order Amount',
    'Shipped Time',
    'Delivered Time',
  ];

  it('keeps the instant each form of date cell stands for, and rejects what is no date', () => {
    const values = [
      [...header, 'Ship-by Deadline'],
      ['1', 'Completed', '2025-09-01 10:00', '$1.00', '2025-09-02 09:30', '', ''],
      ['2', 'Completed', '2025-09-01 10:00', '$1.00', '2025.09.02 09:30', '', '2025-09-04'],
      ['3', 'Completed', '2025-09-01 10:00', '$1.00', 45902, '', ''], // 2025-09-02 in Seoul
      ['4', 'Completed', '2025-09-01 10:00', '$1.00', '2025-09-02 09:30', 'next week', ''],
      ['5', 'Completed', '2025-09-01 10:00', '$1.00', '1999-09-02 09:30', '', ''],
      ['6', 'Completed', '2025-09-01 10:00', '$1.00', '', '', '2031-01-01'], // a deadline ahead
    ];
    const { records, problems } = readOrders(values, { ...ctx, now: seoul('2025-09-10T00:00') });
    const ms = (text: string) => seoul(text).getTime();
    expect(records.map((order) => [order.orderId, order.shippedMs, order.shipByMs])).toEqual([
      ['1', ms('2025-09-02T09:30'), null],
      ['2', ms('2025-09-02T09:30'), ms('2025-09-04T00:00')],
      ['3', ms('2025-09-02T00:00'), null],
      ['6', null, ms('2031-01-01T00:00')],
    ]);
    expect(inEnglish(problems).map(({ row, column }) => [row, column])).toEqual([
      [5, 'Delivered Time'],
      [6, 'Shipped Time'],
    ]);
  });
});
