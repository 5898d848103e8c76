import { describe, expect, it } from 'vitest';
import { differenceInCalendarDays, getISODay, parseISO } from 'date-fns';
import {
  buildDemoWorkbook,
  DEFAULT_DEMO_SEED,
  DEMO_FACTS,
  DEMO_PERIOD,
} from '../../src/local/demo/demoWorkbook';
import { plantedOrderIds } from '../../src/local/demo/plantedOrders';
import { computeWeeklyUpdate } from '../../src/core/weeklyUpdate';
import type { CellValue, SheetData, WorkbookData } from '../../src/local/workbookData';

/** A demo tab read by header: one record per data row. */
function recordsOf(workbook: WorkbookData, tab: string): Record<string, CellValue>[] {
  const sheet = sheetNamed(workbook, tab);
  const [header, ...rows] = sheet.values;
  return rows.map((row) => Object.fromEntries(header.map((name, column) => [name, row[column]])));
}

function sheetNamed(workbook: WorkbookData, tab: string): SheetData {
  const sheet = workbook.sheets.find((candidate) => candidate.name === tab);
  if (sheet === undefined) throw new Error(`no tab ${tab}`);
  return sheet;
}

/** Any of the three export time forms → `yyyy-MM-dd HH:mm`, or null when it is none of them. */
function normalTime(text: CellValue): string | null {
  const value = String(text).trim();
  const dashed = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(value);
  if (dashed) return `${dashed[1]}-${dashed[2]}-${dashed[3]} ${dashed[4]}:${dashed[5]}`;
  const dotted = /^(\d{4})\.(\d{2})\.(\d{2}) (\d{2}):(\d{2})$/.exec(value);
  if (dotted) return `${dotted[1]}-${dotted[2]}-${dotted[3]} ${dotted[4]}:${dotted[5]}`;
  const monthFirst = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/.exec(value);
  if (monthFirst) {
    return `${monthFirst[3]}-${monthFirst[1]}-${monthFirst[2]} ${monthFirst[4]}:${monthFirst[5]}`;
  }
  return null;
}

/** Minutes between two wall-clock `yyyy-MM-dd HH:mm` texts (b − a). */
function minutesBetween(a: string, b: string): number {
  return (wallClockMs(b) - wallClockMs(a)) / 60_000;
}

