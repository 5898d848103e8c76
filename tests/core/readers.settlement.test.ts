import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FxTable } from '../../src/core/metrics/fx';
import type { ReadContext } from '../../src/core/read/readContext';
import { readSettlement } from '../../src/core/read/readSettlement';
import { classifySettlementItem, SettlementItemTypes } from '../../src/core/read/settlementItem';
import { inEnglish } from '../support/problems';

// 1 CNY = 200 KRW, 1 USD = 1,400 KRW.
const ctx: ReadContext = {
  tabName: '정산',
  timeZone: 'Asia/Seoul',
  baseCurrency: 'KRW',
  fx: new FxTable('KRW', [
    { currency: 'CNY', rate: 200, from: null },
    { currency: 'USD', rate: 1400, from: null },
  ]),
};
const seoul = (text: string): Date => new Date(`${text}+09:00`);

const FUND_FLOW_HEADER = [
  '结算时间',
  '收支类型',
  '费用项',
  '商品描述',
  '商品ID',
  'Sku ID',
  'Sku编码',
  '商品信息',
  '变动金额',
  '币种',
  '订单号',
  '业务单号',
  '渠道流水单号',
  '平台流水单号',
  '资金渠道',
  '渠道账号',
  '备注',
  '操作',
];
const fundFlowRow = (
  time: string,
  flowType: string,
  item: string,
  amount: string,
  orderId: string,
  flowNo: string,
): string[] => [
  time,
  flowType,
  item,
  item.includes('处罚') ? '' : 'Whiskey stones set\uFEFF',
  '',
  '',
  '',
  '',
  amount,
  'CNY',
  orderId,
  orderId,
  '',
  flowNo,
  '国际支付宝',
  '2188000000000000',
  '',
  '',
];

describe('readSettlement: the fund flow (收支流水)', () => {
  const values = [
    FUND_FLOW_HEADER,
    fundFlowRow(
      '2025-09-30 11:42:09',
      '收入>放款',
      '供货款放款',
      'CN￥ 297.00',
      '3061000000000001',
      '2170000000000001',
    ),
    fundFlowRow(
      '2025-09-27 06:07:16',
      '支出>平台处罚',
      '海外发货处罚',
      '-CN￥ 7.00',
      '3061000000000002',
      '3070000000000002',
    ),
    fundFlowRow(
      '2025-09-17 03:49:29',
      '支出>放款后退款',
      '供货款退款',
      '-CN￥ 12.06',
      '3061000000000003',
      '3060000000000003',
    ),
    fundFlowRow(
      '2025-09-03 23:42:12',
      '支出>物流费用',
      '海外托管退平台仓质检费',
      '-CN￥ 29.46',
      '3061000000000004',
      '3060000000000004',
    ),
    fundFlowRow(
      '2025-09-03 23:42:10',
      '支出>物流费用',
      '海外托管退平台仓运费',
      '-CN￥ 22.36',
      '3061000000000004',
      '3060000000000005',
    ),
    fundFlowRow(
      '2025-09-02 10:00:00',
      '支出>佣金',
      '交易佣金',
      '-CN￥ 23.76',
      '3061000000000001',
      '3060000000000006',
    ),
    fundFlowRow(
      '2025-09-02 10:00:01',
      '支出>联盟营销',
      '联盟营销费',
      '-CN￥ 5.00',
      '3061000000000001',
      '3060000000000007',
    ),
  ];

  it('classifies every row, flips the seller-side sign and keys by the platform flow number', () => {
    const { records, problems } = readSettlement(values, ctx);
    expect(inEnglish(problems)).toEqual([]);
    // Money out (-CN￥ 7.00) is a cost of +7 × 200 = 1,400; the payout is money in: −297 × 200.
    expect(
      records.map(({ type, amount, key, orderId }) => [
        type,
        Math.round(amount * 100) / 100,
        key,
        orderId,
      ]),
    ).toEqual([
      ['payout', -59_400, 'settle:2170000000000001', '3061000000000001'],
      ['penalty', 1_400, 'settle:3070000000000002', '3061000000000002'],
      ['refund', 2_412, 'settle:3060000000000003', '3061000000000003'],
      ['shipping', 5_892, 'settle:3060000000000004', '3061000000000004'],
      ['shipping', 4_472, 'settle:3060000000000005', '3061000000000004'],
      ['fee', 4_752, 'settle:3060000000000006', '3061000000000001'],
      ['affiliate', 1_000, 'settle:3060000000000007', '3061000000000001'],
    ]);
    expect(records[1]).toMatchObject({
      row: 3,
      time: seoul('2025-09-27T06:07:16'),
      item: '海外发货处罚',
    });
  });
});

