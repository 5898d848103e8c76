import { describe, expect, it } from 'vitest';
import { normalizeHeader } from '../../src/core/read/headers';
import { render } from '../../src/core/text/messages';
import { detectColumns, findTab, missingColumnMsg } from '../../src/core/read/tabs';
import { inEnglish } from '../support/problems';
import { TAB_IDS, setupHeaders, tabSpec, type ColumnKey } from '../../src/core/read/tabSpecs';

/** A header row written as comma-separated text (no header here contains a comma). */
const cells = (row: string): string[] => row.split(',');

// Header rows as AliExpress wrote them (2014: 30 cells, the last three with empty headers).
const ORDERS_2014 = cells(
  '订单号,订单状态,负责人(业务员),买家名称,买家邮箱,下单时间,付款时间,产品总金额,物流费用,订单金额,满立减,' +
    '产品信息\n（双击单元格展开所有产品信息！）,订单备注,收货地址,收货人名称,收货国家,州/省,城市,地址,邮编,' +
    '联系电话,手机,买家选择物流,发货期限,实际发货物流:运单号,发货时间,确认收货时间,,,',
);
const ORDERS_2019 = cells(
  '订单号,订单状态,负责人（业务员）,买家名称,下单时间,付款时间,产品总金额,物流费用,订单金额,店铺优惠,商品信息,' +
    '商品编码,订单备注,收货地址,收货人名称,收货国家,州/省,城市,地址,邮编,联系电话,手机,买家选择物流,发货期限,' +
    '实际发货单号,发货时间,确认收货时间',
);
const ORDERS_2024 = cells(
  '订单号,订单状态,负责人（业务员）,买家名称,下单时间,付款时间,订单金额,商品编码,完整收货地址,收件人名称,' +
    '联系电话,手机,联系邮件,详细地址,邮编,扩展城市（德/意/波/墨为真实的城市）,城市,州/省,收货国家,买家选择物流,' +
    '实际发货单号,确认收货时间,售后单',
);
const FUND_FLOW = cells(
  '结算时间,收支类型,费用项,商品描述,商品ID,Sku ID,Sku编码,商品信息,变动金额,币种,订单号,业务单号,' +
    '渠道流水单号,平台流水单号,资金渠道,渠道账号,备注,操作',
);
const MANAGED_2025_05 = cells(
  '结算时间,订单号,商品ID,商品名称,SKU ID,SKU 描述,商品编号,费用项,金额(CNY),平台流水单号,' +
    '限时供货价任务ID',
);
const MANAGED_2025_10 = cells(
  '结算时间,订单号,商品ID,商品名称,SKU ID,SKU 描述,商品编号,费用项,金额(CNY),平台流水单号,备注,' +
    '价格类型,活动名称,,,,,',
);

describe('findTab', () => {
  const sheets = ['Sheet1', ' 주문 ', 'LEDGER', 'Settlement', '설정'];
  it.each([
    ['orders', ' 주문 '],
    ['ledger', 'LEDGER'],
    ['settlement', 'Settlement'],
    ['settings', '설정'],
    ['disputes', null],
    ['sku', null],
  ] as const)('%s → %j', (tabId, name) => expect(findTab(sheets, tabId)).toBe(name));

  it('finds a Korean name spelled with decomposed Hangul (macOS file names)', () => {
    expect(findTab(['원장'.normalize('NFD')], 'ledger')).toBe('원장'.normalize('NFD'));
  });
});

