import { describe, expect, it } from 'vitest';
import type { WorkbookData } from '../../src/local/workbookData';
import { LEDGER_HEADER_KO, sheetData, sheetNames, sheetOf, startAddOn } from './addOnKit';

function emptyWorkbook(locale: string): WorkbookData {
  return { name: 'New', timeZone: 'Asia/Seoul', locale, sheets: [{ name: 'Sheet1', values: [] }] };
}

const KOREAN_HEADERS: Record<string, string[]> = {
  원장: LEDGER_HEADER_KO,
  주문: [
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
  분쟁: [
    '분쟁 ID',
    '주문 ID',
    '분쟁 시작 시간',
    '분쟁 사유',
    '분쟁 상태',
    '환불 금액',
    '종료 시간',
  ],
  유입: [
    '기간',
    '상품 ID',
    '노출수',
    '방문자수',
    '장바구니 구매자수',
    '주문 구매자수',
    '결제 구매자수',
  ],
  광고: ['날짜', '캠페인', 'SKU', '노출수', '클릭수', '광고비', '주문수', '광고 매출'],
  리뷰: ['날짜', '주문 ID', 'SKU', '별점', '사진 여부', '내용', '답변 시간'],
  메시지: ['수신 시간', '첫 답변 시간', '구매자', '주문 ID'],
  정산: ['주문 ID', '날짜', '수수료', '제휴 수수료', '환불', '정산 금액', '통화'],
  상품: ['SKU', '상품명', '원가', '통화', '재고', '판매가', '대표 키워드', '상품 ID'],
};

const ENGLISH_HEADERS: Record<string, string[]> = {
  Ledger: ['Date', 'Type', 'Amount', 'Currency', 'SKU', 'Order ID', 'Memo', 'Source Key'],
  Orders: [
    'Order ID',
    'Order Status',
    'Buyer',
    'Order Time',
    'Pay Time',
    'Product Amount',
    'Shipping Fee',
    'Order Amount',
    'Store Discount',
    'Product Info',
    'Product Code',
    'Quantity',
    'Country',
    'Ship-by Deadline',
    'Shipped Time',
    'Tracking No.',
    'Delivered Time',
  ],
  Disputes: [
    'Dispute ID',
    'Order ID',
    'Opened Time',
    'Reason',
    'Status',
    'Refund Amount',
    'Closed Time',
  ],
  Traffic: [
    'Period',
    'Product ID',
    'Impressions',
    'Visitors',
    'Add-to-Cart Buyers',
    'Ordering Buyers',
    'Paying Buyers',
  ],
  Ads: ['Date', 'Campaign', 'SKU', 'Impressions', 'Clicks', 'Spend', 'Orders', 'Ad Revenue'],
  Reviews: ['Date', 'Order ID', 'SKU', 'Stars', 'Has Photo', 'Text', 'Replied Time'],
  Messages: ['Received Time', 'First Reply Time', 'Buyer', 'Order ID'],
  Settlement: [
    'Order ID',
    'Date',
    'Commission Fee',
    'Affiliate Fee',
    'Refund',
    'Payout Amount',
    'Currency',
  ],
  SKU: ['SKU', 'Title', 'Unit Cost', 'Currency', 'Stock', 'Price', 'Primary Keyword', 'Product ID'],
};

/** docs/rules.md §6: every key with its default, a blank row, then the FX table's header. */
const KOREAN_SETTINGS = [
  ['설정', '값', ''],
  ['기준 통화', 'KRW', ''],
  ['수수료율', '8%', ''],
  ['처리 기간(일)', 3, ''],
  ['성수기 월', '11,12,1,2', ''],
  ['성수기 추가 일수', 2, ''],
  ['주 시작 요일', '월', ''],
  ['KPI 기간(일)', 28, ''],
  ['목표 마진율', '15%', ''],
  ['목표 분쟁률', '2%', ''],
  ['목표 응답 시간', 12, ''],
  ['목표 평점', 4.7, ''],
  ['목표 초기 불량률', '1%', ''],
  ['목표 오배송률', '0.3%', ''],
  ['카테고리 평균 전환율', '2%', ''],
  ['재고 리드타임(일)', 10, ''],
  ['환율 재조정 기준', '3%', ''],
  ['정산 대기일', 15, ''],
  ['금지 단어', '', ''],
  ['', '', ''],
  ['통화', '환율', '날짜'],
];

const ENGLISH_SETTINGS = [
  ['Setting', 'Value', ''],
  ['Base currency', 'KRW', ''],
  ['Commission rate', '8%', ''],
  ['Processing days', 3, ''],
  ['Peak months', '11,12,1,2', ''],
  ['Peak extra days', 2, ''],
  ['Week starts on', 'Monday', ''],
  ['KPI window days', 28, ''],
  ['Target margin rate', '15%', ''],
  ['Target dispute rate', '2%', ''],
  ['Target response hours', 12, ''],
  ['Target rating', 4.7, ''],
  ['Target early-defect rate', '1%', ''],
  ['Target wrong-shipment rate', '0.3%', ''],
  ['Category average conversion', '2%', ''],
  ['Stock lead time days', 10, ''],
  ['FX reprice threshold', '3%', ''],
  ['Payout delay days', 15, ''],
  ['Banned title words', '', ''],
  ['', '', ''],
  ['Currency', 'Rate', 'Date'],
];

describe('setupSheets on an empty spreadsheet', () => {
  it('creates every input tab with the Korean headers and the Settings defaults (ko_KR)', () => {
    const { env, run } = startAddOn(emptyWorkbook('ko_KR'));
    run('setupSheets');
    const tabs = [...Object.keys(KOREAN_HEADERS), '설정'];
    expect(sheetNames(env)).toEqual(['Sheet1', ...tabs]);
    const after = env.toWorkbookData();
    for (const [name, header] of Object.entries(KOREAN_HEADERS)) {
      expect(sheetData(after, name).values, name).toEqual([header]);
    }
    expect(sheetData(after, '설정').values).toEqual(KOREAN_SETTINGS);
    for (const name of tabs) {
      const sheet = sheetOf(env, name);
      expect(sheet.getFrozenRows(), name).toBe(1);
      expect(sheet.getRange(1, 1).getFontWeight(), name).toBe('bold');
      // Plain text, so '8%' and '11,12,1,2' stay exactly as written.
      expect(new Set(sheet.getDataRange().getNumberFormats().flat()), name).toEqual(new Set(['@']));
    }
    expect(env.ui.toasts).toEqual([
      {
        message: `탭 10개를 준비했습니다: ${tabs.join(', ')}`,
        title: '셀러 루틴',
        timeoutSeconds: 5,
      },
    ]);
  });

  it('writes English tabs and headers in a spreadsheet of another locale (en_US)', () => {
    const { env, run } = startAddOn(emptyWorkbook('en_US'));
    run('setupSheets');
    const after = env.toWorkbookData();
    expect(sheetNames(env)).toEqual(['Sheet1', ...Object.keys(ENGLISH_HEADERS), 'Settings']);
    for (const [name, header] of Object.entries(ENGLISH_HEADERS)) {
      expect(sheetData(after, name).values, name).toEqual([header]);
    }
    expect(sheetData(after, 'Settings').values).toEqual(ENGLISH_SETTINGS);
    expect(env.ui.toasts[0]?.title).toBe('Seller Routine');
    expect(env.ui.toasts[0]?.message).toMatch(/^Set up 10 tabs: Ledger, Orders, /);
  });

  it('leaves a run of the weekly update nothing to fail on: it completes with no problem', () => {
    const { env, run } = startAddOn(emptyWorkbook('ko_KR'));
    run('setupSheets');
    run('runWeeklyUpdate');
    expect(env.ui.alerts).toEqual([]);
    expect(env.ui.toasts.at(-1)?.message).toBe(
      '주간 업데이트 완료 · 아직 집계된 주 없음 · 확인 필요 0건',
    );
  });
});

describe('setupSheets on a spreadsheet that has tabs already', () => {
  function startedWorkbook(): WorkbookData {
    return {
      name: 'Mine',
      timeZone: 'Asia/Seoul',
      locale: 'ko_KR',
      sheets: [
        {
          name: 'Orders',
          values: [
            ['Order No.', 'Status', 'Order Amount', '=1+1'],
            ['3061835520714416 ', '交易完成', 'US $12.00', ''],
          ],
          numberFormats: [
            ['', '', '', ''],
            ['@', '', '[$$]#,##0.00', ''],
          ],
          frozenRows: 2,
        },
        {
          name: '원장',
          values: [
            ['날짜', '금액', '유형'],
            ['2025-09-01', '₩1,000', '포장비'],
          ],
        },
      ],
    };
  }

  it('creates only the missing tabs and leaves the existing ones byte for byte', () => {
    const { env, run } = startAddOn(startedWorkbook());
    const before = env.toWorkbookData();
    run('setupSheets');
    const after = env.toWorkbookData();
    expect(sheetData(after, 'Orders')).toEqual(sheetData(before, 'Orders'));
    expect(sheetData(after, '원장')).toEqual(sheetData(before, '원장'));
    expect(sheetNames(env)).toEqual([
      'Orders',
      '원장',
      '분쟁',
      '유입',
      '광고',
      '리뷰',
      '메시지',
      '정산',
      '상품',
      '설정',
    ]);
    expect(env.ui.toasts[0]?.message).toBe(
      '탭 8개를 준비했습니다: 분쟁, 유입, 광고, 리뷰, 메시지, 정산, 상품, 설정',
    );
  });

  it('creates nothing the second time', () => {
    const { env, run } = startAddOn(startedWorkbook());
    run('setupSheets');
    const once = env.toWorkbookData();
    run('setupSheets');
    expect(env.toWorkbookData()).toEqual(once);
    expect(env.ui.toasts.at(-1)?.message).toBe('필요한 탭이 모두 있어 바꾼 것이 없습니다.');
  });
});

describe('a run that stopped between creating a tab and writing its header', () => {
  const BOOM = 'Exception: Service Spreadsheets failed.';
  /** Fails the `nth` Range.setValues of the next command once. */
  function failNthWrite(env: ReturnType<typeof startAddOn>['env'], nth: number) {
    let seen = 0;
    env.intercept((call) => {
      if (call.service === 'Range' && call.method === 'setValues' && ++seen === nth)
        throw new Error(BOOM);
    });
  }

  it('is finished by the next "Set up sheets": the blank tab gets its header', () => {
    const { env, run } = startAddOn({
      name: 'x',
      timeZone: 'Asia/Seoul',
      locale: 'ko_KR',
      sheets: [],
    });
    const before = new Set(sheetNames(env));
    failNthWrite(env, 2); // the second new tab's header
    expect(() => run('setupSheets')).toThrow(/기록 번호/);
    env.intercept(null);
    const blank = sheetNames(env).filter(
      (name) => !before.has(name) && sheetOf(env, name).getLastRow() === 0,
    );
    expect(blank).toHaveLength(1);
    run('setupSheets');
    expect(sheetOf(env, blank[0] ?? '').getLastRow()).toBeGreaterThan(0);
    expect(env.ui.toasts.at(-1)?.message).toContain(blank[0]);
  });

  it('is finished by the next journal save: the blank 일지 gets its header', () => {
    const { env, run } = startAddOn({
      name: 'x',
      timeZone: 'Asia/Seoul',
      locale: 'ko_KR',
      sheets: [],
    });
    failNthWrite(env, 1);
    expect(() => run('saveJournal', 'first')).toThrow(/기록 번호/);
    env.intercept(null);
    run('saveJournal', 'again');
    const journal = sheetOf(env, '일지').getDataRange().getValues();
    expect(journal[0]?.[0]).toBe('날짜');
    expect(journal.map((row) => row[1]).slice(1)).toEqual(['again']);
  });
});