describe('readSettlement: the managed-store detail (托管收支明细)', () => {
  const header2505 = [
    '结算时间',
    '订单号',
    '商品ID',
    '商品名称',
    'SKU ID',
    'SKU 描述',
    '商品编号',
    '费用项',
    '金额(CNY)',
    '平台流水单号',
    '限时供货价任务ID',
  ];
  const row = (time: string, orderId: string, item: string, amount: number, flowNo: string) => [
    time,
    orderId,
    '',
    '',
    '',
    '',
    '',
    item,
    amount,
    flowNo,
    '',
  ];

  it('reads 金额(CNY) numbers as yuan, compensation as a credit, and reports an empty item', () => {
    const values = [
      header2505,
      row('2025/05/30 14:02:40', '3054000000000001', '供货款', 73.25, '2150000000000001'),
      row('2025/05/30 06:17:49', '3054000000000002', '海外发货处罚', -0.92, '3050000000000002'),
      row(
        '2025/05/15 02:01:46',
        '3054000000000003',
        '极速退_非商家责平台赔付商家',
        7.61,
        '3050000000000003',
      ),
      row('2025/05/07 18:14:43', '3054000000000004', '', 36.65, '2150000000000004'),
      row(
        '2025/05/06 00:00:14',
        '3054000000000005',
        '供货款退款（拒付追缴）',
        -138,
        '2150000000000005',
      ),
    ];
    const { records, problems } = readSettlement(values, ctx);
    expect(records.map(({ type, amount }) => [type, Math.round(amount * 100) / 100])).toEqual([
      ['payout', -14_650], // 73.25 × 200 received
      ['penalty', 184], // 0.92 × 200 paid
      ['other', -1_522], // compensation received: Other −7.61 × 200
      ['refund', 27_600], // 138 × 200 clawed back
    ]);
    expect(records[0].time).toEqual(seoul('2025-05-30T14:02:40'));
    expect(inEnglish(problems)).toEqual([
      {
        tab: '정산',
        row: 5,
        column: '费用项',
        value: '',
        expected: expect.stringContaining('处罚'),
      },
    ]);
  });

  it('reads the later version with remarks and trailing empty headers', () => {
    const values = [
      [...header2505.slice(0, 10), '备注', '价格类型', '活动名称', '', ''],
      [
        '2025/10/15 00:10:39',
        '3045000000000001',
        '',
        '',
        '',
        '',
        '',
        '退平台仓质检费',
        -24.49,
        '3073000000000001',
        'trade order:3045…_AE_free_return',
        '',
        '',
        '',
        '',
      ],
      [
        '2025/10/25 03:25:36',
        '3061000000000002',
        '1005',
        'Shaker',
        '1200',
        'Silver',
        'B08',
        '供货款',
        105.0,
        '2181000000000002',
        '',
        '日常供货价',
        '',
        '',
        '',
      ],
    ];
    const { records, problems } = readSettlement(values, ctx);
    expect(inEnglish(problems)).toEqual([]);
    expect(
      records.map(({ type, amount, key }) => [type, Math.round(amount * 100) / 100, key]),
    ).toEqual([
      ['shipping', 4_898, 'settle:3073000000000001'],
      ['payout', -21_000, 'settle:2181000000000002'],
    ]);
  });

  it('reports an item it does not know, naming it', () => {
    const values = [header2505, row('2025/05/30 14:02:40', '1', '神秘费用', -3, '9')];
    expect(inEnglish(readSettlement(values, ctx).problems)).toEqual([
      {
        tab: '정산',
        row: 2,
        column: '费用项',
        value: '神秘费用',
        expected: expect.stringContaining('佣金'),
      },
    ]);
  });
});