describe('detectColumns on real export headers', () => {
  it('reads the 2014 order export (note under a header, empty trailing headers)', () => {
    const detected = detectColumns([ORDERS_2014], 'orders', 'Orders');
    expect(detected).toMatchObject({ form: 'main', headerRow: 0, problems: [] });
    expect(detected.columns).toEqual({
      orderId: 0,
      status: 1,
      staff: 2,
      buyer: 3,
      orderTime: 5,
      payTime: 6,
      productAmount: 7,
      shippingFee: 8,
      orderAmount: 9,
      storeDiscount: 10,
      productInfo: 11,
      country: 15,
      shipBy: 23,
      trackingNo: 24,
      shippedTime: 25,
      deliveredTime: 26,
    });
    expect(detected.headers.slice(-3)).toEqual(['', '', '']);
  });

  it('reads the 2019 order export (renamed columns, full-width brackets)', () => {
    expect(detectColumns([ORDERS_2019], 'orders', 'Orders').columns).toEqual({
      orderId: 0,
      status: 1,
      staff: 2,
      buyer: 3,
      orderTime: 4,
      payTime: 5,
      productAmount: 6,
      shippingFee: 7,
      orderAmount: 8,
      storeDiscount: 9,
      productInfo: 10,
      productCode: 11,
      country: 15,
      shipBy: 23,
      trackingNo: 24,
      shippedTime: 25,
      deliveredTime: 26,
    });
  });

  it('reads the 2024–26 order export (a subset: no product total, shipping or ship-by)', () => {
    const detected = detectColumns([ORDERS_2024], 'orders', 'Orders');
    expect(detected.problems).toEqual([]);
    expect(detected.columns).toEqual({
      orderId: 0,
      status: 1,
      staff: 2,
      buyer: 3,
      orderTime: 4,
      payTime: 5,
      orderAmount: 6,
      productCode: 7,
      country: 18,
      trackingNo: 20,
      deliveredTime: 21,
    });
  });

  it('reads the fund flow (收支流水) as the long settlement form', () => {
    const detected = detectColumns([FUND_FLOW], 'settlement', 'Settlement');
    expect(detected).toMatchObject({ form: 'long', problems: [] });
    expect(detected.columns).toEqual({
      settledTime: 0,
      flowType: 1,
      feeItem: 2,
      productName: 3,
      productId: 4,
      skuId: 5,
      skuCode: 6,
      skuInfo: 7,
      amount: 8,
      currency: 9,
      orderId: 10,
      businessNo: 11,
      flowNo: 13,
      memo: 16,
    });
  });

  it.each([
    ['2025-05', MANAGED_2025_05, {}],
    ['2025-10', MANAGED_2025_10, { memo: 10 }],
  ])('reads the %s managed-store detail as the long form', (_month, headers, extra) => {
    const detected = detectColumns([headers], 'settlement', '정산');
    expect(detected).toMatchObject({ form: 'long', problems: [] });
    expect(detected.columns).toEqual({
      settledTime: 0,
      orderId: 1,
      productId: 2,
      productName: 3,
      skuId: 4,
      skuInfo: 5,
      skuCode: 6,
      feeItem: 7,
      amountCny: 8,
      flowNo: 9,
      ...extra,
    });
  });

  it('reads the Korean order export', () => {
    const headers = [
      '주문번호',
      '주문 상태',
      '구매자 이름',
      '결제 시간',
      '주문 금액',
      '제품 정보',
      '제품 코드',
    ];
    expect(detectColumns([headers], 'orders', '주문').columns).toEqual({
      orderId: 0,
      status: 1,
      buyer: 2,
      payTime: 3,
      orderAmount: 4,
      productInfo: 5,
      productCode: 6,
    });
    expect(
      detectColumns([['주문 ID', '주문 금액', '주문 시간']], 'orders', '주문').columns,
    ).toEqual({ orderId: 0, orderAmount: 1, orderTime: 2 });
  });

  it.each([
    [
      [
        '商品ID',
        '搜索曝光量',
        '商品页访客数',
        '加购物车人数',
        '下单买家数',
        '支付买家数',
        '支付金额',
        '退款金额',
      ],
    ],
    [
      [
        'Product ID',
        'Search Impressions',
        'Product Visitors',
        'Add-to-Cart Buyers',
        'Ordering Buyers',
        'Paying Buyers',
        'Payment Amount',
        'Refund Amount',
      ],
    ],
  ])('reads Business Advisor product analysis %j', (headers) => {
    const detected = detectColumns([['日期', ...headers]], 'traffic', 'Traffic');
    expect(detected.problems).toEqual([]);
    expect(detected.columns).toEqual({
      period: 0,
      productId: 1,
      impressions: 2,
      visitors: 3,
      addToCartBuyers: 4,
      orderingBuyers: 5,
      payingBuyers: 6,
      paymentAmount: 7,
      refundAmount: 8,
    });
  });
});

describe('detectColumns', () => {
  it('accepts a BOM on the first header', () => {
    const detected = detectColumns([['\uFEFF订单号', '订单金额', '付款时间']], 'orders', 'Orders');
    expect(detected.columns).toEqual({ orderId: 0, orderAmount: 1, payTime: 2 });
  });

  it('finds the header row below title rows', () => {
    const values = [
      ['商品分析', '', ''],
      ['统计时间: 2025-09-01 ~ 2025-09-07', '', ''],
      ['Order ID', 'Order Amount', 'Pay Time'],
      ['8207841133554507', 'US $10.00', '2025-09-01 10:00'],
    ];
    const detected = detectColumns(values, 'orders', 'Orders');
    expect(detected).toMatchObject({ headerRow: 2, problems: [] });
    expect(detected.columns).toEqual({ orderId: 0, orderAmount: 1, payTime: 2 });
    expect(detected.headers).toEqual(['Order ID', 'Order Amount', 'Pay Time']);
  });

  it('gives exactly one Problem, with the names tried, for a missing required column', () => {
    const detected = detectColumns([['订单金额', '付款时间', '', '']], 'orders', 'Orders');
    expect(inEnglish(detected.problems)).toEqual([
      {
        tab: 'Orders',
        row: null,
        column: null,
        value: '',
        expected:
          'a column "Order ID" (tried: Order ID, 주문 ID, Order No., Order Number, 주문번호, 订单号, 订单编号)',
      },
    ]);
  });

  it('names every alternative of a requirement met by one of several columns', () => {
    const [problem] = detectColumns([['Order ID', 'Pay Time']], 'orders', 'Orders').problems;
    expect(problem && render(problem.expected, 'en')).toBe(
      'a column "Order Amount" or "Product Amount" (tried: Order Amount, 주문 금액, Order Total, ' +
        '주문 총액, 订单金额, Product Amount, 상품 금액, Product Total, Product Total Amount, ' +
        '제품 총액, 产品总金额, 商品总金额)',
    );
  });

  it('reports each missing requirement of an empty tab', () => {
    const detected = detectColumns([], 'ledger', 'Ledger');
    expect(detected).toMatchObject({ headerRow: 0, columns: {}, headers: [] });
    expect(inEnglish(detected.problems).map((problem) => problem.expected.split(' (')[0])).toEqual([
      'a column "Date"',
      'a column "Type"',
      'a column "Amount"',
    ]);
  });

  it('takes the first of two cells naming the same column', () => {
    const detected = detectColumns(
      [['Order ID', '订单号', 'Pay Time', 'Order Amount']],
      'orders',
      'Orders',
    );
    expect(detected.columns.orderId).toBe(0);
  });

  it('reads the wide settlement form as set up in either language', () => {
    for (const lang of ['en', 'ko'] as const) {
      const detected = detectColumns(
        [setupHeaders('settlement', lang)],
        'settlement',
        'Settlement',
      );
      expect(detected.form).toBe('wide');
      expect(detected.columns.commission).toBe(2);
    }
  });

  it('names a missing column in the language of the screen that shows it', () => {
    const [orderId] = tabSpec('messages').forms[0].columns.filter((c) => c.key === 'orderId');
    expect(orderId && render(missingColumnMsg([orderId]), 'ko')).toBe(
      '"주문 ID" 열(머리글: Order ID, 주문 ID, Order No., Order Number, 주문번호, 订单号, 订单编号 중 하나)이',
    );
  });
});