function wallClockMs(text: string): number {
  const [date, clock] = text.split(' ');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = clock.split(':').map(Number);
  return Date.UTC(year, month - 1, day, hour, minute);
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

const demo = buildDemoWorkbook();
const orders = recordsOf(demo, '주문');
const ORDER_ID = '订单号';
const idOf = (row: Record<string, CellValue>) => String(row[ORDER_ID]).trim();
const distinctOrders = [...new Map(orders.map((row) => [idOf(row), row])).values()];
const orderById = (id: string) => {
  const row = distinctOrders.find((candidate) => idOf(candidate) === id);
  if (row === undefined) throw new Error(`no order ${id}`);
  return row;
};
const AS_OF = '2025-10-26 23:59';
const USD = /^US \$\d{1,3}(,\d{3})*\.\d{2}$/;
const SIGNED_USD = /^-?US \$\d{1,3}(,\d{3})*\.\d{2}$/;

describe('buildDemoWorkbook: determinism and options', () => {
  it('builds a deep-equal workbook from the same options', () => {
    expect(buildDemoWorkbook({ seed: DEFAULT_DEMO_SEED, scale: 1 })).toEqual(demo);
    expect(buildDemoWorkbook({ seed: 7 })).toEqual(buildDemoWorkbook({ seed: 7 }));
  });

  it('builds different orders from a different seed, with the same planted facts', () => {
    const other = buildDemoWorkbook({ seed: 7 });
    expect(other).not.toEqual(demo);
    const otherIds = new Set(recordsOf(other, '주문').map(idOf));
    const randomIds = distinctOrders.map(idOf).filter((id) => !plantedOrderIds().includes(id));
    expect(randomIds.filter((id) => otherIds.has(id))).toEqual([]);
    for (const id of plantedOrderIds()) expect(otherIds.has(id)).toBe(true);
  });

  it('rejects a scale or seed it cannot honour', () => {
    expect(() => buildDemoWorkbook({ scale: 0.5 })).toThrow(RangeError);
    expect(() => buildDemoWorkbook({ scale: Number.NaN })).toThrow(RangeError);
    expect(() => buildDemoWorkbook({ scale: 101 })).toThrow(RangeError);
    expect(() => buildDemoWorkbook({ seed: 1.5 })).toThrow(RangeError);
  });

  it('describes a Korean spreadsheet in Asia/Seoul with the ten tabs in order', () => {
    expect(demo.name).toBe('셀러 루틴 데모');
    expect(demo.timeZone).toBe('Asia/Seoul');
    expect(demo.locale).toBe('ko_KR');
    expect(demo.sheets.map((sheet) => sheet.name)).toEqual([
      '주문',
      '상품',
      '분쟁',
      '유입',
      '광고',
      '리뷰',
      '메시지',
      '정산',
      '원장',
      '설정',
    ]);
  });

  it('covers 8 ISO weeks, Monday 2025-09-01 to Sunday 2025-10-26', () => {
    expect(DEMO_PERIOD).toEqual({
      firstDay: '2025-09-01',
      lastDay: '2025-10-26',
      timeZone: 'Asia/Seoul',
    });
    const first = parseISO(DEMO_PERIOD.firstDay);
    const last = parseISO(DEMO_PERIOD.lastDay);
    expect(getISODay(first)).toBe(1);
    expect(getISODay(last)).toBe(7);
    expect(differenceInCalendarDays(last, first)).toBe(55);
  });

  it('keeps every tab rectangular, with number formats of the same shape', () => {
    for (const sheet of demo.sheets) {
      const width = sheet.values[0].length;
      expect(sheet.values.every((row) => row.length === width)).toBe(true);
      if (sheet.numberFormats) {
        expect(sheet.numberFormats.map((row) => row.length)).toEqual(sheet.values.map(() => width));
      }
    }
  });
});

describe('sizes', () => {
  it('has about 1,500 orders and 40 SKUs at scale 1', () => {
    expect(distinctOrders.length).toBeGreaterThanOrEqual(1350);
    expect(distinctOrders.length).toBeLessThanOrEqual(1650);
    expect(recordsOf(demo, '상품')).toHaveLength(40);
  });

  it('has modest supporting tabs', () => {
    const disputeShare = recordsOf(demo, '분쟁').length / distinctOrders.length;
    expect(disputeShare).toBeGreaterThanOrEqual(0.01);
    expect(disputeShare).toBeLessThanOrEqual(0.04);
    expect(recordsOf(demo, '유입')).toHaveLength(8 * 40);
    expect(recordsOf(demo, '광고').length).toBe(56 * 4 + 49 + 42);
    const messages = recordsOf(demo, '메시지').length;
    expect(messages).toBeGreaterThanOrEqual(200);
    expect(messages).toBeLessThanOrEqual(400);
    const settlement = recordsOf(demo, '정산').length;
    expect(settlement).toBeGreaterThanOrEqual(150);
    expect(settlement).toBeLessThanOrEqual(700);
    expect(recordsOf(demo, '원장')).toHaveLength(18);
  });

  it('builds about 10× the orders at scale 10 in well under 2 s, planted facts included', () => {
    // CPU time, not wall time: the test machine is shared with other suites.
    const started = process.cpuUsage();
    const big = buildDemoWorkbook({ scale: 10 });
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(2000);
    const bigOrders = recordsOf(big, '주문');
    const distinct = new Set(bigOrders.map(idOf));
    expect(distinct.size).toBeGreaterThanOrEqual(13_500);
    expect(distinct.size).toBeLessThanOrEqual(16_500);
    expect(bigOrders.length - distinct.size).toBe(5);
    expect(bigOrders.filter((row) => String(row['订单金额']).startsWith('€'))).toHaveLength(1);
  });
});

describe('header rows', () => {
  const headerOf = (tab: string) => sheetNamed(demo, tab).values[0];

  it('writes the Chinese order export headers, with the line-break product-info header', () => {
    expect(headerOf('주문')).toEqual([
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
      '产品信息\n（双击单元格展开所有产品信息！）',
      '商品编码',
      '订单备注',
      '收货地址',
      '收货人名称',
      '收货国家',
      '州/省',
      '城市',
      '地址',
      '邮编',
      '联系电话',
      '手机',
      '买家选择物流',
      '发货期限',
      '实际发货单号',
      '发货时间',
      '确认收货时间',
    ]);
  });

  it('writes Korean headers on the seller tabs', () => {
    expect(headerOf('상품')).toEqual([
      'SKU',
      '상품명',
      '원가',
      '통화',
      '재고',
      '판매가',
      '대표 키워드',
      '상품 ID',
    ]);
    expect(headerOf('분쟁')).toEqual([
      '분쟁 ID',
      '주문 ID',
      '분쟁 시작 시간',
      '분쟁 사유',
      '분쟁 상태',
      '환불 금액',
      '종료 시간',
    ]);
    expect(headerOf('광고')).toEqual([
      '날짜',
      '캠페인',
      'SKU',
      '노출수',
      '클릭수',
      '광고비',
      '주문수',
      '광고 매출',
    ]);
    expect(headerOf('리뷰')).toEqual([
      '날짜',
      '주문 ID',
      'SKU',
      '별점',
      '사진 여부',
      '내용',
      '답변 시간',
    ]);
    expect(headerOf('메시지')).toEqual(['수신 시간', '첫 답변 시간', '구매자', '주문 ID']);
    expect(headerOf('원장')).toEqual([
      '날짜',
      '유형',
      '금액',
      '통화',
      'SKU',
      '주문 ID',
      '메모',
      '소스 키',
    ]);
  });

  it('writes the Business Advisor and fund-flow headers in Chinese', () => {
    expect(headerOf('유입')).toEqual([
      '统计日期',
      '商品ID',
      '商品名称',
      '搜索曝光量',
      '商品页访客数',
      '加购物车人数',
      '下单买家数',
      '支付买家数',
      '支付金额',
      '支付转化率',
      '退款金额',
    ]);
    expect(headerOf('정산')).toEqual([
      '结算时间',
      '收支类型',
      '费用项',
      '商品描述',
      '商品ID',
      'Sku编码',
      '变动金额',
      '币种',
      '订单号',
      '业务单号',
      '平台流水单号',
      '备注',
    ]);
  });
});

describe('주문 (orders) cells', () => {
  it('holds order ids as 14–16-digit text, some with a trailing space', () => {
    for (const row of orders) {
      expect(row[ORDER_ID]).toMatch(/^\d{14,16} ?$/);
    }
    const withSpace = orders.filter((row) => String(row[ORDER_ID]).endsWith(' ')).length;
    expect(withSpace / orders.length).toBeGreaterThan(0.02);
    expect(withSpace / orders.length).toBeLessThan(0.1);
  });

  it('writes every amount as US $ text, except the one € order', () => {
    const amountColumns = ['产品总金额', '物流费用', '订单金额'];
    for (const row of distinctOrders) {
      if (idOf(row) === DEMO_FACTS.eurOrder.id) continue;
      for (const column of amountColumns) expect(row[column]).toMatch(USD);
      expect(row['店铺优惠']).toMatch(/^$|^US \$\d+\.\d{2}$/);
    }
    expect(distinctOrders.some((row) => row['店铺优惠'] === '')).toBe(true);
  });

  it('dates every order inside the period, as text', () => {
    for (const row of orders) {
      const ordered = normalTime(row['下单时间']);
      expect(ordered).not.toBeNull();
      expect(ordered! >= '2025-09-01 00:00' && ordered! <= AS_OF).toBe(true);
      const paid = row['付款时间'];
      if (paid !== '') expect(normalTime(paid)! >= ordered!).toBe(true);
    }
  });

  it('writes shipments as Carrier:Number and times ending with a line break', () => {
    const shipped = distinctOrders.filter((row) => row['发货时间'] !== '');
    expect(shipped.length).toBeGreaterThan(1000);
    for (const row of shipped) {
      expect(row['实际发货单号']).toMatch(/^(K-Packet|EMS|CJ대한통운):[A-Z0-9]+\n$/);
      expect(String(row['发货时间']).endsWith('\n')).toBe(true);
      expect(normalTime(row['发货时间'])).not.toBeNull();
    }
  });

  it('writes product codes as SKU * qty;SKU * qty with known SKUs', () => {
    const skus = new Set(recordsOf(demo, '상품').map((row) => row['SKU']));
    for (const row of distinctOrders) {
      const code = String(row['商品编码']);
      expect(code).toMatch(/^[A-Z0-9-]+ \* \d+(;[A-Z0-9-]+ \* \d+)*$/);
      for (const line of code.split(';')) expect(skus.has(line.split(' * ')[0])).toBe(true);
    }
    expect(distinctOrders.some((row) => String(row['商品编码']).includes(';'))).toBe(true);
  });

  it('mixes statuses as an order life would', () => {
    const byStatus = countBy(distinctOrders, (row) => String(row['订单状态']));
    expect([...byStatus.keys()].sort()).toEqual(
      ['交易完成', '等待买家收货', '等待发货', '订单关闭', '等待买家付款'].sort(),
    );
    expect(byStatus.get('交易完成')! / distinctOrders.length).toBeGreaterThan(0.5);
    for (const row of distinctOrders) {
      const status = row['订单状态'];
      const confirmed = row['确认收货时间'] !== '';
      expect(confirmed).toBe(status === '交易完成');
      if (status === '等待发货') expect(row['发货时间']).toBe('');
      if (status === '等待买家收货') expect(row['发货时间']).not.toBe('');
    }
    const closed = distinctOrders.filter((row) => row['订单状态'] === '订单关闭');
    expect(closed.some((row) => row['付款时间'] === '')).toBe(true);
    expect(closed.some((row) => row['发货时间'] !== '')).toBe(true);
  });

  it('masks buyer names on closed and older completed orders only, as AliExpress does', () => {
    const masked = (row: Record<string, CellValue>) => String(row['买家名称']).includes('*');
    const shouldBeMasked = (row: Record<string, CellValue>) =>
      row['订单状态'] === '订单关闭' ||
      (row['订单状态'] === '交易完成' && normalTime(row['下单时间'])! < '2025-10-06 00:00');
    expect(distinctOrders.filter((row) => masked(row) !== shouldBeMasked(row))).toEqual([]);
    const maskedShare = distinctOrders.filter(masked).length / distinctOrders.length;
    expect(maskedShare).toBeGreaterThan(0.4);
    expect(maskedShare).toBeLessThan(0.8);
    expect(distinctOrders.every((row) => row['收货人名称'] === row['买家名称'])).toBe(true);
    const fullNames = distinctOrders.filter((row) => !masked(row)).map((row) => row['买家名称']);
    expect(
      fullNames.every((name) => /^\p{L}[\p{L}.-]*( \p{L}[\p{L}.-]*)*$/u.test(String(name))),
    ).toBe(true);
    // Each word keeps its first and last letter: M***a S***a, 김*수.
    expect(
      distinctOrders
        .filter(masked)
        .every((row) => /^[^*\s]\*+[^*\s]?( [^*\s]\*+[^*\s]?)*$/u.test(String(row['买家名称']))),
    ).toBe(true);
  });

  // Phone and postcode stay masked alike on every order, so they identify a buyer across masks.
  const buyerKey = (row: Record<string, CellValue>) =>
    `${row['收货国家']}|${row['邮编']}|${row['手机']}`;

  it('has about 15% of orders from returning buyers', () => {
    const byTime = [...distinctOrders].sort((a, b) =>
      normalTime(a['下单时间'])!.localeCompare(normalTime(b['下单时间'])!),
    );
    const seen = new Set<string>();
    let returning = 0;
    for (const row of byTime) {
      if (seen.has(buyerKey(row))) returning++;
      seen.add(buyerKey(row));
    }
    expect(returning / byTime.length).toBeGreaterThan(0.1);
    expect(returning / byTime.length).toBeLessThan(0.2);
  });

  it('gives each buyer a distinct full name, shown on several recent orders of returning ones', () => {
    const unmasked = distinctOrders.filter((row) => !String(row['买家名称']).includes('*'));
    const buyersByName = new Map<CellValue, Set<string>>();
    for (const row of unmasked) {
      const buyers = buyersByName.get(row['买家名称']) ?? new Set();
      buyersByName.set(row['买家名称'], buyers.add(buyerKey(row)));
    }
    expect([...buyersByName.values()].every((buyers) => buyers.size === 1)).toBe(true);
    const repeatedNames = [...countBy(unmasked, (row) => String(row['买家名称'])).values()].filter(
      (count) => count > 1,
    );
    expect(repeatedNames.length).toBeGreaterThan(10);
  });

  it('ships to buyers in many countries, Korea among them', () => {
    const countries = new Set(distinctOrders.map((row) => row['收货国家']));
    for (const country of ['United States', 'France', 'Spain', 'Brazil', 'Korea', 'Israel']) {
      expect(countries.has(country)).toBe(true);
    }
  });

  it('lets the order amount differ from product + shipping − discount on a few rows', () => {
    const cents = (text: CellValue) =>
      Math.round(Number(String(text).replace(/[^\d.]/g, '')) * 100);
    const differing = distinctOrders.filter(
      (row) =>
        idOf(row) !== DEMO_FACTS.eurOrder.id &&
        cents(row['订单金额']) !==
          cents(row['产品总金额']) + cents(row['物流费用']) - cents(row['店铺优惠']),
    );
    expect(differing.map(idOf)).toContain(DEMO_FACTS.amountMismatchOrder.id);
    expect(differing.length / distinctOrders.length).toBeGreaterThan(0.005);
    expect(differing.length / distinctOrders.length).toBeLessThan(0.05);
  });
});

describe('DEMO_FACTS: planted orders', () => {
  it('repeats exactly the duplicated ids, each on two identical rows', () => {
    const counts = countBy(orders, idOf);
    const repeated = [...counts].filter(([, count]) => count > 1);
    expect(repeated.map(([id]) => id).sort()).toEqual([...DEMO_FACTS.duplicatedOrderIds].sort());
    expect(repeated.every(([, count]) => count === 2)).toBe(true);
    for (const id of DEMO_FACTS.duplicatedOrderIds) {
      const copies = orders.filter((row) => idOf(row) === id);
      expect(copies[1]).toEqual(copies[0]);
    }
  });

  it('has exactly one order in €, with no EUR rate in 설정', () => {
    const euro = orders.filter((row) =>
      Object.values(row).some((cell) => String(cell).includes('€')),
    );
    expect(euro.map(idOf)).toEqual([DEMO_FACTS.eurOrder.id]);
    expect(euro[0]['订单金额']).toBe('€ 23.10');
    expect(euro[0]['订单状态']).toBe('交易完成');
    expect(fxRows().map((row) => row[0])).not.toContain('EUR');
  });

  it('plants the order whose amount differs from its parts', () => {
    const row = orderById(DEMO_FACTS.amountMismatchOrder.id);
    const fact = DEMO_FACTS.amountMismatchOrder;
    expect([row['产品总金额'], row['物流费用'], row['店铺优惠'], row['订单金额']]).toEqual([
      fact.productTotal,
      fact.shipping,
      fact.storeDiscount,
      fact.orderAmount,
    ]);
  });

  it('plants one bulk order above US $1,000', () => {
    const row = orderById(DEMO_FACTS.bulkOrder.id);
    expect(row['商品编码']).toBe('HM-HANJILAMP * 30');
    expect(row['订单金额']).toBe('US $1,047.00');
    const large = distinctOrders.filter((candidate) => String(candidate['订单金额']).includes(','));
    expect(large.map(idOf)).toEqual([DEMO_FACTS.bulkOrder.id]);
  });

  it('writes the other date forms on exactly the listed orders', () => {
    const dotted = distinctOrders.filter((row) => /^\d{4}\.\d{2}\./.test(String(row['下单时间'])));
    const monthFirst = distinctOrders.filter((row) => /^\d{2}\//.test(String(row['下单时间'])));
    expect(dotted.map(idOf).sort()).toEqual([...DEMO_FACTS.otherDateStyleOrders.dotted].sort());
    expect(monthFirst.map(idOf).sort()).toEqual(
      [...DEMO_FACTS.otherDateStyleOrders.monthFirst].sort(),
    );
    expect(monthFirst[0]['确认收货时间']).toMatch(/^\d{2}\/\d{2}\/2025 \d{2}:\d{2}$/);
  });

  it('places the latest order at the as-of minute', () => {
    const times = distinctOrders.map((row) => normalTime(row['下单时间'])!).sort();
    expect(times[times.length - 1]).toBe(DEMO_FACTS.latestOrderTime);
    expect(orderById(DEMO_FACTS.latestOrderId)['下单时间']).toBe('2025-10-26 23:59');
    expect(DEMO_FACTS.asOfDate).toBe(DEMO_PERIOD.lastDay);
  });

  it('leaves orders to ship with less than 24 h to their deadline, and one overdue', () => {
    for (const id of DEMO_FACTS.nearShipByOrderIds) {
      const row = orderById(id);
      expect(row['订单状态']).toBe('等待发货');
      expect(String(row['付款时间']).startsWith('2025-10-24 ')).toBe(true);
      const hoursLeft = minutesBetween(AS_OF, String(row['发货期限'])) / 60;
      expect(hoursLeft).toBeGreaterThan(0);
      expect(hoursLeft).toBeLessThan(24);
    }
    expect(orderById(DEMO_FACTS.awaitingPaymentOrderId)['订单状态']).toBe('等待买家付款');
    const overdue = orderById(DEMO_FACTS.overdueToShipOrderId);
    expect(overdue['订单状态']).toBe('等待发货');
    expect(minutesBetween(AS_OF, String(overdue['发货期限']))).toBeLessThan(0);
  });

  it('ship-by deadline is payment + 3 days', () => {
    const row = orderById(DEMO_FACTS.overdueToShipOrderId);
    expect(minutesBetween(String(row['付款时间']), String(row['发货期限']))).toBe(3 * 24 * 60);
  });
});

describe('DEMO_FACTS: refunds and penalties', () => {
  const disputes = recordsOf(demo, '분쟁');
  const settlement = recordsOf(demo, '정산');

  it('charges the late shipment a penalty in 정산', () => {
    const order = orderById(DEMO_FACTS.latePenalty.orderId);
    expect(
      minutesBetween(String(order['发货期限']), String(order['发货时间']).trim()),
    ).toBeGreaterThan(0);
    const penalty = settlement.filter(
      (row) => row['订单号'] === DEMO_FACTS.latePenalty.orderId && row['费用项'] === '海外发货处罚',
    );
    expect(penalty).toHaveLength(1);
    expect(penalty[0]['变动金额']).toBe('-US $1.20');
    expect(penalty[0]['收支类型']).toBe('支出>平台处罚');
    expect(penalty[0]['商品ID']).toBe('');
    expect(penalty[0]['业务单号']).not.toBe(DEMO_FACTS.latePenalty.orderId);
  });

  it('refunds the both-refund order in 분쟁 and again in 정산', () => {
    const { orderId, disputeId, amount } = DEMO_FACTS.bothRefund;
    const dispute = disputes.find((row) => row['분쟁 ID'] === disputeId)!;
    expect(dispute['주문 ID']).toBe(orderId);
    expect(dispute['환불 금액']).toBe(amount);
    expect(dispute['분쟁 상태']).toBe('종료');
    const refunds = settlement.filter(
      (row) => row['订单号'] === orderId && row['费用项'] === '放款后退款',
    );
    expect(refunds.map((row) => row['变动金额'])).toEqual(['-US $8.00']);
  });

  it('refunds one order only in 정산', () => {
    const { orderId, amount } = DEMO_FACTS.settlementOnlyRefund;
    expect(disputes.some((row) => row['주문 ID'] === orderId)).toBe(false);
    const refunds = settlement.filter(
      (row) => row['订单号'] === orderId && row['费用项'] === '放款后退款',
    );
    expect(refunds.map((row) => row['变动金额'])).toEqual([amount]);
    expect(orderById(orderId)['订单状态']).toBe('交易完成');
  });
});

describe('상품 (SKU) facts', () => {
  const skus = recordsOf(demo, '상품');
  const sku = (code: string) => skus.find((row) => row['SKU'] === code)!;

  it('leaves exactly one cost blank; the others are KRW numbers', () => {
    expect(skus.filter((row) => row['원가'] === '').map((row) => row['SKU'])).toEqual([
      DEMO_FACTS.noCostSku,
    ]);
    for (const row of skus) {
      if (row['SKU'] !== DEMO_FACTS.noCostSku) expect(typeof row['원가']).toBe('number');
      expect(row['통화']).toBe('KRW');
      expect(typeof row['판매가']).toBe('number');
    }
    const sheet = sheetNamed(demo, '상품');
    expect(sheet.numberFormats![1]).toEqual(['', '', '#,##0', '', '#,##0', '$#,##0.00', '', '']);
  });

  it('runs exactly the low-stock SKUs below a 10-day cover at the last 14 days’ pace', () => {
    const unitsBySku = new Map<string, number>();
    for (const row of distinctOrders) {
      const paid = normalTime(row['付款时间']);
      if (paid === null || paid < '2025-10-13 00:00' || row['订单状态'] === '订单关闭') continue;
      for (const line of String(row['商品编码']).split(';')) {
        const [code, quantity] = line.split(' * ');
        unitsBySku.set(code, (unitsBySku.get(code) ?? 0) + Number(quantity));
      }
    }
    const low = skus.filter((row) => {
      const perDay = (unitsBySku.get(String(row['SKU'])) ?? 0) / 14;
      return Number(row['재고']) / perDay < 10;
    });
    expect(low.map((row) => row['SKU']).sort()).toEqual([...DEMO_FACTS.lowStockSkus].sort());
  });

  it('prices the loss leader below its cost', () => {
    const row = sku(DEMO_FACTS.lossLeaderSku);
    expect(Number(row['원가'])).toBeGreaterThan(Number(row['판매가']) * DEMO_FACTS.fx.latestRate);
  });

  it('plants the title issues', () => {
    const title = (row: Record<string, CellValue>) => String(row['상품명']);
    const short = skus.filter((row) => title(row).length < 80).map((row) => row['SKU']);
    expect(short.sort()).toEqual([...DEMO_FACTS.titleIssues.short].sort());
    expect(skus.every((row) => title(row).length <= 120)).toBe(true);
    const keywordNotFirst = skus
      .filter((row) => !title(row).toLowerCase().startsWith(String(row['대표 키워드'])))
      .map((row) => row['SKU']);
    expect(keywordNotFirst.sort()).toEqual([...DEMO_FACTS.titleIssues.keywordNotFirst].sort());
    const banned = skus
      .filter((row) =>
        DEMO_FACTS.bannedTitleWords.some((word) => title(row).toLowerCase().includes(word)),
      )
      .map((row) => row['SKU']);
    expect(banned).toEqual(DEMO_FACTS.titleIssues.bannedWords);
    for (const code of DEMO_FACTS.titleIssues.repeatedWords) {
      const words = title(sku(code)).toLowerCase().split(' ');
      expect(new Set(words).size).toBeLessThan(words.length);
    }
  });
});

describe('유입 (traffic)', () => {
  const traffic = recordsOf(demo, '유입');
  const total = (column: string) =>
    traffic.reduce((sum, row) => sum + Number(String(row[column]).replace(/,/g, '')), 0);

  it('writes counts as 1,234 text and weekly periods', () => {
    expect(traffic.some((row) => /^\d{1,3}(,\d{3})+$/.test(String(row['搜索曝光量'])))).toBe(true);
    expect(traffic.every((row) => /^\d{1,3}(,\d{3})*$/.test(String(row['商品页访客数'])))).toBe(
      true,
    );
    expect(traffic.every((row) => /^\d+\.\d{2}%$/.test(String(row['支付转化率'])))).toBe(true);
    expect(traffic[0]['统计日期']).toBe('2025-09-01 ~ 2025-09-07');
    expect(traffic[traffic.length - 1]['统计日期']).toBe('2025-10-20 ~ 2025-10-26');
    expect(traffic.every((row) => USD.test(String(row['支付金额'])))).toBe(true);
  });

  it('makes visitors → add-to-cart the weakest step, the others healthy', () => {
    const impressions = total('搜索曝光量');
    const visitors = total('商品页访客数');
    const carts = total('加购物车人数');
    const ordering = total('下单买家数');
    const paying = total('支付买家数');
    expect(DEMO_FACTS.funnelRates).toEqual({ click: 0.035, addToCart: 0.04, cartToPaying: 0.4 });
    expect(visitors / impressions).toBeCloseTo(0.035, 2);
    expect(carts / visitors).toBeGreaterThan(0.035);
    expect(carts / visitors).toBeLessThan(0.045);
    expect(paying / carts).toBeGreaterThan(0.35);
    expect(paying / carts).toBeLessThan(0.45);
    expect(ordering).toBeLessThanOrEqual(carts);
    expect(paying / ordering).toBeGreaterThan(0.9);
    expect(DEMO_FACTS.weakestFunnelStep).toBe('cart');
  });

  it('counts paying buyers as the paid order lines of the orders tab', () => {
    const paidLines = distinctOrders
      .filter((row) => row['付款时间'] !== '')
      .reduce((sum, row) => sum + String(row['商品编码']).split(';').length, 0);
    expect(total('支付买家数')).toBe(paidLines);
  });
});

describe('광고 (ads)', () => {
  const ads = recordsOf(demo, '광고');
  const campaign = (name: string) => {
    const rows = ads.filter((row) => row['캠페인'] === name);
    const sum = (column: string) => rows.reduce((total, row) => total + Number(row[column]), 0);
    return {
      ctr: sum('클릭수') / sum('노출수'),
      conversion: sum('주문수') / sum('클릭수'),
      roas: sum('광고 매출') / sum('광고비'),
    };
  };

  it('has six campaigns with daily KRW numbers', () => {
    expect(new Set(ads.map((row) => row['캠페인'])).size).toBe(6);
    expect(ads.every((row) => Number.isInteger(row['광고비']))).toBe(true);
    expect(ads[0]['날짜']).toBe('2025-09-01');
  });

  it('plants a low-CTR keyword, a winner and a high-CTR low-conversion keyword', () => {
    const { lowCtr, winner, highCtrLowConversion } = DEMO_FACTS.campaigns;
    expect(campaign(lowCtr).ctr).toBeLessThan(0.005);
    expect(campaign(highCtrLowConversion).ctr).toBeGreaterThan(0.03);
    expect(campaign(highCtrLowConversion).conversion).toBeLessThan(0.01);
    const names = [...new Set(ads.map((row) => String(row['캠페인'])))];
    const best = names.reduce((a, b) => (campaign(a).roas >= campaign(b).roas ? a : b));
    expect(best).toBe(winner);
    expect(campaign(winner).roas).toBeGreaterThan(4);
  });
});

describe('분쟁, 리뷰, 메시지', () => {
  it('mixes KO / ZH / EN dispute reasons, with open disputes and numeric refunds', () => {
    const disputes = recordsOf(demo, '분쟁');
    const reasons = new Set(disputes.map((row) => row['분쟁 사유']));
    expect(
      reasons.has('Item not received') || reasons.has('未收到货') || reasons.has('배송 지연'),
    ).toBe(true);
    expect([...reasons].some((reason) => /[가-힣]/.test(String(reason)))).toBe(true);
    expect([...reasons].some((reason) => /[\u4e00-\u9fff]/.test(String(reason)))).toBe(true);
    const open = disputes.filter((row) => row['분쟁 상태'] === '진행 중');
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((row) => row['종료 시간'] === '' && row['환불 금액'] === '')).toBe(true);
    const sheet = sheetNamed(demo, '분쟁');
    const numeric = sheet.values.flatMap((row, index) =>
      typeof row[5] === 'number' ? [sheet.numberFormats![index][5]] : [],
    );
    expect(numeric.length).toBeGreaterThan(0);
    expect(new Set(numeric)).toEqual(new Set(['$#,##0.00']));
    const texts = disputes
      .map((row) => row['환불 금액'])
      .filter((cell) => typeof cell === 'string' && cell !== '');
    expect(texts.every((text) => USD.test(String(text)))).toBe(true);
  });

  it('reviews about 30% of completed orders, mostly 5 stars, complaints repeating words', () => {
    const reviews = recordsOf(demo, '리뷰');
    const completed = distinctOrders.filter((row) => row['订单状态'] === '交易完成').length;
    expect(reviews.length / completed).toBeGreaterThan(0.2);
    expect(reviews.length / completed).toBeLessThan(0.35);
    const fives = reviews.filter((row) => row['별점'] === 5).length;
    expect(fives / reviews.length).toBeGreaterThan(0.6);
    expect(reviews.every((row) => row['사진 여부'] === 'Y' || row['사진 여부'] === 'N')).toBe(true);
    const unhappy = reviews.filter((row) => Number(row['별점']) <= 3);
    const words = unhappy.map((row) => String(row['내용'])).join(' ');
    for (const word of ['배송', '파손', 'small']) expect(words).toContain(word);
    expect(unhappy.some((row) => row['답변 시간'] === '')).toBe(true);
  });

  it('replies to messages mostly within 2–10 h, some after a day, a few never', () => {
    const messages = recordsOf(demo, '메시지');
    const delays = messages
      .filter((row) => row['첫 답변 시간'] !== '')
      .map((row) => minutesBetween(String(row['수신 시간']), String(row['첫 답변 시간'])) / 60)
      .sort((a, b) => a - b);
    const median = delays[Math.floor(delays.length / 2)];
    expect(median).toBeGreaterThan(2);
    expect(median).toBeLessThan(10);
    expect(delays.filter((hours) => hours > 24).length).toBeGreaterThan(5);
    const unanswered = messages.filter((row) => row['첫 답변 시간'] === '');
    expect(unanswered.length).toBeGreaterThan(3);
    for (const row of unanswered) {
      expect(minutesBetween(String(row['수신 시간']), AS_OF)).toBeLessThan(3 * 24 * 60);
    }
  });
});

describe('정산 (fund flow)', () => {
  const settlement = recordsOf(demo, '정산');

  it('stays inside the one-week window, newest first, amounts signed before the symbol', () => {
    const times = settlement.map((row) => String(row['结算时间']));
    for (const time of times) {
      expect(time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(time >= `${DEMO_FACTS.settlementWindow.firstDay} 00:00:00`).toBe(true);
      expect(time <= `${DEMO_FACTS.settlementWindow.lastDay} 23:59:59`).toBe(true);
    }
    expect([...times].sort().reverse()).toEqual(times);
    expect(settlement.every((row) => SIGNED_USD.test(String(row['变动金额'])))).toBe(true);
    expect(settlement.every((row) => row['币种'] === 'USD')).toBe(true);
  });

  it('uses item names that the §4 classification tells apart', () => {
    const items = new Set(settlement.map((row) => `${row['收支类型']} ${row['费用项']}`));
    for (const item of [
      '收入>放款 交易放款',
      '支出>佣金 交易佣金',
      '支出>联盟营销 联盟营销费',
      '支出>平台处罚 海外发货处罚',
      '支出>放款后退款 放款后退款',
      '收入>平台赔付 极速退_非商家责平台赔付商家',
    ]) {
      expect(items.has(item)).toBe(true);
    }
    // An affiliate item containing 佣金 would be classified as commission (佣金 matches first).
    expect([...items].some((item) => item.includes('联盟') && item.includes('佣金'))).toBe(false);
    const money = (row: Record<string, CellValue>) => String(row['变动金额']);
    for (const row of settlement) {
      const moneyIn = String(row['收支类型']).startsWith('收入');
      expect(money(row).startsWith('-')).toBe(!moneyIn);
    }
  });

  it('keeps flow numbers unique', () => {
    const flows = settlement.map((row) => row['平台流水单号']);
    expect(new Set(flows).size).toBe(flows.length);
  });
});

describe('원장 and 설정', () => {
  it('holds a dozen manual ledger rows with typed dates and no Source Key', () => {
    const ledger = recordsOf(demo, '원장');
    expect(new Set(ledger.map((row) => row['유형']))).toEqual(
      new Set(['포장비', '배송비', '쿠폰', '기타']),
    );
    expect(ledger.filter((row) => row['유형'] === '포장비')).toHaveLength(8);
    expect(ledger.every((row) => row['소스 키'] === '')).toBe(true);
    expect(ledger.every((row) => row['날짜'] instanceof Date)).toBe(true);
    // Midnight of 2025-09-01 in Seoul (UTC+9).
    expect(ledger[0]['날짜']).toEqual(new Date('2025-08-31T15:00:00Z'));
    expect(ledger.some((row) => /^\d{1,3}(,\d{3})*원$/.test(String(row['금액'])))).toBe(true);
    expect(ledger.some((row) => typeof row['금액'] === 'number')).toBe(true);
  });

  it('writes the §6 settings in Korean with their defaults, then the FX table', () => {
    const settings = sheetNamed(demo, '설정');
    const keyValues = settings.values.slice(0, 17);
    expect(keyValues.map((row) => row[0])).toEqual([
      '기준 통화',
      '수수료율',
      '처리 기간(일)',
      '성수기 월',
      '성수기 추가 일수',
      '주 시작 요일',
      'KPI 기간(일)',
      '목표 마진율',
      '목표 분쟁률',
      '목표 응답 시간',
      '목표 평점',
      '목표 초기 불량률',
      '목표 오배송률',
      '카테고리 평균 전환율',
      '재고 리드타임(일)',
      '환율 재조정 기준',
      '금지 단어',
    ]);
    expect(keyValues[0][1]).toBe('KRW');
    expect(keyValues[1][1]).toBe(0.08);
    expect(settings.numberFormats![1][1]).toBe('0%');
    expect(keyValues[16][1]).toBe('best, free shipping, cheapest, replica');
    expect(settings.values[17]).toEqual(['', '', '']);
    expect(settings.values[18]).toEqual(['통화', '환율', '날짜']);
  });

  it('moves USD 1,330 → 1,395 (≥ 3%) and has CNY but no EUR', () => {
    const usd = fxRows().filter((row) => row[0] === 'USD');
    expect(usd.map((row) => row[1])).toEqual([1330, 1362, 1395]);
    expect(usd[0][2]).toEqual(new Date('2025-08-31T15:00:00Z'));
    expect(usd[2][2]).toEqual(new Date('2025-10-05T15:00:00Z'));
    expect(1395 / 1330 - 1).toBeGreaterThan(0.03);
    expect(
      fxRows()
        .map((row) => row[0])
        .sort(),
    ).toEqual(['CNY', 'CNY', 'USD', 'USD', 'USD']);
  });
});

describe('the weekly update engine on the demo', () => {
  const update = computeWeeklyUpdate({
    tabs: demo.sheets,
    timeZone: demo.timeZone,
    locale: demo.locale,
  });

  it('names the cart stage (visitors → add-to-cart) as the weakest funnel step', () => {
    expect(update.funnel.weakestStep).toBe(DEMO_FACTS.weakestFunnelStep);
  });

  it('finds repeat buyers among the unmasked names: a repurchase rate of 2–20%', () => {
    const rate = update.kpis.find((kpi) => kpi.id === 'repurchaseRate')!.value;
    expect(rate).not.toBeNull();
    expect(rate!).toBeGreaterThan(0.02);
    expect(rate!).toBeLessThan(0.2);
  });
});

function fxRows(): CellValue[][] {
  return sheetNamed(demo, '설정').values.slice(19);
}