describe('readSettlement: the wide form', () => {
  it('gives one movement per filled money column, keyed by order and column', () => {
    const values = [
      ['주문 ID', '날짜', '수수료', '제휴 수수료', '환불', '정산 금액', '통화'],
      ['3061000000000001', '2025-09-02', '$1.50', '', '$4.00', '18.5', 'USD'],
      ['', '2025-09-03', '2,000', '', '', '', ''],
    ];
    const { records, problems } = readSettlement(values, ctx);
    expect(inEnglish(problems)).toEqual([]);
    // An order's movement keeps its key when its amount changes in a later export; the key an
    // older version wrote (with the date and amount) is kept as formerKey, to recognise its rows.
    expect(
      records.map(({ type, amount, key, formerKey, item }) => [type, amount, key, formerKey, item]),
    ).toEqual([
      [
        'fee',
        2_100, // $1.50 × 1,400
        'settle:3061000000000001:commission',
        'settle:2025-09-02:3061000000000001:commission:1.5',
        '수수료',
      ],
      [
        'refund',
        5_600,
        'settle:3061000000000001:refund',
        'settle:2025-09-02:3061000000000001:refund:4',
        '환불',
      ],
      [
        'payout',
        -25_900, // USD column; a payout is money in, a credit
        'settle:3061000000000001:payout',
        'settle:2025-09-02:3061000000000001:payout:18.5',
        '정산 금액',
      ],
      // Without an order the date and amount are what identify it; no currency: base KRW.
      [
        'fee',
        2_000,
        'settle:2025-09-03::commission:2000',
        'settle:2025-09-03::commission:2000',
        '수수료',
      ],
    ]);
  });

  it('leaves out a row whose date or amount cannot be read', () => {
    const values = [
      ['Order ID', 'Date', 'Commission Fee'],
      ['1', 'someday', '$1'],
      ['2', '2025-09-02', 'a lot'],
    ];
    const { records, problems } = readSettlement(values, ctx);
    expect(records).toEqual([]);
    expect(problems.map((problem) => [problem.row, problem.column])).toEqual([
      [2, 'Date'],
      [3, 'Commission Fee'],
    ]);
  });
});

describe('classifySettlementItem', () => {
  it('takes the first match over the fee item and the flow type together', () => {
    expect(classifySettlementItem('支出>放款后退款', '供货款退款')).toBe('refund');
    expect(classifySettlementItem('收入>平台赔付', '极速退_非商家责平台赔付商家')).toBe('other');
    expect(classifySettlementItem('', '联盟佣金')).toBe('fee'); // 佣金 comes before 联盟
    expect(classifySettlementItem('收入>放款', '交易放款')).toBe('payout');
    expect(classifySettlementItem('', '')).toBeNull();
  });

  it('is remembered per pair: the same answer however often and in whatever order asked', () => {
    const text = fc.constantFrom(
      '',
      '支出>放款后退款',
      '收入>放款',
      '交易佣金',
      '联盟佣金',
      '退款',
      'x',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 30 }), (pairs) => {
        const types = new SettlementItemTypes();
        for (const [flowType, item] of pairs) {
          expect(types.typeOf(flowType, item)).toBe(classifySettlementItem(flowType, item));
        }
      }),
    );
  });

  it('never gives NaN, whatever the amount text', () => {
    fc.assert(
      fc.property(fc.string(), (amount) => {
        const values = [
          ['结算时间', '费用项', '变动金额'],
          ['2025-09-01 00:00:00', '海外发货处罚', amount],
        ];
        for (const movement of readSettlement(values, ctx).records) {
          expect(Number.isFinite(movement.amount)).toBe(true);
        }
      }),
    );
  });
});
