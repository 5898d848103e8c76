// The sidebar's first screen and the lists below it, as the model carries them (issue: the
// sidebar leads with today): urgent actions ranked, the weekly update's state, sections
// remembered per user, open disputes with the money at stake, follow-ups with their message.
import { describe, expect, it } from 'vitest';
import { openDisputes } from '../../src/core/views/openDisputes';
import { openSections, SECTION_IDS, withSection } from '../../src/core/views/sections';
import { updateState } from '../../src/core/views/updateState';
import { URGENT_IDS, urgentActions } from '../../src/core/views/urgentActions';
import { isClosedDispute } from '../../src/core/read/disputeStatus';
import type { Dispute } from '../../src/core/read/records';
import { unansweredPast } from '../../src/core/metrics/responseTime';
import { withLabels } from '../../src/core/text/sidebarLabels';
import { buildSidebarModel } from '../../src/core/views/sidebarModel';
import { setupHeaders } from '../../src/core/read/tabSpecs';
import { computeWeeklyUpdate, type WeeklyUpdate } from '../../src/core/weeklyUpdate';
import type { TabValues } from '../../src/core/read/workbookTabs';

const seoul = (time: string): Date => new Date(`${time}+09:00`);

describe('updateState', () => {
  const now = seoul('2025-10-27 09:00');
  const failed = { at: '2025-10-27T00:00:00.000Z', ok: false, message: 'stopped' };

  it('is never, ok, due after 7 days, or failed when the last run stopped', () => {
    expect(updateState(null, null, now).status).toBe('never');
    expect(updateState('not a date', null, now)).toEqual({
      status: 'never',
      lastUpdate: null,
      failed: null,
    });
    // 6 days 23 hours ago: still fresh; exactly 7 days: due.
    expect(updateState('2025-10-20T01:00:00.000Z', null, now).status).toBe('ok');
    expect(updateState('2025-10-20T00:00:00.000Z', null, now).status).toBe('due');
    expect(updateState('2025-10-26T00:00:00.000Z', failed, now)).toEqual({
      status: 'failed',
      lastUpdate: new Date('2025-10-26T00:00:00.000Z'),
      failed,
    });
    const done = { ...failed, ok: true };
    expect(updateState('2025-10-27T00:00:00.000Z', done, now).status).toBe('ok');
  });
});

describe('urgentActions', () => {
  /** Just what the ranking reads. */
  function input(counts: Partial<Record<(typeof URGENT_IDS)[number], number>>) {
    const times = (n = 0) => Array.from({ length: n }, (_, i) => i);
    return {
      today: {
        shipBy: [
          ...times(counts.overdue).map(() => ({ hoursLeft: -2, alert: true })),
          ...times(counts.shipSoon).map(() => ({ hoursLeft: 5, alert: true })),
          { hoursLeft: 40, alert: false },
        ],
        messagesPastTarget: counts.messages ?? 0,
        followUps: [
          ...times(counts.negativeReviews).map(() => ({ kind: 'negative-reply' })),
          { kind: 'usage-tip' },
        ],
      },
      stockCover: [...times(counts.lowStock).map(() => ({ alert: true })), { alert: false }],
      openDisputes: { disputes: times(counts.disputes), atStake: 0 },
    } as unknown as Pick<WeeklyUpdate, 'today' | 'stockCover' | 'openDisputes'>;
  }

  it('ranks late parcels, then parcels due today, messages, negative reviews, stock, disputes', () => {
    const all = input({
      overdue: 1,
      shipSoon: 2,
      messages: 3,
      negativeReviews: 4,
      lowStock: 5,
      disputes: 6,
    });
    expect(urgentActions(all)).toEqual([
      { id: 'overdue', count: 1 },
      { id: 'shipSoon', count: 2 },
      { id: 'messages', count: 3 },
    ]);
    expect(urgentActions(input({ negativeReviews: 2, disputes: 1, lowStock: 4 }))).toEqual([
      { id: 'negativeReviews', count: 2 },
      { id: 'lowStock', count: 4 },
      { id: 'disputes', count: 1 },
    ]);
    expect(urgentActions(input({}))).toEqual([]);
  });
});

describe('sections', () => {
  it('reads the stored choice, all closed when unreadable, and keeps only the open ones', () => {
    expect(Object.values(openSections(null))).toEqual(SECTION_IDS.map(() => false));
    expect(openSections('{"followUps":true,"nope":true,"kpis":"yes"}')).toMatchObject({
      followUps: true,
      kpis: false,
    });
    expect(Object.values(openSections('{broken')).every((open) => !open)).toBe(true);
    expect(withSection('{"followUps":true}', 'disputes', true)).toBe(
      '{"followUps":true,"disputes":true}',
    );
    expect(withSection('{"followUps":true,"disputes":true}', 'followUps', false)).toBe(
      '{"disputes":true}',
    );
  });
});

