/**
 * Every sentence the add-on shows a seller, in English and Korean, in one place. Problems carry
 * the English text (Problem.expected); screens in a Korean spreadsheet show the Korean one.
 * Placeholders are written `{name}`.
 */

import type { Lang } from './language';

const MESSAGES = {
  missingColumn: {
    en: 'a column {columns} (tried: {aliases})',
    ko: '{columns} 열 (찾아본 이름: {aliases})',
  },
  or: { en: ' or ', ko: ' 또는 ' },
  positiveWholeNumber: { en: 'a whole number of at least 1, like 28', ko: '28 같은 1 이상의 정수' },
  number: { en: 'a number like 4.7', ko: '4.7 같은 숫자' },
  currencyCode: { en: 'a currency code like KRW or USD', ko: 'KRW, USD 같은 통화 코드' },
  weekday: { en: 'Monday or Sunday', ko: '월요일 또는 일요일' },
  months: { en: 'month numbers like 11,12,1,2', ko: '11,12,1,2 같은 월 숫자' },
  fxRate: { en: 'a rate above 0 like 1380', ko: '1380 같은 0보다 큰 환율' },
  fxDate: {
    en: 'a date like 2025-09-01, or nothing for "always"',
    ko: '2025-09-01 같은 날짜 (비워 두면 항상 적용)',
  },
  'app.name': { ko: '셀러 루틴', en: 'Seller Routine' },
  'menu.openSidebar': { ko: '사이드바 열기', en: 'Open sidebar' },
  'menu.help': { ko: '도움말', en: 'Help' },
  'help.title': { ko: '셀러 루틴 도움말', en: 'Seller Routine help' },
  'help.body': {
    ko: '주문·분쟁·정산 내보내기 파일을 각 탭에 붙여 넣으세요. 셀에 =REAL_MARGIN(원장!A:H, 설정!A:C)처럼 쓰면 실질 마진이 나옵니다. 사이드바에서 오늘 할 일을 확인하세요.',
    en: 'Paste your Orders, Disputes and Settlement exports into their tabs. Type =REAL_MARGIN(Ledger!A:H, Settings!A:C) in a cell to see your real margin. Open the sidebar for today’s routine.',
  },
  'error.unexpected': {
    ko: '계산하지 못했습니다. 입력 범위를 확인해 주세요.',
    en: 'Could not compute this. Please check the input range.',
  },
  anId: { en: 'an ID such as 8207841133554507', ko: '8207841133554507 같은 ID가' },
  fxRateFor: {
    en: 'an FX rate for {currency} in Settings',
    ko: '설정 탭에 {currency} 환율이',
  },
  orderStatus: {
    en: 'an order status such as 等待您发货, 交易完成, Shipped or 발송 완료',
    ko: '等待您发货, 交易完成, 발송 완료 같은 주문 상태가',
  },
  orderDate: { en: 'a pay time or an order time', ko: '결제 시간이나 주문 시간이' },
  orderAmount: { en: 'an order amount or a product amount', ko: '주문 금액이나 상품 금액이' },
  settlementItem: {
    en: 'a fee item the import knows: 处罚 (penalty), 退款 (refund), 赔付 (compensation), 物流费用 / 运费 / 质检费 (shipping), 佣金 (commission), 联盟 (affiliate), 放款 / 供货款 (payout)',
    ko: '가져오기가 아는 비용 항목(处罚 벌금, 退款 환불, 赔付 보상, 物流费用·运费·质检费 배송비, 佣金 수수료, 联盟 제휴수수료, 放款·供货款 정산금)이',
  },
  unitCostFor: {
    en: 'a unit cost for SKU {sku} (sold in order {order})',
    ko: '주문 {order}에서 팔린 SKU {sku}의 원가가',
  },
  skuListed: {
    en: 'a SKU listed in the SKU tab (order {order})',
    ko: '상품 탭에 등록된 SKU가 (주문 {order})',
  },
  'memo.estimatedFee': { en: 'estimated: {rate} of the sale', ko: '추정: 매출의 {rate}' },
  trafficCount: {
    en: 'impressions or visitors, a whole number such as 1,234',
    ko: '1,234 같은 노출수나 방문자수가',
  },
  replyAfterReceived: {
    en: 'a reply time after the received time',
    ko: '수신 시간보다 늦은 답변 시간이',
  },
  stars: { en: 'stars from 1 to 5, such as 4 or ★★★★☆', ko: '4나 ★★★★☆ 같은 1~5 별점이' },
  yesNo: { en: 'Y or N (yes/no, 예/아니오, O/X)', ko: 'Y 또는 N(예/아니오, O/X)이' },
  'funnel.advice.click': {
    en: 'Few shoppers click through to the product: improve the thumbnail and the title.',
    ko: '상품을 클릭하는 사람이 적어요. 썸네일과 제목을 고쳐 보세요.',
  },
  'funnel.advice.cart': {
    en: 'Few visitors add to cart: review the price and offer a coupon.',
    ko: '장바구니에 담는 사람이 적어요. 가격과 쿠폰을 점검해 보세요.',
  },
  'funnel.advice.order': {
    en: 'Carts do not turn into payments: put trust signals, shipping and return policy at the top of the detail page.',
    ko: '장바구니에서 결제로 이어지지 않아요. 상세 페이지 상단에 신뢰 요소와 배송·반품 정책을 먼저 보여 주세요.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

/** The message `key` in `lang`, with each `{name}` replaced by `params[name]`. */
export function t(
  key: MessageKey,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
