import { describe, expect, it } from 'vitest';
import { withLabels } from '../../src/core/text/sidebarLabels';
import { CHECKLIST_ITEM_IDS, isChecklistItemId } from '../../src/core/views/checklist';
import {
  buildSidebarModel,
  type SidebarModel,
  type SidebarModelInput,
} from '../../src/core/views/sidebarModel';
import { computeWeeklyUpdate } from '../../src/core/weeklyUpdate';
import type { TabValues } from '../../src/core/read/workbookTabs';
import { setupHeaders, type TabId } from '../../src/core/read/tabSpecs';

const SEOUL = 'Asia/Seoul';
const seoul = (time: string): Date => new Date(`${time}+09:00`);

const orders: TabValues = {
  name: '주문',
  values: [
    ['주문 ID', '주문 상태', '결제 시간', '주문 금액', '제품 코드', '수량'],
    // Paid 10-20 10:00, 3 processing days: due 10-23 10:00, overdue at the as-of time.
    ['1001', '等待您发货', '2025-10-20 10:00', 20000, 'A-1', 1],
    // Due 10-27 12:00: 16 hours after the as-of time (the newest pay time, 10-26 20:00).
    ['1002', '等待您发货', '2025-10-24 12:00', 30000, 'B-2', 1],
    // Due 10-29 20:00: 72 hours left, not urgent.
    ['1003', '等待您发货', '2025-10-26 20:00', 50000, 'B-2', 1],
  ],
};
const disputes: TabValues = {
  name: '분쟁',
  values: [
    ['분쟁 ID', '주문 ID', '분쟁 시작 시간', '분쟁 사유'],
    ['D-1', '1001', '2025-10-25 09:00', '오배송'],
  ],
};
const messages: TabValues = {
  name: '메시지',
  values: [
    ['수신 시간', '첫 답변 시간'],
    ['2025-10-26 09:00', '2025-10-26 11:00'],
    ['2025-10-26 10:00', ''],
  ],
};
const skus: TabValues = {
  name: '상품',
  values: [
    ['SKU', '상품명', '대표 키워드'],
    ['A-1', 'Short title', 'short'],
    ['B-2', 'Phone case <img src=x onerror=alert(1)>', 'phone case'],
  ],
};

function model(tabs: TabValues[], overrides: Partial<SidebarModelInput> = {}, locale = 'ko_KR') {
  const now = seoul('2025-10-27 08:00');
  const update = computeWeeklyUpdate({ tabs, timeZone: SEOUL, locale, now });
  return buildSidebarModel({
    update,
    now,
    ticks: [],
    lastUpdate: null,
    journal: null,
    ...overrides,
  });
}