describe('open disputes', () => {
  it('knows a closed dispute by its closed time or its status, in every language', () => {
    expect(isClosedDispute('진행 중', null)).toBe(false);
    expect(isClosedDispute('等待卖家响应', null)).toBe(false);
    expect(isClosedDispute('Awaiting seller response', null)).toBe(false);
    expect(isClosedDispute('', null)).toBe(false);
    expect(isClosedDispute('종료', null)).toBe(true);
    expect(isClosedDispute('纠纷关闭', null)).toBe(true);
    expect(isClosedDispute('Closed', null)).toBe(true);
    expect(isClosedDispute('진행 중', seoul('2025-10-20 10:00'))).toBe(true);
  });

  const dispute = (orderId: string, opened: string, fields: Partial<Dispute> = {}): Dispute => ({
    row: 2,
    disputeId: `D-${orderId}`,
    orderId,
    openedTime: seoul(opened),
    reason: 'not-received',
    reasonText: '',
    status: '',
    closed: false,
    refund: null,
    refundTime: seoul(opened),
    ...fields,
  });

  it('lists the open ones oldest first, at stake the refund asked for, else the sale', () => {
    const orders = [
      { orderId: 'A', sale: 28_000 },
      { orderId: 'B', sale: 50_000 },
    ];
    const result = openDisputes(
      [
        dispute('B', '2025-10-22 10:00', { refund: 12_000 }),
        dispute('A', '2025-10-21 10:00'),
        dispute('A', '2025-10-21 10:00'), // a re-pasted row: the same dispute
        dispute('C', '2025-10-20 10:00', { closed: true, refund: 9_000 }),
        dispute('Z', '2025-10-23 10:00'), // an order the Orders tab does not hold
      ],
      orders,
    );
    expect(result.disputes.map(({ orderId, atStake }) => [orderId, atStake])).toEqual([
      ['A', 28_000],
      ['B', 12_000],
      ['Z', null],
    ]);
    expect(result.atStake).toBe(40_000);
  });
});

describe('unansweredPast', () => {
  it('counts the messages still waiting longer than the target', () => {
    const window = { start: seoul('2025-10-01 00:00'), end: seoul('2025-10-28 00:00') };
    const message = (received: string, reply: string | null) => ({
      row: 2,
      receivedTime: seoul(received),
      firstReplyTime: reply === null ? null : seoul(reply),
    });
    const messages = [
      message('2025-10-26 10:00', null), // 23 h waiting at 09:00 the next day: past 12 h
      message('2025-10-26 22:00', null), // 11 h: not yet
      message('2025-10-25 10:00', '2025-10-25 11:00'), // answered
      message('2025-10-26 08:00', '2025-10-27 10:00'), // answered, but after now: waiting
    ];
    expect(unansweredPast(messages as never, window, seoul('2025-10-27 09:00'), 12)).toBe(2);
  });
});