describe('tab specs', () => {
  it.each([
    [
      'orders',
      [
        '주문 ID',
        '주문 상태',
        '구매자 이름',
        '주문 시간',
        '결제 시간',
        '상품 금액',
        '배송비',
        '주문 금액',
        '스토어 할인',
        '제품 정보',
        '제품 코드',
        '수량',
        '배송 국가',
        '발송 기한',
        '발송 시간',
        '운송장 번호',
        '수령 확인 시간',
      ],
    ],
    [
      'disputes',
      ['분쟁 ID', '주문 ID', '분쟁 시작 시간', '분쟁 사유', '분쟁 상태', '환불 금액', '종료 시간'],
    ],
    ['ledger', ['날짜', '유형', '금액', '통화', 'SKU', '주문 ID', '메모', '소스 키']],
    ['settlement', ['주문 ID', '날짜', '수수료', '제휴 수수료', '환불', '정산 금액', '통화']],
    ['sku', ['SKU', '상품명', '원가', '통화', '재고', '판매가', '대표 키워드', '상품 ID']],
    ['ads', ['날짜', '캠페인', 'SKU', '노출수', '클릭수', '광고비', '주문수', '광고 매출']],
    [
      'traffic',
      [
        '기간',
        '상품 ID',
        '노출수',
        '방문자수',
        '장바구니 구매자수',
        '주문 구매자수',
        '결제 구매자수',
      ],
    ],
    ['reviews', ['날짜', '주문 ID', 'SKU', '별점', '사진 여부', '내용', '답변 시간']],
    ['messages', ['수신 시간', '첫 답변 시간', '구매자', '주문 ID']],
    ['settings', ['통화', '환율', '날짜']],
  ] as const)('sets up %s with the Korean headers of the spec', (tabId, headers) => {
    expect(setupHeaders(tabId, 'ko')).toEqual(headers);
  });

  it('sets up English headers', () => {
    expect(setupHeaders('ledger', 'en')).toEqual([
      'Date',
      'Type',
      'Amount',
      'Currency',
      'SKU',
      'Order ID',
      'Memo',
      'Source Key',
    ]);
  });

  it.each(
    TAB_IDS.flatMap((tabId) => (['en', 'ko'] as const).map((lang) => [tabId, lang] as const)),
  )('reads back every column %s sets up in %s', (tabId, lang) => {
    const headers = setupHeaders(tabId, lang);
    const detected = detectColumns([headers], tabId, tabId);
    expect(detected.problems).toEqual([]);
    expect(Object.keys(detected.columns)).toHaveLength(headers.length);
  });

  it.each(TAB_IDS)('gives every name of %s to one column only, per form', (tabId) => {
    for (const form of tabSpec(tabId).forms) {
      const owners = new Map<string, string>();
      for (const column of form.columns) {
        for (const name of [column.en, column.ko, ...column.aliases]) {
          const owner = owners.get(normalizeHeader(name)) ?? column.key;
          expect(owner, `${tabId}/${form.id}: ${name}`).toBe(column.key);
          owners.set(normalizeHeader(name), column.key);
        }
      }
    }
  });

  it('types column keys per tab', () => {
    const key: ColumnKey<'orders'> = 'orderId';
    // @ts-expect-error orders have no 'feeItem' column
    const wrong: ColumnKey<'orders'> = 'feeItem';
    expect([key, wrong]).toEqual(['orderId', 'feeItem']);
  });
});
