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
    en: 'a unit cost for SKU {sku}: its COGS is left out of {count} order(s), e.g. {order}',
    ko: 'SKU {sku}의 원가가 (주문 {count}건의 원가가 빠져 있습니다. 예: {order})',
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
  'tab.weeklyMargin': { en: 'Weekly Margin', ko: '주간 마진' },
  'tab.skuMargin': { en: 'SKU Margin', ko: 'SKU 마진' },
  'tab.kpi': { en: 'KPI', ko: 'KPI' },
  'tab.logistics': { en: 'Logistics', ko: '물류' },
  'tab.problems': { en: 'Problems', ko: '확인 필요' },
  'col.weekStart': { en: 'Week starting', ko: '주 시작일' },
  'col.sales': { en: 'Sales', ko: '매출' },
  'col.refunds': { en: 'Refunds', ko: '환불' },
  'col.cogs': { en: 'COGS', ko: '원가' },
  'col.shipping': { en: 'Shipping', ko: '배송비' },
  'col.packaging': { en: 'Packaging', ko: '포장비' },
  'col.fees': { en: 'Fees', ko: '수수료' },
  'col.affiliate': { en: 'Affiliate', ko: '제휴수수료' },
  'col.ads': { en: 'Ads', ko: '광고비' },
  'col.coupons': { en: 'Coupons', ko: '쿠폰' },
  'col.penalties': { en: 'Penalties', ko: '벌금' },
  'col.other': { en: 'Other', ko: '기타' },
  'col.realMargin': { en: 'Real margin', ko: '실질 마진' },
  'col.marginRate': { en: 'Margin rate', ko: '마진율' },
  'col.storeDiscounts': { en: 'Of which store discount', ko: '(포함된 스토어 할인)' },
  'col.paidOrders': { en: 'Paid orders', ko: '결제 주문' },
  'col.disputes': { en: 'Disputes', ko: '분쟁' },
  'col.disputeRate': { en: 'Dispute rate', ko: '분쟁률' },
  'col.sku': { en: 'SKU', ko: 'SKU' },
  'col.title': { en: 'Title', ko: '상품명' },
  'col.pareto': { en: 'Class', ko: '등급' },
  'col.stock': { en: 'Stock', ko: '재고' },
  'col.coverDays': { en: 'Stock cover (days)', ko: '재고 소진(일)' },
  'col.titleCheck': { en: 'Title check', ko: '제목 점검' },
  'col.kpi': { en: 'KPI', ko: 'KPI' },
  'col.value': { en: 'Value', ko: '값' },
  'col.target': { en: 'Target', ko: '목표' },
  'col.status': { en: 'Status', ko: '상태' },
  'col.todo': { en: 'What to do', ko: '할 일' },
  'col.country': { en: 'Country', ko: '국가' },
  'col.medianDays': { en: 'Median days shipped → delivered', ko: '발송→수령 중간값(일)' },
  'col.stalledOrder': { en: 'Stalled order', ko: '지연 주문' },
  'col.daysInTransit': { en: 'Days in transit', ko: '배송 중(일)' },
  'col.tab': { en: 'Tab', ko: '탭' },
  'col.row': { en: 'Row', ko: '행' },
  'col.column': { en: 'Column', ko: '열' },
  'col.rawValue': { en: 'Value', ko: '값' },
  'col.expected': { en: 'Expected', ko: '필요한 값' },
  'kpi.marginRate': { en: 'Margin rate', ko: '마진율' },
  'kpi.disputeRate': { en: 'Dispute rate', ko: '분쟁률' },
  'kpi.responseHours': { en: 'Response time (h)', ko: '응답 시간(시간)' },
  'kpi.rating': { en: 'Rating', ko: '평점' },
  'kpi.earlyDefectRate': { en: 'Early-defect rate', ko: '초기 불량률' },
  'kpi.wrongShipmentRate': { en: 'Wrong-shipment rate', ko: '오배송률' },
  'kpi.repurchaseRate': { en: 'Repurchase rate', ko: '재구매율' },
  'kpi.conversion': { en: 'Conversion', ko: '전환율' },
  'todo.marginRate': {
    en: 'Check the SKUs with the lowest margin and the ad spend.',
    ko: '마진이 낮은 SKU와 광고비를 먼저 점검해 주세요.',
  },
  'todo.disputeRate': {
    en: 'Fix the top two dispute causes this week.',
    ko: '이번 주에 분쟁 원인 상위 2개를 고쳐 주세요.',
  },
  'todo.responseHours': {
    en: 'Answer messages twice a day and tidy up the reply macros.',
    ko: '메시지는 오전·오후 두 번 답하고 매크로를 정비해 주세요.',
  },
  'todo.rating': {
    en: 'Reply to low reviews within 24 hours and fix the repeated complaint.',
    ko: '낮은 별점 리뷰에 24시간 안에 답하고, 반복되는 불만을 고쳐 주세요.',
  },
  'todo.earlyDefectRate': {
    en: 'Check packing and quality before shipping.',
    ko: '발송 전 포장과 품질 검수를 강화해 주세요.',
  },
  'todo.wrongShipmentRate': {
    en: 'Double-check option codes when picking.',
    ko: '피킹할 때 옵션 코드를 한 번 더 확인해 주세요.',
  },
  'todo.repurchaseRate': {
    en: 'Send the usage tip and photo-review coupon to recent buyers.',
    ko: '최근 구매자에게 사용 팁과 포토리뷰 쿠폰을 보내 주세요.',
  },
  'todo.conversion': {
    en: 'Fix the top 600 px of the detail page.',
    ko: '상세 페이지 상단 600px를 고쳐 주세요.',
  },
  'title.too-short': { en: 'under 80 characters', ko: '80자 미만' },
  'title.too-long': { en: 'over 120 characters', ko: '120자 초과' },
  'title.keyword-not-first': { en: 'keyword not first', ko: '핵심 키워드가 맨 앞에 없음' },
  'title.banned-word': { en: 'banned word', ko: '금지 단어' },
  'title.repeated-word': { en: 'repeated word', ko: '반복 단어' },
  'label.noSku': { en: '(no SKU)', ko: '(SKU 없음)' },
  'label.unknownCountry': { en: '(unknown)', ko: '(알 수 없음)' },
  'menu.runWeeklyUpdate': { en: 'Run weekly update', ko: '주간 업데이트 실행' },
  'menu.importOnly': { en: 'Import exports only', ko: '내보내기만 가져오기' },
  'menu.setupSheets': { en: 'Set up sheets', ko: '시트 준비하기' },
  'menu.toggleTrigger': {
    en: 'Turn weekly auto-update on/off',
    ko: '주간 자동 업데이트 켜기/끄기',
  },
  'update.done': {
    en: 'Weekly update done · real margin {margin} · {problems} to check',
    ko: '주간 업데이트 완료 · 실질 마진 {margin} · 확인 필요 {problems}건',
  },
  'update.imported': {
    en: 'Added {rows} rows to the Ledger · {problems} to check',
    ko: '원장에 {rows}행을 추가했습니다 · 확인 필요 {problems}건',
  },
  'update.busy': {
    en: 'Another update is running. Please try again in a minute.',
    ko: '다른 업데이트가 진행 중입니다. 1분 뒤에 다시 시도해 주세요.',
  },
  'update.noData': {
    en: 'No Orders or Ledger tab yet. Use "Set up sheets" and paste your order export first.',
    ko: '주문 탭이나 원장 탭이 아직 없습니다. "시트 준비하기"를 누른 뒤 주문 내보내기를 붙여 넣어 주세요.',
  },
  'update.failed': {
    en: 'The update stopped and changed nothing: {reason}',
    ko: '업데이트를 멈췄고 아무것도 바꾸지 않았습니다: {reason}',
  },
  'update.noSpreadsheet': {
    en: 'Seller Routine: no spreadsheet is open for this run, so nothing was updated.',
    ko: '셀러 루틴: 열린 스프레드시트가 없어 업데이트하지 않았습니다.',
  },
  'update.renamed': {
    en: 'A tab of yours is already named "{name}", so the add-on wrote "{used}" instead.',
    ko: '"{name}" 이름의 탭이 이미 있어 "{used}" 탭에 결과를 썼습니다.',
  },
  'setup.done': { en: 'Created {count} tabs: {names}', ko: '탭 {count}개를 만들었습니다: {names}' },
  'setup.nothing': {
    en: 'Every tab is already there; nothing was changed.',
    ko: '필요한 탭이 모두 있어 바꾼 것이 없습니다.',
  },
  'trigger.on': {
    en: 'Weekly auto-update is on: every Monday at 7:00.',
    ko: '주간 자동 업데이트를 켰습니다. 매주 월요일 오전 7시에 실행됩니다.',
  },
  'trigger.off': { en: 'Weekly auto-update is off.', ko: '주간 자동 업데이트를 껐습니다.' },
  'update.writeFailed': {
    en: 'The update stopped while writing: {reason}. Your own tabs were not changed; please run it again.',
    ko: '결과를 쓰는 중에 멈췄습니다: {reason}. 입력하신 탭은 그대로이니 다시 실행해 주세요.',
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