function item(built: SidebarModel, id: string) {
  const found = built.checklists.flatMap((list) => list.items).find((entry) => entry.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

const card = (built: SidebarModel, id: string) => built.kpis.find((kpi) => kpi.id === id);

describe('sidebar model', () => {
  const full = model([orders, disputes, messages, skus]);

  it('is plain JSON, as google.script.run needs (a Date would turn the whole answer into null)', () => {
    expect(JSON.parse(JSON.stringify(full))).toEqual(full);
  });

  it('dates the day in the spreadsheet zone and the data by its newest order', () => {
    expect(full.today).toBe('2025-10-27');
    expect(full.text.today).toBe('오늘: 2025-10-27');
    expect(full.dataAsOf).toBe('데이터 기준: 2025-10-26 20:00');
    expect(full.setupNeeded).toBe(false);
    expect(withLabels(full).notices).toEqual([
      '없는 탭: 유입, 광고, 리뷰, 설정. 내보내기를 붙여 넣으면 관련 항목이 채워집니다.',
    ]);
  });

  it('counts the orders near and past their ship-by deadline', () => {
    expect(item(full, 'morning.shipBy')).toEqual({
      id: 'morning.shipBy',
      lines: [
        '발송 기한이 지난 주문 1건',
        '주문 ID: 1001',
        '발송 기한 24시간 이내 주문 1건',
        '주문 ID: 1002',
      ],
      autoDone: false,
      ticked: false,
    });
    // Each count lists its own orders: five, then how many more, counted as orders.
    const late = Array.from({ length: 7 }, (_, i) => [
      `90${i}`,
      '等待您发货',
      '2025-10-20 10:00',
      20000,
      'A-1',
      1,
    ]);
    const many = model([{ ...orders, values: [...orders.values, ...late] }]);
    expect(item(many, 'morning.shipBy').lines.slice(0, 2)).toEqual([
      '발송 기한이 지난 주문 8건',
      '주문 ID: 1001, 900, 901, 902, 903 외 3건',
    ]);
  });

  it('does not say "0 orders within 24 hours" when every urgent order is overdue', () => {
    const overdueOnly = model([{ ...orders, values: orders.values.slice(0, 2) }]);
    expect(item(overdueOnly, 'morning.shipBy').lines).toEqual([
      '발송 기한이 지난 주문 1건',
      '주문 ID: 1001',
    ]);
  });

  it('ticks an item itself when its data says it is done', () => {
    const shipped = model([
      { ...orders, values: orders.values.slice(0, 1).concat([orders.values[3]]) },
    ]);
    expect(item(shipped, 'morning.shipBy')).toMatchObject({
      lines: ['발송 기한이 임박한 주문이 없습니다.'],
      autoDone: true,
    });
    expect(item(full, 'morning.messages')).toMatchObject({
      lines: ['답하지 않은 메시지 1건', '12시간 넘게 답하지 않은 메시지 1건'],
      autoDone: false,
    });
  });

  it('never gives an all-clear from an Orders tab it could not read', () => {
    const unread = model([{ ...orders, values: [orders.values[0] ?? [], ['x']] }]);
    expect(item(unread, 'morning.shipBy')).toMatchObject({
      lines: ['주문 탭에서 읽은 주문이 없습니다. 확인이 필요한 칸을 먼저 고쳐 주세요.'],
      autoDone: false,
    });
    const empty = model([{ ...orders, values: [setupHeaders('orders', 'ko')] }]);
    expect(item(empty, 'morning.shipBy')).toMatchObject({
      lines: ['주문 내보내기를 주문 탭에 붙여 넣어 주세요.'],
      autoDone: false,
    });
  });

  it("shows the user's ticks of today", () => {
    const ticked = model([orders], { ticks: ['morning.replies'] });
    expect(item(ticked, 'morning.replies').ticked).toBe(true);
    expect(item(ticked, 'morning.alerts').ticked).toBe(false);
    expect(CHECKLIST_ITEM_IDS).toHaveLength(14);
    expect(isChecklistItemId('weekly.fx')).toBe(true);
    expect(isChecklistItemId('weekly.nothing')).toBe(false);
    expect(isChecklistItemId(7)).toBe(false);
  });

  it('shows the last weekly update and says "due" after 7 days', () => {
    const recent = model([orders], { lastUpdate: '2025-10-20T23:30:00.000Z' });
    expect(item(recent, 'weekly.weeklyUpdate')).toMatchObject({
      lines: ['마지막 업데이트: 2025-10-21 08:30'],
      autoDone: true,
    });
    const old = model([orders], { lastUpdate: '2025-10-19T23:00:00.000Z' });
    expect(item(old, 'weekly.weeklyUpdate')).toMatchObject({
      lines: ['마지막 업데이트: 2025-10-20 08:00', '업데이트할 때가 되었습니다 (7일 이상 지남).'],
      autoDone: false,
    });
    expect(item(model([orders]), 'weekly.weeklyUpdate').lines).toEqual([
      '아직 주간 업데이트를 한 적이 없습니다.',
    ]);
  });

  it('says when the last run stopped, and why, until a run finishes', () => {
    const stopped = {
      at: '2025-10-27T22:05:00.000Z',
      ok: false,
      message: '결과를 쓰는 중에 멈췄습니다: 시트 서비스 오류.',
    };
    const failedAfterOne = model([orders], {
      lastUpdate: '2025-10-20T23:30:00.000Z',
      lastRun: stopped,
    });
    expect(item(failedAfterOne, 'weekly.weeklyUpdate')).toMatchObject({
      lines: [
        '마지막 업데이트: 2025-10-21 08:30',
        '마지막 실행(2025-10-28 07:05)이 멈췄습니다: 결과를 쓰는 중에 멈췄습니다: 시트 서비스 오류.',
      ],
      autoDone: false,
    });
    expect(item(model([orders], { lastRun: stopped }), 'weekly.weeklyUpdate').lines).toHaveLength(
      2,
    );
    const finished = { at: '2025-10-20T23:30:00.000Z', ok: true, message: '주간 업데이트 완료' };
    const done = model([orders], { lastUpdate: finished.at, lastRun: finished });
    expect(item(done, 'weekly.weeklyUpdate').lines).toEqual(['마지막 업데이트: 2025-10-21 08:30']);
  });

  it('shows each KPI with its number, target, status word and what to do', () => {
    // 1 disputed order of 3 paid: 33.33%, against < 2%.
    expect(card(full, 'disputeRate')).toEqual({
      id: 'disputeRate',
      name: '분쟁률',
      value: 1 / 3,
      valueText: '33.33%',
      targetText: '목표 2%',
      status: 'BAD',
      advice: '이번 주에 분쟁 원인 상위 2개를 고쳐 주세요.',
    });
    // (2 h + 22 h unanswered until 10-26 20:00) ÷ 2 = 6 h.
    expect(card(full, 'responseHours')).toMatchObject({
      valueText: '6시간',
      targetText: '목표 12시간',
      status: 'OK',
      advice: null,
    });
    expect(item(full, 'weekly.disputes')).toMatchObject({
      lines: [
        '분쟁률 33.33% (목표 2%)',
        '원인 1위: 오배송 1건',
        '이번 주에 분쟁 원인 상위 2개를 고쳐 주세요.',
      ],
      autoDone: false,
    });
    // The average meets the target, but a message has waited past it today: not done.
    expect(item(full, 'weekly.response')).toMatchObject({
      lines: ['응답 시간 6시간 (목표 12시간)', '12시간 넘게 답하지 않은 메시지 1건'],
      autoDone: false,
    });
  });

  it('says which tab a KPI needs instead of judging without it', () => {
    const onlyOrders = model([orders]);
    expect(card(onlyOrders, 'disputeRate')).toMatchObject({
      value: null,
      valueText: '—',
      status: 'NO DATA',
      advice: '분쟁 탭이 없어 확인할 수 없습니다.',
    });
    // The folded lists say the same, never "none" about a tab that is not there.
    expect(onlyOrders.disputes.summary).toBe('분쟁 탭이 없어 확인할 수 없습니다.');
    expect(onlyOrders.reviews.gap).toBe('리뷰 탭이 없어 확인할 수 없습니다.');
    expect(onlyOrders.keywords.gap).toBe('광고 탭이 없어 확인할 수 없습니다.');
    expect(item(onlyOrders, 'afternoon.funnel').lines).toEqual([
      '유입 탭이 없어 확인할 수 없습니다.',
    ]);
    expect(onlyOrders.funnel.note).toBe('유입 탭이 없어 확인할 수 없습니다.');
  });

  it('judges nothing from a tab "Set up sheets" left empty (header only)', () => {
    const asSetUp = (tab: TabValues, id: TabId): TabValues => ({
      ...tab,
      values: [setupHeaders(id, 'ko')],
    });
    const setUp = model([
      orders,
      asSetUp(disputes, 'disputes'),
      asSetUp(messages, 'messages'),
      asSetUp(skus, 'sku'),
    ]);
    for (const id of ['disputeRate', 'earlyDefectRate', 'wrongShipmentRate']) {
      expect(card(setUp, id)).toMatchObject({
        value: null,
        status: 'NO DATA',
        advice: '분쟁 탭이 비어 있어 확인할 수 없습니다.',
      });
    }
    expect(card(setUp, 'responseHours')?.advice).toBe('메시지 탭이 비어 있어 확인할 수 없습니다.');
    expect(item(setUp, 'morning.messages')).toMatchObject({
      lines: ['메시지 탭이 비어 있어 확인할 수 없습니다.'],
      autoDone: false,
    });
    expect(item(setUp, 'afternoon.title').autoDone).toBe(false);
    expect(item(setUp, 'weekly.disputes').autoDone).toBe(false);
    // Nothing sold yet: no SKU to grade, so no clean-up done.
    const noOrders = model([asSetUp(orders, 'orders')]);
    expect(item(noOrders, 'weekly.skuCleanup')).toMatchObject({
      lines: ['주문 탭이 비어 있어 확인할 수 없습니다.'],
      autoDone: false,
    });
    // A column the seller added, or the columns moved, is still the tab as set up.
    const withMemo = {
      ...disputes,
      values: [['메모', ...setupHeaders('disputes', 'ko').reverse()]],
    };
    expect(card(model([orders, withMemo]), 'disputeRate')?.status).toBe('NO DATA');
    // A dispute export pasted with no row under its own header is a shop without disputes.
    const noDisputes = model([
      orders,
      { ...disputes, values: [['분쟁 목록 2025-10'], ...disputes.values.slice(0, 1)] },
    ]);
    expect(card(noDisputes, 'disputeRate')).toMatchObject({ value: 0, status: 'OK' });
  });

  it('names the best-selling SKU whose title fails the check, as plain text', () => {
    expect(item(full, 'afternoon.title').lines).toEqual([
      'B-2: 80자 미만',
      'Phone case <img src=x onerror=alert(1)>',
      '제목 규칙: 80~120자, 핵심 키워드를 맨 앞에, 반복·금지 단어 없이.',
    ]);
  });

  it('offers "Set up sheets" when there is no Orders and no Ledger tab', () => {
    const empty = model([]);
    expect(empty.setupNeeded).toBe(true);
    expect(empty.dataAsOf).toBeNull();
    expect(withLabels(empty).notices).toEqual([
      '주문 탭과 원장 탭이 아직 없습니다. "시트 준비하기"를 누르면 필요한 탭을 만들어 드립니다. 그다음 주문 내보내기를 주문 탭에 붙여 넣어 주세요.',
    ]);
    expect(item(empty, 'morning.shipBy').lines).toEqual(['주문 탭이 없어 확인할 수 없습니다.']);
    expect(empty.kpis.every((kpi) => kpi.status === 'NO DATA')).toBe(true);
  });

  it('shows the funnel as log-scaled bars with the weakest step and its advice', () => {
    const traffic: TabValues = {
      name: '유입',
      values: [
        [
          '기간',
          '상품 ID',
          '노출수',
          '방문자수',
          '장바구니 구매자수',
          '주문 구매자수',
          '결제 구매자수',
        ],
        ['2025-10-20', 'P-1', 10000, 300, 12, 5, 4],
      ],
    };
    const { funnel } = model([orders, traffic]);
    // Widths: ln(n + 1) ÷ ln(10,001): 300 → 62, 12 → 28, 5 → 19, 4 → 17.
    expect(funnel.bars.map((bar) => [bar.id, bar.text, bar.widthPercent, bar.weakest])).toEqual([
      ['impressions', '10,000', 100, false],
      ['visitors', '300 · 3%', 62, false],
      ['cart', '12 · 4%', 28, true],
      ['ordering', '5 · 41.67%', 19, false],
      ['paying', '4 · 80%', 17, false],
    ]);
    expect(funnel.weakest).toEqual({
      stage: '방문 → 장바구니',
      advice: '장바구니에 담는 사람이 적습니다. 가격과 쿠폰을 점검해 보세요.',
    });
  });

  it('ticks the funnel item only when every stage is measured and meets its benchmark', () => {
    const trafficOf = (row: unknown[]): TabValues => ({
      name: '유입',
      values: [['기간', '노출수', '방문자수', '장바구니 구매자수', '결제 구매자수'], row],
    });
    // Click 500 ÷ 10,000 = 5%, cart 50 ÷ 500 = 10%, order 20 ÷ 50 = 40%: all at benchmark or above.
    expect(
      item(model([orders, trafficOf(['2025-10-20', 10000, 500, 50, 20])]), 'afternoon.funnel'),
    ).toMatchObject({ lines: ['모든 단계가 기준 이상입니다.'], autoDone: true });
    // The same without the payments: the order stage is not judged, and nothing is ticked.
    expect(
      item(model([orders, trafficOf(['2025-10-20', 10000, 500, 50, ''])]), 'afternoon.funnel'),
    ).toMatchObject({
      lines: ['장바구니 → 결제 단계는 데이터가 없어 아직 판단할 수 없습니다.'],
      autoDone: false,
    });
  });

  it('speaks English outside a Korean locale, macros in both languages', () => {
    const english = model([orders, disputes], {}, 'en_US');
    expect(english.text.runUpdate).toBe('Run weekly update');
    expect(card(english, 'disputeRate')).toMatchObject({ status: 'BAD', targetText: 'Target 2%' });
    const { macros, text } = withLabels(english);
    expect(text.statuses.BAD).toBe('Act now');
    expect(withLabels(full).text.statuses).toEqual({
      OK: '좋음',
      WARN: '주의',
      BAD: '나쁨',
      'NO DATA': '데이터 없음',
    });
    expect(macros.map((macro) => macro.title)).toEqual([
      'Delay',
      'Damaged',
      'Wrong item',
      'Not as described',
      'Refund',
    ]);
    expect(macros[0]?.ko).toMatch(/^주문해 주셔서 감사합니다/);
    expect(macros[0]?.en).toMatch(/^Thank you for your order/);
    expect(english.journal).toEqual({ tab: 'Journal', line: { date: '2025-10-27', text: '' } });
  });

  it("shows today's journal line from the journal tab", () => {
    const journal = {
      name: '일지',
      values: [
        ['날짜', '한 줄 기록'],
        ['2025-10-27', '쿠폰 효과 확인'],
      ],
    };
    expect(model([orders], { journal }).journal).toEqual({
      tab: '일지',
      line: { date: '2025-10-27', text: '쿠폰 효과 확인' },
    });
  });
});