describe('the first screen of a small shop', () => {
  const tabs: TabValues[] = [
    {
      name: '주문',
      values: [
        ['주문 ID', '주문 상태', '결제 시간', '주문 금액', '제품 코드', '수량'],
        ['1001', '等待您发货', '2025-10-20 10:00', 20000, 'A-1', 1], // due 10-23: overdue
        ['1002', '等待您发货', '2025-10-24 12:00', 30000, 'B-2', 1], // due 10-27 12:00
        ['1003', '交易完成', '2025-10-10 12:00', 45000, 'B-2', 1],
      ],
    },
    {
      name: '분쟁',
      values: [
        ['분쟁 ID', '주문 ID', '분쟁 시작 시간', '분쟁 사유', '분쟁 상태'],
        ['D-1', '1003', '2025-10-25 09:00', '오배송', '진행 중'],
      ],
    },
    {
      name: '메시지',
      values: [
        ['수신 시간', '첫 답변 시간'],
        ['2025-10-26 10:00', ''],
      ],
    },
    {
      name: '리뷰',
      values: [
        ['날짜', '주문 ID', 'SKU', '별점', '사진 여부', '내용', '답변 시간'],
        ['2025-10-24 10:00', '1003', 'B-2', 2, 'N', '배송이 너무 느려요', ''],
        ['2025-10-20 18:00', '1003', 'B-2', 5, 'Y', '좋아요', '2025-10-20 19:00'],
      ],
    },
  ];
  const now = seoul('2025-10-27 08:00');
  const update = computeWeeklyUpdate({ tabs, timeZone: 'Asia/Seoul', locale: 'ko_KR', now });
  const build = (locale: 'ko' | 'en', sections: string | null = null) =>
    buildSidebarModel({
      update: { ...update, lang: locale },
      now,
      ticks: [],
      lastUpdate: '2025-10-20T23:30:00.000Z',
      journal: null,
      sections,
    });

  it('leads with the three most urgent actions, each pointing at its list', () => {
    expect(withLabels(build('ko')).urgent).toEqual([
      {
        id: 'overdue',
        count: 1,
        text: '발송 기한이 지난 주문 1건',
        section: 'morning',
        anchor: 'morning.shipBy',
      },
      {
        id: 'shipSoon',
        count: 1,
        text: '24시간 안에 발송할 주문 1건',
        section: 'morning',
        anchor: 'morning.shipBy',
      },
      {
        id: 'messages',
        count: 1,
        text: '12시간 넘게 답하지 않은 메시지 1건',
        section: 'morning',
        anchor: 'morning.messages',
      },
    ]);
    expect(withLabels(build('en')).urgent.map(({ text }) => text)).toEqual([
      '1 order past its ship-by deadline',
      '1 order to ship within 24 hours',
      '1 message waiting over 12 hours for a reply',
    ]);
    // More than one is in the plural, and the limits come from 설정.
    const three = { id: 'lowStock' as const, count: 3, section: 'morning' as const, anchor: '' };
    const shown = withLabels({ ...build('en'), urgent: [three], limits: { hours: 24, days: 10 } });
    expect(shown.urgent[0]?.text).toBe('3 SKUs run out within 10 days');
  });

  it('never says "nothing urgent" about orders it could not read', () => {
    const withOrders = (values: unknown[][]) =>
      buildSidebarModel({
        update: computeWeeklyUpdate({
          tabs: [{ name: '주문', values }],
          timeZone: 'Asia/Seoul',
          locale: 'ko_KR',
          now,
        }),
        now,
        ticks: [],
        lastUpdate: null,
        journal: null,
      });
    const header = ['주문 ID', '주문 상태', '결제 시간', '주문 금액'];
    // No EUR rate: not read. The one fix is named: every order waits for the same rate.
    const model = withOrders([header, ['1001', '等待您发货', '2025-10-20 10:00', '€ 20.00']]);
    expect(model.urgent).toEqual([]);
    expect(model.text.ordersUnread).toBe('주문을 읽으려면 설정 탭에 EUR 환율이 필요합니다.');
    expect(build('ko').text.ordersUnread).toBeNull();
    // As "Set up sheets" leaves the tab: nothing pasted yet.
    expect(withOrders([setupHeaders('orders', 'ko')]).text.ordersUnread).toBe(
      '주문 내보내기를 주문 탭에 붙여 넣어 주세요.',
    );
    expect(
      withOrders([header, ['1001', '等待您发货', '2025-10-20 10:00', '₩ abc']]).text.ordersUnread,
    ).toBe('주문 탭에서 읽은 주문이 없습니다. 확인이 필요한 칸을 먼저 고쳐 주세요.');
  });

  it("says how the weekly update stands, and opens the user's sections", () => {
    expect(build('ko').update).toEqual({ status: 'ok', date: '2025-10-21 08:30' });
    expect(withLabels(build('ko')).update).toEqual({
      status: 'ok',
      date: '2025-10-21 08:30',
      text: '주간 업데이트 완료: 2025-10-21 08:30',
    });
    expect(withLabels(build('en')).update.text).toBe('Weekly update done: 2025-10-21 08:30');
    expect(build('ko', '{"disputes":true}').sections).toMatchObject({
      disputes: true,
      morning: false,
    });
  });

  it("lists today's follow-ups with the message to send, and the reviews at a glance", () => {
    const { followUps, reviews } = build('ko');
    expect(followUps).toEqual([
      {
        kind: 'negative-reply',
        title: '낮은 별점 리뷰에 답하기 (1건)',
        hint: '리뷰가 올라온 지 24시간 안에 답해 주세요.',
        rows: ['주문 1003 · 2025-10-25'],
        more: 0,
        macro: {
          ko: expect.stringContaining('불편을 드려 정말 죄송합니다.'),
          en: expect.stringContaining('We are truly sorry for the trouble'),
        },
      },
    ]);
    expect(reviews).toEqual({
      gap: null,
      summary: '평균 3.5점 (리뷰 2개)',
      stars: [
        { stars: 5, count: 1, share: 0.5, text: '★5 1개' },
        { stars: 4, count: 0, share: 0, text: '★4 0개' },
        { stars: 3, count: 0, share: 0, text: '★3 0개' },
        { stars: 2, count: 1, share: 0.5, text: '★2 1개' },
        { stars: 1, count: 0, share: 0, text: '★1 0개' },
      ],
      photoShare: '포토리뷰 50%',
      complaintWords: ['느려 (1)', '배송 (1)'],
    });
  });

  it('lists the open dispute with the sale at stake', () => {
    expect(build('ko').disputes).toEqual({
      rows: [{ orderId: '1003', text: '2025-10-25 시작 · 오배송', atStake: '₩45,000' }],
      more: 0,
      summary: '진행 중인 분쟁 1건, 걸린 금액 ₩45,000',
    });
  });
});
